"""`newsprism eval attribution` end to end on our own gold, with and without the cue model."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsprism.cli import app


def run_eval(gold, *extra):
    return CliRunner().invoke(app, ["eval", "attribution", "--gold", str(gold), "--json", *extra])


@pytest.mark.parametrize("cue_model", ["", "builtin"])
def test_eval_attribution_prints_one_json_object(examples_dir, cue_model):
    result = run_eval(examples_dir / "gold", "--cue-model", cue_model)
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["documents"] == 10
    for role in ("source", "cue", "content"):
        for matching in ("exact", "overlap"):
            assert set(scores[role][matching]) == {"p", "r", "f1"}
            assert 0.0 <= scores[role][matching]["f1"] <= 1.0
    assert scores["cue"]["exact"]["f1"] >= 0.8  # the rules and the model both find most of our cues


def test_eval_attribution_names_a_bad_cue_model_file(examples_dir, tmp_path):
    bad = tmp_path / "broken-model.json"
    bad.write_text("{not json", encoding="utf-8")
    result = run_eval(examples_dir / "gold", "--cue-model", str(bad))
    assert result.exit_code != 0
    assert "broken-model.json" in result.output


def test_eval_attribution_split_selects_half_the_documents(examples_dir):
    result = run_eval(examples_dir / "gold", "--split", "odd")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents"] == 5
