"""The attribution scorer on tiny hand-made gold (text and annotations invented here)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from newsprism.eval.attribution import AttributionScore, Counts, Tokens, overlap_matches
from newsprism.eval.brat import parse_ann
from newsprism.records import Span, Statement

TEXT = "Mayor Ines Roth said the ferry would run again. The port was closed, officials said on Monday."
GOLD = (
    "T1\tSource 0 15\tMayor Ines Roth\n"
    "T2\tCue 16 20\tsaid\n"
    "T3\tContent 21 46\tthe ferry would run again\n"
    "T4\tAttribution 16 20\tsaid\n"
    "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
    "T5\tContent 48 67\tThe port was closed\n"
    "T6\tSource 69 78\tofficials\n"
    "T7\tCue 79 83\tsaid\n"
    "T8\tAttribution 79 83\tsaid\n"
    "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6\n"
)


def span(part: str, after: int = 0) -> Span:
    start = TEXT.index(part, after)
    return Span(start, start + len(part), part)


def stmt(source: str | None, cue: str, content: str, after: int = 0) -> Statement:
    return Statement(cue=span(cue, after), content=span(content), kind="indirect", sourcing="none",
                     speaker=span(source) if source else None)


def score(statements) -> dict:
    scorer = AttributionScore()
    scorer.add_document(TEXT, parse_ann(GOLD), statements)
    return scorer.as_dict()


def test_attribution_scorer_perfect_prediction_scores_one():
    result = score([stmt("Mayor Ines Roth", "said", "the ferry would run again"),
                    stmt("officials", "said", "The port was closed", after=60)])
    for role in ("source", "cue", "content"):
        assert result[role]["exact"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
        assert result[role]["overlap"]["f1"] == 1.0
    assert result["statement"]["f1"] == 1.0 and result["documents"] == 1


def test_attribution_scorer_exact_vs_overlap():
    # content one token short of gold: not exact, but overlapping by far more than half
    result = score([stmt("Mayor Ines Roth", "said", "the ferry would run")])
    assert result["content"]["exact"] == {"p": 0.0, "r": 0.0, "f1": 0.0}
    assert result["content"]["overlap"] == {"p": 1.0, "r": 0.5, "f1": pytest.approx(0.6667, abs=1e-4)}
    assert result["source"]["exact"] == {"p": 1.0, "r": 0.5, "f1": pytest.approx(0.6667, abs=1e-4)}
    assert result["statement"] == {"p": 1.0, "r": 0.5, "f1": pytest.approx(0.6667, abs=1e-4)}


def test_attribution_scorer_small_overlap_does_not_count():
    # "Ines" shares one of three tokens with "Mayor Ines Roth": less than half
    result = score([stmt("Ines", "said", "ferry")])
    assert result["source"]["overlap"]["p"] == 0.0
    assert result["content"]["overlap"]["p"] == 0.0
    assert result["statement"]["p"] == 0.0


def test_attribution_scorer_overlap_is_one_to_one():
    pred = [frozenset({1, 2, 3}), frozenset({1, 2, 3, 4})]
    gold = [frozenset({1, 2, 3, 4})]
    assert overlap_matches(pred, gold) == [(1, 0)]


def test_attribution_scorer_empty_prediction_and_empty_gold():
    assert score([])["cue"]["exact"] == {"p": 0.0, "r": 0.0, "f1": 0.0}
    scorer = AttributionScore()
    scorer.add_document("Nothing here.", parse_ann(""), [])
    assert scorer.as_dict()["statement"] == {"p": 0.0, "r": 0.0, "f1": 0.0}


def test_attribution_scorer_json_shape():
    result = json.loads(json.dumps(score([stmt("officials", "said", "The port was closed", after=60)])))
    assert set(result) == {"documents", "source", "cue", "content", "statement"}
    for role in ("source", "cue", "content"):
        assert set(result[role]) == {"exact", "overlap"}
        for values in result[role].values():
            assert set(values) == {"p", "r", "f1"} and all(0.0 <= v <= 1.0 for v in values.values())


def test_attribution_scorer_discontinuous_gold_matches_by_overlap():
    text = "“Ready,” she said. “Very ready.”"
    gold = ("T1\tSource 9 12\tshe\nT2\tCue 13 17\tsaid\nT3\tContent 0 8;19 32\t“Ready,” “Very ready.”\n"
            "T4\tAttribution 13 17\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n")
    pred = Statement(cue=Span(13, 17, "said"), content=Span(19, 32, text[19:32]), kind="direct", sourcing="none")
    scorer = AttributionScore()
    scorer.add_document(text, parse_ann(gold), [pred])
    result = scorer.as_dict()
    assert result["content"]["exact"]["p"] == 0.0
    assert result["content"]["overlap"]["p"] == 1.0


def test_attribution_scorer_counts_and_tokens():
    counts = Counts()
    counts.add(2, 4, 5)
    assert counts.prf() == {"p": 0.5, "r": 0.4, "f1": pytest.approx(0.4444, abs=1e-4)}
    tokens = Tokens("a bb, c")
    assert tokens.indices(((2, 4),)) == frozenset({1})
    assert tokens.trim(((1, 5),)) == ((2, 5),)


def test_attribution_scorer_content_parts_match_discontinuous_gold_exactly():
    text = "“Ready,” she said. “Very ready.”"
    gold = ("T1\tSource 9 12\tshe\nT2\tCue 13 17\tsaid\nT3\tContent 0 8;19 32\t“Ready,” “Very ready.”\n"
            "T4\tAttribution 13 17\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n")
    parts = (Span(0, 8, text[0:8]), Span(19, 32, text[19:32]))
    pred = Statement(cue=Span(13, 17, "said"), content=parts[1], kind="direct", sourcing="none", content_parts=parts)
    scorer = AttributionScore()
    scorer.add_document(text, parse_ann(gold), [pred])
    assert scorer.as_dict()["content"]["exact"]["f1"] == 1.0


def test_attribution_scorer_label_agreement_on_matched_statements():
    labels = {"E1": {"kind": "indirect", "sourcing": "named-person", "speaker_name": "Ines Roth", "via": []},
              "E2": {"kind": "direct", "sourcing": "anonymous-official", "speaker_name": "officials", "via": []}}
    pred = [replace(stmt("Mayor Ines Roth", "said", "the ferry would run again"), sourcing="named-person", speaker_name="Ines Roth"),
            replace(stmt("officials", "said", "The port was closed", after=60), sourcing="vague-collective", speaker_name="officials")]
    scorer = AttributionScore()
    scorer.add_document(TEXT, parse_ann(GOLD), pred, labels)
    assert scorer.label_agreement() == {"kind": 0.5, "sourcing": 0.5, "speaker_name": 1.0, "via": 1.0}
    assert "labels" not in scorer.as_dict()


def test_attribution_scorer_second_annotator_scored_like_a_prediction():
    # the second annotator marks the first statement only, and its content one token shorter
    other = parse_ann(
        "T1\tSource 0 15\tMayor Ines Roth\n"
        "T2\tCue 16 20\tsaid\n"
        "T3\tContent 21 40\tthe ferry would run\n"
        "T4\tAttribution 16 20\tsaid\n"
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n")
    scorer = AttributionScore()
    scorer.add_annotations(TEXT, parse_ann(GOLD), other)
    result = scorer.as_dict()
    assert result["cue"]["exact"] == {"p": 1.0, "r": 0.5, "f1": pytest.approx(0.6667, abs=1e-4)}
    assert result["content"]["exact"]["p"] == 0.0 and result["content"]["overlap"]["p"] == 1.0
    assert result["statement"] == {"p": 1.0, "r": 0.5, "f1": pytest.approx(0.6667, abs=1e-4)}
