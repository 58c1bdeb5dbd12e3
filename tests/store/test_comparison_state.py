"""What the store keeps for the comparison stamp: the stamp beside the results, and a content key per analysis."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newsprism.errors import StoreError
from newsprism.records import Article, ArticleAnalysis, Claim, Span, Story
from newsprism.store import Store
from newsprism.store.migrations import apply_migrations

from .strategies import analysed_articles

TEXT = "Ferry fares rise\n\nThe Kessel ferry company said fares would rise by a tenth in April."


def _article(article_id: str = "feed0001aa", text: str = TEXT) -> Article:
    headline = text.split("\n\n")[0]
    return Article(id=article_id, text=text, headline=headline, outlet="Kessel Courier", body_start=len(headline) + 2)


def _analysis(article_id: str = "feed0001aa", holder: str = "Kessel ferry company") -> ArticleAnalysis:
    span = Span.of(TEXT, TEXT.index("fares would"), len(TEXT) - 1)
    return ArticleAnalysis(article_id=article_id, claims=(Claim(span, holder=holder, modality="asserted",
                                                                position="body"),),
                           sentences=(Span.of(TEXT, 18, len(TEXT)),), pipeline="test-pipeline")


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "state.db") as opened:
        opened.add_articles([_article(), _article("feed0002bb", TEXT.replace("April", "May"))])
        yield opened


def _keys(store: Store) -> dict[str, str]:
    return {article.id: key for article, key in store.comparison_inputs()}


def test_comparison_stamp_is_saved_with_the_results_and_cleared_by_a_save_without_one(store):
    assert store.comparison_stamp() == ""
    store.save_comparison([Story("s1", "Ferry fares", ("feed0001aa",))], stamp="abc123")
    assert store.comparison_stamp() == "abc123"
    store.save_comparison([Story("s1", "Ferry fares", ("feed0001aa",))])
    assert store.comparison_stamp() == ""


def test_failed_comparison_save_keeps_the_old_results_and_stamp(store):
    store.save_comparison([Story("s1", "Ferry fares", ("feed0001aa",))], stamp="old")
    with pytest.raises(StoreError, match="unknown article"):
        store.save_comparison([Story("s2", "Gone", ("no-such-article",))], stamp="new")
    assert store.comparison_stamp() == "old" and [s.id for s in store.stories()] == ["s1"]


def test_comparison_inputs_list_articles_in_store_order_with_their_analysis_key(store):
    assert list(_keys(store).values()) == ["", ""]
    store.save_analysis(_analysis("feed0002bb"))
    inputs = list(store.comparison_inputs())
    assert [a.id for a, _ in inputs] == ["feed0001aa", "feed0002bb"]
    assert inputs[0][0] == store.article("feed0001aa") and inputs[0][1] == ""
    assert inputs[1][1].startswith("test-pipeline\x1f") and len(inputs[1][1]) == len("test-pipeline\x1f") + 40


def test_analysis_key_follows_the_content_not_the_time(store):
    store.save_analysis(_analysis(), analyzed_at="2026-01-01T00:00:00+00:00")
    first = _keys(store)["feed0001aa"]
    store.save_analysis(_analysis(), analyzed_at="2026-02-01T00:00:00+00:00")
    assert _keys(store)["feed0001aa"] == first  # saved again, same content
    store.save_analysis(_analysis(holder="Kessel port office"), analyzed_at="2026-02-01T00:00:00+00:00")
    assert _keys(store)["feed0001aa"] != first  # same pipeline and time, other content


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pair=analysed_articles(), other=st.sampled_from(["claims", "entities", "events", "statements", "sentences"]))
def test_analysis_key_changes_whenever_a_stored_record_does(tmp_path_factory, pair, other):
    article, analysis = pair
    with Store.open(tmp_path_factory.mktemp("keys") / "k.db") as store:
        store.add_articles([article])
        store.save_analysis(analysis)
        key = _keys(store)[article.id]
        store.save_analysis(store.analysis(article.id))  # what was stored, saved again
        assert _keys(store)[article.id] == key
        records = getattr(analysis, other)
        assume(records)
        store.save_analysis(dataclasses.replace(analysis, **{other: records[1:]}))  # one record fewer
        assert _keys(store)[article.id] != key


def test_analyses_from_before_content_hashes_are_keyed_by_pipeline_and_time(tmp_path):
    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path, isolation_level=None)
    apply_migrations(conn, target=3)
    conn.execute("INSERT INTO articles (id, text) VALUES ('feed0001aa', ?)", (TEXT,))
    conn.execute("INSERT INTO analyses (article_id, pipeline, analyzed_at) VALUES ('feed0001aa', 'old', '2026-01-01')")
    conn.close()
    with Store.open(path) as store:
        assert store.version >= 4 and store.comparison_stamp() == ""
        assert _keys(store) == {"feed0001aa": "old\x1f2026-01-01"}
