"""RSS 2.0 / RSS 1.0 / Atom feeds via feedparser: entries with full content become articles.

"Full content" means the entry's content:encoded / atom:content (or, when a feed has none, its
description/summary) converts to at least FULL_CONTENT_MIN_CHARS characters of text. Shorter
entries are teasers that link to the page; they are skipped and counted, not failures.

At most ``settings.max_feed_entries`` entries of one feed are read; the feed is cut before parsing
(see feed_cap) and the cut is recorded as one TOO_MANY_ENTRIES failure naming the feed.
"""

from __future__ import annotations

import codecs
import io
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import feedparser
import lxml.html
from lxml import etree

from ..config import Settings
from ..errors import IngestError
from . import codes
from .article import make_article
from .decode import SNIFF_BYTES, decode_text, read_limited, replace_invalid_characters
from .feed_cap import cut_after_entries
from .headline import headline_and_body
from .normalize import normalise_text
from .outcomes import Outcome, Skipped, failure, failure_from

FULL_CONTENT_MIN_CHARS = 300
# A comment body cannot contain "-->": each comment then matches one way only. With a lazy ".*?"
# a run of comments could be split in exponentially many ways, so "<!--a-->" * 40 took hours.
_FEED_ROOT = re.compile(
    rb"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--(?:(?!-->).)*-->\s*|<!DOCTYPE[^>]*>\s*|<\?[^>]*\?>\s*)*<(?:rss|feed|rdf:RDF)\b",
    re.DOTALL,
)
_BLOCK_TAGS = ("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "pre", "table", "tr", "section", "article", "figure", "figcaption", "hr", "header", "footer")
_DROPPED_TAGS = ("script", "style", "noscript", "iframe", "object", "embed", "template")
_WHITESPACE = re.compile(r"\s+")
_CHARACTER_REFERENCE = re.compile(rb"&#([xX][0-9a-fA-F]{1,16}|[0-9]{1,24});")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_XML_DECLARED_ENCODING = re.compile(rb"""\A(\s*<\?xml[^>]*?\bencoding\s*=\s*)(["'])[A-Za-z0-9_.:-]*\2""")


def looks_like_feed(data: bytes) -> bool:
    """True when the bytes start (after an XML declaration, comments, doctype) with <rss>, <feed> or <rdf:RDF>."""
    sample = data[:SNIFF_BYTES]
    if sample.startswith(_UTF16_BOMS):
        sample = sample.decode("utf-16", errors="replace").encode("utf-8")
    return bool(_FEED_ROOT.match(sample.lstrip(b"\xef\xbb\xbf")))


def read_feed_file(path: Path, settings: Settings, outlet: str | None = None) -> Iterator[Outcome]:
    """Articles from the full-content entries of an RSS or Atom file."""
    yield from feed_bytes_outcomes(read_limited(path, settings.max_bytes), str(path), settings, outlet or path.stem)


def feed_bytes_outcomes(data: bytes, where: str, settings: Settings, outlet: str | None = None) -> Iterator[Outcome]:
    """Articles from the full-content entries of an RSS or Atom feed given as bytes (a file or stdin)."""
    text = decode_text(data, where, markup=True)  # binary / charset checks with our reasons
    if data.startswith(_UTF16_BOMS):
        data = utf8_feed(text)
    if not looks_like_feed(data):
        raise IngestError("content is not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)", path=where, code=codes.BAD_FEED)
    yield from feed_outcomes(data, where, outlet or "", settings.max_feed_entries)


def utf8_feed(text: str) -> bytes:
    """The feed ``text`` as UTF-8 bytes, its XML declaration naming UTF-8 instead of the encoding it was read from.

    The entry cap and the character-reference repair read the bytes as ASCII-compatible, and
    feedparser would decode by the old declaration; a UTF-16 feed has a NUL beside every letter.
    """
    return _XML_DECLARED_ENCODING.sub(rb'\1"utf-8"', text.encode("utf-8"), count=1)


def feed_outcomes(data: bytes, source_path: str, default_outlet: str,
                  max_entries: int = Settings.max_feed_entries) -> Iterator[Outcome]:
    """One outcome per entry of the feed in ``data`` up to ``max_entries``, then a failure for any cut."""
    data = _CHARACTER_REFERENCE.sub(_valid_reference, data)
    cut = cut_after_entries(data, max_entries)
    parsed = _parse_feed(cut.data if cut else data, source_path)
    if not parsed.entries and not cut:
        raise IngestError(_no_entries_reason(parsed), path=source_path, code=codes.BAD_FEED)
    outlet = normalise_text(parsed.feed.get("title", "")) or default_outlet
    feed_language = parsed.feed.get("language")  # RSS <language>, Atom xml:lang on the feed
    for number, entry in enumerate(parsed.entries[:max_entries], start=1):
        where = f"{source_path}#entry-{number}"
        try:
            yield entry_outcome(entry, where, outlet, feed_language)
        except IngestError as exc:
            yield failure_from(exc, where)
    if cut or len(parsed.entries) > max_entries:
        yield _entries_cut_failure(source_path, max_entries, cut.entry_tags if cut else len(parsed.entries), bool(cut))


def _entries_cut_failure(source_path: str, max_entries: int, total: int, counted_by_tag: bool) -> Outcome:
    # One failure for the whole feed, so the entries that were not read are visible in `newsprism failures`.
    counted = f"{total} <item>/<entry> tags" if counted_by_tag else f"{total} entries"
    reason = (f"feed has more entries than settings.max_feed_entries ({max_entries}): {counted}; "
              f"only the first {max_entries} entries were read")
    return failure(source_path, reason, codes.TOO_MANY_ENTRIES)


def _parse_feed(data: bytes, source_path: str):
    # A stream, never a string: feedparser would fetch a string that looks like a URL.
    stream = io.BytesIO(data)
    try:
        return feedparser.parse(stream, sanitize_html=True, resolve_relative_uris=False)
    except (ValueError, OverflowError, RecursionError) as exc:  # feedparser's own failures on hostile markup
        raise IngestError(f"cannot parse the feed: {type(exc).__name__}", path=source_path, code=codes.BAD_FEED) from None


def _valid_reference(match: re.Match) -> bytes:
    # feedparser's lenient parser raises on "&#x110000;", "&#99999999999;" and surrogates ("&#xD800;"),
    # which name no character: they become U+FFFD, as an HTML parser would make them.
    digits = match.group(1)
    value = int(digits[1:], 16) if digits[:1] in (b"x", b"X") else int(digits)
    return match.group(0) if 0 < value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF else b"&#xFFFD;"


def _no_entries_reason(parsed) -> str:
    if parsed.get("bozo") and not parsed.get("version"):
        problem = str(parsed.get("bozo_exception", "")).strip() or "unknown error"
        return f"cannot parse the feed: {problem}"
    return "feed has no entries"


def entry_outcome(entry, where: str, outlet: str, feed_language: str | None = None) -> Outcome:
    """An Article for an entry with full content, else a Skipped teaser."""
    text = entry_text(entry)
    if len(text) < FULL_CONTENT_MIN_CHARS:
        return Skipped(where, f"entry has only {len(text)} characters of text (a summary, not full content)")
    # A NUL or a lone surrogate from an escape that reached the parsed strings becomes U+FFFD.
    clean = replace_invalid_characters
    title, text = headline_and_body(clean(entry.get("title", "")), clean(text))
    return make_article(
        text, title, outlet=clean(outlet), byline=clean(entry.get("author", "")), url=clean(entry.get("link", "")),
        published=_entry_date(entry), language=entry_language(entry) or feed_language, source_path=where,
    )


def entry_language(entry) -> str | None:
    """The language an entry's content or summary declares (Atom xml:lang), if any."""
    blocks = list(entry.get("content") or []) + [entry.get("summary_detail") or {}]
    return next((block["language"] for block in blocks if block.get("language")), None)


def entry_text(entry) -> str:
    """The plain text of the entry's longest content block, else of its summary."""
    blocks = list(entry.get("content") or [])
    if not blocks and entry.get("summary_detail"):
        blocks = [entry["summary_detail"]]
    texts = [_block_text(block) for block in blocks]
    return max(texts, key=len, default="")


def _block_text(block) -> str:
    value = block.get("value") or ""
    if "html" in (block.get("type") or "text/html"):
        return html_to_text(value)
    return normalise_text(value)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block element."""
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return normalise_text(fragment)
    for element in list(root.iter(*_DROPPED_TAGS)):
        element.drop_tree()
    _mark_blocks(root)
    lines = (line.strip() for line in root.text_content().split("\n"))
    return normalise_text("\n".join(lines))


def _mark_blocks(root) -> None:
    # HTML whitespace is insignificant inside a paragraph; block boundaries become blank lines.
    for element in root.iter(tag=etree.Element):
        element.text = _WHITESPACE.sub(" ", element.text or "")
        element.tail = _WHITESPACE.sub(" ", element.tail or "")
    for element in root.iter(*_BLOCK_TAGS):
        if element.tag == "br":
            element.tail = "\n" + element.tail
            continue
        element.text = "\n\n" + element.text
        element.tail = "\n\n" + element.tail


def _entry_date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat()
    return entry.get("published") or entry.get("updated") or None
