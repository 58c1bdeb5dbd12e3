"""The entity scorer: exact spans, canonical-id triples, role accuracy, gold reading."""

from __future__ import annotations

import json

import pytest

from newsprism.errors import EvalError
from newsprism.eval.entities import EntityScore, gold_entity_documents, role_matches
from newsprism.records import Entity, Span

TEXT = "Ali Khamenei met Omani envoys in Tehran."


def gold_entity(start, end, kind, cid, role=""):
    return {"start": start, "end": end, "text": TEXT[start:end], "kind": kind, "canonical_id": cid, "name": "", "role": role}


def predicted(start, end, kind, cid, role=""):
    return Entity(Span.of(TEXT, start, end), kind, cid, "", role)


def test_entities_scorer_counts_spans_ids_and_roles():
    gold = [gold_entity(0, 12, "PERSON", "person:ali-khamenei", "Supreme Leader of Iran"),
            gold_entity(17, 22, "NORP", "OMN"), gold_entity(33, 39, "GPE", "IRN")]
    pred = [predicted(0, 12, "PERSON", "person:ali-khamenei", "Supreme Leader"),
            predicted(17, 22, "NORP", "OMA"),  # right span, wrong id
            predicted(23, 29, "ORG", "org:envoys")]  # spurious
    score = EntityScore()
    score.add_document("doc", gold, pred)
    result = score.as_dict()
    assert (result["mentions"]["tp"], result["mentions"]["predicted"], result["mentions"]["gold"]) == (2, 3, 3)
    assert result["ids"]["tp"] == 1 and result["ids"]["p"] == pytest.approx(1 / 3, abs=1e-4)
    assert result["ids_by_kind"]["GPE"]["r"] == 0.0
    assert result["roles"] == {"matched": 1, "strict": 0.0, "lenient": 1.0, "title": 1.0}
    assert {e["type"] for e in result["errors"]} == {"missed", "spurious"}


@pytest.mark.parametrize(
    "pred, gold, expected",
    [
        ("President", "President of the United States", True),
        ("Foreign Minister", "foreign minister", True),
        ("former President", "President of the United States", False),
        ("", "", True),
        ("", "Senator", False),
    ],
)
def test_entities_scorer_lenient_roles(pred, gold, expected):
    assert role_matches(pred, gold) is expected


def test_entities_scorer_reads_gold_and_rejects_bad_files(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "entities").mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "text" / "b.txt").write_text(TEXT, encoding="utf-8")  # no gold: skipped
    (tmp_path / "entities" / "a.json").write_text(json.dumps([gold_entity(33, 39, "GPE", "IRN")]), encoding="utf-8")
    assert [name for name, _, _ in gold_entity_documents(tmp_path)] == ["a"]
    (tmp_path / "entities" / "a.json").write_text('[{"start": 1}]', encoding="utf-8")
    with pytest.raises(EvalError, match="list of"):
        gold_entity_documents(tmp_path)
    with pytest.raises(EvalError, match="text/"):
        gold_entity_documents(tmp_path / "missing")
