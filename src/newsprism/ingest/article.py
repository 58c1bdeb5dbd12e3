"""Building Article records: text layout, id, timestamps and cleaned bylines."""

from __future__ import annotations

import re
from datetime import datetime, timezone

from ..errors import IngestError
from ..records import Article
from . import codes
from .language import article_language
from .normalize import article_id, normalise_line, normalise_text

MAX_BYLINE_CHARS = 200
MAX_BYLINE_INPUT_CHARS = 1000  # a longer "byline" is text, not names; capping keeps the regexes cheap
# Longer "author" parts are sentences that a byline heuristic picked up, not names.
MAX_AUTHOR_CHARS = 80
_METADATA_FIELDS = ("outlet", "byline", "url", "published", "language", "source_path")
_BY_PREFIX = re.compile(r"^(?:written\s+)?by\b[:\s]*", re.IGNORECASE)
# Words that start the non-name tail of a visible byline: "Tom Smith; Published 4 March".
_BYLINE_TAIL = re.compile(r"\s*(?:\b(?:published|updated|posted|last updated)\b|\s[-–—]\s).*$", re.IGNORECASE)
_PART_SEPARATORS = re.compile(r"\s*[;|•·]\s*")


def make_article(body: str, headline: str = "", **metadata: str | None) -> Article:
    """An Article from a body and optional headline: normalised text, content id, language, UTC ingest time."""
    unknown = sorted(set(metadata) - set(_METADATA_FIELDS))
    if unknown:
        raise TypeError(f"make_article() got unknown metadata: {', '.join(unknown)}")
    path = metadata.get("source_path") or ""
    body_text = normalise_text(body or "")
    if not body_text:
        raise IngestError("the article body is empty", path=path, code=codes.EMPTY)
    title = normalise_line(headline or "")
    text = f"{title}\n\n{body_text}" if title else body_text
    fields = {key: value for key, value in metadata.items() if value is not None}
    fields["byline"] = clean_byline(fields.get("byline", ""))
    fields["outlet"] = normalise_line(fields.get("outlet", ""))
    # A language the source declares wins; otherwise detect it, so other languages never pass as English.
    fields["language"] = article_language(fields.get("language"), text)
    return Article(
        id=article_id(text), text=text, headline=title, body_start=len(title) + 2 if title else 0,
        ingested_at=utc_now(), **fields,
    )


def utc_now() -> str:
    """The current UTC time in ISO 8601, to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def clean_byline(raw: str) -> str:
    """Author names from a byline: drops "By", "Published ..." tails, dates and sentences."""
    names: list[str] = []
    collapsed = " ".join(normalise_line(raw or "")[:MAX_BYLINE_INPUT_CHARS].split())
    for part in _PART_SEPARATORS.split(collapsed):
        name = _clean_author(part)
        if name and name not in names:
            names.append(name)
    return ", ".join(names)[:MAX_BYLINE_CHARS]


def _clean_author(part: str) -> str:
    name = _BYLINE_TAIL.sub("", _BY_PREFIX.sub("", part.strip())).strip(" ,.:-–—")
    letters = sum(ch.isalpha() for ch in name)
    digits = sum(ch.isdigit() for ch in name)
    if not letters or digits or len(name) > MAX_AUTHOR_CHARS:
        return ""
    return name
