"""The headline checks on our own invented headline/body fixtures (tests/fixtures/headline_stance).

31 short articles about fictional places, written before the claim-support check was built:
15 faithful headlines (several over bodies that quote critics), 4 that overstate a hedged
body, 4 that flip the body's predicate, 4 that drop the body's condition and 4 over vague
sourcing. The gold is FNC-1's: agree, disagree, or discuss (the body does not commit).

paraphrase/: 10 more, written as a check set for matching paraphrased headlines (canonical
entity ids, compound headlines): 6 faithful headlines that name a country by its capital or a
person by surname, or join two clauses ("X, but Y", "X as Y", "X; Y"), and 4 misleading ones
(flipped polarity, dropped condition, overstated certainty, wrong actor).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "headline_stance"
PARAPHRASES = FIXTURES / "paraphrase"


@pytest.fixture(scope="module")
def report():
    from newsprism.eval.stance import evaluate_headline_stance

    return evaluate_headline_stance(FIXTURES / "articles", FIXTURES / "stories.json")


@pytest.fixture(scope="module")
def paraphrase_report():
    from newsprism.eval.stance import evaluate_headline_stance

    return evaluate_headline_stance(PARAPHRASES / "articles", PARAPHRASES / "stories.json")


def _passed_by_support(report) -> list:
    return [r["article"] for r in report["per_article"] if r["gold"] != "agree" and r["predicted"] == "agree"
            and (r["structural"] or {}).get("finding") == "body-asserts-headline"]


@pytest.mark.parametrize("root", [FIXTURES, PARAPHRASES])
def test_every_fixture_article_has_gold_and_every_gold_an_article(root):
    gold = json.loads((root / "stories.json").read_text(encoding="utf-8"))["headline_stance"]
    assert set(gold) == {p.stem for p in (root / "articles").glob("*.txt")}
    assert set(gold.values()) == {"agree", "disagree", "discuss"}


def test_headline_checks_on_the_fixtures_keep_their_quality(report):
    # a quality gate, not a copy of the figures: 21 of 31 with the checks before the claim-support
    # check, 26 with it; faithful headlines were 11 of 15 agree, now 13
    assert report["articles"] == 31
    assert report["correct"] >= 25
    assert report["confusion"]["agree"]["agree"] >= 13


def test_no_misleading_headline_is_passed_as_faithful_by_the_support_check(report):
    # the check turns "discuss" into "agree" only where the body asserts the headline's claim
    assert _passed_by_support(report) == []


def test_paraphrased_headlines_keep_their_quality(paraphrase_report):
    # a quality gate: 7 of 10 (5 of the 6 faithful headlines agree, all by the model; the support check
    # matches words, so "Berlin approves rail subsidy as strike threat looms" stays discuss)
    assert paraphrase_report["articles"] == 10
    assert paraphrase_report["correct"] >= 7
    assert paraphrase_report["confusion"]["agree"]["agree"] >= 5


def test_no_misleading_paraphrase_is_passed_as_faithful_by_the_support_check(paraphrase_report):
    assert _passed_by_support(paraphrase_report) == []
