"""Standard input as an ingest source: ``-`` among the paths reads piped bytes in a given or detected format.

The layers are small so each can be tested without the real stdin: ``read_stream`` reads a
binary stream under the size cap, ``detect_format`` guesses the format from the first bytes,
``outcomes_from_bytes`` hands bytes to the reader of a format (the same readers files use),
and ``stdin_outcomes`` ties them together for the Ingestor. JSON Lines are the exception to
reading whole: they stream line by line through the JSONL file reader, each line capped.
"""

from __future__ import annotations

import codecs
import io
import re
import sys
from dataclasses import dataclass
from typing import BinaryIO, Iterator, Union

from ..config import Settings
from ..errors import ConfigError, IngestError
from . import codes
from .decode import SNIFF_BYTES, format_size, read_up_to, rejoined
from .feeds import looks_like_feed
from .outcomes import Outcome
from .readers import BYTES_READERS, jsonl_stream_outcomes

STDIN = "-"  # the path that means standard input, as in cat, curl and trafilatura
STDIN_NAME = "<stdin>"  # the source_path of articles and failures from standard input
INPUT_FORMATS = ("auto",) + tuple(BYTES_READERS)
_HTML_START = re.compile(r"<!doctype\s+html\b|<html\b", re.IGNORECASE)
_HTML_TAG = re.compile(r"<(?:html|head|body|title|meta|article|main|section|div|p|h1|h2)\b[^<>]*>", re.IGNORECASE)
_HTML_DOCUMENT_TAG = re.compile(r"<(?:head|body)\b[^<>]*>", re.IGNORECASE)

StdinData = Union[bytes, BinaryIO, None]


@dataclass(frozen=True)
class StdinSource:
    """What ``-`` reads: bytes or a binary stream (None: ``sys.stdin.buffer``) and its format."""

    data: StdinData = None
    format: str = "auto"


def check_format(fmt: str) -> str:
    """``fmt`` when it names an input format; ConfigError otherwise."""
    if fmt not in INPUT_FORMATS:
        raise ConfigError(f"unknown input format {fmt!r}: choose {', '.join(INPUT_FORMATS)}")
    return fmt


def stdin_source(data: StdinData = None, fmt: str | None = None) -> StdinSource:
    """The source ``-`` reads: ``data`` (None: the process's standard input) as ``fmt`` (None: auto)."""
    return StdinSource(data, check_format(fmt or "auto"))


def detect_format(data: bytes) -> str:
    """jsonl for "{", rss for a feed or XML declaration, html for a page or typical tags, else text."""
    head = _sniff_text(data).lstrip()
    if head.startswith("{"):
        return "jsonl"
    if looks_like_feed(data):
        return "rss"
    if _looks_like_html(head):
        return "html"
    return "rss" if head.startswith("<?xml") else "text"


def _looks_like_html(head: str) -> bool:
    # A bare fragment ("<article><p>...") counts only when it starts with a tag, so prose that
    # mentions "<p>" stays text; <head>/<body> anywhere mean a page (also XHTML after <?xml).
    if _HTML_START.match(head) or _HTML_DOCUMENT_TAG.search(head):
        return True
    return head.startswith("<") and not head.startswith("<?xml") and bool(_HTML_TAG.search(head))


def _sniff_text(data: bytes) -> str:
    sample = data[:SNIFF_BYTES]
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if sample.startswith(bom):
            return sample.decode(encoding, errors="ignore")
    return sample.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="ignore")


def read_stream(stream: BinaryIO, max_bytes: int, where: str = STDIN_NAME) -> bytes:
    """All bytes of ``stream``, refusing a terminal, nothing at all, and more than ``max_bytes``."""
    _refuse_terminal(stream, where)
    return check_input_bytes(read_up_to(stream, max_bytes + 1), max_bytes, where)


def _refuse_terminal(stream: BinaryIO, where: str) -> None:
    if _is_terminal(stream):
        raise IngestError(f"standard input is a terminal; pipe articles in, e.g. `cat article.txt | newsprism ingest {STDIN}`",
                          path=where, code=codes.EMPTY)


def check_input_bytes(data: bytes, max_bytes: int, where: str = STDIN_NAME) -> bytes:
    """``data`` when it holds something and is within ``max_bytes``; IngestError otherwise."""
    if len(data) > max_bytes:
        # Reading stopped at the limit, so the full size is unknown.
        reason = f"standard input is larger than the {format_size(max_bytes)} limit (settings.max_bytes); reading stopped there"
        raise IngestError(reason, path=where, code=codes.TOO_LARGE)
    if not data.strip():
        raise IngestError("standard input is empty", path=where, code=codes.EMPTY)
    return data


def _is_terminal(stream: BinaryIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def outcomes_from_bytes(data: bytes, fmt: str, settings: Settings, outlet: str | None = None,
                        where: str = STDIN_NAME) -> Iterator[Outcome]:
    """Outcomes from ``data`` read as ``fmt`` ("auto" detects it) by that format's reader."""
    fmt = check_format(fmt)
    reader = BYTES_READERS[detect_format(data) if fmt == "auto" else fmt]
    yield from reader(data, where, settings, outlet)


def stdin_outcomes(source: StdinSource, settings: Settings, outlet: str | None = None) -> Iterator[Outcome]:
    """Outcomes from the bytes or stream of ``source`` (the process's stdin when it names none).

    JSON Lines stream line by line, each line capped at ``settings.max_bytes`` as in a JSONL file;
    every other format is one document, read whole under that cap.
    """
    data = source.data if source.data is not None else _process_stdin()
    stream = io.BytesIO(bytes(data)) if isinstance(data, (bytes, bytearray)) else data
    _refuse_terminal(stream, STDIN_NAME)
    head = read_up_to(stream, SNIFF_BYTES)
    fmt = detect_format(head) if source.format == "auto" else source.format
    if fmt == "jsonl" and head.strip():
        yield from jsonl_stream_outcomes(rejoined(head, stream), STDIN_NAME, settings, outlet)
        return
    whole = head + read_up_to(stream, settings.max_bytes + 1 - len(head))
    yield from BYTES_READERS[fmt](check_input_bytes(whole, settings.max_bytes), STDIN_NAME, settings, outlet)


def _process_stdin() -> BinaryIO:
    # Looked up at read time: test runners and embedding apps replace sys.stdin.
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise IngestError("there is no standard input to read", path=STDIN_NAME, code=codes.UNREADABLE)
    return stream
