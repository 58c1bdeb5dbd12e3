"""Readers for files: HTML pages, plain text / Markdown with front matter, and JSON Lines.

Each reader takes a path, the settings and the fallback outlet, and yields outcomes. A problem
with the whole file is raised as IngestError; per-record problems (JSONL lines) are yielded as
IngestFailure so the other records still ingest. Each format also has a reader of bytes already
in memory (``text_outcomes``, ``html_outcomes``, ...; see BYTES_READERS), which the file readers
and standard input share.
"""

from __future__ import annotations

import codecs
import io
import json
import re
import warnings
from datetime import datetime
from pathlib import Path
from typing import IO, Callable, Iterator

import lxml.html
import trafilatura
from lxml import etree

from ..config import Settings
from ..errors import IngestError
from ..records import Article
from . import codes
from .article import make_article
from .decode import (
    SNIFF_BYTES, check_not_binary, decode_text, file_size, open_binary, read_limited, read_up_to, rejoined,
    replace_invalid_characters, too_large_reason,
)
from .feeds import feed_bytes_outcomes
from .frontmatter import split_front_matter
from .headline import headline_and_body
from .language import declared_html_language
from .normalize import normalise_line, normalise_text
from .outcomes import Outcome, failure, failure_from

# Below this, what trafilatura found is a menu or a link ("Home"), not an article.
MIN_HTML_TEXT_CHARS = 25
# A first line longer than this is the opening paragraph of an untitled text.
MAX_HEADLINE_CHARS = 300
JSONL_FIELDS = ("headline", "outlet", "url", "published", "byline", "language")
# Front-matter aliases that common static-site tools write.
FRONT_MATTER_ALIASES = {"title": "headline", "author": "byline", "date": "published", "source": "outlet"}
_PUBLISHED_META = (
    "//meta[@property='article:published_time' or @name='article:published_time'"
    " or @itemprop='datePublished' or @name='datePublished']/@content"
)
_JSON_LD = "//script[@type='application/ld+json']/text()"
_HEADING_MARK = re.compile(r"^#{1,6}\s*|\s+#+\s*$")
_SETEXT_UNDERLINE = re.compile(r"^(=+|-+)\s*$")
_BYLINE_START = ("By ", "by ")
# Each span stops at the next delimiter character, so hostile Markdown stays linear-time.
_MARKDOWN_RULES = (
    (re.compile(r"!\[[^\[\]\n]{0,300}\]\([^()\n]{0,500}\)"), ""),  # images carry no article text
    (re.compile(r"\[([^\[\]\n]{1,300})\]\([^()\n]{0,500}\)"), r"\1"),  # links keep their words
    (re.compile(r"(?<![\w*])\*([^*\s][^*\n]{0,300}?)\*(?![\w*])"), r"\1"),  # italic before bold: "**a *b* c**"
    (re.compile(r"\*\*([^*\s][^*\n]{0,300}?)\*\*"), r"\1"),
    (re.compile(r"(?<!\w)__([^_\s][^_\n]{0,300}?)__(?!\w)"), r"\1"),
    (re.compile(r"^#{1,6} +(.*?)(?: #+)?$", re.MULTILINE), r"\1"),
    (re.compile(r"^> ?", re.MULTILINE), ""),
    (re.compile(r"^(?:\*{3,}|-{3,}|_{3,})$", re.MULTILINE), ""),
)


# --- plain text and Markdown -------------------------------------------------------------


def read_text_file(path: Path, settings: Settings, outlet: str | None = None) -> Iterator[Outcome]:
    """One article from a .txt or .md file with optional front matter."""
    reader = markdown_outcomes if path.suffix.lower() in (".md", ".markdown") else text_outcomes
    yield from reader(read_limited(path, settings.max_bytes), str(path), settings, outlet or path.stem)


def text_outcomes(data: bytes, where: str, settings: Settings, outlet: str | None = None) -> Iterator[Outcome]:
    """One article from the bytes of a plain text with optional front matter."""
    yield text_article(decode_text(data, where), where, outlet or "")


def markdown_outcomes(data: bytes, where: str, settings: Settings, outlet: str | None = None) -> Iterator[Outcome]:
    """One article from the bytes of a Markdown text with optional front matter."""
    yield text_article(decode_text(data, where), where, outlet or "", markdown=True)


def text_article(text: str, source_path: str, default_outlet: str, markdown: bool = False) -> Article:
    """An article from text: front matter, else first line as headline and a "By ..." line as byline."""
    meta, body = split_front_matter(normalise_text(text), source_path)
    meta = _canonical_keys(meta)
    headline, byline = meta.get("headline", ""), meta.get("byline", "")
    if not headline:
        headline, found_byline, body = split_headline(body)
        byline = byline or found_byline
    if markdown:
        body = markdown_to_text(body)
    if not normalise_text(body):
        raise IngestError("no article text after the headline", path=source_path, code=codes.EMPTY)
    headline, body = headline_and_body(headline, body)
    return make_article(
        body, headline, outlet=meta.get("outlet") or default_outlet, byline=byline, url=meta.get("url", ""),
        published=meta.get("published") or None, language=meta.get("language"), source_path=source_path,
    )


def _canonical_keys(meta: dict[str, str]) -> dict[str, str]:
    # An explicit "headline" wins over its alias "title", whatever their order.
    aliased = {FRONT_MATTER_ALIASES[key]: value for key, value in meta.items() if key in FRONT_MATTER_ALIASES}
    return aliased | {key: value for key, value in meta.items() if key not in FRONT_MATTER_ALIASES}


def split_headline(body: str) -> tuple[str, str, str]:
    """(headline, byline line, rest): the first non-empty line, and a following "By ..." line."""
    lines = body.split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None:
        return "", "", ""
    if len(lines[start].strip()) > MAX_HEADLINE_CHARS:
        return "", "", body  # a paragraph, not a title: the text has no headline line
    headline = _HEADING_MARK.sub("", lines[start].strip())
    rest = lines[start + 1:]
    if rest and _SETEXT_UNDERLINE.match(rest[0]):
        rest = rest[1:]
    following = next((i for i, line in enumerate(rest) if line.strip()), None)
    if following is not None and rest[following].lstrip().startswith(_BYLINE_START):
        return headline, rest[following].strip(), "\n".join(rest[following + 1:])
    return headline, "", "\n".join(rest)


def markdown_to_text(markdown: str) -> str:
    """Markdown reduced to its words: links, images, emphasis, heading marks and quote marks removed."""
    for pattern, replacement in _MARKDOWN_RULES:
        markdown = pattern.sub(replacement, markdown)
    return markdown


# --- HTML ---------------------------------------------------------------------------------


def read_html_file(path: Path, settings: Settings, outlet: str | None = None) -> Iterator[Outcome]:
    """One article from an HTML page, via trafilatura."""
    yield from html_outcomes(read_limited(path, settings.max_bytes), str(path), settings, outlet)


def html_outcomes(data: bytes, where: str, settings: Settings, outlet: str | None = None) -> Iterator[Outcome]:
    """One article from the bytes of an HTML page (charset from a BOM, UTF-8 or the page's declaration)."""
    yield html_article(decode_text(data, where, markup=True), where, outlet)


def html_article(html: str, source_path: str, outlet: str | None = None, url: str = "") -> Article:
    """Main text and metadata (title, author, date, site name, canonical URL) of an HTML page."""
    document = _extract(html, url)
    text = normalise_text(document.text or "") if document is not None else ""
    if len(text) < MIN_HTML_TEXT_CHARS:
        reason = f"no article text found in the HTML page (only {len(text)} characters outside boilerplate)"
        raise IngestError(reason, path=source_path, code=codes.NO_TEXT)
    headline, text = headline_and_body(document.title or "", text)
    return make_article(
        _paragraphs(text, headline), headline,
        outlet=document.sitename or outlet or document.hostname or "", byline=document.author or "",
        url=url or document.url or "", published=declared_published(html) or document.date or None,
        language=declared_html_language(html), source_path=source_path,
    )


def declared_published(html: str) -> str | None:
    """The publication time a page declares (meta tag or JSON-LD), as given, when it is valid ISO 8601.

    trafilatura drops the time zone and invents midnight for date-only values; the page's own
    value keeps both as the source gave them.
    """
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    candidates = root.xpath(_PUBLISHED_META) + [value for block in root.xpath(_JSON_LD) for value in _json_ld_dates(block)]
    return next((value.strip() for value in candidates if _is_iso_datetime(value.strip())), None)


def _json_ld_dates(block: str) -> list[str]:
    try:
        data = json.loads(block)
    except (ValueError, RecursionError):  # invalid, or nested thousands deep
        return []
    found: list[str] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                found.append(item["datePublished"])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return found


def _is_iso_datetime(value: str) -> bool:
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _extract(html: str, url: str):
    with warnings.catch_warnings():
        # trafilatura 2.3 emits lxml FutureWarnings on every page; they are not ours to fix.
        warnings.simplefilter("ignore", FutureWarning)
        return trafilatura.bare_extraction(
            html, url=url or None, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"original_date": True},
        )


def _paragraphs(text: str, headline: str) -> str:
    # trafilatura puts one paragraph per line and often repeats the <h1> title as the first line.
    lines = [line for line in normalise_text(text).split("\n") if line.strip()]
    if lines and headline and normalise_line(lines[0]) == normalise_line(headline):
        lines = lines[1:]
    return "\n\n".join(lines)


# --- JSON Lines ---------------------------------------------------------------------------


def read_jsonl_file(path: Path, settings: Settings, outlet: str | None = None) -> Iterator[Outcome]:
    """One article per JSON line; a bad line is a failure named ``file:LINE``, the rest still ingest.

    JSONL is the bulk format, so the size limit applies to each line rather than to the file.
    """
    if not file_size(path):
        raise IngestError("file is empty", path=str(path), code=codes.EMPTY)
    with open_binary(path) as handle:
        yield from jsonl_stream_outcomes(handle, str(path), settings, outlet)


def jsonl_outcomes(data: bytes, where: str, settings: Settings, outlet: str | None = None) -> Iterator[Outcome]:
    """One outcome per JSON line of ``data``; lines are named ``where:LINE`` as in files."""
    yield from jsonl_stream_outcomes(io.BytesIO(data), where, settings, outlet)


def jsonl_stream_outcomes(stream: IO[bytes], where: str, settings: Settings, outlet: str | None = None) -> Iterator[Outcome]:
    """One outcome per JSON line read from ``stream`` (a file, a pipe), never holding more than one capped line.

    Each line is capped at ``settings.max_bytes``: a longer one is a failure named ``where:LINE``
    and is skipped without being kept in memory; the lines after it still ingest.
    """
    head = read_up_to(stream, SNIFF_BYTES)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Split at b"\n", UTF-16 would fail on every line with a misleading reason each.
        reason = "JSON Lines must be UTF-8, and this starts with a UTF-16 byte-order mark; convert it (iconv -f UTF-16 -t UTF-8)"
        raise IngestError(reason, path=where, code=codes.UNDECODABLE)
    check_not_binary(head, where)
    records = yield from _jsonl_outcomes(rejoined(head, stream), where, settings.max_bytes, outlet)
    if not records:
        raise IngestError("no JSON lines in the input", path=where, code=codes.EMPTY)


def _jsonl_outcomes(handle: IO[bytes], path: str, max_bytes: int, outlet: str | None) -> Iterator[Outcome]:
    # Yields one outcome per non-blank line and returns how many there were.
    records = 0
    for lineno, raw, size in bounded_lines(handle, max_bytes):
        if raw is None:
            records += 1
            reason = too_large_reason("JSON line", size, max_bytes) + "; settings.max_bytes caps each line"
            yield failure(f"{path}:{lineno}", reason, codes.TOO_LARGE)
        elif raw.strip():
            records += 1
            yield _jsonl_outcome(raw, f"{path}:{lineno}", outlet)
    return records


def bounded_lines(handle: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes or None when longer than ``limit``, size) without holding a long line in memory."""
    lineno = 0
    while raw := handle.readline(limit + 1):
        lineno += 1
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield lineno, raw, len(raw)
            continue
        size = len(raw)
        while raw and not raw.endswith(b"\n"):
            raw = handle.readline(1 << 20)
            size += len(raw)
        yield lineno, None, size


def _jsonl_outcome(raw: bytes, where: str, outlet: str | None) -> Outcome:
    try:
        return jsonl_article(raw, where, outlet)
    except IngestError as exc:
        return failure_from(exc, where)


def jsonl_article(raw: bytes, where: str, outlet: str | None = None) -> Article:
    """An article from one JSON line with at least a non-empty string ``text``."""
    record = _json_object(raw, where)
    text = record.get("text")
    if not isinstance(text, str):
        raise IngestError("record has no 'text' string", path=where, code=codes.BAD_RECORD)
    fields = {}
    for key in JSONL_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise IngestError(f"'{key}' must be a string, not {type(value).__name__}", path=where, code=codes.BAD_RECORD)
        fields[key] = replace_invalid_characters(value or "")
    headline, text = headline_and_body(fields.pop("headline"), replace_invalid_characters(text))
    fields["outlet"] = fields["outlet"] or outlet or ""
    fields["published"] = fields["published"] or None
    return make_article(text, headline, source_path=where, **fields)


def _json_object(raw: bytes, where: str) -> dict:
    try:
        record = json.loads(raw.decode("utf-8-sig").strip())
    except UnicodeDecodeError as exc:
        raise IngestError(f"line is not UTF-8 (bad byte at position {exc.start})", path=where, code=codes.UNDECODABLE) from None
    except json.JSONDecodeError as exc:
        raise IngestError(f"invalid JSON: {exc.msg} (column {exc.colno})", path=where, code=codes.BAD_RECORD) from None
    except RecursionError:  # "[[[[..." thousands deep: no article is shaped like that
        raise IngestError("JSON is nested too deeply", path=where, code=codes.BAD_RECORD) from None
    if not isinstance(record, dict):
        raise IngestError(f"expected a JSON object, got {type(record).__name__}", path=where, code=codes.BAD_RECORD)
    return record


# --- any format, from bytes ---------------------------------------------------------------


BytesReader = Callable[[bytes, str, Settings, "str | None"], Iterator[Outcome]]
# Input formats named by the user (``--format``), each with the reader of its bytes.
BYTES_READERS: dict[str, BytesReader] = {
    "html": html_outcomes, "text": text_outcomes, "markdown": markdown_outcomes,
    "jsonl": jsonl_outcomes, "rss": feed_bytes_outcomes,
}
