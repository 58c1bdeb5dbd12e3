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

from dataclasses import dataclass, replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..records import Span, Statement, ViaSource
from .cues import according_to, agent_of, cue_entry, cue_particle, cue_tokens, noun_cue_lexicon, subject_of
from .quotes import CLOSING, OPENING, QUOTE_MARKS, paragraphs, quote_segments, quoted_share, segment_at
from .sourcing import SpeakerResolver, sourcing_class

COMPLEMENTS = ("dobj", "xcomp", "dative", "attr", "oprd", "acomp")
EXPLETIVES = {"it", "there", "this"}
EDGE_PUNCT = set(",.;:—–-") | {"--"}


@dataclass(frozen=True)
class Found:
    """A statement before resolution: token ranges (content becomes characters once trimmed)."""

    cue: tuple[int, int]
    content: tuple[int, int]
    source: Optional[tuple[int, int]]
    more: tuple[tuple[int, int], ...] = ()  # further content pieces after a mid-sentence cue


def _subtree_range(tokens: list[Token]) -> tuple[int, int]:
    return min(t.left_edge.i for t in tokens), max(t.right_edge.i for t in tokens) + 1


def _right_content(verb: Token, entry, cue_end: int) -> Optional[tuple[int, int]]:
    """Token range of the complement after the cue: a clause, else the particle's object or the objects."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if clauses:
        start, end = _subtree_range(clauses)
        that = verb.doc[start - 1] if start > 0 else None
        if that is not None and that.lower_ == "that" and that.head.i == verb.i:  # "that" misparsed as object
            start -= 1
        return max(start, cue_end), end
    particle = cue_particle(verb, entry)
    objects = [c for c in particle.children if c.dep_ == "pobj"] if particle is not None else []
    objects += [c for c in verb.children if c.dep_ in COMPLEMENTS and c.i >= cue_end]
    if not objects:
        return None
    start, end = max(_subtree_range(objects)[0], cue_end), _subtree_range(objects)[1]
    return start, _second_complement(verb, end)


# Prepositions that carry the second half of "blamed X for Y", "described X as Y", "linked X to Y",
# "warned X about Y", "compared X with Y": PolNeAR content runs over both.
SECOND_COMPLEMENT = {"for", "as", "to", "about", "with", "on", "of", "from"}


def _second_complement(verb: Token, end: int) -> int:
    """Extend an object content over "for/as/to ..." right after it: the charge, the label, the link."""
    for child in verb.children:
        if child.dep_ == "prep" and child.i == end and child.lower_ in SECOND_COMPLEMENT:
            return child.right_edge.i + 1
    return end


def _left_content(verb: Token, entry) -> Optional[tuple[int, int]]:
    """Token range of content placed before a verb of saying ("..., officials said")."""
    if entry.cls == "stance":
        return None
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
    if clauses:
        return _subtree_range(clauses)
    head = verb.head
    if verb.dep_ in ("parataxis", "ccomp") and head.i < verb.i and head.dep_ == "ROOT":
        return head.left_edge.i, verb.left_edge.i
    return None


def _around(verb: Token, entry) -> Optional[tuple[tuple[int, int], tuple[int, int]]]:
    """"Too often, he said, the debate is ...": the clause on both sides of a parenthetical cue."""
    head = verb.head
    if entry.cls == "stance" or verb.dep_ != "parataxis" or head.i <= verb.i:
        return None
    return (head.left_edge.i, verb.left_edge.i), (verb.right_edge.i + 1, head.right_edge.i + 1)


def _quote_before(verb: Token, entry, subject: Optional[Token]) -> Optional[tuple[int, int]]:
    """"“Short quote,” he said": the parse may not link the quote, but the marks do."""
    if entry.cls != "speech" or subject is None:
        return None
    doc = verb.doc
    probe = min(verb.i, subject.left_edge.i) - 1
    while probe >= verb.sent.start and doc[probe].text in (",", "—"):
        probe -= 1
    # the parser often ends a sentence after '?”' or '!”': "“Why now?” Vitter demanded."
    if probe < verb.sent.start - 1 or probe < 0 or not _is_closing(doc[probe]):
        return None
    segment = segment_at(doc_quote_segments(doc), doc[probe].idx)
    span = doc.char_span(segment[0], segment[1], alignment_mode="expand") if segment else None
    return (span.start, span.end) if span is not None else None


def _quote_after(verb: Token, entry, subject: Optional[Token]) -> Optional[tuple[int, int]]:
    """"Trump said, “When people ...”": a quote opening right after the cue is its content."""
    if entry.cls != "speech" or subject is None:
        return None
    doc = verb.doc
    probe = verb.i + 1
    while probe < verb.sent.end and (doc[probe].text in (",", ":") or doc[probe].ent_type_ in ("DATE", "TIME")):
        probe += 1
    if probe >= len(doc) or doc[probe].text not in ("''", "``", '"') and doc[probe].text[:1] not in OPENING:
        return None
    segment = segment_at(doc_quote_segments(doc), doc[probe].idx)
    span = doc.char_span(segment[0], segment[1], alignment_mode="expand") if segment else None
    return (span.start, span.end) if span is not None else None


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy rebuilds it from the tokens on every access)."""
    if "np_text" not in doc.user_data:
        doc.user_data["np_text"] = doc.text
    return doc.user_data["np_text"]


def doc_quote_segments(doc: Doc) -> list[tuple[int, int]]:
    """Quoted segments of the document, computed once per Doc."""
    if "np_quote_segments" not in doc.user_data:
        doc.user_data["np_quote_segments"] = quote_segments(doc_text(doc))
    return doc.user_data["np_quote_segments"]


def _is_closing(token: Token) -> bool:
    return token.text in ("''", '"') or token.text[-1:] in CLOSING


def _passive_source(verb: Token) -> tuple[Optional[Token], Optional[tuple[int, int]]]:
    """For a passive cue: (agent, content from a non-expletive passive subject)."""
    agent = agent_of(verb)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in EXPLETIVES:
        return agent, None
    return agent, _subtree_range([subject])


def verb_statement(verb: Token) -> Optional[Found]:
    """A statement around one cue verb, or None when the parse does not support it."""
    entry = cue_entry(verb)
    if entry is None:
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    agent, passive_content = _passive_source(verb) if passive else (None, None)
    subject = None if passive else subject_of(verb)
    if subject is not None and subject.lower_ in EXPLETIVES and subject.dep_ != "nsubj":
        subject = None
    if not passive and subject is None:
        return None
    source_token = agent if passive else subject
    probe = cue_tokens(verb, entry, subject, content_after=True)
    content = _right_content(verb, entry, probe[1]) or passive_content
    after = content is not None and content[0] >= probe[1]
    more = ()
    if content is None:
        content = _left_content(verb, entry) or _quote_before(verb, entry, subject) or _quote_after(verb, entry, subject)
    if content is None and _around(verb, entry) is not None:
        content, after_part = _around(verb, entry)
        more = (after_part,)
    if content is None:
        return None
    cue = probe if after else cue_tokens(verb, entry, subject, content_after=False)
    source = source_range(source_token) if source_token is not None else None
    return Found(cue, content, source, more)


def source_range(head: Token) -> tuple[int, int]:
    """The source phrase: the subject's subtree without participle clauses and clauses that hold their own cue."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    for child in head.children:
        if child.i > head.i and _cut_from_source(child):
            end = min(end, child.left_edge.i)
    doc = head.doc
    while end - 1 > start and doc[end - 1].text in ("(", "—", "-", ","):
        if doc[end - 1].text == "," and _closes_apposition(doc, start, end - 1):
            break  # PolNeAR keeps the comma that closes an appositive: "Kerr Putney, the chief,"
        end -= 1
    return start, end


def _closes_apposition(doc: Doc, start: int, end: int) -> bool:
    inner = doc[start:end]
    return any(t.text == "," for t in inner) and any(t.dep_ in ("appos", "relcl", "prep", "npadvmod") for t in inner)


def _cut_from_source(child: Token) -> bool:
    if child.dep_ == "acl" and child.tag_ in ("VBG", "VBN"):  # "Trump, speaking to veterans, said"
        return child.i > 0 and child.doc[child.left_edge.i - 1].text == ","
    if child.dep_ == "relcl":  # "who said that ...", but not "who asked not to be named"
        return any(cue_entry(t) is not None and any(c.dep_ == "ccomp" for c in t.children) for t in child.subtree)
    return child.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)


def noun_statement(noun: Token) -> Optional[Found]:
    """"his claim that ...", "her refusal to ...", "his theory of ...": a possessive speaker of a noun cue."""
    entry = noun_cue_lexicon().get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None) if entry else None
    if owner is None or owner.lower_ in ("its", "their") and owner.i + 1 == noun.i:
        return None
    cue_start = owner.right_edge.i + 1
    if noun.doc[cue_start].lower_ in ("'s", "’s"):
        cue_start += 1
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ == "prep" and child.lower_ in entry.particles and child.i == noun.i + 1:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return Found((cue_start, child.i + 1), _subtree_range(objects), _subtree_range([owner]))
        if child.dep_ in ("acl", "ccomp", "xcomp") and child.left_edge.i == noun.i + 1:
            return Found((cue_start, noun.i + 1), _subtree_range([child]), _subtree_range([owner]))
    return None


def according_statement(token: Token) -> Optional[Found]:
    """"according to X, ...": the rest of the sentence is the content."""
    found = according_to(token)
    if found is None:
        return None
    according, source_head = found
    phrase = _subtree_range([according])
    source = _subtree_range([source_head])
    sent = token.sent
    before, after = (sent.start, phrase[0]), (phrase[1], sent.end)
    content = before if before[1] - before[0] >= after[1] - after[0] else after
    return Found((according.i, according.i + 2), content, source)


NOT_SPEAKERS = {"correction", "update", "editor", "note", "clarification", "watch", "related", "read", "photo", "video"}


def _quote_follows(doc: Doc, colon: Token) -> bool:
    """"A lesson from the mayor: 'Be kind.'": a quote right after a short lead-in names its speaker."""
    after = colon.i + 1
    return after < len(doc) and (doc[after].text in ("''", "``", '"') or doc[after].text[:1] in OPENING + "'")


def colon_statement(doc: Doc, start: int, end: int) -> Optional[Found]:
    """"PENCE: Well, look ..." or a headline "Mayor: Bridge Will Reopen": a name, a colon, the words."""
    tokens = [t for t in doc[start:end] if not t.is_space and t.text not in QUOTE_MARKS]
    colon = next((k for k, t in enumerate(tokens[:6]) if t.text == ":"), None)
    if colon is None or colon == 0 or colon + 1 >= len(tokens):
        return None
    name = tokens[:colon]
    if name[0].lower_ in NOT_SPEAKERS or any(t.like_num or t.pos_ == "PRON" or cue_entry(t) for t in name):
        return None
    if not all(t.pos_ == "PROPN" or (t.is_upper and t.is_alpha) for t in name) and not _quote_follows(doc, tokens[colon]):
        return None
    colon_token = tokens[colon]
    return Found((colon_token.i, colon_token.i + 1), (colon_token.i + 1, tokens[-1].i + 1), (name[0].i, name[-1].i + 1))


def _paragraph_tokens(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the document's paragraphs."""
    out = []
    for start, end in paragraphs(doc_text(doc)):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.append((span.start, span.end))
    return out


def _without_trailing_aside(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a non-restrictive tail (", which ...", ", a former minister ...") that the writer added."""
    for token in doc[start:end]:
        if token.dep_ in ("relcl", "appos", "acl") and token.right_edge.i >= end - 2:
            comma = token.left_edge.i - 1
            if comma > start and doc[comma].text == "," and not _in_quote(doc, token):
                return start, comma
    return start, end


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


def find_statements(doc: Doc) -> list[Found]:
    """Every cue in the document with its source, cue and content (content as characters)."""
    found = []
    items = [colon_statement(doc, *paragraph) for paragraph in _paragraph_tokens(doc)]
    items += [according_statement(t) if t.lower_ == "according" else verb_statement(t) or noun_statement(t) for t in doc]
    for item in items:
        if item is None:
            continue
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
    parts = (_span(doc, start, end),) + tuple(_span(doc, *part) for part in item.more)
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
        )
        out.append(replace(inner, via=chain) if chain else inner)
    return out


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
        part = _resumed_quote(text, statement, statements, segments) if statement.kind == "direct" else None
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
    if any(ch not in " ,.;:—\n" for ch in text[after : following[0]]):
        return None
    if any(following[0] <= other.cue.start < following[1] for other in statements):
        return None  # the resumed quote has its own cue
    if any(other.content.start <= following[0] < other.content.end for other in statements if other is not statement):
        return None  # or is already someone's content
    return following


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


def attributed_statements(doc: Doc) -> list[Statement]:
    """All attributed statements in a parsed document, in text order."""
    segments = doc_quote_segments(doc)
    resolver = SpeakerResolver(doc)
    statements, seen = [], set()
    for item in find_statements(doc):
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


@Language.component("newsprism_attribution", requires=["token.dep", "token.lemma"], assigns=["doc._.np_statements"])
def attribution_component(doc: Doc) -> Doc:
    """Set ``doc._.np_statements`` to the document's attributed statements."""
    doc._.np_statements = attributed_statements(doc)
    for key in ("np_text", "np_quote_segments"):  # caches only: keep Docs small for pickling
        doc.user_data.pop(key, None)
    return doc
