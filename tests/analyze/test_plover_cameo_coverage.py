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


def test_domestic_default_kept_for_a_domestic_group(nlp):
    """"banned Ugandan opposition parties": a group of the country says whose politics it is."""
    event = main_event_of_text(nlp, "President Okello has banned Ugandan opposition parties from the vote.")
    assert event is not None and {a.code for a in event.actors} == {"UGA"}


def test_contrastive_not_does_not_negate_the_verb(nlp):
    event = main_event_of_text(nlp, "The mayor said the island will need help with food and water for months, not weeks.")
    assert event is not None and (event.type, event.mode) == ("REQUEST", "aid")


def test_negated_trigger_does_not_silence_another_clause(nlp):
    """The quoted obligation is negated (no event); the offer in the other clause still counts."""
    text = ('"Water must not be used as a weapon," the spokeswoman said, adding that the Commission '
            "was ready to host talks in Geneva if both governments agreed.")
    event = main_event_of_text(nlp, text)
    assert event is not None and (event.type, event.mode) == ("AGREE", "mediate")


def test_negated_trigger_still_silences_its_own_clause(nlp):
    assert main_event_of_text(nlp, "Ruritania did not threaten to close the strait.") is None


@pytest.mark.parametrize(
    "text, typ, mode",
    [
        # consent to the offer itself invites; a consent to another act demands that act
        ("Norway offered to host talks if both governments agreed.", "AGREE", "mediate"),
        ("Peru said the duties would be lifted if Chile agreed to recognise its certificates.", "REQUEST", "change"),
    ],
)
def test_consent_conditions(nlp, text, typ, mode):
    event = main_event_of_text(nlp, text)
    assert event is not None and (event.type, event.mode) == (typ, mode)


def test_crowd_of_protesters_surrounding_an_embassy_protests(nlp):
    event = main_event_of_text(nlp, "Thousands of angry protesters surrounded the Peruvian embassy on Tuesday night.")
    assert event is not None and event.type == "PROTEST"


@pytest.mark.parametrize(
    "text, typ, mode",
    [
        # hosting two parties together is hosting their talks: mediation
        ("The bishops said they would host both sides next week.", "AGREE", "mediate"),
        ("Norway will host Serbia and Kosovo in Oslo.", "AGREE", "mediate"),
        # a promise of money is a promise of material aid (CAMEO 033)
        ("Ireland's prime minister promised 50 million euros.", "AGREE", "aid"),
        # a demand to respect an order or to refrain from acting asks the other side to yield
        ("Chile called on Peru to respect the court's order.", "REQUEST", "yield"),
    ],
)
def test_stance_and_host_modes(nlp, text, typ, mode):
    event = main_event_of_text(nlp, text)
    assert event is not None and (event.type, event.mode) == (typ, mode)


def test_hosting_one_guest_is_no_mediation(nlp):
    event = main_event_of_text(nlp, "Norway will host the Serbian president in Oslo.")
    assert event is not None and event.mode != "mediate"


def test_expecting_a_named_party_to_act_is_a_demand(nlp):
    event = main_event_of_text(nlp, "Chile said it expected Peru to withdraw its troops from the border.")
    assert event is not None and (event.type, event.mode) == ("REQUEST", "yield")
    assert {a.code for a in event.recipients} == {"PER"}


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expect the tariffs to disappear by spring.",  # a prediction about things
        "They expect us to stay home and watch television.",  # no named party
    ],
)
def test_expecting_no_named_party_is_no_demand(nlp, text):
    event = main_event_of_text(nlp, text)
    assert event is None or event.type != "REQUEST"
