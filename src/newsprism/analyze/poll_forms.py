"""Polls as sources: "In the latest Corvale Herald poll, Ruiz leads by five points."

PolNeAR marks a poll that a finding is reported "in" as the source, the preposition as the
cue and the rest of the clause as the content. Only polls and surveys: "in a statement" is the
channel of a cue that has its own verb.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .statement_forms import Found, subtree_range

POLL_NOUNS = {"poll", "survey"}


def poll_statement(preposition: Token) -> Optional[Found]:
    """A finding reported "in" a poll: the clause it modifies, without the poll phrase, is the content."""
    if preposition.lower_ != "in" or preposition.dep_ != "prep" or preposition.head.pos_ not in ("VERB", "AUX"):
        return None
    poll = next((c for c in preposition.children if c.dep_ == "pobj" and c.lemma_.lower() in POLL_NOUNS), None)
    clause = preposition.head
    if poll is None or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    if any(c.dep_ == "mark" for c in clause.children):
        return None  # "though it has declined in the poll": a subordinate clause, the writer's comparison
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    phrase_start, phrase_end = preposition.i, preposition.right_edge.i + 1
    source = subtree_range([poll])
    before, after = (start, phrase_start), (phrase_end, end)
    if before[1] - before[0] <= 0:
        return Found((preposition.i, preposition.i + 1), after, source)
    return Found((preposition.i, preposition.i + 1), before, source, more=(after,))
