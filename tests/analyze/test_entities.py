"""Entity normalisation: tiny hand-made sentences per behaviour, normaliser properties, gold gate."""

from __future__ import annotations

import re

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.analyze.entities import entity_at, person_country, resolve_person_description
from newsprism.analyze import gazetteer
from newsprism.analyze.gazetteer import actor_code, lookup, places
from newsprism.records import ENTITY_KINDS
from newsprism.analyze.people import clean_name, person_key, read_table, slug, split_title, surnames, titles

# Pinned quality gate on examples/gold (measured on 10 articles: ids F1 0.968, mention F1
# 0.995, lenient role accuracy 0.913): `newsprism eval entities --gold examples/gold`.
MIN_ID_F1 = 0.95
MIN_MENTION_F1 = 0.97
MIN_ROLE_LENIENT = 0.85


def entities(nlp, text):
    return nlp(text)._.np_entities


def only(found, text):
    """The single entity whose span text is ``text``."""
    hits = [e for e in found if e.span.text == text]
    assert len(hits) == 1, f"{text!r} in {[(e.span.text, e.canonical_id) for e in found]}"
    return hits[0]


# ---------------------------------------------------------------- places and organisations


@pytest.mark.parametrize(
    "text, mention, code",
    [
        ("Officials said talks with Tehran had stalled.", "Tehran", "IRN"),
        ("Moscow rejected the proposal on Friday.", "Moscow", "RUS"),
        ("The message was passed to Washington through Oman.", "Washington", "USA"),
        ("Beijing and Seoul signed a trade pact.", "Seoul", "KOR"),
        ("Riyadh said it would raise output.", "Riyadh", "SAU"),
        ("Brussels warned of new tariffs.", "Brussels", "EU"),
        ("Kyiv asked for more air defences.", "Kyiv", "UKR"),
    ],
)
def test_entities_capitals_name_their_country(nlp, text, mention, code):
    entity = only(entities(nlp, text), mention)
    assert entity.kind == "GPE" and entity.canonical_id == code and entity.sector == "GOV"


def test_entities_capital_as_location_has_no_government_sector(nlp):
    entity = only(entities(nlp, "The talks were held in Muscat last week."), "Muscat")
    assert entity.canonical_id == "OMN" and entity.sector == ""


@pytest.mark.parametrize(
    "text, mention, code",
    [
        ("Iranian officials declined to comment.", "Iranian", "IRN"),
        ("Israeli jets flew over the border.", "Israeli", "ISR"),
        ("Saudi diplomats met their counterparts.", "Saudi", "SAU"),
        ("Chinese exports rose in May.", "Chinese", "CHN"),
        ("Many Americans oppose the war, the poll found.", "Americans", "USA"),
    ],
)
def test_entities_demonyms_to_iso3(nlp, text, mention, code):
    entity = only(entities(nlp, text), mention)
    assert entity.kind == "NORP" and entity.canonical_id == code


@pytest.mark.parametrize(
    "text, mention, code",
    [
        ("Talks with the United States resumed.", "United States", "USA"),
        ("The U.S. sent two destroyers.", "U.S.", "USA"),
        ("Britain summoned the ambassador.", "Britain", "GBR"),
        ("Russia and South Korea held talks.", "South Korea", "KOR"),
        ("North Korea fired a missile.", "North Korea", "PRK"),
    ],
)
def test_entities_country_names_to_iso3(nlp, text, mention, code):
    assert only(entities(nlp, text), mention).canonical_id == code


@pytest.mark.parametrize(
    "text, mention, code, actor",
    [
        ("The United Nations called for calm.", "United Nations", "UN", "IGOUNO"),
        ("The UN Security Council met on Monday.", "UN Security Council", "UNSC", "IGOUNOSEC"),
        ("NATO allies agreed to send troops.", "NATO", "NATO", "IGOWSTNAT"),
        ("Inspectors from the IAEA arrived on Monday.", "IAEA", "IAEA", "IGOUNOIAE"),
        ("OPEC agreed to cut output.", "OPEC", "OPEC", "IGOBUSOPC"),
        ("The EU imposed sanctions.", "EU", "EU", "IGOEUREEC"),
        ("The World Bank approved a loan.", "World Bank", "WB", "IGOWBK"),
    ],
)
def test_entities_organisations_get_stable_ids_and_cameo_actors(nlp, text, mention, code, actor):
    entity = only(entities(nlp, text), mention)
    assert entity.kind == "ORG" and entity.canonical_id == code and actor_code(code) == actor


@pytest.mark.parametrize(
    "text, mention, code, sector",
    [
        ("The White House said it would respond.", "White House", "org:us-white-house", "GOV"),
        ("The Pentagon declined to comment.", "Pentagon", "org:us-department-of-defense", "MIL"),
        ("The Kremlin denied the report.", "Kremlin", "org:kremlin", "GOV"),
    ],
)
def test_entities_seats_of_power_with_sector(nlp, text, mention, code, sector):
    entity = only(entities(nlp, text), mention)
    assert (entity.canonical_id, entity.sector) == (code, sector)
    assert len(actor_code(code)) == 3  # the state it speaks for


def test_entities_ministry_takes_its_country(nlp):
    found = entities(nlp, "Qatar's foreign ministry said it welcomed the talks.")
    assert only(found, "foreign ministry").canonical_id == "org:qatar-foreign-ministry"


# ---------------------------------------------------------------- people


@pytest.mark.parametrize(
    "text, name, role, sector",
    [
        ("Supreme Leader Ayatollah Ali Khamenei spoke on Monday.", "Ali Khamenei", "Supreme Leader", "GOV"),
        ("President Joe Smith told reporters he was hopeful.", "Joe Smith", "President", "GOV"),
        ("Foreign Minister Abbas Araghchi met his Omani counterpart.", "Abbas Araghchi", "Foreign Minister", "GOV"),
        ("Gen. Rostam Nouri inspected the troops.", "Rostam Nouri", "General", "MIL"),
        ("Senator Ruth Calloway opposed the bill.", "Ruth Calloway", "Senator", "LEG"),
        ("Disaster Management Minister Nasrin Chowdhury toured the area.", "Nasrin Chowdhury",
         "Disaster Management Minister", "GOV"),
    ],
)
def test_entities_titles_stripped_into_role(nlp, text, name, role, sector):
    person = only(entities(nlp, text), name)
    assert person.kind == "PERSON" and person.name == name and person.role == role and person.sector == sector
    assert person.canonical_id == person_key(name)


def test_entities_former_president_keeps_former_in_role(nlp):
    person = only(entities(nlp, "Former President Ana Silva criticised the deal."), "Ana Silva")
    assert person.role == "former President"


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Kaveh Ansari, Iran's foreign minister, told reporters the terms were old.", "Kaveh Ansari",
         "Foreign Minister of Iran"),
        ("Iran's foreign minister, Kaveh Ansari, told reporters the terms were old.", "Kaveh Ansari",
         "Foreign Minister of Iran"),
        ('"It is not nothing," said Laleh Moradi, a senior fellow at the Centre for Gulf Policy Studies.',
         "Laleh Moradi", "senior fellow, Centre for Gulf Policy Studies"),
        ("The deal was signed by Japan's minister of economy, trade and industry, Haruto Mizuno, on Friday.",
         "Haruto Mizuno", "Minister of Economy, Trade and Industry of Japan"),
    ],
)
def test_entities_role_from_apposition(nlp, text, name, role):
    assert only(entities(nlp, text), name).role == role


def test_entities_surname_linked_to_full_name(nlp):
    found = entities(nlp, "Supreme Leader Ayatollah Ali Khamenei spoke on Monday. Khamenei said talks were impossible.")
    full, surname = only(found, "Ali Khamenei"), only(found, "Khamenei")
    assert surname.canonical_id == full.canonical_id == "person:ali-khamenei"
    assert surname.role == "Supreme Leader"


def test_entities_surname_in_headline_links_forward(nlp):
    found = entities(nlp, "Tavakoli sets terms for talks\n\nAyatollah Mehdi Tavakoli said on Tuesday that talks were possible.")
    assert only(found, "Tavakoli").canonical_id == "person:mehdi-tavakoli"


def test_entities_possessive_left_out_of_span(nlp):
    found = entities(nlp, "President Gregory Alden spoke. Alden's remarks surprised allies.")
    assert only(found, "Alden").canonical_id == "person:gregory-alden"


@pytest.mark.parametrize(
    "text, description, key",
    [
        ("Supreme Leader Ali Khamenei spoke on Monday. Later the Supreme Leader said talks were impossible.",
         "Supreme Leader", "person:ali-khamenei"),
        ("Foreign Minister Abbas Araghchi arrived in Muscat. The foreign minister said Iran was ready.",
         "The foreign minister", "person:abbas-araghchi"),  # sentence-initial "The" is in the span (gold)
        ("Supreme Leader Ali Khamenei spoke on Monday. The Iranian leader said talks were impossible.",
         "leader", "person:ali-khamenei"),
        ("President Gregory Alden spoke on Monday. The president's remarks were welcomed.",
         "The president", "person:gregory-alden"),
        ("Finance Minister Aiko Tanabe spoke on Monday. Later the minister said the package was ready.",
         "minister", "person:aiko-tanabe"),
    ],
)
def test_entities_description_linked_to_person(nlp, text, description, key):
    entity = only(entities(nlp, text), description)
    assert entity.kind == "PERSON" and entity.canonical_id == key


@pytest.mark.parametrize(
    "text, linked",
    [
        ("Health Minister Ana Silva resigned. The health minister gave no reason.", True),
        ("Education Minister Ana Silva resigned. The health minister gave no reason.", False),
        ("Education Minister Ana Silva resigned. The minister gave no reason.", True),
    ],
)
def test_entities_description_portfolio_must_match(nlp, text, linked):
    found = [e for e in entities(nlp, text) if e.kind == "PERSON" and e.span.text.endswith("minister")]
    assert bool(found) is linked
    assert all(e.canonical_id == "person:ana-silva" for e in found)


def test_entities_description_prefers_most_recent_holder(nlp):
    text = ("President Ana Silva met President Joe Smith in Geneva. Smith spoke first. "
            "Then Silva spoke. The president said the talks were useful.")
    assert only(entities(nlp, text), "The president").canonical_id == "person:ana-silva"


def test_entities_former_description_matches_former_holder(nlp):
    text = ("Former President Ana Silva and President Joe Smith met. "
            "The former president said she was hopeful.")
    assert only(entities(nlp, text), "The former president").canonical_id == "person:ana-silva"


def test_entities_indefinite_description_is_not_linked(nlp):
    found = entities(nlp, "President Joe Smith spoke. When a president says that, it matters.")
    assert not [e for e in found if e.span.text == "president"]


def test_entities_unnamed_office_holder_gets_office_id(nlp):
    found = entities(nlp, "Iran's Supreme Leader said talks were possible. The Supreme Leader set conditions.")
    ids = {e.canonical_id for e in found if e.kind == "PERSON"}
    assert ids == {"office:irn:supreme-leader"}


@pytest.mark.parametrize(
    "text, mention, kind, code",
    [
        ("The Justice Department opened an inquiry.", "Justice Department", "ORG", "org:justice-department"),
        ("General Motors shares rose on Monday.", "General Motors", "ORG", "org:general-motors"),
        ("A tanker was seized in the Strait of Hormuz on Friday.", "Strait of Hormuz", "LOC", "loc:strait-of-hormuz"),
        ("Crown Prince Mohammed bin Salman met envoys. Bin Salman said little.", "Bin Salman", "PERSON",
         "person:mohammed-bin-salman"),
    ],
)
def test_entities_title_words_inside_names_are_not_titles(nlp, text, mention, kind, code):
    found = entities(nlp, text)
    entity = only(found, mention)
    assert (entity.kind, entity.canonical_id) == (kind, code)
    assert not [e for e in found if e.kind == "PERSON" and e.span.text in ("Department", "Motors", "Hormuz")]


def test_entities_generic_headline_description_joins_unnamed_office(nlp):
    found = entities(nlp, "Iran's leader sees no barriers to talks\n\nIran's Supreme Leader has signalled openness.")
    assert only(found, "leader").canonical_id == only(found, "Supreme Leader").canonical_id == "office:irn:supreme-leader"


def test_entities_supreme_org_error_repaired(nlp):
    doc = nlp("Supreme Leader Ayatollah Ali Khamenei said on Monday that talks were impossible.")
    if not any(e.text == "Supreme" and e.label_ == "ORG" for e in doc.ents):
        pytest.skip("the model no longer makes this error")
    assert not [e for e in doc._.np_entities if "Supreme" in e.span.text and e.kind == "ORG"]
    assert only(doc._.np_entities, "Ali Khamenei").role == "Supreme Leader"


def test_entities_sorted_and_spans_match_text(nlp):
    doc = nlp("Iran's Supreme Leader, Ayatollah Mehdi Tavakoli, said the United States must leave the Gulf. "
              "The White House disagreed, and Tavakoli's aides said Tehran would wait.")
    found = doc._.np_entities
    assert [e.span.start for e in found] == sorted(e.span.start for e in found)
    assert all(doc.text[e.span.start:e.span.end] == e.span.text for e in found)
    assert all(not e.span.text.lower().startswith("the ") and not e.span.text.endswith("'s") for e in found)


TRICKY_WORDS = ["President", "the", "Supreme", "Leader", "Ayatollah", "Ali", "Khamenei", "Iran", "'s", "’s", ",",
                ".", "said", "former", "ex-", "Foreign", "Minister", "in", "Tehran", "UN", "\n\n", "Mr", "Smith",
                "-", '"', "a", "leader", "U.S.", "White", "House", "foreign", "ministry", "of"]


@settings(max_examples=30, deadline=None)
@given(words=st.lists(st.sampled_from(TRICKY_WORDS), max_size=25))
def test_entities_any_text_gives_valid_sorted_spans(nlp, words):
    doc = nlp(" ".join(words))
    found = doc._.np_entities
    assert [e.span.start for e in found] == sorted(e.span.start for e in found)
    for e in found:
        assert 0 <= e.span.start < e.span.end <= len(doc.text)
        assert doc.text[e.span.start:e.span.end] == e.span.text == e.span.text.strip()
        assert e.kind in ENTITY_KINDS and e.canonical_id


# ---------------------------------------------------------------- helpers for other layers


def test_entities_entity_at_prefers_longest_overlap(nlp):
    doc = nlp("The UN Security Council met. Ali Khamenei spoke.")
    start = doc.text.index("Security")
    assert entity_at(doc, start, start + 3).canonical_id == "UNSC"
    assert entity_at(doc, 0, 3) is None  # "The"
    assert entity_at(doc, doc.text.index("Khamenei"), len(doc.text)).canonical_id == "person:ali-khamenei"


@pytest.mark.parametrize(
    "text, word, key",
    [
        ("Iran's foreign minister, Kaveh Ansari, told reporters the terms were old.", "minister", "person:kaveh-ansari"),
        ("Supreme Leader Ayatollah Ali Khamenei spoke on Monday.", "Leader", "person:ali-khamenei"),
        ("Ali Khamenei, Iran's Supreme Leader, spoke on Monday.", "Leader", "person:ali-khamenei"),
    ],
)
def test_entities_entity_at_answers_for_attached_titles(nlp, text, word, key):
    doc = nlp(text)
    start = doc.text.index(word)
    assert not [e for e in doc._.np_entities if e.span.start <= start < e.span.end]  # titles are no mentions
    entity = entity_at(doc, start, start + len(word))
    assert entity is not None and entity.canonical_id == key and entity.kind == "PERSON"


@pytest.mark.parametrize(
    "text, key, country",
    [
        ("Egyptian President Hosni Mubarak met reporters.", "person:hosni-mubarak", "EGY"),
        ("Oman's foreign minister, Salim Al-Rawahi, spoke on Wednesday.", "person:salim-al-rawahi", "OMN"),
        ("Joe Smith spoke on Wednesday.", "person:joe-smith", ""),
    ],
)
def test_entities_person_country_from_qualifiers(nlp, text, key, country):
    assert person_country(nlp(text), key) == country


def test_entities_resolve_person_description_helper(nlp):
    doc = nlp("Foreign Minister Abbas Araghchi arrived on Monday. The foreign minister said Iran was ready.")
    start = doc.text.index("The foreign")
    span = doc.char_span(start, start + len("The foreign minister"))
    resolved = resolve_person_description(doc, span)
    assert resolved is not None and resolved.canonical_id == "person:abbas-araghchi"
    assert resolved.span.text == "The foreign minister"
    assert resolve_person_description(doc, doc[0:1]) is None


# ---------------------------------------------------------------- global news: capitals, regions, state bodies


@pytest.mark.parametrize(
    "text, mention, code",
    [
        ("Dhaka asked donors for boats and medicine.", "Dhaka", "BGD"),
        ("Nairobi and Hanoi welcomed the deal.", "Hanoi", "VNM"),
        ("Kiev asked for more air defences.", "Kiev", "UKR"),
        ("New Delhi sent a team of engineers.", "New Delhi", "IND"),
        ("Brasília and Ottawa stayed silent.", "Brasília", "BRA"),
    ],
)
def test_entities_any_capital_is_its_government(nlp, text, mention, code):
    entity = only(entities(nlp, text), mention)
    assert (entity.kind, entity.canonical_id, entity.sector) == ("GPE", code, "GOV")


@pytest.mark.parametrize(
    "text, mention, model_label, key, country",
    [
        ("Sylhet remained cut off on Tuesday.", "Sylhet", "PERSON", "gpe:sylhet", "BGD"),
        ("Meghalaya reported landslides.", "Meghalaya", "ORG", "gpe:meghalaya", "IND"),
        ("Sunamganj officials said roads were under water.", "Sunamganj", "ORG", "gpe:sunamganj", "BGD"),
        ("Rain fell on Khulna, while Assam and West Bengal in India also flooded.", "Assam", "PERSON",
         "gpe:assam", "IND"),
    ],
)
def test_entities_known_region_corrects_model_tag(nlp, text, mention, model_label, key, country):
    doc = nlp(text)
    assert [e.label_ for e in doc.ents if e.text == mention] == [model_label]  # the error being repaired
    entity = only(doc._.np_entities, mention)
    assert (entity.kind, entity.canonical_id, entity.sector) == ("GPE", key, "")
    assert actor_code(entity.canonical_id) == country


def test_entities_region_spelling_variants_share_an_id(nlp):
    found = entities(nlp, "Chattogram was spared, but Chittagong port closed.")
    assert only(found, "Chattogram").canonical_id == only(found, "Chittagong").canonical_id == "gpe:chittagong"


def test_entities_surname_spelled_like_a_place_stays_a_person(nlp):
    found = entities(nlp, "Sarah Kingston, an aid worker, said roads were closed. Kingston added that boats were needed.")
    assert [e.canonical_id for e in found if e.span.text == "Kingston"] == ["person:sarah-kingston"]


@pytest.mark.parametrize(
    "text, mention, key, sector, country",
    [
        ("Iran's foreign ministry offered aid.", "foreign ministry", "org:iran-foreign-ministry", "GOV", "IRN"),
        ("Kenya's interior ministry named the group.", "interior ministry", "org:kenya-interior-ministry", "GOV", "KEN"),
        # The gold sets do not annotate lower-case forces ("the army"), but speakers and actors
        # need the body and its state: "the Eritrean navy said" is the Navy of Eritrea speaking.
        ("The Bangladeshi coast guard rescued 300 people.", "coast guard", "org:bangladesh-coast-guard", "COP", "BGD"),
        ("Israeli military officials declined to comment.", "military", "org:israel-military", "MIL", "ISR"),
        ("Russia's navy held drills near Vladivostok.", "navy", "org:russia-navy", "MIL", "RUS"),
        ("Pakistani police arrested two men in Karachi.", "police", "org:pakistan-police", "COP", "PAK"),
    ],
)
def test_entities_country_qualified_state_body(nlp, text, mention, key, sector, country):
    entity = only(entities(nlp, text), mention)
    assert (entity.kind, entity.canonical_id, entity.sector) == ("ORG", key, sector)
    assert actor_code(entity.canonical_id) == country


def test_entities_later_bare_state_body_is_the_qualified_one(nlp):
    found = entities(nlp, "The Bangladeshi coast guard sent boats. Later the coast guard said more were coming.")
    assert [e.canonical_id for e in found if e.span.text == "coast guard"] == ["org:bangladesh-coast-guard"] * 2


@pytest.mark.parametrize("text, speaker", [
    ("The Eritrean navy said the ship had entered its waters.", "Navy of Eritrea"),
    ("The Bangladeshi coast guard said 40 people were rescued.", "Coast Guard of Bangladesh"),
])
def test_entities_a_states_force_speaks_as_that_body(nlp, text, speaker):
    (statement,) = nlp(text)._.np_statements
    assert (statement.speaker_name, statement.sourcing) == (speaker, "named-organisation")


def test_entities_unqualified_state_body_is_not_guessed(nlp):
    found = entities(nlp, "Israeli defence officials said the army had not moved.")
    assert not any(e.span.text == "army" for e in found)


# ---------------------------------------------------------------- tables and pure normalisers


def test_entities_tables_point_to_real_codes():
    for alias, place in places().items():
        assert lookup(alias) is not None
        if place.kind in ("GPE", "NORP") and len(place.code) == 3:
            assert pycountry.countries.get(alpha_3=place.code) or place.code == "XKX", alias


# ISO 3166 alpha-3 codes of the 193 UN member states.
UN_MEMBERS = set("""
AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ BOL BRA BRB BRN BTN BWA
CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESP EST ETH
FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY HND HRV HTI HUN IDN IND IRL IRN IRQ ISL ISR ITA
JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX
MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG
POL PRK PRT PRY QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE SLV SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCD
TGO THA TJK TKM TLS TON TTO TUN TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE
""".split())
# Capitals spelled like their country (the country name gives the code) and capitals left
# out because their name is usually something else (capitals.tsv says which).
CAPITAL_IS_COUNTRY_NAME = {"SGP", "LUX", "MCO", "SMR", "DJI"}
CAPITAL_LEFT_OUT = {"ATG", "GRD", "SYC", "BEL"}
NON_ISO_COUNTRIES = {"XKX"}  # Kosovo, as the EU and IMF code it
COUNTRY_TABLES = ("capitals.tsv", "countries.tsv", "demonyms.tsv", "subnational.tsv")
IGO_CODES = {row[1] for row in read_table("organisations.tsv")}
PLACE_ROWS = [(name, row) for name in COUNTRY_TABLES for row in read_table(name)]
BODY_ROWS = read_table("state_bodies.tsv")


def _valid_country(code):
    return pycountry.countries.get(alpha_3=code) is not None or code in NON_ISO_COUNTRIES


@settings(max_examples=150)
@given(row=st.sampled_from(PLACE_ROWS))
def test_entities_table_codes_are_iso3_or_igo(row):
    name, (alias, code, *_) = row
    assert _valid_country(code) or code in IGO_CODES, f"{name}: {alias} -> {code}"


def test_entities_table_aliases_have_one_code():
    codes = {}
    for name, (alias, code, *_) in PLACE_ROWS:
        key = (name == "demonyms.tsv", alias)  # a demonym may share its spelling with nothing else
        assert codes.setdefault(key, code) == code, f"{alias} -> {codes[key]} and {code} ({name})"


def test_entities_capitals_cover_every_un_member():
    covered = {row[1] for row in read_table("capitals.tsv")}
    by_name = {c for c in CAPITAL_IS_COUNTRY_NAME if lookup(gazetteer.country_name(c)).code == c}
    assert UN_MEMBERS - covered - CAPITAL_LEFT_OUT == CAPITAL_IS_COUNTRY_NAME == by_name


@given(row=st.sampled_from(read_table("capitals.tsv")), spaces=st.sampled_from([" ", "  ", "\t", " \n "]))
def test_entities_capital_lookup_is_government_whatever_the_spacing(row, spaces):
    alias, code = row[:2]
    place = lookup(spaces.join(alias.split()))
    assert (place.code, place.sector) == (code, "GOV")


@given(row=st.sampled_from(read_table("subnational.tsv")))
def test_entities_subnational_lookup_is_a_place_of_its_country(row):
    alias, country, *rest = row
    place = lookup(alias)
    assert place.kind in ("GPE", "LOC") and place.sector == "" and place.code.startswith(place.kind.lower() + ":")
    assert actor_code(place.code) == country and _valid_country(country)
    assert lookup(place.name) is None or actor_code(lookup(place.name).code) == country  # variants agree


@given(row=st.sampled_from(BODY_ROWS))
def test_entities_state_body_rows_are_well_formed(row):
    phrase, canonical, sector = row
    assert phrase == phrase.lower() and slug(canonical) == canonical and sector in {"GOV", "MIL", "COP"}


ROLES = sorted({t.canonical for t in titles().values() if t.type == "role" and t.canonical[0].isupper()})
HONORIFICS = sorted({key for key, t in titles().items() if t.type == "honorific"})
NAME_WORD = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True).filter(lambda w: w.lower() not in titles())
NAMES = st.lists(NAME_WORD, min_size=1, max_size=3).map(" ".join)


@given(role=st.sampled_from(ROLES), name=NAMES)
def test_people_split_title_strips_role(role, name):
    assert split_title(f"{role} {name}") == (role, name)


@given(role=st.sampled_from(ROLES), name=NAMES)
def test_people_split_title_keeps_former(role, name):
    assert split_title(f"former {role} {name}") == (f"former {role}", name)


@given(honorific=st.sampled_from(HONORIFICS), role=st.sampled_from(ROLES), name=NAMES)
def test_people_split_title_drops_honorifics(honorific, role, name):
    assert split_title(f"{role} {honorific.title()} {name}") == (role, name)


@given(name=NAMES)
def test_people_person_key_is_stable(name):
    key = person_key(name)
    assert re.fullmatch(r"person:[a-z0-9]+(-[a-z0-9]+)*", key)
    assert person_key(f"  {name.upper()}’s ") == key


@given(text=st.text(max_size=40))
def test_people_clean_name_is_idempotent(text):
    assert clean_name(clean_name(text)) == clean_name(text)


@given(name=st.lists(NAME_WORD, min_size=2, max_size=4).map(" ".join))
def test_people_surnames_end_with_last_word(name):
    assert surnames(name)[-1] == name.split()[-1]


# ---------------------------------------------------------------- golden gate


def test_entities_golden_quality_gate(nlp, examples_dir):
    from newsprism.eval.entities import evaluate_entities, gold_entity_documents

    gold = examples_dir / "gold"
    if not (gold / "entities").is_dir() or not gold_entity_documents(gold):
        pytest.skip("examples/gold/entities is not there yet")
    result = evaluate_entities(gold, nlp=nlp)
    assert result["ids"]["f1"] >= MIN_ID_F1, result["ids"]
    assert result["mentions"]["f1"] >= MIN_MENTION_F1, result["mentions"]
    assert result["roles"]["lenient"] >= MIN_ROLE_LENIENT, result["roles"]


def test_entity_span_never_ends_in_a_paragraph_break(nlp):
    # found by hypothesis: the model tagged the break after "Ayatollah" as part of a PERSON
    doc = nlp("President ex- Supreme Ayatollah \n\n President")
    assert doc._.np_entities
    for e in doc._.np_entities:
        assert e.span.text == e.span.text.strip() == doc.text[e.span.start:e.span.end]


@pytest.mark.parametrize("text, name, canonical", [
    ("The Caribbean Community called for restraint.", "Caribbean Community", "CARICOM"),
    ("Leaders of the Pacific Islands Forum met in Suva.", "Pacific Islands Forum", "PIF"),
    ("ECOWAS suspended the country's membership.", "ECOWAS", "ECOWAS"),
    ("OCHA said the convoy had been turned back.", "OCHA", "OCHA"),
])
def test_regional_and_specialised_bodies_have_their_short_ids(nlp, text, name, canonical):
    found = {e.span.text: e.canonical_id for e in nlp(text)._.np_entities}
    assert found.get(name) == canonical


def test_a_ministry_in_a_capital_belongs_to_that_capital_s_country(nlp):
    """Not to the country named last before it ("after Caracas began drills")."""
    text = "Guyana recalled its envoy after Caracas began drills, the foreign ministry in Georgetown said."
    ids = {e.span.text: e.canonical_id for e in nlp(text)._.np_entities}
    assert ids["foreign ministry"] == "org:guyana-foreign-ministry"


def test_a_company_named_with_a_trade_word_is_an_organisation_speaker(nlp):
    """"Danubia Gas Transit" ends in a trade word: an organisation, never a person."""
    found = nlp("Danubia Gas Transit said in a statement that flows fell to zero.")._.np_statements
    assert [(s.speaker_name, s.sourcing) for s in found] == [("Danubia Gas Transit", "named-organisation")]


@pytest.mark.parametrize("zone", ["GMT", "UTC", "CET"])
def test_a_time_zone_is_no_organisation(nlp, zone):
    text = f"Flows fell to zero at 6 a.m. {zone} on Tuesday, the operator said."
    assert zone not in {e.span.text for e in nlp(text)._.np_entities}


@pytest.mark.parametrize("code, expected", [
    ("IRN", True), ("XKX", True), ("PSE", True),
    ("IMF", False), ("WHO", False), ("IGO", False), ("irn", False), ("", False),
])
def test_is_alpha3_is_membership_not_shape(code, expected):
    from newsprism.analyze.gazetteer import is_alpha3

    assert is_alpha3(code) is expected


@pytest.mark.parametrize("text", [
    "The Russian consulate general in Kirkenes said the crew were safe.",
    "The Commission's Directorate-General for Trade said the tariffs were legal.",
])
def test_entities_general_after_a_body_is_no_officer(nlp, text):
    # "consulate general" is a diplomatic office, not a general of Russia
    found = entities(nlp, text)
    assert not any(e.kind == "PERSON" for e in found)
    (statement,) = nlp(text)._.np_statements
    assert "General of" not in statement.speaker_name


def test_entities_a_general_is_still_an_officer(nlp):
    found = entities(nlp, "General Ivan Petrov said the drills were over.")
    assert any(e.kind == "PERSON" and e.name == "Ivan Petrov" for e in found)
