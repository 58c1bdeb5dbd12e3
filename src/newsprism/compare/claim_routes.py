"""Routes to a link that do not rest on a close cosine, and the per-claim facts they read.

Outlets reporting one thing word it their own way: the sentence encoder scores most such
pairs 0.3–0.6 (docs/compare.md, "Claim alignment"). Two structures still show that two
claims are about one thing: the same quoted words of a source, and a count of what the story's
headlines count. Each fact is computed once per claim (a claim meets many partners) and only
when a pair asks for it. Items are ``align.ClaimItem`` (not imported: align imports this module).
"""

from __future__ import annotations

from typing import Sequence

from .counts import counts, different_subjects, named_things, unlinked_names
from .quantities import TIME, quantities, story_conflicts
from .quotes import quoted_phrases, shared_quote, word_string
from .stance import claim_stems


def counted(item):
    """The item with its counts and named things, computed once and only for pairs that reach a numbers test."""
    if item.numbers is None:
        view, claim, start = item.view, item.claim, item.claim.span.start
        inside = [e for e in view.analysis.entities if start <= e.span.start < claim.span.end]
        mentions: dict = {}
        for e in inside:
            if e.canonical_id:
                mentions.setdefault(view.canonical(e.canonical_id), set()).update({e.span.text, e.name})
        unlinked = unlinked_names(item.text, [(e.span.start - start, e.span.end - start) for e in inside], claim.holder)
        item.numbers = counts(item.text)
        item.things = named_things(mentions, unlinked, view.canonical(claim.holder_id or ""))
    return item


def item_quantities(item) -> list:
    """The claim's counts as intervals (quantities.py), computed once."""
    if item.counted is None:
        item.counted = quantities(item.text)
    return item.counted


def story_count_conflicts(a, b, related: bool = True) -> list[str]:
    """Different counts of a thing the story's headlines count or name ("about 12,000 troops" /
    "as many as 30,000 troops"), as signals; none when the claims name different places or bodies.

    Durations only between ``related`` claims: a story has many ("held for six hours", "talks
    lasted three hours"), and a unit says less about what is timed than a noun about what is counted.
    """
    counted_a, counted_b = item_quantities(a), item_quantities(b)
    conflicts = story_conflicts(counted_a, counted_b, a.salient) if counted_a and counted_b else []
    conflicts = [(x, y) for x, y in conflicts if related or x.noun != TIME]
    if not conflicts or _different_subjects(a, b):  # the names test is dearer: only for conflicts
        return []
    return [f"numbers: {x.text} vs {y.text} ({x.noun})" for x, y in conflicts]


def _different_subjects(a, b) -> bool:
    """Each claim names a place or body the other does not ("in Orrin" / "in Pell"), leaving out what
    the story's headlines name: every claim of the story is about those, so they tell no counts apart."""
    side_a, side_b = ([t for t in counted(it).things if not t & it.subjects] for it in (a, b))
    return different_subjects(side_a, side_b)


def item_shared_quote(a, b) -> str:
    """A phrase one claim quotes and the other carries (quoted or not): one statement reported by both."""
    return shared_quote(*_quoted(a), *_quoted(b))


def _quoted(item) -> tuple:
    if item.quoted is None:
        item.quoted = (quoted_phrases(item.text), word_string(item.text))
    return item.quoted


def same_conditions(a, b) -> bool:
    """Both unconditional, or conditional on something worded alike: the quote may be the same and
    the condition not ("unless Dushanbe recognises the 2021 protocols" / "until then")."""
    if a.conditional != b.conditional:
        return False
    required = [set(claim_stems(" ".join(c.required for c in it.claim.conditions))) for it in (a, b)]
    return bool(required[0] & required[1]) or not (required[0] or required[1] or a.claim.conditions or b.claim.conditions)


def quote_pairs(items: Sequence, seen: set) -> list[tuple[int, int]]:
    """(i, j) pairs not in ``seen`` whose claims, in different articles, carry the same quoted words."""
    found = []
    for i in (k for k, it in enumerate(items) if _quoted(it)[0]):
        for j in range(len(items)):
            key = (min(i, j), max(i, j))
            if items[i].view.id != items[j].view.id and key not in seen and item_shared_quote(items[i], items[j]):
                seen.add(key)
                found.append(key)
    return found


def count_pairs(items: Sequence, seen: set) -> list[tuple[int, int]]:
    """(i, j) pairs not in ``seen`` whose claims give different counts of a thing the story's headlines count."""
    by_noun: dict = {}
    for k, item in enumerate(items):
        for noun in {q.noun for q in item_quantities(item)} & item.salient:
            by_noun.setdefault(noun, []).append(k)
    found = {(i, j) for ks in by_noun.values() for n, i in enumerate(ks) for j in ks[n + 1:]
             if items[i].view.id != items[j].view.id and (i, j) not in seen and story_count_conflicts(items[i], items[j])}
    seen |= found
    return sorted(found)
