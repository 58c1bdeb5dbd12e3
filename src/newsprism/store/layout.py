"""The column layout of every export file, derived from the record dataclasses.

One source of truth for JSONL key order, CSV headers and the Parquet schema: the contract
names come first in the promised order, every other record field follows in dataclass
order, so a field added to ``records.py`` shows up in every format without edits here.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from typing import Any, Iterator

from .tables import KINDS, SPECS

# The export contract: these leading columns, in this order (later tools read them).
LEADING: dict[str, tuple[str, ...]] = {
    "articles": ("id", "outlet", "headline", "byline", "url", "published", "text"),
    "entities": ("article_id", "start", "end", "text", "kind", "canonical_id", "name", "role", "sector"),
    "statements": ("article_id", "speaker", "speaker_name", "cue", "content", "kind", "sourcing", "via"),
    "claims": ("article_id", "span", "holder", "modality", "cues", "conditions", "position"),
    "events": ("article_id", "sentence", "type", "mode", "context", "actors", "recipients", "conditions",
               "score", "cameo"),
    "stories": ("id", "label", "article_ids", "first_published", "last_published", "entities"),
    "claim_links": ("story_id", "a", "b", "relation", "score", "evidence"),
    "outlets": ("outlet", "articles", "named_source_rate", "vague_sourcing_rate", "speculation_rate",
                "headline_consistency", "novelty", "derived_rate"),
    "headline_checks": ("article_id", "stance", "score", "evidence"),
    "verdicts": ("story_id", "group", "verdict", "label", "claims", "outlets"),
    "failures": ("path", "reason", "code", "at"),
}
FLATTENED = {"entities": "span"}  # entity rows carry start/end/text at the top level


def is_per_article(kind: str) -> bool:
    """Rows of this kind belong to one article's analysis and carry ``article_id``."""
    return kind in SPECS and SPECS[kind].per_article


@functools.lru_cache(maxsize=None)
def column_hints(kind: str) -> tuple[tuple[str, Any], ...]:
    """(column name, type hint) for the top-level columns of one export file, in order."""
    available: dict[str, Any] = {"article_id": str} if is_per_article(kind) else {}
    for name, hint in field_hints(KINDS[kind]):
        if name == FLATTENED.get(kind):
            available.update({"start": int, "end": int, "text": str})
        else:
            available[name] = hint
    order = [name for name in LEADING[kind] if name in available]
    order += [name for name in available if name not in order]
    return tuple((name, available[name]) for name in order)


def unwrap_optional(hint: Any) -> Any:
    """``X`` for ``Optional[X]``; other hints unchanged."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(inner) == 1:
            return inner[0]
    return hint


def is_json_hint(hint: Any) -> bool:
    """Free-form dicts (``evidence``) are stored as JSON text in CSV and Parquet."""
    hint = unwrap_optional(hint)
    return hint is dict or typing.get_origin(hint) is dict


def shaped(kind: str, row: dict) -> dict:
    """A store row in export layout: contract order, flattened spans, unknown keys last."""
    flat = FLATTENED.get(kind)
    if flat and isinstance(row.get(flat), dict):
        row = {**{k: v for k, v in row.items() if k != flat}, **row[flat]}
    out = {name: row.get(name) for name, _ in column_hints(kind)}
    out.update({k: v for k, v in row.items() if k not in out})
    return out


def unshaped(kind: str, row: dict) -> dict:
    """The inverse of :func:`shaped`: a ``records.to_dict``-style dict (plus article_id)."""
    flat = FLATTENED.get(kind)
    if not flat:
        return dict(row)
    nested = {k: row[k] for k in ("start", "end", "text")}
    return {**{k: v for k, v in row.items() if k not in nested}, flat: nested}


def csv_header(kind: str) -> list[str]:
    """Flat CSV column names: nested records become ``prefix_field`` columns."""
    return [name for name, _ in _flat_columns(column_hints(kind), "")]


def csv_cells(kind: str, row: dict) -> list[str]:
    """One CSV row: spans flattened into columns, lists and dicts JSON-encoded, None empty."""
    return list(_flat_values(column_hints(kind), row))


@functools.lru_cache(maxsize=None)
def field_hints(cls: type) -> tuple[tuple[str, Any], ...]:
    """(field name, type hint) of a record dataclass, in field order."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


def _flat_columns(hints: tuple[tuple[str, Any], ...], prefix: str) -> Iterator[tuple[str, Any]]:
    for name, hint in hints:
        inner = unwrap_optional(hint)
        if dataclasses.is_dataclass(inner):
            yield from _flat_columns(field_hints(inner), f"{prefix}{name}_")
        else:
            yield f"{prefix}{name}", hint


def _flat_values(hints: tuple[tuple[str, Any], ...], row: dict | None) -> Iterator[str]:
    for name, hint in hints:
        value = None if row is None else row.get(name)
        inner = unwrap_optional(hint)
        if dataclasses.is_dataclass(inner):
            yield from _flat_values(field_hints(inner), value)
        elif value is None:
            yield ""
        elif isinstance(value, (list, tuple, dict)):
            yield json.dumps(value, ensure_ascii=False)
        else:
            yield str(value)


def record_from_dict(cls: type, data: dict) -> Any:
    """``records.from_dict`` with type hints cached per class (the store decodes many records).

    ``records.from_dict`` re-evaluates string annotations on every call, which made reading
    an analysis cost ~0.4 ms per record; the result here is identical (a test checks it).
    """
    kwargs = {}
    for name, hint in field_hints(cls):
        if name in data:
            kwargs[name] = _coerce(hint, data[name])
    return cls(**kwargs)


def _coerce(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    hint = unwrap_optional(hint)
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        return tuple(_coerce(item, v) for v in value)
    if dataclasses.is_dataclass(hint):
        return record_from_dict(hint, value)
    return value
