"""The Store: pragmas, upserts, atomic analyses, resume, comparisons and lookups."""

from __future__ import annotations

import math
import sqlite3

import pytest

from newsprism.errors import NotFoundError, StoreError
from newsprism.records import (
    Actor,
    Article,
    ArticleAnalysis,
    Claim,
    ClaimLink,
    ClaimRef,
    Entity,
    Event,
    HeadlineCheck,
    IngestFailure,
    OutletProfile,
    Span,
    Statement,
    Story,
    Verdict,
)
from newsprism.store import Store

TEXT = "Port talks stall\n\nThe Harbour Minister said on Monday that talks with the union might resume."


def _article(article_id="c0ffee01aa", text=TEXT, outlet="Gull Gazette", **extra) -> Article:
    headline = text.split("\n\n")[0]
    return Article(id=article_id, text=text, headline=headline, outlet=outlet, body_start=len(headline) + 2, **extra)


def _find(words: str) -> Span:
    start = TEXT.index(words)
    return Span.of(TEXT, start, start + len(words))


def _analysis(article_id="c0ffee01aa", score=2.0) -> ArticleAnalysis:
    minister = _find("The Harbour Minister")
    said = _find("said")
    content = Span.of(TEXT, TEXT.index("on Monday"), len(TEXT))
    return ArticleAnalysis(
        article_id=article_id,
        entities=(Entity(minister, "PERSON", canonical_id="harbour-minister", role="Harbour Minister"),),
        statements=(Statement(said, content, "indirect", "named-person", speaker=minister),),
        claims=(Claim(content, holder="Harbour Minister", modality="speculative", position="body", cues=(_find("might"),)),),
        events=(Event(Span.of(TEXT, 18, len(TEXT)), "CONSULT", actors=(Actor("GOV"),), recipients=(Actor("LAB"),), score=score),),
        sentences=(Span.of(TEXT, 0, 16), Span.of(TEXT, 18, len(TEXT))),
        pipeline="test-pipeline",
    )


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "news.db") as opened:
        yield opened


def test_db_uses_wal_and_foreign_keys(store):
    assert store.journal_mode == "wal"
    assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_db_query_reads_and_refuses_writes(store):
    store.add_articles([_article(), _article("c0ffee02bb", outlet="Harbour Herald")])
    rows = store.query("SELECT outlet FROM articles WHERE outlet != ? ORDER BY outlet", ("x",)).fetchall()
    assert rows == [("Gull Gazette",), ("Harbour Herald",)]
    assert store.query("WITH o AS (SELECT outlet FROM articles) SELECT count(*) FROM o").fetchone() == (2,)
    for sql in ("DELETE FROM articles", "  drop table articles", "PRAGMA user_version = 0"):
        with pytest.raises(StoreError, match="SELECT statements only"):
            store.query(sql)
    with pytest.raises(StoreError, match="no such table"):
        store.query("SELECT * FROM nowhere")
    with pytest.raises(StoreError, match="readonly"):
        store.query("WITH doomed AS (SELECT id FROM articles) DELETE FROM articles WHERE id IN doomed")
    assert store.query("SELECT count(*) FROM articles").fetchone() == (2,)


def test_db_query_reads_compound_queries_to_the_end(store):
    # a UNION or an OR over two indexes used to abort ("abort due to ROLLBACK") once
    # query_only was switched off under the still-running statement
    store.add_articles([_article(f"c0ffee{i:04d}", outlet=f"Outlet {i % 7}") for i in range(300)])
    union = store.query("SELECT id FROM articles UNION ALL SELECT outlet FROM articles")
    assert len(list(union)) == 600
    either = store.query("SELECT id FROM articles WHERE id = ? OR outlet = ?", ("c0ffee0001", "Outlet 3"))
    assert len(either.fetchall()) == 1 + len([i for i in range(300) if i % 7 == 3 and i != 1])
    rows = store.query("SELECT id FROM articles ORDER BY id LIMIT 3")
    assert rows.fetchone() == ("c0ffee0000",) and rows.fetchall() == [("c0ffee0001",), ("c0ffee0002",)]
    assert rows.fetchone() is None
    store.add_articles([_article("c0ffee9999")])  # the connection is writable again afterwards
    assert store.query("SELECT count(*) FROM articles").fetchone() == (301,)


def test_db_open_rejects_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database " * 100)
    with pytest.raises(StoreError) as error:
        Store.open(path)
    assert error.value.path == str(path)


def test_db_add_articles_is_idempotent(store):
    articles = [_article(), _article("beef0002bb", TEXT + " More.")]
    assert store.add_articles(articles) == 2
    assert store.add_articles(articles) == 0
    assert store.add_articles(iter(articles + [_article("d00d0003cc", "Other text")])) == 1
    assert store.counts()["articles"] == 3


def test_db_add_articles_keeps_first_ingested_at_but_updates_metadata(store):
    store.add_articles([_article(ingested_at="2026-01-01T00:00:00")])
    store.add_articles([_article(ingested_at="2026-02-02T00:00:00", byline="R. Tern")])
    stored = store.article("c0ffee01aa")
    assert (stored.ingested_at, stored.byline) == ("2026-01-01T00:00:00", "R. Tern")


def test_db_changed_text_drops_the_stale_analysis(store):
    store.add_articles([_article()])
    store.save_analysis(_analysis())
    store.add_articles([_article(outlet="Other Outlet")])
    assert store.analysed_ids() == {"c0ffee01aa"}  # metadata change keeps offsets valid
    store.add_articles([_article(text=TEXT.replace("Monday", "Friday"))])
    assert store.analysed_ids() == set()
    assert [hit.article_id for hit in store.search("friday")] == ["c0ffee01aa"]
    assert store.search("monday") == []


def test_db_save_analysis_round_trips_and_replaces(store):
    store.add_articles([_article()])
    store.save_analysis(_analysis(score=2.0))
    store.save_analysis(_analysis(score=-4.0))
    assert store.analysis("c0ffee01aa") == _analysis(score=-4.0)
    assert store.counts()["events"] == 1


def test_db_save_analysis_is_atomic(store):
    store.add_articles([_article()])
    store.save_analysis(_analysis(score=2.0))
    # entities and statements serialise fine; the NaN score of the event cannot be JSON
    with pytest.raises(StoreError, match="Event 0"):
        store.save_analysis(_analysis(score=math.nan))
    assert store.analysis("c0ffee01aa") == _analysis(score=2.0)
    assert store.counts()["entities"] == 1


def test_db_save_analysis_atomic_for_a_first_analysis(store):
    store.add_articles([_article()])
    broken = ArticleAnalysis(article_id="c0ffee01aa", entities=_analysis().entities,
                             claims=(Claim(Span.of(TEXT, 0, 4), holder={"not", "json"}, modality="asserted", position="headline"),))
    with pytest.raises(StoreError, match="Claim 0"):
        store.save_analysis(broken)
    counts = store.counts()
    assert (counts["analyses"], counts["entities"], counts["claims"]) == (0, 0, 0)


def test_db_save_analysis_needs_a_stored_article(store):
    with pytest.raises(StoreError, match="no article"):
        store.save_analysis(_analysis("unknown"))


def test_db_pending_articles_resume_an_interrupted_run(store):
    ids = [f"{n:02d}ab34cd" for n in range(5)]
    store.add_articles(_article(i, f"{TEXT} {i}") for i in ids)
    for article_id in ids[:2]:
        store.save_analysis(ArticleAnalysis(article_id=article_id))
    assert [a.id for a in store.pending_articles()] == ids[2:]
    assert store.analysed_ids() == set(ids[:2])


def test_db_pending_articles_can_be_saved_while_streaming(store, monkeypatch):
    monkeypatch.setattr("newsprism.store.db.PAGE", 2)
    store.add_articles(_article(f"{n:02d}ab34cd", f"{TEXT} {n}") for n in range(7))
    done = [article.id for article in store.pending_articles() if not store.save_analysis(ArticleAnalysis(article.id))]
    assert len(done) == 7 and store.counts()["analyses"] == 7


def test_db_analysis_of_an_unanalysed_article_is_empty(store):
    store.add_articles([_article()])
    assert store.analysis("c0ffee") == ArticleAnalysis(article_id="c0ffee01aa")
    with pytest.raises(NotFoundError):
        store.analysis("nonexistent-id")


@pytest.mark.parametrize("key, error", [
    ("c0ffee01aa", None), ("c0ffee", None), ("c0ffe", "at least 6"), ("deadbeef", "no article"), ("abcdef", "ambiguous"),
])
def test_db_article_lookup_by_id_or_prefix(store, key, error):
    store.add_articles([_article(), _article("abcdef1111", "One"), _article("abcdef2222", "Two")])
    if error is None:
        assert store.article(key).id == "c0ffee01aa"
    else:
        with pytest.raises(NotFoundError, match=error):
            store.article(key)


def test_db_add_failure_keeps_history_without_duplicates(store):
    first = IngestFailure("feeds/a.xml", "not a feed", "NP101", at="2026-01-01")
    assert store.add_failure(first) is True
    assert store.add_failure(IngestFailure("feeds/a.xml", "not a feed", "NP101", at="2026-01-02")) is False
    assert store.add_failure(IngestFailure("feeds/a.xml", "empty file", "NP102")) is True
    assert [(f.reason, f.at) for f in store.failures()][0] == ("not a feed", "2026-01-02")
    assert len(store.failures()) == 2


def _comparison(ids):
    span = Span.of(TEXT, 0, 16)
    story = Story("story-0001", "Port talks", tuple(ids), "2026-03-01", "2026-03-02", ("harbour-minister",), {"why": "shared"})
    link = ClaimLink("story-0001", ClaimRef(ids[0], span), ClaimRef(ids[1], span), "same", 0.9, {"cosine": 0.9})
    verdict = Verdict("story-0001", 0, "corroborated", "Port talks stall", (ClaimRef(ids[0], span),), ("Gull Gazette",))
    return [story], [link], [verdict], [HeadlineCheck(ids[0], "agree", 0.8)], [OutletProfile("Gull Gazette", 2, 0.5)]


def test_db_save_comparison_replaces_everything(store):
    ids = ["c0ffee01aa", "beef0002bb"]
    store.add_articles([_article(ids[0]), _article(ids[1], TEXT + "!")])
    store.save_comparison(*_comparison(ids))
    store.save_comparison(*_comparison(ids))
    assert [s.id for s in store.stories()] == ["story-0001"]
    assert store.story("story-").article_ids == tuple(ids)
    assert store.stories()[0].evidence == {"why": "shared"}
    assert len(store.claim_links("story-0001")) == 1 and store.claim_links("other") == []
    assert store.verdicts()[0].outlets == ("Gull Gazette",)
    assert store.story_ids_of(ids[1]) == ["story-0001"]
    store.save_comparison([], [], [], [], [])
    assert all(store.counts()[t] == 0 for t in ("stories", "story_articles", "claim_links", "verdicts", "outlets"))


def test_db_save_comparison_is_atomic(store):
    ids = ["c0ffee01aa", "beef0002bb"]
    store.add_articles([_article(ids[0]), _article(ids[1], TEXT + "!")])
    store.save_comparison(*_comparison(ids))
    with pytest.raises(StoreError, match="unknown article"):
        store.save_comparison(*_comparison([ids[0], "missing-article"]))
    assert store.story("story-0001").article_ids == tuple(ids)
    assert store.counts()["outlets"] == 1


def test_db_second_writer_gets_a_clear_error_while_readers_go_on(tmp_path):
    path = tmp_path / "busy.db"
    with Store.open(path) as store:
        store.add_articles([_article()])
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        with Store.open(path, busy_timeout=0.05) as writer:
            assert writer.article("c0ffee01aa").outlet == "Gull Gazette"  # WAL: reading still works
            with pytest.raises(StoreError, match="another process"):
                writer.add_articles([_article("beef0002bb", "Other")])
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_db_rows_rejects_unknown_kind(store):
    with pytest.raises(StoreError, match="unknown record type"):
        list(store.rows("tweets"))
