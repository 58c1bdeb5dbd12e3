"""Exports: the contract column names, empty files, CSV flattening, Parquet schema, atomic writes."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest

from newsprism.errors import StoreError
from newsprism.records import ArticleAnalysis
from newsprism.store import Store
from newsprism.store.export import FORMATS, export, read_export
from newsprism.store.layout import LEADING
from newsprism.store.tables import KINDS

from .test_db import TEXT, _analysis, _article, _comparison

CONTRACT = {
    "articles": ["id", "outlet", "headline", "byline", "url", "published", "text"],
    "entities": ["article_id", "start", "end", "text", "kind", "canonical_id", "name", "role", "sector"],
    "statements": ["article_id", "speaker", "speaker_name", "cue", "content", "kind", "sourcing", "via"],
    "claims": ["article_id", "span", "holder", "modality", "cues", "conditions", "position"],
    "events": ["article_id", "sentence", "type", "mode", "context", "actors", "recipients", "conditions", "score", "cameo"],
    "stories": ["id", "label", "article_ids", "first_published", "last_published", "entities"],
    "claim_links": ["story_id", "a", "b", "relation", "score", "evidence"],
    "outlets": ["outlet", "articles", "named_source_rate", "vague_sourcing_rate", "speculation_rate",
                "headline_consistency", "novelty", "derived_rate"],
}
IDS = ["c0ffee01aa", "beef0002bb"]


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "export.db") as opened:
        opened.add_articles([_article(IDS[0]), _article(IDS[1], TEXT + "!")])
        opened.save_analysis(_analysis(IDS[0]))
        opened.save_analysis(ArticleAnalysis(IDS[1]))
        opened.save_comparison(*_comparison(IDS))
        yield opened


def _jsonl(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_export_jsonl_follows_the_contract(store, tmp_path):
    written = export(store, "jsonl", tmp_path / "out")
    assert set(written) == set(KINDS)
    for kind, names in CONTRACT.items():
        rows = _jsonl(written[kind])
        assert rows, kind
        assert list(rows[0])[: len(names)] == names, kind


def test_export_spans_point_into_the_article_text(store, tmp_path):
    written = export(store, "jsonl", tmp_path / "out")
    texts = {row["id"]: row["text"] for row in _jsonl(written["articles"])}
    statement = _jsonl(written["statements"])[0]
    for span in (statement["speaker"], statement["cue"], statement["content"]):
        assert texts[statement["article_id"]][span["start"]:span["end"]] == span["text"]
    entity = _jsonl(written["entities"])[0]
    assert texts[entity["article_id"]][entity["start"]:entity["end"]] == entity["text"] == "The Harbour Minister"
    link = _jsonl(written["claim_links"])[0]
    assert set(link["a"]) == {"article_id", "span"} and link["a"]["span"]["text"] == "Port talks stall"


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_writes_empty_files_for_record_types_without_rows(tmp_path, fmt):
    with Store.open(tmp_path / "empty.db") as store:
        written = export(store, fmt, tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{k}.{fmt}" for k in KINDS)
    if fmt == "parquet":
        assert pq.read_table(written["claims"]).num_rows == 0
        assert pq.read_schema(written["claims"]).names[:2] == ["article_id", "span"]
    elif fmt == "csv":
        assert written["entities"].read_text().splitlines() == [",".join(CONTRACT["entities"])]


def test_export_csv_flattens_spans_and_json_encodes_lists(store, tmp_path):
    written = export(store, "csv", tmp_path / "out")
    with open(written["claims"], newline="", encoding="utf-8") as f:
        row = next(csv.DictReader(f))
    assert (row["span_start"], row["span_text"]) == (str(TEXT.index("on Monday")), TEXT[TEXT.index("on Monday"):])
    assert json.loads(row["cues"])[0]["text"] == "might"
    with open(written["statements"], newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header[:4] == ["article_id", "speaker_start", "speaker_end", "speaker_text"]


def test_export_parquet_uses_nested_structs_and_json_evidence(store, tmp_path):
    written = export(store, "parquet", tmp_path / "out")
    schema = pq.read_schema(written["statements"])
    assert schema.field("speaker").type.names == ["start", "end", "text"]
    links = pq.read_schema(written["claim_links"])
    assert links.field("evidence").metadata == {b"json": b"1"}
    row = pq.read_table(written["claim_links"]).to_pylist()[0]
    assert json.loads(row["evidence"]) == {"cosine": 0.9}
    assert row["a"]["span"]["text"] == "Port talks stall"


def test_export_parquet_streams_in_row_groups(store, tmp_path, monkeypatch):
    monkeypatch.setattr("newsprism.store.export.PARQUET_BATCH", 1)
    store.add_articles(_article(f"{n:04d}feed", f"{TEXT} {n}") for n in range(5))
    written = export(store, "parquet", tmp_path / "out", kinds=["articles"])
    assert pq.ParquetFile(written["articles"]).num_row_groups == 7
    assert len(list(read_export(written["articles"]))) == 7


def test_export_unknown_format_is_a_store_error(store, tmp_path):
    with pytest.raises(StoreError, match="brat is written by newsprism.eval.brat"):
        export(store, "brat", tmp_path / "out")


def test_export_failure_keeps_the_previous_file_and_no_temp_files(store, tmp_path, monkeypatch):
    out = tmp_path / "out"
    export(store, "jsonl", out)
    before = (out / "stories.jsonl").read_text()

    def broken_rows(kind):
        yield {"id": "half"}
        raise RuntimeError("disk gone")

    monkeypatch.setattr(store, "rows", broken_rows)
    with pytest.raises(RuntimeError):
        export(store, "jsonl", out, kinds=["stories"])
    assert (out / "stories.jsonl").read_text() == before
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []


def test_export_leading_columns_match_the_contract():
    for kind, names in CONTRACT.items():
        assert list(LEADING[kind]) == names


def test_export_read_back_refuses_csv(store, tmp_path):
    written = export(store, "csv", tmp_path / "out")
    with pytest.raises(StoreError, match="read back"):
        list(read_export(written["articles"]))
