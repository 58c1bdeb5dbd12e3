"""The structural headline check: headlines that deny conditions their own body reports (real parses)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.analyze.conditions import conditions_in
from newsprism.compare.headline_conditions import (
    DENIES,
    RULES_OUT,
    denial_cues,
    governed_clauses,
    headline_cues,
    may_have_condition,
    may_have_cue,
    refusal_cues,
    structural_finding,
)
from newsprism.compare.headlines import (
    STRUCTURAL_SCORE,
    headline_checks,
    with_structural_finding,
)
from newsprism.records import HeadlineCheck

from .conftest import analysed, article


def _finding(nlp, parse, headline: str, body: str):
    from newsprism.compare.views import body_text

    art, analysis = analysed(nlp, headline, body)
    return art, structural_finding(art, analysis, body_text(art).offsets, parse)


# ---------------------------------------------------------------- headline forms


@pytest.mark.parametrize("headline, matter, cue", [
    ("Varnia's president sees no barriers to talks with Doravia", "talks", "no barriers to talks"),
    ("Talks to resume without preconditions", "talks", "Talks to resume without preconditions"),
    ("Varnia offers unconditional aid to flood-hit Doravia", "aid", "unconditional aid"),
    ("Nothing stands in the way of a trade deal, says envoy", "deal", "Nothing stands in the way of a trade deal"),
    ("Varnia drops preconditions for negotiations with Doravia", "talks", "drops preconditions for negotiations"),
    ("Premier says there are no obstacles to a peace deal", "deal", "no obstacles to a peace deal"),
    ("No barriers to talks, says Varnia's president", "talks", "No barriers to talks"),
    ("Envoy says there is nothing standing in the way of negotiations", "talks", "nothing standing in the way of negotiations"),
    ("Donors attach no strings to flood aid", "aid", "no strings to flood aid"),
])
def test_headline_conditions_denials_are_read_with_their_matter(parse, headline, matter, cue):
    cues = denial_cues(parse([headline])[0])
    assert [(c.kind, c.matter, c.text) for c in cues] == [(DENIES, matter, cue)]
    assert headline[cues[0].start:cues[0].end] == cue


@pytest.mark.parametrize("headline", [
    "Varnia will not accept preconditions for talks",  # a demand that talks have none, not a report
    "Doravia lays down terms for any dialogue with Varnia",
    "Premier's conditions a critical block to talks with Doravia",
    "No talks without a ceasefire, says Varnian premier",  # the headline states a condition itself
    "Doravia does not rule out talks with Varnia",
    "Varnia says it will not accept barriers to talks",
    "No deal: trade talks break down in Lisvik",  # reports a breakdown, does not rule a deal out
])
def test_headline_conditions_other_headlines_have_no_cue(parse, headline):
    assert headline_cues(parse([headline])[0]) == []


@pytest.mark.parametrize("headline, cue", [
    ("Doravia rules out talks with Varnia", "rules out talks"),
    ("No talks with Varnia, says Doravian premier", "No talks"),
    ("Doravia will not negotiate with Varnia", "not negotiate"),
    ("Doravia won't hold talks with Varnia", "won't hold talks"),
    ("Talks with Varnia off the table, says Doravia", "Talks with Varnia off the table"),
])
def test_headline_conditions_refusals_are_read(parse, headline, cue):
    cues = refusal_cues(parse([headline])[0])
    assert [(c.kind, c.matter, c.text) for c in cues] == [(RULES_OUT, "talks", cue)]


def test_headline_conditions_rejecting_terms_is_not_ruling_out_talks(parse):
    assert refusal_cues(parse(["White House rejects Doravia's terms but leaves door open"])[0]) == []


# ---------------------------------------------------------------- what a body condition governs


def _governed(parse, sentence: str, condition: str):
    start = sentence.index(condition)
    return governed_clauses(parse([sentence])[0], [(start, start + len(condition))])[0]


def test_headline_conditions_condition_governs_the_clause_it_hangs_from(parse):
    possible = _governed(parse, "He said that talks were possible only if the army withdrew.", "only if the army withdrew")
    assert "talks" in possible.matters and not possible.negative
    refused = _governed(parse, "Doravia would not negotiate while warships remained in the bay.", "while warships remained in the bay")
    assert "talks" in refused.matters and refused.negative
    aid = _governed(parse, "Aid would flow only if the border crossing opened.", "only if the border crossing opened")
    assert "aid" in aid.matters and "talks" not in aid.matters


def test_headline_conditions_condition_on_failure_is_no_precondition(parse):
    assert _governed(parse, "The talks could collapse if either side walked out.", "if either side walked out").matters == frozenset()


# ---------------------------------------------------------------- whole articles


CONTRADICTED = [
    pytest.param("Varnia's president sees no barriers to talks with Doravia",
                 "Varnia's president Ilse Marten said on Monday that talks with Doravia were possible only if Doravia "
                 "withdrew its troops from the border. She added that her government wanted a lasting peace.",
                 DENIES, "only if Doravia withdrew its troops from the border", id="no-barriers"),
    pytest.param("Varnia offers unconditional aid to flood-hit Doravia",
                 "Varnia's foreign minister said on Tuesday that aid would flow only if Doravia opened the northern "
                 "border crossing. Relief groups welcomed the announcement.",
                 DENIES, "only if Doravia opened the northern border crossing", id="unconditional-aid"),
    pytest.param("Nothing stands in the way of a trade deal, says Varnian envoy",
                 "The Varnian envoy Pavel Lind said the trade deal could be signed in March, provided that Doravia "
                 "lowered its tariffs on grain. Farmers in both countries were sceptical.",
                 DENIES, "provided that Doravia lowered its tariffs on grain", id="nothing-in-the-way"),
    pytest.param("Doravia rules out talks with Varnia",
                 "Doravia's prime minister Karel Voss said talks with Varnia were possible on condition that Varnia "
                 "recognised the new border. Analysts said the demand was unlikely to be met.",
                 RULES_OUT, "on condition that Varnia recognised the new border", id="rules-out"),
]


@pytest.mark.parametrize("headline, body, kind, condition", CONTRADICTED)
def test_headline_conditions_contradiction_is_found_with_its_evidence(nlp, parse, headline, body, kind, condition):
    art, found = _finding(nlp, parse, headline, body)
    assert found is not None and found["finding"] == kind
    spans = [c["span"] for c in found["conditions"]]
    assert [art.text[s:e] for s, e in spans] == [c["text"] for c in found["conditions"]]
    assert condition in [c["text"] for c in found["conditions"]]
    start, end = found["headline_cue"]["span"]
    assert art.text[start:end] == found["headline_cue"]["text"] and end <= len(headline)
    assert condition in found["reason"]


NOT_CONTRADICTED = [
    pytest.param("Talks to resume without preconditions, mediators say",
                 "Mediators said talks between Varnia and Doravia would resume next week without preconditions. "
                 "The talks would move to the capital if the first round went well.", id="body-says-no-preconditions"),
    pytest.param("Varnia sees no barriers to talks with Doravia",
                 "Varnia's president said on Monday that she was ready for talks with Doravia. Separately, she said "
                 "aid to the border region would resume only if the rebels laid down their arms.", id="condition-on-other-matter"),
    pytest.param("Doravia rules out talks with Varnia",
                 "Doravia's prime minister Karel Voss ruled out talks with Varnia on Friday. An aide said later that "
                 "talks could resume only if Varnia apologised.", id="body-rules-out-too"),
    pytest.param("Doravia rules out talks with Varnia",
                 "Doravia's prime minister Karel Voss ruled out talks with Varnia on Friday. He said aid to refugees "
                 "would continue as long as the camps stayed open.", id="condition-on-aid-not-talks"),
    pytest.param("Doravia will not negotiate with Varnia",
                 "Doravia will not negotiate with Varnia while Varnian troops remain in the border zone, its premier said.",
                 id="refusal-with-its-condition"),
    pytest.param("Varnian premier says talks possible only if Doravia withdraws",
                 "The Varnian premier said talks were possible only if Doravia withdrew its troops.", id="faithful-conditions"),
]


@pytest.mark.parametrize("headline, body", NOT_CONTRADICTED)
def test_headline_conditions_faithful_headlines_are_not_flagged(nlp, parse, headline, body):
    assert _finding(nlp, parse, headline, body)[1] is None


def test_headline_conditions_body_echo_with_a_condition_of_its_own_is_no_echo(nlp, parse):
    # The body says "without preconditions" only with a condition on the same talks: the headline drops it.
    _, found = _finding(nlp, parse, "Talks to resume without preconditions",
                        "Mediators said talks could resume without preconditions as long as the ceasefire held.")
    assert found is not None and found["matter"] == "talks"


# ---------------------------------------------------------------- combined with the stance model


def test_headline_conditions_finding_overrides_the_model_and_keeps_its_call():
    model = HeadlineCheck("a1", "agree", 0.82, {"probabilities": {"agree": 0.82}})
    finding = {"finding": DENIES, "reason": "why"}
    combined = with_structural_finding(model, finding)
    assert (combined.stance, combined.score) == ("disagree", STRUCTURAL_SCORE)
    assert combined.evidence["structural"] == {**finding, "model_stance": "agree", "model_score": 0.82}
    assert combined.evidence["probabilities"] == model.evidence["probabilities"]
    assert with_structural_finding(model, None) is model


def test_headline_conditions_headline_checks_flag_only_the_contradicted_article(nlp, parse, encoder):
    from newsprism.analyze.pipeline import analyze_articles
    from newsprism.compare.stance import load_stance_model
    from newsprism.compare.views import build_views

    arts = [article("bad", *CONTRADICTED[0].values[:2], "The Harbor Times"),
            article("good", *NOT_CONTRADICTED[1].values, "Civic Ledger")]
    analyses = {a.article_id: a for a in analyze_articles(arts, nlp=nlp)}
    checks = {c.article_id: c for c in headline_checks(build_views(arts, analyses, load_stance_model()["idf"], encoder), parse)}
    assert checks["bad"].stance == "disagree" and checks["bad"].evidence["structural"]["matter"] == "talks"
    assert "structural" not in checks["good"].evidence


# ---------------------------------------------------------------- the word gate never hides a match


VOCAB = ["no", "not", "without", "nothing", "barriers", "preconditions", "talks", "aid", "deal", "to", "for", "stands",
         "in", "the", "way", "of", "rules", "out", "unconditional", "Varnia", "sees", "says", "resume", "drops", "with",
         "only", "if", "as", "long", "unless", "provided", "that", "leaves", "are", "possible"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=9).map(" ".join))
def test_headline_conditions_gates_pass_every_text_with_a_match(parse, text):
    doc = parse([text])[0]
    if denial_cues(doc) or refusal_cues(doc):
        assert may_have_cue(text)
    if any(conditions_in(sent) for sent in doc.sents):
        assert may_have_condition(text)


@pytest.mark.parametrize("text, expected", [
    ("Talks were possible only if the army left.", True), ("Aid will flow as long as the truce holds.", True),
    ("The envoy said talks would resume.", False), ("It was long as a river.", False),
])
def test_headline_conditions_condition_gate_reads_connectives_as_word_sequences(text, expected):
    assert may_have_condition(text) is expected


def test_headline_conditions_work_without_the_claims_layer(parse):
    # No analysis at all: the body's sentences are parsed and read by the conditions finder itself.
    from newsprism.compare.views import body_text
    from newsprism.records import ArticleAnalysis

    headline, body = CONTRADICTED[0].values[:2]
    art = article("bare", headline, body, "The Harbor Times")
    found = structural_finding(art, ArticleAnalysis(art.id), body_text(art).offsets, parse)
    assert found is not None and found["matter"] == "talks"
    assert [c["text"] for c in found["conditions"]] == ["only if Doravia withdrew its troops from the border"]
    assert found["conditions"][0]["holder"] == ""
