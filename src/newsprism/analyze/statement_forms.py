"""The forms of attribution the rules read from the parse, each as a :class:`Found` statement.

A verb of saying with its subject and complement ("X said that ..."), a passive with its
agent, a possessive noun cue ("his claim that ..."), "according to X", and a speaker line
("PENCE: Well, ..."). Each finder returns token ranges for the source, the cue and the
content, or None when the parse does not support the form; :mod:`.attribution` turns them
into Statement records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Token

from .cues import CueEntry, according_to, agent_of, cue_entry, cue_particle, cue_tokens, noun_cue_lexicon, subject_of
from .quotes import CLOSING, OPENING, QUOTE_MARKS, paragraphs, quote_segments, segment_at

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


def verb_statement(verb: Token, entry: Optional[CueEntry] = None) -> Optional[Found]:
    """A statement around one cue verb, or None when the parse does not support it.

    ``entry`` stands in for a lexicon entry when the cue model, not the lexicon, found the verb.
    """
    entry = entry or cue_entry(verb)
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


def rule_statements(doc: Doc) -> list[Found]:
    """What the lexicon and the parse find, before the cue model judges it."""
    items = [colon_statement(doc, *paragraph) for paragraph in _paragraph_tokens(doc)]
    items += [according_statement(t) if t.lower_ == "according" else verb_statement(t) or noun_statement(t) for t in doc]
    return [item for item in items if item is not None]


def cue_head(doc: Doc, item: Found) -> int:
    """The token that heads a found cue phrase (the verb of "has also said", "according" of "according to")."""
    return doc[item.cue[0] : item.cue[1]].root.i


def learned_entry(verb: Token) -> CueEntry:
    """A stand-in lexicon entry for a verb the model found: the preposition right after it joins the cue."""
    particles = frozenset(c.lower_ for c in verb.children if c.dep_ in ("prep", "prt") and c.i == verb.i + 1)
    return CueEntry(verb.lemma_.lower(), "report", particles)

