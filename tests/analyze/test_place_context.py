"""Unknown names read as places from the words around them, whatever the model's label."""

from __future__ import annotations

import pytest


def kinds_of(nlp, text, name):
    return {(e.canonical_id, e.kind) for e in nlp(text)._.np_entities if e.span.text == name}


@pytest.mark.parametrize("text, name, expected", [
    ("Customs officers at the Vorskala crossing said lorries waited for six hours on Monday.",
     "Vorskala", ("gpe:vorskala", "GPE")),
    ("Flows at the Dravek Pole border point fell to zero, the operator said.",
     "Dravek Pole", ("gpe:dravek-pole", "GPE")),
    ("Two companies were moved to Ostrovel, a border post on the river, as a precaution.",
     "Ostrovel", ("gpe:ostrovel", "GPE")),
    ("Troops massed near the disputed Karsavan region on Tuesday, officials said.",
     "Karsavan", ("loc:karsavan", "LOC")),
])
def test_place_nouns_make_a_name_a_place(nlp, text, name, expected):
    assert kinds_of(nlp, text, name) == {expected}


def test_a_place_noun_that_modifies_another_noun_does_not(nlp):
    text = "She spoke at a Velmar Media town hall about policing on Thursday."
    assert not any(cid.startswith("gpe:") for cid, _ in kinds_of(nlp, text, "Velmar Media"))


def test_an_organisation_shaped_name_stays_an_organisation(nlp):
    text = "Staff at the Dravek Shipping Company crossing office said the ferries had stopped."
    found = {e.canonical_id for e in nlp(text)._.np_entities}
    assert "org:dravek-shipping-company" in found


def test_a_common_noun_that_opens_a_sentence_is_no_organisation(nlp):
    found = nlp("Tariffs fell on Monday. Farmers said the deal would hurt them.")._.np_entities
    assert not any(e.span.text == "Farmers" for e in found)
