"""Short forms of organisation names: one id however an article writes a body."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsprism.analyze.gazetteer import actor_code
from newsprism.analyze.organisations import short_forms


def ids(nlp, text):
    return {(e.span.text, e.canonical_id, e.kind) for e in nlp(text)._.np_entities}


def test_first_word_of_a_firm_is_the_firm(nlp):
    text = ("Trelawny Shipping missed a payment on Monday. Analysts said Trelawny would "
            "struggle to refinance, and Trelawny declined to comment.")
    found = ids(nlp, text)
    assert ("Trelawny", "org:trelawny-shipping", "ORG") in found
    assert not any(kind == "PERSON" for _, _, kind in found)


def test_head_word_of_a_body_is_the_body(nlp):
    text = ("Leaders of the Coral Sea Islands Forum met in Port Vila. The Forum said on Friday "
            "that Forum members would meet again in May.")
    found = ids(nlp, text)
    assert ("Forum", "org:coral-sea-islands-forum", "ORG") in found


def test_acronym_gives_its_full_name_head(nlp):
    text = "The IMF delayed its review of Ostria.\n\nFund staff will visit the capital in June."
    assert ("Fund", "IMF", "ORG") in ids(nlp, text)


def test_firm_named_in_apposition_is_no_person(nlp):
    text = "The regulator wrote to Kelvar Logistics, the Ostrian haulier, on Tuesday."
    found = ids(nlp, text)
    assert ("Kelvar Logistics", "org:kelvar-logistics", "ORG") in found


def test_common_first_word_is_no_short_form(nlp):
    text = "The Foreign Ministry said foreign troops had left. Foreign observers disagreed."
    assert not any(t == "Foreign" for t, _, _ in ids(nlp, text))


def test_shared_short_form_names_neither():
    forms = short_forms({"Altmark Bank": "org:a", "Borel Bank": "org:b"})
    assert "Bank" not in forms
    assert forms["Altmark"] == "org:a"


def test_geographic_first_word_is_no_short_form():
    assert "Pacific" not in short_forms({"Pacific Islands Forum": "PIF"})


NAME_WORD = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)


@given(st.lists(NAME_WORD, min_size=1, max_size=5))
def test_short_forms_are_shorter_and_made_of_the_name(words):
    name = " ".join(words)
    for short, target in short_forms({name: "org:x"}).items():
        assert target == "org:x"
        assert short != name
        assert set(short.split()) <= set(words)


def test_national_institution_takes_the_country_named_before_it(nlp):
    found = ids(nlp, "Ostria's Constitutional Court struck down the law. Kenya's High Court disagreed.")
    assert ("Constitutional Court", "org:austria-constitutional-court", "ORG") not in found  # Ostria is no country
    assert ("High Court", "org:kenya-high-court", "ORG") in found


def test_national_institution_takes_the_country_the_article_is_about(nlp):
    text = ("Peru's president dissolved the cabinet. Peru has had six presidents in eight years, and "
            "Peruvian voters are tired. The Constitutional Court will rule on Friday, Peru's prosecutors said.")
    assert ("Constitutional Court", "org:peru-constitutional-court", "ORG") in ids(nlp, text)


def test_national_institution_without_a_clear_country_keeps_its_plain_name(nlp):
    text = "The Senate voted on Tuesday. Critics in Canada and Mexico objected."
    assert not any(cid.startswith("org:canada") or cid.startswith("org:mexico") for _, cid, _ in ids(nlp, text))


def test_official_ministry_name_is_the_same_body_as_the_short_one(nlp):
    text = "Chile's Ministry of Foreign Affairs summoned the envoy. Chile's foreign ministry said talks would go on."
    found = ids(nlp, text)
    assert ("Ministry of Foreign Affairs", "org:chile-foreign-ministry", "ORG") in found
    assert ("foreign ministry", "org:chile-foreign-ministry", "ORG") in found


def test_the_ministry_after_a_named_ministry_is_that_ministry(nlp):
    text = ("Chile's transport ministry said on Monday that fares would rise. The ministry added that "
            "the change was temporary.")
    found = ids(nlp, text)
    assert ("ministry", "org:chile-transport-ministry", "ORG") in found


def test_a_ministry_as_modifier_or_never_named_is_no_anaphor(nlp):
    found = ids(nlp, "A ministry spokesman said the ministry would reply. Officials declined to comment.")
    assert not any(text == "ministry" for text, _, _ in found)


def test_a_ministry_without_its_country_takes_the_dateline_towns(nlp):
    headline = "Rail freight halted"
    text = (f"{headline}\n\nVENTSPILS - Freight to the port stopped on Monday. The transport ministry "
            "said repairs would take a week. Belarus, Belarus and Belarus were blamed by Latvia's critics.")
    doc = nlp.make_doc(text)
    doc._.np_body_start = len(headline) + 2
    found = {(e.span.text, e.canonical_id) for e in nlp(doc)._.np_entities}
    assert ("transport ministry", "org:latvia-transport-ministry") in found


def test_a_country_and_its_known_body_are_named_apart(nlp):
    found = ids(nlp, "A US State Department spokesman called the drills a concern.")
    assert ("US", "USA", "GPE") in found
    assert ("State Department", "org:us-state-department", "ORG") in found


def test_actor_of_an_institution_id_is_read_from_the_id():
    # No article needs to have been read first: the id alone says whose court it is.
    assert actor_code("org:madagascar-high-constitutional-court") == "MDG"
    assert actor_code("org:south-korea-national-assembly") == "KOR"
    assert actor_code("org:ostria-constitutional-court") == ""  # Ostria is no country


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz-:", max_size=40))
def test_actor_code_of_any_id_is_a_code_or_nothing(key):
    code = actor_code(key)
    assert code == "" or code.isupper()
