"""PLOVER modes of requests, refusals and offers, and the news phrasing of plover_stances.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.analyze.plover import _inside_condition, main_event_of_text
from newsprism.eval.events import load_gold, pipeline_coder, score_events
from newsprism.records import Condition, Span

NEWS_DEV2 = Path(__file__).parent / "fixtures" / "plover_news_dev2.json"


def test_second_news_dev_set_keeps_its_accuracy(nlp):
    # 53 invented sentences in the phrasing classes the held-out events missed, hand-coded
    # before any run (type 0.434, mode 0.258 at first); floors sit under today's figures.
    figures = score_events(load_gold(NEWS_DEV2), pipeline_coder(nlp))
    assert figures["records"] == 53
    assert figures["type_accuracy"] >= 0.92
    assert figures["mode_accuracy"] >= 0.88
    assert figures["recipient_f1"] >= 0.88


def _event(nlp, text):
    event = main_event_of_text(nlp, text)
    assert event is not None, text
    return event


@pytest.mark.parametrize(
    "text, mode",
    [
        ("Bolivia demanded that Chile stop dredging the river mouth.", "change"),
        ("Bolivia demanded that Chile stop the air strikes on its villages.", "yield"),
        ("Bolivia urged Chile to end the blockade of the port.", "yield"),
        ("Bolivia urged Chile to halt exports of raw copper.", "change"),
    ],
)
def test_what_is_stopped_gives_the_demands_mode(nlp, text, mode):
    event = _event(nlp, text)
    assert (event.type, event.mode) == ("REQUEST", mode)


@pytest.mark.parametrize(
    "text, mode, recipient",
    [
        ("Uruguay said the fees would be scrapped if Paraguay signed the river treaty.", "change", "PRY"),
        ("Uruguay said the embargo would be eased if Paraguay released the crew.", "yield", "PRY"),
        ("Uruguay said the port would be reopened if Paraguay withdrew its gunboats.", "yield", "PRY"),
    ],
)
def test_lifting_a_measure_if_the_other_side_acts_demands_that_act(nlp, text, mode, recipient):
    event = _event(nlp, text)
    assert (event.type, event.mode) == ("REQUEST", mode)
    assert recipient in {a.code for a in event.recipients}


def test_an_offer_if_the_other_side_asks_stays_an_offer(nlp):
    event = _event(nlp, "Uruguay said it would send doctors to Paraguay if Asuncion asked for them.")
    assert event.type == "AGREE"


@pytest.mark.parametrize(
    "text, mode",
    [
        ("\"We will not stop drilling in our own waters,\" the Cypriot minister said.", "change"),
        ("Cyprus said it would not halt the naval blockade.", "yield"),
    ],
)
def test_a_refused_cessation_is_a_rejection(nlp, text, mode):
    event = _event(nlp, text)
    assert (event.type, event.mode) == ("REJECT", mode)


def test_a_past_cessation_not_done_is_no_refusal(nlp):
    event = main_event_of_text(nlp, "Cyprus did not stop the tanker.")
    assert event is None or event.type != "REJECT"


def test_nothing_to_discuss(nlp):
    event = _event(nlp, "Hungary's envoy said there was nothing to negotiate with Slovakia.")
    assert (event.type, event.mode) == ("REJECT", "meet")
    event = _event(nlp, "There is nothing to talk about until Slovakia withdraws its police, Hungary said.")
    assert (event.type, event.mode) == ("REQUEST", "yield")
    assert "SVK" in {a.code for a in event.recipients}


@pytest.mark.parametrize(
    "text, typ",
    [
        ("Peru will impose a 15 percent duty on Chilean wine from January 1.", "SANCTION"),
        ("Peru will impose a 15 percent duty on Chilean wine if the talks fail.", "THREATEN"),
        ("Peru may impose a duty on Chilean wine from January 1.", "THREATEN"),
    ],
)
def test_a_dated_measure_is_announced_not_threatened(nlp, text, typ):
    assert _event(nlp, text).type == typ


def test_weighing_all_options_is_a_veiled_threat_and_the_court_no_target(nlp):
    event = _event(nlp, "Australia said it would weigh all options, including a case at the World Trade Organization.")
    assert event.type == "THREATEN" and not event.recipients
    event = _event(nlp, "Australia examined the shipment records of the vessel.")
    assert event.type != "THREATEN"


def test_domestic_criticism_gives_way_to_the_act_it_follows(nlp):
    event = _event(nlp, "Ghana's opposition leader criticised the government a day after Accra imposed tariffs on Nigerian rice.")
    assert event.type == "SANCTION" and "NGA" in {a.code for a in event.recipients}


def test_an_investigation_of_a_compatriot_stays(nlp):
    event = _event(nlp, "Ghanaian prosecutors opened an investigation into a former Ghanaian minister over the rice deal.")
    assert event.type == "ACCUSE"


@pytest.mark.parametrize(
    "text, typ, mode",
    [
        ("Oman offered to host talks between the two delegations.", "AGREE", "mediate"),
        ("Oman said it was ready to host another round of negotiations.", "AGREE", "mediate"),
        ("Oman said it would host the Iranian foreign minister next week.", "AGREE", "meet"),
        ("The British envoy met officials at the Omani foreign ministry on Sunday.", "CONSULT", "visit"),
        ("The British envoy met Omani officials in Geneva on Sunday.", "CONSULT", "meet"),
    ],
)
def test_hosting_talks_mediates_and_meeting_at_their_ministry_visits(nlp, text, typ, mode):
    event = _event(nlp, text)
    assert (event.type, event.mode) == (typ, mode)


def test_each_other_is_both_ways(nlp):
    event = _event(nlp, "Sudan and Chad accused each other of arming the rebels.")
    assert {a.code for a in event.recipients} == {"SDN", "TCD"} == {a.code for a in event.actors}


@pytest.mark.parametrize(
    "text, typ",
    [
        ("Portugal said it regretted the Spanish decision.", "ACCUSE"),
        ("Nepal hit Indian steel with a 20 percent levy.", "SANCTION"),
        ("Relatives of the missing sailors gathered outside the Peruvian navy headquarters.", "PROTEST"),
        ("The Danish side stood firm on its conditions.", "REJECT"),
        ("Ecuador says it is ready for peace.", "AGREE"),
    ],
)
def test_news_phrasing(nlp, text, typ):
    assert _event(nlp, text).type == typ


def test_a_month_is_not_a_march(nlp):
    event = _event(nlp, "Peru will impose duties on Chilean copper from March 1.")
    assert event.trigger.text == "impose"


@given(st.integers(0, 40), st.integers(0, 40), st.sampled_from(["if", "until", "only if"]))
def test_a_trigger_before_the_connective_is_outside_the_condition(prefix, idx, connective):
    text = "x" * prefix + connective + " they leave"
    cond = Condition(span=Span(100, 100 + len(text), text), connective=connective, required="they leave")
    opens = 100 + prefix
    assert _inside_condition(100 + idx, cond) == (opens <= 100 + idx < cond.span.end)


def test_both_sides_are_the_pair_named_before(nlp):
    text = ("Serbia and Croatia agreed on Monday to reopen two border crossings. "
            "Both sides accused each other of delaying the deal for months.")
    events = [e for e in nlp(text)._.np_events if e.type == "ACCUSE"]
    assert len(events) == 1
    assert {a.code for a in events[0].actors} == {"SRB", "HRV"} == {a.code for a in events[0].recipients}


def test_both_sides_need_a_pair_named_before(nlp):
    event = main_event_of_text(nlp, "Both sides accused each other of delaying the deal.")
    assert event is None or not event.actors


def test_what_faces_a_measure_is_its_target(nlp):
    event = _event(nlp, "Chilean copper will face a 10 percent duty from May 1, the Peruvian trade ministry said.")
    assert event.type == "SANCTION"
    assert [a.code for a in event.actors] == ["PER"] and [a.code for a in event.recipients] == ["CHL"]


def test_a_measure_unless_the_target_acts_is_a_threat(nlp):
    assert _event(nlp, "Chile faces sanctions unless it releases the fishermen, Peru said.").type == "THREATEN"


def test_the_seat_a_meeting_is_held_at_names_the_host_side(nlp):
    event = _event(nlp, "Swiss diplomats met officials at the Kenyan foreign ministry in Nairobi on Friday.")
    assert (event.type, event.mode) == ("CONSULT", "visit")
    assert [a.code for a in event.recipients] == ["KEN"]
