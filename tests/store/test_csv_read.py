"""Reading CSV exports back: each cell type inverts ``layout.csv_cells``; a real analysed store round-trips."""

from __future__ import annotations

import csv
import io
import math
from typing import Optional

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.records import Span, to_dict
from newsprism.store import Store
from newsprism.store.csv_read import cell_value
from newsprism.store.export import export, read_export
from newsprism.store.layout import csv_cells
from newsprism.store.tables import KINDS

texts = st.text()  # any Unicode, NUL, CR and lone quotes included
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=6,
)


def _through_csv(cells: list[str]) -> list[str]:
    """The cells as the csv module writes and then reads them."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerow(cells)
    return next(csv.reader(io.StringIO(buffer.getvalue(), newline="")))


def _cell(value) -> str:
    return csv_cells("headline_checks", {"evidence": value})[-1]  # the writer's own encoding of one value


@given(texts)
def test_csv_read_text_cells_come_back_verbatim(text):
    [cell] = _through_csv([text, "next"])[:1]
    assert cell_value(str, cell) == text
    assert cell_value(Optional[str], cell) == (text or None)


@given(st.integers(), st.floats(allow_nan=False), st.booleans())
def test_csv_read_numbers_and_booleans_parse_to_the_written_value(number, real, flag):
    assert cell_value(int, str(number)) == number
    parsed = cell_value(float, str(real))
    assert parsed == real and math.copysign(1, parsed) == math.copysign(1, real)  # -0.0 stays negative
    assert cell_value(bool, str(flag)) is flag


@given(st.dictionaries(texts, json_values, max_size=4), st.lists(texts, max_size=4))
def test_csv_read_json_cells_invert_the_writer(evidence, items):
    assert cell_value(dict, _through_csv([_cell(evidence)])[0]) == evidence
    assert cell_value(tuple[str, ...], _through_csv([_cell(items)])[0]) == items


def test_csv_read_empty_cells_by_type():
    assert [cell_value(hint, "") for hint in (str, Optional[str], int, Optional[float], bool, dict)] == [
        "", None, None, None, None, None]
    assert cell_value(tuple[Span, ...], "[]") == []


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory, examples_dir, nlp):
    """The example articles through the whole pipeline, plus one ingest failure."""
    from newsprism import api

    folder = tmp_path_factory.mktemp("csv-read")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    db = folder / "examples.db"
    api.run([str(examples_dir / "articles"), str(folder / "empty.txt")], db=db)
    with Store.open(db) as store:
        yield store


def test_csv_read_examples_store_reads_back_as_jsonl_and_parquet_do(examples_store, tmp_path):
    written = {fmt: export(examples_store, fmt, tmp_path / fmt) for fmt in ("csv", "jsonl", "parquet")}
    for kind in KINDS:
        from_csv = list(read_export(written["csv"][kind]))
        assert from_csv, kind  # the examples give every record type at least one row
        for fmt in ("jsonl", "parquet"):
            assert to_dict(from_csv) == to_dict(list(read_export(written[fmt][kind]))), (kind, fmt)
