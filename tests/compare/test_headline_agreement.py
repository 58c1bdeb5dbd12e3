"""The sister structural check: headlines that report the conditions their own body reports (real parses)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.compare.headline_agreement import (
    AGREES,
    agreement_cues,
    agreement_finding,
    may_report_conditions,
)
from newsprism.compare.headline_conditions import DENIES, structural_finding
from newsprism.compare.headlines import (
    STRUCTURAL_SCORE,
    structural_check,
    with_structural_finding,
)
from newsprism.records import HeadlineCheck

from .conftest import analysed


def _agreement(nlp, parse, headline: str, body: str):
    from newsprism.compare.views import body_text

    art, analysis = analysed(nlp, headline, body)
    return art, agreement_finding(art, analysis, body_text(art).offsets, parse)


# ---------------------------------------------------------------- headline forms


@pytest.mark.parametrize("headline, matter, cue", [
    ("Doravia lays down terms for any dialogue with Varnia", "talks", "terms for any dialogue"),
    ("Varnia sets conditions for talks with Doravia", "talks", "conditions for talks"),
    ("Lisvik names its price for a trade deal", "deal", "price for a trade deal"),
    ("Donors attach strings to flood aid", "aid", "strings to flood aid"),
    ("Premier's conditions a critical block to talks with Doravia", "talks", "block to talks"),
    ("Doravia ties talks to Varnian troop exit", "talks", "ties talks"),
    ("Trade deal hinges on parliament vote in Lisvik", "deal", "deal hinges"),
    ("Talks with Varnia impossible unless troops leave, says Doravia", "talks", "unless troops leave"),
    ("Varnian premier says talks possible only if Doravia withdraws its troops", "talks",
     "only if Doravia withdraws its troops"),
    ("Border capitals weigh Doravia's terms", "", "Doravia's terms"),  # no matter named
])
def test_headline_agreement_reports_of_conditions_are_read_with_their_matter(parse, headline, matter, cue):
    cues = agreement_cues(parse([headline])[0])
    assert (AGREES, matter, cue) in [(c.kind, c.matter, c.text) for c in cues]
    assert all(headline[c.start:c.end] == c.text for c in cues)


@pytest.mark.parametrize("headline", [
    "Doravia drops conditions for talks with Varnia",  # a removal, which the denial check reads
    "Varnia sees no barriers to talks with Doravia",
    "Talks to resume without preconditions",
    "Varnia rejects Doravia's terms for talks",
    "Varnia will not accept preconditions for talks",
    "Doravia does not tie talks to troop exit",
    "Minister Lind in stable condition after crash",  # condition as health
    "Premier Voss seeks a second term",  # term of office
    "Harsh weather conditions delay peace talks",  # conditions nobody set
    "Rebels will attend the summit if invited",  # a bare "if" sets no term
    "Demand for Varnian grain rises",
])
def test_headline_agreement_other_headlines_have_no_cue(parse, headline):
    assert agreement_cues(parse([headline])[0]) == []


# ---------------------------------------------------------------- whole articles


AGREED = [
    pytest.param("Doravia lays down terms for any dialogue with Varnia",
                 "Talks with Varnia are impossible as long as Varnian troops remain on the border, Doravia's premier "
                 "Karel Voss said on Monday. He said Doravia would never negotiate under threat.",
                 "talks", "as long as Varnian troops remain on the border", id="terms-impossible-as-long-as"),
    pytest.param("Varnia ties trade deal to tariff cuts",
                 "Varnia's trade minister Ilse Marten said the deal could be signed in March, provided that Doravia "
                 "cut its tariffs on grain. She said there would be no signature otherwise.",
                 "deal", "provided that Doravia cut its tariffs on grain", id="ties-deal"),
    pytest.param("Border capitals weigh Doravia's terms",
                 "Doravia's premier Karel Voss said talks with Varnia were possible only if Varnia withdrew its troops. "
                 "Neighbouring governments said they were studying the remarks.",
                 "", "only if Varnia withdrew its troops", id="unnamed-matter"),
]


@pytest.mark.parametrize("headline, body, matter, condition", AGREED)
def test_headline_agreement_is_found_with_its_evidence(nlp, parse, headline, body, matter, condition):
    art, found = _agreement(nlp, parse, headline, body)
    assert found is not None and found["finding"] == AGREES and found["matter"] == matter
    assert [art.text[s:e] for s, e in (c["span"] for c in found["conditions"])] == [c["text"] for c in found["conditions"]]
    assert condition in [c["text"] for c in found["conditions"]] and condition in found["reason"]
    start, end = found["headline_cue"]["span"]
    assert art.text[start:end] == found["headline_cue"]["text"] and end <= len(headline)


NOT_AGREED = [
    pytest.param("Doravia drops conditions for talks with Varnia",
                 "Doravia's premier said talks with Varnia were possible only if Varnia withdrew its troops.",
                 id="headline-drops-conditions"),
    pytest.param("Varnia sets conditions for talks with Doravia",
                 "Varnia's president said aid to the border region would resume only if the rebels laid down their arms. "
                 "She did not mention any meeting.", id="conditions-on-aid-not-talks"),
    pytest.param("Varnia sets conditions for talks with Doravia",
                 "Mediators said talks between Varnia and Doravia would resume next week with no preconditions. "
                 "An aide said later that talks could move to the capital only if the first round went well.",
                 id="body-says-no-preconditions"),
    pytest.param("Varnia sets conditions for talks with Doravia",
                 "Varnia's envoy Ilse Marten said she would attend the talks if she were invited.", id="bare-if"),
    pytest.param("Varnia sets conditions for talks with Doravia",
                 "Officials said the talks would stall as long as the border stayed closed.", id="condition-on-failure"),
    pytest.param("Border capitals weigh Doravia's terms",
                 "Lisvik said it stood ready to help if both sides asked. Tarno did not comment.", id="unnamed-bare-if"),
]


@pytest.mark.parametrize("headline, body", NOT_AGREED)
def test_headline_agreement_needs_the_bodys_requirements_on_the_same_matter(nlp, parse, headline, body):
    assert _agreement(nlp, parse, headline, body)[1] is None


def test_headline_agreement_dropped_conditions_are_left_to_the_denial_check(nlp, parse):
    from newsprism.compare.views import body_text

    art, analysis = analysed(nlp, *NOT_AGREED[0].values)
    found = structural_finding(art, analysis, body_text(art).offsets, parse)
    assert found is not None and found["finding"] == DENIES


# ---------------------------------------------------------------- combined with the stance model


def test_headline_agreement_overrides_a_model_disagree_with_agree_and_keeps_its_call():
    model = HeadlineCheck("a1", "disagree", 0.51, {"probabilities": {"disagree": 0.51}})
    finding = {"finding": AGREES, "matter": "talks", "reason": "why"}
    combined = with_structural_finding(model, finding)
    assert (combined.stance, combined.score) == ("agree", STRUCTURAL_SCORE)
    assert combined.evidence["structural"] == {**finding, "model_stance": "disagree", "model_score": 0.51}
    assert combined.evidence["probabilities"] == model.evidence["probabilities"]


def test_headline_agreement_is_asked_when_the_model_disagrees_or_discusses(nlp, parse, encoder):
    from newsprism.compare.stance import load_stance_model
    from newsprism.compare.views import build_views

    art, analysis = analysed(nlp, *AGREED[0].values[:2])
    view = build_views([art], {art.id: analysis}, load_stance_model()["idf"], encoder)[0]
    # a faithful report of terms is as wrongly called "discuss" as "disagree" by the model
    assert structural_check(view, "disagree", parse)["finding"] == AGREES
    assert structural_check(view, "discuss", parse)["finding"] == AGREES
    assert structural_check(view, "agree", parse) is None


# ---------------------------------------------------------------- the word gate never hides a match


VOCAB = ["sets", "lays", "down", "terms", "conditions", "demands", "price", "block", "to", "for", "talks", "deal",
         "aid", "ties", "hinges", "on", "Varnia", "Varnia's", "names", "its", "only", "if", "unless", "impossible",
         "possible", "says", "no", "a", "the", "critical"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=9).map(" ".join))
def test_headline_agreement_gate_passes_every_text_with_a_match(parse, text):
    if agreement_cues(parse([text])[0]):
        assert may_report_conditions(text)
