"""Speakers taken up again: an outlet as "the newspaper", a party as "the party", a delegation as
"they" (invented passages)."""

from __future__ import annotations

import pytest


def _speakers(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.speaker_name, s.sourcing) for s in nlp(text)._.np_statements]


def test_the_newspaper_is_the_outlet_that_spoke_last(nlp):
    text = ("KAMPALA — Police fired tear gas on Monday, the Daily Monitor reported.\n\n"
            "Harbour Times said at least two people were hurt. The newspaper said ten people were arrested.")
    assert _speakers(nlp, text)[-1] == ("Harbour Times", "media-report")


def test_the_newspaper_with_no_outlet_before_stays_a_description(nlp):
    text = "Fuel prices rose on Monday.\n\nThe newspaper said ten stations had closed."
    assert _speakers(nlp, text) == [("newspaper", "media-report")]


@pytest.mark.parametrize("later", ["The party", "The opposition"])
def test_the_party_is_the_party_named_before(nlp, later):
    text = (f"The opposition Democratic Alliance said the vote was rigged. {later} said it would march "
            "on Friday.")
    assert _speakers(nlp, text)[-1] == ("Democratic Alliance", "named-organisation")


def test_they_after_a_delegation_is_its_state(nlp):
    text = "LIMA — The Peruvian delegation walked out of the talks on Tuesday.\n\nThey said the draft ignored them."
    assert _speakers(nlp, text) == [("Peru", "named-organisation")]


def test_officials_of_a_ministry_keep_the_ministry_after_the_noun(nlp):
    text = "Ministers met in Lima on Monday. Officials of the Peruvian foreign ministry said the talks were useful."
    assert _speakers(nlp, text) == [("officials of the Ministry of Foreign Affairs of Peru", "anonymous-official")]


def test_a_document_taken_up_again_speaks_for_whoever_issued_it(nlp):
    text = ("QUITO — Ecuador recalled its ambassador on Tuesday and handed a protest note to the Peruvian envoy.\n\n"
            "Foreign Minister Ana Vera said the note described the drills as intimidation.")
    assert _speakers(nlp, text)[-1] == ("Ecuador", "named-organisation")


def test_a_document_nobody_named_issued_is_not_given_an_author(nlp):
    text = ("QUITO — A protest note reached the Peruvian envoy on Tuesday.\n\n"
            "Foreign Minister Ana Vera said the note described the drills as intimidation.")
    assert _speakers(nlp, text)[-1][0] != "Ecuador"


@pytest.mark.parametrize("text, subject", [
    ("Guyana recalled its envoy and sent a note after Caracas began what it called routine drills.", "Caracas"),
    ("LIMA — Peru said on Monday that Chile had started what it called a routine survey of the bay.", "Chile"),
    ("The ministry said it would reply on Monday.", None),  # the governing subject is no name
])
def test_it_in_an_embedded_clause_is_bound_to_the_subject_that_governs_it(nlp, text, subject):
    from newsprism.analyze.speaker_clauses import governing_subject

    doc = nlp(text)
    it = next(t for t in doc if t.lower_ == "it")
    found = governing_subject(doc[it.i : it.i + 1])
    assert (found.text if found is not None else None) == subject


def test_its_own_figures_are_the_subjects(nlp):
    text = ("Gas stopped on Tuesday.\n\nThe Hungarian ministry said storage was full. Danubia Gas Transit, the "
            "Slovak operator, is in a stronger position, according to its own figures.")
    assert _speakers(nlp, text)[-1] == ("Danubia Gas Transit", "named-organisation")


def test_the_eu_delegation_speaks_for_the_union_not_the_host(nlp):
    text = "ANTANANARIVO — Bond prices fell.\n\nThe EU delegation in Antananarivo said budget support was under review."
    assert _speakers(nlp, text) == [("European Union", "named-organisation")]
