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
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..records import Claim, Condition, Span, Statement
from .claim_clauses import (
    HEDGING_FRAMES,
    QUESTION_OPENERS,
    is_hedging_frame,
    root_of,
    split_adverbials,
    split_clauses,
    states_proposition,
    tokens_within,
)
from .conditions import conditions_in, connectives, needs_negative_clause
from .lexicons import text_of
from .modality import (
    claim_modality,
    cue_table,
    holder_polarity,
    quoted_character_ranges,
    stance_cues,
    verb_negated,
)
from .negation import is_denial
from .places import DATELINE_DASHES, dateline_span
from .quotes import QUOTE_MARKS

FRAME_VERBS = frozenset("say tell add report state claim insist warn note explain argue".split()) | HEDGING_FRAMES
# the subject of "X is that Y" that says how Y is held ("the risk is that ..."), with its modality
STANCE_NOUNS = {k[0]: v[0] for k, v in cue_table().items() if v[1] == "noun"} | {k: "hedged" for k in HEDGING_FRAMES}


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
    frame_kind: str = "hedged"  # what ``frame_hedge`` makes the claim ("the risk is that": speculative)


def position_of(doc: Doc, start: int) -> str:
    """headline / lead / body for an offset, from ``doc._.np_body_start`` and paragraph breaks."""
    body = doc._.np_body_start or 0
    if start < body:
        return "headline"
    lead_end = text_of(doc).find("\n\n", body)
    return "lead" if lead_end < 0 or start < lead_end else "body"


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
        if not _non_restrictive(tok) and not _marked(sub, tok):
            continue  # "the only thing that matters to us" picks out a thing; it asserts nothing
        inside = {t.i for t in unit.tokens}
        tokens = [t for t in sub if t.i in inside and not t.is_space]
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        if len(tokens) > 2:
            out.append(unit._replace(tokens=tokens, root=tok, frame_hedge=[]))
    return out


def _non_restrictive(relcl: Token) -> bool:
    """"Parliament, which meets in October, ...": set off by a comma, the clause adds a claim."""
    first = relcl.left_edge
    return first.i > 0 and first.doc[first.i - 1].text in (",", "—", "(")


def _marked(tokens: list[Token], root: Token) -> bool:
    """A restrictive relative with a stance or negation of its own ("steps that could raise tensions",
    "an exchange that was never completed") still makes a claim."""
    from .modality import negator_tokens

    return bool(stance_cues(tokens, root) or negator_tokens(tokens, root))


def _statement_units(sent: SpacySpan, statements: list[Statement]) -> list[Unit]:
    units = []
    # every part of a content the cue breaks ('"A," the envoy said, "and B"') is a claim, except a part
    # that only states a condition of the part before ('"A," he said, "provided that B"'): that is A's
    # condition. A part with a main clause after its condition ('"Unless X, there is nothing"') is a claim.
    parts = ((st, part) for st in statements for k, part in enumerate(st.content_parts or (st.content,)))
    for st, part in parts:
        lo, hi = max(part.start, sent.start_char), min(part.end, sent.end_char)
        if hi - lo < 3:
            continue
        tokens = [t for t in sent if lo <= t.idx < hi and not t.is_space]
        if part is not (st.content_parts or (st.content,))[0] and _only_condition(sent, part, tokens):
            continue
        words = [t for t in tokens if not t.is_punct]
        if len(words) == 1 and words[0].lower_ in ANSWERS_NO:
            holder = st.speaker_name or (st.speaker.text if st.speaker else "") or "unnamed source"
            units.append(Unit(tokens, words[0], holder, st.speaker_id, True, [], is_denial(st.cue.text)))
        elif len(words) >= 3 and any(t.pos_ in ("VERB", "AUX") for t in tokens):
            holder = st.speaker_name or (st.speaker.text if st.speaker else "") or "unnamed source"
            hedge = [st.cue] if any(is_hedging_frame(t) for t in tokens_within(sent.doc, st.cue)) else []
            units.append(Unit(tokens, root_of(tokens), holder, st.speaker_id, True, hedge, is_denial(st.cue.text)))
    return units


def claiming_statements(statements: list[Statement], doc: Optional[Doc] = None) -> list[Statement]:
    """The statements whose contents are claims: not those whose whole content is another speaker's
    statement ("according to state media, Tavakoli said X"; "reports said the leader had told
    commanders that X"). The inner statement is the claim and keeps the outer source in its ``via``.
    Given the parsed ``doc``, not a statement someone only might make either (:func:`is_hypothetical`),
    nor one whose content states nothing (:func:`states_proposition`)."""
    if doc is not None:
        statements = [st for st in statements if states_proposition(doc, st) and not is_hypothetical(doc, st)]
    return [outer for outer in statements if not any(_carries(outer, inner) for inner in statements)]


HYPOTHETICAL_OPENERS = frozenset({"if", "unless", "whenever"})
PRESENT_TENSE = frozenset({"VBZ", "VBP"})


def is_hypothetical(doc: Doc, statement: Statement) -> bool:
    """A statement inside a condition or a habit: "if the minister says yes, ...", "when a leader
    says the path is clear, it usually means ...". Nobody made it, so it is no one's claim; the
    sentence is the writer's. "When Tavakoli said X, the crowd cheered" (past) was made."""
    cue = next((t for t in tokens_within(doc, statement.cue) if t.dep_ == "advcl"), None)
    if cue is None:
        return False
    openers = {c.lower_ for c in cue.children if c.dep_ in ("mark", "advmod") and c.i < cue.i}
    return bool(openers & HYPOTHETICAL_OPENERS) or ("when" in openers and cue.tag_ in PRESENT_TENSE)


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


# A one-word answer ('Asked whether ..., he said: "No."') denies what was asked: a negated claim.
ANSWERS_NO = frozenset("no never nope".split())


def _only_condition(sent: SpacySpan, part: Span, tokens: list[Token]) -> bool:
    """A content part that opens with a connective and whose words all lie in that condition."""
    if not _opens_with_condition(part.text):
        return False
    spans = [c.span for c in conditions_in(sent)]
    words = [t for t in tokens if not t.is_punct]
    return not spans or all(any(sp.start <= t.idx < sp.end for sp in spans) for t in words)


def _opens_with_condition(text: str) -> bool:
    """"provided that both parliaments approve": a content part that starts with a condition connective."""
    words = text.lstrip("\"'“”‘’ ").lower().replace(",", " ").split()
    return any(tuple(words[: len(c.words)]) == c.words for c in connectives())


def _writer_guesses(sent: SpacySpan, statements: list[Statement]) -> bool:
    """The writer guesses at what someone wants ("He likely wants ..."): outside every statement
    content, a stance cue scopes over the sentence's main verb."""
    spans = [(st.content.start, st.content.end) for st in statements
             if st.content.start < sent.end_char and sent.start_char < st.content.end]
    outside = [t for t in sent if not any(a <= t.idx < b for a, b in spans)] if spans else list(sent)
    return any(kind == "speculative" for kind, _s, _span in stance_cues(outside, sent.root))


def writer_clauses(sent: SpacySpan, statements: list[Statement]) -> list[Unit]:
    """Clauses of a sentence with statements that no statement touches: the writer's own ("X, the
    company said, but it still needs approval"; "A deal was not reached, and negotiators said ...")."""
    # a statement that states nothing ("agreed to swap") is the writer's report, not a taken stretch
    taken = [(a, b) for st in statements for a, b in _statement_ranges(st)
             if a < sent.end_char and sent.start_char < b and states_proposition(sent.doc, st)]
    tokens = [t for t in sent if not t.is_space]
    clauses = split_clauses(tokens, sent.root)
    if len(clauses) < 2:
        return []
    out = []
    for toks, root in clauses:
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        words = [t for t in toks if not t.is_punct]
        if len(words) >= 3 and not any(a <= t.idx < b for t in words for a, b in taken):
            out.append(Unit(toks, root, WRITER, "", False, []))
    return out


def _statement_ranges(st: Statement) -> list[tuple[int, int]]:
    parts = [st.cue, *(st.content_parts or (st.content,))] + ([st.speaker] if st.speaker else [])
    return [(p.start, p.end) for p in parts]


def _frame_unit(sent: SpacySpan) -> Optional[Unit]:
    """"X said (that) Y": Y is the claim; believe/think frames hedge it."""
    root = sent.root
    if root.lemma_.lower() not in FRAME_VERBS:
        return None
    comp = next((c for c in root.children if c.dep_ == "ccomp"), None)
    if comp is None or verb_negated(root) or comp.left_edge.lower_ in QUESTION_OPENERS:
        return None  # "would not say when he would return": the sentence is the claim
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
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in sent) and not _headline(sent)
    if verbless or sent.text.strip().endswith("?") or (
            not cued and _imperative(sent)):  # '"Look, it is a phony system," he said' still claims
        return []
    if claiming is None:
        claiming = claiming_statements(statements or [], sent.doc)
    units = [] if _writer_guesses(sent, statements or []) else _statement_units(sent, claiming)
    if units:
        units += writer_clauses(sent, statements or [])
    elif any(sent.start_char <= st.cue.start < sent.end_char for st in claiming):
        return []  # the cue and speaker of a content in other sentences ('he said: "No.') claim nothing
    else:
        frame = _frame_unit(sent)
        tokens = [t for t in sent if not t.is_space]
        units = [frame] if frame is not None else [Unit(tokens, sent.root, WRITER, "", False, [])] if tokens else []
    out = []
    for unit in units:
        for toks, root in (c for whole in split_clauses(unit.tokens, unit.root) for c in split_adverbials(*whole)):
            part = reported_by_rumour(that_clause(unit._replace(tokens=toks, root=root)))
            if is_hedging_frame(root) and any(c.dep_ == "ccomp" for c in root.children):
                # "it hoped the remarks marked ...": the holder's own belief frame hedges the claim
                part = part._replace(frame_hedge=[Span.of(text_of(root.doc), root.idx, root.idx + len(root.text))])
            out.append(part)
            out.extend(relative_units(part))
    return out


def that_clause(unit: Unit) -> Unit:
    """"The risk, she said, was that Brussels might respond": the claim is what follows "that", held
    as its subject noun says (risk: speculative; fear, hope: hedged; problem, point: asserted)."""
    root = unit.root
    comp = next((c for c in root.children if c.dep_ in ("ccomp", "attr") and c.pos_ in ("VERB", "AUX")
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if root.lemma_ != "be" or comp is None or subj is None:
        return unit
    inside = {t.i for t in unit.tokens}
    tokens = [t for t in comp.subtree if t.i in inside and not t.is_space and not (t.dep_ == "mark" and t.head == comp)]
    kind = STANCE_NOUNS.get(subj.lemma_.lower())
    hedge = [Span.of(text_of(root.doc), subj.idx, subj.idx + len(subj.text))] if kind else unit.frame_hedge
    return unit._replace(tokens=tokens, root=comp, frame_hedge=hedge, frame_kind=kind or unit.frame_kind) if tokens else unit


REPORTS = "unnamed reports"


def reported_by_rumour(unit: Unit) -> Unit:
    """"The Red Cross will reportedly oversee the exchange": the writer's claim is passed on from
    reports nobody names, so they hold it."""
    if unit.holder != WRITER or not any(s == "source" for _k, s, _sp in stance_cues(unit.tokens, unit.root)):
        return unit
    return unit._replace(holder=REPORTS)


def _headline(sent: SpacySpan) -> bool:
    """A headline of three words or more states its story even when the tagger finds no verb in it
    ("Kyrgyzstan and Tajikistan sign ceasefire and prisoner deal")."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return sent.start_char < (sent.doc._.np_body_start or 0) and len(words) >= 3


def _unit_span(doc: Doc, tokens: list[Token]) -> Span:
    first = next((t for t in tokens if not _dateline_token(doc, t)), tokens[0])
    last = tokens[-1]
    if last.i < first.i:  # nothing but a dateline
        first = tokens[0]
    first, last = _quotes_paired(doc, first, last)
    return Span.of(text_of(doc), first.idx, last.idx + len(last.text))


QUOTE_TOKENS = frozenset(QUOTE_MARKS) | {"``", "''"}  # typewriter pairs are tokens of two marks


def _quotes_paired(doc: Doc, first: Token, last: Token) -> tuple[Token, Token]:
    """A claim with an odd quote mark: the quote it opens goes on past the clause ('"the plan is
    dead," critics said' gives '"the plan is dead'), so the mark is left out; or the quote closes
    just after the claim, and the closing mark is taken in."""
    marks = [t for t in doc[first.i:last.i + 1] if t.text in QUOTE_TOKENS]
    if len(marks) % 2 == 0:
        return first, last
    if marks[0].i == first.i and first.i < last.i:
        return doc[first.i + 1], last
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return (first, after) if after is not None and after.text in QUOTE_TOKENS else (first, last)


def _dateline_token(doc: Doc, token: Token) -> bool:
    """The dateline ("GEORGETOWN —") or its dash, which the parse leaves on the next sentence:
    where the story was filed, not part of what any claim says."""
    if token.text in DATELINE_DASHES and (token.i == 0 or doc[token.i - 1].is_sent_end or token.is_sent_start):
        return True
    found = dateline_span(doc)
    return found is not None and doc[found[1]].text in DATELINE_DASHES and token.i <= found[1]


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
    mod = claim_modality(unit.tokens, unit.root, own, unit.reported, unit.frame_hedge, unit.frame_kind)
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
    doc.user_data.pop("np_propositions", None)  # our own cache; records must not carry it
    # the per-Doc caches (text, conditions) stay for newsprism_events, which drops them
    return doc
