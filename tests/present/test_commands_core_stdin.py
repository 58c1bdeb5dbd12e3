"""`newsprism ingest -` and `newsprism run -`: articles piped in on standard input, through the real CLI."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

from typer.testing import CliRunner

from newsprism.cli import app

runner = CliRunner()
STORY = ("Kelvanport tram depot reopens after repairs\n"
         "By Ilse Marren\n\n"
         "The Kelvanport tram depot reopened on Tuesday after a month of repairs, the city transport office said. "
         "\"Every line runs on time again,\" said Doran Vell, the office's director, adding that two new trams "
         "would arrive in Ostravia next spring.\n")
WIRE = [
    {"text": "The Ostrava Bay ferry resumed service on Monday after the storm, the operator said.", "outlet": "Bay Wire"},
    {"text": "The Ostrava Bay ferry added a night crossing on Tuesday.", "headline": "Night ferry added"},
]


def rows(db, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as con:
        return con.execute(sql).fetchall()


def test_commands_core_ingest_dash_reads_stdin_and_is_idempotent(tmp_path):
    db = tmp_path / "np.db"
    first = runner.invoke(app, ["ingest", "-", "--db", str(db), "--outlet", "Kelvanport Ledger"], input=STORY)
    again = runner.invoke(app, ["ingest", "-", "--db", str(db), "--outlet", "Kelvanport Ledger"], input=STORY)
    assert first.exit_code == 0, first.output
    assert "1 articles read, 1 new, 0 failed" in first.output
    assert "1 articles read, 0 new" in again.output
    assert rows(db, "select headline, outlet, source_path from articles") == [
        ("Kelvanport tram depot reopens after repairs", "Kelvanport Ledger", "<stdin>")]


def test_commands_core_ingest_jsonl_with_a_bad_line_goes_on_and_records_it(tmp_path):
    db = tmp_path / "np.db"
    lines = [json.dumps(WIRE[0]), "{broken", json.dumps(WIRE[1])]
    result = runner.invoke(app, ["ingest", "-", "--format", "jsonl", "--db", str(db)], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    assert "<stdin>:2: [NP108] invalid JSON" in result.output
    assert sorted(rows(db, "select source_path from articles")) == [("<stdin>:1",), ("<stdin>:3",)]
    assert rows(db, "select path, code from failures") == [("<stdin>:2", "NP108")]


def test_commands_core_ingest_empty_stdin_is_one_line_and_exit_1(tmp_path):
    result = runner.invoke(app, ["ingest", "-", "--db", str(tmp_path / "np.db")], input="")
    assert result.exit_code == 1
    assert "<stdin>: [NP104] standard input is empty" in result.output
    assert "Traceback" not in result.output


def test_commands_core_ingest_stdin_over_max_bytes(tmp_path):
    config = tmp_path / "newsprism.toml"
    config.write_text("max_bytes = 100\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", "-", "--db", str(tmp_path / "np.db"), "--config", str(config)], input=STORY)
    assert result.exit_code == 1
    assert "<stdin>: [NP103] standard input is larger than the 100 bytes limit" in result.output


def test_commands_core_format_is_checked(tmp_path):
    unknown = runner.invoke(app, ["ingest", "-", "--format", "yaml", "--db", str(tmp_path / "np.db")], input=STORY)
    without_dash = runner.invoke(app, ["ingest", str(tmp_path), "--format", "html", "--db", str(tmp_path / "np.db")])
    assert unknown.exit_code == 2 and "unknown input format 'yaml'" in unknown.output
    assert without_dash.exit_code == 2 and "applies to standard input" in without_dash.output
    assert not (tmp_path / "np.db").exists()  # refused before the database is created


def test_commands_core_run_dash_end_to_end(tmp_path):
    db = tmp_path / "news.db"
    result = runner.invoke(app, ["run", "-", "--db", str(db), "--format", "text", "--quiet"], input=STORY)
    assert result.exit_code == 0, result.output
    ((article_id, source_path),) = rows(db, "select id, source_path from articles")
    assert source_path == "<stdin>"
    shown = runner.invoke(app, ["show", "article", article_id, "--db", str(db), "--json"])
    analysis = json.loads(shown.output)["analysis"]
    assert any(s["speaker_name"] == "Doran Vell" for s in analysis["statements"])


def test_commands_core_ingest_reads_a_real_pipe(tmp_path):
    db = tmp_path / "np.db"
    piped = "".join(json.dumps(record) + "\n" for record in WIRE).encode()
    cmd = [sys.executable, "-m", "newsprism", "ingest", "-", "-", "--db", str(db), "--quiet"]
    done = subprocess.run(cmd, input=piped, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    assert sorted(rows(db, "select source_path, outlet from articles")) == [("<stdin>:1", "Bay Wire"), ("<stdin>:2", "")]
