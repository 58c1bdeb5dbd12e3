"""The PLOVER GSR scorer: name mapping, set F1, macro-F1, splits."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.errors import EvalError
from newsprism.eval.claims import match_count, overlap_ratio
from newsprism.eval.events import GoldEvent, f1, gold_event, load_gold, macro_f1, score_events, split
from newsprism.records import Actor, Event, Span


def _record(event="DEMAND", source=("USA",), target=("IRN",), context="diplomatic"):
    return {"id": "X", "text": "A made-up sentence.", "event": event, "context": context,
            "source": [{"actorText": c, "code": c} for c in source],
            "target": [{"actorText": c, "code": c, "sector": "GOV"} for c in target]}


def test_events_scorer_maps_old_names():
    assert gold_event(_record("DEMAND")).type == "REQUEST"
    investigate = gold_event(_record("INVESTIGATE"))
    assert (investigate.type, investigate.mode) == ("ACCUSE", "investigate")
    assert gold_event(_record("FIGHT")).type == "ASSAULT"


def test_events_scorer_rejects_bad_records(tmp_path):
    with pytest.raises(EvalError):
        gold_event({"id": "Y", "text": "", "event": "AGREE"})
    bad = tmp_path / "gold.json"
    bad.write_text(json.dumps({"not": "a list"}))
    with pytest.raises(EvalError):
        load_gold(bad)


def test_events_scorer_counts_sets_and_context():
    gold = [gold_event(_record()), gold_event(_record("AGREE", ("FRA",), ("DEU",), "economic"))]
    perfect = Event(Span(0, 1, "A"), "REQUEST", context=("diplomatic",), actors=(Actor("USA"),), recipients=(Actor("IRN", "GOV"),))
    wrong = Event(Span(0, 1, "A"), "REJECT", actors=(Actor("FRA"), Actor("ITA")))
    answers = iter([perfect, wrong])
    result = score_events(gold, lambda _text: next(answers))
    assert result["records"] == 2 and result["type_accuracy"] == 0.5
    assert result["actor_f1"] == pytest.approx(2 * 2 / (2 * 2 + 1 + 0), abs=1e-4)
    assert result["recipient_f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["context_accuracy"] == 0.5 and result["sector_accuracy"] == 1.0


def test_events_scorer_macro_f1_and_split():
    assert macro_f1([("A", "A"), ("B", "A")]) == pytest.approx((2 / 3 + 0) / 2)
    records = [GoldEvent(str(i), "t", "AGREE") for i in range(5)]
    assert [r.id for r in split(records, "even")] == ["0", "2", "4"]
    assert [r.id for r in split(records, "odd")] == ["1", "3"]


@given(st.integers(0, 50), st.integers(0, 50), st.integers(0, 50))
def test_events_scorer_f1_bounded(tp, fp, fn):
    from collections import Counter

    assert 0.0 <= f1(Counter(tp=tp, fp=fp, fn=fn)) <= 1.0


@given(st.integers(0, 100), st.integers(1, 50), st.integers(0, 100), st.integers(1, 50))
def test_claims_overlap_ratio_symmetric_and_bounded(a, la, b, lb):
    x, y = (a, a + la), (b, b + lb)
    assert overlap_ratio(x, y) == overlap_ratio(y, x)
    assert 0.0 <= overlap_ratio(x, y) <= 1.0
    assert match_count([x], [x]) == 1


def test_events_scorer_maps_organisation_codes_on_both_sides():
    gold = [gold_event(_record("AID", ("EU", "WFP"), ("JAP",), "humanitarian"))]
    assert {c for c, _ in gold[0].sources} == {"IGO"} and gold[0].targets[0][0] == "JPN"
    ours = Event(Span(0, 1, "A"), "AID", actors=(Actor("IGO"),), recipients=(Actor("JPN", "GOV"),))
    result = score_events(gold, lambda _text: ours)
    assert result["actor_f1"] == 1.0 and result["recipient_f1"] == 1.0 and result["sector_accuracy"] == 1.0
    other = Event(Span(0, 1, "A"), "AID", actors=(Actor("NGO"),))
    assert score_events(gold, lambda _text: other)["actor_f1"] == 0.0


def test_events_scorer_mode_needs_type_and_mode():
    gold = [gold_event({**_record("REQUEST"), "mode": "yield"}), gold_event(_record("AGREE"))]
    right = Event(Span(0, 1, "A"), "REQUEST", mode="yield")
    answers = iter([right, right])
    assert score_events(gold, lambda _text: next(answers))["mode_accuracy"] == 1.0
    wrong_type = Event(Span(0, 1, "A"), "REJECT", mode="yield")
    assert score_events(gold[:1], lambda _text: wrong_type)["mode_accuracy"] == 0.0


def test_events_article_precision_counts_events_outside_gold_sentences(tmp_path, nlp):
    from newsprism.eval.events import article_precision

    text = "Border row deepens\n\nPeru refused to meet Ecuador on Monday. Chile closed its embassy in Bolivia."
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "row.txt").write_text(text, encoding="utf-8")
    start = text.index("Peru")
    record = {"article": "row", "start": start, "end": text.index(" Chile"), "event": "REJECT", "text": "x"}
    (tmp_path / "events.json").write_text(json.dumps([record]), encoding="utf-8")
    result = article_precision(tmp_path / "events.json", nlp=nlp)
    assert (result["in_gold"], result["elsewhere"], result["gold_sentences_hit"]) == (1, 1, 1)
    assert result["precision"] == 0.5
    with pytest.raises(EvalError):
        article_precision(tmp_path / "missing.json", nlp=nlp)


def test_events_scorers_build_the_pipeline_their_settings_describe(tmp_path):
    from newsprism.config import Settings
    from newsprism.errors import ModelError
    from newsprism.eval.events import article_precision, pipeline_coder

    missing = Settings(model="xx_events_model_missing")
    with pytest.raises(ModelError, match="'xx_events_model_missing'"):
        pipeline_coder(settings=missing)
    text = "Border row deepens\n\nPeru refused to meet Ecuador on Monday."
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "row.txt").write_text(text, encoding="utf-8")
    record = {"article": "row", "start": text.index("Peru"), "end": len(text), "event": "REJECT", "text": "x"}
    (tmp_path / "events.json").write_text(json.dumps([record]), encoding="utf-8")
    with pytest.raises(ModelError, match="'xx_events_model_missing'"):
        article_precision(tmp_path / "events.json", settings=missing)
    no_events = Settings(components=("newsprism_paragraphs",))  # the events component is not in the pipeline
    result = article_precision(tmp_path / "events.json", settings=no_events)
    assert (result["gold_sentences"], result["in_gold"], result["elsewhere"]) == (1, 0, 0)


@pytest.mark.parametrize("code", ["CARICOM", "SADC", "PIF", "OAS", "IGOCRBCRC"])
def test_regional_bodies_score_as_igo(code):
    """Gold that names a regional body by acronym and a coder that writes PLOVER's IGO agree."""
    from newsprism.eval.events import equivalent_code

    assert equivalent_code(code) == "IGO"


@pytest.mark.parametrize("code", ["CAN", "GUY", "PAN"])
def test_country_codes_stay_countries(code):
    from newsprism.eval.events import equivalent_code

    assert equivalent_code(code) == code
