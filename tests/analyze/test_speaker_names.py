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


@pytest.mark.parametrize("source, name", [
    ("A student at the university, who gave only his first name, Toky,", "Toky"),
    ("A farmer, who gave his name as Jean Paul,", "Jean Paul"),
])
def test_a_vox_pop_speaker_is_named_by_the_name_they_gave(nlp, source, name):
    text = f"Few people voted on Sunday.\n\n{source} said the result was decided in advance."
    assert _speakers(nlp, text) == [(name, "named-person")]


@pytest.mark.parametrize("text", ["Everyone knows who bought the port.",
                                  "When a leader says the path is clear, it usually means he wants something."])
def test_a_generic_speaker_is_nobody_in_particular(nlp, text):
    assert _speakers(nlp, "Talks stalled on Monday.\n\n" + text)[0] == ("", "none")


def test_a_leader_of_a_named_body_is_not_generic(nlp):
    text = "Talks stalled on Monday.\n\nA leader of the dockers' union said the strike would go on."
    assert _speakers(nlp, text)[0][1] != "none"


@pytest.mark.parametrize("source, name", [("Two diplomats from Melanesian delegations", "diplomats from Melanesian delegations"),
                                          ("Two diplomats in Apia", "diplomats")])
def test_from_says_whose_diplomats_are_in_says_where_they_serve(nlp, source, name):
    text = f"Leaders met in Apia.\n\n{source} said the text was weak."
    assert _speakers(nlp, text) == [(name, "anonymous-official")]


def test_residents_with_no_place_are_the_datelines(nlp):
    text = ("KRASLAVA - Deliveries stopped for three days.\n\nSeveral residents said they doubted the official "
            "account. Residents of Daugavpils said the trains were late.")
    assert [name for name, _ in _speakers(nlp, text)] == ["residents of Kraslava", "residents of Daugavpils"]
