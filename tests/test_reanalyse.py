"""Analyses made by another pipeline are counted, kept by default and refreshed by --reanalyse."""

from __future__ import annotations

import sqlite3

from typer.testing import CliRunner

from newsprism import api
from newsprism.analyze.pipeline import analysis_fingerprint, load_pipeline, pipeline_stamp
from newsprism.cli import app
from newsprism.config import Settings

runner = CliRunner()


def write_articles(folder, count: int) -> None:
    """Small plain-text articles about fictional harbour news."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        folder.joinpath(f"piece-{i}.txt").write_text(
            f"Port of Velmar handles record cargo in month {i}\n\n"
            f"The port of Velmar handled {1000 + i} containers last month, the harbour authority said on Monday. "
            f"\"We expect the growth to continue,\" said Marta Sel, the port's director.\n", encoding="utf-8")


def _stamps(db) -> dict[str, str]:
    with sqlite3.connect(db) as con:
        return dict(con.execute("SELECT article_id, pipeline FROM analyses"))


def test_reanalyse_refreshes_only_what_another_pipeline_made(tmp_path):
    write_articles(tmp_path / "articles", 3)
    db = tmp_path / "np.db"
    first = api.run([str(tmp_path / "articles")], db=db)
    assert (first.analysed, first.stale) == (3, 0)
    old = sorted(_stamps(db))[0]
    with sqlite3.connect(db) as con:  # as if an older newsprism had analysed this one
        con.execute("UPDATE analyses SET pipeline = 'newsprism 0.0.1; en_core_web_sm 3.7.0' WHERE article_id = ?", (old,))

    kept = api.run([str(tmp_path / "articles")], db=db)
    assert (kept.analysed, kept.skipped, kept.stale) == (0, 3, 1)
    assert _stamps(db)[old].startswith("newsprism 0.0.1")

    refreshed = api.run([str(tmp_path / "articles")], db=db, reanalyse=True)
    assert (refreshed.analysed, refreshed.skipped, refreshed.stale) == (1, 2, 0)
    assert len(set(_stamps(db).values())) == 1


def test_reanalyse_cli_warns_about_stale_analyses(tmp_path):
    write_articles(tmp_path / "articles", 2)
    db = tmp_path / "np.db"
    assert runner.invoke(app, ["run", str(tmp_path / "articles"), "--db", str(db), "--quiet"]).exit_code == 0
    with sqlite3.connect(db) as con:
        con.execute("UPDATE analyses SET pipeline = 'newsprism 0.0.1'")
    result = runner.invoke(app, ["run", str(tmp_path / "articles"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "2 stored analyses were made by another pipeline" in " ".join(result.output.split())
    result = runner.invoke(app, ["run", str(tmp_path / "articles"), "--db", str(db), "--reanalyse"])
    flat = " ".join(result.output.split())
    assert "another pipeline" not in flat and "analysed 2, 0 done earlier" in flat, flat[:300]


def test_reanalyse_stamp_names_code_model_and_cue_model():
    builtin, rules = pipeline_stamp(load_pipeline()), pipeline_stamp(load_pipeline(cue_model=""))
    assert f"(analysis {analysis_fingerprint()})" in builtin and Settings.model in builtin
    assert builtin != rules and rules.endswith("cue model none")
    assert api.current_stamp(Settings()) == builtin
