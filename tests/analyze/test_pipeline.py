"""The pipeline: component order, paragraph sentence starts, multiprocessing."""

from __future__ import annotations

import pytest

from newsprism.analyze import analyze_articles, load_pipeline
from newsprism.config import Settings
from newsprism.ingest import make_article
from newsprism.records import to_dict

ARTICLES = [
    make_article("Iran's foreign minister said on Monday that Tehran would talk to Washington only if sanctions "
                 "were lifted.\n\nOfficials in Moscow welcomed the statement.", headline="Tehran sets terms", outlet="A"),
    make_article("The European Union pledged aid to Bangladesh after floods. \"We will send teams,\" Japan's "
                 "prime minister said in Tokyo.", headline="Flood aid pledged", outlet="B"),
    make_article("NATO began a naval exercise in the Baltic Sea, and the Kremlin called it a provocation.",
                 headline="NATO drill begins", outlet="C"),
]


def test_pipeline_components_follow_the_model_in_settings_order(nlp):
    names = [n for n in nlp.pipe_names if n.startswith("newsprism_")]
    assert names == [n for n in Settings().components if n in names]
    assert nlp.pipe_names.index("newsprism_paragraphs") < nlp.pipe_names.index("parser")
    assert {"newsprism_entities", "newsprism_attribution", "newsprism_claims", "newsprism_events"} <= set(names)


def test_pipeline_headline_is_its_own_sentence(nlp):
    (analysis,) = analyze_articles([ARTICLES[0]], nlp=nlp)
    assert analysis.sentences[0].text.strip() == "Tehran sets terms"
    assert all("\n\n" not in s.text.strip() for s in analysis.sentences)


def test_pipeline_two_processes_give_the_same_records(nlp):
    one = [to_dict(a) for a in analyze_articles(ARTICLES, Settings(n_process=1), nlp=nlp)]
    two = [to_dict(a) for a in analyze_articles(ARTICLES, Settings(n_process=2, batch_size=1), nlp=nlp)]
    assert two == one
    assert any(e["canonical_id"] == "IRN" for e in two[0]["entities"])


def test_pipeline_is_loaded_once_per_process():
    settings = Settings()
    assert load_pipeline(settings.model, settings.components) is load_pipeline(settings.model, settings.components)


def test_pipeline_is_loaded_once_however_the_defaults_are_spelled():
    from newsprism.analyze.pipeline import load_pipeline, pipeline_for
    from newsprism.config import Settings

    assert load_pipeline() is pipeline_for(Settings()) is load_pipeline(components=list(Settings.components))


@pytest.mark.parametrize("gap", ["\n\n", "\n  \n", "\n\t\n\n"])
def test_pipeline_blank_line_with_spaces_is_a_paragraph_break(nlp, gap):
    doc = nlp(f"Port reopens after storm{gap}The harbour of Velmar reopened on Monday")
    assert [s.text.strip() for s in doc.sents] == ["Port reopens after storm", "The harbour of Velmar reopened on Monday"]
