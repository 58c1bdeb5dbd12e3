"""Exports: the contract column names, empty files, CSV flattening and read-back, Parquet schema, atomic writes."""

from __future__ import annotations

import csv
import json
import re

import pyarrow.parquet as pq
import pytest

from newsprism.errors import StoreError
from newsprism.records import (
    Actor,
    ArticleAnalysis,
    Claim,
    ClaimLink,
    ClaimRef,
    Condition,
    Entity,
    Event,
    HeadlineCheck,
    IngestFailure,
    OutletProfile,
    Span,
    Statement,
    Story,
    Verdict,
    ViaSource,
    to_dict,
)
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


# Everything a CSV cell can trip on: separators, quotes, every line break, wide and
# right-to-left characters, a formula, and a text longer than csv's default cell cap.
HOSTILE = 'Quay "strike", day 2\r\n=HYPERLINK("x")\rcafé ÷ 🚢 שלום \u200b e\u0301;\n' + "long, " * 30_000


def _hostile_store(path):
    text = f"Hostile headline, \"quoted\"\n\n{HOSTILE}"
    store = Store.open(path)
    store.add_articles([_article(IDS[0], text, outlet='Gull, "The" Gazette', published="2026-03-01")])
    speaker = Span.of(text, 0, 16)
    store.save_analysis(ArticleAnalysis(IDS[0], entities=(Entity(speaker, "ORG", name='"Gull", Inc.'),), statements=(
        Statement(speaker, Span.of(text, 18, 60), "direct", "none", speaker=speaker, via=(ViaSource(speaker, "none"),)),
        Statement(speaker, Span.of(text, 18, len(text)), "mixed", "none"),  # speaker None: all its cells empty
    ), claims=(Claim(speaker, 'the "writer"', "conditional", "headline",
                     conditions=(Condition(speaker, "only if", "x,\r\ny", polarity="against"),)),),
        events=(Event(speaker, "AGREE", context=('a "b", c',), actors=(Actor("GOV", text="x,\ny"),), score=1e-300),)))
    story = Story("s1", HOSTILE[:80], (IDS[0],), None, "2026-03-02", ("\"",), {"why": ['"a,b"\n', None, True, 2.5]})
    ref = ClaimRef(IDS[0], speaker)
    store.save_comparison([story], [ClaimLink("s1", ref, ref, "same", -0.0, {"\n": {"\"": []}})],
                          [Verdict("s1", 3, "single-source", HOSTILE[-90:], (ref,), ('Gull, "The" Gazette',))],
                          [HeadlineCheck(IDS[0], "agree", 0.1 + 0.2)],
                          [OutletProfile('Gull, "The" Gazette', 1, 0.0, None, novelty=1.0)])
    store.add_failure(IngestFailure('in\\odd,"name".txt', "reason,\nwith lines", "empty"))
    return store


@pytest.fixture
def small_csv_cells():
    """csv's default per-cell cap, restored afterwards: reading must not rely on anyone raising it."""
    previous = csv.field_size_limit(131_072)
    yield
    csv.field_size_limit(previous)


def test_export_csv_reads_back_hostile_content_exactly(tmp_path, small_csv_cells):
    with _hostile_store(tmp_path / "hostile.db") as store:
        as_csv, as_jsonl = export(store, "csv", tmp_path / "csv"), export(store, "jsonl", tmp_path / "jsonl")
    for kind in KINDS:
        from_csv = list(read_export(as_csv[kind]))
        assert from_csv, kind
        assert to_dict(from_csv) == to_dict(list(read_export(as_jsonl[kind]))), kind
    article = next(read_export(as_csv["articles"]))
    assert HOSTILE in article.text and len(article.text) > 131_072
    statements = [s for _, s in read_export(as_csv["statements"])]
    assert statements[0].speaker.text == "Hostile headline" and statements[1].speaker is None
    profile = next(read_export(as_csv["outlets"]))
    assert (profile.named_source_rate, profile.vague_sourcing_rate, profile.novelty) == (0.0, None, 1.0)


def test_export_csv_reads_blank_optional_text_as_none(tmp_path):
    # The one thing CSV cannot keep: "" and None are both an empty cell; plain text stays "".
    with Store.open(tmp_path / "blank.db") as store:
        store.add_articles([_article(IDS[0])])
        store.save_comparison([Story("s1", "", (IDS[0],), "", None)], [], [], [], [])
        written = export(store, "csv", tmp_path / "out")
    story = next(read_export(written["stories"]))
    assert (story.label, story.first_published, story.last_published, story.entities) == ("", None, None, ())


def _rewrite(path, edit):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(edit(rows))


def _without(column):
    return lambda rows: [[cell for name, cell in zip(rows[0], row) if name != column] for row in rows]


def _with_cell(column, value):
    return lambda rows: [rows[0]] + [[value if name == column else cell for name, cell in zip(rows[0], row)]
                                     for row in rows[1:]]


def test_export_csv_from_another_version_reads_by_column_name(store, tmp_path):
    written = export(store, "csv", tmp_path / "out")
    _rewrite(written["events"], _without("score"))  # an export older than the field: its default applies
    _rewrite(written["claims"], lambda rows: [["note"] + row for row in rows])  # a column we do not know
    assert next(read_export(written["events"]))[1].score == 0.0
    assert next(read_export(written["claims"]))[1].holder == "Harbour Minister"
    _rewrite(written["statements"], _without("content_start"))  # a required part of a span is missing
    with pytest.raises(StoreError, match="record 1: not a statements record"):
        list(read_export(written["statements"]))


@pytest.mark.parametrize("edit, message", [
    (lambda rows: [rows[0], rows[1][:-1]], "line 2: 10 cells but the header has 11 columns"),
    (_with_cell("articles", "2.0"), "line 2: column articles: cannot read '2.0' as int"),
    (_with_cell("named_source_rate", "half"), "line 2: column named_source_rate: cannot read 'half' as float"),
    (_with_cell("evidence", "{oops"), "line 2: column evidence: cannot read '{oops' as dict"),
])
def test_export_csv_bad_cells_are_store_errors_naming_line_and_column(store, tmp_path, edit, message):
    written = export(store, "csv", tmp_path / "out", kinds=["outlets"])
    _rewrite(written["outlets"], edit)
    with pytest.raises(StoreError, match=re.escape(message)):
        list(read_export(written["outlets"]))


def test_export_read_back_refuses_unknown_suffixes(tmp_path):
    path = tmp_path / "articles.tsv"
    path.write_text("id\n", encoding="utf-8")
    with pytest.raises(StoreError, match=r"exports end in \.jsonl, \.csv, \.parquet"):
        list(read_export(path))
