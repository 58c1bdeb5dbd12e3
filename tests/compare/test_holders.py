"""The state a claim's holder speaks for, read from its id, its name or its role."""

from __future__ import annotations

import pytest

from newsprism.compare.holders import country_named, holder_side
from newsprism.records import Claim, Entity, Span


@pytest.mark.parametrize("text, code", [
    ("Israeli defence officials", "ISR"), ("Foreign Minister of Oman", "OMN"), ("US officials", "USA"),
    ("senior Iranian official", "IRN"), ("officials", ""), ("Western diplomat", ""),
    ("Kyrgyzstan and Tajikistan", ""),  # two countries: no one side
    ("State Department spokesman", "USA"), ("Kremlin aide", "RUS"),  # a state body names its state
    ("World Bank official", ""),  # an international body speaks for no one state
])
def test_country_named(text, code):
    assert country_named(text) == code


def _claim(holder, holder_id=""):
    return Claim(Span(0, 4, "text"), holder, "asserted", "body", holder_id=holder_id)


def test_holder_side_from_id_office_role_and_name():
    assert holder_side(_claim("writer"), ()) == ""
    assert holder_side(_claim("Hungary", "HUN"), ()) == "HUN"
    assert holder_side(_claim("Supreme Leader of Iran", "office:irn:supreme-leader"), ()) == "IRN"
    minister = Entity(Span(0, 4, "Ansari"), "PERSON", "person:kaveh-ansari", "Kaveh Ansari", "Foreign Minister of Iran")
    assert holder_side(_claim("Kaveh Ansari", "person:kaveh-ansari"), (minister,)) == "IRN"
    assert holder_side(_claim("Gregory Alden", "person:gregory-alden"), ()) == ""  # "President" alone says no country
    assert holder_side(_claim("Saudi official"), ()) == "SAU"
    # a role given in another mention of the person counts too
    bare = Entity(Span(0, 4, "Alden"), "PERSON", "person:gregory-alden", "Gregory Alden", "President")
    titled = Entity(Span(9, 14, "Alden"), "PERSON", "person:gregory-alden", "Gregory Alden", "White House chief of staff")
    assert holder_side(_claim("Gregory Alden", "person:gregory-alden"), (bare, titled)) == "USA"
