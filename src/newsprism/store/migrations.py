"""Versioned schema migrations: small registered functions, applied in order.

Each migration runs in its own ``BEGIN IMMEDIATE`` transaction together with the
``PRAGMA user_version`` bump, so a crash leaves the database at the previous version and
two processes opening the same file at once cannot both apply it (the second one waits,
then sees the new version and skips). Never edit a released migration: add a new one.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

from ..errors import StoreError

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: dict[int, Migration] = {}


def migration(version: int) -> Callable[[Migration], Migration]:
    """Register ``fn`` as the migration that brings the schema to ``version``."""

    def register(fn: Migration) -> Migration:
        if version in MIGRATIONS:
            raise ValueError(f"migration {version} is registered twice")
        MIGRATIONS[version] = fn
        return fn

    return register


def latest_version() -> int:
    """The schema version this code writes."""
    return max(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in the database file (0 for a new file)."""
    return conn.execute("PRAGMA user_version").fetchone()[0]


def apply_migrations(conn: sqlite3.Connection, target: int | None = None) -> list[int]:
    """Bring the schema up to ``target`` (default: latest); returns the versions applied.

    ``conn`` must be in autocommit mode (``isolation_level=None``). Idempotent.
    """
    target = latest_version() if target is None else target
    versions = sorted(MIGRATIONS)
    if versions != list(range(1, len(versions) + 1)):
        raise StoreError(f"migrations must be numbered 1..n without gaps, got {versions}")
    return [v for v in versions if v <= target and _apply_one(conn, v)]


def _apply_one(conn: sqlite3.Connection, version: int) -> bool:
    if schema_version(conn) >= version:  # checked before locking, so opening an up-to-date file never waits
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        if schema_version(conn) >= version:  # already there, maybe applied by another process
            conn.execute("ROLLBACK")
            return False
        MIGRATIONS[version](conn)
        conn.execute(f"PRAGMA user_version = {int(version)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return True


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Execute each statement of ``script`` inside the current transaction.

    ``executescript`` would COMMIT first, breaking the one-transaction-per-migration rule.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise StoreError(f"incomplete SQL statement in migration: {pending.strip()[:60]}")


@migration(1)
def _articles_and_analyses(conn: sqlite3.Connection) -> None:
    """Ingested articles, ingest failures, and per-article analysis records."""
    run_script(conn, """
    -- seq aliases the rowid so the FTS index (keyed by rowid) survives VACUUM; id is the key.
    CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        headline TEXT NOT NULL DEFAULT '',
        outlet TEXT NOT NULL DEFAULT '',
        byline TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        published TEXT,
        language TEXT NOT NULL DEFAULT 'en',
        source_path TEXT NOT NULL DEFAULT '',
        ingested_at TEXT NOT NULL DEFAULT '',
        body_start INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE failures (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL,
        reason TEXT NOT NULL,
        code TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT '',
        seen INTEGER NOT NULL DEFAULT 1,
        UNIQUE (path, reason)
    );
    CREATE TABLE analyses (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        pipeline TEXT NOT NULL DEFAULT '',
        analyzed_at TEXT NOT NULL DEFAULT '',
        sentences TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        kind TEXT NOT NULL,
        canonical_id TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL,
        UNIQUE (article_id, idx)
    );
    CREATE INDEX entities_canonical_id ON entities(canonical_id);
    CREATE INDEX entities_kind ON entities(kind);
    CREATE TABLE statements (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        content_start INTEGER NOT NULL,
        content_end INTEGER NOT NULL,
        speaker_id TEXT NOT NULL DEFAULT '',
        speaker_name TEXT NOT NULL DEFAULT '',
        sourcing TEXT NOT NULL,
        kind TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (article_id, idx)
    );
    CREATE INDEX statements_speaker_id ON statements(speaker_id);
    CREATE INDEX statements_sourcing ON statements(sourcing);
    CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        holder TEXT NOT NULL,
        modality TEXT NOT NULL,
        position TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (article_id, idx)
    );
    CREATE INDEX claims_modality ON claims(modality);
    CREATE INDEX claims_holder ON claims(holder);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        type TEXT NOT NULL,
        mode TEXT NOT NULL DEFAULT '',
        score REAL,
        actor_codes TEXT NOT NULL DEFAULT '',
        recipient_codes TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL,
        UNIQUE (article_id, idx)
    );
    CREATE INDEX events_type ON events(type);
    """)


@migration(2)
def _comparison_tables(conn: sqlite3.Connection) -> None:
    """Stories, claim links, verdicts, headline checks and outlet profiles (replaced as a whole)."""
    run_script(conn, """
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        idx INTEGER NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        first_published TEXT,
        last_published TEXT,
        data TEXT NOT NULL
    );
    CREATE TABLE story_articles (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        PRIMARY KEY (story_id, article_id)
    );
    CREATE INDEX story_articles_article_id ON story_articles(article_id);
    CREATE TABLE claim_links (
        id INTEGER PRIMARY KEY,
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        a_article_id TEXT NOT NULL,
        a_start INTEGER NOT NULL,
        a_end INTEGER NOT NULL,
        b_article_id TEXT NOT NULL,
        b_start INTEGER NOT NULL,
        b_end INTEGER NOT NULL,
        relation TEXT NOT NULL,
        score REAL,
        data TEXT NOT NULL
    );
    CREATE INDEX claim_links_story_id ON claim_links(story_id);
    CREATE INDEX claim_links_a ON claim_links(a_article_id);
    CREATE INDEX claim_links_b ON claim_links(b_article_id);
    CREATE TABLE verdicts (
        id INTEGER PRIMARY KEY,
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        grp INTEGER NOT NULL,
        verdict TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL
    );
    CREATE INDEX verdicts_story_id ON verdicts(story_id);
    CREATE TABLE headline_checks (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        stance TEXT NOT NULL,
        score REAL,
        data TEXT NOT NULL
    );
    CREATE TABLE outlets (
        outlet TEXT PRIMARY KEY,
        articles INTEGER NOT NULL,
        named_source_rate REAL,
        vague_sourcing_rate REAL,
        speculation_rate REAL,
        headline_consistency REAL,
        novelty REAL,
        derived_rate REAL,
        data TEXT NOT NULL
    );
    """)


@migration(3)
def _article_search(conn: sqlite3.Connection) -> None:
    """FTS5 index over headline and text, kept in step with ``articles`` by triggers."""
    run_script(conn, """
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        headline, text, content='articles', content_rowid='seq',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, headline, text) VALUES (new.seq, new.headline, new.text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, headline, text)
        VALUES ('delete', old.seq, old.headline, old.text);
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, headline, text)
        VALUES ('delete', old.seq, old.headline, old.text);
        INSERT INTO articles_fts(rowid, headline, text) VALUES (new.seq, new.headline, new.text);
    END;
    -- index the articles written before this migration
    INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
    """)


@migration(4)
def _comparison_stamp(conn: sqlite3.Connection) -> None:
    """A key-value ``meta`` table (the comparison stamp lives there) and a content hash per analysis.

    The comparison stamp hashes what a comparison read; the content hash lets it name an
    analysis exactly without reading its records. Analyses saved before this have none ('').
    """
    run_script(conn, """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    ALTER TABLE analyses ADD COLUMN content_hash TEXT NOT NULL DEFAULT '';
    """)
