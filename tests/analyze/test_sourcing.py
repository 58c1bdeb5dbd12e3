"""Speakers described again later in the article, and how described speakers are named (text invented)."""

from __future__ import annotations

import pytest


def statement_with(nlp, text, cue, nth=-1):
    """The ``nth`` statement whose cue is ``cue``."""
    matches = [s for s in nlp(text)._.np_statements if s.cue.text == cue]
    assert matches, f"no statement with cue {cue!r}"
    return matches[nth]


def test_sourcing_definite_description_takes_the_fuller_first_one(nlp):
    text = ("A senior Iranian official told reporters that talks were unlikely this year. "
            "The official said Tehran would wait for a written offer.")
    later = statement_with(nlp, text, "said")
    assert (later.speaker.text, later.speaker_name, later.sourcing) == (
        "The official", "senior Iranian official", "anonymous-official")


def test_sourcing_description_with_another_head_is_not_joined(nlp):
    text = "A senior diplomat said the talks were over. The official said the talks would go on."
    assert statement_with(nlp, text, "said").speaker_name == "official"


def test_sourcing_description_with_words_the_first_lacks_is_not_joined(nlp):
    text = "A senior official said the talks were over. The Qatari official said the talks would go on."
    assert statement_with(nlp, text, "said").speaker_name != "senior official"


def test_sourcing_quantifier_stands_for_the_group_just_named(nlp):
    text = ("Western diplomats said the conditions were unlikely to be met, "
            "but several noted that the leader had not ruled out talks.")
    first, several = statement_with(nlp, text, "said"), statement_with(nlp, text, "noted")
    assert several.speaker.text == "several"
    assert several.speaker_name == first.speaker_name == "western diplomats"


def test_sourcing_report_is_named_for_its_outlets(nlp):
    text = ("According to reports from foreign media outlets, the envoy resigned on Monday. "
            "The same reports said he had been recalled.")
    first = statement_with(nlp, text, "According to")
    later = statement_with(nlp, text, "said")
    assert (first.speaker_name, first.sourcing) == ("foreign media outlets", "media-report")
    assert (later.speaker_name, later.sourcing) == ("foreign media outlets", "media-report")


@pytest.mark.parametrize("text, sourcing", [
    ("The car industry association warned that prices would rise.", "named-organisation"),
    ("A trade union warned that prices would rise.", "anonymous-official"),
    ("The Kessel harbour board warned that fees would rise.", "named-organisation"),
    ("The stock exchange warned that trading could halt.", "named-organisation"),
])
def test_sourcing_definite_body_is_an_identified_organisation(nlp, text, sourcing):
    assert statement_with(nlp, text, "warned").sourcing == sourcing


@pytest.mark.parametrize("text, name, sourcing", [
    ("The mill will close in March, its owner, Ferrum Group, warned on Tuesday.", "Ferrum Group", "named-organisation"),
    ("Its chief executive, Tomas Berg, warned that the deal was unfair.", "Tomas Berg", "named-person"),
])
def test_sourcing_a_name_beside_the_description_is_the_speaker(nlp, text, name, sourcing):
    statement = statement_with(nlp, text, "warned")
    assert (statement.speaker_name, statement.sourcing) == (name, sourcing)


@pytest.mark.parametrize("text, name", [
    ("The African Union's observer mission said the vote was calm.", "African Union observer mission"),
    ("Madagascar's electoral commission said the president had won.", "Electoral Commission of Madagascar"),
    ("Kenya's central bank said inflation was falling.", "Central Bank of Kenya"),
])
def test_sourcing_a_body_a_named_owner_has_speaks_itself(nlp, text, name):
    """Not its owner ("Madagascar", which spaCy had tagged a person), nor "The African Union's"."""
    statement = statement_with(nlp, text, "said")
    assert (statement.speaker_name, statement.sourcing) == (name, "named-organisation")
