"""The claim-support check: does the body assert what its headline asserts? (real parses and analyses)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.compare.headline_support import (
    DROPS_CONDITION,
    SUPPORTS,
    cover,
    hearsay,
    support_finding,
)
from newsprism.compare.headline_lead import LEAD_SUPPORTS
from newsprism.compare.headlines import structural_check, with_structural_finding
from newsprism.compare.stance import load_stance_model
from newsprism.records import HeadlineCheck

from .conftest import analysed

IDF = load_stance_model()["idf"]

FAITHFUL = ("Harbour board approves new ferry terminal at Kessel",
            ("The Kessel harbour board approved a new ferry terminal on Tuesday after two years of debate. "
            "Board chair Mira Anselm said building would start in the autumn. Some residents said the terminal "
            "could bring more traffic to the old town, and a shopkeepers' group warned that rents might rise."))


def _finding(nlp, parse, headline: str, body: str, want: str = SUPPORTS):
    art, analysis = analysed(nlp, headline, body)
    return art, support_finding(art, analysis, parse, IDF, want)


def test_a_body_that_asserts_the_headline_and_quotes_other_views_supports_it(nlp, parse):
    art, found = _finding(nlp, parse, *FAITHFUL)
    assert found["finding"] == SUPPORTS
    first = found["claims"][0]
    assert art.text[first["span"][0]:first["span"][1]] == first["text"]
    assert "approved a new ferry terminal" in first["text"] and first["modality"] == "asserted"
    assert found["headline_claim"]["text"] == FAITHFUL[0]


def test_a_named_source_s_report_supports_the_headline_that_attributes_it(nlp, parse):
    _, found = _finding(nlp, parse, "Mayor Lund says Orsa bridge will reopen in June",
                        "Mayor Hedda Lund said on Monday that the Orsa bridge will reopen in June. "
                        "Some drivers doubted the date, saying repairs had been late before.")
    assert found["finding"] == SUPPORTS and found["claims"][0]["holder"] != "writer"


def test_a_headline_that_sums_up_its_lead_is_supported_by_the_lead_together(nlp, parse):
    _art, found = _finding(nlp, parse, "Kessel harbour board approves ferry terminal and names new chair",
                           "The Kessel harbour board approved a new ferry terminal on Tuesday. The board also named "
                           "Mira Anselm as its new chair. Some residents said the terminal could bring more traffic.")
    texts = [c["text"] for c in found["claims"]]
    assert found["finding"] == SUPPORTS
    assert any("approved" in t for t in texts) and any("named" in t for t in texts)
    assert not any("traffic" in t for t in texts)  # the third sentence's guess is no part of it


@pytest.mark.parametrize("headline, body", [
    pytest.param("Harbour board approves new ferry terminal at Kessel",
                 "The Kessel harbour board approved a new ferry terminal on Tuesday, according to reports circulating "
                 "online. The board has not confirmed the decision.", id="hearsay-in-the-body"),
    pytest.param("Harbour board approves new ferry terminal at Kessel",
                 "The Kessel harbour board may approve a new ferry terminal next week, officials said. "
                 "The vote could be delayed again.", id="body-only-speculates"),
    pytest.param("Kessel lifts ban on night fishing",
                 "The town council of Kessel voted on Monday to extend its ban on night fishing for another year. "
                 "Fishermen said they would protest.", id="other-predicate"),
    pytest.param("Port of Kessel handles 40,000 containers in March",
                 "The port of Kessel handled 25,000 containers in March, the port authority said.", id="other-number"),
    pytest.param("Why Kessel's harbour board approved a ferry terminal",
                 "The Kessel harbour board approved a new ferry terminal on Tuesday.", id="question-word-headline"),
    pytest.param("Harbour board approves ferry terminal: report",
                 "The Kessel harbour board approved a new ferry terminal on Tuesday.", id="headline-is-a-report"),
])
def test_no_support_when_the_body_does_not_commit_to_the_headline_s_claim(nlp, parse, headline, body):
    assert _finding(nlp, parse, headline, body)[1] is None


DROPPED = ("Lisvik to resume grain exports through Orsa",
           ("Lisvik will resume grain exports through the port of Orsa only if insurers agree to cover ships again, "
           "farm minister Tove Karsk said on Tuesday. Traders hoped a deal could be reached within weeks."))


def test_a_headline_that_drops_the_body_s_condition_is_found(nlp, parse):
    _art, found = _finding(nlp, parse, *DROPPED, want=DROPS_CONDITION)
    assert found["finding"] == DROPS_CONDITION
    assert found["claims"][0]["conditions"] == ["only if insurers agree to cover ships again"]
    assert _finding(nlp, parse, *DROPPED)[1] is None  # and it is no support


def test_a_headline_that_keeps_the_condition_drops_nothing(nlp, parse):
    headline = "Lisvik to resume grain exports through Orsa if insurers return"
    assert _finding(nlp, parse, headline, DROPPED[1], want=DROPS_CONDITION)[1] is None


def _view(nlp, encoder, headline, body):
    from newsprism.compare.views import build_views

    art, analysis = analysed(nlp, headline, body)
    return build_views([art], {art.id: analysis}, IDF, encoder)[0]


def test_the_support_check_answers_a_model_discuss_only(nlp, parse, encoder):
    view = _view(nlp, encoder, *FAITHFUL)
    found = structural_check(view, "discuss", parse)
    assert found["finding"] == SUPPORTS
    check = with_structural_finding(HeadlineCheck(view.id, "discuss", 0.7, {"probabilities": {}}), found)
    assert check.stance == "agree" and check.evidence["structural"]["model_stance"] == "discuss"
    assert structural_check(view, "agree", parse) is None
    # Against a model disagree the lead-sentence check answers instead (test_headline_lead.py).
    assert structural_check(view, "disagree", parse)["finding"] == LEAD_SUPPORTS


def test_the_dropped_condition_check_answers_a_model_agree_only(nlp, parse, encoder):
    view = _view(nlp, encoder, *DROPPED)
    found = structural_check(view, "agree", parse)
    assert found["finding"] == DROPS_CONDITION
    assert with_structural_finding(HeadlineCheck(view.id, "agree", 0.5, {}), found).stance == "discuss"
    assert structural_check(view, "discuss", parse) is None


# ---------------------------------------------------------------- word-level parts

PLAIN = st.lists(st.sampled_from(["the", "board", "approved", "a", "terminal", "said", "reporters", "reported", "mayor"]),
                 min_size=1, max_size=12).map(" ".join)


@given(PLAIN, st.sampled_from(["reportedly", "allegedly", "rumoured", "sources", "claims", "purporting", "Reports"]))
def test_hearsay_is_found_wherever_its_word_sits(text, marker):
    assert not hearsay(text)  # "reported" and "told reporters" are how named sources speak
    assert hearsay(f"{marker} {text}") and hearsay(f"{text} {marker}.")


@given(st.sets(st.sampled_from(["kessel", "ferri", "terminal", "board", "approv", "zzunseen"]), min_size=1),
       st.sets(st.sampled_from(["kessel", "ferri", "terminal", "town", "zzunseen"])))
def test_cover_is_a_share_of_the_headline_weight(head, other):
    share = cover(frozenset(head), other, IDF)
    assert 0.0 <= share <= 1.0
    assert cover(frozenset(head), head | other, IDF) == pytest.approx(1.0)
    assert (share == 0.0) == head.isdisjoint(other)
