"""Lexicon coverage by word class, from the CAMEO root definitions: verbs each root lists and
the nouns of verbs already known. Invented sentences about fictional events."""

from __future__ import annotations

import pytest

from newsprism.analyze.plover import main_event_of_text


@pytest.mark.parametrize(
    "text, typ",
    [
        # 02 / 10: lobbying and pressing for something is an appeal
        ("Fiji and Tonga lobbied hard for the new fisheries rules.", "REQUEST"),
        ("Chile pushed for a ban on bottom trawling.", "REQUEST"),
        # 05: verbal support, also as a noun
        ("Austria and Slovenia issued statements of support.", "SUPPORT"),
        ("Norway stood with Iceland throughout the dispute.", "SUPPORT"),
        # 07: money given is aid
        ("Denmark contributed 40 million euros to the flood fund.", "AID"),
        # 15: military exercises are a show of force, joint ones cooperation
        ("Ruritania began its largest military exercises in a decade near the border.", "MOBILIZE"),
        ("Peru and Chile held joint naval exercises off Arica.", "COOPERATE"),
        # 16: a diplomat withdrawn or thrown out reduces relations
        ("Ghana withdrew its ambassador from Togo.", "SANCTION"),
        ("Estonia kicked out two Ruritanian diplomats.", "SANCTION"),
        # 17: breaking up gatherings is repression
        ("Riot police broke up three opposition gatherings in the capital.", "COERCE"),
    ],
)
def test_cameo_word_classes(nlp, text, typ):
    event = main_event_of_text(nlp, text)
    assert event is not None and event.type == typ


def test_promised_contribution_is_an_offer_of_aid(nlp):
    event = main_event_of_text(nlp, "Canada said it would contribute 30 million dollars to the relief effort.")
    assert event is not None and (event.type, event.mode) == ("AGREE", "aid")


def test_withdrawn_troops_stay_a_retreat(nlp):
    """The SANCTION reading of "withdraw" needs a diplomat; troops pulled out are RETREAT."""
    event = main_event_of_text(nlp, "Ghana withdrew its troops from the disputed island.")
    assert event is not None and event.type == "RETREAT"


@pytest.mark.parametrize(
    "text, typ, mode",
    [
        # a refusal limited by a clause names the price: a demand (examples/gold/README.md)
        ("Tuvalu says it will not sign the fisheries statement until the quota is restored.", "REQUEST", "change"),
        ("Ghana will not sign the accord until Togo withdraws its troops.", "REQUEST", "yield"),
        # limited only by a time, nothing is asked of anyone
        ("Chile said there is nothing to discuss with Peru until then.", "REJECT", "meet"),
    ],
)
def test_refusal_until_a_clause_is_a_demand(nlp, text, typ, mode):
    event = main_event_of_text(nlp, text)
    assert event is not None and (event.type, event.mode) == (typ, mode)


def test_domestic_default_is_not_the_state_aimed_at(nlp):
    """Marchers with no nationality are not the country whose embassy they march to."""
    event = main_event_of_text(nlp, "Several hundred people marched to the Peruvian embassy on Tuesday.")
    assert event is not None and event.type == "PROTEST"
    assert "PER" not in {a.code for a in event.actors} and "PER" in {a.code for a in event.recipients}


def test_domestic_default_kept_for_a_domestic_group(nlp):
    """"banned Ugandan opposition parties": a group of the country says whose politics it is."""
    event = main_event_of_text(nlp, "President Okello has banned Ugandan opposition parties from the vote.")
    assert event is not None and {a.code for a in event.actors} == {"UGA"}
