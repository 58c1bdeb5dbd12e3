"""The lead-sentence check: does one of the body's first sentences say the headline's news? (real parses)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.compare.headline_lead import (
    CONTEXT_OPENERS,
    LEAD_FLIPS,
    LEAD_SUPPORTS,
    OPPOSITE_OF,
    flip_finding,
    further_news,
    VERB_CLASSES,
    lead_finding,
    main_clause,
    norm_stem,
    reported_headline,
    verb_keys,
    word_keys,
)
from newsprism.compare.headlines import structural_check
from newsprism.compare.stance import load_stance_model, stem, stem_idf

from .conftest import analysed

WEIGHT = stem_idf(load_stance_model()["idf"])

# A faithful markets headline in headline-ese ("slip" for "fell", a context clause after "as") over a body
# whose quotes are full of "not": the kind the FNC-1 model calls a refutation.
BONDS = ("Velmar bonds slip as port strike clouds budget review",
         "MARLO — Velmar's dollar bonds fell for a second day on Monday as investors weighed the risk that a "
         "dock strike could delay the budget review. \"The market is not pricing a default,\" said Ines Corvo, an "
         "analyst at Tallis Bank. The finance ministry said the review had not been postponed.")


def _finding(nlp, parse, headline: str, body: str, first_only: bool = False):
    art, analysis = analysed(nlp, headline, body)
    return art, lead_finding(art, analysis, parse, WEIGHT, first_only=first_only)


def test_a_lead_sentence_in_plainer_words_says_the_headline(nlp, parse):
    art, found = _finding(nlp, parse, *BONDS)
    assert found["finding"] == LEAD_SUPPORTS
    assert found["headline_claim"]["text"] == "Velmar bonds slip"
    cited = found["claims"][0]
    assert art.text[cited["span"][0]:cited["span"][1]] == cited["text"]
    assert cited["text"].startswith("Velmar's dollar bonds fell")  # the dateline is no sentence of the lead


def test_the_dateline_does_not_count_as_the_first_sentence(nlp, parse):
    assert _finding(nlp, parse, *BONDS, first_only=True)[1]["finding"] == LEAD_SUPPORTS


CURFEW = "Orsa council lifts curfew in old town"
EXTENDED = ("The council of Orsa voted on Monday to extend its curfew in the old town for another month, "
            "despite objections from shop owners. The mayor said the measure was needed.")


def test_a_flipped_verb_is_not_support_but_a_flip(nlp, parse):
    assert _finding(nlp, parse, CURFEW, EXTENDED)[1] is None
    art, analysis = analysed(nlp, CURFEW, EXTENDED)
    found = flip_finding(art, analysis, parse, WEIGHT)
    assert found["finding"] == LEAD_FLIPS and "extend its curfew" in found["claims"][0]["text"]


@pytest.mark.parametrize("lead", [
    "The council of Orsa lifted its curfew in the old town on Monday after it had voted to extend it in May.",
    "The council of Orsa did not extend its curfew in the old town on Monday.",
    "The council of Orsa may extend its curfew in the old town next month.",
])
def test_no_flip_when_the_lead_also_says_the_verb_or_negates_or_weakens_the_opposite(nlp, parse, lead):
    art, analysis = analysed(nlp, CURFEW, f"{lead} Shop owners objected. The mayor said the measure was needed.")
    assert flip_finding(art, analysis, parse, WEIGHT) is None


def test_opposite_verbs_are_opposite_both_ways_and_never_synonyms():
    for word, opposites in OPPOSITE_OF.items():
        for other in opposites:
            assert word in OPPOSITE_OF[other]
            assert not verb_keys(word) & verb_keys(other)


@pytest.mark.parametrize("lead", [
    "Tessin is considering shutting its Brandt car plant with the loss of 700 jobs, the company said on Monday.",
    "Tessin did not shut its Brandt car plant on Monday, the company said.",
    "Tessin will shut its Brandt car plant, according to people familiar with the plans.",
])
def test_a_weakened_negated_or_vaguely_sourced_lead_is_not_support(nlp, parse, lead):
    body = f"{lead} Workers gathered outside the gates in the afternoon. The union called a meeting for Friday."
    assert _finding(nlp, parse, "Tessin shuts Brandt car plant", body)[1] is None


def test_the_same_lead_plainly_said_is_support(nlp, parse):
    body = ("Tessin shut its Brandt car plant on Monday, the company said. Workers gathered outside the gates "
            "in the afternoon. The union called a meeting for Friday.")
    assert _finding(nlp, parse, "Tessin shuts Brandt car plant", body)[1]["finding"] == LEAD_SUPPORTS


def test_hearsay_about_the_news_or_a_reported_headline_is_not_support(nlp, parse):
    headline, body = BONDS
    assert _finding(nlp, parse, headline, body + " Velmar's bonds reportedly fell further in late trading.")[1] is None
    assert _finding(nlp, parse, "Velmar bonds slip, analysts say", body)[1] is None


def test_hearsay_about_something_else_vetoes_only_against_a_model_disagree(nlp, parse):
    headline, body = BONDS
    aside = body + " Tallis Bank has reportedly hired two new traders."
    assert _finding(nlp, parse, headline, aside)[1]["finding"] == LEAD_SUPPORTS
    assert _finding(nlp, parse, headline, aside, first_only=True)[1] is None


def test_the_check_answers_a_model_discuss_or_disagree_only(nlp, parse, encoder):
    from newsprism.compare.views import build_views

    art, analysis = analysed(nlp, *BONDS)
    view = build_views([art], {art.id: analysis}, load_stance_model()["idf"], encoder)[0]
    assert structural_check(view, "disagree", parse)["finding"] == LEAD_SUPPORTS
    assert structural_check(view, "discuss", parse)["finding"] == LEAD_SUPPORTS
    assert structural_check(view, "agree", parse) is None


# ---------------------------------------------------------------- word-level parts

WORD = st.sampled_from(["Velmar", "bonds", "slip", "port", "strike", "Orsa", "council", "lifts", "curfew", "deal"])


@given(st.lists(WORD, min_size=3, max_size=6), st.sampled_from(CONTEXT_OPENERS), st.lists(WORD, min_size=1, max_size=5))
def test_the_main_clause_ends_before_a_context_clause(news, opener, context):
    headline = f"{' '.join(news)} {opener} {' '.join(context)}"
    start, end = main_clause(headline)
    assert headline[start:end] == " ".join(news)


@given(st.lists(WORD, min_size=1, max_size=3), st.lists(WORD, min_size=3, max_size=6))
def test_a_teaser_question_is_left_out_and_a_bare_question_asserts_nothing(teaser, news):
    headline = f"{' '.join(teaser)}? {' '.join(news)}"
    start, end = main_clause(headline)
    assert headline[start:end] == " ".join(news)
    assert main_clause(f"{' '.join(news)}?") is None


@given(st.lists(WORD, min_size=3, max_size=5), st.sampled_from(sorted(set(CONTEXT_OPENERS) - {"but"})),
       st.lists(WORD, min_size=1, max_size=4), st.sampled_from([", ", " but ", ", but "]), st.lists(WORD, min_size=1, max_size=4))
def test_further_news_is_what_follows_a_comma_or_but_and_never_background(news, opener, background, joint, more):
    headline = f"{' '.join(news)} {opener} {' '.join(background)}{joint}{' '.join(more)}"
    assert further_news(headline, main_clause(headline)[1]) == [" ".join(more)]


SWAP = "Orsa and Tallis agree prisoner swap, ceasefire still out of reach"


def test_news_after_a_comma_must_be_in_one_lead_sentence(nlp, parse):
    said = ("Orsa and Tallis agreed on Sunday to swap 40 prisoners, Foreign Minister Ilse Brand said, but a ceasefire remains out of "
            "reach. The swap will take place within ten days. Both sides accused each other of delays.")
    contradicted = ("Orsa and Tallis agreed on Sunday to swap 40 prisoners and signed a ceasefire, Foreign Minister Ilse Brand said. "
                    "The deal was reached after two days of talks. Both sides praised the mediator.")
    assert _finding(nlp, parse, SWAP, said)[1]["finding"] == LEAD_SUPPORTS
    assert _finding(nlp, parse, SWAP, contradicted)[1] is None


def test_a_comma_inside_the_subject_does_not_end_the_main_clause():
    headline = "Orsa, Tallis agree port deal, fees still disputed"
    start, end = main_clause(headline)
    assert headline[start:end] == "Orsa, Tallis agree port deal"


@given(st.sampled_from(sorted({w for members in VERB_CLASSES.values() for w in members.split()})),
       st.sampled_from(["", "s", "ed", "ing"]))
def test_an_inflected_class_verb_keeps_its_class(lemma, suffix):
    form = lemma + suffix if not (suffix == "ed" and lemma.endswith("e")) else lemma + "d"
    assert verb_keys(lemma) & verb_keys(form)


@pytest.mark.parametrize("a, b", [("lifts", "extended"), ("approves", "rejected"), ("rose", "fell"), ("halts", "resumed")])
def test_opposite_verbs_share_no_class(a, b):
    assert not verb_keys(a) & verb_keys(b)


@pytest.mark.parametrize("a, b", [("slaps", "impose"), ("slide", "fell"), ("halts", "stopped"), ("agree", "agreed")])
def test_headline_verbs_meet_the_plainer_body_verb(a, b):
    assert verb_keys(a) & verb_keys(b)


@given(st.sampled_from(["agree", "close", "stop", "plan", "talk", "sign", "reach", "release"]))
def test_a_stem_and_its_past_tense_normalise_alike(lemma):
    past = lemma + "d" if lemma.endswith("e") else lemma + (lemma[-1] if lemma[-1] in "pn" else "") + "ed"
    assert norm_stem(stem(lemma)) == norm_stem(stem(past))


def test_nouns_of_a_class_share_a_key():
    assert set(word_keys("detainee swap")) == set(word_keys("prisoner exchange"))


@pytest.mark.parametrize("headline, reported", [
    ("Velmar bonds slip as strike clouds review", False),
    ("Wife of rebel leader 'detained at border'", True),
    ("Orsa and Tallis agree deal, official says", True),
    ("Miners ‘have found gold’ in Tarn hills", True),
])
def test_a_quoted_or_attributed_headline_is_reported(headline, reported):
    assert reported_headline(headline) == reported


@given(st.text(max_size=80))
def test_any_headline_gives_a_clause_inside_it_or_none(headline):
    clause = main_clause(headline)
    if clause is not None:
        start, end = clause
        assert 0 <= start <= end <= len(headline)
        assert all(isinstance(more, str) and more for more in further_news(headline, end))
