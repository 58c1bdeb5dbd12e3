"""Hypothesis strategies for records whose spans point into a generated article text."""

from __future__ import annotations

from hypothesis import strategies as st

from newsprism.records import (
    CONDITION_POLARITIES,
    ENTITY_KINDS,
    MODALITIES,
    PLOVER_TYPES,
    POSITIONS,
    SOURCING_CLASSES,
    STATEMENT_KINDS,
    Actor,
    Article,
    ArticleAnalysis,
    Claim,
    ClaimLink,
    ClaimRef,
    Condition,
    Entity,
    Event,
    HeadlineCheck,
    OutletProfile,
    Span,
    Statement,
    Story,
    Verdict,
    ViaSource,
)

words = st.text(max_size=12)  # any Unicode but lone surrogates, NUL and friends included
ids = st.text(min_size=1, max_size=16)
scores = st.floats(allow_nan=False, allow_infinity=False)
rates = st.none() | st.floats(min_value=0.0, max_value=1.0)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | scores | words,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(words, inner, max_size=3),
    max_leaves=8,
)
evidence = st.dictionaries(words, json_values, max_size=3)


@st.composite
def articles(draw, article_id=None) -> Article:
    """An article whose text starts with its headline, as ingest builds them."""
    headline = draw(st.text(max_size=30))
    body = draw(st.text(min_size=1, max_size=200))
    text = f"{headline}\n\n{body}" if headline else body
    return Article(
        id=article_id or draw(ids), text=text, headline=headline, outlet=draw(words), byline=draw(words),
        url=draw(words), published=draw(st.none() | st.dates().map(str)), language=draw(st.sampled_from(["en", "fr"])),
        source_path=draw(words), ingested_at=draw(words), body_start=len(headline) + 2 if headline else 0,
    )


def spans(text: str):
    """Spans of ``text`` (possibly empty)."""
    bounds = st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted)
    return bounds.map(lambda b: Span.of(text, b[0], b[1]))


def conditions(text: str):
    return st.builds(Condition, span=spans(text), connective=words, required=words, actor=words,
                     polarity=st.sampled_from(CONDITION_POLARITIES))


def entities(text: str):
    return st.builds(Entity, span=spans(text), kind=st.sampled_from(ENTITY_KINDS), canonical_id=words,
                     name=words, role=words, sector=words)


def statements(text: str):
    via = st.builds(ViaSource, span=spans(text), sourcing=st.sampled_from(SOURCING_CLASSES))
    return st.builds(Statement, cue=spans(text), content=spans(text), kind=st.sampled_from(STATEMENT_KINDS),
                     sourcing=st.sampled_from(SOURCING_CLASSES), speaker=st.none() | spans(text),
                     speaker_name=words, speaker_id=words, via=st.lists(via, max_size=2).map(tuple))


def claims(text: str):
    return st.builds(Claim, span=spans(text), holder=words, modality=st.sampled_from(MODALITIES),
                     position=st.sampled_from(POSITIONS), cues=st.lists(spans(text), max_size=2).map(tuple),
                     conditions=st.lists(conditions(text), max_size=2).map(tuple), holder_id=words,
                     polarity=st.sampled_from(["positive", "negative"]))


def events(text: str):
    actors = st.lists(st.builds(Actor, code=words, sector=words, text=words), max_size=2).map(tuple)
    return st.builds(Event, sentence=spans(text), type=st.sampled_from(PLOVER_TYPES), mode=words,
                     context=st.lists(words, max_size=2).map(tuple), actors=actors, recipients=actors,
                     conditions=st.lists(conditions(text), max_size=2).map(tuple), score=scores, cameo=words,
                     trigger=st.none() | spans(text))


@st.composite
def analyses(draw, article: Article) -> ArticleAnalysis:
    """An analysis of ``article`` with a few records of every kind."""
    text = article.text

    def some(strategy):
        return tuple(draw(st.lists(strategy, max_size=3)))

    return ArticleAnalysis(
        article_id=article.id, entities=some(entities(text)), statements=some(statements(text)),
        claims=some(claims(text)), events=some(events(text)), sentences=some(spans(text)), pipeline=draw(words),
    )


def analysed_articles():
    """(article, analysis of it)."""
    return articles().flatmap(lambda a: analyses(a).map(lambda analysis: (a, analysis)))


@st.composite
def comparisons(draw):
    """(articles, stories, claim links, verdicts, headline checks, outlet profiles) that fit together."""
    corpus = draw(st.lists(articles(), min_size=1, max_size=3, unique_by=lambda a: a.id))
    article_ids = st.sampled_from([a.id for a in corpus])
    story_list = draw(st.lists(st.builds(
        Story, id=ids, label=words, article_ids=st.lists(article_ids, min_size=1, max_size=3, unique=True).map(tuple),
        first_published=st.none() | words, last_published=st.none() | words,
        entities=st.lists(words, max_size=2).map(tuple), evidence=evidence,
    ), min_size=1, max_size=3, unique_by=lambda s: s.id))
    story_ids = st.sampled_from([s.id for s in story_list])
    text = corpus[0].text
    refs = st.builds(ClaimRef, article_id=article_ids, span=spans(text))
    links = draw(st.lists(st.builds(ClaimLink, story_id=story_ids, a=refs, b=refs,
                                    relation=st.sampled_from(["same", "contradicts", "elaborates"]),
                                    score=scores, evidence=evidence), max_size=3))
    verdicts = draw(st.lists(st.builds(Verdict, story_id=story_ids, group=st.integers(0, 99),
                                       verdict=words, label=words, claims=st.lists(refs, max_size=2).map(tuple),
                                       outlets=st.lists(words, max_size=2).map(tuple)), max_size=3))
    checks = draw(st.lists(st.builds(HeadlineCheck, article_id=article_ids, stance=words, score=scores,
                                     evidence=evidence), max_size=3, unique_by=lambda c: c.article_id))
    profiles = draw(st.lists(st.builds(OutletProfile, outlet=words, articles=st.integers(0, 10**6),
                                       named_source_rate=rates, vague_sourcing_rate=rates,
                                       anonymous_sourcing_rate=rates, speculation_rate=rates,
                                       headline_consistency=rates, novelty=rates, derived_rate=rates,
                                       evidence=evidence), max_size=3, unique_by=lambda p: p.outlet))
    return corpus, story_list, links, verdicts, checks, profiles
