"""Counts as intervals of what they count (compare/quantities.py)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings, strategies as st

from newsprism.compare.quantities import (TIME, conflicting_quantities, headline_nouns, quantities, same_thing,
                                          story_conflicts)


def _one(text: str):
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, noun, low, high", [
    ("The drills involve about 12,000 troops", "troop", 10_200, 13_800),
    ("Venezuela massed as many as 30,000 troops", "troop", 15_000, 30_000),
    ("the union put the crowd at more than 3,000 marchers", "marcher", 3_000, math.inf),
    ("Several hundred people marched to the embassy", "people", 300, 900),
    ("rebels freed FIVE hostages on Monday", "hostage", 5, 5),
    ("Three aid workers held by the group were freed", "worker", 3, 3),
    ("the army released a dozen militants", "militant", 12, 12),
    ("thousands of angry protesters gathered", "protester", 2_000, 9_999),
    ("fewer than 40 families returned", "family", 0, 40),
    ("between 12 and 15 people", "people", 12, 15),
    ("12 to 15 people were hurt", "people", 12, 15),
])
def test_counts_become_intervals(text, noun, low, high):
    q = _one(text)
    assert q.noun == noun and (q.low, q.high) == pytest.approx((low, high))


def test_money_is_counted_by_currency_and_the_thing_paid():
    loan = _one("The bank froze a 300 million dollar loan")
    assert (loan.noun, loan.low, loan.words) == ("usd", 300e6, frozenset({"loan"}))
    assert _one("Brenmark gets $350 million loan").noun == "usd"
    gap = _one("a financing gap of about 180 million dollars before June")
    assert gap.words == frozenset({"gap"}) and not same_thing(loan, gap)


def test_durations_are_compared_in_days():
    six, nine = _one("held the ship for about six hours"), _one("for nearly nine hours")
    assert six.noun == nine.noun == TIME and not six.meets(nine)


def test_dates_years_and_verbs_are_not_counts():
    assert quantities("The talks began on 12 May in 2021.") == []
    assert quantities("Hundreds march in Velmora") == []  # "march" is no plural noun
    assert quantities("one of the diplomats met him") == []


@pytest.mark.parametrize("a, b, conflict", [
    ("about 12,000 troops", "as many as 30,000 troops", True),
    ("Several hundred people marched", "police counted about 800 people", False),
    ("more than 3,000 protesters", "thousands of protesters", False),
    ("more than 3,000 protesters", "several hundred protesters", True),
    ("the 31 crew", "27 crew on board", True),
    ("four Serbian diplomats", "three Swedish diplomats", False),  # two sides' diplomats: two things
    ("four Serbian diplomats", "three diplomats of the Embassy of Sweden", False),
    ("three aid workers", "five hostages", False),  # different nouns are not compared
])
def test_conflicts_need_one_thing_and_disjoint_intervals(a, b, conflict):
    assert bool(conflicting_quantities(quantities(a), quantities(b))) is conflict


def test_a_count_the_claims_agree_on_is_no_conflict():
    assert conflicting_quantities(quantities("five hostages, then two more hostages"), quantities("five hostages")) == []


def test_story_conflicts_only_for_what_the_headlines_count_or_name():
    salient = headline_nouns(["Velmora masses 30,000 troops on the border"])
    assert "troop" in salient
    a, b = quantities("about 12,000 troops and 40 tonnes of fuel"), quantities("as many as 30,000 troops and 900 tonnes of fuel")
    assert [(x.noun, y.noun) for x, y in story_conflicts(a, b, salient)] == [("troop", "troop")]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc XYZ0123456789,.$%-'\"about more than dozen hundreds of five")), max_size=80))
def test_quantities_never_fail_and_keep_low_below_high(text):
    for q in quantities(text):
        assert 0 <= q.low <= q.high and q.noun


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=2, max_value=10**7), st.sampled_from(["widgets", "ferries", "crew", "delegates"]))
def test_digit_counts_read_back(n, noun):
    q = _one(f"They reported {n:,} {noun} yesterday")
    assert q.low == q.high == n


@pytest.mark.parametrize("a, b, conflict", [
    ("Twelve people were killed in the blast", "the blast injured 40 people", False),  # two counts, not two figures
    ("Twelve people were killed in the blast", "the blast killed 40 people", True),
    ("12 people were killed", "40 people were arrested", False),
])
def test_what_befell_the_people_counted_tells_counts_apart(a, b, conflict):
    assert bool(conflicting_quantities(quantities(a), quantities(b))) is conflict


def test_sums_of_money_conflict_only_for_one_thing_paid():
    loan, other_loan = quantities("a 300 million dollar loan"), quantities("the $350 million loan")
    assert conflicting_quantities(loan, other_loan)
    assert not conflicting_quantities(loan, quantities("Velmora had received 90 million dollars so far"))
