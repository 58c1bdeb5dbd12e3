"""Entity mechanisms found by classifying the misses of prose nobody tuned on: keys of names
with letters Unicode does not decompose, given names, "the Ministry", official names that go
on with their state, people apposed with a bare title, laws, unnamed bodies, regions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsprism.analyze.gazetteer import actor_code, lookup
from newsprism.analyze.name_slugs import ascii_name, name_slug


def ids(nlp, text):
    return {(e.span.text, e.canonical_id, e.kind) for e in nlp(text)._.np_entities}


def test_letters_without_decomposition_are_spelled_out():
    assert name_slug("Tromsø") == "tromso"
    assert name_slug("Sør-Varanger") == "sor-varanger"
    assert name_slug("Łódź Æther") == "lodz-aether"
    assert name_slug("Lloyd's of London") == "lloyds-of-london"
    assert ascii_name("Veľké Zlievce") == "Velke Zlievce"


@given(st.text(max_size=40))
def test_name_slugs_are_ascii_keys(text):
    key = name_slug(text)
    assert key == key.strip("-") and all(c.isascii() and (c.isalnum() or c == "-") for c in key)
    assert key == key.lower() and "--" not in key


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzøæßłđ ", min_size=1, max_size=30))
def test_no_letter_of_a_latin_name_is_lost(text):
    # every letter gives at least one letter of the key: "ø" is not dropped as it was
    assert len(name_slug(text).replace("-", "")) >= len(text.replace(" ", ""))


def test_town_with_a_slashed_o_keeps_its_letters(nlp):
    text = "Fishermen in Vardø said the quay was quiet. The harbour master in Vardø agreed."
    found = {cid for _, cid, _ in ids(nlp, text) if cid.startswith("gpe:vard")}
    assert found <= {"gpe:vardo"}


def test_given_name_alone_is_the_person_named_in_full(nlp):
    text = ("The freed engineers, Tomasz Wrona and Ilse Bergdahl, landed on Friday.\n\n"
            "Q: How are they?\n\nA: Tomasz is tired. Ilse walked off the plane alone.")
    found = ids(nlp, text)
    assert ("Ilse", "person:ilse-bergdahl", "PERSON") in found
    assert not any(cid == "person:ilse" for _, cid, _ in found)


def test_plural_demonym_before_a_name_is_its_own_mention(nlp):
    text = "The captives, the Norwegians Halvard Lien and Sigrun Aas, were freed in Doha on Monday."
    found = ids(nlp, text)
    assert ("Norwegians", "NOR", "NORP") in found
    assert ("Halvard Lien", "person:halvard-lien", "PERSON") in found


def test_plural_demonyms_the_code_cannot_derive():
    assert lookup("Swedes").code == "SWE" and lookup("Swedes").kind == "NORP"
    assert lookup("Danes").code == "DNK" and lookup("Czechs").code == "CZE"


def test_capitalised_head_word_is_the_official_body(nlp):
    text = ("The Ministry of Foreign Affairs of the Republic of Moldova summoned the envoy on Monday. "
            "The Ministry said the envoy had broken the rules. Officials at the Ministry declined to say more.")
    found = ids(nlp, text)
    full = [(t, cid) for t, cid, _ in found if t.startswith("Ministry of Foreign Affairs")]
    assert full == [("Ministry of Foreign Affairs of the Republic of Moldova", "org:moldova-foreign-ministry")]
    heads = [e for e in nlp(text)._.np_entities if e.span.text == "Ministry"]
    assert [e.canonical_id for e in heads] == ["org:moldova-foreign-ministry"] * 2
    assert actor_code("org:moldova-foreign-ministry") == "MDA"


def test_person_apposed_with_a_bare_title_is_a_person(nlp):
    text = ("Ottavia Brenner, director of the Dunmore Relief Fund, said the talks were slow. "
            "Brenner said she hoped for news by Friday.")
    found = ids(nlp, text)
    assert ("Ottavia Brenner", "person:ottavia-brenner", "PERSON") in found
    assert ("Brenner", "person:ottavia-brenner", "PERSON") in found


def test_laws_and_treaties_are_no_organisations(nlp):
    text = ("Parliament passed the Foreign Donations Registration Act in May. The envoys were expelled "
            "under the Vienna Convention on Diplomatic Relations, officials said.")
    found = ids(nlp, text)
    assert not any("Act" in t or "Convention" in t or "Donations" in t for t, _, _ in found)
    assert not any(cid == "AUT" for _, cid, _ in found)  # "Vienna" of the treaty is no place


def test_treaty_organisation_in_our_tables_stays(nlp):
    found = ids(nlp, "The North Atlantic Treaty Organization met in Brussels.")
    assert any(cid == "NATO" for _, cid, _ in found)


def test_the_commission_after_an_unnamed_one_is_not_a_named_one(nlp):
    text = ("Two states share the stock through a joint commission set up in 1976. "
            "The European Commission says the bloc is owed a share. "
            "Diplomats said the commission would meet in December.")
    found = ids(nlp, text)
    assert not any(t == "commission" for t, _, _ in found)


def test_the_commission_after_a_named_one_is_that_one(nlp):
    text = ("Moldova's electoral commission announced the result on Monday. "
            "Observers said the commission had counted too fast.")
    found = ids(nlp, text)
    assert any(t == "commission" and cid.endswith("electoral-commission") for t, cid, _ in found)


def test_regions_seas_and_archipelagos_are_locations(nlp):
    text = "Boats from Svalbard fish the Barents Sea, and aid reaches the Sahel from Lake Chad."
    found = ids(nlp, text)
    assert ("Svalbard", "loc:svalbard", "LOC") in found
    assert ("Barents Sea", "loc:barents-sea", "LOC") in found
    assert ("Sahel", "loc:sahel", "LOC") in found
    assert ("Lake Chad", "loc:lake-chad", "LOC") in found


def test_world_bank_and_maritime_bodies_take_short_codes(nlp):
    text = ("The World Bank froze the loan. The International Maritime Organization said "
            "Dravos Maritime had filed a report.")
    found = ids(nlp, text)
    assert ("World Bank", "WB", "ORG") in found
    assert ("International Maritime Organization", "IMO", "ORG") in found
    assert ("Dravos Maritime", "org:dravos-maritime", "ORG") in found


def analysed(nlp, headline, body):
    doc = nlp.make_doc(f"{headline}\n\n{body}")
    doc._.np_body_start = len(headline) + 2
    return nlp(doc)


def test_dateline_town_no_table_knows_is_the_town_the_body_names(nlp):
    body = ("HAMNVIK — At the quay in Hamnvik, where trawlers from Norway land cod, the talk was of the "
            "arrest. Fishermen in Hamnvik said the harbour was quiet.")
    doc = analysed(nlp, "Quiet quay after arrest", body)
    dateline = [e for e in doc._.np_entities if e.span.text == "HAMNVIK"]
    assert [(e.canonical_id, e.kind) for e in dateline] == [("gpe:hamnvik", "GPE")]


def test_shouted_headline_word_joins_no_names(nlp):
    doc = analysed(nlp, "Eritrea SEIZES Greek tanker in Red Sea", "Eritrea's navy detained a Greek tanker on Monday.")
    headline = [(e.span.text, e.canonical_id) for e in doc._.np_entities if e.span.end < doc._.np_body_start]
    assert ("Eritrea", "ERI") in headline and ("Greek", "GRC") in headline
    assert not any("SEIZES" in text for text, _ in headline)


def test_a_place_with_a_mayor_is_a_place(nlp):
    text = "The mayor of Øster-Lund, Ines Vold, said the port must stay open. Trade in Øster-Lund depends on it."
    found = ids(nlp, text)
    assert not any(t == "Øster-Lund" and kind == "ORG" for t, _, kind in found)
