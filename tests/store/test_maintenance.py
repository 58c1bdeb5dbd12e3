"""Database maintenance on real files: info, check (sound and damaged), optimize and vacuum."""

from __future__ import annotations

import os
import sqlite3

import pytest

from newsprism import __version__
from newsprism.errors import NotFoundError, StoreError
from newsprism.records import Article, ArticleAnalysis
from newsprism.store import Store
from newsprism.store.maintenance import (check_database, database_info, open_existing_database, optimize_database,
                                         table_names)
from newsprism.store.migrations import latest_version

from .test_db import _analysis, _article


def _filler(n: int) -> Article:
    headline = f"Ferry timetable {n} revised"
    text = headline + "\n\n" + f"The Gull Island ferry office posted timetable number {n} on its board. " * 20
    return Article(id=f"f111e{n:06d}", text=text, headline=headline, outlet="Gull Gazette", body_start=len(headline) + 2)


@pytest.fixture
def db_path(tmp_path):
    """A closed database file: two articles, one analysed by this newsprism, one by an older one, plus fillers."""
    path = tmp_path / "news.db"
    with Store.open(path) as store:
        store.add_articles([_article(), _article("c0ffee02bb", outlet="Harbour Herald"),
                            _article("c0ffee03cc", outlet="Tern Times")])
        store.save_analysis(_analysis(), analyzed_at="2026-11-20T10:00:00+00:00")
        old = ArticleAnalysis(article_id="c0ffee02bb", pipeline="newsprism 0.0.9; en_core_web_sm 3.7.0; newsprism_claims")
        store.save_analysis(old, analyzed_at="2026-10-01T10:00:00+00:00")
    return path


def test_maintenance_info_counts_match_what_was_stored(db_path):
    with open_existing_database(db_path) as store:
        info = database_info(store)
        expected = store.counts()
    assert info["tables"]["articles"] == 3 and info["tables"]["analyses"] == 2
    assert info["tables"]["statements"] == info["tables"]["claims"] == info["tables"]["events"] == 1
    assert {name: info["tables"][name] for name in expected} == expected
    assert "articles_fts" not in info["tables"] and not any(t.startswith("articles_fts_") for t in info["tables"])
    assert info["articles_without_analysis"] == 1
    assert info["schema_version"] == latest_version() and info["journal_mode"] == "wal"
    assert info["file_bytes"] == os.path.getsize(db_path) and info["newsprism_version"] == __version__


def test_maintenance_info_lists_pipeline_stamps_oldest_first(db_path):
    with open_existing_database(db_path) as store:
        stamps = database_info(store)["pipelines"]
    assert [s["pipeline"] for s in stamps] == ["newsprism 0.0.9; en_core_web_sm 3.7.0; newsprism_claims",
                                               "test-pipeline"]
    assert [s["analyses"] for s in stamps] == [1, 1] and [s["latest"] for s in stamps] == [False, True]
    assert stamps[0]["newsprism_version"] == "0.0.9" and not stamps[0]["this_version"]
    assert stamps[0]["first_analyzed"] == "2026-10-01T10:00:00+00:00"


def test_maintenance_tables_are_read_from_the_schema(db_path):
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('kept by hand')")
    conn.close()
    with open_existing_database(db_path) as store:
        assert "notes" in table_names(store._conn)
        assert database_info(store)["tables"]["notes"] == 1


def test_maintenance_check_passes_on_a_sound_file(db_path):
    with open_existing_database(db_path, readonly=False) as store:
        assert check_database(store) == []
    with open_existing_database(db_path, readonly=True) as store:
        assert check_database(store) == []


def _without_fts_triggers(db_path, sql: str) -> None:
    """Change articles behind the search index's back, the way a careless script would."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    for trigger in ("articles_fts_insert", "articles_fts_delete", "articles_fts_update"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute(sql)
    conn.close()


@pytest.mark.parametrize("readonly", [False, True])
def test_maintenance_check_finds_a_stale_search_index(db_path, readonly):
    _without_fts_triggers(db_path, "DELETE FROM articles WHERE id = 'c0ffee03cc'")
    with open_existing_database(db_path, readonly=readonly) as store:
        problems = check_database(store)
    assert len(problems) == 1 and problems[0].startswith("search index:") and "articles_fts" in problems[0]


def test_maintenance_check_finds_articles_missing_from_the_index_read_only(db_path):
    _without_fts_triggers(db_path, "INSERT INTO articles (id, text) VALUES ('c0ffee04dd', 'Unindexed\n\nbody')")
    with open_existing_database(db_path, readonly=True) as store:
        assert check_database(store) == ["search index: 1 row(s) of articles are missing from articles_fts"]


def test_maintenance_check_finds_broken_foreign_keys(db_path):
    conn = sqlite3.connect(db_path)  # foreign keys are off by default in a plain connection
    conn.execute("DELETE FROM analyses WHERE article_id = 'c0ffee01aa'")  # its claims and events stay behind
    conn.commit()
    conn.close()
    with open_existing_database(db_path) as store:
        problems = check_database(store)
    assert problems and all(p.startswith("foreign keys: ") for p in problems)
    assert any("of claims point to missing analyses" in p for p in problems)


def test_maintenance_check_reports_an_old_schema(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {latest_version() - 1}")
    conn.close()
    with open_existing_database(db_path) as store:
        problems = check_database(store)
    assert len(problems) == 1 and problems[0].startswith(f"schema: version {latest_version() - 1} is older")


def _big_file(tmp_path, articles: int = 60):
    path = tmp_path / "big.db"
    with Store.open(path) as store:
        store.add_articles(_filler(n) for n in range(articles))
    return path


def test_maintenance_check_reports_a_damaged_page_one_line_each(tmp_path):
    path = _big_file(tmp_path)
    with sqlite3.connect(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size:(root - 1) * page_size + 64] = b"\x07" * 64  # scribble over the table's page header
    path.write_bytes(bytes(data))
    with open_existing_database(path) as store:
        problems = check_database(store)
    integrity = [p for p in problems if p.startswith("integrity:")]
    assert integrity and f"Page {root}" in integrity[0]
    assert all("\n" not in p and "***" not in p for p in problems)


def test_maintenance_truncated_file_is_a_clear_error(tmp_path):
    path = _big_file(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(StoreError, match="not a readable SQLite database: database disk image is malformed"):
        open_existing_database(path)


def test_maintenance_open_refuses_missing_and_non_database_files(tmp_path):
    with pytest.raises(NotFoundError, match="database not found"):
        open_existing_database(tmp_path / "none.db")
    assert not (tmp_path / "none.db").exists()
    (tmp_path / "notes.db").write_text("just some notes, not SQLite\n" * 200)
    with pytest.raises(StoreError, match="not a readable SQLite database"):
        open_existing_database(tmp_path / "notes.db")


def test_maintenance_optimize_keeps_every_row(db_path):
    with Store.open(db_path) as store:
        before = database_info(store)["tables"]
        result = optimize_database(store)
        assert database_info(store)["tables"] == before
        assert [hit.article_id for hit in store.search("union")] != []
        assert check_database(store) == []
    assert result["search_indexes"] == ["articles_fts"] and not result["vacuumed"]
    with sqlite3.connect(db_path) as conn:  # ANALYZE left the planner its statistics
        assert conn.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0
    conn.close()


def test_maintenance_vacuum_shrinks_a_file_after_many_deletions(tmp_path):
    path = _big_file(tmp_path, 300)
    with Store.open(path) as store:
        store._conn.execute("DELETE FROM articles WHERE seq > 10")
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        result = optimize_database(store, vacuum=True)
        assert database_info(store)["tables"]["articles"] == 10 and check_database(store) == []
    assert result["vacuumed"] and result["bytes_after"] < result["bytes_before"] / 2
    assert result["bytes_after"] == os.path.getsize(path)


def test_maintenance_optimize_refuses_a_read_only_database(db_path):
    with open_existing_database(db_path, readonly=True) as store:
        assert database_info(store)["tables"]["articles"] == 3
        with pytest.raises(StoreError, match="cannot optimize the database"):
            optimize_database(store)


def test_maintenance_vacuum_refuses_an_open_transaction(db_path):
    from newsprism.store.maintenance import vacuum_database

    with Store.open(db_path) as store:
        store._conn.execute("BEGIN")
        with pytest.raises(StoreError, match="inside a transaction"):
            vacuum_database(store)
        store._conn.execute("ROLLBACK")
