"""compare_corpus end to end on hand-built articles (no spaCy): records, evidence, increments."""

from __future__ import annotations

import pickle

from newsprism.compare import Comparison, compare_corpus
from newsprism.config import Settings
from newsprism.records import STANCES, ArticleAnalysis, to_dict

from .conftest import article

FLOOD = "Rivers burst their banks across Dakra after three days of rain, and 4,000 people left their homes. Officials opened shelters in schools."


def _articles():
    return [
        article("a", "Floods force 4,000 from homes in Dakra", FLOOD, "Harbor Times", "2026-03-02T08:00:00Z"),
        article("b", "Dakra floods displace thousands", FLOOD, "Wire Echo", "2026-03-02T09:00:00Z"),
        article("c", "Dakra evacuates 4,000 as rivers flood towns", "Heavy rain flooded towns in Dakra, forcing about 4,000 residents to leave, officials said. It could take weeks to clear the damage.", "Daily Meridian", "2026-03-02T12:00:00Z"),
        article("z", "", "A short note without a headline about a chess tournament in Fenwick.", "Metro Wire", "2026-03-09T12:00:00Z"),
    ]


def test_corpus_returns_linked_records(encoder):
    arts = _articles()
    result = compare_corpus(arts, {a.id: ArticleAnalysis(a.id) for a in arts}, Settings(), encoder=encoder)
    assert isinstance(result, Comparison)
    flood = next(s for s in result.stories if "a" in s.article_ids)
    assert set(flood.article_ids) == {"a", "b", "c"} and result.story(flood.id) is flood
    assert flood.evidence["derived"]["b"]["from"] == "a"
    assert {c.article_id for c in result.headline_checks} == {"a", "b", "c"}  # "z" has no headline
    assert all(c.stance in STANCES and c.evidence["best_sentences"] for c in result.headline_checks)
    assert {p.outlet for p in result.outlet_profiles} == {"Harbor Times", "Wire Echo", "Daily Meridian", "Metro Wire"}
    assert all(l.story_id == flood.id for l in result.claim_links)
    assert set(flood.evidence["summary"]) == {"agreed", "disputed", "unique", "speculation"}
    pickle.loads(pickle.dumps(result))  # Ray ships results between processes
    assert to_dict(result.stories[0])["id"]


def test_corpus_incremental_keeps_story_ids(encoder):
    arts = _articles()
    analyses = {a.id: ArticleAnalysis(a.id) for a in arts}
    first = compare_corpus(arts[:2], analyses, Settings(), encoder=encoder)
    second = compare_corpus(arts, analyses, Settings(), previous=first.stories, encoder=encoder)
    before = {s.id: s.article_ids for s in first.stories}
    after = {s.id: s.article_ids for s in second.stories}
    assert set(before) <= set(after)
    grown = next(sid for sid in before if "a" in before[sid])
    assert after[grown][:2] == before[grown] and "c" in after[grown]


def test_corpus_leaves_out_a_previous_story_with_nothing_compared(encoder):
    arts = _articles()
    analyses = {a.id: ArticleAnalysis(a.id) for a in arts}
    first = compare_corpus(arts[:3], analyses, Settings(), encoder=encoder)
    assert [s.article_ids for s in first.stories] == [("a", "b", "c")]
    # Only the chess note is compared: the flood story has no article in it and none joins it.
    second = compare_corpus(arts[3:], analyses, Settings(), previous=first.stories, encoder=encoder)
    assert [s.article_ids for s in second.stories] == [("z",)]
    story_ids = {s.id for s in second.stories}
    assert all(l.story_id in story_ids for l in second.claim_links)
    assert all(v.story_id in story_ids for v in second.verdicts)
    assert {p.outlet for p in second.outlet_profiles} == {"Metro Wire"}


def test_corpus_empty_input(encoder):
    result = compare_corpus([], {}, Settings(), encoder=encoder)
    assert result == Comparison()


def test_corpus_defers_full_collections_and_restores_the_thresholds(encoder, monkeypatch):
    import gc

    from newsprism.compare import corpus

    seen = []
    real_views = corpus.build_views

    def views_seeing_thresholds(*args):
        seen.append(gc.get_threshold())
        return real_views(*args)

    monkeypatch.setattr(corpus, "build_views", views_seeing_thresholds)
    before = gc.get_threshold()
    arts = _articles()
    compare_corpus(arts, {a.id: ArticleAnalysis(a.id) for a in arts}, Settings(), encoder=encoder)
    assert seen[0][:2] == before[:2] and seen[0][2] > 10**6  # young generations collected as before
    assert gc.get_threshold() == before


def test_corpus_restores_the_thresholds_when_it_fails(monkeypatch):
    import gc

    import pytest

    from newsprism.compare import corpus

    def failing(*args):
        raise RuntimeError("no encoder")

    monkeypatch.setattr(corpus, "build_views", failing)
    before = gc.get_threshold()
    with pytest.raises(RuntimeError):
        compare_corpus(_articles(), {}, Settings(), encoder=object())
    assert gc.get_threshold() == before


def test_corpus_links_equal_per_story_alignment(encoder):
    from newsprism.compare.align import align_story
    from newsprism.compare.settings import compare_settings
    from newsprism.compare.stance import load_stance_model
    from newsprism.compare.views import build_views

    arts = _articles()
    analyses = {a.id: ArticleAnalysis(a.id) for a in arts}
    result = compare_corpus(arts, analyses, Settings(), encoder=encoder)
    views = {v.id: v for v in build_views(arts, analyses, load_stance_model()["idf"], encoder)}
    story = next(s for s in result.stories if "a" in s.article_ids)
    members = sorted((views[a] for a in story.article_ids), key=lambda v: v.article.published)
    _, alone = align_story(story.id, members, load_stance_model()["idf"], compare_settings(None), encoder)
    assert alone and alone == [l for l in result.claim_links if l.story_id == story.id]


def test_corpus_overlapping_comparisons_restore_the_thresholds_once_all_are_done():
    import gc

    from newsprism.compare.corpus import _full_collections_deferred

    before = gc.get_threshold()
    first, second = _full_collections_deferred(), _full_collections_deferred()
    first.__enter__()
    second.__enter__()  # another thread's comparison starts while the first runs
    first.__exit__(None, None, None)
    assert gc.get_threshold()[2] > 10**6  # the second one still runs
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before
