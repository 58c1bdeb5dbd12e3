"""Modality of one claim: asserted, hedged, speculative, conditional or negated, with cue spans.

A cue counts only when its scope reaches the claim's main verb: walking up the dependency
tree from the cue must reach that verb without passing through a subordinate clause, so a
hedge in one clause does not colour the next ("even if its leaders will not say so" does not
negate "this could mean a deal").
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Token

from ..records import Condition, Span
from .conditions import is_requirement
from .lexicons import rows, text_of

SUBORDINATE = frozenset("advcl relcl acl ccomp csubj conj parataxis".split())
NEGATORS = frozenset("not n't never".split())
NEGATIVE_DETS = frozenset("no neither".split())
NEGATIVE_PRONOUNS = frozenset("nobody nothing none".split())
NEGATIVE_WORDS = frozenset("impossible".split())


class Modality(NamedTuple):
    """The modality decided for a claim, its cues and polarity."""

    modality: str
    cues: tuple[Span, ...]
    polarity: str


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
            if hit and any(in_scope(t, root) for t in tokens[i : i + size]):
                found.append((hit[0], hit[1], _span(tokens[i : i + size])))
                i += size
                break
        else:
            i += 1
    return found


def negation_cues(tokens: list[Token], root: Token) -> list[Span]:
    """Negators that scope over the claim: "not", "never", "no talks", "nobody knows", "impossible"."""
    found = []
    for tok in tokens:
        word = tok.lower_
        if _contrastive(tok):
            continue  # "a statement of principle, not a negotiating position" asserts the first part
        negates = (
            (word in NEGATORS and tok.dep_ == "neg")
            or (word in NEGATIVE_DETS and tok.dep_ in ("det", "neg", "preconj") and tok.head.pos_ in ("NOUN", "PROPN"))
            or (word in NEGATIVE_PRONOUNS and tok.dep_.startswith("nsubj"))
            or word in NEGATIVE_WORDS
        )
        anchor = tok.head if word in NEGATIVE_DETS else tok
        if negates and in_scope(anchor, root):
            found.append(_span([tok]))
    return found


def _contrastive(tok: Token) -> bool:
    """"X, not Y" / "X, but not Y": the "not" only sets off a contrast."""
    if tok.lower_ != "not" or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    if before.lower_ == "but" and tok.i > 1:
        before = tok.doc[tok.i - 2]
    return before.text == "," and tok.head.pos_ not in ("VERB", "AUX")


def claim_modality(tokens: list[Token], root: Token, conditions: tuple[Condition, ...], reported: bool, frame_hedge: list[Span]) -> Modality:
    """Decide the modality of a claim made of ``tokens`` with main verb ``root``.

    Stance adverbs win over conditions ("unlikely ... unless"); a requirement wins over a modal
    ("talks could happen only if ..."), as does any condition on "possible"; a bare modal with
    if/unless stays speculative ("could hurt farmers unless ...").
    """
    cues = stance_cues(tokens, root)
    negs = negation_cues(tokens, root)
    polarity = "negative" if negs else "positive"
    lexical = [c for c in cues if c[1] == "lexical"]
    modal = [c for c in cues if c[1] == "modal"]
    cond_cues = tuple(_connective_spans(conditions))
    if lexical:
        kind = "speculative" if any(c[0] == "speculative" for c in lexical) else "hedged"
        return Modality(kind, tuple(c[2] for c in lexical + modal), polarity)
    possible_only = all(c[2].text.lower() in ("possible",) for c in modal)
    if modal and not (any(is_requirement(c) for c in conditions) or (conditions and possible_only)):
        return Modality("speculative", tuple(c[2] for c in modal), polarity)
    if conditions:
        return Modality("conditional", tuple(negs) + cond_cues, polarity)
    if frame_hedge and not negs:  # "did not expect X" denies rather than hedges
        return Modality("hedged", tuple(frame_hedge), polarity)
    if negs:
        return Modality("negated", tuple(negs), polarity)
    return Modality("asserted", (), polarity)


def _connective_spans(conditions: tuple[Condition, ...]) -> list[Span]:
    out = []
    for cond in conditions:
        text = cond.span.text
        if text.lower().startswith(cond.connective):
            out.append(Span(cond.span.start, cond.span.start + len(cond.connective), text[: len(cond.connective)]))
    return out
