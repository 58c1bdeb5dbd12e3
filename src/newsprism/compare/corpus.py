"""``compare_corpus``: every comparison step over a corpus, as one pure function over records."""

from __future__ import annotations

import dataclasses
import gc
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Sequence

from ..records import Article, ArticleAnalysis, ClaimLink, HeadlineCheck, OutletProfile, Story, Verdict
from .align import link_story, prepare_story
from .embeddings import load_encoder
from .headlines import headline_checks
from .identities import office_holders, resolved_view
from .profiles import novel_claims, outlet_profiles
from .settings import compare_settings
from .stance import load_stance_model
from .stories import chronological_views, cluster_stories
from .syndication import derivations
from .verdicts import story_summary, story_verdicts
from .views import build_views


@dataclass(frozen=True)
class Comparison:
    """Everything the comparison found: the records the store saves with ``save_comparison``."""

    stories: list[Story] = field(default_factory=list)
    claim_links: list[ClaimLink] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)
    headline_checks: list[HeadlineCheck] = field(default_factory=list)
    outlet_profiles: list[OutletProfile] = field(default_factory=list)

    def story(self, story_id: str) -> Story | None:
        """The story with ``story_id``, if any."""
        return next((s for s in self.stories if s.id == story_id), None)


def _derived_evidence(articles: Sequence[Article], settings) -> dict:
    outlet = {a.id: a.outlet or "unknown" for a in articles}
    return {aid: {**d.evidence(), "from_outlet": outlet[d.origin_id]} for aid, d in derivations(articles, settings).items()}


# A generation-2 threshold no comparison reaches: full collections wait until it returns.
_NO_FULL_COLLECTION = 1 << 30
# Comparisons running at once (threads of a server) share one deferral: the last one out restores.
_deferral = {"running": 0, "thresholds": None}
_deferral_lock = threading.Lock()


@contextmanager
def _full_collections_deferred():
    """Collect only young objects while the comparison runs; full passes resume afterwards.

    A full collection walks every object in the process: the analyses and (after
    ``newsprism run``) the spaCy pipeline, which the comparison never frees. Its own
    allocations triggered three such passes, about 2 of 26 CPU seconds on 1,000 articles.
    Short-lived cycles are still collected by the young generations, so memory stays bounded
    by what the comparison keeps; the long-lived heap is walked once, later, as it would be anyway.
    """
    with _deferral_lock:
        if not _deferral["running"]:
            _deferral["thresholds"] = gc.get_threshold()
            young, middle, _ = _deferral["thresholds"]
            gc.set_threshold(young, middle, _NO_FULL_COLLECTION)
        _deferral["running"] += 1
    try:
        yield
    finally:
        with _deferral_lock:
            _deferral["running"] -= 1
            if not _deferral["running"]:
                gc.set_threshold(*_deferral["thresholds"])


def compare_corpus(
    articles: list[Article], analyses: dict[str, ArticleAnalysis], settings, previous: list[Story] | None = None,
    encoder=None,
) -> Comparison:
    """Stories, claim links, verdicts, headline checks and outlet profiles for ``articles``.

    With ``previous`` stories, articles already in one keep it; new articles join an existing
    story or start a new one. Pass the previous stories' articles too when they are at hand:
    a previous story whose articles are missing is matched on its label and entities, and is
    left out unless a new article joins it. Its ids of articles not passed in are kept: to
    replace a store's comparison, pass previous stories restricted to ``articles``
    (``newsprism.api.previous_stories`` does), or the result names articles it did not compare.
    """
    with _full_collections_deferred():
        return _compare(articles, analyses, settings, previous, encoder)


def _compare(articles, analyses, settings, previous, encoder) -> Comparison:
    options = compare_settings(getattr(settings, "compare", None))
    unique = list({a.id: a for a in articles}.values())
    encoder = encoder or load_encoder()
    idf = load_stance_model()["idf"]
    views = build_views(unique, analyses, idf, encoder)
    derived = _derived_evidence(unique, options)
    stories = cluster_stories(views, options, previous, encoder, derived)
    by_id = {v.id: v for v in views}
    checks = headline_checks(views, model=getattr(settings, "model", ""))
    links, verdicts, items, novel, finished = [], [], [], {}, []
    prepared = []
    for story in stories:
        members = chronological_views([by_id[a] for a in story.article_ids if a in by_id])
        holders = office_holders(story.article_ids, analyses)
        # Holder ids are compared as resolved within this story only: another story may not say who holds the office.
        prepared.append((story, members, holders, prepare_story(story.id, [resolved_view(v, holders) for v in members], idf, options)))
    # Every story's claim texts in one call: per-story calls ran many small, padded batches.
    encoder.encode([text for *_, alignment in prepared for text in alignment.texts])
    for story, members, holders, alignment in prepared:
        story_items, story_links = link_story(alignment, options, encoder)
        story_verdict = story_verdicts(story.id, story_items, story_links, derived)
        novel.update(novel_claims(members, story_items, story_verdict))
        links += story_links
        verdicts += story_verdict
        items += story_items
        finished.append(_with_summary(story, story_verdict, derived, holders, story_links))
    profiles = outlet_profiles(views, items, {c.article_id: c for c in checks}, novel, derived)
    return Comparison(finished, links, verdicts, checks, profiles)


def role_discrepancies(links: Sequence[ClaimLink]) -> list[dict]:
    """One entry per person the outlets give conflicting titles: each outlet's title, and a readable label."""
    by_person: dict[str, dict] = {}
    for link in links:
        evidence = link.evidence
        if evidence.get("kind") != "role":
            continue
        person = evidence.get("person", {})
        entry = by_person.setdefault(person.get("id", ""), {"person": person, "titles": {}})
        for side in (evidence.get("a", {}), evidence.get("b", {})):
            entry["titles"].setdefault(side.get("title", ""), set()).add(side.get("outlet", ""))
    out = []
    for entry in by_person.values():
        titles = {title: sorted(outlets) for title, outlets in sorted(entry["titles"].items())}
        said = "; ".join(f"{title} ({', '.join(outlets)})" for title, outlets in titles.items())
        out.append({"person": entry["person"], "titles": titles, "label": f"{entry['person'].get('name', '')}: {said}"})
    return out


def _with_summary(story: Story, verdicts: Sequence[Verdict], derived: dict, holders: dict,
                  links: Sequence[ClaimLink] = ()) -> Story:
    evidence = dict(story.evidence)
    evidence["office_holders"] = dict(holders)
    evidence["summary"] = story_summary(verdicts)
    evidence["role_discrepancies"] = role_discrepancies(links)
    if evidence["role_discrepancies"]:  # "former President" in one outlet, "President" in another
        evidence["summary"]["titles"] = [d["label"] for d in evidence["role_discrepancies"]]
    evidence["derived"] = {a: derived[a] for a in story.article_ids if a in derived}
    return dataclasses.replace(story, evidence=evidence)
