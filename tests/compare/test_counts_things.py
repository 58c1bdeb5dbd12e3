"""The numbers signal needs the counted things to agree: a hospital's budget is not a highway's."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings as hsettings
from hypothesis import strategies as st

from newsprism.compare.counts import counted_thing_owners, different_things

from .test_counts import _numbers_signals


@pytest.mark.parametrize("text", ["the budget for the hospital had been cut by 12 percent",
                                  "a $2 billion budget for the hospital",
                                  "the hospital's $2 billion budget",
                                  "the hospital’s budget",
                                  "the new hospital budget was cut by 40 percent",
                                  "Officials said the hospital budget would shrink"])
def test_whose_budget_is_read_from_of_for_possessive_and_compound(text):
    assert counted_thing_owners(text) == {"budget": frozenset({"hospital"})}


@pytest.mark.parametrize("text", ["the annual budget was cut by 12 percent", "58 families were waiting for help in Orrin",
                                  "Police said 12 people died", "the workers of Pell's mill"])
def test_grading_words_names_and_bare_prepositions_say_nothing_about_whose(text):
    assert "budget" not in counted_thing_owners(text) and "people" not in counted_thing_owners(text)
    assert "mill" not in counted_thing_owners(text)  # a capitalised owner is a name: different_subjects' business


def test_budgets_of_different_things_do_not_contradict():
    assert _numbers_signals("Officials said the budget for the hospital had been cut by 12 percent.",
                            "Analysts said the budget for the highway had been cut by 40 percent.") == []
    assert _numbers_signals("Officials said the hospital budget had been cut by 12 percent.",
                            "Analysts said the highway's budget had been cut by 40 percent.") == []


def test_one_budget_in_two_wordings_still_contradicts():
    assert _numbers_signals("Officials approved a $2 billion budget for the hospital.",
                            "Officials approved the hospital's $3 billion budget.") == ["numbers: 2 billion vs 3 billion ($)"]
    assert _numbers_signals("Officials said the budget for the hospital had been cut by 12 percent.",
                            "Analysts said the annual hospital budget had been cut by 40 percent.") == ["numbers: 12 vs 40 (percent)"]


def test_one_side_silent_about_whose_budget_still_contradicts():
    # "the budget" in a story about the hospital is most likely the hospital's: the signal stays.
    assert _numbers_signals("Officials said the budget had been cut by 12 percent.",
                            "Analysts said the budget for the hospital had been cut by 40 percent.") == ["numbers: 12 vs 40 (percent)"]


OWNERS = st.dictionaries(st.sampled_from(["budget", "toll", "review"]),
                         st.frozensets(st.sampled_from(["hospital", "highway", "port", "school"]), max_size=2), max_size=3)


@hsettings(max_examples=80, deadline=None)
@given(OWNERS, OWNERS)
def test_different_things_is_symmetric_and_needs_both_sides(a, b):
    assert different_things(a, b) == different_things(b, a)
    assert not different_things(a, a)
    if not any(a.values()) or not any(b.values()):
        assert not different_things(a, b)


@example("the a',aa")  # a stray apostrophe once made "a'" a compound owner
@example("athe for the hospital's ")  # and "hospital'" an owner after a preposition
@hsettings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(list("abhipstl'’ $0123456789,.") + ["the ", "The ", "for ", "of ", "budget ", "hospital's ",
                                                                      "annual ", "billion ", "Pell's "]), max_size=30).map("".join))
def test_owners_never_fail_and_are_lowercase_words(text):
    for noun, owners in counted_thing_owners(text).items():
        assert noun and noun == noun.lower() and all(o and o == o.lower() and "'" not in o for o in owners)


def test_budgets_of_different_things_are_not_the_same_claim():
    from newsprism.compare.align import relate

    from .test_counts import SETTINGS, _item

    hospital, highway = _item("The hospital budget was cut by 12 percent."), _item("The highway budget was cut by 12 percent.", "B")
    relation, _, signals = relate(hospital, highway, 0.9, 0.6, SETTINGS)
    assert (relation, signals[0]) == ("elaborates", "different things of one kind")
    again = _item("The budget for the hospital was cut by 12 percent.", "B")
    assert relate(hospital, again, 0.9, 0.6, SETTINGS)[0] == "same"


def test_plural_possessive_owner_loses_its_apostrophe():
    assert counted_thing_owners("the farmers' budget was cut") == {"budget": frozenset({"farmer"})}
