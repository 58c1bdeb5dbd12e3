"""The learned cue judge: its file format, its effect on real parses, and training it on our gold."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsprism.analyze.attribution import attributed_statements
from newsprism.analyze.cue_model import BUILTIN, CueModel, cue_features, load_cue_model
from newsprism.analyze.pipeline import load_pipeline
from newsprism.analyze.statement_forms import cue_head, doc_quote_segments, rule_statements
from newsprism.config import Settings
from newsprism.errors import ModelError


@pytest.fixture(scope="module")
def rules_nlp():
    """The pipeline up to attribution with the lexicon rules alone."""
    return load_pipeline(Settings.model, ("newsprism_paragraphs", "newsprism_entities", "newsprism_attribution"), "")


def test_builtin_model_loads_and_says_what_it_was_trained_on():
    model = load_cue_model(BUILTIN)
    assert model is not None and len(model.weights) > 100
    assert "PolNeAR" in model.card["trained_on"]
    assert "licence" in model.card["licence_of_data"]
    assert 0 < model.keep_threshold <= model.add_threshold <= 1


def test_json_round_trip_keeps_weights_and_thresholds():
    model = CueModel(weights={"lemma=say": 2.5, "pos=NOUN": -1.25}, bias=-0.5, keep_threshold=0.3,
                     add_threshold=0.6, card={"trained_on": "a test"})
    again = CueModel.from_json(model.to_json())
    assert again == model


@pytest.mark.parametrize("text", ["not json", '{"features_version": 99, "bias": 0, "weights": {}}', '{"bias": 0}'])
def test_bad_model_file_is_a_model_error_naming_it(text, tmp_path):
    path = tmp_path / "cues.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ModelError, match="cues.json"):
        load_cue_model(str(path))


def test_empty_name_means_rules_only_and_missing_file_is_an_error(tmp_path):
    assert load_cue_model("") is None
    with pytest.raises(ModelError, match="nowhere.json"):
        load_cue_model(str(tmp_path / "nowhere.json"))


def test_features_carry_the_rules_verdict_and_the_subject(rules_nlp):
    doc = rules_nlp("Senator Ana Ruiz said the bridge would close.")
    heads = {cue_head(doc, found) for found in rule_statements(doc)}
    said = next(t for t in doc if t.text == "said")
    features = cue_features(said, doc_quote_segments(doc), heads)
    assert features["rule_cue"] == 1.0 and features["lexicon=speech"] == 1.0
    assert features["subject_entity=PERSON"] == 1.0 and features["child=ccomp"] == 1.0
    close = next(t for t in doc if t.text == "close")
    assert cue_features(close, doc_quote_segments(doc), heads)["rule_cue"] == 0.0


def test_a_doubting_model_drops_rule_cues(rules_nlp):
    doc = rules_nlp("Senator Ana Ruiz said the bridge would close.")
    assert [s.cue.text for s in attributed_statements(doc)] == ["said"]
    doubting = CueModel(weights={"lemma=say": -5.0}, bias=0.0, keep_threshold=0.5, add_threshold=0.9)
    assert attributed_statements(doc, doubting) == []


def test_a_trusting_model_adds_a_verb_the_lexicon_lacks(rules_nlp):
    doc = rules_nlp("The senator fumed that the budget was late.")
    assert attributed_statements(doc) == []
    trusting = CueModel(weights={"lemma=fume": 6.0}, bias=-3.0, keep_threshold=0.1, add_threshold=0.5)
    [statement] = attributed_statements(doc, trusting)
    assert statement.cue.text == "fumed"
    assert statement.speaker is not None and statement.speaker.text == "The senator"
    assert statement.content.text == "that the budget was late"


def test_an_added_verb_needs_a_clause_or_a_quote_to_say_something(rules_nlp):
    trusting = CueModel(weights={"lemma=change": 6.0}, bias=-3.0, keep_threshold=0.1, add_threshold=0.5)
    doc = rules_nlp("Varnia has not changed its position on the dam.")
    assert attributed_statements(doc, trusting) == []


def test_settings_choose_the_model(tmp_path):
    from newsprism.analyze.pipeline import pipeline_for

    text = "Senator Ana Ruiz said the bridge would close."
    path = tmp_path / "doubt.json"
    path.write_text(CueModel(weights={"lemma=say": -9.0}, bias=0.0, keep_threshold=0.5, add_threshold=0.9).to_json())
    components = ("newsprism_paragraphs", "newsprism_entities", "newsprism_attribution")
    rules = pipeline_for(Settings(components=components, cue_model=""))
    doubting = pipeline_for(Settings(components=components, cue_model=str(path)))
    assert len(rules(text)._.np_statements) == 1
    assert doubting(text)._.np_statements == []


def test_training_on_our_gold_learns_that_said_is_a_cue(examples_dir):
    pytest.importorskip("sklearn")
    from newsprism.eval.cue_training import fit_cue_model, parse_gold, score_model

    parsed = parse_gold(examples_dir / "gold")
    model = replace(fit_cue_model(parsed), keep_threshold=0.3, add_threshold=0.9)
    said = {"lemma=say": 1.0, "pos=VERB": 1.0, "lexicon=speech": 1.0, "rule_cue": 1.0, "child=ccomp": 1.0}
    noun = {"lemma=bridge": 1.0, "pos=NOUN": 1.0, "lexicon=-": 1.0, "rule_cue": 0.0}
    assert model.probability(said) > 0.8 > 0.2 > model.probability(noun)
    # fitted and scored on the same documents, the judge keeps the rules' cue recall
    rules, judged = score_model(parsed, None), score_model(parsed, model)
    assert judged["cue"]["exact"]["r"] >= rules["cue"]["exact"]["r"] - 0.02
