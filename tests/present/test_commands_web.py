"""`newsprism report` and `newsprism serve` on the command line."""

from __future__ import annotations

from typer.testing import CliRunner

from newsprism.cli import app

runner = CliRunner()


def test_commands_report_writes_the_story_file(db_path, demo_story_id, tmp_path):
    out = tmp_path / "story.html"
    result = runner.invoke(app, ["report", demo_story_id[:12], "--out", str(out), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "Port Selm blockade" in out.read_text(encoding="utf-8")


def test_commands_report_unknown_story_is_one_line_exit_2(db_path, tmp_path):
    result = runner.invoke(app, ["report", "no-such-story", "--out", str(tmp_path / "x.html"), "--db", str(db_path)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "NP404" in result.output and not (tmp_path / "x.html").exists()


def test_commands_serve_refuses_a_missing_database(tmp_path):
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.db"), "--port", "1"])
    assert result.exit_code == 2 and "database not found" in result.output
    assert not (tmp_path / "none.db").exists()
