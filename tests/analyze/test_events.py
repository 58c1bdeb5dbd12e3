"""PLOVER events: type, actors, recipients, intent and negation, conditional talks."""

from __future__ import annotations

import pytest

from newsprism.analyze.plover import main_event_of_text
from newsprism.records import PLOVER_TYPES


@pytest.mark.parametrize(
    "text, typ, actor, recipient",
    [
        ("Norway agreed to resume fishing talks with Iceland.", "AGREE", "NOR", "ISL"),
        ("The Chilean foreign minister telephoned his Peruvian counterpart on Monday.", "CONSULT", "CHL", "PER"),
        ("Kenya sent food and medicine to Somalia last week.", "AID", "KEN", "SOM"),
        ("Canadian officials demanded that Denmark return the seized trawler.", "REQUEST", "CAN", "DNK"),
        ("Ghana rejected Togo's proposal for a joint border force.", "REJECT", "GHA", "TGO"),
        ("Poland threatened to expel Belarusian diplomats.", "THREATEN", "POL", "BLR"),
        ("Peruvian troops attacked rebel camps near the Ecuadorian border.", "ASSAULT", "PER", ""),
        ("Mexico imposed a curfew in the border towns.", "COERCE", "MEX", ""),
        ("The Hungarian government has been accused by Austria of hiding the report.", "ACCUSE", "AUT", "HUN"),
    ],
)
def test_events_type_actor_recipient(nlp, text, typ, actor, recipient):
    event = main_event_of_text(nlp, text)
    assert event is not None and event.type == typ
    assert actor in {a.code for a in event.actors}
    if recipient:
        assert recipient in {a.code for a in event.recipients}


def test_events_intent_turns_cooperation_into_agree_and_force_into_threaten(nlp):
    assert main_event_of_text(nlp, "Sweden will send aid to Finland.").type == "AGREE"
    assert main_event_of_text(nlp, "Sweden said it would impose a blockade on the harbour.").type == "THREATEN"


def test_events_negated_cooperation_is_reject(nlp):
    event = main_event_of_text(nlp, "Brazil said it would not negotiate with Argentina.")
    assert event.type == "REJECT" and {a.code for a in event.actors} == {"BRA"}


def test_events_conditional_talks_are_a_request_with_conditions(nlp):
    event = main_event_of_text(nlp, "Talks with Chile are possible only if Bolivia ends its blockade, the Peruvian president said.")
    assert event.type == "REQUEST" and event.mode == "yield"
    assert event.conditions and "BOL" in {a.code for a in event.recipients}


def test_events_score_and_cameo_follow_the_bridge(nlp):
    event = main_event_of_text(nlp, "Uganda threatened to cut off electricity to Kenya.")
    assert event.type == "THREATEN" and event.cameo.startswith("13") and event.score < 0
    assert set(PLOVER_TYPES) >= {event.type}


@pytest.mark.parametrize("text", ["The weather was mild all week.", "Prices rose again in the capital."])
def test_events_none_from_background(nlp, text):
    assert main_event_of_text(nlp, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Peru did not attack the border post.",  # negated force is no event
        "The treaty remains unpopular in parliament.",  # an agreement noun as subject is background
    ],
)
def test_events_none_from_negated_force_or_subject_nouns(nlp, text):
    event = main_event_of_text(nlp, text)
    assert event is None or event.type not in ("ASSAULT", "AGREE", "SUPPORT")


def test_events_trigger_inside_a_condition_is_not_the_event(nlp):
    event = main_event_of_text(nlp, "Oman said it stood ready to help if both parties request it.")
    assert event is None or event.type != "REQUEST"


def test_events_topic_names_do_not_name_the_actor(nlp):
    event = main_event_of_text(nlp, "The ministry's statement on Chile rejected the Bolivian proposal.")
    assert event is not None and "CHL" not in {a.code for a in event.actors}


def test_events_domestic_recipient_defaults_to_the_actors_country(nlp):
    event = main_event_of_text(nlp, "Chilean police arrested the opposition leader on Friday.")
    assert event is not None and event.type == "COERCE"
    assert [(a.code, a.sector) for a in event.recipients] == [("CHL", "OPP")]


@pytest.mark.parametrize(
    "text, typ, mode",
    [
        ("Estonia sent tents and blankets to Moldova after the earthquake.", "AID", "humanitarian"),
        ("Armenian gunmen opened fire on a convoy near the Georgian border.", "ASSAULT", "firearms"),
        ("Latvia asked Lithuania for talks on the fishing dispute.", "REQUEST", "meet"),
        ("Slovakia refused to withdraw its troops from the disputed valley.", "REJECT", "yield"),
    ],
)
def test_events_mode_from_the_clause(nlp, text, typ, mode):
    event = main_event_of_text(nlp, text)
    assert event is not None and (event.type, event.mode) == (typ, mode)


@pytest.mark.parametrize(
    "text, typ",
    [
        ("Serbian police cracked down on the students in Belgrade.", "COERCE"),
        ("Croatia ruled out a compromise with Slovenia over the bay.", "REJECT"),
        ("Malta's prime minister lambasted Tunisia over the detained fishermen.", "ACCUSE"),
        ("Cyprus and Greece signed a deal on gas exploration.", "SUPPORT"),
        ("Bulgaria dispatched troops to the Turkish border.", "MOBILIZE"),
        ("Romania said it was not going to withdraw its troops from the border.", "REJECT"),
        ("Portugal helped support Angola's bid for a seat on the council.", "SUPPORT"),
    ],
)
def test_events_broadened_lexicon_and_rules(nlp, text, typ):
    event = main_event_of_text(nlp, text)
    assert event is not None and event.type == typ


@pytest.mark.parametrize(
    "text, code, sector",
    [
        ("Qatar condemned Bahrain on Monday.", "QAT", "GOV"),  # a bare country stands for its state
        ("Kuwaiti rebels attacked a police post.", "KWT", "REB"),
        ("The Jordanian army shelled the camp.", "JOR", "MIL"),
    ],
)
def test_events_actor_sector(nlp, text, code, sector):
    event = main_event_of_text(nlp, text)
    assert event is not None and (event.actors[0].code, event.actors[0].sector) == (code, sector)


def test_events_wanting_another_party_to_act_is_a_request(nlp):
    event = main_event_of_text(nlp, "Chile said it wanted Peru to return the seized ships.")
    assert event is not None and event.type == "REQUEST" and "PER" in {a.code for a in event.recipients}
    plain = main_event_of_text(nlp, "Chile wants to host the games.")
    assert plain is None or plain.type != "REQUEST"


def test_events_place_of_a_statement_is_no_recipient_but_place_of_an_attack_is(nlp):
    said = main_event_of_text(nlp, "In Rome, the Spanish minister criticised France over the fishing quotas.")
    assert said is not None and said.type == "ACCUSE" and "ITA" not in {a.code for a in said.recipients}
    attack = main_event_of_text(nlp, "Ugandan troops shelled villages in Rwanda.")
    assert attack is not None and "RWA" in {a.code for a in attack.recipients}


@pytest.mark.parametrize(
    "text, code, sector",
    [
        ("Former Peruvian president Ana Quispe demanded new elections.", "PER", "ELI"),
        ("Angolans protested outside the parliament on Monday.", "AGO", "CVL"),
        ("The Philippines condemned the raid.", "PHL", "GOV"),  # a country name ending in -s
    ],
)
def test_events_former_office_holders_and_plural_nationalities(nlp, text, code, sector):
    event = main_event_of_text(nlp, text)
    assert event is not None and (event.actors[0].code, event.actors[0].sector) == (code, sector)


def test_events_recipient_from_a_relative_clause_and_not_from_a_topic(nlp):
    rejected = main_event_of_text(nlp, "Norway rejected the conditions that Sweden had set for the fishing deal.")
    assert rejected is not None and rejected.type == "REJECT" and "SWE" in {a.code for a in rejected.recipients}
    talks = main_event_of_text(nlp, "Chile and Bolivia held talks on a Peruvian proposal for a corridor.")
    assert talks is not None and talks.type == "CONSULT" and "PER" not in {a.code for a in talks.recipients}


@pytest.mark.parametrize(
    "text, mode",
    [
        ("Poland threatened to sever diplomatic ties with Belarus.", "relations"),
        ("Armenia threatened to shell the border villages.", "violence"),
    ],
)
def test_events_threat_mode_from_what_is_threatened(nlp, text, mode):
    event = main_event_of_text(nlp, text)
    assert event is not None and (event.type, event.mode) == ("THREATEN", mode)


def test_events_negation_reaches_a_trigger_through_prepositions_not_through_another_noun(nlp):
    refused = main_event_of_text(nlp, "Spain said the fishing quota was not up for negotiation with Morocco.")
    assert refused is not None and refused.type == "REJECT"
    other_noun = main_event_of_text(nlp, "Italy has not lost its appetite for talks with Libya.")
    assert other_noun is None or other_noun.type != "REJECT"


@pytest.mark.parametrize(
    "text, typ, mode",
    [
        # a negated refusal of talks signals openness to them: AGREE (meet), never REJECT
        ('Bolivia "has not closed the door to talks with Chile," minister Elena Vargo said.', "AGREE", "meet"),
        ("Paraguay did not rule out talks with Uruguay.", "AGREE", "meet"),
        ("Chile is not opposed to talks with Bolivia, the foreign minister said.", "AGREE", "meet"),
        ("Ecuador did not refuse to meet Colombia.", "AGREE", "meet"),
        ("Ecuador no longer refuses talks with Colombia.", "AGREE", "meet"),  # "no longer" negates as "not" does
        # leaving force or sanctions open is a veiled threat
        ("Chile did not rule out sanctions against Bolivia.", "THREATEN", "relations"),
    ],
)
def test_events_double_negation_is_not_a_refusal(nlp, text, typ, mode):
    event = main_event_of_text(nlp, text)
    assert event is not None and (event.type, event.mode) == (typ, mode)


def test_events_no_longer_negates_cooperation(nlp):
    # the claims layer's reading of a negated verb: "no longer" is a negator like "not"
    event = main_event_of_text(nlp, "Norway will no longer support the fishing agreement with Chile.")
    assert event is not None and event.type == "REJECT"
    assert main_event_of_text(nlp, "Norway will support the fishing agreement with Chile.").type == "AGREE"


@pytest.mark.parametrize(
    "text",
    [
        "Chile did not reject the Bolivian proposal.",  # not rejecting a proposal is not accepting it
        "Chile has not closed its embassy in Bolivia.",  # a negated material act did not happen
    ],
)
def test_events_negated_refusal_of_a_thing_is_no_event(nlp, text):
    assert main_event_of_text(nlp, text) is None


@pytest.mark.parametrize(
    "text, typ",
    [
        ("Peru refused to meet Ecuador.", "REJECT"),
        ("Chile closed the door to talks with Bolivia.", "REJECT"),
        ("Chile closed its embassy in Bolivia.", "SANCTION"),
        ("Chile said it would never negotiate with Bolivia.", "REJECT"),  # a refusal made now
    ],
)
def test_events_plain_refusals_and_closures_are_still_coded(nlp, text, typ):
    event = main_event_of_text(nlp, text)
    assert event is not None and event.type == typ


@pytest.mark.parametrize(
    "text",
    [
        "Chile has long demanded that Bolivia withdraw its troops from the border.",
        "Peruvian officials have always opposed any deal with Ecuador.",
        "Uruguay has rejected direct talks with Paraguay before.",
        "Colombian ministers have criticised Venezuela for years over the border closures.",
        "Ecuadorian officials have in the past warned Peru against any deal with Chile.",
    ],
)
def test_events_background_aspect_is_not_an_event(nlp, text):
    assert main_event_of_text(nlp, text) is None


def test_events_a_dated_past_act_is_not_background(nlp):
    event = main_event_of_text(nlp, "Chile had attacked the border post two days before.")
    assert event is not None and event.type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia has been under sanctions since the coup.",  # "under" + event noun: a standing state
        "Under the agreement, Peru will cut its tariffs on Chilean wine.",  # the terms of an old deal
        "The treaty must still be ratified by Chile and Peru.",  # the writer's obligation: not yet done
        "The minister said Lima did not expect Bolivia to accept the offer.",  # a prediction about another
    ],
)
def test_events_states_frameworks_and_predictions_are_not_events(nlp, text):
    event = main_event_of_text(nlp, text)
    assert event is None or event.type not in ("SANCTION", "AGREE", "SUPPORT")


def test_events_source_description_is_not_the_event(nlp):
    event = main_event_of_text(nlp, "A Peruvian official who asked not to be named said Lima would send aid to Bolivia.")
    assert event is not None and event.type == "AGREE" and "BOL" in {a.code for a in event.recipients}
    only_source = main_event_of_text(nlp, "A Peruvian official who asked not to be named said the border would stay open.")
    assert only_source is None or only_source.type != "REQUEST"


@pytest.mark.parametrize(
    "text, coded",
    [
        ("Chile could soon agree to talks with Bolivia, perhaps as early as next month.", False),  # writer's guess
        ("Chile agreed to talks with Bolivia on Monday.", True),
        ("Chile keeps 3,000 troops in Bolivia and provides military aid to Peru.", False),  # narrated state
        ("Chile sent military aid to Peru on Monday.", True),
        ('"Chile provides military aid to Peru," the Bolivian minister Rosa Ilari said.', True),  # speech
    ],
)
def test_events_document_drops_writer_speculation_and_narrated_states(nlp, text, coded):
    events = nlp(text)._.np_events
    assert bool(events) == coded


@pytest.mark.parametrize(
    "text, coded",
    [
        ("Analysts said Chile could agree to talks with Bolivia next month.", False),  # commentators' guess
        ("Some observers believe Peru will send troops to Bolivia.", False),
        ("The Chilean foreign minister said Chile could agree to talks with Bolivia.", True),  # a party's own words
    ],
)
def test_events_document_drops_commentators_guesses(nlp, text, coded):
    assert bool(nlp(text)._.np_events) == coded


def test_events_deliberating_a_question_is_not_consultation(nlp):
    event = main_event_of_text(nlp, "Officials said the Chilean cabinet had discussed whether to send an envoy to Peru.")
    assert event is None or event.type != "CONSULT"
    talks = main_event_of_text(nlp, "Chile discussed the border with Peru on Monday.")
    assert talks is not None and talks.type == "CONSULT"
