"""Speakers that are bodies: spokespeople speak for theirs, police are the country's (invented passages)."""

from __future__ import annotations

import pytest


def _speaker(nlp, text: str, cue: str = "said", nth: int = 0) -> tuple[str, str]:
    found = [s for s in nlp(text)._.np_statements if s.cue.text.lower() == cue]
    assert len(found) > nth, f"no statement {nth} with cue {cue!r}"
    return found[nth].speaker_name, found[nth].sourcing


@pytest.mark.parametrize("text, name", [
    # the body as written before the word, or by its entity name after "for"
    ("Talks on the loan resumed on Monday. An IMF spokesperson said the review would end in May.", "IMF spokesperson"),
    ("A Kremlin spokesman said the proposal deserved study.", "Kremlin spokesman"),
    ("A police spokesman said two people were held.", "police spokesman"),
])
def test_an_unnamed_spokesperson_is_an_anonymous_official_of_the_body(nlp, text, name):
    assert _speaker(nlp, text) == (name, "anonymous-official")


def test_a_spokesperson_for_a_named_body_speaks_for_it(nlp):
    text = "A spokesman for the State Department said the US would not accept preconditions."
    assert _speaker(nlp, text) == ("US Department of State", "named-organisation")


def test_a_named_spokesperson_is_the_person(nlp):
    text = "An IMF spokesperson, Clara Voss, said the review would end in May."
    assert _speaker(nlp, text) == ("Clara Voss", "named-person")


@pytest.mark.parametrize("source", ["Police", "The police"])
def test_police_without_a_country_are_the_datelines(nlp, source):
    text = (f"NAIROBI — Hundreds of traders marched through the city centre on Monday.\n\n"
            f"{source} said two people had been detained.")
    assert _speaker(nlp, text) == ("Kenyan police", "named-organisation")


def test_police_named_with_a_place_keep_it(nlp):
    text = "NAIROBI — Traders marched on Monday.\n\nUgandan police said the border was calm."
    name, sourcing = _speaker(nlp, text)
    assert "Kenya" not in name and sourcing == "named-organisation"


def test_a_states_body_is_named_as_its_own_and_taken_up_again(nlp):
    text = ("Voters queued for hours.\n\nGhana's electoral commission announced the result on Thursday. "
            "Turnout was 38 percent, the commission said.")
    got = [(s.speaker_name, s.sourcing) for s in nlp(text)._.np_statements]
    assert got == [("Electoral Commission of Ghana", "named-organisation")] * 2


def test_a_ranking_word_is_no_part_of_the_name(nlp):
    text = "Voters queued for hours.\n\nGhana's main opposition coalition said the count was rigged."
    assert _speaker(nlp, text)[0] == "Opposition Coalition of Ghana"


def test_an_organisations_body_keeps_its_owners_name(nlp):
    text = "Voters queued for hours.\n\nThe African Union's observer mission said the vote was calm."
    assert _speaker(nlp, text) == ("African Union observer mission", "named-organisation")


def test_her_ministry_is_the_ministry_of_the_minister_named_before(nlp):
    text = ("GEORGETOWN — Thousands marched on Monday.\n\n"
            "Foreign Minister Andrea Whitfield will travel to Washington on Friday, her ministry said.")
    assert _speaker(nlp, text) == ("Ministry of Foreign Affairs of Guyana", "named-organisation")


@pytest.mark.parametrize("source, name", [
    ("A senior Commission official", "senior European Commission official"),
    ("An officer of the European Commission, who was not authorised to speak,", "European Commission officer"),
])
def test_an_unnamed_member_is_described_with_the_bodys_name(nlp, source, name):
    text = f"BRUSSELS — Gas flows stopped on Tuesday.\n\nThe European Commission urged talks. {source} said a deal was close."
    assert _speaker(nlp, text) == (name, "anonymous-official")


@pytest.mark.parametrize("text, name", [
    ("Markets fell.\n\nSome analysts expect a rebound. Others think the fall will last.", "analysts"),
    ("Thousands marched.\n\nThe march was calm. Others in the crowd said they feared the worst.", "others in the crowd"),
])
def test_others_are_more_of_the_group_just_named(nlp, text, name):
    cue = "think" if "think" in text else "said"
    assert _speaker(nlp, text, cue=cue)[0] == name


def test_a_leaders_administration_is_the_state_an_office_is_the_persons(nlp):
    text = ("Talks stalled on Monday.\n\nIn Washington, President Gregory Alden's administration said it would not "
            "accept preconditions. Senator Ruth Cole's office said she would vote no.")
    got = [(s.speaker_name, s.sourcing) for s in nlp(text)._.np_statements]
    assert got[:2] == [("United States", "named-organisation"), ("office of Ruth Cole", "named-organisation")]


def test_an_organisations_observers_are_its_mission_a_states_are_not(nlp):
    text = ("Voters queued.\n\nThe African Union's observer mission described the vote as calm, while the European "
            "Union's observers pointed to a crackdown. Kenya's observers said nothing.")
    got = [(s.speaker_name, s.sourcing) for s in nlp(text)._.np_statements]
    assert got[1] == ("European Union observer mission", "named-organisation")
    assert got[2][0] != "Kenya observer mission"
