"""Speakers that are bodies: spokespeople speak for theirs, police are the country's (invented passages)."""

from __future__ import annotations

import pytest


def _speaker(nlp, text: str, cue: str = "said", nth: int = 0) -> tuple[str, str]:
    found = [s for s in nlp(text)._.np_statements if s.cue.text.lower() == cue]
    assert len(found) > nth, f"no statement {nth} with cue {cue!r}"
    return found[nth].speaker_name, found[nth].sourcing


@pytest.mark.parametrize("text, name", [
    # a body named before the word, which spaCy may not tag: the entity layer names it
    ("Talks on the loan resumed on Monday. An IMF spokesperson said the review would end in May.",
     "International Monetary Fund"),
    ("A Kremlin spokesman said the proposal deserved study.", "Kremlin"),
])
def test_an_unnamed_spokesperson_speaks_for_the_body(nlp, text, name):
    assert _speaker(nlp, text) == (name, "named-organisation")


def test_a_named_spokesperson_is_the_person(nlp):
    text = "An IMF spokesperson, Clara Voss, said the review would end in May."
    assert _speaker(nlp, text) == ("Clara Voss", "named-person")


@pytest.mark.parametrize("source", ["Police", "A police spokesman", "The police"])
def test_police_without_a_country_are_the_datelines(nlp, source):
    text = (f"NAIROBI — Hundreds of traders marched through the city centre on Monday.\n\n"
            f"{source} said two people had been detained.")
    assert _speaker(nlp, text) == ("Kenyan police", "named-organisation")


def test_police_named_with_a_place_keep_it(nlp):
    text = "NAIROBI — Traders marched on Monday.\n\nUgandan police said the border was calm."
    name, sourcing = _speaker(nlp, text)
    assert "Kenya" not in name and sourcing == "named-organisation"
