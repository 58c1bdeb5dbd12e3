"""The newsprism database: one SQLite file holding articles, analyses and comparisons.

A single writer: every write goes through a ``Store`` method, each in one ``BEGIN IMMEDIATE``
transaction, and one process writes at a time (a second writer waits up to ``busy_timeout``
seconds, then gets a StoreError). WAL mode lets readers carry on while the writer works.
A ``Store`` (like its sqlite3 connection) belongs to the thread that opened it; opening
another one is cheap. Streaming reads page through the table by key, so callers may write
between the items they receive.
"""

from __future__ import annotations

import json
import sqlite3
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional
from urllib.parse import quote

from ..errors import NotFoundError, StoreError
from ..records import (
    Article,
    ArticleAnalysis,
    ClaimLink,
    HeadlineCheck,
    IngestFailure,
    OutletProfile,
    Span,
    Story,
    Verdict,
)
from .layout import record_from_dict
from .migrations import apply_migrations, latest_version, schema_version
from .search import SearchHit, run_search
from .tables import (
    ANALYSIS_TABLES,
    ARTICLE_COLUMNS,
    CLAIM_LINKS,
    COMPARISON_TABLES,
    FAILURE_COLUMNS,
    HEADLINE_CHECKS,
    KINDS,
    OUTLETS,
    SPECS,
    STORIES,
    VERDICTS,
    TableSpec,
    content_hash,
    dumps,
    record_row,
)

BUSY_TIMEOUT = 30.0  # seconds a writer waits for another process's transaction
MIN_PREFIX = 6  # shortest id prefix accepted for lookups, as with git
PAGE = 500  # rows fetched per page by streaming reads
ARTICLE_BATCH = 1000  # articles per transaction in add_articles
COMPARISON_STAMP = "comparison_stamp"  # key in the meta table
COUNTED_TABLES = ("articles", "failures", "analyses") + tuple(SPECS) + ("story_articles",)


class QueryRows:
    """The rows of one read-only query, read in full: iterate, or ``fetchall`` / ``fetchone`` as with a cursor."""

    def __init__(self, rows: list[tuple], description: Any):
        self.rows = rows
        self.description = description
        self._next = 0

    def __iter__(self) -> Iterator[tuple]:
        while self._next < len(self.rows):
            self._next += 1
            yield self.rows[self._next - 1]

    def fetchone(self) -> Optional[tuple]:
        """The next row, or None when all were read."""
        return next(iter(self), None)

    def fetchall(self) -> list[tuple]:
        """The rows not read yet."""
        rest, self._next = self.rows[self._next :], len(self.rows)
        return rest


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """Typed reads and transactional writes over one newsprism SQLite database."""

    def __init__(self, conn: sqlite3.Connection, path: str):
        self._conn = conn
        self.path = path

    # -- opening and closing ---------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, busy_timeout: float = BUSY_TIMEOUT) -> "Store":
        """Open (creating and migrating if needed) the database at ``path``; ":memory:" works."""
        path = str(path)
        try:
            conn = _connect(path, readonly, busy_timeout)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database: {exc}", path=path) from exc
        try:
            _prepare(conn, path, readonly, busy_timeout)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def query(self, sql: str, params: Iterable[Any] | dict = ()) -> "QueryRows":
        """Run one read-only statement (``SELECT`` or ``WITH``) and return its rows.

        For presentation queries that the Store's own methods do not cover; writes go
        through the methods, one transaction each, and are refused here. The rows are read
        in full while the connection is read-only: switching ``query_only`` back off with a
        statement still running aborts it ("abort due to ROLLBACK") in compound queries.
        """
        if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
            raise StoreError("Store.query runs SELECT statements only", path=self.path)
        self._conn.execute("PRAGMA query_only = ON")  # "WITH ... DELETE" starts with WITH too
        try:
            cursor = self._conn.execute(sql, params)
            return QueryRows(cursor.fetchall(), cursor.description)
        except sqlite3.Error as exc:
            raise StoreError(f"query failed: {exc}", path=self.path) from exc
        finally:
            self._conn.execute("PRAGMA query_only = OFF")

    @property
    def version(self) -> int:
        """The schema version of the open database."""
        return schema_version(self._conn)

    @property
    def journal_mode(self) -> str:
        """SQLite's journal mode: "wal" for files ("memory" for ":memory:")."""
        return self._conn.execute("PRAGMA journal_mode").fetchone()[0]

    @contextmanager
    def _write(self, what: str) -> Iterator[sqlite3.Connection]:
        """One write transaction; any failure rolls all of it back."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot {what}: {exc} (is another process writing?)", path=self.path) from exc
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except (sqlite3.Error, UnicodeError) as exc:  # UnicodeError: lone surrogates cannot be UTF-8
            self._conn.execute("ROLLBACK")
            raise StoreError(f"cannot {what}: {exc}", path=self.path) from exc
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise

    # -- articles and failures -------------------------------------------------------

    def add_articles(self, articles: Iterable[Article]) -> int:
        """Insert or update articles keyed by id; returns how many were new."""
        new = 0
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= ARTICLE_BATCH:
                new += self._add_article_batch(batch)
                batch = []
        return new + (self._add_article_batch(batch) if batch else 0)

    def _add_article_batch(self, batch: list[Article]) -> int:
        new = 0
        with self._write("add articles") as conn:
            for article in batch:
                new += _upsert_article(conn, article)
        return new

    def add_failure(self, failure: IngestFailure) -> bool:
        """Record an ingest failure; the same path and reason again only updates it. True if new."""
        row = {name: getattr(failure, name) for name in FAILURE_COLUMNS}
        row["at"] = row["at"] or _now()
        with self._write("record failure") as conn:
            known = conn.execute("SELECT 1 FROM failures WHERE path = :path AND reason = :reason", row).fetchone()
            conn.execute(
                "INSERT INTO failures (path, reason, code, at) VALUES (:path, :reason, :code, :at) "
                "ON CONFLICT (path, reason) DO UPDATE SET code = excluded.code, at = excluded.at, seen = seen + 1",
                row,
            )
        return known is None

    def article(self, article_id: str) -> Article:
        """The article with this id or unique id prefix (at least 6 characters)."""
        full_id = self._resolve("articles", "id", article_id, "article")
        row = self._conn.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE id = ?", (full_id,)).fetchone()
        return _article(row)

    def articles(self, outlet: Optional[str] = None) -> Iterator[Article]:
        """Every article in insertion order (optionally only one outlet's), streamed."""
        where, params = ("outlet = ?", (outlet,)) if outlet is not None else ("1", ())
        return self._articles_where(where, params)

    def pending_articles(self) -> Iterator[Article]:
        """Articles with no analysis yet, in insertion order: what an interrupted run still has to do."""
        return self._articles_where("NOT EXISTS (SELECT 1 FROM analyses WHERE article_id = articles.id)", ())

    def articles_analysed_by_another_pipeline(self, stamp: str) -> Iterator[Article]:
        """Articles whose stored analysis was made by a pipeline other than ``stamp``, in insertion order."""
        return self._articles_where(
            "EXISTS (SELECT 1 FROM analyses WHERE article_id = articles.id AND pipeline != ?)", (stamp,))

    def _articles_where(self, where: str, params: tuple) -> Iterator[Article]:
        sql = (f"SELECT seq, {', '.join(ARTICLE_COLUMNS)} FROM articles "
               f"WHERE ({where}) AND seq > ? ORDER BY seq LIMIT {PAGE}")
        for row in self._pages(sql, params):
            yield _article(row[1:])

    def failures(self) -> list[IngestFailure]:
        """Every recorded ingest failure, oldest first."""
        rows = self._conn.execute(f"SELECT {', '.join(FAILURE_COLUMNS)} FROM failures ORDER BY id")
        return [IngestFailure(*row) for row in rows]

    def search(self, query: str, limit: int = 20, *, raw: bool = False,
               marks: tuple[str, str] = ("[", "]")) -> list[SearchHit]:
        """Articles matching every word of ``query`` (FTS5 syntax if ``raw``), best first."""
        return run_search(self._conn, query, limit, raw, marks)

    # -- analyses --------------------------------------------------------------------

    def save_analysis(self, analysis: ArticleAnalysis, analyzed_at: str = "") -> None:
        """Write an analysis and all its records in one transaction, replacing any earlier one."""
        article_id = analysis.article_id
        with self._write(f"save analysis of {article_id}") as conn:
            if not conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
                raise StoreError(f"cannot save analysis: no article {article_id!r} in the store", path=self.path)
            conn.execute("DELETE FROM analyses WHERE article_id = ?", (article_id,))  # cascades to records
            sentences = dumps([{"start": s.start, "end": s.end, "text": s.text} for s in analysis.sentences],
                              f"sentences of {article_id}")
            rows = {spec: list(_analysis_rows(spec, analysis)) for spec in ANALYSIS_TABLES}
            conn.execute("INSERT INTO analyses (article_id, pipeline, analyzed_at, sentences, content_hash) "
                         "VALUES (?, ?, ?, ?, ?)", (article_id, analysis.pipeline, analyzed_at or _now(), sentences,
                                                    content_hash(sentences, rows)))
            for spec, spec_rows in rows.items():
                conn.executemany(spec.insert_sql(), spec_rows)

    def analysed_ids(self) -> set[str]:
        """Ids of the articles that have an analysis."""
        return {row[0] for row in self._conn.execute("SELECT article_id FROM analyses")}

    def analysis(self, article_id: str) -> ArticleAnalysis:
        """The stored analysis of an article (id or prefix); empty if it was not analysed yet."""
        full_id = self._resolve("articles", "id", article_id, "article")
        row = self._conn.execute("SELECT pipeline, sentences FROM analyses WHERE article_id = ?", (full_id,)).fetchone()
        if row is None:
            return ArticleAnalysis(article_id=full_id)
        parts = {spec.name: tuple(self._analysis_records(spec, full_id)) for spec in ANALYSIS_TABLES}
        sentences = tuple(record_from_dict(Span, s) for s in json.loads(row[1]))
        return ArticleAnalysis(article_id=full_id, pipeline=row[0], sentences=sentences, **parts)

    def _analysis_records(self, spec: TableSpec, article_id: str) -> Iterator[Any]:
        rows = self._conn.execute(f"SELECT data FROM {spec.name} WHERE article_id = ? ORDER BY idx", (article_id,))
        return (record_from_dict(spec.record, json.loads(data)) for (data,) in rows)

    # -- comparison ------------------------------------------------------------------

    def save_comparison(self, stories: Iterable[Story], claim_links: Iterable[ClaimLink] = (),
                        verdicts: Iterable[Verdict] = (), headline_checks: Iterable[HeadlineCheck] = (),
                        outlet_profiles: Iterable[OutletProfile] = (), stamp: str = "") -> None:
        """Replace every comparison table and the comparison stamp in one transaction.

        ``stamp`` names the inputs the comparison was computed from (see ``comparison_stamp``);
        a comparison saved without one is never taken as up to date.
        """
        groups = (stories, claim_links, verdicts, headline_checks, outlet_profiles)
        with self._write("save comparison") as conn:
            for spec in reversed(COMPARISON_TABLES):
                conn.execute(f"DELETE FROM {spec.name}")  # story_articles cascade from stories
            for spec, records in zip(COMPARISON_TABLES, groups):
                self._insert_comparison(conn, spec, records)
            # same transaction as the results: an interrupted save leaves the old stamp with the old results
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (COMPARISON_STAMP, stamp))

    def comparison_stamp(self) -> str:
        """The stamp saved with the stored comparison ('' when there is none or it was saved without one)."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (COMPARISON_STAMP,)).fetchone()
        return row[0] if row else ""

    def comparison_inputs(self) -> Iterator[tuple[Article, str]]:
        """Every article in insertion order with its analysis's key ('' if none): what a comparison reads.

        The key is the pipeline stamp and content hash (older analyses have no hash: their time instead)."""
        analysis_key = ("coalesce(analyses.pipeline || char(31) || CASE WHEN analyses.content_hash != '' "
                        "THEN analyses.content_hash ELSE analyses.analyzed_at END, '')")
        columns = ", ".join(f"articles.{name}" for name in ARTICLE_COLUMNS)
        sql = (f"SELECT articles.seq, {columns}, {analysis_key} FROM articles "
               f"LEFT JOIN analyses ON analyses.article_id = articles.id "
               f"WHERE articles.seq > ? ORDER BY articles.seq LIMIT {PAGE}")
        for row in self._pages(sql, ()):
            yield _article(row[1:-1]), row[-1]

    def _insert_comparison(self, conn: sqlite3.Connection, spec: TableSpec, records: Iterable[Any]) -> None:
        # OR REPLACE: a repeated key (an outlet or headline check listed twice) keeps the last one
        insert = spec.insert_sql().replace("INSERT", "INSERT OR REPLACE", 1)
        for idx, record in enumerate(records):
            row = record_row(spec, record, f"{spec.record.__name__} {idx}")
            conn.execute(insert, ((idx,) if spec.lead else ()) + row)
            if spec is STORIES:
                _link_story_articles(conn, record, self.path)

    def stories(self) -> list[Story]:
        """Every story, in the order the comparison produced them."""
        return self._records(STORIES, "1", ())

    def story(self, story_id: str) -> Story:
        """The story with this id or unique id prefix (at least 6 characters)."""
        full_id = self._resolve("stories", "id", story_id, "story")
        return self._records(STORIES, "id = ?", (full_id,))[0]

    def story_ids_of(self, article_id: str) -> list[str]:
        """Ids of the stories that contain an article."""
        rows = self._conn.execute("SELECT story_id FROM story_articles WHERE article_id = ? ORDER BY story_id",
                                  (article_id,))
        return [row[0] for row in rows]

    def claim_links(self, story_id: Optional[str] = None) -> list[ClaimLink]:
        """Claim links, of one story or of all."""
        return self._by_story(CLAIM_LINKS, story_id)

    def verdicts(self, story_id: Optional[str] = None) -> list[Verdict]:
        """Verdicts, of one story or of all."""
        return self._by_story(VERDICTS, story_id)

    def headline_checks(self) -> list[HeadlineCheck]:
        """Every headline-versus-body check."""
        return self._records(HEADLINE_CHECKS, "1", ())

    def outlet_profiles(self) -> list[OutletProfile]:
        """Every outlet profile, by outlet name."""
        return self._records(OUTLETS, "1", ())

    def _by_story(self, spec: TableSpec, story_id: Optional[str]) -> list[Any]:
        if story_id is None:
            return self._records(spec, "1", ())
        return self._records(spec, "story_id = ?", (story_id,))

    def _records(self, spec: TableSpec, where: str, params: tuple) -> list[Any]:
        rows = self._conn.execute(f"SELECT data FROM {spec.name} WHERE {where} ORDER BY {spec.order}", params)
        return [record_from_dict(spec.record, json.loads(data)) for (data,) in rows]

    # -- whole-table reads (exports) -------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {name: self._conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in COUNTED_TABLES}

    def rows(self, kind: str) -> Iterator[dict]:
        """Every record of one kind as a dict, streamed; per-article kinds gain ``article_id``."""
        if kind not in KINDS:
            raise StoreError(f"unknown record type {kind!r}; known: {', '.join(KINDS)}")
        if kind == "articles":
            sql = f"SELECT seq, {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE seq > ? ORDER BY seq LIMIT {PAGE}"
            return (dict(zip(ARTICLE_COLUMNS, row[1:])) for row in self._pages(sql, ()))
        if kind == "failures":
            sql = f"SELECT id, {', '.join(FAILURE_COLUMNS)} FROM failures WHERE id > ? ORDER BY id LIMIT {PAGE}"
            return (dict(zip(FAILURE_COLUMNS, row[1:])) for row in self._pages(sql, ()))
        return self._data_rows(SPECS[kind])

    def records(self, kind: str) -> Iterator[Any]:
        """Every record of one kind, streamed; per-article kinds yield (article_id, record)."""
        per_article = kind in SPECS and SPECS[kind].per_article
        for row in self.rows(kind):
            cls = KINDS[kind]  # rows() has checked the kind
            if per_article:
                yield row.pop("article_id"), record_from_dict(cls, row)
            else:
                yield record_from_dict(cls, row)

    def _data_rows(self, spec: TableSpec) -> Iterator[dict]:
        # comparison tables are small and rewritten as a whole; per-article tables are paged
        if not spec.per_article:
            for (data,) in self._conn.execute(f"SELECT data FROM {spec.name} ORDER BY {spec.order}"):
                yield json.loads(data)
            return
        sql = f"SELECT id, article_id, data FROM {spec.name} WHERE id > ? ORDER BY id LIMIT {PAGE}"
        for _, article_id, data in self._pages(sql, ()):
            yield {"article_id": article_id, **json.loads(data)}

    def _pages(self, sql: str, params: tuple) -> Iterator[tuple]:
        """Keyset paging: ``sql`` takes ``params`` then the last key seen (first column)."""
        last: Any = -1
        while True:
            rows = self._conn.execute(sql, params + (last,)).fetchall()
            yield from rows
            if len(rows) < PAGE:
                return
            last = rows[-1][0]

    def _resolve(self, table: str, column: str, key: str, what: str) -> str:
        """The full key for ``key`` or a unique prefix of it."""
        if self._conn.execute(f"SELECT 1 FROM {table} WHERE {column} = ?", (key,)).fetchone():
            return key
        if len(key) < MIN_PREFIX:
            raise NotFoundError(f"no {what} {key!r} (give the full id or at least {MIN_PREFIX} characters)")
        upper = key[:-1] + chr(ord(key[-1]) + 1) if ord(key[-1]) < 0x10FFFF else key + "\U0010ffff"
        rows = self._conn.execute(f"SELECT {column} FROM {table} WHERE {column} >= ? AND {column} < ? "
                                  f"ORDER BY {column} LIMIT 3", (key, upper)).fetchall()
        if not rows:
            raise NotFoundError(f"no {what} {key!r}")
        if len(rows) > 1:
            raise NotFoundError(f"{what} id prefix {key!r} is ambiguous: {', '.join(r[0] for r in rows)}, ...")
        return rows[0][0]


def _connect(path: str, readonly: bool, busy_timeout: float) -> sqlite3.Connection:
    if readonly and path != ":memory:":
        uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=busy_timeout, isolation_level=None)
    return sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)


def _enable_wal(conn: sqlite3.Connection, busy_timeout: float) -> None:
    """Switch to WAL, retrying while another opener holds the new file's lock.

    SQLite answers "database is locked" to a journal-mode change at once, without calling the
    busy handler, so several processes opening a new file together would otherwise fail.
    """
    deadline, delay = time.monotonic() + busy_timeout, 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)


def _prepare(conn: sqlite3.Connection, path: str, readonly: bool, busy_timeout: float = BUSY_TIMEOUT) -> None:
    """Pragmas, then the schema check or migration."""
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        version = schema_version(conn)
        if version > latest_version():
            raise StoreError(f"database schema v{version} is newer than this newsprism (v{latest_version()})", path=path)
        if readonly:
            if version < latest_version():
                raise StoreError(f"database schema v{version} needs upgrading to v{latest_version()}: run "
                                 "`newsprism db optimize --db FILE` (or any command that writes to it) once", path=path)
            return
        _enable_wal(conn, busy_timeout)  # readers go on while one writer writes
        conn.execute("PRAGMA synchronous = NORMAL")  # safe with WAL; a crash loses at most the last commit
        apply_migrations(conn)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open database: {exc}", path=path) from exc


def _upsert_article(conn: sqlite3.Connection, article: Article) -> int:
    """1 if the article is new; an existing one is updated only where it differs."""
    if not isinstance(article, Article):
        raise StoreError(f"cannot store {type(article).__name__} as an article")
    row = {name: getattr(article, name) for name in ARTICLE_COLUMNS}
    names = ", ".join(ARTICLE_COLUMNS)
    marks = ", ".join(f":{name}" for name in ARTICLE_COLUMNS)
    cursor = conn.execute(f"INSERT INTO articles ({names}) VALUES ({marks}) ON CONFLICT (id) DO NOTHING", row)
    if cursor.rowcount == 1:
        return 1
    # the first ingested_at is kept: re-reading the same file must not count as a change
    changed = [name for name in ARTICLE_COLUMNS if name not in ("id", "ingested_at")]
    # an analysis holds offsets into the old text, so a changed text invalidates it
    conn.execute("DELETE FROM analyses WHERE article_id = :id AND "
                 "(SELECT text FROM articles WHERE id = :id) IS NOT :text", row)
    conn.execute(f"UPDATE articles SET {', '.join(f'{n} = :{n}' for n in changed)} WHERE id = :id AND "
                 f"({' OR '.join(f'{n} IS NOT :{n}' for n in changed)})", row)
    return 0


def _analysis_rows(spec: TableSpec, analysis: ArticleAnalysis) -> Iterator[tuple]:
    """(article_id, idx, query columns..., data) for one record list of an analysis."""
    for idx, record in enumerate(getattr(analysis, spec.name)):
        what = f"{spec.record.__name__} {idx} of article {analysis.article_id}"
        yield (analysis.article_id, idx) + record_row(spec, record, what)


def _link_story_articles(conn: sqlite3.Connection, story: Story, path: str) -> None:
    for idx, article_id in enumerate(story.article_ids):
        if not conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
            raise StoreError(f"story {story.id!r} names unknown article {article_id!r}", path=path)
        conn.execute("INSERT OR IGNORE INTO story_articles (story_id, article_id, idx) VALUES (?, ?, ?)",
                     (story.id, article_id, idx))


def _article(row: tuple) -> Article:
    return Article(**dict(zip(ARTICLE_COLUMNS, row)))
