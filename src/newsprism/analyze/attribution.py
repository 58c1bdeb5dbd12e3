"""Who said what: the ``newsprism_attribution`` component and :func:`attributed_statements`.

For each cue (a lexicon verb with a subject and a complement, or "according to X") the
parse gives the source (the subject, or the agent of a passive), the cue phrase and the
content (the complement clause or object, or the clause the cue is attached to). Quotation
marks then widen the content to the whole quote, across sentences and paragraphs. A quote
paragraph with no cue of its own is given to the speaker of the paragraph before.
Spans follow the PolNeAR conventions: the content keeps "that" and any closing quote mark,
and drops a trailing full stop or comma that lies outside quotation marks.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..records import Span, Statement, ViaSource
from .cue_model import BUILTIN, CueModel, cue_features, load_cue_model
from .cues import cue_entry
from .quotes import CLOSING, OPENING, QUOTE_MARKS, paragraphs, quoted_share, segment_at
from .sourcing import SpeakerResolver, sourcing_class
from .statement_forms import Found, cue_head, doc_quote_segments, doc_text, learned_entry, rule_statements, verb_statement

EDGE_PUNCT = set(",.;:—–-") | {"--"}


def _without_trailing_aside(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a non-restrictive tail (", which ...", ", a former minister ...") that the writer added."""
    for token in doc[start:end]:
        if token.dep_ in ("relcl", "appos", "acl", "advcl") and token.right_edge.i >= end - 2 and _aside_clause(token):
            comma = token.left_edge.i - 1
            if comma > start and doc[comma].text == "," and not _in_quote(doc, token):
                return start, comma
    return start, _before_dashed_tail(doc, start, end)


def _before_dashed_tail(doc: Doc, start: int, end: int) -> int:
    """"... in the suburbs of St. Petersburg — a metaphor for ...": an unpaired dash opens the writer's comment."""
    dashes = [t.i for t in doc[start:end] if t.text in DASHES and t.whitespace_ and t.i > start
              and doc[t.i - 1].whitespace_ and not _in_quote(doc, t)]
    if len(dashes) % 2 == 1 and dashes[-1] > start + 2:
        return dashes[-1]
    return end


DASHES = {"—", "―"}  # spaced hyphens more often join a phrase that is still reported (-0.002 with them)


def _aside_clause(token: Token) -> bool:
    """An adverbial clause is the writer's aside when it tells what the speaker did next.

    "..., arguing that ..." (a further act of saying) and "..., although he again refused ..." (a
    concession about a person); not "..., although the heaviest rain will move east" (the speaker's
    own concession) nor "..., forcing thousands from their homes" (a consequence in the report).
    """
    if token.dep_ != "advcl":
        return True
    if token.tag_ == "VBG":
        return cue_entry(token) is not None
    concessive = any(c.dep_ == "mark" and c.lower_ in ("although", "though", "while") for c in token.children)
    return concessive and any(c.dep_ == "nsubj" and c.lower_ in PERSONAL_PRONOUNS for c in token.children)


PERSONAL_PRONOUNS = {"he", "she", "they", "we", "i"}


def _in_quote(doc: Doc, token: Token) -> bool:
    return segment_at(doc_quote_segments(doc), token.idx) is not None


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character range of tokens [start, end) without edge punctuation outside quotation marks."""
    while start < end and (doc[start].text in EDGE_PUNCT or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in EDGE_PUNCT or doc[end - 1].is_space or doc[end - 1].text in OPENING):
        end -= 1
    if start >= end:
        return (0, 0)
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _widen_to_quote(text: str, segments: list, start: int, end: int) -> tuple[int, int]:
    """Take in the quotation marks and the rest of a quote that the content starts or ends in."""
    if start >= end:
        return start, end
    opening = _skip_back_quote(text, start)
    first = segment_at(segments, opening)
    if first is not None and first[0] == opening:  # the content is a quote: take all of it
        return first[0], max(end, first[1])
    last = segment_at(segments, _closing_after(text, end)) or segment_at(segments, end - 1)
    if last is not None and _only_punct(text[end : last[1]]):  # ends in a quote: take its start too
        return min(start, last[0]) if last[0] < start else start, last[1]
    return start, end


def _skip_back_quote(text: str, start: int) -> int:
    """The offset of an opening quote mark right before ``start`` (else ``start``)."""
    probe = start - 1
    while probe >= 0 and text[probe] == " ":
        probe -= 1
    if probe >= 1 and text[probe - 1 : probe + 1] in ("''", "``"):
        return probe - 1
    return probe if probe >= 0 and text[probe] in QUOTE_MARKS else start


def _closing_after(text: str, end: int) -> int:
    """The offset of a closing quote within a few punctuation characters after ``end``."""
    probe = end
    while probe < len(text) and probe - end < 3 and text[probe] in ",.?!;:":
        probe += 1
    return probe if probe < len(text) and text[probe] in CLOSING + "\"'" else end


def _only_punct(text: str) -> bool:
    return all(char in ",.?!;: '" + CLOSING + '"' for char in text)


def _kind(segments: list, start: int, end: int) -> str:
    """direct when the content is (almost) all quoted, mixed when partly, indirect otherwise."""
    share = quoted_share(segments, start, end)
    return "direct" if share >= 0.9 else "mixed" if share > 0 else "indirect"


def judged_statements(doc: Doc, items: list[Found], model: CueModel) -> list[Found]:
    """Drop rule cues the model doubts; add verbs it trusts that the lexicon missed."""
    heads = [cue_head(doc, item) for item in items]
    rule_heads = set(heads)
    segments = doc_quote_segments(doc)
    # Only the words decided on are scored: verb heads of rule cues, and verbs the rules missed.
    score = lambda token: model.probability(cue_features(token, segments, rule_heads))  # noqa: E731
    # The model judges verbs; the structural forms (a possessive noun cue, "according to",
    # a speaker line) say who speaks in their own grammar and are kept.
    kept = [item for item, head in zip(items, heads)
            if doc[head].pos_ not in ("VERB", "AUX") or score(doc[head]) >= model.keep_threshold]
    covered = {i for item in kept for i in range(*item.cue)}
    for verb in doc:
        if verb.pos_ == "VERB" and verb.i not in covered and verb.i not in rule_heads and score(verb) >= model.add_threshold:
            item = verb_statement(verb, learned_entry(verb))
            if item is not None and _says_something(doc, verb, item):
                kept.append(item)
    return kept


def _says_something(doc: Doc, verb: Token, item: Found) -> bool:
    """An added cue needs a clause or a quote for content: "has not changed its position" says nothing."""
    if any(child.dep_ in ("ccomp", "xcomp", "parataxis") for child in verb.children):
        return True
    return segment_at(doc_quote_segments(doc), doc[item.content[0]].idx) is not None


def find_statements(doc: Doc, model: Optional[CueModel] = None) -> list[Found]:
    """Every cue in the document with its source, cue and content (content as characters)."""
    found = []
    items = rule_statements(doc)
    if model is not None:
        items = judged_statements(doc, items, model)
    for item in items:
        content = _trim(doc, *_without_trailing_aside(doc, *item.content))
        if doc[item.cue[0]].text == ":" and content[1] > content[0] and content[0] >= (doc._.np_body_start or 0):
            content = (content[0], _line_end(doc, item.content[1]))  # a transcript line keeps its full stop
        more = tuple(part for part in (_trim(doc, *r) for r in item.more) if part[1] > part[0])
        if content[1] > content[0]:
            found.append(replace(item, content=content, more=more))
    return found


def _line_end(doc: Doc, end: int) -> int:
    """The character end of a speaker line: its last token that is not space or a quote mark."""
    while end > 0 and (doc[end - 1].is_space or doc[end - 1].text in QUOTE_MARKS):
        end -= 1
    return doc[end - 1].idx + len(doc[end - 1].text)


def _span(doc: Doc, start: int, end: int) -> Span:
    return Span.of(doc_text(doc), start, end)


def _token_chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def build_statement(doc: Doc, item: Found, segments: list, resolver: SpeakerResolver) -> Statement:
    """A Statement record from a found cue: widened content, resolved speaker, sourcing class."""
    colon = doc[item.cue[0]].text == ":"
    start, end = item.content if colon else _widen_to_quote(doc_text(doc), segments, *item.content)
    cue_end = doc[item.cue[1] - 1].idx + len(doc[item.cue[1] - 1].text)
    if doc[item.cue[0]].text == ":" and start < cue_end <= item.content[0]:  # not back over "NAME:"
        start = item.content[0]
    speaker_span = doc[item.source[0] : item.source[1]] if item.source else None
    speaker = resolver.resolve(speaker_span) if speaker_span is not None else None
    parts = tuple(sorted((_span(doc, start, end),) + tuple(_span(doc, *part) for part in item.more), key=lambda p: p.start))
    return Statement(
        cue=_span(doc, *_token_chars(doc, *item.cue)),
        content=max(parts, key=lambda part: part.end - part.start),
        content_parts=parts if len(parts) > 1 else (),
        kind=_kind(segments, start, end),
        sourcing=sourcing_class(speaker_span, speaker) if speaker is not None else "none",
        speaker=_span(doc, speaker_span.start_char, speaker_span.end_char) if speaker_span is not None else None,
        speaker_name=speaker.name if speaker is not None else "",
        speaker_id=speaker.id if speaker is not None else "",
    )


def _with_via(statements: list[Statement]) -> list[Statement]:
    """Add the chain of outer statements whose content holds this one's cue ("reports say X said")."""
    out = []
    for inner in statements:
        chain = tuple(
            ViaSource(outer.speaker, outer.sourcing)
            for outer in statements
            if outer is not inner and outer.speaker is not None and _inside(inner.cue, outer.content)
            and (inner.speaker is None or _inside(inner.speaker, outer.content) or outer.cue.text.lower().startswith("according"))
            and not _same_speaker(inner, outer)
        )
        out.append(replace(inner, via=chain) if chain else inner)
    return out


def _same_speaker(inner: Statement, outer: Statement) -> bool:
    """A speaker is no go-between for herself: 'Adler warned against what she called ...'."""
    if inner.speaker_id and outer.speaker_id:
        return inner.speaker_id == outer.speaker_id
    return bool(inner.speaker_name) and inner.speaker_name == outer.speaker_name


def _inside(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


ANONYMITY = ("not to be named", "not be named", "anonymity", "not to be identified", "not authorized", "not authorised")


def _anonymity(statement: Statement) -> bool:
    """"who asked not to be named" describes the source; it is not a statement."""
    content = statement.content.text.lower()
    return len(content.split()) <= 8 and any(phrase in content for phrase in ANONYMITY)


def _nested_stance(doc: Doc, statement: Statement, statements: list[Statement]) -> bool:
    """"said he thought that ...", "laid out his plans for ...": a belief, report or noun cue inside reported content belongs to it."""
    cue = doc.char_span(statement.cue.start, statement.cue.end, alignment_mode="expand")
    entries = [cue_entry(t) for t in cue] if cue is not None else []
    infinitive = statement.cue.text.lower().startswith("to ")
    noun = cue is not None and not any(t.pos_ in ("VERB", "AUX") for t in cue) and any(t.pos_ == "NOUN" for t in cue)
    if not infinitive and not noun and (not entries or not all(e is None or e.cls in ("stance", "report") for e in entries) or not any(entries)):
        return False
    return any(o is not statement and _inside(statement.cue, o.content) for o in statements)


RELATIVE_PRONOUNS = ("that", "which")


def _nested_relative(statement: Statement, statements: list[Statement]) -> bool:
    """"tax returns that showed ...": a relative clause inside someone's content is part of that content."""
    if statement.speaker is None or statement.speaker.text.lower() not in RELATIVE_PRONOUNS:
        return False
    return any(o is not statement and _inside(statement.cue, o.content) for o in statements)


def _cue_in_quote(statement: Statement, segments: list) -> bool:
    """"I think", "he says" inside someone's direct quote are part of their words, not a new attribution."""
    if statement.cue.text == ":":  # a transcript line ('"PENCE: Well, ...') quotes the speaker it names
        return False
    return segment_at(segments, statement.cue.start) is not None


def _quote_continuations(doc: Doc, statements: list[Statement], segments: list) -> list[Statement]:
    """"“A,” he said. “B.”": the quote that resumes right after the cue is more of the same content."""
    text = doc_text(doc)
    out = []
    for statement in statements:
        part = _resumed_quote(text, statement, statements, segments) if _ends_quoted(text, statement) else None
        opening = _opening_quote(text, statement, statements, segments) if statement.kind == "direct" else None
        if opening is not None and part is None:
            statement = replace(statement, content_parts=(_span(doc, *opening), statement.content))
        elif part is not None:
            resumed = _span(doc, *part)
            longest = max((statement.content, resumed), key=lambda p: p.end - p.start)
            statement = replace(statement, content=longest, content_parts=(statement.content, resumed))
        out.append(statement)
    return out


def _resumed_quote(text: str, statement: Statement, statements: list[Statement], segments: list):
    """The quote segment that starts right after the cue clause in the same paragraph, if any."""
    if statement.content_parts or statement.content.end > statement.cue.start:
        return None
    after = max(statement.cue.end, statement.speaker.end if statement.speaker else 0)
    following = next((seg for seg in segments if seg[0] >= after), None)
    if following is None or "\n\n" in text[after : following[0]]:
        return None
    gap = text[after : following[0]]
    if not _joins_quotes(gap) and not _ends_cue_sentence(gap):
        return None
    if any(following[0] <= other.cue.start < following[1] for other in statements):
        return None  # the resumed quote has its own cue
    if any(other.content.start <= following[0] < other.content.end for other in statements if other is not statement):
        return None  # or is already someone's content
    return following


# What may stand between a cue clause and the quote that goes on with the same words:
# punctuation, or a conjunction ('"I love Larry," he said, but "when it comes to energy ..."').
JOINING_WORDS = {"but", "and", "also", "yet", "though", "although", "adding", "then"}


def _joins_quotes(gap: str) -> bool:
    words = gap.replace(",", " ").replace(";", " ").replace(":", " ").replace("—", " ").split()
    words = [w for w in words if w != "."]
    return len(words) <= 2 and all(w.lower() in JOINING_WORDS for w in words) and (not words or "\n" not in gap)


def _ends_cue_sentence(gap: str) -> bool:
    """"“A,” said Ana Ruiz, the mayor. “B.”": the rest of the cue's sentence, then the quote goes on."""
    rest = gap.strip()
    if rest == ".":
        return True
    if not rest.endswith(".") or len(rest.split()) > 25 or "\n" in gap or any(mark in rest for mark in QUOTE_MARKS):
        return False
    # a full stop inside the gap ends the cue's sentence unless it closes an abbreviation ("Mr.", "Wash.")
    return all(_abbreviation(word) for word in SENTENCE_END.findall(" " + rest[:-1]))


SENTENCE_END = re.compile(r"(\S*)[.?!] +(?=[A-Z])")


def _abbreviation(word: str) -> bool:
    return word[:1].isupper() and len(word) <= 4 and word.isalpha()


def _ends_quoted(text: str, statement: Statement) -> bool:
    """A direct quote, or reported speech that ends in a quotation ("Oz is “smart as hell,”")."""
    return statement.kind == "direct" or statement.kind == "mixed" and text[statement.content.end - 1] in CLOSING + '"'


def _opening_quote(text: str, statement: Statement, statements: list[Statement], segments: list):
    """""A," he said, "B.": the quote that ends right before the cue clause opens the same content."""
    if statement.content_parts or statement.content.start < statement.cue.end:
        return None
    before = min(statement.cue.start, statement.speaker.start if statement.speaker else statement.cue.start)
    previous = [seg for seg in segments if seg[1] <= before]
    if not previous or "\n\n" in text[previous[-1][1] : before]:
        return None
    segment = previous[-1]
    if any(ch not in " ,;:—\n" for ch in text[segment[1] : before]):
        return None
    if any(segment[0] <= o.content.start < segment[1] or segment[0] <= o.cue.start < segment[1] for o in statements if o is not statement):
        return None
    return segment


def _floating_quotes(doc: Doc, statements: list[Statement], segments: list) -> list[Statement]:
    """Quote-only paragraphs without a cue of their own belong to the previous paragraph's speaker."""
    extra = []
    full = doc_text(doc)
    for start, end in paragraphs(full):
        text = full[start:end].strip()
        if not text or text[0] not in OPENING + '"' or any(start <= s.cue.start < end for s in statements):
            continue
        segment = segment_at(segments, full.index(text[0], start))
        previous = [s for s in statements + extra if s.cue.end <= start and s.speaker is not None]
        if segment is None or not previous or segment[1] < start + len(text) - 2:
            continue
        last = previous[-1]
        extra.append(replace(last, content=_span(doc, segment[0], segment[1]), kind="direct", via=last.via))
    return extra


def attributed_statements(doc: Doc, model: Optional[CueModel] = None) -> list[Statement]:
    """All attributed statements in a parsed document, in text order; ``model`` judges the cues."""
    segments = doc_quote_segments(doc)
    resolver = SpeakerResolver(doc)
    statements, seen = [], set()
    for item in find_statements(doc, model):
        statement = build_statement(doc, item, segments, resolver)
        key = (statement.cue.start, statement.content.start, statement.content.end)
        if key not in seen:
            seen.add(key)
            statements.append(statement)
    statements = [s for s in statements if not any(_inside(s.cue, o.speaker) for o in statements if o.speaker)]
    statements = [s for s in statements if not _cue_in_quote(s, segments) and not _anonymity(s)]
    statements = [s for s in statements if not _nested_stance(doc, s, statements)]
    statements = [s for s in statements if not _nested_relative(s, statements)]
    statements = _quote_continuations(doc, statements, segments)
    statements += _floating_quotes(doc, statements, segments)
    statements.sort(key=lambda s: (s.content.start if s.content.start < s.cue.start else s.cue.start, s.cue.start))
    return _with_via(statements)


class AttributionComponent:
    """Sets ``doc._.np_statements`` to the document's attributed statements."""

    def __init__(self, cue_model: str = BUILTIN):
        self.cue_model = cue_model
        self.model = load_cue_model(cue_model)

    def __call__(self, doc: Doc) -> Doc:
        doc._.np_statements = attributed_statements(doc, self.model)
        for key in ("np_text", "np_quote_segments"):  # caches only: keep Docs small for pickling
            doc.user_data.pop(key, None)
        return doc


@Language.factory("newsprism_attribution", default_config={"cue_model": BUILTIN},
                  requires=["token.dep", "token.lemma"], assigns=["doc._.np_statements"])
def make_attribution(nlp: Language, name: str, cue_model: str) -> AttributionComponent:
    """``cue_model``: "builtin" (the packaged model), "" (lexicon rules only) or a JSON model file."""
    return AttributionComponent(cue_model)
