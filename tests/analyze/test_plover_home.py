"""Actors of the article's country: a domestic office or force named without a country."""

from __future__ import annotations

from newsprism.analyze.plover import main_event_of_text


def _events(nlp, headline: str, body: str):
    text = headline + "\n\n" + body
    doc = nlp.make_doc(text)
    doc._.np_body_start = len(headline) + 2
    return nlp(doc)._.np_events


def _event_with_trigger(events, word):
    return next(e for e in events if e.trigger.text == word)


def test_police_act_for_the_dateline_country(nlp):
    body = ("VALLETTA — Maltese ministers met on Monday to discuss the strike. "
            "Hours earlier, police detained twelve dock workers outside the port.")
    events = _events(nlp, "Dock strike spreads", body)
    detained = _event_with_trigger(events, "detained")
    assert [(a.code, a.sector) for a in detained.actors] == [("MLT", "COP")]


def test_police_act_for_the_country_named_most_before(nlp):
    body = ("Kenya's opposition called a strike for Monday. Kenya's government said the strike was illegal, "
            "and Kenyan unions said they would join it. Police detained twelve organisers on Sunday.")
    events = _events(nlp, "Strike called", body)
    detained = _event_with_trigger(events, "detained")
    assert [a.code for a in detained.actors] == ["KEN"]


def test_no_home_country_when_two_countries_share_the_text(nlp):
    body = ("Peru accused Chile of moving troops. Chile denied it. "
            "Police detained twelve protesters outside the ministry.")
    events = _events(nlp, "Border row", body)
    assert not any(e.trigger.text == "detained" for e in events)  # no coded actor: no event


def test_a_sentence_alone_has_no_home_country(nlp):
    event = main_event_of_text(nlp, "Police detained twelve dock workers outside the port.")
    assert event is not None and event.actors == ()


def test_no_country_before_the_sentence_gives_no_home(nlp):
    text = "The weather was mild on Monday. Police detained twelve dock workers outside the port."
    assert not [e for e in nlp(text)._.np_events if e.trigger.text == "detained"]
