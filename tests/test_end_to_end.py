"""End to end through the CLI: run, export, offsets, idempotence, bad input, resume after a kill."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.cli import app

ROOT = Path(__file__).resolve().parent.parent
RECORD_FILES = ("articles", "entities", "statements", "claims", "events", "stories", "claim_links", "outlets")

runner = CliRunner()


def write_articles(folder: Path, count: int) -> None:
    """Small plain-text articles (no front matter), each about a different fictional event."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        folder.joinpath(f"piece-{i:02d}.txt").write_text(
            f"Harbour authority in Lisbon reports record cargo month {i}\n"
            f"By Ana Duarte\n\n"
            f"Portugal's port of Lisbon handled {1000 + i} containers last month, the harbour authority said on Monday. "
            f"Officials in Brussels welcomed the figures, and the European Union said trade with Brazil rose. "
            f"\"We expect the growth to continue,\" said Marta Silva, the port's director, adding that "
            f"new cranes would arrive in spring.\n",
            encoding="utf-8",
        )


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def spans_of(record: dict):
    """Every {start, end, text} span inside a record, however deeply nested."""
    if isinstance(record, dict):
        if {"start", "end", "text"} <= set(record):
            yield record
        for value in record.values():
            yield from spans_of(value)
    elif isinstance(record, list):
        for item in record:
            yield from spans_of(item)


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plain")
    write_articles(folder / "articles", 3)
    db = folder / "np.db"
    result = runner.invoke(app, ["run", str(folder / "articles"), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def test_end_to_end_export_offsets_are_exact(corpus_db, tmp_path):
    result = runner.invoke(app, ["export", "--db", str(corpus_db), "--format", "jsonl", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in RECORD_FILES:
        assert (tmp_path / f"{name}.jsonl").exists(), name
    texts = {a["id"]: a["text"] for a in read_jsonl(tmp_path / "articles.jsonl")}
    assert len(texts) == 3
    checked = 0
    for name in RECORD_FILES[1:]:
        for record in read_jsonl(tmp_path / f"{name}.jsonl"):
            if "article_id" not in record:
                continue
            for span in spans_of(record):
                assert texts[record["article_id"]][span["start"]:span["end"]] == span["text"], (name, span)
                checked += 1
    assert checked > 10
    entities = read_jsonl(tmp_path / "entities.jsonl")
    assert {"PRT", "EU"} <= {e["canonical_id"] for e in entities}


def test_end_to_end_article_fields(corpus_db, tmp_path):
    runner.invoke(app, ["export", "--db", str(corpus_db), "--format", "jsonl", "--out", str(tmp_path)])
    article = read_jsonl(tmp_path / "articles.jsonl")[0]
    assert list(article)[:7] == ["id", "outlet", "headline", "byline", "url", "published", "text"]
    assert article["headline"].startswith("Harbour authority in Lisbon")
    assert article["byline"] == "Ana Duarte"  # "By " is dropped
    assert article["outlet"].startswith("piece-")  # no front matter, no --outlet: the file name
    assert article["text"].startswith(article["headline"] + "\n\n")


def test_end_to_end_rerun_is_idempotent(corpus_db):
    before = sqlite3.connect(corpus_db).execute("select count(*) from articles").fetchone()[0]
    folder = corpus_db.parent / "articles"
    result = runner.invoke(app, ["run", str(folder), "--db", str(corpus_db), "--quiet"])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(corpus_db) as con:
        assert con.execute("select count(*) from articles").fetchone()[0] == before
        assert con.execute("select count(*) from analyses").fetchone()[0] == before


def test_end_to_end_bad_inputs_are_reported_and_recorded(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, 1)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    db = tmp_path / "np.db"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    output = result.output
    assert "empty.txt" in output and "binary.txt" in output
    assert "Traceback" not in output
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from failures").fetchone()[0] == 2
        assert con.execute("select count(*) from articles").fetchone()[0] == 1


def test_end_to_end_nothing_ingested_exits_non_zero(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("   \n", encoding="utf-8")
    result = runner.invoke(app, ["run", str(bad), "--db", str(tmp_path / "np.db")])
    assert result.exit_code != 0
    assert "empty.txt" in result.output
    assert "Traceback" not in result.output


def test_end_to_end_missing_database_is_one_line(tmp_path):
    result = runner.invoke(app, ["show", "article", "abcdef", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "database not found" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_end_to_end_show_and_search(corpus_db):
    found = runner.invoke(app, ["search", "cranes", "--db", str(corpus_db), "--json"])
    assert found.exit_code == 0, found.output
    hits = json.loads(found.output)
    assert len(hits) == 3
    article_id = hits[0]["article_id"] if isinstance(hits[0], dict) else hits[0][0]
    shown = runner.invoke(app, ["show", "article", article_id[:8], "--db", str(corpus_db), "--json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["article"]["id"] == article_id


def test_end_to_end_resume_after_kill(tmp_path):
    """Kill `newsprism run` mid-batch; the next run skips what was saved and finishes the rest."""
    folder = tmp_path / "many"
    write_articles(folder, 40)
    db = tmp_path / "np.db"
    cmd = [sys.executable, "-m", "newsprism", "run", str(folder), "--db", str(db), "--batch-size", "1", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    saved = 0
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(db, timeout=1) as con:
                saved = con.execute("select count(*) from analyses").fetchone()[0]
        except sqlite3.Error:
            continue
        if saved >= 3:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be interrupted"
    with sqlite3.connect(db) as con:
        saved = con.execute("select count(*) from analyses").fetchone()[0]
    assert 3 <= saved < 40
    result = runner.invoke(app, ["run", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"{saved} done earlier" in result.output.replace("\n", " ")
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from analyses").fetchone()[0] == 40
        assert con.execute("select count(*) from articles").fetchone()[0] == 40
        ents = con.execute("select count(*) from entities").fetchone()[0]
        distinct = con.execute("select count(*) from (select distinct article_id, data from entities)").fetchone()[0]
        assert ents == distinct


def test_end_to_end_unknown_export_format_is_one_line(corpus_db, tmp_path):
    result = runner.invoke(app, ["export", "--db", str(corpus_db), "--format", "xml", "--out", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert "unknown export format 'xml'" in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()


def test_end_to_end_brat_export_writes_text_and_standoff(corpus_db, tmp_path):
    result = runner.invoke(app, ["export", "--db", str(corpus_db), "--format", "brat", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    anns = sorted(tmp_path.glob("*.ann"))
    assert len(anns) == 3 and len(list(tmp_path.glob("*.txt"))) == 3
    text = anns[0].with_suffix(".txt").read_text(encoding="utf-8")
    lines = [line.split("\t") for line in anns[0].read_text(encoding="utf-8").splitlines()]
    spans = [line for line in lines if line[0].startswith("T")]
    assert {line[1].split()[0] for line in spans} >= {"Source", "Cue", "Content"}
    for tid, kind_offsets, covered in spans:
        start, end = (int(x) for x in kind_offsets.split(";")[0].split()[1:3])
        if ";" not in kind_offsets:
            assert text[start:end] == covered
    assert any(line[0].startswith("E") for line in lines)
