"""Excerpts of article text shown to readers: cut at a word, and marked as cut."""

from __future__ import annotations


def clipped(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, with "…" when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    return (cut.rsplit(None, 1)[0] if " " in cut.strip() else cut).rstrip(" ,;:") + "…"


def sentence_excerpt(text: str, limit: int) -> str:
    """A sentence quoted in a reason: without the dash a dateline leaves on it ("— Three aid
    workers ..."), and clipped."""
    return clipped(text.strip().lstrip("—–- ").strip(), limit)
