"""Keeping a database sound and fast: what it holds, whether it is intact, and tidying it up.

The library behind ``newsprism db info|check|optimize``. Inspection opens an existing file as it
is (never creating or migrating it), so an old or damaged database can still be looked at.
On a read-only connection the FTS5 index cannot run its own integrity check (SQLite treats the
check as a write), so it is compared with its content table by row ids instead.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Callable

from .. import __version__
from ..errors import NotFoundError, StoreError
from .db import BUSY_TIMEOUT, Store, _connect
from .migrations import latest_version, schema_version

MAX_INTEGRITY_LINES = 20  # a badly damaged file yields thousands of lines; the first ones say enough
STAMP_VERSION = re.compile(r"^newsprism (\S+);")  # analyze.pipeline.pipeline_stamp starts like this
FTS_CONTENT = re.compile(r"\bcontent\s*=\s*'?(\w+)", re.IGNORECASE)
FTS_ROWID = re.compile(r"\bcontent_rowid\s*=\s*'?(\w+)", re.IGNORECASE)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# -- opening -----------------------------------------------------------------------


def open_existing_database(path: str | Path, *, readonly: bool = True, busy_timeout: float = BUSY_TIMEOUT) -> Store:
    """Open a database file that must already exist, without creating or migrating it."""
    path = str(path)
    if path != ":memory:" and not Path(path).is_file():
        raise NotFoundError("database not found; run `newsprism run PATH --db FILE` first", path=path)
    try:
        conn = _connect(path, readonly, busy_timeout)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open database: {exc}", path=path) from exc
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads the header: fails on non-databases
    except sqlite3.Error as exc:
        conn.close()
        raise StoreError(f"not a readable SQLite database: {exc}", path=path) from exc
    return Store(conn, path)


def can_write(path: str | Path) -> bool:
    """Whether this process may write the file and create its -wal and -shm files beside it."""
    path = Path(path)
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


# -- info --------------------------------------------------------------------------


def database_info(store: Store) -> dict:
    """File size, schema version, journal mode, rows per table and the pipelines of the analyses."""
    conn = store._conn
    try:
        tables = table_counts(conn)
        return {
            "path": store.path, **disk_bytes(store.path), **_pages(conn),
            "sqlite_version": sqlite3.sqlite_version, "newsprism_version": __version__,
            "schema_version": schema_version(conn), "latest_schema_version": latest_version(),
            "journal_mode": store.journal_mode, "tables": tables,
            "articles_without_analysis": _unanalysed(conn, tables),
            "pipelines": pipeline_stamps(conn) if "analyses" in tables else [],
        }
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read database: {exc}", path=store.path) from exc


def disk_bytes(path: str) -> dict[str, int]:
    """Bytes of the database file and of its write-ahead log (0 when absent or in memory)."""
    def size(name: str) -> int:
        return os.path.getsize(name) if path != ":memory:" and os.path.isfile(name) else 0

    return {"file_bytes": size(path), "wal_bytes": size(path + "-wal")}


def _pages(conn: sqlite3.Connection) -> dict[str, int]:
    return {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("page_size", "page_count", "freelist_count")}


def table_names(conn: sqlite3.Connection) -> list[str]:
    """Ordinary tables, read from sqlite_master; SQLite's own and virtual tables' shadow tables left out."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                        "ESCAPE '\\' ORDER BY name").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    return [name for name, _ in rows if name not in virtual and not any(name.startswith(v + "_") for v in virtual)]


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows in every ordinary table."""
    return {name: conn.execute(f"SELECT count(*) FROM {_quote(name)}").fetchone()[0] for name in table_names(conn)}


def _unanalysed(conn: sqlite3.Connection, tables: dict[str, int]) -> int | None:
    if "articles" not in tables or "analyses" not in tables:
        return None
    return conn.execute("SELECT count(*) FROM articles "
                        "WHERE NOT EXISTS (SELECT 1 FROM analyses WHERE article_id = articles.id)").fetchone()[0]


def pipeline_stamps(conn: sqlite3.Connection) -> list[dict]:
    """One entry per pipeline stamp the analyses carry, oldest first, with counts and dates."""
    rows = conn.execute("SELECT pipeline, count(*), min(analyzed_at), max(analyzed_at) FROM analyses "
                        "GROUP BY pipeline ORDER BY max(analyzed_at), pipeline").fetchall()
    stamps = []
    for stamp, count, first, last in rows:
        match = STAMP_VERSION.match(stamp)
        version = match.group(1) if match else ""
        stamps.append({"pipeline": stamp, "analyses": count, "first_analyzed": first, "last_analyzed": last,
                       "newsprism_version": version, "this_version": version == __version__,
                       "latest": False})
    if stamps:
        stamps[-1]["latest"] = True  # the stamp of the most recent analysis: the others are older pipelines
    return stamps


# -- check -------------------------------------------------------------------------


def check_database(store: Store) -> list[str]:
    """Problems found, one line each (empty when the database is sound)."""
    checks: dict[str, Callable[[sqlite3.Connection], list[str]]] = {
        "schema": schema_problems, "integrity": integrity_problems,
        "foreign keys": foreign_key_problems, "search index": search_index_problems,
    }
    problems: list[str] = []
    for name, check in checks.items():
        try:
            problems += check(store._conn)
        except sqlite3.Error as exc:  # e.g. "database disk image is malformed" on a truncated file
            problems.append(f"{name}: cannot check: {exc}")
    return problems


def schema_problems(conn: sqlite3.Connection) -> list[str]:
    """The schema version against the one this newsprism writes."""
    version, latest = schema_version(conn), latest_version()
    if version == latest:
        return []
    if version == 0:
        return [f"schema: no newsprism schema (version 0, expected {latest}); is this a newsprism database?"]
    if version < latest:
        return [f"schema: version {version} is older than this newsprism's {latest}; "
                "open it for writing once (e.g. `newsprism db optimize`) to upgrade it"]
    return [f"schema: version {version} is newer than this newsprism's {latest}; upgrade newsprism"]


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """SQLite's own ``PRAGMA integrity_check`` (pages, indexes, constraints)."""
    rows = conn.execute(f"PRAGMA integrity_check({MAX_INTEGRITY_LINES})").fetchall()
    if rows == [("ok",)]:
        return []
    # one row may hold several newline-separated messages, headed by "*** in database main ***"
    lines = [line.strip() for (row,) in rows for line in str(row).splitlines()]
    return [f"integrity: {line}" for line in lines if line and not line.startswith("***")][:MAX_INTEGRITY_LINES]


def foreign_key_problems(conn: sqlite3.Connection) -> list[str]:
    """``PRAGMA foreign_key_check``, one line per (table, parent) pair with how many rows point nowhere."""
    broken = Counter((table, parent) for table, _rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"))
    return [f"foreign keys: {count} row(s) of {table} point to missing {parent} rows"
            for (table, parent), count in sorted(broken.items())]


def fts_tables(conn: sqlite3.Connection) -> dict[str, str]:
    """FTS5 tables and their CREATE statements (the migrations make ``articles_fts``)."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' "
                        "AND lower(sql) LIKE '%using fts5%' ORDER BY name")
    return dict(rows.fetchall())


def search_index_problems(conn: sqlite3.Connection) -> list[str]:
    """FTS5's integrity check, including the comparison with an external content table."""
    problems = []
    for name, sql in fts_tables(conn).items():
        try:
            conn.execute(f"INSERT INTO {_quote(name)}({_quote(name)}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.OperationalError as exc:
            if "readonly" not in str(exc) and "locked" not in str(exc):
                raise
            problems += _fts_rowid_problems(conn, name, sql)  # cannot run the real check: compare row ids
        except sqlite3.DatabaseError as exc:
            problems.append(f"search index: {name} does not match its content ({exc}); "
                            f"rebuild it with INSERT INTO {name}({name}) VALUES ('rebuild')")
    return problems


def _fts_rowid_problems(conn: sqlite3.Connection, name: str, sql: str) -> list[str]:
    """Rows of the content table missing from the index, and index entries whose row is gone."""
    content, rowid = FTS_CONTENT.search(sql), FTS_ROWID.search(sql)
    docsize = f"{name}_docsize"
    if not content or docsize not in _all_tables(conn):
        return []
    table, key, sizes = _quote(content.group(1)), _quote(rowid.group(1) if rowid else "rowid"), _quote(docsize)
    missing = conn.execute(f"SELECT count(*) FROM {table} WHERE {key} NOT IN (SELECT id FROM {sizes})").fetchone()[0]
    stale = conn.execute(f"SELECT count(*) FROM {sizes} WHERE id NOT IN (SELECT {key} FROM {table})").fetchone()[0]
    lines = [f"search index: {missing} row(s) of {content.group(1)} are missing from {name}"] if missing else []
    return lines + ([f"search index: {name} holds {stale} row(s) no longer in {content.group(1)}"] if stale else [])


def _all_tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


# -- optimize ----------------------------------------------------------------------


def optimize_database(store: Store, vacuum: bool = False) -> dict:
    """Merge the FTS5 index, refresh the planner's statistics and, with ``vacuum``, rewrite the file."""
    before = disk_bytes(store.path)
    indexes = list(fts_tables(store._conn))
    with store._write("optimize the database") as conn:
        for name in indexes:
            conn.execute(f"INSERT INTO {_quote(name)}({_quote(name)}) VALUES ('optimize')")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA optimize")
    if vacuum:
        vacuum_database(store)
    _checkpoint(store)
    after = disk_bytes(store.path)
    return {"path": store.path, "search_indexes": indexes, "vacuumed": vacuum,
            "bytes_before": sum(before.values()), "bytes_after": sum(after.values())}


def vacuum_database(store: Store) -> None:
    """VACUUM: rebuild the file without its free pages (outside any transaction, as SQLite requires)."""
    conn = store._conn
    if conn.in_transaction:
        raise StoreError("cannot vacuum inside a transaction", path=store.path)
    try:
        conn.execute("VACUUM")
    except sqlite3.Error as exc:
        raise StoreError(f"cannot vacuum: {exc} (is another process using the database?)", path=store.path) from exc


def _checkpoint(store: Store) -> None:
    """Copy the write-ahead log into the file and empty it, so the sizes reported are the real ones."""
    if store.journal_mode == "wal":
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # a busy reader only makes it partial
