"""Verdicts per claim group and the story summary, on hand-built links."""

from __future__ import annotations

from newsprism.compare.align import claim_item
from newsprism.compare.verdicts import claim_groups, story_summary, story_verdicts
from newsprism.records import ArticleAnalysis, ClaimLink

from .conftest import article, claim, view


def _items():
    a = article("a", "Port", "The port closed on Tuesday. It may reopen soon.", "Harbor Times")
    b = article("b", "Port", "The port closed on Tuesday. Ferries were cancelled.", "Daily Meridian")
    c = article("c", "Port", "The port closed on Tuesday. It may reopen soon.", "Wire Echo")
    d = article("d", "Port", "The port stayed open on Tuesday. It may reopen soon.", "Coast Daily")
    claims = {
        "a": [claim(a, "The port closed on Tuesday"), claim(a, "It may reopen soon", modality="speculative")],
        "b": [claim(b, "The port closed on Tuesday"), claim(b, "Ferries were cancelled")],
        "c": [claim(c, "The port closed on Tuesday"), claim(c, "It may reopen soon", modality="speculative")],
        "d": [claim(d, "The port stayed open on Tuesday"), claim(d, "It may reopen soon", modality="speculative")],
    }
    views = {x.id: view(x, ArticleAnalysis(x.id, claims=tuple(claims[x.id]))) for x in (a, b, c, d)}
    return [claim_item(views[k], cl) for k in "abcd" for cl in claims[k]]


def _link(items, i, j, relation):
    return ClaimLink("s", items[i].ref, items[j].ref, relation, 0.9)


def test_verdicts_follow_rules_and_copies_do_not_corroborate():
    items = _items()
    derived = {"c": {"from": "a", "from_outlet": "Harbor Times"}}
    # closed (a, b, c), speculation (a, c, d), ferries (b), stayed open (d) vs closed (a)
    links = [_link(items, 0, 2, "same"), _link(items, 0, 4, "same"), _link(items, 1, 5, "same"), _link(items, 1, 7, "same")]
    verdicts = {v.label: v for v in story_verdicts("s", items, links, derived)}
    assert verdicts["The port closed on Tuesday"].verdict == "corroborated"
    assert verdicts["It may reopen soon"].verdict == "speculation-only"
    assert verdicts["Ferries were cancelled"].verdict == "single-source"
    # Only the original and its copy carry a claim: one independent outlet.
    only_copy = story_verdicts("s", items[:2] + items[4:6], [_link(items[:2] + items[4:6], 0, 2, "same")], derived)
    assert only_copy[0].verdict == "single-source" and len(only_copy[0].outlets) == 2


def test_verdicts_contradiction_marks_the_group():
    items = _items()
    links = [_link(items, 0, 2, "same"), _link(items, 6, 0, "contradicts")]
    verdicts = story_verdicts("s", items, links, {})
    assert sum(v.verdict == "contradicted" for v in verdicts) == 1
    contradicted = next(v for v in verdicts if v.verdict == "contradicted")
    assert {r.article_id for r in contradicted.claims} == {"a", "b", "d"}
    assert len(claim_groups(items, links)) == len(items) - 2


def test_verdicts_summary_lists_from_records():
    items = _items()
    links = [_link(items, 0, 2, "same"), _link(items, 0, 4, "same"), _link(items, 6, 0, "contradicts"),
             _link(items, 1, 5, "same"), _link(items, 1, 7, "same")]
    summary = story_summary(story_verdicts("s", items, links, {}))
    assert summary["disputed"] == ["The port closed on Tuesday"]
    assert summary["speculation"] == ["It may reopen soon"]
    assert summary["unique"] == {"Daily Meridian": ["Ferries were cancelled"]}
    assert summary["agreed"] == []
