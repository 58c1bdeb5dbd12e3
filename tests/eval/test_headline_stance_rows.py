"""The headline-stance report's rows, and the lead-sentence checks on the invented fixtures."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.compare.headline_lead import LEAD_FLIPS, LEAD_SUPPORTS
from newsprism.compare.stance import DISAGREE_TIE_MARGIN, tie_broken
from newsprism.eval.stance import _report_row
from newsprism.records import STANCES, HeadlineCheck

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "headline_stance"


@pytest.fixture(scope="module")
def report():
    from newsprism.eval.stance import evaluate_headline_stance

    return evaluate_headline_stance(FIXTURES / "articles", FIXTURES / "stories.json")


def test_the_lead_check_passes_no_misleading_fixture_headline(report):
    passed = [r["article"] for r in report["per_article"] if r["gold"] != "agree" and r["predicted"] == "agree"
              and (r["structural"] or {}).get("finding") == LEAD_SUPPORTS]
    assert passed == []


def test_the_flip_check_finds_flipped_fixture_headlines_and_only_those(report):
    flipped = {r["article"]: r["gold"] for r in report["per_article"] if (r["structural"] or {}).get("finding") == LEAD_FLIPS}
    assert len(flipped) >= 3 and set(flipped.values()) == {"disagree"}


def test_a_row_reports_the_models_own_call_when_a_near_tie_was_read_as_the_runner_up():
    evidence = {"probabilities": {"agree": 0.32, "disagree": 0.346, "discuss": 0.333, "unrelated": 0.001},
                "tie": {"model_stance": "disagree", "read_as": "discuss"}}
    row = _report_row("a", "discuss", HeadlineCheck("x", "discuss", 0.333, evidence))
    assert row["predicted"] == "discuss" and row["model_stance"] == "disagree"
    plain = _report_row("a", "agree", HeadlineCheck("x", "agree", 0.6, {"probabilities": {}}))
    assert plain["model_stance"] == "agree"


@given(st.lists(st.floats(min_value=0.001, max_value=1.0), min_size=4, max_size=4))
def test_only_a_near_tie_disagree_is_read_as_its_runner_up(raw):
    proba = np.array(raw) / sum(raw)
    labels = list(STANCES)
    label = labels[int(proba.argmax())]
    stance, score = tie_broken(label, proba, labels)
    top, second = sorted(proba, reverse=True)[:2]
    if label == "disagree" and top - second < DISAGREE_TIE_MARGIN:
        assert stance != "disagree" and score == pytest.approx(second)
    else:
        assert stance == label and score == pytest.approx(top)
