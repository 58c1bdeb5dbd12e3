"""Roles as the article gives them: offices over ranks, company and police titles."""

from __future__ import annotations


def roles(nlp, text):
    return {e.span.text: e.role for e in nlp(text)._.np_entities if e.kind == "PERSON"}


def test_an_office_in_apposition_beats_a_rank_before_the_name(nlp):
    found = roles(nlp, "Peru's defence minister, General Pavel Rusu, rejected the protest on Monday.")
    assert found["Pavel Rusu"] == "Defence Minister of Peru"


def test_a_rank_alone_stays_the_role(nlp):
    assert roles(nlp, "General Pavel Rusu said the drills were routine.")["Pavel Rusu"] == "General"


def test_company_titles_are_roles(nlp):
    text = ("Trelawny Shipping cut two routes on Monday. The company's chief executive, Anna Berzina, "
            "apologised to passengers.")
    assert roles(nlp, text)["Anna Berzina"].lower() == "chief executive"


def test_police_rank_is_a_role_and_stays_outside_the_name(nlp):
    found = roles(nlp, "Superintendent Dwayne Pike said officers had made no arrests.")
    assert found == {"Dwayne Pike": "Superintendent"}
