"""`newsprism db info|check|optimize`: summarise, check and tidy a database (registered on import by newsprism.cli)."""

from __future__ import annotations

import json

import typer
from rich.markup import escape
from rich.table import Table

from ...cli import app, console, err_console, user_errors
from .core import DB_OPTION, JSON_OPTION, open_existing

db_app = typer.Typer(help="Check, optimise and summarise a newsprism database.", no_args_is_help=True)
app.add_typer(db_app, name="db")


def human_bytes(count: int) -> str:
    """A byte count the way people read file sizes (1.5 MB)."""
    size, unit = float(count), "B"
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            break
        size /= 1024
    return f"{count} B" if unit == "B" else f"{size:.1f} {unit}"


@db_app.command("info")
@user_errors
def db_info(db: str = DB_OPTION, as_json: bool = JSON_OPTION) -> None:
    """File size, schema version, rows per table, and the pipelines the analyses were made with (read-only)."""
    from ...store.maintenance import database_info, open_existing_database

    with open_existing_database(db, readonly=True) as store:
        info = database_info(store)
    if as_json:
        print(json.dumps(info, indent=2))
        return
    console.print(_summary_table(info))
    console.print(_counts_table(info["tables"]))
    if info["pipelines"]:
        console.print(_pipelines_table(info["pipelines"]))
    if len(info["pipelines"]) > 1:
        console.print(f"[yellow]note:[/] analyses come from {len(info['pipelines'])} pipelines; "
                      "the ones not marked latest were made by an older pipeline")


def _summary_table(info: dict) -> Table:
    unanalysed = info["articles_without_analysis"]
    table = Table(title=escape(info["path"]), show_header=False)
    table.add_column("what")
    table.add_column("value")
    rows = (
        ("file size", f"{human_bytes(info['file_bytes'])} (+ {human_bytes(info['wal_bytes'])} write-ahead log)"),
        ("free pages", f"{info['freelist_count']} of {info['page_count']} (reclaimed by `db optimize --vacuum`)"),
        ("schema version", f"{info['schema_version']} (this newsprism: {info['latest_schema_version']})"),
        ("journal mode", info["journal_mode"]),
        ("articles without analysis", "-" if unanalysed is None else str(unanalysed)),
        ("newsprism / SQLite", f"{info['newsprism_version']} / {info['sqlite_version']}"),
    )
    for what, value in rows:
        table.add_row(what, escape(value))
    return table


def _counts_table(counts: dict[str, int]) -> Table:
    table = Table(title="rows per table")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in counts.items():
        table.add_row(escape(name), str(count))
    return table


def _pipelines_table(stamps: list[dict]) -> Table:
    table = Table(title="analyses by pipeline")
    for column in ("pipeline", "analyses", "first", "last", "note"):
        table.add_column(column, justify="right" if column == "analyses" else "left")
    for stamp in stamps:
        note = "latest" if stamp["latest"] else "older"
        if stamp["newsprism_version"] and not stamp["this_version"]:
            note += f", newsprism {stamp['newsprism_version']}"
        table.add_row(escape(stamp["pipeline"] or "(none)"), str(stamp["analyses"]), escape(stamp["first_analyzed"]),
                      escape(stamp["last_analyzed"]), escape(note))
    return table


@db_app.command("check")
@user_errors
def db_check(db: str = DB_OPTION) -> None:
    """Check integrity, foreign keys, the search index and the schema version; exit 1 with one line per problem."""
    from ...store.maintenance import can_write, check_database, open_existing_database

    # a writable connection lets FTS5 run its full check; a read-only file gets the row-id comparison
    with open_existing_database(db, readonly=not can_write(db)) as store:
        version = store.version
        problems = check_database(store)
    for problem in problems:
        err_console.print(f"{db}: {problem}", markup=False, highlight=False, soft_wrap=True)
    if problems:
        raise typer.Exit(1)
    console.print(f"{escape(db)}: sound (integrity, foreign keys, search index, schema version {version})",
                  highlight=False)


@db_app.command("optimize")
@user_errors
def db_optimize(
    db: str = DB_OPTION,
    vacuum: bool = typer.Option(False, "--vacuum", help="Also VACUUM: rewrite the file to give free pages back to the "
                                "disk (needs free space as large as the file, and no other process using it)."),
) -> None:
    """Merge the search index, refresh the query planner's statistics (ANALYZE, PRAGMA optimize), optionally VACUUM."""
    from ...store.maintenance import optimize_database

    with open_existing(db) as store:
        result = optimize_database(store, vacuum=vacuum)
    done = "optimized and vacuumed" if vacuum else "optimized"
    console.print(f"{escape(db)}: {done}; {human_bytes(result['bytes_before'])} before, "
                  f"{human_bytes(result['bytes_after'])} after", highlight=False)
