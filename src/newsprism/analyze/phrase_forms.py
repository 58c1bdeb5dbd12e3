"""Forms read from a phrase rather than from a verb's subject: a possessive noun cue ("his claim
that ..."), "according to X", and a poll a finding is reported in ("In the latest Corvale Herald
poll, Ruiz leads by five points").

PolNeAR marks a poll that a finding is reported "in" as the source, the preposition as the
cue and the rest of the clause as the content. Only polls and surveys: "in a statement" is the
channel of a cue that has its own verb.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .cues import according_to, noun_cue_lexicon
from .statement_forms import Found
from .statement_forms import subtree_range as _subtree_range


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
    doc = token.doc
    if content[0] == sent.start and content[1] - content[0] > 2 and doc[content[0]].dep_ == "cc":
        content = (content[0] + 1, content[1])  # "But, according to X, ...": the connective is the writer's
    return Found((according.i, according.i + 2), content, source)


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
    source = _subtree_range([poll])
    before, after = (start, phrase_start), (phrase_end, end)
    if before[1] - before[0] <= 0:
        return Found((preposition.i, preposition.i + 1), after, source)
    return Found((preposition.i, preposition.i + 1), before, source, more=(after,))
