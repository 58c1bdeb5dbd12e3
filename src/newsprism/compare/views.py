"""What the comparison needs to know about one article, computed once and shared by every step.

The headline and a handful of body sentences (the lead plus the sentences that best match
the headline) are embedded once: the headline check uses them one by one, the story
clustering uses their centroid. Nothing else of the body is embedded, which keeps the
comparison cheap next to the per-article analysis.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional, Sequence

import numpy as np

from ..records import Article, ArticleAnalysis, Span
from .stance import BodyText, candidate_indices

# Entity kinds that identify what a story is about (dates, money and the like do not).
STORY_ENTITY_KINDS = frozenset({"PERSON", "GPE", "NORP", "ORG", "LOC", "FAC", "EVENT"})


@dataclass
class ArticleView:
    """One article prepared for comparison."""

    article: Article
    analysis: ArticleAnalysis
    body: BodyText
    candidates: list[int]
    headline_vector: np.ndarray
    sentence_vectors: np.ndarray  # one row per candidate sentence
    centroid: np.ndarray
    entities: dict[str, str] = field(default_factory=dict)  # canonical id -> display name
    published: Optional[datetime] = None
    fallback_claims: Optional[list] = None  # sentences as claims, when the claims layer did not run
    identities: dict[str, str] = field(default_factory=dict)  # office id -> holder id, within one story (identities.py)

    @property
    def id(self) -> str:
        """The article id."""
        return self.article.id

    @property
    def outlet(self) -> str:
        """The outlet name (or "unknown")."""
        return self.article.outlet or "unknown"

    def canonical(self, entity_id: str) -> str:
        """The id the story knows ``entity_id`` by: an office's holder, else the id itself."""
        return self.identities.get(entity_id, entity_id)


def parse_time(value: Optional[str]) -> Optional[datetime]:
    """An aware datetime from an ISO 8601 date or datetime; None when missing or invalid."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def body_text(article: Article) -> BodyText:
    """Body sentences with offsets into Article.text, split exactly as in stance training."""
    return BodyText.of(article.text[article.body_start:], base=article.body_start)


def story_entities(analysis: ArticleAnalysis) -> dict[str, str]:
    """Canonical ids (with display names) of the people, places and organisations in an article."""
    found: dict[str, str] = {}
    for entity in analysis.entities:
        if entity.kind in STORY_ENTITY_KINDS and entity.canonical_id:
            found.setdefault(entity.canonical_id, entity.name or entity.span.text)
    return found


def story_names(views: Sequence[ArticleView]) -> dict[str, str]:
    """Canonical id -> display name over a story's articles, offices under their holder's id.

    A person's name is the one most articles give; an office the story resolves to a holder
    ("Supreme Leader of Iran") takes the holder's name, so that two outlets naming one person
    differently show under one name."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for view in views:
        for eid, name in view.entities.items():
            if not view.identities.get(eid):  # an office's own name is not its holder's name
                counts[eid][name] += 1
    names = {eid: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for eid, c in counts.items()}
    for view in views:
        for office, holder in view.identities.items():
            names.setdefault(holder, view.entities.get(office, holder))
    return names


def build_views(articles: Sequence[Article], analyses: dict, idf: dict, encoder) -> list[ArticleView]:
    """Embed each article's headline and candidate sentences in one batched call."""
    bodies = [body_text(a) for a in articles]
    headlines = [a.headline or (b.sentences[0] if b.sentences else "") for a, b in zip(articles, bodies)]
    candidates = [candidate_indices(h, b.sentences, idf) for h, b in zip(headlines, bodies)]
    texts = headlines + [b.sentences[i] for b, c in zip(bodies, candidates) for i in c]
    vectors = encoder.encode(texts)
    views, row = [], len(articles)
    for n, article in enumerate(articles):
        cand_vecs = vectors[row:row + len(candidates[n])]
        row += len(candidates[n])
        views.append(_view(article, analyses.get(article.id) or ArticleAnalysis(article.id), bodies[n], candidates[n], vectors[n], cand_vecs))
    return views


def _view(article, analysis, body, candidates, headline_vector, cand_vecs) -> ArticleView:
    stacked = np.vstack([headline_vector[None, :], cand_vecs]) if len(cand_vecs) else headline_vector[None, :]
    centroid = stacked.mean(axis=0)
    norm = np.linalg.norm(centroid)
    return ArticleView(
        article, analysis, body, candidates, headline_vector,
        cand_vecs if len(cand_vecs) else np.zeros((1, headline_vector.shape[0]), np.float32),
        centroid / norm if norm else centroid, story_entities(analysis), parse_time(article.published),
    )


def sentence_span(view: ArticleView, index: int) -> Span:
    """The Span of body sentence ``index`` in Article.text."""
    start, end = view.body.offsets[index]
    return Span.of(view.article.text, start, end)
