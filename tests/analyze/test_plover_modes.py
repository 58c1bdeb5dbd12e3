"""Modes of material events and threats (analyze/plover_modes.py): a kind word of the sentence
beats a trigger's generic mode, an act-naming mode stands, topics do not count."""

from __future__ import annotations

import pytest

from newsprism.analyze.plover import main_event_of_text


@pytest.mark.parametrize(
    "text, typ, mode",
    [
        # the instrument beats the verb's usual one; the heaviest named instrument wins
        ("Zambian warplanes bombed rebel camps near the Angolan border.", "ASSAULT", "heavy-weapons"),
        ("Militants fired rockets at the Israeli town of Sderot.", "ASSAULT", "heavy-weapons"),
        ("A suicide bomber blew himself up at a Somali checkpoint, killing five soldiers.", "ASSAULT", "explosives"),
        ("Gunmen shot dead a Peruvian judge in Lima.", "ASSAULT", "firearms"),
        # an act-naming mode stands against instrument words
        ("Gunmen assassinated the Bolivian energy minister in La Paz.", "ASSAULT", "assassinate"),
        # no instrument named: PLOVER's catch-all
        ("Sudanese militiamen attacked a village in Chad.", "ASSAULT", "other"),
        ("Nepalese authorities imposed a curfew in Kathmandu.", "COERCE", "curfew"),
        ("Jailed Uruguayan activists began a hunger strike.", "PROTEST", "strike-hun"),
        ("Turkish jets carried out air strikes on camps in Iraq.", "ASSAULT", "heavy-weapons"),
    ],
)
def test_material_mode_from_the_sentence_words(nlp, text, typ, mode):
    event = main_event_of_text(nlp, text)
    assert event is not None and (event.type, event.mode) == (typ, mode)


def test_a_topic_is_not_the_form_of_a_protest(nlp):
    event = main_event_of_text(nlp, "Kenyans rallied in Nairobi against the Ugandan blockade.")
    assert event is not None and (event.type, event.mode) == ("PROTEST", "demo-org")


@pytest.mark.parametrize(
    "text, mode",
    [
        ("Rioters set fire to shops in the Kenyan capital.", "riot-spon"),
        ("Protesters blockaded the Danish embassy in Tehran.", "obstruct"),
    ],
)
def test_damage_or_blockade_by_protesters_is_a_protest(nlp, text, mode):
    event = main_event_of_text(nlp, text)
    assert event is not None and (event.type, event.mode) == ("PROTEST", mode)


def test_the_same_blockade_by_a_state_is_coercion(nlp):
    event = main_event_of_text(nlp, "The Iranian navy blockaded the Danish ship in the Gulf.")
    assert event is not None and event.type == "COERCE"


@pytest.mark.parametrize(
    "text, mode",
    [
        ("Thailand's army chief threatened to impose martial law in Bangkok.", "martial-law"),
        ("Turkey threatened military action against Kurdish militias.", "violence"),
        ("Morocco threatened to sever diplomatic ties with Algeria.", "relations"),
        ("Egypt threatened to ban opposition rallies in Cairo.", "restrict"),
        ("Caracas threatened to arrest opposition leaders who joined the strike.", "restrict"),
    ],
)
def test_threat_mode_from_what_is_threatened(nlp, text, mode):
    event = main_event_of_text(nlp, text)
    assert event is not None and (event.type, event.mode) == ("THREATEN", mode)


def test_striking_a_deal_is_not_an_attack(nlp):
    event = main_event_of_text(nlp, "Chile and Peru struck a deal on fishing rights.")
    assert event is not None and event.type == "AGREE"


def test_a_promise_to_impose_martial_law_threatens_martial_law(nlp):
    event = main_event_of_text(nlp, "The Bolivian government said it was prepared to impose martial law in Santa Cruz.")
    assert event is not None and (event.type, event.mode) == ("THREATEN", "martial-law")


def test_a_purpose_clause_does_not_outrank_the_act_done_for_it(nlp):
    event = main_event_of_text(nlp, "A Tunisian senator started a hunger strike on Monday to protest the new law.")
    assert event is not None and (event.type, event.mode) == ("PROTEST", "strike-hun")
