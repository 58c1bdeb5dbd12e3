"""Export every record type to one file per type: JSON Lines, CSV or Parquet.

- JSONL: one JSON object per line, keys in the contract order of :mod:`.layout`; spans are
  ``{start, end, text}`` objects with offsets into the article's text.
- CSV: nested records are flattened into ``prefix_field`` columns (``span_start``,
  ``span_end``, ``span_text``; ``a_span_start`` ...); lists and dicts are JSON text; None is
  an empty cell. Reading back goes by each column's type: an empty cell is "" in a text
  column and None in an optional or non-text one, and an optional nested record (a
  statement's ``speaker``) is None when all its cells are empty. The one thing CSV loses is
  "" in an optional text column (``published``), which reads back as None; ingest and
  compare never store "" there. Cells are written verbatim: spreadsheet users should
  import, not open, hostile text.
- Parquet: nested records are native structs and lists (query them in DuckDB or polars);
  free-form ``evidence`` dicts are JSON text, marked with field metadata ``{"json": "1"}``.

Files are written to a temporary name and renamed, so a reader never sees half a file, and
rows stream from the store so memory stays bounded. brat standoff is not exported here:
the CLI dispatches ``--format brat`` to ``newsprism.eval.brat``.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import typing
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..errors import StoreError
from .csv_read import csv_rows
from .layout import (
    column_hints,
    csv_cells,
    csv_header,
    field_hints,
    is_json_hint,
    is_per_article,
    record_from_dict,
    shaped,
    unshaped,
    unwrap_optional,
)
from .tables import KINDS

FORMATS = ("jsonl", "csv", "parquet")
PARQUET_BATCH = 1000  # rows per Parquet row group write; bounds memory on big stores


def export(store: Any, fmt: str, out_dir: str | Path, kinds: Iterable[str] = tuple(KINDS)) -> dict[str, Path]:
    """Write one ``<kind>.<fmt>`` file per record type into ``out_dir``; returns name -> path."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: choose {', '.join(FORMATS)} "
                         "(brat is written by newsprism.eval.brat)")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create export folder: {exc}", path=str(out)) from exc
    written = {}
    for kind in kinds:
        path = out / f"{kind}.{fmt}"
        rows = (shaped(kind, row) for row in store.rows(kind))
        with _atomic(path) as tmp:
            WRITERS[fmt](tmp, kind, rows)
        written[kind] = path
    return written


@contextmanager
def _atomic(path: Path) -> Iterator[Path]:
    """A temporary path next to ``path`` that replaces it only if the body succeeds."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        yield tmp
        os.replace(tmp, path)
    except OSError as exc:
        raise StoreError(f"cannot write export file: {exc}", path=str(path)) from exc
    finally:
        tmp.unlink(missing_ok=True)


def write_jsonl(path: Path, kind: str, rows: Iterable[dict]) -> None:
    """One JSON object per line."""
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_csv(path: Path, kind: str, rows: Iterable[dict]) -> None:
    """A header row, then one flattened row per record."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(csv_header(kind))
        for row in rows:
            writer.writerow(csv_cells(kind, row))


def write_parquet(path: Path, kind: str, rows: Iterable[dict]) -> None:
    """Typed columns with nested structs, written in row groups of PARQUET_BATCH."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(kind)
    json_columns = _json_columns(kind)
    with pq.ParquetWriter(path, schema) as writer:
        iterator = iter(rows)
        while batch := list(islice(iterator, PARQUET_BATCH)):
            for row in batch:
                for name in json_columns:
                    row[name] = json.dumps(row[name], ensure_ascii=False) if row.get(name) is not None else None
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))


WRITERS: dict[str, Callable[[Path, str, Iterable[dict]], None]] = {
    "jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet,
}


def arrow_schema(kind: str) -> Any:
    """The Parquet schema of one export file."""
    import pyarrow as pa

    fields = []
    for name, hint in column_hints(kind):
        metadata = {"json": "1"} if is_json_hint(hint) else None
        fields.append(pa.field(name, arrow_type(hint), metadata=metadata))
    return pa.schema(fields)


def arrow_type(hint: Any) -> Any:
    """The Arrow type for a record field's type hint (dataclasses become structs)."""
    import pyarrow as pa

    hint = unwrap_optional(hint)
    if is_json_hint(hint):
        return pa.string()
    if typing.get_origin(hint) is tuple:
        return pa.list_(arrow_type(typing.get_args(hint)[0]))
    if dataclasses.is_dataclass(hint):
        return pa.struct([pa.field(name, _nested_type(sub)) for name, sub in field_hints(hint)])
    scalars = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    if hint not in scalars:
        raise StoreError(f"no Parquet type for record field type {hint!r}")
    return scalars[hint]


def _nested_type(hint: Any) -> Any:
    if is_json_hint(hint):  # only top-level dicts are JSON-encoded; keep the rule simple
        raise StoreError("free-form dict fields are only supported at the top level of a record")
    return arrow_type(hint)


def _json_columns(kind: str) -> list[str]:
    return [name for name, hint in column_hints(kind) if is_json_hint(hint)]


# -- reading exports back ----------------------------------------------------------------------

def read_export(path: str | Path, kind: str | None = None) -> Iterator[Any]:
    """Records from an exported file, shaped like ``Store.records(kind)``; kind defaults to the file stem."""
    path = Path(path)
    kind = kind or path.stem
    if kind not in KINDS:
        raise StoreError(f"unknown record type {kind!r}", path=str(path))
    suffix = path.suffix.lstrip(".")
    readers = {"jsonl": _jsonl_rows, "csv": csv_rows, "parquet": _parquet_rows}
    if suffix not in readers:
        raise StoreError(f"cannot read back {path.name!r}: exports end in "
                         f"{', '.join('.' + f for f in FORMATS)}", path=str(path))
    for number, row in enumerate(readers[suffix](path, kind), 1):
        try:
            record = _record(kind, unshaped(kind, row))
        except (KeyError, TypeError) as exc:  # a column or key the record needs is missing
            raise StoreError(f"record {number}: not a {kind} record: {exc}", path=str(path)) from exc
        yield record


def _record(kind: str, row: dict) -> Any:
    if is_per_article(kind):
        article_id = row.pop("article_id")
        return article_id, record_from_dict(KINDS[kind], row)
    return record_from_dict(KINDS[kind], row)


def _jsonl_rows(path: Path, kind: str) -> Iterator[dict]:
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise StoreError(f"line {number}: bad JSON: {exc}", path=str(path)) from exc


def _parquet_rows(path: Path, kind: str) -> Iterator[dict]:
    import pyarrow.parquet as pq

    json_columns = _json_columns(kind)
    for batch in pq.ParquetFile(path).iter_batches(batch_size=PARQUET_BATCH):
        for row in batch.to_pylist():
            for name in json_columns:
                row[name] = json.loads(row[name]) if row.get(name) is not None else None
            yield row
