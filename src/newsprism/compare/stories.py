"""Incremental, explainable story clustering.

Articles are taken in publication order. Each one joins the story whose best-matching
member scores highest, if that score reaches ``story_threshold``; otherwise it starts a new
story. The score mixes text similarity (centroid of headline and candidate sentences),
shared canonical entities (IDF-weighted, so "United States" counts less than a named
minister) and publication-time proximity. Earlier stories are never reclustered: their
members keep their story, and each assignment keeps its evidence.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np

from ..records import Story
from .settings import CompareSettings
from .views import ArticleView, parse_time


@dataclass
class _Cluster:
    id: str
    members: list[ArticleView] = field(default_factory=list)
    previous: Optional[Story] = None
    assignments: dict = field(default_factory=dict)
    anchor: Optional[np.ndarray] = None  # label vector of a previous story without loaded members


def story_id(first_article_id: str) -> str:
    """A stable story id derived from its first article."""
    return "story-" + hashlib.sha1(first_article_id.encode("utf-8")).hexdigest()[:12]


def entity_weights(views: Sequence[ArticleView]) -> dict[str, float]:
    """IDF of each canonical entity over the corpus: rare entities say more about a story."""
    df = Counter(eid for v in views for eid in v.entities)
    n = len(views)
    return {eid: math.log((1 + n) / (1 + c)) + 1.0 for eid, c in df.items()}


def entity_overlap(a: set, b: set, weights: dict) -> float:
    """Weighted overlap coefficient of two entity sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    shared = sum(weights.get(e, 1.0) for e in a & b)
    return shared / min(sum(weights.get(e, 1.0) for e in a), sum(weights.get(e, 1.0) for e in b))


def time_proximity(a, b, window_hours: float) -> Optional[float]:
    """1 for simultaneous articles, falling to 0 at ``window_hours`` apart; None if a date is missing."""
    if a is None or b is None:
        return None
    hours = abs((a - b).total_seconds()) / 3600.0
    return max(0.0, 1.0 - hours / window_hours)


def pair_score(view: ArticleView, other_vector, other_entities: set, other_time, weights: dict, settings: CompareSettings) -> dict:
    """The clustering score of ``view`` against one member, with the signals behind it."""
    text = float(view.centroid @ other_vector)
    shared = set(view.entities) & other_entities
    entities = entity_overlap(set(view.entities), other_entities, weights)
    proximity = time_proximity(view.published, other_time, settings.time_window_hours)
    parts = [(settings.w_text, text), (settings.w_entities, entities)]
    if not view.entities or not other_entities:
        parts.pop()  # unknown, not disagreeing: score on the other signals
    parts.append((settings.w_time, 0.5 if proximity is None else proximity))
    score = sum(w * s for w, s in parts) / sum(w for w, _ in parts)
    hours = None if view.published is None or other_time is None else round(abs((view.published - other_time).total_seconds()) / 3600, 1)
    return {"score": round(score, 4), "text_similarity": round(text, 4), "entity_overlap": round(entities, 4),
            "shared_entities": sorted(shared), "hours_apart": hours}


class _MemberIndex:
    """Centroids of every placed article in one matrix, so a new article is scored in one product."""

    def __init__(self, capacity: int, dim: int):
        self.vectors = np.zeros((max(1, capacity), dim), dtype=np.float32)
        self.members: list[tuple[_Cluster, ArticleView]] = []

    def add(self, cluster: _Cluster, view: ArticleView) -> None:
        """Index one placed article."""
        if len(self.members) == len(self.vectors):
            self.vectors = np.vstack([self.vectors, np.zeros_like(self.vectors)])
        self.vectors[len(self.members)] = view.centroid
        self.members.append((cluster, view))

    def nearest(self, view: ArticleView, floor: float, limit: int) -> list[tuple[_Cluster, ArticleView]]:
        """Up to ``limit`` placed articles whose text similarity reaches ``floor``, best first."""
        if not self.members:
            return []
        sims = self.vectors[:len(self.members)] @ view.centroid
        order = np.argsort(-sims)[:limit]
        return [self.members[i] for i in order if sims[i] >= floor]


NEIGHBOURS = 25  # members scored in full per new article; the rest are further away in text


def _best_match(view: ArticleView, clusters: list[_Cluster], index: _MemberIndex, weights: dict, settings: CompareSettings):
    best = None
    for cluster, member in index.nearest(view, settings.min_text_similarity, NEIGHBOURS):
        if time_proximity(view.published, member.published, settings.time_window_hours) == 0.0:
            continue  # too far apart in time to be one story, however alike the text
        signals = pair_score(view, member.centroid, set(member.entities), member.published, weights, settings)
        if best is None or signals["score"] > best[1]["score"]:
            best = (cluster, {**signals, "joined_via": member.id})
    for cluster in clusters:
        if cluster.anchor is not None and not cluster.members:
            best = _anchor_match(view, cluster, weights, settings, best)
    return best


def _anchor_match(view, cluster: _Cluster, weights, settings, best):
    """Compare with a previous story whose articles were not passed in: its label and entities."""
    if float(view.centroid @ cluster.anchor) < settings.min_text_similarity:
        return best
    when = parse_time(cluster.previous.last_published)
    signals = pair_score(view, cluster.anchor, set(cluster.previous.entities), when, weights, settings)
    if best is None or signals["score"] > best[1]["score"]:
        return (cluster, {**signals, "joined_via": "story-label"})
    return best


def assign(view: ArticleView, clusters: list[_Cluster], index: _MemberIndex, weights: dict, settings: CompareSettings) -> _Cluster:
    """Put one article into the best story, or start a new one; record why."""
    best = _best_match(view, clusters, index, weights, settings)
    if best and best[1]["score"] >= settings.story_threshold:
        cluster, signals = best
        cluster.members.append(view)
        cluster.assignments[view.id] = {"decision": "joined", **signals}
    else:
        cluster = _Cluster(story_id(view.id), [view])
        nearest = {"nearest_score": best[1]["score"], "nearest_story": best[0].id} if best else {}
        cluster.assignments[view.id] = {"decision": "started", "threshold": settings.story_threshold, **nearest}
        clusters.append(cluster)
    index.add(cluster, view)
    return cluster


def _previous_clusters(previous: Sequence[Story], by_id: dict, encoder) -> list[_Cluster]:
    clusters = []
    for story in previous:
        members = [by_id[a] for a in story.article_ids if a in by_id]
        cluster = _Cluster(story.id, members, story, dict(story.evidence.get("assignments", {})))
        if not members and story.label:
            cluster.anchor = encoder.encode([story.label])[0]
        clusters.append(cluster)
    return clusters


def chronological_views(views: Sequence[ArticleView]) -> list[ArticleView]:
    """Views by publication time (undated last), then ingest order."""
    position = {v.id: i for i, v in enumerate(views)}
    return sorted(views, key=lambda v: (v.published is None, v.published.timestamp() if v.published else 0.0, v.article.ingested_at or "", position[v.id]))


def cluster_stories(
    views: Sequence[ArticleView], settings: CompareSettings, previous: Sequence[Story] | None = None,
    encoder=None, derived: dict | None = None,
) -> list[Story]:
    """Stories over ``views``; articles already in ``previous`` stories stay where they are.

    A previous story that none of ``views`` belongs to or joins is left out: it would be a
    story with nothing compared in it.
    """
    by_id = {v.id: v for v in views}
    clusters = _previous_clusters(previous or (), by_id, encoder)
    placed = {a for c in clusters for a in (c.previous.article_ids if c.previous else ())}
    weights = entity_weights(views)
    index = _MemberIndex(len(views), views[0].centroid.shape[0] if views else 384)
    for cluster in clusters:
        for member in cluster.members:
            index.add(cluster, member)
    for view in chronological_views([v for v in views if v.id not in placed]):
        assign(view, clusters, index, weights, settings)
    _rename_clashing_new_stories(clusters)
    return [_story(c, derived or {}) for c in clusters if c.members]


def _rename_clashing_new_stories(clusters: list[_Cluster]) -> None:
    # A story keeps its id when its first article is deleted; should that article come back and
    # start a story of its own, the new story takes the next free id derived from it.
    taken = {c.id for c in clusters if c.previous}
    for cluster in clusters:
        if cluster.previous:
            continue
        first = cluster.members[0].id
        number = 1
        while cluster.id in taken:
            number += 1
            cluster.id = story_id(f"{first}#{number}")
        taken.add(cluster.id)


def _story(cluster: _Cluster, derived: dict) -> Story:
    ordered = chronological_views(cluster.members)
    kept = list(cluster.previous.article_ids) if cluster.previous else []
    article_ids = tuple(kept + [v.id for v in ordered if v.id not in kept])
    originals = [v for v in ordered if v.id not in derived] or ordered
    label = originals[0].article.headline if originals else (cluster.previous.label if cluster.previous else "")
    times = [v.article.published for v in ordered if v.published is not None]
    if cluster.previous:
        times += [t for t in (cluster.previous.first_published, cluster.previous.last_published) if t]
    times.sort(key=lambda t: parse_time(t) or parse_time("9999-12-31"))
    counts = Counter(e for v in ordered for e in v.entities)
    entities = tuple(e for e, _ in counts.most_common(12) if counts[e] >= min(2, len(ordered)))
    evidence = {"assignments": {a: cluster.assignments[a] for a in article_ids if a in cluster.assignments}}
    return Story(cluster.id, label[:300], article_ids, times[0] if times else None, times[-1] if times else None, entities, evidence)
