"""Declared headlines (JSONL field, front matter, feed entry title, HTML title) held to a headline's size."""

from __future__ import annotations

from .normalize import normalise_line

# Real headlines run to a few hundred characters; a "headline" longer than this is a paragraph (or
# hostile input), and as a title it would be shown whole and compared whole with every other story.
MAX_DECLARED_HEADLINE_CHARS = 1_000


def headline_and_body(headline: str, body: str) -> tuple[str, str]:
    """(headline, body) as declared, or ("", body) with an over-long headline kept as the body's first paragraph."""
    if len(headline) <= MAX_DECLARED_HEADLINE_CHARS or len(normalise_line(headline)) <= MAX_DECLARED_HEADLINE_CHARS:
        return headline, body
    return "", f"{headline}\n\n{body}"
