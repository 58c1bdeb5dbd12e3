"""Organisation names, roles as written and sourcing classes on invented cases
(tests/analyze/fixtures/dev_entities_sourcing*.json: fictional people, bodies and outlets)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from newsprism.analyze.organisations import is_organisation_name
from newsprism.analyze.people import role_of_country

FIXTURES = Path(__file__).parent / "fixtures"
CASES = [json.loads((FIXTURES / name).read_text(encoding="utf-8"))
         for name in ("dev_entities_sourcing.json", "dev_entities_sourcing_check.json")]


def _all(section: str) -> list:
    return [case for data in CASES for case in data[section]]


def _statements(nlp, text: str, cue: str) -> list:
    return [s for s in nlp(text)._.np_statements if s.cue.text.lower() == cue.lower()]


@pytest.mark.parametrize("text, name", _all("organisations"))
def test_organisation_named_after_a_place_stays_an_organisation(nlp, text, name):
    found = [e for e in nlp(text)._.np_entities if e.span.text == name]
    assert found and all(e.kind == "ORG" and e.canonical_id.startswith("org:") for e in found)


@pytest.mark.parametrize("text, name, role", _all("roles"))
def test_role_is_kept_as_written(nlp, text, name, role):
    people = [e for e in nlp(text)._.np_entities if e.span.text == name and e.kind == "PERSON"]
    assert people and people[0].role == role


@pytest.mark.parametrize("text, cue, sourcing", _all("sourcing"))
def test_sourcing_class_of_new_kinds_of_source(nlp, text, cue, sourcing):
    found = _statements(nlp, text, cue)
    assert found and found[0].sourcing == sourcing


@pytest.mark.parametrize("text, cue, name", _all("speaker_names"))
def test_speaker_name_of_described_sources(nlp, text, cue, name):
    found = _statements(nlp, text, cue)
    assert found and found[0].speaker_name == name


@pytest.mark.parametrize("article", [a for data in CASES for a in data["articles"]], ids=lambda a: a["outlet"])
def test_short_articles(nlp, article):
    doc = nlp(article["text"])
    for name in article["organisations"]:
        assert {e.kind for e in doc._.np_entities if e.span.text == name} == {"ORG"}, name
    for name, role in article["roles"]:
        assert next(e.role for e in doc._.np_entities if e.span.text == name and e.kind == "PERSON") == role
    for cue, sourcing, nth in article["sourcing"]:
        statements = [s for s in doc._.np_statements if s.cue.text.lower() == cue.lower()]
        assert statements[nth].sourcing == sourcing, (cue, nth, statements[nth].speaker)


@pytest.mark.parametrize("text, place", [
    ("Settlers in the West Bank said the road was closed.", "West Bank"),
    ("Prices rose in Jakarta on Monday.", "Jakarta"),
])
def test_places_that_look_like_organisations_stay_places(nlp, text, place):
    found = [e for e in nlp(text)._.np_entities if e.span.text == place]
    assert found and found[0].kind in ("GPE", "LOC")


def test_single_state_title_is_not_qualified(nlp):
    person = next(e for e in nlp("Iran's Supreme Leader Ali Sadri said talks were pointless.")._.np_entities
                  if e.kind == "PERSON" and e.span.text == "Ali Sadri")
    assert person.role == "Supreme Leader"


@pytest.mark.parametrize("role, country, expected", [
    ("Foreign Minister", "Oman", "Foreign Minister of Oman"),
    ("President", "United States", "President of the United States"),
    ("former President", "Netherlands", "former President of the Netherlands"),
    ("Minister of Economy, Trade and Industry", "Japan", "Minister of Economy, Trade and Industry of Japan"),
    ("Secretary of State", "United States", "Secretary of State, United States"),
    ("Senator", "United States", "Senator, United States"),
    ("Foreign Ministry Spokesman", "Iran", "Foreign Ministry Spokesman, Iran"),
    ("Spokeswoman, Caspian Ferry Company", "Azerbaijan", "Spokeswoman, Caspian Ferry Company"),
    ("Foreign Minister of Oman", "Oman", "Foreign Minister of Oman"),
    ("Supreme Leader", "Iran", "Supreme Leader"),
    ("", "Iran", ""),
])
def test_role_of_country(role, country, expected):
    assert role_of_country(role, country) == expected


@hsettings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdefghij ,-ABCDEFGHIJ", max_size=30),
       st.sampled_from(["Oman", "United States", "Japan", "Netherlands", ""]))
def test_role_of_country_keeps_the_role_and_is_idempotent(role, country):
    qualified = role_of_country(role, country)
    assert qualified.startswith(role)
    assert role_of_country(qualified, country) == qualified


@hsettings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Velmar", "Bank", "of", "Authority", "port", "West", "the", "Capital", "Ostria"]),
                max_size=5).map(" ".join))
def test_organisation_name_ends_in_a_capitalised_organisation_word(text):
    if is_organisation_name(text):
        assert len(text.split()) >= 2 and text.split()[-1] in ("Bank", "Authority", "Capital")


@pytest.mark.parametrize("text, name, kind", [
    # the ", who" after a name that is the object of "for" describes the lawyer, not the body
    ('"These are odd days," said Petra Lund, a lawyer for the Velmar Rivers Trust, who has sued the port.',
     "Velmar Rivers Trust", "ORG"),
    ("Donna Reyes, 59, of Ashton, Md., who watched the vote, said she was relieved.", "Donna Reyes", "PERSON"),
])
def test_description_after_a_prepositional_object_is_not_its_own(nlp, text, name, kind):
    found = [e for e in nlp(text)._.np_entities if e.span.text == name]
    assert found and found[0].kind == kind


def test_two_bodies_joined_by_and_stay_two(nlp):
    texts = {e.span.text for e in nlp("Officers of the Velmar Police and Ostria Customs Service searched the ship.")._.np_entities}
    assert "Velmar Police and Ostria Customs Service" not in texts


@pytest.mark.parametrize("text, cue, sourcing", [
    ("One study found that prices rose.", "found", "vague-collective"),
    ("State regulators said the mine was unsafe.", "said", "vague-collective"),
    ("The judge said the filing was late.", "said", "anonymous-official"),
])
def test_new_rules_leave_old_kinds_alone(nlp, text, cue, sourcing):
    found = _statements(nlp, text, cue)
    assert found and found[0].sourcing == sourcing


@pytest.mark.parametrize("text, span, canonical_id", [
    ("Kazakhstan's trade ministry said exports rose.", "trade ministry", "org:kazakhstan-trade-ministry"),
    ("The Tajik emergency ministry said two people died.", "emergency ministry", "org:tajikistan-emergencies-ministry"),
    ("The Kyrgyz border service said the crossing was open.", "border service", "org:kyrgyzstan-border-service"),
])
def test_ministries_and_state_bodies_of_a_named_country(nlp, text, span, canonical_id):
    assert [e.canonical_id for e in nlp(text)._.np_entities if e.span.text == span] == [canonical_id]
