"""What a reader yields for one input item: an Article, an IngestFailure, or a counted skip."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from ..errors import NewsprismError
from ..records import Article, IngestFailure
from .article import utc_now


@dataclass(frozen=True)
class Skipped:
    """An item deliberately not ingested (e.g. a feed entry with only a summary); counted, not a failure."""

    path: str
    reason: str


Outcome = Union[Article, IngestFailure, Skipped]


def failure(path: str, reason: str, code: str) -> IngestFailure:
    """An IngestFailure stamped with the current UTC time."""
    return IngestFailure(path=str(path), reason=reason, code=code, at=utc_now())


def failure_from(error: NewsprismError, path: str = "") -> IngestFailure:
    """The IngestFailure for a raised ingest or fetch error."""
    return failure(error.path or str(path), error.message, error.code)
