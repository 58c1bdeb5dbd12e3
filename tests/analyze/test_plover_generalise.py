"""PLOVER coder rules meant to transfer beyond the lexicon: the mode of a request or refusal
from its closest argument, negated acts keeping their own mode, and speakers' countries."""

from __future__ import annotations

import pytest

from newsprism.analyze.plover import main_event_of_text


@pytest.mark.parametrize(
    "text, typ, mode",
    [
        # the rejected thing is the preconditions, not the talks they are for
        ("Chile said it would not accept preconditions for talks with Bolivia.", "REJECT", "change"),
        ("Chile refused to hold talks with Bolivia.", "REJECT", "meet"),
        # a negated withdrawal is a refusal to yield
        ("Norway said it was not going to withdraw its ships from the fjord.", "REJECT", "yield"),
        # a negated mediation stays mediation
        ("Ghana said it was not seeking mediation in the dispute with Togo.", "REJECT", "mediate"),
        ("Peru demanded that Ecuador withdraw its troops from the valley.", "REQUEST", "yield"),
        ("Peru rejected the terms that Ecuador had set.", "REJECT", "change"),
    ],
)
def test_stance_mode_from_closest_argument(nlp, text, typ, mode):
    event = main_event_of_text(nlp, text)
    assert event is not None and (event.type, event.mode) == (typ, mode)


def test_speaker_office_takes_country_named_outside_his_speech(nlp):
    text = "Talks with Norway are impossible while it keeps its fleet nearby, the prime minister told lawmakers in Nairobi."
    event = main_event_of_text(nlp, text)
    assert event is not None and {a.code for a in event.actors} == {"KEN"}
    assert "NOR" in {a.code for a in event.recipients}


def test_speaker_country_is_not_the_one_he_talks_about(nlp):
    event = main_event_of_text(nlp, "The spokeswoman said the policy on Morocco was not up for negotiation.")
    assert event is None or "MAR" not in {a.code for a in event.actors}


def test_possessive_state_noun_is_the_speakers_state(nlp):
    event = main_event_of_text(nlp, "Kenya's president signalled that his country was open to talks with Uganda.")
    assert event is not None and {a.code for a in event.actors} == {"KEN"}


def test_offer_under_a_strict_requirement_is_a_demand_on_the_other_side(nlp):
    event = main_event_of_text(nlp, "Chile said it would accept the proposal only if Bolivia first withdrew its troops.")
    assert event is not None and event.type == "REQUEST" and "BOL" in {a.code for a in event.recipients}


def test_offer_with_a_plain_if_stays_an_offer(nlp):
    event = main_event_of_text(nlp, "Chile offered to send doctors to Bolivia if La Paz requested them.")
    assert event is not None and event.type == "AGREE"


def test_coder_mentions_know_the_entity_layer_names(nlp):
    from newsprism.analyze.actors import mentions

    doc = nlp.make_doc("Bangladeshi envoys met officials in Doha and Muscat.")
    assert {code for _f, _l, code, _s in mentions(list(doc))} == {"BGD", "QAT", "OMN"}


def test_speaker_country_from_a_capital_the_coder_list_lacks(nlp):
    text = "Talks with Norway are impossible while it keeps its fleet nearby, the prime minister told lawmakers in Doha."
    event = main_event_of_text(nlp, text)
    assert event is not None and {a.code for a in event.actors} == {"QAT"}


@pytest.mark.parametrize(
    "text, mode",
    [
        ("The Chilean navy has no plans to withdraw its ships from the strait.", "yield"),
        ("Peru said it had no intention of holding talks with Ecuador.", "meet"),
        ("Officials said Norway had no plans to alter its fishing rules.", ""),
        ("Officials said Norway had no plans to alter its naval posture in the Arctic.", "yield"),
    ],
)
def test_a_denied_plan_is_a_refusal_of_the_planned_act(nlp, text, mode):
    event = main_event_of_text(nlp, text)
    assert event is not None and (event.type, event.mode) == ("REJECT", mode)


def test_a_plan_that_is_not_denied_is_no_refusal(nlp):
    event = main_event_of_text(nlp, "Norway has plans to alter its fishing rules.")
    assert event is None or event.type != "REJECT"


def test_pronoun_subject_continues_the_coded_subject_of_an_earlier_sentence(nlp):
    text = ("Kenya's foreign minister spoke to reporters in Nairobi on Monday. "
            "She said the government would not negotiate with the rebels.")
    events = [e for e in nlp(text)._.np_events if e.type == "REJECT"]
    assert events and {a.code for a in events[0].actors} == {"KEN"}


def test_pronoun_subject_without_an_earlier_coded_subject_stays_uncoded(nlp):
    text = "The weather was mild on Monday. She said the government would not negotiate with the rebels."
    assert not [e for e in nlp(text)._.np_events if e.type == "REJECT"]


@pytest.mark.parametrize(
    "text, typ, mode",
    [
        ("Talks with Norway are impossible, the Chilean minister said.", "REJECT", "meet"),
        ("Chile said talks with Norway were out of the question.", "REJECT", "meet"),
        ("Chile said the demands of Norway were unacceptable.", "REJECT", ""),
        ("The blockade is a major obstacle to talks with Norway, Chile said.", "REJECT", "meet"),
        ("Chile said there were no barriers to talks with Norway.", "AGREE", "meet"),
    ],
)
def test_denied_or_obstructed_acts_are_refused(nlp, text, typ, mode):
    event = main_event_of_text(nlp, text)
    assert event is not None and (event.type, event.mode) == (typ, mode)
    assert {a.code for a in event.actors} == {"CHL"} and "NOR" in {a.code for a in event.recipients}


def test_an_act_called_merely_useful_is_no_event(nlp):
    assert main_event_of_text(nlp, "Chile said talks with Norway were useful.") is None


@pytest.mark.parametrize(
    "text, recipients",
    [
        ("The Chilean minister told the Norwegian ambassador that Chile would not accept the terms.", {"NOR"}),
        ("Chile informed Peru that it would not accept the terms.", {"PER"}),
        ("Chile told reporters it would not accept the terms.", set()),
    ],
)
def test_addressee_of_the_report_is_the_recipient_of_a_stance_without_one(nlp, text, recipients):
    event = main_event_of_text(nlp, text)
    assert event is not None and {a.code for a in event.actors} == {"CHL"}
    assert {a.code for a in event.recipients} == recipients


@pytest.mark.parametrize(
    "text, mode, actor, recipient",
    [
        ('"Stop arming the rebels," the Chilean minister told Norway.', "yield", "CHL", "NOR"),
        ('"Talk to us," the Peruvian minister said.', "meet", "PER", ""),
        ('"Let them end their support for the rebels."', "yield", "", ""),
    ],
)
def test_quoted_imperative_is_a_demand(nlp, text, mode, actor, recipient):
    event = main_event_of_text(nlp, text)
    assert event is not None and (event.type, event.mode) == ("REQUEST", mode)
    assert {a.code for a in event.actors} == ({actor} if actor else set())
    if recipient:
        assert recipient in {a.code for a in event.recipients}


def test_base_verb_after_a_subject_is_no_imperative(nlp):
    event = main_event_of_text(nlp, "Chile and Peru withdraw their ambassadors.")
    assert event is None or event.type != "REQUEST"


@pytest.mark.parametrize(
    "text, typ, mode",
    [
        ("Peru said it will need help with food and medicine for weeks.", "REQUEST", "aid"),
        ("Peru issued an appeal to Chile for medical supplies.", "REQUEST", "aid"),
    ],
)
def test_stated_need_for_aid_is_an_appeal(nlp, text, typ, mode):
    event = main_event_of_text(nlp, text)
    assert event is not None and (event.type, event.mode) == (typ, mode)


def test_needing_something_other_than_aid_is_no_event(nlp):
    assert main_event_of_text(nlp, "Peru needs a new strategy, the minister said.") is None
