"""Hand-built records for the comparison tests, and one real encoder per session."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.records import Article, ArticleAnalysis, Claim, Entity, Span, Statement


@pytest.fixture(scope="session")
def encoder():
    """The real MiniLM ONNX encoder, loaded once."""
    from newsprism.compare.embeddings import load_encoder

    return load_encoder()


def article(aid: str, headline: str, body: str, outlet: str, published: str | None = "2026-03-02T10:00:00Z") -> Article:
    """An Article whose text is headline, blank line, body."""
    return Article(aid, f"{headline}\n\n{body}", headline, outlet, published=published, body_start=len(headline) + 2)


def span_of(art: Article, phrase: str) -> Span:
    """The Span of the first occurrence of ``phrase`` in the article text."""
    start = art.text.index(phrase)
    return Span.of(art.text, start, start + len(phrase))


def claim(art: Article, phrase: str, holder: str = "writer", modality: str = "asserted", **kw) -> Claim:
    """A Claim over ``phrase``."""
    return Claim(span_of(art, phrase), holder, modality, "body", **kw)


def entity(art: Article, phrase: str, kind: str, cid: str, role: str = "") -> Entity:
    """An Entity over ``phrase``."""
    return Entity(span_of(art, phrase), kind, cid, phrase, role)


def statement(art: Article, phrase: str, sourcing: str) -> Statement:
    """A Statement whose content is ``phrase`` (cue and content share the span: enough for rates)."""
    sp = span_of(art, phrase)
    return Statement(sp, sp, "indirect", sourcing)


def view(art: Article, analysis: ArticleAnalysis | None = None):
    """An ArticleView with zero vectors (for tests of structure, not of similarity)."""
    from newsprism.compare.views import ArticleView, body_text, parse_time, story_entities

    analysis = analysis or ArticleAnalysis(art.id)
    body = body_text(art)
    zeros = np.zeros(384, dtype=np.float32)
    return ArticleView(art, analysis, body, list(range(min(3, len(body.sentences)))), zeros,
                       np.zeros((1, 384), np.float32), zeros, story_entities(analysis), parse_time(art.published))


@pytest.fixture(scope="module")
def parse(nlp):
    """Texts to parsed Docs with the session pipeline's spaCy model (newsprism components off)."""
    skip = [name for name in nlp.pipe_names if name.startswith("newsprism_")]
    return lambda texts: list(nlp.pipe(texts, disable=skip))


def analysed(nlp, headline: str, body: str, aid: str = "a1") -> tuple[Article, ArticleAnalysis]:
    """An article from one outlet and its real analysis with the session pipeline."""
    from newsprism.analyze.pipeline import analyze_articles
    from newsprism.config import Settings

    art = article(aid, headline, body, "The Harbor Times")
    return art, next(analyze_articles([art], Settings(), nlp=nlp))
