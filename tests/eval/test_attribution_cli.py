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


ANNOTATED_TEXT = "Harbour chief Lena Vos said the ferry would sail on Monday.\n\nThe port reopened, officials said."
FIRST = ("T1\tSource 14 22\tLena Vos\nT2\tCue 23 27\tsaid\nT3\tContent 28 58\tthe ferry would sail on Monday\n"
         "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
         "T4\tContent 61 78\tThe port reopened\nT5\tSource 80 89\tofficials\nT6\tCue 90 94\tsaid\n"
         "E2\tAttribution:T6 Source:T5 Cue:T6 Content:T4\n")
SECOND = FIRST.split("T4\t")[0]  # the second annotator missed the officials' statement
THIRD = FIRST.replace("T3\tContent 28 58\tthe ferry would sail on Monday", "T3\tContent 28 48\tthe ferry would sail")


def test_eval_attribution_annotators_scores_every_pair_and_the_pipeline(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "port.txt").write_text(ANNOTATED_TEXT, encoding="utf-8")
    (tmp_path / "text" / "alone.txt").write_text("Nobody said anything.", encoding="utf-8")
    (tmp_path / "attributions" / "alone_a.ann").write_text("", encoding="utf-8")
    for suffix, ann in (("a", FIRST), ("b", SECOND), ("c", THIRD)):
        (tmp_path / "attributions" / f"port_{suffix}.ann").write_text(ann, encoding="utf-8")
    result = run_eval(tmp_path, "--annotators")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert (scores["documents"], scores["annotations"]) == (1, 3)
    humans, system = scores["annotator_vs_annotator"], scores["system_vs_annotators"]
    assert (humans["comparisons"], system["comparisons"]) == (3, 3)
    # cues: a-b 1 of 2, a-c 2 of 2, b-c 1 of 2 -> 4 shared of 5 marked on each side
    assert humans["cue"]["exact"] == {"p": 0.8, "r": 0.8, "f1": 0.8}
    # contents: only a-c's officials' content and a-b's ferry content agree exactly
    assert humans["content"]["exact"]["f1"] == pytest.approx(0.4)
    assert system["cue"]["exact"]["r"] == 1.0  # the pipeline finds both cues, whoever marked them


def test_eval_attribution_annotators_needs_a_text_marked_twice(examples_dir):
    result = run_eval(examples_dir / "gold", "--annotators")
    assert result.exit_code != 0
    assert "two annotation files" in result.output
