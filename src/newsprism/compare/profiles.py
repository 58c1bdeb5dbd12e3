"""Outlet profiles: sourcing, speculation, headline consistency, novelty and copying.

Every figure keeps the records it was computed from in ``OutletProfile.evidence`` under
the figure's name: the numerator and denominator and the claim or statement references
(article id and span), so a reader can check each number.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from ..records import HeadlineCheck, OutletProfile, Verdict, through_media_reports
from .align import ClaimItem, all_claims
from .stance import words
from .views import ArticleView

NAMED = frozenset({"named-person", "named-organisation"})
EVIDENCE_CAP = 200  # references kept per figure; the counts are always complete


def _ref(article_id: str, span) -> dict:
    return {"article_id": article_id, "span": [span.start, span.end]}


def _rate(numerator: list, denominator: int, scale: float = 1.0) -> tuple:
    if not denominator:
        return None, {"numerator": 0, "denominator": 0, "records": []}
    value = round(scale * len(numerator) / denominator, 4)
    return value, {"numerator": len(numerator), "denominator": denominator, "records": numerator[:EVIDENCE_CAP]}


def sourcing_figures(views: Sequence[ArticleView]) -> dict:
    """Named, vague, anonymous and media-report shares of the outlet's statements."""
    statements = [(v.id, s) for v in views for s in v.analysis.statements]
    figures = {}
    for name, classes in (("named_source_rate", NAMED), ("vague_sourcing_rate", {"vague-collective"}),
                          ("anonymous_sourcing_rate", {"anonymous-official"})):
        refs = [_ref(aid, s.content) for aid, s in statements if s.sourcing in classes]
        figures[name] = _rate(refs, len(statements))
    relayed = [_ref(aid, s.content) for aid, s in statements if through_media_reports(s)]
    figures["report_sourcing_rate"] = _rate(relayed, len(statements))
    return figures



def speculation_figure(views: Sequence[ArticleView]) -> tuple:
    """Speculative claims (speculative, or hedged by the writer) per 100 claims, over every claim."""
    claims = [(v.id, c) for v in views for c in all_claims(v)]
    refs = [_ref(aid, c.span) for aid, c in claims
            if c.modality == "speculative" or (c.modality == "hedged" and c.holder == "writer")]
    return _rate(refs, len(claims), 100.0)


def headline_figure(views: Sequence[ArticleView], checks: dict[str, HeadlineCheck]) -> tuple:
    """Share of headlines that the article's own body agrees with or discusses."""
    checked = [v for v in views if v.id in checks]
    consistent = [{"article_id": v.id, "stance": checks[v.id].stance} for v in checked
                  if checks[v.id].stance in ("agree", "discuss")]
    value, evidence = _rate(consistent, len(checked))
    evidence["stances"] = {v.id: checks[v.id].stance for v in checked}
    return value, evidence


def novelty_figure(views: Sequence[ArticleView], novel: dict[str, list]) -> tuple:
    """New claims (none of the story's earlier articles carried them) per 100 words."""
    refs = [r for v in views for r in novel.get(v.id, [])]
    total_words = sum(len(words(v.article.text[v.article.body_start:])) for v in views)
    return _rate(refs, total_words, 100.0)


def derived_figure(views: Sequence[ArticleView], derived: dict) -> tuple:
    """Share of the outlet's articles that copy an earlier version."""
    refs = [{"article_id": v.id, **derived[v.id]} for v in views if v.id in derived]
    return _rate(refs, len(views))


def novel_claims(story_views: Sequence[ArticleView], items: Sequence[ClaimItem], verdicts: Sequence[Verdict]) -> dict[str, list]:
    """Per article: references of compared claims whose group no earlier article of the story carried."""
    items = [it for it in items if it.aligned]  # claims never compared cannot be called new
    order = {v.id: n for n, v in enumerate(story_views)}
    group_of = {(r.article_id, r.span.start, r.span.end): v.group for v in verdicts for r in v.claims}
    first_seen: dict[int, int] = {}
    for it in items:
        group = group_of.get((it.view.id, it.claim.span.start, it.claim.span.end))
        first_seen[group] = min(first_seen.get(group, order[it.view.id]), order[it.view.id])
    novel: dict[str, list] = defaultdict(list)
    for it in items:
        group = group_of.get((it.view.id, it.claim.span.start, it.claim.span.end))
        if first_seen[group] == order[it.view.id]:
            novel[it.view.id].append(_ref(it.view.id, it.claim.span))
    return novel


def outlet_profiles(views: Sequence[ArticleView], items: Sequence[ClaimItem], checks: dict, novel: dict, derived: dict) -> list[OutletProfile]:
    """One OutletProfile per outlet over all its articles."""
    by_outlet: dict[str, list[ArticleView]] = defaultdict(list)
    for view in views:
        by_outlet[view.outlet].append(view)
    items_by_outlet: dict[str, list[ClaimItem]] = defaultdict(list)
    for it in items:
        items_by_outlet[it.view.outlet].append(it)
    return [_profile(outlet, members, items_by_outlet[outlet], checks, novel, derived) for outlet, members in sorted(by_outlet.items())]


def _profile(outlet, members, items, checks, novel, derived) -> OutletProfile:
    figures = sourcing_figures(members)
    figures["speculation_rate"] = speculation_figure(members)
    figures["headline_consistency"] = headline_figure(members, checks)
    figures["novelty"] = novelty_figure(members, novel)
    figures["derived_rate"] = derived_figure(members, derived)
    values = {name: value for name, (value, _) in figures.items()}
    evidence = {name: ev for name, (_, ev) in figures.items()}
    evidence["articles"] = [v.id for v in members]
    return OutletProfile(outlet, len(members), **values, evidence=evidence)
