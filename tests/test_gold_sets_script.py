"""benchmarks/gold_sets.py: how it finds a set's folders and reads the label agreement line."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = importlib.util.spec_from_file_location("gold_sets", ROOT / "benchmarks" / "gold_sets.py")
gold_sets = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(gold_sets)


def test_set_paths_reads_the_examples_beside_their_gold_and_others_inside():
    assert gold_sets.set_paths(ROOT / "examples" / "gold") == (ROOT / "examples" / "articles", ROOT / "examples" / "gold")
    dev = ROOT / "examples" / "dev3" / "a"
    assert gold_sets.set_paths(dev) == (dev / "articles", dev / "gold")
    for folder in (ROOT / "examples" / "gold", dev):  # both layouts exist on disk as the script expects
        articles, gold = gold_sets.set_paths(folder)
        assert articles.is_dir() and (gold / "stories.json").exists()


def test_labels_reads_the_agreement_line_of_eval_attribution():
    table = "statements ...\nLabel agreement on matched statements (attributions_meta.json): kind 0.941, sourcing 0.985, speaker_name 0.926, via 0.956\n"
    assert gold_sets._labels(table) == {"kind": 0.941, "sourcing": 0.985, "speaker_name": 0.926, "via": 0.956}
    assert gold_sets._labels("no such line") == {}
