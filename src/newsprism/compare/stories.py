"""Incremental, explainable story clustering.

Articles are taken in publication order. Each one joins the story whose best-matching
member scores highest, if that score reaches ``story_threshold``; otherwise it starts a new
story. The score mixes text similarity (centroid of headline and candidate sentences),
shared canonical entities and publication-time proximity. Entities are compared as
profiles: each weighted by its IDF (so "United States" counts less than a named minister)
and by its prominence in the article (mentions, and whether the headline or lead names
it), so that a markets or reaction piece about an event, which quotes analysts and
officials of its own, still matches the event's report on the people and places it is
about. Earlier stories are never reclustered: their members keep their story, and each
assignment keeps its evidence.
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

MENTION_CAP = 3  # mentions counted per entity: a long piece repeating a name is not more about it
LEAD_BONUS = 2.0  # what naming an entity in the headline or lead paragraph adds to its prominence


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


def entity_overlap(a: set, b: set, weights: dict, totals: tuple | None = None) -> float:
    """Weighted overlap coefficient of two entity sets (0 when either is empty); ``totals`` are their
    ``weight_total``s when known."""
    if not a or not b:
        return 0.0
    shared = math.fsum(weights.get(e, 1.0) for e in a & b)
    return shared / min(totals or (weight_total(a, weights), weight_total(b, weights)))


def weight_total(entities: set, weights: dict) -> float:
    """The summed IDF weight of a set of entities."""
    return math.fsum(weights.get(e, 1.0) for e in entities)


def time_proximity(a, b, window_hours: float) -> Optional[float]:
    """1 for simultaneous articles, falling to 0 at ``window_hours`` apart; None if a date is missing."""
    if a is None or b is None:
        return None
    hours = abs((a - b).total_seconds()) / 3600.0
    return max(0.0, 1.0 - hours / window_hours)


def entity_profile(view: ArticleView) -> dict[str, float]:
    """Canonical id -> prominence in the article: its mentions (up to MENTION_CAP), plus LEAD_BONUS if the
    headline or lead paragraph names it.

    An analyst quoted once in a markets piece weighs less than the minister the piece is about."""
    text = view.article.text
    lead_end = text.find("\n\n", view.article.body_start)
    lead_end = len(text) if lead_end < 0 else lead_end
    counts: Counter = Counter()
    lead: set = set()
    for entity in view.analysis.entities:
        if entity.canonical_id in view.entities:
            counts[entity.canonical_id] += 1
            if entity.span.start < lead_end:
                lead.add(entity.canonical_id)
    profile = {eid: min(counts[eid], MENTION_CAP) + (LEAD_BONUS if eid in lead else 0.0) for eid in counts}
    return profile or {eid: 1.0 for eid in view.entities}


def entity_similarity(a: dict, b: dict, weights: dict, norms: tuple | None = None) -> float:
    """IDF-weighted cosine of two entity profiles (0 when either is empty); ``norms`` are their
    ``profile_norm``s when known."""
    dot = math.fsum(a[e] * b[e] * weights.get(e, 1.0) ** 2 for e in a.keys() & b.keys())
    norm_a, norm_b = norms or (profile_norm(a, weights), profile_norm(b, weights))
    return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0


def profile_norm(profile: dict, weights: dict) -> float:
    """The IDF-weighted length of an entity profile."""
    return math.sqrt(math.fsum((x * weights.get(e, 1.0)) ** 2 for e, x in profile.items()))


def profile_sums(profile: dict, weights: dict) -> tuple[float, float]:
    """(``profile_norm``, ``weight_total`` of its entities): what each comparison of the profile would recompute."""
    return profile_norm(profile, weights), weight_total(set(profile), weights)


def pair_score(view: ArticleView, profile: dict, other_vector, other_profile: dict, other_time, weights: dict,
               settings: CompareSettings, sums: tuple | None = None) -> dict:
    """The clustering score of ``view`` (entity ``profile``) against one member or story, with the signals behind it.

    ``sums`` are the two profiles' ``profile_sums``, when known (each article meets up to NEIGHBOURS others)."""
    text = float(view.centroid @ other_vector)
    shared = set(profile) & set(other_profile)
    (norm, total), (other_norm, other_total) = sums or (profile_sums(profile, weights), profile_sums(other_profile, weights))
    entities = entity_similarity(profile, other_profile, weights, (norm, other_norm))
    proximity = time_proximity(view.published, other_time, settings.time_window_hours)
    parts = [(settings.w_text, text), (settings.w_entities, entities)]
    if not profile or not other_profile:
        parts.pop()  # unknown, not disagreeing: score on the other signals
    parts.append((settings.w_time, 0.5 if proximity is None else proximity))
    score = sum(w * s for w, s in parts) / sum(w for w, _ in parts)
    hours = None if view.published is None or other_time is None else round(abs((view.published - other_time).total_seconds()) / 3600, 1)
    # The plain overlap is kept in the evidence: it reads more simply than the cosine that is scored.
    overlap = entity_overlap(set(profile), set(other_profile), weights, (total, other_total))
    return {"score": round(score, 4), "text_similarity": round(text, 4), "entity_similarity": round(entities, 4),
            "entity_overlap": round(overlap, 4), "shared_entities": sorted(shared), "hours_apart": hours}


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


@dataclass
class _Scoring:
    """What every candidate is scored with: entity IDF weights, each article's entity profile, the
    settings; and the story ids in use, so that a new story never takes one."""

    weights: dict
    profiles: dict
    settings: CompareSettings
    story_ids: set = field(default_factory=set)
    sums: dict = field(default_factory=dict)  # article id -> profile_sums of its profile, computed once

    def sums_of(self, view_id: str) -> tuple[float, float]:
        """``profile_sums`` of an article's entity profile."""
        if view_id not in self.sums:
            self.sums[view_id] = profile_sums(self.profiles[view_id], self.weights)
        return self.sums[view_id]


def _best_match(view: ArticleView, clusters: list[_Cluster], index: _MemberIndex, scoring: _Scoring):
    best = None
    settings, profile = scoring.settings, scoring.profiles[view.id]
    for cluster, member in index.nearest(view, settings.min_text_similarity, NEIGHBOURS):
        if time_proximity(view.published, member.published, settings.time_window_hours) == 0.0:
            continue  # too far apart in time to be one story, however alike the text
        signals = pair_score(view, profile, member.centroid, scoring.profiles[member.id], member.published, scoring.weights, settings,
                             (scoring.sums_of(view.id), scoring.sums_of(member.id)))
        if best is None or signals["score"] > best[1]["score"]:
            best = (cluster, {**signals, "joined_via": member.id})
    for cluster in clusters:
        if cluster.anchor is not None and not cluster.members:
            best = _anchor_match(view, cluster, scoring, best)
    return best


def _anchor_match(view, cluster: _Cluster, scoring: _Scoring, best):
    """Compare with a previous story whose articles were not passed in: its label and entities."""
    if float(view.centroid @ cluster.anchor) < scoring.settings.min_text_similarity:
        return best
    when = parse_time(cluster.previous.last_published)
    story_profile = {eid: 1.0 for eid in cluster.previous.entities}
    signals = pair_score(view, scoring.profiles[view.id], cluster.anchor, story_profile, when, scoring.weights, scoring.settings)
    if best is None or signals["score"] > best[1]["score"]:
        return (cluster, {**signals, "joined_via": "story-label"})
    return best


def assign(view: ArticleView, clusters: list[_Cluster], index: _MemberIndex, scoring: _Scoring) -> _Cluster:
    """Put one article into the best story, or start a new one; record why."""
    threshold = scoring.settings.story_threshold
    best = _best_match(view, clusters, index, scoring)
    if best and best[1]["score"] >= threshold:
        cluster, signals = best
        cluster.members.append(view)
        cluster.assignments[view.id] = {"decision": "joined", **signals}
    else:
        cluster = _Cluster(_free_story_id(view.id, scoring.story_ids), [view])
        scoring.story_ids.add(cluster.id)
        nearest = {"nearest_score": best[1]["score"], "nearest_story": best[0].id} if best else {}
        cluster.assignments[view.id] = {"decision": "started", "threshold": threshold, **nearest}
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
    scoring = _Scoring(entity_weights(views), {v.id: entity_profile(v) for v in views}, settings, {c.id for c in clusters})
    index = _MemberIndex(len(views), views[0].centroid.shape[0] if views else 384)
    for cluster in clusters:
        for member in cluster.members:
            index.add(cluster, member)
    for view in chronological_views([v for v in views if v.id not in placed]):
        assign(view, clusters, index, scoring)
    return [_story(c, derived or {}) for c in clusters if c.members]


def _free_story_id(first_article_id: str, taken: set) -> str:
    # A story keeps its id when its first article is deleted; should that article come back and
    # start a story of its own, the new story takes the next free id derived from it.
    candidate, number = story_id(first_article_id), 1
    while candidate in taken:
        number += 1
        candidate = story_id(f"{first_article_id}#{number}")
    return candidate


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
