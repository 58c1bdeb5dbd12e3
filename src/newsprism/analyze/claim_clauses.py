"""Clause shapes the claims layer reads from the parse: which statement contents state something
(a proposition, not an infinitive, a noun phrase, a question or a demand), where one sentence
splits into several claims (coordinated clauses, concessive and causal clauses), and the belief
verbs that frame a claim as hedged."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import Span, Statement
from .conditions import conditions_in
from .modality import cue_table, verb_negated

HEDGING_FRAMES = frozenset(k[0] for k, v in cue_table().items() if v[1] == "frame")


def _forms(verb: str) -> set[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    return {verb, verb + "s", stem + "ed", stem + "ing"}


# Inflected forms too: the small model lemmatises "hoped" as "hop".
HEDGING_FORMS = frozenset(form for verb in HEDGING_FRAMES for form in _forms(verb))


def is_hedging_frame(token: Token) -> bool:
    """A belief or expectation verb ("believe", "hoped", "expects") that hedges its complement."""
    return token.lemma_.lower() in HEDGING_FRAMES or token.lower_ in HEDGING_FORMS


def _depth(token: Token) -> int:
    steps = 0
    while token.head != token and steps < 50:
        token, steps = token.head, steps + 1
    return steps


def root_of(tokens: list[Token]) -> Token:
    """The highest token of a stretch (the one closest to the sentence root)."""
    return min(tokens, key=lambda t: (_depth(t), t.is_punct, t.i))


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
QUESTION_OPENERS = frozenset("whether if where when why how what who whom which".split())
OPENING_QUOTES = "\"“‘'"


def states_proposition(doc: Doc, statement: Statement) -> bool:
    """True when the content is a clause that can be true or false: not an infinitive ("agreed to
    swap"), a gerund or noun phrase ("accused X of firing", "welcomed any step that ..."), an
    indirect question ("declined to say where", "asked whether") or a demand in the subjunctive
    ("demanded that X stop"). Those are the speaker's acts, which the sentence around them reports."""
    cache = doc.user_data.setdefault("np_propositions", {})
    key = (statement.cue.start, statement.content.start, statement.content.end)
    if key not in cache:
        cache[key] = _states_proposition(doc, statement)
    return cache[key]


def _states_proposition(doc: Doc, statement: Statement) -> bool:
    parts = statement.content_parts or (statement.content,)
    if any(_is_clause(doc, part) for part in parts):
        return True
    # "hoping to see their loved ones home": a belief or hope about what will happen is a (hedged) claim
    return any(is_hedging_frame(t) for t in tokens_within(doc, statement.cue)) and any(
        _is_infinitive(doc, part) for part in parts)


def _is_infinitive(doc: Doc, part: Span) -> bool:
    tokens = [t for t in tokens_within(doc, part) if not (t.is_space or t.is_punct)]
    return bool(tokens) and any(c.dep_ == "aux" and c.tag_ == "TO" for c in root_of(tokens).children)


def _is_clause(doc: Doc, part: Span) -> bool:
    tokens = [t for t in tokens_within(doc, part) if not (t.is_space or t.is_punct)]
    if not tokens:
        return False
    if tokens[0].lower_ in QUESTION_OPENERS and not part.text.lstrip().startswith(tuple(OPENING_QUOTES)):
        return False
    root = root_of([t for t in tokens if t.lower_ != "that" or t.dep_ != "mark"] or tokens)
    return root.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in root.children)


def tokens_within(doc: Doc, span: Span) -> list[Token]:
    """The tokens starting inside ``span`` (a character span; found without scanning the Doc)."""
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    tokens = doc if found is None else found  # None only for a span of whitespace: scan the Doc
    return [t for t in tokens if span.start <= t.idx < span.end]


def split_clauses(tokens: list[Token], root: Token) -> list[tuple[list[Token], Token]]:
    """Split "A did X, and B will probably do Y" into one claim per clause with its own subject."""
    parts = []
    for conj in (c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        # a clause with its own subject, or a predicate that denies where the first affirms
        # ("were fair and did not target any group"): each is a claim of its own
        own_subject = any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in conj.children)
        if (own_subject and not _gapped(conj, root)) or _negation_differs(conj, root):
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


ADVERBIAL_MARKS = frozenset("although though whereas because while".split())


def split_adverbials(tokens: list[Token], root: Token) -> list[tuple[list[Token], Token]]:
    """Split off a concessive, contrastive or causal clause with its own subject as a claim of its own
    ("X rose, while Y was little changed"; "postponed because the chairman had not received it");
    a "while" that conditions the claim ("would not negotiate while ...") stays (conditions.py)."""
    inside = {t.i for t in tokens}
    for adv in root.children:
        marks = [c for c in adv.children if c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS]
        if adv.dep_ != "advcl" or adv.i not in inside or not marks:
            continue
        if not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in adv.children):
            continue
        if marks[0].lower_ == "while" and (_conditions_cover(adv) or not _after_comma(marks[0])):
            continue  # "was risking a trade war while talks were under way" only times the claim
        cut = {t.i for t in adv.subtree}
        rest = [t for t in tokens if t.i not in cut]
        while rest and (rest[-1].is_punct or rest[-1].dep_ == "cc"):
            rest.pop()
        clause = [t for t in tokens if t.i in cut and t.i not in {m.i for m in marks}]
        return [(rest, root), *split_adverbials(clause, adv)] if rest else [(tokens, root)]
    return [(tokens, root)]


def _after_comma(tok: Token) -> bool:
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _conditions_cover(verb: Token) -> bool:
    return any(c.span.start <= verb.idx < c.span.end for c in conditions_in(verb.sent))


def _negation_differs(conj: Token, root: Token) -> bool:
    """"were fair and did not target any group": the second predicate denies on its own. In "would
    not end X or pull Y" the second shares the first's auxiliary and its negation, so it does not."""
    if verb_negated(conj):
        return not verb_negated(root)
    return verb_negated(root) and any(c.dep_ in ("aux", "auxpass") for c in conj.children)


def _gapped(conj: Token, root: Token) -> bool:
    """"19 people were killed and several thousand displaced": the second clause borrows the first's
    auxiliary, so the two are one claim."""
    has_aux = any(c.dep_ in ("aux", "auxpass") for c in root.children)
    return has_aux and conj.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in conj.children)
