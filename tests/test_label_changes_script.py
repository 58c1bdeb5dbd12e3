"""benchmarks/label_changes.py: which files a split keeps, and what counts as a change."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = importlib.util.spec_from_file_location("label_changes", ROOT / "benchmarks" / "label_changes.py")
label_changes = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(label_changes)


def test_splits_alternate_over_the_sorted_files(tmp_path):
    for name in ("c.txt", "a.txt", "b.txt", "d.txt", "notes.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    names = lambda split: [p.name for p in label_changes.chosen_files(tmp_path, split)]  # noqa: E731
    assert names("even") == ["a.txt", "c.txt"] and names("odd") == ["b.txt", "d.txt"]
    assert names("all") == ["a.txt", "b.txt", "c.txt", "d.txt"]


def test_changes_report_new_labels_and_ids_of_the_same_spans_only():
    before = {"t.txt": {"statements": {"0:4": ["said", "Lynch", "Lynch", "named-organisation"],
                                       "9:13": ["told", "he", "Ann Vo", "named-person"]},
                        "entities": {"0:5": ["Lynch", "org:lynch"], "20:24": ["Vilo", "gpe:vilo"]}}}
    after = {"t.txt": {"statements": {"0:4": ["said", "Lynch", "Loretta Lynch", "named-person"],
                                      "9:13": ["told", "he", "Ann Vo", "named-person"],
                                      "30:34": ["says", "she", "Ann Vo", "named-person"]},  # a new statement: no change
                       "entities": {"0:5": ["Lynch", "person:loretta-lynch"], "40:44": ["Oslo", "gpe:oslo"]}}}
    statements, entities = label_changes.changes(before, after)
    assert statements == [("t.txt", "said", "Lynch", "Lynch", "named-organisation", "Loretta Lynch", "named-person")]
    assert entities == [("t.txt", "Lynch", "org:lynch", "person:loretta-lynch"), ("t.txt", "Vilo", "gpe:vilo", "-"),
                        ("t.txt", "Oslo", "-", "gpe:oslo")]
