"""Read a CSV export back into export-layout rows: the inverse of ``layout.csv_cells``.

``csv_cells`` flattens nested records into ``prefix_field`` columns, JSON-encodes lists and
dicts and writes None as an empty cell. Reading inverts that by the record's type hints:
an int or float column parses its number, a bool column its ``True``/``False``, a list or
dict column its JSON; an empty cell is "" in a plain text column and None everywhere else
(so "" in an *optional* text column, which CSV cannot mark, comes back as None). A nested
record is rebuilt from its columns, or is None when it is optional and all its cells are
empty. Columns the file lacks are left out (the record's default applies); extra ones are
ignored, so exports from a version with more or fewer fields still read.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from pathlib import Path
from typing import Any, Iterator

from ..errors import StoreError
from .layout import column_hints, field_hints, unwrap_optional

# csv's default cap of 131,072 characters per cell is smaller than a long article's text;
# 2**31 - 1 is the largest value the C long behind the limit takes on every platform.
FIELD_SIZE_LIMIT = 2**31 - 1
_BOOLS = {"True": True, "False": False}


class _BadCell(ValueError):
    """A cell that does not parse as its column's type (the message names both)."""


def csv_rows(path: Path, kind: str) -> Iterator[dict]:
    """Export-layout rows (nested records as dicts) from one CSV export file."""
    if csv.field_size_limit() < FIELD_SIZE_LIMIT:
        csv.field_size_limit(FIELD_SIZE_LIMIT)  # process-wide, as eval.stance also needs it
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            header = next(reader, None)
            for cells in reader:
                yield _row(kind, header, cells, reader.line_num)
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(f"cannot read CSV export: {exc}", path=str(path)) from exc
    except csv.Error as exc:
        raise StoreError(f"line {reader.line_num}: bad CSV: {exc}", path=str(path)) from exc
    except _BadCell as exc:
        raise StoreError(str(exc), path=str(path)) from exc


def _row(kind: str, header: list[str], cells: list[str], line: int) -> dict:
    if len(cells) != len(header):
        raise _BadCell(f"line {line}: {len(cells)} cells but the header has {len(header)} columns")
    try:
        return _fields(column_hints(kind), dict(zip(header, cells)), "")[0]
    except _BadCell as exc:
        raise _BadCell(f"line {line}: {exc}") from exc


def _fields(hints: tuple[tuple[str, Any], ...], cells: dict[str, str], prefix: str) -> tuple[dict, bool]:
    """The fields under ``prefix`` and whether any of their cells held text."""
    out: dict[str, Any] = {}
    filled = False
    for name, hint in hints:
        column = f"{prefix}{name}"
        inner = unwrap_optional(hint)
        if dataclasses.is_dataclass(inner):
            nested, nested_filled = _fields(field_hints(inner), cells, f"{column}_")
            if nested or nested_filled:
                out[name] = nested if nested_filled or inner is hint else None
            filled |= nested_filled
        elif column in cells:
            out[name] = cell_value(hint, cells[column], column)
            filled |= cells[column] != ""
    return out, filled


def cell_value(hint: Any, cell: str, column: str = "") -> Any:
    """The value a CSV cell of a field typed ``hint`` stands for."""
    inner = unwrap_optional(hint)
    if cell == "":
        return "" if hint is str else None  # Optional[str] cannot be told apart: None
    try:
        if inner is str:
            return cell
        if inner is bool:
            return _BOOLS[cell]
        if inner in (int, float):
            return inner(cell)
        return json.loads(cell)  # tuples, lists and dicts were JSON-encoded
    except (KeyError, ValueError) as exc:
        name = getattr(inner, "__name__", str(inner))
        raise _BadCell(f"column {column}: cannot read {cell[:40]!r} as {name}") from exc
