"""Lexicons of the claims and events layer, read once from tab-separated files in ``analyze/data``.

The files are data, not code: a new cue, trigger or alias is one line in a TSV file.
Lines starting with ``#`` and blank lines are comments.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import NamedTuple

DATA_PACKAGE = "newsprism.analyze.data"


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The non-comment rows of ``data/<name>`` split on tabs (missing trailing cells are "")."""
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(out)


def cell(row: tuple[str, ...], index: int, default: str = "") -> str:
    """The cell at ``index`` or ``default`` when the row is shorter or the cell is "-"."""
    value = row[index] if index < len(row) else ""
    return default if value in ("", "-") else value


class Trigger(NamedTuple):
    """One event predicate of the PLOVER lexicon."""

    lemmas: tuple[str, ...]
    pos: str
    type: str
    mode: str
    cameo: str
    needs: str


@lru_cache(maxsize=None)
def plover_triggers() -> dict[str, tuple[Trigger, ...]]:
    """Triggers keyed by their first lemma (the word a token must have to start a match)."""
    index: dict[str, list[Trigger]] = {}
    for row in rows("plover_lexicon.tsv"):
        lemmas = tuple(row[0].lower().split())
        trig = Trigger(lemmas, cell(row, 1, "ANY"), row[2], cell(row, 3), cell(row, 4), cell(row, 5))
        index.setdefault(lemmas[0], []).append(trig)
    # Longest first, then triggers with an object condition before the bare lemma (specific first).
    return {k: tuple(sorted(v, key=lambda t: (-len(t.lemmas), not t.needs))) for k, v in index.items()}


@lru_cache(maxsize=None)
def object_classes() -> dict[str, frozenset[str]]:
    """Object classes a trigger may require: class name -> object lemmas."""
    return {row[0]: frozenset(c.lower() for c in row[1:] if c) for row in rows("plover_object_classes.tsv")}


@lru_cache(maxsize=None)
def bridge() -> dict[str, tuple[str, str, float]]:
    """CAMEO root (two digits) -> (PLOVER type, default mode, Goldstein weight)."""
    return {row[0]: (cell(row, 1), cell(row, 2), float(row[3])) for row in rows("cameo_plover_bridge.tsv")}


@lru_cache(maxsize=None)
def sectors() -> dict[str, str]:
    """Lower-case word -> actor sector code."""
    return {row[0].lower(): row[1] for row in rows("sectors.tsv")}


@lru_cache(maxsize=None)
def weak_sector_words() -> frozenset[str]:
    """Head nouns whose sector yields to a modifier's ("opposition leader")."""
    return frozenset(row[0].lower() for row in rows("sectors.tsv") if cell(row, 2) == "weak")


@lru_cache(maxsize=None)
def contexts() -> dict[str, str]:
    """Lemma (or two-word lemma phrase) -> PLOVER context."""
    return {row[0].lower(): row[1] for row in rows("contexts.tsv")}


def text_of(doc) -> str:
    """``doc.text``, computed once per Doc (spaCy rebuilds the string on every access)."""
    cached = doc.user_data.get("np_text")
    if cached is None:
        cached = doc.user_data["np_text"] = doc.text
    return cached


CACHE_KEYS = ("np_text", "np_conditions")


def drop_caches(doc) -> None:
    """Remove our per-Doc caches so ``Doc.to_bytes`` (used between processes) never sees them."""
    for key in CACHE_KEYS:
        doc.user_data.pop(key, None)
