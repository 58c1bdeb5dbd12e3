"""Full-text search: literal words by default, FTS5 syntax on request, clear errors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.errors import StoreError
from newsprism.records import Article
from newsprism.store import SearchHit, Store
from newsprism.store.search import fts_query

CORPUS = [
    ("a1a1a1a1", "Ferry strike ends", "Tern Times", "Dock workers at Gullport voted to end the ferry strike on Tuesday."),
    ("b2b2b2b2", "Council budget row", "Gull Gazette", "The council's budget vote was delayed; the ferry subsidy is disputed."),
    ("c3c3c3c3", "Café reopens", "Tern Times", "The harbour café reopened after the storm, its owner said."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "search.db"
    with Store.open(path) as opened:
        opened.add_articles(Article(id=i, text=f"{h}\n\n{b}", headline=h, outlet=o, body_start=len(h) + 2)
                            for i, h, o, b in CORPUS)
        yield opened


def _ids(hits) -> list[str]:
    return [hit.article_id for hit in hits]


def test_search_returns_hits_with_marked_snippets(store):
    hits = store.search("budget")
    assert hits == [SearchHit("b2b2b2b2", "Council budget row", "Gull Gazette", hits[0].snippet)]
    assert "[budget]" in hits[0].snippet


def test_search_ranks_headline_matches_first(store):
    assert _ids(store.search("ferry")) == ["a1a1a1a1", "b2b2b2b2"]


def test_search_needs_every_word_and_ignores_accents(store):
    assert _ids(store.search("ferry subsidy")) == ["b2b2b2b2"]
    assert _ids(store.search("cafe")) == ["c3c3c3c3"]


def test_search_trailing_star_is_a_prefix(store):
    assert _ids(store.search("gullp*")) == ["a1a1a1a1"]
    assert store.search("gullp") == []


def test_search_limit_caps_results(store):
    assert len(store.search("the", limit=1)) == 1
    with pytest.raises(StoreError, match="limit"):
        store.search("the", limit=0)


@pytest.mark.parametrize("query", [
    '"', 'ferry"', "AND", "ferry AND", "NEAR(ferry", "headline:ferry", "ferry OR", "(ferry", "-ferry", "^ferry",
    "ferry*strike", "*", "'; DROP TABLE articles; --", "council's", "ferry\x00strike",
])
def test_search_weird_user_syntax_never_breaks(store, query):
    try:
        hits = store.search(query)
    except StoreError as error:
        assert "no words" in error.message
        return
    assert all(isinstance(hit, SearchHit) for hit in hits)
    assert store.counts()["articles"] == len(CORPUS)


def test_search_literal_words_match_fts_keywords_as_words(store):
    assert _ids(store.search("council's")) == ["b2b2b2b2"]
    assert store.search("AND") == []  # the word "and" is not in the corpus; no syntax error


def test_search_raw_syntax_errors_become_store_errors(store):
    assert _ids(store.search("ferry NOT subsidy", raw=True)) == ["a1a1a1a1"]
    with pytest.raises(StoreError, match="bad search query"):
        store.search("NEAR(ferry", raw=True)


def test_search_empty_and_huge_queries_are_refused(store):
    with pytest.raises(StoreError, match="no words"):
        store.search("   ")
    with pytest.raises(StoreError, match="longer"):
        store.search("ferry " * 500)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_search_any_text_gives_hits_or_a_store_error(store, query):
    try:
        store.search(query)
    except StoreError:
        assert not query.replace("*", "").replace("\x00", "").split()  # only a query with no words may fail


def test_search_fts_query_quotes_every_word():
    assert fts_query('say "no" now*') == '"say" """no""" "now"*'

