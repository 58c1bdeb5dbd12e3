"""`newsprism db info|check|optimize` on real database files."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.records import Article, ArticleAnalysis
from newsprism.store import Store
from newsprism.store.migrations import latest_version

runner = CliRunner()


def _article(n: int) -> Article:
    headline = f"Lighthouse keeper {n} retires"
    text = headline + "\n\n" + f"Keeper {n} of the Tern Point light handed over the lamp room keys today. " * 12
    return Article(id=f"1a7e{n:08d}", text=text, headline=headline, outlet="Tern Times", body_start=len(headline) + 2)


@pytest.fixture
def db_file(tmp_path):
    """Three articles, one of them analysed."""
    path = tmp_path / "corpus.db"
    with Store.open(path) as store:
        store.add_articles(_article(n) for n in range(3))
        store.save_analysis(ArticleAnalysis(article_id=_article(0).id, pipeline="newsprism 0.0.1; en_x 1.0; none"))
    return path


def test_commands_db_info_json_matches_the_store(db_file):
    result = runner.invoke(app, ["db", "info", "--db", str(db_file), "--json"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.output)
    assert info["tables"]["articles"] == 3 and info["tables"]["analyses"] == 1
    assert info["articles_without_analysis"] == 2 and info["schema_version"] == latest_version()
    assert [p["pipeline"] for p in info["pipelines"]] == ["newsprism 0.0.1; en_x 1.0; none"]


def test_commands_db_info_table_names_tables_and_pipelines(db_file):
    result = runner.invoke(app, ["db", "info", "--db", str(db_file)])
    assert result.exit_code == 0, result.output
    for words in ("rows per table", "articles", "verdicts", "newsprism 0.0.1; en_x 1.0; none", "schema version"):
        assert words in result.output


def test_commands_db_check_sound_exits_0(db_file):
    result = runner.invoke(app, ["db", "check", "--db", str(db_file)])
    assert result.exit_code == 0, result.output
    assert "sound" in result.output


def test_commands_db_check_damaged_exits_1_one_line_per_problem(db_file):
    conn = sqlite3.connect(db_file, isolation_level=None)
    conn.execute("DROP TRIGGER articles_fts_delete")
    conn.execute("DELETE FROM articles WHERE id = ?", (_article(2).id,))
    conn.execute("DELETE FROM analyses")  # foreign keys are off in a plain connection; nothing cascades...
    conn.execute("INSERT INTO claims (article_id, idx, span_start, span_end, holder, modality, position, data) "
                 "VALUES ('gone', 0, 0, 1, '', 'asserted', 'body', '{}')")  # ...and nothing refuses this
    conn.close()
    result = runner.invoke(app, ["db", "check", "--db", str(db_file)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert any("search index:" in line for line in lines)
    assert any("foreign keys: 1 row(s) of claims point to missing analyses rows" in line for line in lines)
    assert all(line.startswith(f"{db_file}: ") for line in lines)


def test_commands_db_missing_file_is_an_error_and_not_created(tmp_path):
    missing = tmp_path / "none.db"
    for command in ("info", "check", "optimize"):
        result = runner.invoke(app, ["db", command, "--db", str(missing)])
        assert result.exit_code == 2 and "NP404" in result.output and "database not found" in result.output
    assert not missing.exists()


def test_commands_db_corrupt_file_is_one_line_not_a_traceback(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all, just a fictional ferry timetable\n" * 100)
    for command in ("info", "check", "optimize"):
        result = runner.invoke(app, ["db", command, "--db", str(junk)])
        assert result.exit_code == 2 and "Traceback" not in result.output
        assert "NP400" in result.output and len(result.output.strip().splitlines()) == 1


def test_commands_db_optimize_keeps_rows_and_vacuum_reports_sizes(db_file):
    with Store.open(db_file) as store:
        before = store.counts()
    result = runner.invoke(app, ["db", "optimize", "--db", str(db_file), "--vacuum"])
    assert result.exit_code == 0, result.output
    assert "optimized and vacuumed" in result.output and "before" in result.output and "after" in result.output
    with Store.open(db_file) as store:
        assert store.counts() == before


def test_commands_db_check_on_a_read_only_file_compares_index_row_ids(db_file, monkeypatch):
    import newsprism.store.maintenance as maintenance

    monkeypatch.setattr(maintenance, "can_write", lambda path: False)  # tests run as root, so chmod proves nothing
    assert runner.invoke(app, ["db", "check", "--db", str(db_file)]).exit_code == 0
    conn = sqlite3.connect(db_file, isolation_level=None)
    conn.execute("DROP TRIGGER articles_fts_insert")
    conn.execute("INSERT INTO articles (id, text) VALUES ('1a7e99999999', 'Unindexed\n\nbody')")
    conn.close()
    result = runner.invoke(app, ["db", "check", "--db", str(db_file)])
    assert result.exit_code == 1
    assert "search index: 1 row(s) of articles are missing from articles_fts" in result.output
