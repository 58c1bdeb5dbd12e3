"""The FNC-1 stance scorer: reading, splitting by body, scoring (own tiny CSVs, never FNC text)."""

from __future__ import annotations

import csv
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.errors import EvalError
from newsprism.eval.stance import fnc_score, read_fnc, select_split, split_by_body, stance_scores
from newsprism.records import STANCES


def _write(path, header, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture
def fnc_files(tmp_path):
    bodies = _write(tmp_path / "bodies.csv", ["Body ID", "articleBody"], [
        ["1", "The harbour bridge in Portmere reopened on Friday after repairs, the city said."],
        ["2", "Reports that the Portmere bridge collapsed are false, engineers said. The bridge is safe."],
    ])
    stances = _write(tmp_path / "stances.csv", ["Headline", "Body ID", "Stance"], [
        ["Portmere bridge reopens after repairs", "1", "agree"],
        ["Portmere bridge collapses", "2", "disagree"],
        ["Comet seen over the northern desert", "1", "unrelated"],
    ])
    return bodies, stances


def test_stance_read_fnc_checks_bodies_and_labels(fnc_files, tmp_path):
    bodies, pairs = read_fnc(*fnc_files)
    assert set(bodies) == {"1", "2"} and [p.stance for p in pairs] == ["agree", "disagree", "unrelated"]
    bad = _write(tmp_path / "bad.csv", ["Headline", "Body ID", "Stance"], [["x", "9", "agree"]])
    with pytest.raises(EvalError, match="body '9'"):
        read_fnc(fnc_files[0], bad)
    with pytest.raises(EvalError, match="not found"):
        read_fnc(tmp_path / "missing.csv", fnc_files[1])


def test_stance_fnc_score_weights_related_and_exact_labels():
    assert fnc_score(["agree", "unrelated"], ["agree", "unrelated"]) == 1.0
    # agree predicted as discuss: 0.25 of 1.0 for the first pair; the unrelated pair is right (0.25).
    assert fnc_score(["agree", "unrelated"], ["discuss", "unrelated"]) == pytest.approx(0.5 / 1.25)
    assert fnc_score(["agree"], ["unrelated"]) == 0.0


def test_stance_scores_shape_and_macro_f1():
    scores = stance_scores(["agree", "disagree", "discuss", "unrelated"], ["agree", "discuss", "discuss", "unrelated"])
    assert list(scores) == ["pairs", "fnc_score", "accuracy", "macro_f1", "per_class_f1"]
    assert list(scores["per_class_f1"]) == list(STANCES)
    assert scores["per_class_f1"]["disagree"] == 0.0 and scores["accuracy"] == 0.75
    assert scores["macro_f1"] == pytest.approx((1 + 0 + 2 / 3 + 1) / 4, abs=1e-4)


@given(st.lists(st.integers(min_value=0, max_value=5000), min_size=1, max_size=300, unique=True))
def test_stance_split_by_body_is_disjoint_and_complete(ids):
    body_ids = [str(i) for i in ids]
    train, heldout = split_by_body(body_ids)
    assert not train & heldout and train | heldout == set(body_ids)
    assert split_by_body(list(reversed(body_ids))) == (train, heldout)  # order does not matter


def test_stance_select_split_rejects_unknown(fnc_files):
    _, pairs = read_fnc(*fnc_files)
    assert len(select_split(pairs, "all")) == 3
    assert len(select_split(pairs, "train")) + len(select_split(pairs, "heldout")) == 3
    with pytest.raises(EvalError):
        select_split(pairs, "test")


def test_stance_cli_json_prints_exactly_one_object(fnc_files, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from newsprism.cli import app

    monkeypatch.setenv("NEWSPRISM_CACHE", str(tmp_path / "cache"))  # never touch the user's cache
    bodies, stances = fnc_files
    result = CliRunner().invoke(app, ["eval", "stance", "--bodies", str(bodies), "--stances", str(stances), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["pairs"] == 3 and set(payload["per_class_f1"]) == set(STANCES)
    assert payload["per_class_f1"]["unrelated"] == 1.0  # a comet headline shares nothing with a bridge body
