"""The forms of attribution the rules read from the parse, each as a :class:`Found` statement.

A verb of saying with its subject and complement ("X said that ..."), a passive with its
agent, and a speaker line ("PENCE: Well, ..."); the phrase forms (a possessive noun cue,
"according to X", a poll) are in :mod:`.phrase_forms` and the source phrase in
:mod:`.source_spans`. Each finder returns token ranges for the source, the cue and the
content, or None when the parse does not support the form; :mod:`.attribution` turns them
into Statement records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Token

from .cues import (
    SUBJECTS,
    CueEntry,
    agent_of,
    cue_entry,
    cue_particle,
    cue_tokens,
    subject_of,
)
from .quotes import (
    CLOSING,
    OPENING,
    QUOTE_MARKS,
    paragraphs,
    quote_segments,
    segment_at,
)
from .source_spans import source_range

COMPLEMENTS = ("dobj", "xcomp", "dative", "attr", "oprd", "acomp")


EXPLETIVES = {"it", "there", "this"}


@dataclass(frozen=True)
class Found:
    """A statement before resolution: token ranges (content becomes characters once trimmed)."""

    cue: tuple[int, int]
    content: tuple[int, int]
    source: Optional[tuple[int, int]]
    more: tuple[tuple[int, int], ...] = ()  # further content pieces after a mid-sentence cue


def _subtree_range(tokens: list[Token]) -> tuple[int, int]:
    return min(t.left_edge.i for t in tokens), max(t.right_edge.i for t in tokens) + 1


subtree_range = _subtree_range  # for the finders in sibling modules


def _right_content(verb: Token, entry, cue_end: int) -> Optional[tuple[int, int]]:
    """Token range of the complement after the cue: a clause, else the particle's object or the objects."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if not clauses:
        misparsed = _misparsed_clause(verb, entry)
        if misparsed is not None:
            return max(misparsed[0], cue_end), misparsed[1]
    if clauses:
        start, end = _subtree_range(clauses)
        that = verb.doc[start - 1] if start > 0 else None
        if that is not None and that.lower_ == "that" and that.head.i == verb.i:  # "that" misparsed as object
            start -= 1
        return max(start, cue_end), end
    particle = cue_particle(verb, entry)
    objects = [c for c in particle.children if c.dep_ in ("pobj", "pcomp")] if particle is not None else []
    objects += [c for c in verb.children if c.dep_ in COMPLEMENTS and c.i >= cue_end and not _addressee(verb, c)
                and not _recipient(verb, c)]
    if not objects:
        return _asked_about(verb)
    start, end = max(_subtree_range(objects)[0], cue_end), _subtree_range(objects)[1]
    return start, _coordinated_infinitives(verb, _second_complement(verb, end))


def _recipient(verb: Token, child: Token) -> bool:
    """"could deny them mining permits", "offers veterans the treatment": the first of two objects receives the second."""
    return child.dep_ == "dative" and any(c.dep_ == "dobj" and c.i > child.i for c in verb.children)


def _coordinated_infinitives(verb: Token, end: int) -> int:
    """"wants to triple X, grow Y and create Z": the parser hangs "grow" and "create" on "wants"."""
    if not any(c.dep_ == "xcomp" and c.i < end for c in verb.children):
        return end
    for child in verb.children:
        if child.dep_ == "conj" and child.tag_ == "VB" and child.i >= end and not any(c.dep_ in SUBJECTS for c in child.children):
            end = max(end, child.right_edge.i + 1)
    return end


def _misparsed_clause(verb: Token, entry) -> Optional[tuple[int, int]]:
    """A complement clause the parser hung elsewhere, after a phrase between it and the verb.

    "said after the convention he would not accept" (an unmarked adverbial clause with its own
    subject: the content starts at that subject) and "reported at the time that the editor
    conveyed" (a "that" clause taken for a relative clause of the time noun). Only verbs of
    speech and report, and only when the verb has no object of its own.
    """
    if entry.cls == "stance" or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    doc = verb.doc
    for child in verb.children:
        if child.i < verb.i:
            continue
        subject = _own_subject(child)
        if child.dep_ == "advcl" and subject is not None and not _marked(child):
            start = subject.left_edge.i
            if start > verb.i + 1 and doc[start - 1].text not in (",", "—", "-", "(", ";"):
                return start, child.right_edge.i + 1
        if child.dep_ == "prep":
            # "said in a statement that the dam is safe": the parser makes the clause the noun's (acl)
            for clause in (t for t in child.subtree if t.dep_ in ("relcl", "acl") and t.head.dep_ == "pobj"):
                first = doc[clause.left_edge.i]
                if first.lower_ == "that" and _complementiser(first, clause):
                    return clause.left_edge.i, clause.right_edge.i + 1
    return None


def _complementiser(that: Token, clause: Token) -> bool:
    """"that" opens a clause with its own subject, unless it is the relative pronoun ("a statement
    that was released", "a statement that she regretted"); a "that" parsed as a second subject
    beside the real one ("that flows fell") is the complementiser."""
    subject = _own_subject(clause)
    if subject is None or that.dep_ == "dobj":
        return False
    return that.dep_ not in ("nsubj", "nsubjpass") or subject.i > that.i


def _own_subject(clause: Token) -> Optional[Token]:
    """The clause's nominal subject when it is not a relative or question word."""
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.tag_ not in ("WDT", "WP") and c.lower_ != "that"), None)


def _marked(clause: Token) -> bool:
    """An adverbial clause introduced by a subordinator ("if", "because", "when"): not a complement."""
    return any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children)


# Verbs whose object is the person spoken to: "told me", "scolded him", "asked the minister".
ADDRESSED = {"tell", "ask", "scold", "warn", "urge", "remind", "assure", "reassure", "inform", "notify",
             "brief", "advise", "caution", "promise", "email", "text", "message", "write",
             "question", "press", "query", "quiz", "grill"}


def _addressee(verb: Token, child: Token) -> bool:
    """The object of a verb of telling is its addressee, not what was said.

    Not when an infinitive follows: in "urged voters to stay home" PolNeAR's content keeps the object.
    """
    if any(c.dep_ == "xcomp" for c in verb.children) or _second_half_follows(verb, child):
        return False
    return child.dep_ in ("dobj", "dative") and verb.lemma_.lower() in ADDRESSED and (
        child.pos_ in ("PRON", "PROPN") or child.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or any(c.dep_ in ("compound", "prep") and c.ent_type_ for c in child.children)
        or child.lemma_.lower() in AUDIENCES)


QUESTIONING = {"ask", "question", "press", "query", "quiz", "grill"}


def _second_half_follows(verb: Token, child: Token) -> bool:
    """"warned the United States against ...": object and preposition make the content together.

    Not for verbs of questioning, whose "about" object alone is the content ("asked him about X"),
    and not for a time or place of the telling ("told reporters on Tuesday").
    """
    if verb.lemma_.lower() in QUESTIONING:
        return False
    return any(c.dep_ == "prep" and c.i == child.right_edge.i + 1 and c.lower_ in SECOND_COMPLEMENT
               and not _says_when(c) for c in verb.children)


def _says_when(prep: Token) -> bool:
    """"on Friday", "at noon": a preposition that dates the telling rather than carrying its content."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)


def _asked_about(verb: Token) -> Optional[tuple[int, int]]:
    """"asked the minister about the dam": after an addressee, the object of "about/on/of" is the content."""
    addressee = next((c for c in verb.children if c.i > verb.i and _addressee(verb, c)), None)
    if addressee is None:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == addressee.right_edge.i + 1
                 and c.lower_ in ("about", "on", "of", "over") and not _says_when(c)), None)  # not "told me on Friday"
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")] if prep is not None else []
    return _subtree_range(objects) if objects else None


# Nouns for the people a statement is addressed to.
AUDIENCES = {"audience", "reporter", "reporters", "journalist", "crowd", "supporter", "voter", "official", "lawmaker",
             "member", "delegate", "leader", "worker", "miner", "student", "viewer", "listener", "reader", "committee",
             "panel", "board", "group", "people", "resident", "family", "colleague", "staff", "council", "senator"}


# Prepositions that carry the second half of "blamed X for Y", "described X as Y", "linked X to Y",
# "warned X about Y", "compared X with Y": PolNeAR content runs over both.
SECOND_COMPLEMENT = {"for", "as", "to", "about", "with", "on", "of", "from", "against"}


def _second_complement(verb: Token, end: int) -> int:
    """Extend an object content over "for/as/to ..." right after it: the charge, the label, the link.

    An adverb of manner may stand between ("compared him favorably to X").
    """
    doc = verb.doc
    start = end + 1 if end < len(doc) and doc[end].dep_ == "advmod" and doc[end].head.i == verb.i else end
    for child in verb.children:
        if child.dep_ == "prep" and child.i == start and child.lower_ in SECOND_COMPLEMENT:
            return child.right_edge.i + 1
    return end


def _left_content(verb: Token, entry) -> Optional[tuple[int, int]]:
    """Token range of content placed before a verb of saying ("..., officials said")."""
    if entry.cls == "stance":
        return None
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
    if clauses:
        return _closing_attribution(verb) or _subtree_range(clauses)
    head = verb.head
    if verb.dep_ in ("parataxis", "ccomp") and head.i < verb.i and head.dep_ == "ROOT":
        return head.left_edge.i, verb.left_edge.i
    return None


def _closing_attribution(verb: Token) -> Optional[tuple[int, int]]:
    """"A, but B, a source said.": a cue that closes its sentence after a comma reports all before it.

    The parser often takes the cue for a conjunct of the first clause and gives it only the last one.
    """
    subject = subject_of(verb)
    if verb.dep_ != "conj" or subject is None or subject.i > verb.i or verb.head.i > subject.left_edge.i:
        return None
    comma = subject.left_edge.i - 1
    if comma <= verb.sent.start or verb.doc[comma].text != ",":
        return None
    if any(t.dep_ not in ("punct", "npadvmod", "advmod", "prep", "pobj", "det", "compound", "amod")
           for t in verb.doc[verb.i + 1 : verb.sent.end]):
        return None  # more follows the cue: not a closing attribution
    return verb.sent.start, comma


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
    addressee = next((c for c in verb.children if c.i == probe and _addressee(verb, c)), None)
    if addressee is not None and addressee.left_edge.i == probe:  # "scolded him: “...”"
        probe = addressee.right_edge.i + 1
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


def verb_statement(verb: Token, entry: Optional[CueEntry] = None) -> Optional[Found]:
    """A statement around one cue verb, or None when the parse does not support it.

    ``entry`` stands in for a lexicon entry when the cue model, not the lexicon, found the verb.
    """
    entry = entry or cue_entry(verb)
    if entry is None or _calls_someone(verb, entry):
        return None
    if entry.lemma == "continue" and any(c.dep_ == "xcomp" for c in verb.children):
        return _continued_act(verb, entry)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    agent, passive_content = _passive_source(verb) if passive else (None, None)
    if passive:  # "was criticized for ...", "is being described as ...": the preposition joins the cue
        entry = CueEntry(entry.lemma, entry.cls, entry.particles | PASSIVE_PARTICLES)
    subject = None if passive else subject_of(verb)
    if subject is not None and subject.lower_ in EXPLETIVES and subject.dep_ != "nsubj":
        subject = None
    if not passive and subject is None and not _gerund_report(verb, entry):
        return None
    source_token = agent if passive else subject
    probe = cue_tokens(verb, entry, subject, content_after=True)
    right = _right_content(verb, entry, probe[1])
    content = right or passive_content
    after = content is not None and content[0] >= probe[1]
    more = (passive_content,) if right is not None and after and passive_content and passive_content[1] <= probe[0] else ()
    if content is None:
        content = _left_content(verb, entry) or _quote_before(verb, entry, subject) or _quote_after(verb, entry, subject)
    if content is None and _around(verb, entry) is not None:
        content, after_part = _around(verb, entry)
        more = (after_part,)
    if content is None:
        return None
    cue = probe if after else cue_tokens(verb, entry, subject, content_after=False)
    if after and _addressed_in_between(verb, cue[1], content[0]):
        cue = (cue[0], content[0])  # "asked the minister about": PolNeAR's cue runs up to the content
    source = source_range(source_token) if source_token is not None else None
    if after and not more and subject is not None:
        more = _before_parenthetical(verb, subject, cue, content)
    return Found(cue, content, source, more)


def _before_parenthetical(verb: Token, subject: Token, cue: tuple[int, int], content: tuple[int, int]) -> tuple:
    """"In law school, she said, professors would dismiss her": a cue set off by commas inside the
    sentence reports the words before it too."""
    doc = verb.doc
    comma = subject.left_edge.i - 1
    start = verb.sent.start
    if comma <= start or doc[comma].text != "," or subject.i > verb.i or doc[cue[1]].text != ",":
        return ()
    if content[0] != cue[1] + 1 or doc[start].text in QUOTE_MARKS or doc[start].text[:1] in OPENING:
        return ()
    for token in doc[start + 1 : comma]:  # "A, but B, he noted, C": only the conjunct next to the cue
        if token.lower_ in ("but", "and") and doc[token.i - 1].text == ",":
            start = token.i + 1
    return ((start, comma),)


PASSIVE_PARTICLES = frozenset({"for", "as", "over", "about"})


def _continued_act(verb: Token, entry: CueEntry) -> Optional[Found]:
    """"continued to plot against us": PolNeAR's cue runs over the continued act and its preposition,
    and the content is what it is aimed at ("us")."""
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i), None)
    subject = subject_of(verb)
    if act is None or subject is None or subject.lower_ in EXPLETIVES:
        return None
    prep = next((c for c in act.children if c.dep_ == "prep" and c.i == act.i + 1), None)
    objects = [c for c in (prep.children if prep is not None else act.children) if c.dep_ in ("pobj", "pcomp", "dobj")]
    if not objects:
        return None
    start = cue_tokens(verb, entry, subject, content_after=True)[0]
    end = prep.i + 1 if prep is not None else act.i + 1
    return Found((start, end), _subtree_range(objects), source_range(subject))


def _gerund_report(verb: Token, entry: CueEntry) -> bool:
    """"criticised for saying that the dam was safe": a gerund of saying with its clause, speaker out of reach."""
    return entry.cls == "speech" and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and any(
        c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _addressed_in_between(verb: Token, cue_end: int, content_start: int) -> bool:
    """Only an addressee and a preposition lie between the cue and its content."""
    if content_start <= cue_end + 1:
        return False
    addressee = next((c for c in verb.children if c.left_edge.i == cue_end and _addressee(verb, c)), None)
    return (addressee is not None and addressee.right_edge.i + 2 == content_start
            and verb.doc[content_start - 1].dep_ == "prep")


def _calls_someone(verb: Token, entry: CueEntry) -> bool:
    """"called Ms. Ruiz on Friday", "called the delegates to the stage": a phone call or a summons,
    not "called the plan a mistake" (a second complement) or "called for calm" (a particle)."""
    if entry.lemma != "call" or cue_particle(verb, entry) is not None:
        return False
    if any(c.dep_ in ("oprd", "ccomp", "xcomp", "attr", "acomp") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    summoned = any(c.dep_ == "prep" and c.lower_ in ("to", "into", "back") for c in verb.children)
    named = bool(objects) and all(t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PRON" or t.dep_ in ("compound", "det")
                                  for obj in objects for t in obj.subtree)  # not "which X would call a victory"
    return summoned or named


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


def rule_statements(doc: Doc) -> list[Found]:
    """What the lexicon and the parse find, before the cue model judges it."""
    from .phrase_forms import (  # that module builds on this one
        according_statement,
        noun_statement,
        poll_statement,
    )

    items = [colon_statement(doc, *paragraph) for paragraph in _paragraph_tokens(doc)]
    items += [according_statement(t) if t.lower_ == "according" else verb_statement(t) or noun_statement(t) for t in doc]
    items += [poll_statement(t) for t in doc if t.lower_ == "in"]
    return [item for item in items if item is not None]


def cue_head(doc: Doc, item: Found) -> int:
    """The token that heads a found cue phrase (the verb of "has also said", "according" of "according to")."""
    return doc[item.cue[0] : item.cue[1]].root.i


def learned_entry(verb: Token) -> CueEntry:
    """A stand-in lexicon entry for a verb the model found: the preposition right after it joins the cue."""
    particles = frozenset(c.lower_ for c in verb.children if c.dep_ in ("prep", "prt") and c.i == verb.i + 1)
    return CueEntry(verb.lemma_.lower(), "report", particles)

