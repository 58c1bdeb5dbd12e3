"""The content boundary experiment (scripts/content_bounds_experiment.py) on invented sentences.

The chooser is not shipped; these tests keep its candidate generator and chooser honest so that the
recorded negative result can be reproduced.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "content_bounds_experiment.py"


@pytest.fixture(scope="module")
def experiment():
    spec = importlib.util.spec_from_file_location("content_bounds_experiment", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script loads
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def _statement(nlp, text, cue_word):
    doc = nlp(text)
    found = [s for s in doc._.np_statements if cue_word in s.cue.text]
    assert found, [s.cue.text for s in doc._.np_statements]
    return doc, found[0]


def test_candidates_start_with_the_rules_own_boundary(nlp, experiment):
    doc, statement = _statement(nlp, "Mayor Ana Ruiz said the ferry to Velmora would run again in May, which pleased the traders.", "said")
    options = experiment.candidates(doc, statement)
    assert options.starts[0][0] == statement.content.start and options.ends[0][0] == statement.content.end
    assert options.starts[0][1]["rule"] == 1.0 and "rule" not in options.ends[1][1]


def test_end_candidates_cut_before_a_trailing_clause_and_keep_the_sentence(nlp, experiment):
    text = "Mayor Ana Ruiz said the ferry to Velmora would run again in May, which pleased the traders."
    doc, statement = _statement(nlp, text, "said")
    ends = {text[statement.content.start : char] for char, _ in experiment.candidates(doc, statement).ends}
    assert "the ferry to Velmora would run again in May" in ends
    assert "the ferry to Velmora would run again in May, which pleased the traders" in ends
    assert "the ferry to Velmora would run again in May, which pleased the traders." in ends


def test_a_chooser_that_never_beats_the_margin_leaves_contents_alone(nlp, experiment):
    doc, statement = _statement(nlp, "The harbour board said that the dredging of the channel, a costly job, would start soon.", "said")
    silent = experiment.BoundsModel({}, {}, margin=0.1)
    assert experiment.rebound_contents(doc, [statement], silent) == [statement]


def test_a_chooser_that_prefers_cuts_moves_the_end(nlp, experiment):
    text = "The harbour board said that the dredging would start soon, although the weather stayed poor."
    doc, statement = _statement(nlp, text, "said")
    assert statement.content.text.endswith("poor")
    cutter = experiment.BoundsModel({}, {"shift-_after=,": 5.0}, margin=0.1)  # cut before a comma
    [moved] = experiment.rebound_contents(doc, [statement], cutter)
    assert moved.content.text == "that the dredging would start soon"
    assert moved.content.text == text[moved.content.start : moved.content.end]
