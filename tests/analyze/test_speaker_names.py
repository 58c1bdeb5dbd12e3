"""Speakers named by one word: a surname spaCy tags as a common noun (invented passages)."""

from __future__ import annotations

import pytest


def _speakers(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.speaker_name, s.sourcing) for s in nlp(text)._.np_statements]


@pytest.mark.parametrize("surname", ["Mendes", "Ruiz", "Torres", "Okonjo"])
def test_a_surname_alone_is_a_named_person(nlp, surname):
    text = f"Boats stayed in port on Tuesday.\n\nThe harbour reopened. {surname} said it was safe."
    assert _speakers(nlp, text) == [(surname, "named-person")]


@pytest.mark.parametrize("group, cls", [("Residents", "vague-collective"), ("Analysts", "vague-collective"),
                                        ("Officials", "anonymous-official")])
def test_a_plural_common_noun_is_still_a_group(nlp, group, cls):
    text = f"Boats stayed in port on Tuesday.\n\nThe harbour reopened. {group} said it was safe."
    assert _speakers(nlp, text) == [(group.lower(), cls)]


def test_a_surname_alone_takes_the_full_name_given_before(nlp):
    text = ("Port director Ana Mendes opened the new quay on Monday.\n\n"
            "The harbour reopened. Mendes said it was safe.")
    assert _speakers(nlp, text)[-1] == ("Ana Mendes", "named-person")


@pytest.mark.parametrize("source, name", [("Two fund managers", "fund managers"), ("One exporter", "exporter"),
                                          ("Three bankers", "bankers")])
def test_counted_unnamed_people_are_anonymous_sources(nlp, source, name):
    text = f"Bond prices fell on Monday.\n\n{source} said the sale had been rushed."
    assert _speakers(nlp, text) == [(name, "anonymous-official")]


@pytest.mark.parametrize("source", ["Some traders", "Several bankers"])
def test_an_uncounted_crowd_stays_vague(nlp, source):
    text = f"Bond prices fell on Monday.\n\n{source} said the sale had been rushed."
    assert _speakers(nlp, text)[0][1] == "vague-collective"


def test_one_of_them_is_one_of_the_group_just_quoted(nlp):
    text = ("Troops massed on the border.\n\nTwo Western diplomats said satellite images showed a pontoon. "
            "It could be crossed within hours, one of them said.")
    assert _speakers(nlp, text) == [("Western diplomats", "anonymous-official"), ("Western diplomat", "anonymous-official")]


GAS = ("BRATISLAVA — Gas stopped on Tuesday.\n\nDanubia Gas Transit said flows fell. The company's chief executive, "
       "Marek Holub, told reporters that it had sent reminders to Pannon Energia, the Hungarian importer. "
       "\"We are a pipeline,\" he said.\n\nPannon Energia disputes the figure. A spokeswoman, Eszter Kovacs, said "
       "the company had paid. She said Pannon would go to arbitration. Its owner, Ferrum Group, said nothing.")


def test_a_name_a_persons_description_gives_is_a_person_in_full(nlp):
    got = _speakers(nlp, GAS)
    assert got[1] == ("Marek Holub", "named-person")  # the entity layer may call him an organisation
    assert got[4] == ("Eszter Kovacs", "named-person")  # or find only "Kovacs"
    assert got[-1] == ("Ferrum Group", "named-organisation")  # an owner is no person


def test_he_is_not_a_company_spacy_tags_as_a_person(nlp):
    got = _speakers(nlp, GAS)
    assert got[2] == ("Marek Holub", "named-person") and got[5] == ("Eszter Kovacs", "named-person")
