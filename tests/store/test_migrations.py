"""Schema migrations: from an empty file, from v1, idempotent, refusing newer schemas."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from newsprism.errors import StoreError
from newsprism.records import Article
from newsprism.store import Store
from newsprism.store.migrations import MIGRATIONS, apply_migrations, latest_version, run_script, schema_version

TABLES = {"articles", "failures", "analyses", "entities", "statements", "claims", "events", "stories",
          "story_articles", "claim_links", "verdicts", "headline_checks", "outlets", "articles_fts"}


def _tables(path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _raw(path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_migrations_create_every_table_from_an_empty_file(tmp_path):
    path = tmp_path / "new.db"
    with Store.open(path) as store:
        assert store.version == latest_version()
    assert TABLES <= _tables(path)


def test_migrations_are_numbered_without_gaps():
    assert sorted(MIGRATIONS) == list(range(1, latest_version() + 1))


def test_migrations_applying_twice_changes_nothing(tmp_path):
    conn = _raw(tmp_path / "twice.db")
    assert apply_migrations(conn) == list(range(1, latest_version() + 1))
    schema = conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    assert apply_migrations(conn) == []
    assert conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema


def test_migrations_upgrade_a_v1_database_and_index_its_articles(tmp_path):
    path = tmp_path / "v1.db"
    conn = _raw(path)
    assert apply_migrations(conn, target=1) == [1]
    conn.execute("INSERT INTO articles (id, text, headline) VALUES ('a1b2c3d4', 'Harbour strike\n\nDockers walked out.', "
                 "'Harbour strike')")
    conn.close()
    assert "stories" not in _tables(path)
    with Store.open(path) as store:
        assert store.version == latest_version()
        assert [hit.article_id for hit in store.search("dockers")] == ["a1b2c3d4"]
        assert store.article("a1b2c3").headline == "Harbour strike"


def test_migrations_refuse_a_database_from_a_newer_newsprism(tmp_path):
    path = tmp_path / "future.db"
    _raw(path).execute(f"PRAGMA user_version = {latest_version() + 1}")
    with pytest.raises(StoreError, match="newer"):
        Store.open(path)


def test_migrations_failed_migration_leaves_previous_version(tmp_path, monkeypatch):
    conn = _raw(tmp_path / "broken.db")
    apply_migrations(conn, target=1)

    def broken(c):
        c.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    monkeypatch.setitem(MIGRATIONS, 2, broken)
    with pytest.raises(RuntimeError):
        apply_migrations(conn)
    assert schema_version(conn) == 1
    assert "half_done" not in _tables(tmp_path / "broken.db")


def test_run_script_rejects_an_unfinished_statement():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    with pytest.raises(StoreError, match="incomplete"):
        run_script(conn, "CREATE TABLE t (x);\nCREATE TABLE u (y)")


def test_readonly_open_refuses_an_old_schema(tmp_path):
    path = tmp_path / "old.db"
    apply_migrations(_raw(path), target=2)
    with pytest.raises(StoreError, match="upgrading"):
        Store.open(path, readonly=True)
    Store.open(path).close()
    with Store.open(path, readonly=True) as store:
        assert store.counts()["articles"] == 0
        with pytest.raises(StoreError):
            store.add_articles([Article(id="x", text="y")])


def test_migrations_concurrent_openers_of_a_new_file_all_succeed(tmp_path):
    path = tmp_path / "race.db"
    barrier = threading.Barrier(4)
    versions: list[int] = []

    def open_once():
        barrier.wait()
        with Store.open(path) as store:
            versions.append(store.version)

    threads = [threading.Thread(target=open_once) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert versions == [latest_version()] * 4


def test_the_upgrade_the_readonly_error_names_upgrades_the_file(tmp_path):
    from typer.testing import CliRunner

    from newsprism.cli import app

    path = tmp_path / "old.db"
    apply_migrations(_raw(path), target=2)
    with pytest.raises(StoreError, match="newsprism db optimize --db FILE") as refused:
        Store.open(path, readonly=True)
    assert refused.value.path == str(path)  # the CLI prints it beside the reason
    result = CliRunner().invoke(app, ["db", "optimize", "--db", str(path)])
    assert result.exit_code == 0, result.output
    with Store.open(path, readonly=True) as store:
        assert store.counts()["articles"] == 0
