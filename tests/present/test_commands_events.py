"""`newsprism eval events` and `eval claims` build their pipeline from the user's settings."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsprism.cli import app

runner = CliRunner()
PARAGRAPHS_ONLY = '[newsprism]\ncomponents = ["newsprism_paragraphs"]\n'


@pytest.fixture
def gsr_gold(tmp_path, monkeypatch):
    """A one-record PLOVER gold file, with the working folder moved off any ./newsprism.toml."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "gsr.json"
    record = {"id": "1", "text": "Velsland refused to meet Oskaria on Monday.", "event": "REJECT"}
    path.write_text(json.dumps([record]), encoding="utf-8")
    return path


def _config(tmp_path, text: str):
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("command", ["events", "claims"])
def test_commands_eval_model_flag_reaches_the_pipeline(command, gsr_gold, examples_dir):
    gold = gsr_gold if command == "events" else examples_dir / "gold" / "claims"
    result = runner.invoke(app, ["eval", command, "--gold", str(gold), "--model", "xx_no_such_model_7"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "cannot load spaCy model 'xx_no_such_model_7'" in result.output


@pytest.mark.parametrize("command", ["events", "claims"])
def test_commands_eval_config_file_model_reaches_the_pipeline(command, gsr_gold, examples_dir, tmp_path):
    gold = gsr_gold if command == "events" else examples_dir / "gold" / "claims"
    config = _config(tmp_path, '[newsprism]\nmodel = "xx_from_the_config_file"\n')
    result = runner.invoke(app, ["eval", command, "--gold", str(gold), "--config", config])
    assert result.exit_code == 2 and "'xx_from_the_config_file'" in result.output


def test_commands_eval_events_cue_model_flag_reaches_the_attribution_component(gsr_gold, tmp_path):
    missing = tmp_path / "no-cue-model.json"
    result = runner.invoke(app, ["eval", "events", "--gold", str(gsr_gold), "--cue-model", str(missing)])
    assert result.exit_code == 2 and f"cannot read cue model {missing}" in result.output


def test_commands_eval_claims_scores_the_configured_components(examples_dir, tmp_path, nlp):
    from newsprism.eval.claims import score_claims

    gold = examples_dir / "gold" / "claims"
    config = _config(tmp_path, PARAGRAPHS_ONLY)  # no newsprism_claims: nothing can be predicted
    result = runner.invoke(app, ["eval", "claims", "--gold", str(gold), "--json", "--config", config])
    assert result.exit_code == 0, result.output
    without = json.loads(result.output)
    assert sum(row["gold"] for row in without["modality"].values()) > 0
    assert all(row["predicted"] == 0 for row in without["modality"].values())
    with_claims = score_claims(gold, nlp=nlp)  # the full pipeline does predict on the same gold
    assert sum(row["predicted"] for row in with_claims["modality"].values()) > 0
