"""Headline versus own body on the bundled examples, scored against examples/gold (real pipeline, real model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.compare.headline_agreement import AGREES
from newsprism.compare.headline_lead import LEAD_SUPPORTS
from newsprism.compare.headline_support import SUPPORTS
from newsprism.compare.stance import DISAGREE_TIE_MARGIN
from newsprism.errors import EvalError
from newsprism.eval.stance import confusion, evaluate_headline_stance
from newsprism.records import STANCES

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "examples" / "articles"
GOLD = ROOT / "examples" / "gold" / "stories.json"
# Measured with `newsprism eval headline-stance` (docs/benchmarks.md); a drop below this is a regression.
MIN_CORRECT = 9

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="examples/gold/stories.json is not written yet")


@pytest.fixture(scope="module")
def report():
    return evaluate_headline_stance(ARTICLES, GOLD)


def test_headlines_examples_score_at_least_the_measured_number(report):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["headline_stance"]
    assert report["articles"] == len(gold) == 10
    assert report["correct"] >= MIN_CORRECT, [(r["article"], r["gold"], r["predicted"]) for r in report["per_article"]]
    assert sum(sum(row.values()) for row in report["confusion"].values()) == report["articles"]
    assert sum(report["confusion"][s][s] for s in STANCES) == report["correct"]


def test_headlines_examples_prediction_is_the_most_probable_stance_unless_overridden(report):
    for row in report["per_article"]:
        probabilities = row["probabilities"]
        assert set(probabilities) == set(STANCES) and abs(sum(probabilities.values()) - 1.0) < 1e-3
        assert row["model_stance"] == max(probabilities, key=probabilities.get)
        # Only a structural finding (with its reason) may replace the model's call: a denial of the body's
        # conditions by 'disagree', a report of them by 'agree' and only over a model 'disagree'.
        # Without a finding, a near-tie 'disagree' is read as its runner-up (stance.tie_broken).
        finding = row["structural"] and row["structural"]["finding"]
        if finding is None and row["predicted"] != row["model_stance"]:
            assert row["model_stance"] == "disagree"
            assert probabilities["disagree"] - probabilities[row["predicted"]] < DISAGREE_TIE_MARGIN
            continue
        expected = {None: row["model_stance"], AGREES: "agree", SUPPORTS: "agree", LEAD_SUPPORTS: "agree"}.get(finding, "disagree")
        assert row["predicted"] == expected and (not row["structural"] or row["structural"]["reason"])
        assert finding != AGREES or row["model_stance"] in ("disagree", "discuss")


def test_headlines_examples_faithful_reports_are_related(report):
    # Every example headline is about its own body: none may come out unrelated.
    assert all(r["predicted"] != "unrelated" for r in report["per_article"])


def test_headlines_examples_no_barriers_headline_disagrees_with_its_body(report):
    # The FNC-1 model says agree (no refuting words); the structural check sees "no barriers to talks"
    # over a body where talks are possible only on conditions.
    row = next(r for r in report["per_article"] if r["article"] == "northern-courier-no-barriers")
    assert row["predicted"] == "disagree"
    assert row["structural"]["finding"] == "headline-denies-conditions" and row["structural"]["matter"] == "talks"


def test_headlines_examples_headlines_that_report_the_bodys_terms_agree(report):
    # The model reads the body's "impossible as long as" as refuting words; the headlines report those terms.
    rows = {r["article"]: r for r in report["per_article"]}
    for slug, matter in (("lakeside-herald-iran-terms", "talks"), ("atlas-monitor-region-reacts", "")):
        assert rows[slug]["model_stance"] == "disagree" and rows[slug]["predicted"] == "agree"
        assert rows[slug]["structural"]["finding"] == AGREES and rows[slug]["structural"]["matter"] == matter


def test_headlines_examples_structural_checks_change_no_other_article(report):
    assert [r["article"] for r in report["per_article"] if r["structural"]] == [
        "atlas-monitor-region-reacts", "lakeside-herald-iran-terms", "northern-courier-no-barriers"]


def test_headlines_confusion_counts_gold_by_predicted():
    table = confusion(["agree", "agree", "discuss"], ["agree", "disagree", "discuss"])
    assert table["agree"] == {"agree": 1, "disagree": 1, "discuss": 0, "unrelated": 0}
    assert table["discuss"]["discuss"] == 1 and sum(table["unrelated"].values()) == 0


def test_headlines_gold_without_headline_stance_is_an_eval_error(tmp_path):
    bad = tmp_path / "stories.json"
    bad.write_text(json.dumps({"headline_stance": {"x": "maybe"}}), encoding="utf-8")
    with pytest.raises(EvalError, match="headline_stance"):
        evaluate_headline_stance(ARTICLES, bad)
    with pytest.raises(EvalError, match="not found"):
        evaluate_headline_stance(ARTICLES, tmp_path / "missing.json")


def test_headlines_cli_prints_one_json_report():
    from typer.testing import CliRunner

    from newsprism.cli import app

    result = CliRunner().invoke(app, ["eval", "headline-stance", "--articles", str(ARTICLES), "--gold", str(GOLD), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["articles"] == 10 and payload["correct"] >= MIN_CORRECT


def test_headlines_cli_table_says_why_a_rule_overrode_the_model(report, monkeypatch):
    from typer.testing import CliRunner

    import newsprism.eval.stance as stance_eval
    from newsprism.cli import app

    monkeypatch.setattr(stance_eval, "evaluate_headline_stance", lambda articles, gold, **options: report)
    result = CliRunner().invoke(app, ["eval", "headline-stance", "--articles", str(ARTICLES), "--gold", str(GOLD)])
    assert result.exit_code == 0, result.output
    overridden = [row for row in report["per_article"] if row["structural"]]
    assert overridden, "the no-barriers example should be decided by the structural check"
    flat = " ".join(result.stdout.split())
    for row in overridden:
        assert f"{row['article']}: " in result.stdout and row["structural"]["reason"][:40] in flat
        assert f"(rule; model: {row['model_stance']})" in flat


def test_headlines_cli_honours_the_model_setting():
    from typer.testing import CliRunner

    from newsprism.cli import app

    result = CliRunner().invoke(app, ["eval", "headline-stance", "--articles", str(ARTICLES), "--gold", str(GOLD),
                                      "--model", "no_such_spacy_model"])
    assert result.exit_code == 2 and "no_such_spacy_model" in result.output
