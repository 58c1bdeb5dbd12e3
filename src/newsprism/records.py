"""Typed records that flow through newsprism: ingest -> analyze -> compare -> store -> present.

Every record is a frozen dataclass. Every span is a pair of character offsets into
``Article.text`` (which starts with the headline, then a blank line, then the body).
Records serialise with :func:`to_dict` and come back with :func:`from_dict`.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Optional

# Closed vocabularies, kept here so that every stage and the store agree on them.
ENTITY_KINDS = ("PERSON", "GPE", "NORP", "ORG", "LOC", "FAC", "EVENT", "OTHER")
STATEMENT_KINDS = ("direct", "indirect", "mixed")
SOURCING_CLASSES = (
    "named-person",
    "named-organisation",
    "media-report",
    "anonymous-official",
    "vague-collective",
    "none",
)
MODALITIES = ("asserted", "hedged", "speculative", "conditional", "negated")
POSITIONS = ("headline", "lead", "body")
CONDITION_POLARITIES = ("for", "against")
CLAIM_RELATIONS = ("same", "contradicts", "elaborates")
VERDICTS = ("corroborated", "single-source", "contradicted", "speculation-only")
STANCES = ("agree", "disagree", "discuss", "unrelated")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
    "COERCE", "ASSAULT",
)


@dataclass(frozen=True)
class Span:
    """Character offsets into ``Article.text`` plus the covered text (``text[start:end]``)."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        """The span of ``text`` between ``start`` and ``end``."""
        return cls(start, end, text[start:end])


@dataclass(frozen=True)
class Article:
    """One news article: clean text plus metadata. ``id`` is a hash of the normalised text."""

    id: str
    text: str
    headline: str = ""
    outlet: str = ""
    byline: str = ""
    url: str = ""
    published: Optional[str] = None  # ISO 8601 date or datetime, as given by the source
    language: str = "en"
    source_path: str = ""
    ingested_at: str = ""
    body_start: int = 0  # offset where the body starts (after the headline and blank line)


@dataclass(frozen=True)
class IngestFailure:
    """An input that could not become an article, with the reason (never silently dropped)."""

    path: str
    reason: str
    code: str
    at: str = ""


@dataclass(frozen=True)
class Entity:
    """A named mention with its canonical id (ISO 3166 alpha-3 for countries, a stable key otherwise)."""

    span: Span
    kind: str
    canonical_id: str = ""
    name: str = ""  # canonical display name, e.g. "Ali Khamenei" or "Iran"
    role: str = ""  # title or role, e.g. "Supreme Leader"
    sector: str = ""  # GOV / MIL / ... where known


@dataclass(frozen=True)
class ViaSource:
    """One link in a sourcing chain, e.g. "reports from foreign media outlets"."""

    span: Span
    sourcing: str


@dataclass(frozen=True)
class Statement:
    """Who said what: speaker, cue and content, with how the speaker is sourced."""

    cue: Span
    content: Span
    kind: str  # direct | indirect | mixed
    sourcing: str  # one of SOURCING_CLASSES
    speaker: Optional[Span] = None
    speaker_name: str = ""  # resolved canonical name, e.g. "Ali Khamenei"
    speaker_id: str = ""  # canonical id of the resolved speaker entity
    via: tuple[ViaSource, ...] = ()
    content_parts: tuple[Span, ...] = ()  # every piece when the cue breaks the content ("A," he said, "B."); content is the longest


def through_media_reports(statement: Statement) -> bool:
    """True when the article has the statement second-hand from media reports: the report is
    the speaker ("state TV reported"), or a link of its chain is ("according to reports from
    foreign media, Khamenei said"; "reportedly"). A named speaker relayed that way is still
    something the outlet did not hear itself, which is why the chain counts too."""
    return statement.sourcing == "media-report" or any(link.sourcing == "media-report" for link in statement.via)


@dataclass(frozen=True)
class Condition:
    """A condition attached to a claim or event: "talks only if X withdraws"."""

    span: Span
    connective: str  # "only if", "unless", "as long as", ...
    required: str  # the required action, e.g. "ending its support for Israel"
    actor: str = ""  # who must act (canonical id or text)
    polarity: str = "for"  # "for": required for the outcome; "against": blocks it


@dataclass(frozen=True)
class Claim:
    """A proposition in the text with its holder, modality and conditions."""

    span: Span
    holder: str  # "writer" or the canonical speaker name
    modality: str  # one of MODALITIES
    position: str  # headline | lead | body
    cues: tuple[Span, ...] = ()
    conditions: tuple[Condition, ...] = ()
    holder_id: str = ""
    polarity: str = "positive"  # positive | negative
    others_negation: bool = False  # negated only in words another speaker holds (quoted, reported)


@dataclass(frozen=True)
class Actor:
    """An event participant in PLOVER terms."""

    code: str  # ISO3 or organisation code
    sector: str = ""
    text: str = ""


@dataclass(frozen=True)
class Event:
    """A political event coded in PLOVER."""

    sentence: Span
    type: str  # one of PLOVER_TYPES
    mode: str = ""
    context: tuple[str, ...] = ()
    actors: tuple[Actor, ...] = ()
    recipients: tuple[Actor, ...] = ()
    conditions: tuple[Condition, ...] = ()
    score: float = 0.0
    cameo: str = ""
    trigger: Optional[Span] = None


@dataclass(frozen=True)
class ArticleAnalysis:
    """Everything the per-article analysis found in one article."""

    article_id: str
    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    sentences: tuple[Span, ...] = ()
    pipeline: str = ""  # model name and component versions that produced it


@dataclass(frozen=True)
class ClaimRef:
    """A pointer to a span in one article."""

    article_id: str
    span: Span


@dataclass(frozen=True)
class Story:
    """A group of articles that report the same event."""

    id: str
    label: str
    article_ids: tuple[str, ...]
    first_published: Optional[str] = None
    last_published: Optional[str] = None
    entities: tuple[str, ...] = ()
    evidence: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class ClaimLink:
    """Two claims from different articles of one story and how they relate."""

    story_id: str
    a: ClaimRef
    b: ClaimRef
    relation: str  # same | contradicts | elaborates
    score: float
    evidence: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Verdict:
    """The verdict on one group of aligned claims in a story."""

    story_id: str
    group: int
    verdict: str  # one of VERDICTS
    label: str
    claims: tuple[ClaimRef, ...] = ()
    outlets: tuple[str, ...] = ()


@dataclass(frozen=True)
class HeadlineCheck:
    """Whether an article's headline is supported by its own body."""

    article_id: str
    stance: str  # one of STANCES
    score: float
    evidence: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class OutletProfile:
    """Sourcing and padding figures for one outlet, measured over its articles."""

    outlet: str
    articles: int
    named_source_rate: Optional[float] = None
    vague_sourcing_rate: Optional[float] = None
    anonymous_sourcing_rate: Optional[float] = None
    report_sourcing_rate: Optional[float] = None  # through media reports (speaker or a `via` link)
    speculation_rate: Optional[float] = None
    headline_consistency: Optional[float] = None
    novelty: Optional[float] = None
    derived_rate: Optional[float] = None
    evidence: dict = field(default_factory=dict, hash=False, compare=False)


def to_dict(record: Any) -> Any:
    """A JSON-ready dict (or list/scalar) for any record, recursively."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return {key: to_dict(value) for key, value in record.items()}
    return record


def from_dict(cls: type, data: Any) -> Any:
    """Rebuild a record of type ``cls`` from :func:`to_dict` output."""
    hints = _field_hints(cls)
    return cls(**{name: _coerce(hint, data[name]) for name, hint in hints.items() if name in data})


@functools.lru_cache(maxsize=None)
def _field_hints(cls: type) -> dict[str, Any]:
    # get_type_hints re-evaluates string annotations on every call: cache it per class.
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def _coerce(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _coerce(inner[0], value) if len(inner) == 1 else value
    if origin is tuple:
        return tuple(_coerce(args[0], item) for item in value)
    if dataclasses.is_dataclass(hint):
        return from_dict(hint, value)
    return value
