"""Modality of one claim: asserted, hedged, speculative, conditional or negated, with cue spans.

A cue counts only when its scope reaches the claim's main verb: walking up the dependency
tree from the cue must reach that verb without passing through a subordinate clause, so a
hedge in one clause does not colour the next ("even if its leaders will not say so" does not
negate "this could mean a deal").

Polarity is decided here too, for the claim's own holder (``holder_polarity``): "negated" is
how the claim is marked, polarity what its holder says. "We have never closed the door" is
negated and positive; a negation inside quotation marks in the writer's claim, or inside
another speaker's reported words, is not the holder's. Consumers (the comparison, the event
coder) read ``Claim.polarity`` instead of counting negation words again.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Token

from ..records import Condition, Span
from .conditions import is_requirement
from .lexicons import rows, text_of
from .negation import AUXILIARIES, live_negators, quoted_ranges

SUBORDINATE = frozenset("advcl relcl acl ccomp csubj conj parataxis".split())
NEGATORS = frozenset("not n't never".split())
NEGATIVE_DETS = frozenset("no neither".split())
NEGATIVE_PRONOUNS = frozenset("nobody nothing none".split())
NEGATIVE_WORDS = frozenset("impossible".split())


class Modality(NamedTuple):
    """The modality decided for a claim and its cues (its polarity is ``holder_polarity``'s)."""

    modality: str
    cues: tuple[Span, ...]


@lru_cache(maxsize=None)
def cue_table() -> dict[tuple[str, ...], tuple[str, str]]:
    """Cue words -> (modality, strength) from ``data/modality_cues.tsv``."""
    return {tuple(r[0].split()): (r[1], r[2]) for r in rows("modality_cues.tsv")}


@lru_cache(maxsize=None)
def _first_cue_words() -> frozenset[str]:
    return frozenset(words[0] for words in cue_table())


def in_scope(cue: Token, root: Token) -> bool:
    """True when ``cue`` hangs off ``root`` without crossing into a subordinate clause."""
    node, steps = cue, 0
    while node != root and steps < 30:
        if node.dep_ in SUBORDINATE or node.head == node:
            return False
        node, steps = node.head, steps + 1
    return node == root


def _span(tokens: list[Token]) -> Span:
    doc = tokens[0].doc
    return Span.of(text_of(doc), tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


MODAL_VERBS = {"may", "might", "could", "can", "will", "would", "should", "must", "shall"}


def stance_cues(tokens: list[Token], root: Token) -> list[tuple[str, str, Span]]:
    """(modality, strength, span) for each cue in ``tokens`` whose scope reaches ``root``."""
    table, found, i = cue_table(), [], 0
    lowers = [t.lower_ for t in tokens]
    firsts = _first_cue_words()
    while i < len(tokens):
        if lowers[i] not in firsts:
            i += 1
            continue
        for size in (3, 2, 1):
            words = tuple(lowers[i : i + size])
            hit = table.get(words) if len(words) == size else None
            if hit and size == 1 and lowers[i] in MODAL_VERBS and tokens[i].tag_ != "MD":
                hit = None  # "in May", "the Will of the people": a month or a noun, not a modal verb
            if hit and (hit[1] == "noun" or (lowers[i] == "should" and not epistemic_should(tokens[i]))):
                hit = None
            if hit and any(in_scope(t, root) for t in tokens[i : i + size]):
                kind = "hedged" if size == 1 and _approximates(tokens[i]) else hit[0]
                found.append((kind, hit[1], _span(tokens[i : i + size])))
                i += size
                break
        else:
            i += 1
    return found


# Who can be told what to do: "the government should resign" recommends, "prices should rise" expects.
AGENT_ENTITIES = frozenset("PERSON ORG GPE NORP".split())
AGENT_WORDS = frozenset(
    "i you he she we they government administration ministry minister council parliament party leader "
    "leaders official officials authorities company union court president side sides country countries "
    "state states bank people everyone".split())


def epistemic_should(should: Token) -> bool:
    """"should" of expectation: its subject cannot be the one told to act ("the bridge should open")."""
    verb = should.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return False
    return not (subj.ent_type_ in AGENT_ENTITIES or subj.lower_ in AGENT_WORDS or subj.lemma_.lower() in AGENT_WORDS)


# Verbs that deny their complement: "declined to comment", "failed to notify", "stopped short of calling".
DENYING_VERBS = frozenset("decline refuse fail".split())


APPROXIMATORS = frozenset("maybe perhaps possibly".split())


def _approximates(tok: Token) -> bool:
    """"We had maybe one hour", "perhaps 200 people": before a number the adverb rounds a figure the
    holder commits to (hedged), where before a clause it only offers a possibility (speculative)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in APPROXIMATORS and nxt is not None and (nxt.like_num or nxt.tag_ == "CD")


def negation_cues(tokens: list[Token], root: Token) -> list[Span]:
    """Negators that scope over the claim: "not", "never", "no talks", "nobody knows", "impossible",
    and verbs that deny their complement ("declined to comment"); the latter mark the claim negated
    but leave its polarity alone (a negative predicate, see negation.py)."""
    found = (negator_tokens(tokens, root) + _coordinated_negators(tokens, root)
             + [t for t in tokens if denies_complement(t) and in_scope(t, root)])
    return [_span([tok]) for tok in sorted(set(found), key=lambda t: t.i)]


def denies_complement(tok: Token) -> bool:
    """"declined to say", "refused to sign", "failed to notify", "stopped short of calling"."""
    lemma = tok.lemma_.lower()
    if lemma in DENYING_VERBS or tok.lower_ in ("declined", "refused", "failed"):
        return any(c.dep_ == "xcomp" for c in tok.children)
    return lemma == "stop" and any(c.lower_ == "short" for c in tok.children)


def is_negator(tok: Token) -> bool:
    """"not", "never", "no longer", "no talks", "nobody knows", "impossible" (not a contrastive "not")."""
    word = tok.lower_
    if _contrastive(tok):
        return False  # "a statement of principle, not a negotiating position" asserts the first part
    return (
        (word in NEGATORS and tok.dep_ == "neg")
        or (word == "no" and tok.head.lower_ == "longer")  # "no longer refuses"
        or (word in ("no", "never") and _bare_answer(tok))  # 'he said: "No."'

        or (word in NEGATIVE_DETS and tok.dep_ in ("det", "neg", "preconj") and tok.head.pos_ in ("NOUN", "PROPN"))
        or (word == "neither" and any(t.lower_ == "nor" for t in tok.doc[tok.i + 1 : tok.sent.end]))
        or (word in NEGATIVE_PRONOUNS and (tok.dep_.startswith("nsubj") or tok.dep_ in ("attr", "dobj")))
        or word in NEGATIVE_WORDS
    )


def _bare_answer(tok: Token) -> bool:
    """"No." / "Never." standing alone after a quote mark or colon: an answer that denies."""
    doc = tok.doc
    before = doc[tok.i - 1].text if tok.i > 0 else ""
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    return (tok.i == tok.sent.start or before in ('"', "“", ":")) and after in (".", "!")


def verb_negated(verb: Token) -> bool:
    """The verb itself is negated: a "neg" child ("not", "never", "n't") or "no longer"."""
    return any(c.dep_ == "neg" or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)) for c in verb.children)


def negator_tokens(tokens: list[Token], root: Token) -> list[Token]:
    """The negators of ``tokens`` whose scope reaches ``root``."""
    return [tok for tok in tokens if is_negator(tok) and (in_scope(_negator_anchor(tok), root)
                                                          or _in_pseudo_cleft(_negator_anchor(tok), root))]


def _in_pseudo_cleft(tok: Token, root: Token) -> bool:
    """"What we do not have is an agreement": a negator in a "what" subject clause of the claim's verb."""
    clause = tok.head if tok.dep_ == "neg" else tok
    return (clause.dep_ == "csubj" and clause.head == root
            and any(c.lower_ == "what" for c in clause.children))


def _negator_anchor(tok: Token) -> Token:
    return tok.head if tok.lower_ in NEGATIVE_DETS and not _bare_answer(tok) else tok


def _coordinated_negators(tokens: list[Token], root: Token) -> list[Token]:
    """Negators that open a conjunct sharing the claim's subject ("has been patient and would not
    negotiate", "routine and not a response", "open but not ready"): the scope rule stops at
    "conj", yet the holder says it. A negator further inside ("urged X not to") is not one."""
    found = []
    for tok in tokens:
        conj = tok.head
        if tok.dep_ != "neg" or conj.dep_ != "conj" or not in_scope(conj.head, root) or _contrastive(tok):
            continue  # ", but not a solution" only sets off a contrast
        if any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in conj.children):
            continue  # a clause of its own ("and B will not ..."), split off as its own claim
        if _after_coordinator(tok):
            found.append(tok)
    return found


def _after_coordinator(tok: Token) -> bool:
    """"and / but", then at most two auxiliaries, then the negator."""
    k = tok.i - 1
    while k >= 0 and tok.i - k <= 2 and tok.doc[k].lower_ in AUXILIARIES:
        k -= 1
    return k >= 0 and tok.doc[k].lower_ in ("and", "but")


class Polarity(NamedTuple):
    """A claim's polarity for its holder, and whether a negation in it belongs to someone else."""

    polarity: str
    others_negation: bool


def holder_polarity(tokens: list[Token], root: Token, foreign: list[tuple[int, int]], denied: bool = False) -> Polarity:
    """Polarity for the holder: negators inside ``foreign`` character ranges (someone else's
    words) do not count, double negatives cancel, and a denying cue ("denied that") flips it."""
    def in_foreign(tok: Token) -> bool:
        return any(a <= tok.idx < b for a, b in foreign)

    words = [t.lower_.replace("’", "'") for t in tokens]
    index = {t.i: k for k, t in enumerate(tokens)}
    own = [t for t in negator_tokens(tokens, root) + _coordinated_negators(tokens, root) if not in_foreign(t)]
    negative = bool(live_negators(words, [index[t.i] for t in own]))
    # another speaker's words have their own main verb: any of their negators counts for them
    others = not negative and bool(live_negators(words, [k for k, t in enumerate(tokens) if in_foreign(t) and is_negator(t)]))
    return Polarity("negative" if negative != denied else "positive", others)


def quoted_character_ranges(tokens: list[Token]) -> list[tuple[int, int]]:
    """Document offsets of the stretches of ``tokens`` inside quotation marks."""
    text = text_of(tokens[0].doc)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return [(start + a, start + b) for a, b in quoted_ranges(text[start:end])]


def _contrastive(tok: Token) -> bool:
    """"X, not Y" / "X, but not Y": the "not" only sets off a contrast."""
    if tok.lower_ != "not" or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    if before.lower_ == "but" and tok.i > 1:
        before = tok.doc[tok.i - 2]
    return before.text == "," and tok.head.pos_ not in ("VERB", "AUX")


def claim_modality(tokens: list[Token], root: Token, conditions: tuple[Condition, ...], reported: bool,
                   frame_hedge: list[Span], frame_kind: str = "hedged") -> Modality:
    """Decide the modality of a claim made of ``tokens`` with main verb ``root``.

    Stance adverbs win over conditions ("unlikely ... unless"); a requirement wins over a modal
    ("talks could happen only if ..."), as does any condition on "possible"; a bare modal with
    if/unless stays speculative ("could hurt farmers unless ..."). A belief frame ("analysts believe",
    "I expect", "the risk is that": ``frame_kind``) wins over a condition and over a negation in its
    complement ("fear the dam will not survive"); a negated frame ("did not expect") denies.
    """
    cues = stance_cues(tokens, root)
    negs = negation_cues(tokens, root)  # marked negation, as the gold reads "negated"; polarity cancels double negatives
    lexical = [c for c in cues if c[1] == "lexical"]
    modal = [c for c in cues if c[1] == "modal"]
    cond_cues = tuple(_connective_spans(conditions))
    if lexical:
        kind = "speculative" if any(c[0] == "speculative" for c in lexical) else "hedged"
        return Modality(kind, tuple(c[2] for c in lexical + modal))
    possible_only = all(c[2].text.lower() in ("possible",) for c in modal)
    if modal and not (any(is_requirement(c) for c in conditions) or (conditions and possible_only)):
        kind = "speculative" if any(c[0] == "speculative" for c in modal) else "hedged"
        return Modality(kind, tuple(c[2] for c in modal))
    if frame_hedge and not _frame_negated(root.doc, frame_hedge):
        return Modality(frame_kind, tuple(frame_hedge) + cond_cues)
    if conditions:
        return Modality("conditional", tuple(negs) + cond_cues)
    if negs:
        return Modality("negated", tuple(negs))
    return Modality("asserted", ())


def _frame_negated(doc, frame_hedge: list[Span]) -> bool:
    """"did not expect X" denies rather than hedges."""
    verbs = [t for sp in frame_hedge for t in (doc.char_span(sp.start, sp.end, alignment_mode="expand") or doc)
             if sp.start <= t.idx < sp.end]
    return any(verb_negated(v) for v in verbs)


def _connective_spans(conditions: tuple[Condition, ...]) -> list[Span]:
    out = []
    for cond in conditions:
        text = cond.span.text
        if text.lower().startswith(cond.connective):
            out.append(Span(cond.span.start, cond.span.start + len(cond.connective), text[: len(cond.connective)]))
    return out
