"""The roles score's title-alone agreement (eval/entities.py role_title and the roles keys)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.eval.entities import EntityScore, role_title
from newsprism.records import Entity, Span


@pytest.mark.parametrize("role, title", [
    ("Foreign Minister of Ostria", "foreign minister"),
    ("spokeswoman, Kazakh foreign ministry", "spokeswoman"),
    ("Kazakh foreign ministry Spokeswoman", "spokeswoman"),
    ("United Nations Secretary-General", "secretary general"),
    ("former Kenyan ambassador to Peru", "former ambassador"),
    ("Deputy Foreign Minister of Peru", "deputy foreign minister"),
    ("", ""),
])
def test_role_title_drops_the_qualifier_only(role, title):
    assert role_title(role) == title


def test_a_different_office_is_a_different_title():
    assert role_title("Deputy Foreign Minister") != role_title("Foreign Minister of Peru")
    assert role_title("former President") != role_title("President of Peru")


ROLE_WORD = st.sampled_from(["Minister", "foreign", "Peru", "of", "former", "spokesman", "Kenyan", "bank",
                             "Secretary-General", ",", "chief", "to", "United Nations", "deputy"])


@given(st.lists(ROLE_WORD, max_size=8))
def test_role_title_is_lower_case_words_of_the_role(words):
    role = " ".join(words)
    title = role_title(role)
    assert title == title.lower()
    assert set(title.split()) <= set(role.lower().replace("-", " ").split())


def test_scores_keep_the_old_keys_and_add_title():
    gold = [{"start": 0, "end": 9, "kind": "PERSON", "canonical_id": "person:ana-ruiz",
             "role": "Foreign Minister of Peru", "text": "Ana Ruiz,"}]
    predicted = [Entity(Span(0, 9, "Ana Ruiz,"), "PERSON", "person:ana-ruiz", "Ana Ruiz", "Foreign Minister", "GOV")]
    score = EntityScore()
    score.add_document("doc", gold, predicted)
    roles = score.as_dict()["roles"]
    assert roles == {"matched": 1, "strict": 0.0, "lenient": 1.0, "title": 1.0}
