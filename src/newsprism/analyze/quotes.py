"""Quotation marks: find quoted segments (curly or straight, across sentences and paragraphs).

Newswire style leaves a multi-paragraph quote open at the end of each paragraph and reopens
it at the start of the next; an opening mark that is never closed runs to the end of its
paragraph. Single quotes are ignored because they collide with apostrophes.
"""

from __future__ import annotations

import re

OPENING = "“«„"
CLOSING = "”»‟"
STRAIGHT = '"'
QUOTE_MARKS = OPENING + CLOSING + STRAIGHT
_PARAGRAPH = re.compile(r"\n\s*\n")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph (blocks separated by blank lines)."""
    spans, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


# Curly and straight marks, plus the typewriter pairs ``...'' and ''...'' some outlets use.
_MARK = re.compile(r"``|''|[“”«»„‟\"]")


def _segments_in(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], bool]:
    """Quoted segments of one paragraph (marks included) and whether a quote is left open."""
    segments, open_at = [], None
    for match in _MARK.finditer(text, start, end):
        mark = match.group()
        if mark in OPENING or mark == "``" or (mark in (STRAIGHT, "''") and open_at is None):
            if open_at is None:
                open_at = match.start()
        elif open_at is not None:
            segments.append((open_at, match.end()))
            open_at = None
    if open_at is not None:
        segments.append((open_at, end))
    return segments, open_at is not None


def quote_segments(text: str) -> list[tuple[int, int]]:
    """Quoted segments of ``text`` in order, joined across paragraphs when newswire style continues them."""
    merged: list[tuple[int, int]] = []
    left_open = False
    for start, end in paragraphs(text):
        segments, still_open = _segments_in(text, start, end)
        if left_open and segments and merged and segments[0][0] == _first_char(text, start):
            merged[-1] = (merged[-1][0], segments[0][1])
            segments = segments[1:]
        merged.extend(segments)
        left_open = still_open
    return merged


def _first_char(text: str, start: int) -> int:
    """Offset of the first non-space character at or after ``start``."""
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def segment_at(segments: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The quoted segment containing ``offset``, if any."""
    for start, end in segments:
        if start <= offset < end:
            return (start, end)
        if start > offset:
            break
    return None


def quoted_share(segments: list[tuple[int, int]], start: int, end: int) -> float:
    """The fraction of ``[start, end)`` that lies inside quotation marks."""
    if end <= start:
        return 0.0
    inside = sum(max(0, min(end, b) - max(start, a)) for a, b in segments)
    return inside / (end - start)
