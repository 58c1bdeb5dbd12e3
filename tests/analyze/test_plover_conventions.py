"""The PLOVER conventions the coder and examples/gold share (examples/gold/README.md): promises
of aid or of a visit are AGREE, aid delivered is AID, signing or concluding an agreement is
SUPPORT, and a coordinated subject (or passive agent) makes every conjunct a source."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.analyze.plover import main_event_of_text


def _coded(nlp, text):
    event = main_event_of_text(nlp, text)
    assert event is not None, text
    return event.type, event.mode, {a.code for a in event.actors}, {a.code for a in event.recipients}


@pytest.mark.parametrize(
    "text, typ, mode",
    [
        ("Sweden pledged 3 million kronor in aid to Malawi.", "AGREE", "aid"),
        ("Portugal offered to send boats and medical teams to Mozambique.", "AGREE", "aid"),
        ("Austria said it would send tents and blankets to Nepal.", "AGREE", "aid"),
        ("Austria sent tents and blankets to Nepal on Friday.", "AID", "humanitarian"),
    ],
)
def test_aid_promised_is_agree_and_aid_sent_is_aid(nlp, text, typ, mode):
    assert _coded(nlp, text)[:2] == (typ, mode)


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian foreign minister is due to travel to Accra's neighbour Togo next week to discuss trade.",
        "Kenya's president is set to visit Ethiopia in March.",
    ],
)
def test_a_scheduled_visit_is_a_commitment_to_meet(nlp, text):
    assert _coded(nlp, text)[0] == "AGREE"


def test_a_visit_made_is_a_consultation(nlp):
    assert _coded(nlp, "Kenya's president visited Ethiopia on Monday.")[0] == "CONSULT"


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru signed a fisheries treaty on Monday.",
        "Chile and Peru sealed a fisheries deal on Monday.",
        "The treaty was signed by Chile and Peru on Monday.",
        "The deal, sealed in Lima by Chile's trade minister and Peru's foreign minister, cuts tariffs on fish.",
    ],
)
def test_signing_an_agreement_is_support_with_both_parties_as_sources(nlp, text):
    typ, _, actors, recipients = _coded(nlp, text)
    assert typ == "SUPPORT" and actors == {"CHL", "PER"} and not recipients & {"CHL", "PER"}


def test_agreeing_to_act_stays_agree_with_a_joint_subject(nlp):
    typ, _, actors, recipients = _coded(nlp, "Chile and Peru agreed to cut tariffs on fish.")
    assert typ == "AGREE" and actors == {"CHL", "PER"} and not recipients


def test_sealing_a_border_is_not_an_agreement(nlp):
    event = main_event_of_text(nlp, "Chilean police sealed the border with Peru on Monday.")
    assert event is None or event.type != "SUPPORT"


# ---------------------------------------------------------------- imperatives and quote marks


@pytest.mark.parametrize(
    "text",
    [
        "``Withdraw your troops from the border,'' the Chilean minister told Peru.",
        "„Withdraw your troops from the border“, the Chilean minister told Peru.",
        "“Withdraw your troops from the border,” the Chilean minister told Peru.",
    ],
)
def test_imperative_in_speech_is_a_request_with_every_quote_mark(nlp, text):
    typ, mode, actors, recipients = _coded(nlp, text)
    assert (typ, mode) == ("REQUEST", "yield") and actors == {"CHL"} and "PER" in recipients


@pytest.mark.parametrize(
    "text",
    [
        "In her 2019 memoir, ``Make Peace With Chile,'' the Peruvian envoy described the border dispute.",
        "The Peruvian senator criticised the so-called ``pass through'' clause of the Chilean treaty.",
    ],
)
def test_a_quoted_title_or_phrase_is_not_an_imperative(nlp, text):
    event = main_event_of_text(nlp, text)
    assert event is None or event.type != "REQUEST"


def test_an_apostrophe_does_not_put_a_sentence_in_speech(nlp):
    from newsprism.analyze.plover_triggers import _imperative

    doc = nlp("The allies' envoys met in Lima, and withdraw was never discussed.")
    assert not any(_imperative(t) for t in doc)


# ---------------------------------------------------------------- lexicon reach


@pytest.mark.parametrize("lemma, other", [("apologise", "apologize"), ("demobilization", "demobilisation"),
                                          ("mobilize", "mobilise")])
def test_spellings_pair_british_and_american_forms(lemma, other):
    from newsprism.analyze.plover_triggers import spellings

    assert spellings(lemma) == {lemma, other}


@pytest.mark.parametrize("lemma", ["rise", "size", "wise", "attack"])
def test_short_or_other_words_have_one_spelling(lemma):
    from newsprism.analyze.plover_triggers import spellings

    assert spellings(lemma) == {lemma}


@pytest.mark.parametrize(
    "text, typ",
    [
        ("The Malawian government apologised to Zambia for the border incident.", "SUPPORT"),
        ("Angolan rebels demobilised 3,000 fighters last month.", "RETREAT"),
        ("The Nepalese king lifted the state of emergency.", "CONCEDE"),
        ("India called off peace talks with Pakistan after the bombing.", "SANCTION"),
        ("Nigerian unions called off the general strike.", "CONCEDE"),
        ("Russia voiced support for Serbia's position on Kosovo.", "SUPPORT"),
        ("Chile and Peru held joint naval exercises off Arica.", "COOPERATE"),
    ],
)
def test_lexicon_reaches_common_cameo_acts(nlp, text, typ):
    event = main_event_of_text(nlp, text)
    assert event is not None and event.type == typ


@given(st.text(alphabet="abcdeilnorstz", min_size=1, max_size=14))
def test_spellings_are_symmetric(lemma):
    from newsprism.analyze.plover_triggers import spellings

    variants = spellings(lemma)
    assert lemma in variants and len(variants) <= 2
    assert all(lemma in spellings(v) for v in variants)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Ethnic Turks in Bulgaria demanded language rights.", "BGR"),
        ("The Hungarians of southern Slovakia demanded autonomy.", "SVK"),
        ("Hungarians demanded autonomy for Slovakia's south.", "HUN"),
        ("Iraqi refugees in Jordan demanded aid.", "IRQ"),  # not a nationality noun: its modifier names it
    ],
)
def test_a_people_is_coded_by_where_it_lives(nlp, text, code):
    event = main_event_of_text(nlp, text)
    assert event is not None and [a.code for a in event.actors] == [code]
    if code in ("BGR", "SVK"):
        assert event.actors[0].sector == "CVL"


@pytest.mark.parametrize("text", ["Chile set three conditions for talks with Bolivia.",
                                  "Chile laid down its terms for a deal with Bolivia."])
def test_setting_terms_is_a_demand(nlp, text):
    typ, mode, actors, recipients = _coded(nlp, text)
    assert (typ, mode, actors) == ("REQUEST", "change", {"CHL"}) and "BOL" in recipients


def test_setting_up_a_fund_is_no_demand(nlp):
    event = main_event_of_text(nlp, "Chile set up a fund for Bolivian students.")
    assert event is None or event.type != "REQUEST"


@pytest.mark.parametrize(
    "text, typ",
    [
        ("Sri Lanka released 120 Indian fishermen on Friday.", "CONCEDE"),
        ("Russia pulled its troops back from the Estonian border.", "RETREAT"),
        ("The World Bank approved a $300 million loan for Ghana.", "AID"),
        ("Portugal handed over the fraud suspect to Brazilian authorities.", "COOPERATE"),
        ("Libya handed over the two hostages to Malta.", "CONCEDE"),
        ("The rebels vowed to attack the Malian capital.", "THREATEN"),
        ("Chad promised to send doctors to Niger.", "AGREE"),
        ("Chad offered to send troops to help Niger.", "AGREE"),
    ],
)
def test_more_common_cameo_acts(nlp, text, typ):
    event = main_event_of_text(nlp, text)
    assert event is not None and event.type == typ


def test_refusing_unless_the_other_side_acts_is_a_demand_on_it(nlp):
    typ, mode, actors, recipients = _coded(nlp, "Chile said it would not sign the treaty unless Peru withdrew its claim.")
    assert (typ, actors) == ("REQUEST", {"CHL"}) and "PER" in recipients


def test_a_promise_with_an_escape_clause_stays_a_promise(nlp):
    assert _coded(nlp, "Chile will sign the treaty unless Peru objects.")[0] == "AGREE"
