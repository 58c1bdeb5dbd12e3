"""Verdicts per aligned claim group, and the story summary built from them.

Claims joined by ``same`` or ``contradicts`` links form a group; an unlinked claim is a
group of one. A group is *contradicted* when any link inside it contradicts, otherwise
*speculation-only* when every instance is the writer's speculation, otherwise
*corroborated* when two or more independent outlets carry it (a derived copy counts as
its origin's outlet), otherwise *single-source*.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from ..records import ClaimLink, ClaimRef, Verdict
from .align import ClaimItem

GROUPING = ("same", "contradicts")


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def claim_groups(items: Sequence[ClaimItem], links: Sequence[ClaimLink]) -> list[list[int]]:
    """Indices of ``items`` grouped by same/contradicts links, in first-appearance order."""
    index = {(it.view.id, it.claim.span.start, it.claim.span.end): k for k, it in enumerate(items)}
    parent = list(range(len(items)))
    for link in links:
        a = index.get((link.a.article_id, link.a.span.start, link.a.span.end))
        b = index.get((link.b.article_id, link.b.span.start, link.b.span.end))
        if link.relation in GROUPING and a is not None and b is not None:  # entity-level links have no claims
            parent[_find(parent, a)] = _find(parent, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for k in range(len(items)):
        groups[_find(parent, k)].append(k)
    return sorted(groups.values(), key=lambda g: g[0])


def independent_outlets(members: Sequence[ClaimItem], derived: dict) -> list[str]:
    """Outlets carrying the claim, with derived copies credited to their origin's outlet."""
    outlets = set()
    for item in members:
        origin = derived.get(item.view.id)
        outlets.add(origin["from_outlet"] if origin else item.view.outlet)
    return sorted(outlets)


def verdict_of(members: Sequence[ClaimItem], contradicted: bool, derived: dict) -> str:
    """The verdict of one group (see the module docstring for the order of the rules)."""
    if contradicted:
        return "contradicted"
    if all(item.writer_guess for item in members):
        return "speculation-only"
    return "corroborated" if len(independent_outlets(members, derived)) >= 2 else "single-source"


def story_verdicts(story_id: str, items: Sequence[ClaimItem], links: Sequence[ClaimLink], derived: dict) -> list[Verdict]:
    """One Verdict per claim group of the story."""
    groups = claim_groups(items, links)
    member_of = {k: n for n, g in enumerate(groups) for k in g}
    index = {(it.view.id, it.claim.span.start, it.claim.span.end): k for k, it in enumerate(items)}
    keys = [(l.a.article_id, l.a.span.start, l.a.span.end) for l in links if l.relation == "contradicts"]
    contradicted = {member_of[index[k]] for k in keys if k in index}
    verdicts = []
    for n, group in enumerate(groups):
        members = [items[k] for k in group]
        verdicts.append(Verdict(
            story_id, n, verdict_of(members, n in contradicted, derived), members[0].text[:300],
            tuple(ClaimRef(m.view.id, m.claim.span) for m in members), tuple(sorted({m.view.outlet for m in members})),
        ))
    return verdicts


def story_summary(verdicts: Sequence[Verdict]) -> dict:
    """Agreed, disputed, unique per outlet and speculation: labels taken from the verdict records."""
    summary: dict = {"agreed": [], "disputed": [], "unique": defaultdict(list), "speculation": []}
    for verdict in verdicts:
        if verdict.verdict == "corroborated":
            summary["agreed"].append(verdict.label)
        elif verdict.verdict == "contradicted":
            summary["disputed"].append(verdict.label)
        elif verdict.verdict == "speculation-only":
            summary["speculation"].append(verdict.label)
        else:
            summary["unique"][verdict.outlets[0] if verdict.outlets else "unknown"].append(verdict.label)
    summary["unique"] = dict(summary["unique"])
    return summary
