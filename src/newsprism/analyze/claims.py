"""The ``newsprism_claims`` component: every asserting sentence becomes Claim records.

A claim is a sentence, or the content of a statement inside it (then the speaker holds it);
without the attribution layer, the complement of a reporting verb ("X said that ...") is still
the claim's span but the writer holds it. Modality comes from ``modality.py``, conditions from
``conditions.py`` (those inside the claim's span, and those outside every claim that hang from
its clause or from the reporting verb it is the complement of); position is headline (before
``doc._.np_body_start``), lead (the body's first paragraph) or body.
"""

from __future__ import annotations

from typing import Iterator, NamedTuple, Optional

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..records import Claim, Condition, Span, Statement
from .conditions import conditions_in, connectives, needs_negative_clause
from .lexicons import text_of
from .modality import claim_modality, cue_table, holder_polarity, quoted_character_ranges, stance_cues
from .negation import is_denial

FRAME_VERBS = frozenset("say tell add report state claim insist warn note explain argue believe think".split())
HEDGING_FRAMES = frozenset(k[0] for k, v in cue_table().items() if v[1] == "frame")


def _forms(verb: str) -> set[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    return {verb, verb + "s", stem + "ed", stem + "ing"}


# Inflected forms too: the small model lemmatises "hoped" as "hop".
HEDGING_FORMS = frozenset(form for verb in HEDGING_FRAMES for form in _forms(verb))


def is_hedging_frame(token: Token) -> bool:
    """A belief or expectation verb ("believe", "hoped", "expects") that hedges its complement."""
    return token.lemma_.lower() in HEDGING_FRAMES or token.lower_ in HEDGING_FORMS
WRITER = "writer"


class Unit(NamedTuple):
    """A stretch of one sentence that makes one claim, with its holder."""

    tokens: list[Token]
    root: Token
    holder: str
    holder_id: str
    reported: bool
    frame_hedge: list[Span]
    denied: bool = False  # the holder's cue denies the content ("critics denied that ...")


def position_of(doc: Doc, start: int) -> str:
    """headline / lead / body for an offset, from ``doc._.np_body_start`` and paragraph breaks."""
    body = doc._.np_body_start or 0
    if start < body:
        return "headline"
    lead_end = text_of(doc).find("\n\n", body)
    return "lead" if lead_end < 0 or start < lead_end else "body"


def _depth(token: Token) -> int:
    steps = 0
    while token.head != token and steps < 50:
        token, steps = token.head, steps + 1
    return steps


def _root_of(tokens: list[Token]) -> Token:
    """The highest token of a stretch (the one closest to the sentence root)."""
    return min(tokens, key=lambda t: (_depth(t), t.is_punct, t.i))


RELATIVES = frozenset("who which that whose whom".split())


def relative_units(unit: "Unit") -> list["Unit"]:
    """Relative clauses with their own finite verb ("a truce that was never signed") as claims."""
    out = []
    for tok in unit.tokens:
        if tok.dep_ != "relcl" or tok.pos_ not in ("VERB", "AUX"):
            continue
        sub = list(tok.subtree)
        if not any(t.lower_ in RELATIVES and t.i <= tok.i for t in sub):
            continue
        inside = {t.i for t in unit.tokens}
        tokens = [t for t in sub if t.i in inside and not t.is_space]
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        if len(tokens) > 2:
            out.append(unit._replace(tokens=tokens, root=tok, frame_hedge=[]))
    return out


def _statement_units(sent: SpacySpan, statements: list[Statement]) -> list[Unit]:
    units = []
    # every part of a content the cue breaks ('"A," the envoy said, "and B"') is a claim, except a part
    # that only states a condition of the part before ('"A," he said, "provided that B"'): that is A's condition
    parts = ((st, part) for st in statements for k, part in enumerate(st.content_parts or (st.content,))
             if k == 0 or not _opens_with_condition(part.text))
    for st, part in parts:
        lo, hi = max(part.start, sent.start_char), min(part.end, sent.end_char)
        if hi - lo < 3:
            continue
        tokens = [t for t in sent if lo <= t.idx < hi and not t.is_space]
        words = [t for t in tokens if not t.is_punct]
        if len(words) >= 3 and any(t.pos_ in ("VERB", "AUX") for t in tokens):
            holder = st.speaker_name or (st.speaker.text if st.speaker else "") or "unnamed source"
            cue = _token_at(sent, st.cue)
            hedge = [st.cue] if cue is not None and is_hedging_frame(cue) else []
            units.append(Unit(tokens, _root_of(tokens), holder, st.speaker_id, True, hedge, is_denial(st.cue.text)))
    return units


def claiming_statements(statements: list[Statement], doc: Optional[Doc] = None) -> list[Statement]:
    """The statements whose contents are claims: not those whose whole content is another speaker's
    statement ("according to state media, Tavakoli said X"; "reports said the leader had told
    commanders that X"). The inner statement is the claim and keeps the outer source in its ``via``.
    Given the parsed ``doc``, not a statement someone only might make either (:func:`is_hypothetical`)."""
    return [outer for outer in statements if not any(_carries(outer, inner) for inner in statements)
            and not (doc is not None and is_hypothetical(doc, outer))]


HYPOTHETICAL_OPENERS = frozenset({"if", "unless", "whenever"})
PRESENT_TENSE = frozenset({"VBZ", "VBP"})


def is_hypothetical(doc: Doc, statement: Statement) -> bool:
    """A statement inside a condition or a habit: "if the minister says yes, ...", "when a leader
    says the path is clear, it usually means ...". Nobody made it, so it is no one's claim; the
    sentence is the writer's. "When Tavakoli said X, the crowd cheered" (past) was made."""
    cue = next((t for t in _tokens_within(doc, statement.cue) if t.dep_ == "advcl"), None)
    if cue is None:
        return False
    openers = {c.lower_ for c in cue.children if c.dep_ in ("mark", "advmod") and c.i < cue.i}
    return bool(openers & HYPOTHETICAL_OPENERS) or ("when" in openers and cue.tag_ in PRESENT_TENSE)


def _tokens_within(doc: Doc, span: Span) -> list[Token]:
    return [t for t in doc if span.start <= t.idx < span.end]


def _carries(outer: Statement, inner: Statement) -> bool:
    """True when ``outer``'s content is ``inner`` from its speaker to the end of its content."""
    if inner is outer or inner.speaker is None or inner.speaker_name == outer.speaker_name:
        return False
    body = outer.content
    opens = 0 <= inner.speaker.start - body.start <= len("that ")
    said = 0 <= inner.cue.start - inner.speaker.end <= SPEAKER_TO_CUE  # "Tavakoli (also) said"
    closes = 0 <= body.end - inner.content.end <= CLOSING_SLACK
    return opens and said and closes


SPEAKER_TO_CUE = len(" also ")  # the inner speaker and its cue are adjacent, at most an adverb apart
CLOSING_SLACK = 3  # a closing quote mark or full stop after the inner content


def _opens_with_condition(text: str) -> bool:
    """"provided that both parliaments approve": a content part that starts with a condition connective."""
    words = text.lstrip("\"'“”‘’ ").lower().replace(",", " ").split()
    return any(tuple(words[: len(c.words)]) == c.words for c in connectives())


def _token_at(sent: SpacySpan, span: Span) -> Optional[Token]:
    return next((t for t in sent if t.idx >= span.start), None)


def _writer_guesses(sent: SpacySpan, statements: list[Statement]) -> bool:
    """The writer guesses at what someone wants ("He likely wants ..."): outside every statement
    content, a stance cue scopes over the sentence's main verb."""
    spans = [(st.content.start, st.content.end) for st in statements
             if st.content.start < sent.end_char and sent.start_char < st.content.end]
    outside = [t for t in sent if not any(a <= t.idx < b for a, b in spans)] if spans else list(sent)
    return any(kind == "speculative" for kind, _s, _span in stance_cues(outside, sent.root))


def split_clauses(tokens: list[Token], root: Token) -> list[tuple[list[Token], Token]]:
    """Split "A did X, and B will probably do Y" into one claim per clause with its own subject."""
    parts = []
    for conj in (c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        if any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in conj.children):
            parts.append(conj)
    if not parts:
        return [(tokens, root)]
    inside = {t.i for t in tokens}
    parts = [p for p in parts if p.i in inside]
    if not parts:
        return [(tokens, root)]
    cut = {t.i for p in parts for t in p.subtree}
    cc = {c.i for c in root.children if c.dep_ == "cc" or (c.dep_ == "punct" and any(c.i < p.left_edge.i for p in parts) and c.i > root.i)}
    first = [t for t in tokens if t.i < min(cut) and t.i not in cc]
    while first and (first[-1].is_punct or first[-1].dep_ == "cc"):
        first.pop()
    out = [(first, root)] if first else []
    return out + [([t for t in tokens if t.i in {s.i for s in p.subtree}], p) for p in parts]


def _frame_unit(sent: SpacySpan) -> Optional[Unit]:
    """"X said (that) Y": Y is the claim; believe/think frames hedge it."""
    root = sent.root
    if root.lemma_.lower() not in FRAME_VERBS:
        return None
    comp = next((c for c in root.children if c.dep_ == "ccomp"), None)
    if comp is None:
        return None
    tokens = [t for t in comp.subtree if not t.is_space]
    hedge = [Span.of(text_of(sent.doc), root.idx, root.idx + len(root.text))] if is_hedging_frame(root) else []
    return Unit(tokens, comp, WRITER, "", True, hedge)


def _imperative(sent: SpacySpan) -> bool:
    """"Do not forget to share", "Stay tuned", "Let's break it down": a call to action asserts nothing."""
    # a leading conjunction or interjection does not make a subject: "But think about it."
    first = next((t for t in sent if not (t.is_punct or t.is_space or t.dep_ in ("cc", "intj"))), None)
    if first is None:
        return False
    if first.lower_ in ("do", "don't", "please") and first.head.tag_ == "VB":
        return True
    # a base-form verb opens the sentence ("Stay", "Let", "Think"), whatever the parser made of the rest
    return (first.tag_ == "VB" and not first.ent_type_  # "Trump openly admires": a name the tagger took for a verb
            and not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.i < first.i for t in sent))


def claim_units(sent: SpacySpan, statements: Optional[list[Statement]],
                claiming: Optional[list[Statement]] = None) -> list[Unit]:
    """The claims one sentence makes: statement contents, a reported complement, or the sentence.
    ``claiming`` is :func:`claiming_statements` of ``statements``, computed once per document."""
    cued = any(sent.start_char <= st.cue.start < sent.end_char for st in statements or [])
    if not any(t.pos_ in ("VERB", "AUX") for t in sent) or sent.text.strip().endswith("?") or (
            not cued and _imperative(sent)):  # '"Look, it is a phony system," he said' still claims
        return []
    if claiming is None:
        claiming = claiming_statements(statements or [], sent.doc)
    units = [] if _writer_guesses(sent, statements or []) else _statement_units(sent, claiming)
    if not units:
        frame = _frame_unit(sent)
        tokens = [t for t in sent if not t.is_space]
        units = [frame] if frame is not None else [Unit(tokens, sent.root, WRITER, "", False, [])] if tokens else []
    out = []
    for unit in units:
        for toks, root in split_clauses(unit.tokens, unit.root):
            part = unit._replace(tokens=toks, root=root)
            if is_hedging_frame(root) and any(c.dep_ == "ccomp" for c in root.children):
                # "it hoped the remarks marked ...": the holder's own belief frame hedges the claim
                part = part._replace(frame_hedge=[Span.of(text_of(root.doc), root.idx, root.idx + len(root.text))])
            out.append(part)
            out.extend(relative_units(part))
    return out


def _unit_span(doc: Doc, tokens: list[Token]) -> Span:
    last = tokens[-1]
    return Span.of(text_of(doc), tokens[0].idx, last.idx + len(last.text))


def others_words(unit: Unit, span: Span, statements: list[Statement]) -> list[tuple[int, int]]:
    """Character ranges of the unit that another speaker holds: what it quotes when the writer
    holds it, and the content of any other speaker's statement reported inside it."""
    ranges = quoted_character_ranges(unit.tokens) if unit.holder == WRITER else []
    for st in statements:
        # the content may run one closing quote past the claim, which leaves trailing punctuation out
        inside = span.start <= st.content.start < span.end and st.content.end <= span.end + 2 and span.start <= st.cue.start < span.end
        if inside and (st.speaker is not None or st.speaker_name) and len(st.content.text.split()) >= 3 and not _same_speaker(st, unit):
            ranges.append((st.content.start, st.content.end))
    return ranges


def _same_speaker(st: Statement, unit: Unit) -> bool:
    if st.speaker_id and unit.holder_id:
        return st.speaker_id == unit.holder_id
    return (st.speaker_name or (st.speaker.text if st.speaker else "")).strip().lower() == unit.holder.strip().lower()


def _condition_anchor(sent: SpacySpan, condition: Condition, region: set[int]) -> Token | None:
    """The word outside every condition of the sentence that ``condition`` hangs from."""
    node = next((t for t in sent if t.idx >= condition.span.start), None)
    while node is not None and node.i in region:
        if node.head.i == node.i:
            return None
        node = node.head
    return node


def _governs(anchor: Token, root: Token) -> bool:
    """True when ``anchor`` is ``root`` or one of its ancestors."""
    return anchor == root or any(a == anchor for a in root.ancestors)


def attached_conditions(sent: SpacySpan, units: list[Unit], conditions: list[Condition]) -> list[tuple[Condition, ...]]:
    """For each unit, the sentence's conditions outside every unit's span that attach to its clause.

    "The envoy said the deal could be signed in March, provided that both parliaments approve
    it": the parser hangs the condition on "said", outside the claim "the deal could be
    signed in March". A condition outside every claim belongs to the claim whose tokens hold
    the word it hangs from, or whose root lies under that word (a reporting verb the claim is
    the complement of) and which it follows; never to two claims of which neither holds that word.
    """
    spans = [_unit_span(sent.doc, u.tokens) for u in units]
    region = {t.i for t in sent for c in conditions if c.span.start <= t.idx < c.span.end}
    out: list[list[Condition]] = [[] for _ in units]
    for cond in conditions:
        if any(sp.start <= cond.span.start and cond.span.end <= sp.end for sp in spans):
            continue  # inside a claim: that claim has it already
        anchor = _condition_anchor(sent, cond, region)
        if anchor is None:
            continue
        # only a condition after the claim: a clause before it ("While he spoke, ...", "If you
        # look back, ...") frames the telling, and one around it is the claim's own context
        after = [n for n, sp in enumerate(spans) if cond.span.start >= sp.end]
        holding = [n for n in after if anchor in units[n].tokens]
        # on the reporting verb, "while"/"until" time the telling ("she yells while running")
        governed = [] if needs_negative_clause(cond) else [n for n in after if _governs(anchor, units[n].root)]
        for n in holding or (governed if len(governed) == 1 else []):
            out[n].append(cond)
    return [tuple(found) for found in out]


def claim_of(unit: Unit, conditions: list[Condition], statements: Optional[list[Statement]] = None,
             attached: tuple[Condition, ...] = ()) -> Claim:
    """One Claim record from a unit, the sentence's conditions, the document's statements and the
    conditions outside its span that attach to its clause (:func:`attached_conditions`)."""
    doc = unit.root.doc
    span = _unit_span(doc, unit.tokens)
    inside = [c for c in conditions if span.start <= c.span.start and c.span.end <= span.end]
    own = tuple(sorted([*inside, *attached], key=lambda c: c.span.start))
    mod = claim_modality(unit.tokens, unit.root, own, unit.reported, unit.frame_hedge)
    pol = holder_polarity(unit.tokens, unit.root, others_words(unit, span, statements or []), unit.denied)
    return Claim(
        span=span, holder=unit.holder, modality=mod.modality, position=position_of(doc, span.start),
        cues=mod.cues, conditions=own, holder_id=unit.holder_id, polarity=pol.polarity,
        others_negation=pol.others_negation,
    )


def sentence_claims(doc: Doc) -> Iterator[Claim]:
    """All claims of a parsed document, in text order."""
    statements = doc._.np_statements
    claiming = claiming_statements(statements or [], doc)
    for sent in doc.sents:
        units = claim_units(sent, statements, claiming)
        conditions = conditions_in(sent) if units else []
        attached = attached_conditions(sent, units, conditions) if conditions else [()] * len(units)
        for unit, outside in zip(units, attached):
            yield claim_of(unit, conditions, statements, outside)


@Language.component("newsprism_claims", requires=["token.dep"], assigns=["doc._.np_claims"])
def claims_component(doc: Doc) -> Doc:
    """Write ``doc._.np_claims``."""
    doc._.np_claims = list(sentence_claims(doc))
    # the per-Doc caches (text, conditions) stay for newsprism_events, which drops them
    return doc
