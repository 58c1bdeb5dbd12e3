"""Full-text search over article headlines and text (SQLite FTS5).

User queries are taken literally by default: every whitespace-separated word must occur,
and a trailing ``*`` makes a word a prefix. Quoting each word means that punctuation,
unbalanced quotes and FTS keywords (AND, NEAR, column:) in user input can never turn into
a syntax error. ``raw=True`` passes FTS5 syntax through for people who want it.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from ..errors import StoreError

MAX_QUERY_CHARS = 1000  # user input is hostile; FTS5 cost grows with the number of phrases
SNIPPET_TOKENS = 16
SEARCH_SQL = """
SELECT a.id, a.headline, a.outlet, snippet(articles_fts, 1, ?, ?, '…', ?)
FROM articles_fts JOIN articles AS a ON a.seq = articles_fts.rowid
WHERE articles_fts MATCH ?
ORDER BY bm25(articles_fts, 2.0, 1.0)
LIMIT ?
"""


class SearchHit(NamedTuple):
    """One search result; ``snippet`` marks matched words with the chosen markers."""

    article_id: str
    headline: str
    outlet: str
    snippet: str


def fts_query(user_query: str) -> str:
    """An FTS5 query matching every word of ``user_query`` literally (trailing * = prefix)."""
    if len(user_query) > MAX_QUERY_CHARS:
        raise StoreError(f"search query is longer than {MAX_QUERY_CHARS} characters")
    phrases = []
    for word in user_query.split():
        prefix = word.endswith("*")
        word = word.rstrip("*").replace("\x00", "")
        if word:
            phrases.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    if not phrases:
        raise StoreError("search query has no words to look for")
    return " ".join(phrases)


def run_search(conn: sqlite3.Connection, query: str, limit: int, raw: bool,
               marks: tuple[str, str]) -> list[SearchHit]:
    """Hits for ``query``, best first; FTS5 syntax errors become StoreError."""
    if limit < 1:
        raise StoreError("search limit must be at least 1")
    match = query if raw else fts_query(query)
    try:
        rows = conn.execute(SEARCH_SQL, (marks[0], marks[1], SNIPPET_TOKENS, match, limit)).fetchall()
    except sqlite3.OperationalError as exc:
        hint = " (FTS5 syntax; leave out raw=True to search for the words literally)" if raw else ""
        raise StoreError(f"bad search query {query!r}: {exc}{hint}") from exc
    return [SearchHit(*row) for row in rows]
