"""How each record type maps onto a table: indexed query columns plus a ``data`` JSON column.

The ``data`` column holds ``records.to_dict(record)`` and is the source of truth on read;
the other columns exist only so that SQL can filter and sort without parsing JSON.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Callable

from ..errors import StoreError
from ..records import (
    Article,
    Claim,
    ClaimLink,
    Entity,
    Event,
    HeadlineCheck,
    IngestFailure,
    OutletProfile,
    Statement,
    Story,
    Verdict,
    to_dict,
)

ARTICLE_COLUMNS = (
    "id", "text", "headline", "outlet", "byline", "url", "published",
    "language", "source_path", "ingested_at", "body_start",
)
FAILURE_COLUMNS = ("path", "reason", "code", "at")
PER_ARTICLE = ("article_id", "idx")


@dataclass(frozen=True)
class TableSpec:
    """One record type stored as query columns plus ``data``."""

    name: str
    record: type
    columns: tuple[str, ...]  # query columns, in the order ``values`` returns them
    values: Callable[[dict], tuple]  # query column values from the record's dict
    lead: tuple[str, ...] = ()  # columns the caller supplies, e.g. (article_id, idx)
    order: str = "id"  # how reads list the rows of comparison tables

    @property
    def per_article(self) -> bool:
        """Rows belong to one article's analysis."""
        return self.lead == PER_ARTICLE

    def insert_sql(self) -> str:
        """INSERT statement taking lead + columns + data."""
        names = self.lead + self.columns + ("data",)
        marks = ", ".join("?" for _ in names)
        return f"INSERT INTO {self.name} ({', '.join(names)}) VALUES ({marks})"


def _codes(actors: list[dict]) -> str:
    # space-padded so that `LIKE '% IRN %'` finds a code without matching a substring
    return " " + " ".join(a["code"] for a in actors) + " " if actors else ""


ENTITIES = TableSpec(
    "entities", Entity, ("span_start", "span_end", "kind", "canonical_id"),
    lambda d: (d["span"]["start"], d["span"]["end"], d["kind"], d["canonical_id"]),
    lead=PER_ARTICLE,
)
STATEMENTS = TableSpec(
    "statements", Statement,
    ("content_start", "content_end", "speaker_id", "speaker_name", "sourcing", "kind"),
    lambda d: (d["content"]["start"], d["content"]["end"], d["speaker_id"], d["speaker_name"],
               d["sourcing"], d["kind"]),
    lead=PER_ARTICLE,
)
CLAIMS = TableSpec(
    "claims", Claim, ("span_start", "span_end", "holder", "modality", "position"),
    lambda d: (d["span"]["start"], d["span"]["end"], d["holder"], d["modality"], d["position"]),
    lead=PER_ARTICLE,
)
EVENTS = TableSpec(
    "events", Event,
    ("sentence_start", "sentence_end", "type", "mode", "score", "actor_codes", "recipient_codes"),
    lambda d: (d["sentence"]["start"], d["sentence"]["end"], d["type"], d["mode"], d["score"],
               _codes(d["actors"]), _codes(d["recipients"])),
    lead=PER_ARTICLE,
)
STORIES = TableSpec(
    "stories", Story, ("id", "label", "first_published", "last_published"),
    lambda d: (d["id"], d["label"], d["first_published"], d["last_published"]),
    lead=("idx",), order="idx",
)
CLAIM_LINKS = TableSpec(
    "claim_links", ClaimLink,
    ("story_id", "a_article_id", "a_start", "a_end", "b_article_id", "b_start", "b_end",
     "relation", "score"),
    lambda d: (d["story_id"], d["a"]["article_id"], d["a"]["span"]["start"], d["a"]["span"]["end"],
               d["b"]["article_id"], d["b"]["span"]["start"], d["b"]["span"]["end"],
               d["relation"], d["score"]),
)
VERDICTS = TableSpec(
    "verdicts", Verdict, ("story_id", "grp", "verdict", "label"),
    lambda d: (d["story_id"], d["group"], d["verdict"], d["label"]),
)
HEADLINE_CHECKS = TableSpec(
    "headline_checks", HeadlineCheck, ("article_id", "stance", "score"),
    lambda d: (d["article_id"], d["stance"], d["score"]),
    order="rowid",
)
OUTLETS = TableSpec(
    "outlets", OutletProfile,
    ("outlet", "articles", "named_source_rate", "vague_sourcing_rate", "speculation_rate",
     "headline_consistency", "novelty", "derived_rate"),
    lambda d: tuple(d[name] for name in OUTLETS.columns),
    order="outlet",
)

ANALYSIS_TABLES = (ENTITIES, STATEMENTS, CLAIMS, EVENTS)  # field name of ArticleAnalysis == table name
COMPARISON_TABLES = (STORIES, CLAIM_LINKS, VERDICTS, HEADLINE_CHECKS, OUTLETS)
SPECS = {spec.name: spec for spec in ANALYSIS_TABLES + COMPARISON_TABLES}

# Every record type the store can list, by export name.
KINDS: dict[str, type] = {
    "articles": Article,
    "entities": Entity,
    "statements": Statement,
    "claims": Claim,
    "events": Event,
    "stories": Story,
    "claim_links": ClaimLink,
    "outlets": OutletProfile,
    "headline_checks": HeadlineCheck,
    "verdicts": Verdict,
    "failures": IngestFailure,
}


def dumps(value: Any, what: str) -> str:
    """Compact JSON for a ``data`` column; anything JSON cannot hold exactly is a StoreError."""
    try:
        # allow_nan=False: NaN/Infinity are not JSON and would break every other reader
        return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise StoreError(f"cannot serialise {what}: {exc}") from exc


def record_row(spec: TableSpec, record: Any, what: str) -> tuple:
    """Query-column values followed by the JSON ``data`` for one record."""
    if not isinstance(record, spec.record):
        raise StoreError(f"cannot store {what}: expected {spec.record.__name__}, got {type(record).__name__}")
    data = to_dict(record)
    text = dumps(data, what)
    try:
        values = spec.values(data)
    except (KeyError, TypeError) as exc:
        raise StoreError(f"cannot store {what}: missing or malformed field {exc}") from exc
    return values + (text,)


def content_hash(sentences: str, rows: dict[TableSpec, list[tuple]]) -> str:
    """A hash of an analysis's stored JSON (sentences and every record's ``data``, the last column of a row)."""
    digest = hashlib.sha1(sentences.encode("utf-8", "surrogatepass"))
    for spec, spec_rows in rows.items():
        digest.update(f"\x1e{spec.name}".encode())
        for row in spec_rows:
            digest.update(b"\x1f" + row[-1].encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
