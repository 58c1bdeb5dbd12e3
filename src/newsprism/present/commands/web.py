"""CLI commands for the web layer (registered on import by newsprism.cli)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from newsprism.cli import app, console, user_errors
from newsprism.config import load_settings

DB_HELP = "SQLite database to read (default: the configured db, newsprism.db)."


def _db_path(db: Optional[Path]) -> str:
    return str(db) if db else load_settings().db


@app.command("serve")
@user_errors
def serve(
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; loopback unless you say otherwise."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
) -> None:
    """Serve the read-only web app (stories, articles, entities, outlets, actor graph, JSON API)."""
    import uvicorn

    from newsprism.present.web.app import create_app, open_store

    path = _db_path(db)
    open_store(path).close()  # fail now, with one line, if the database is missing or unreadable
    console.print(f"serving {path} read-only at http://{host}:{port}/  (Ctrl-C to stop)", highlight=False)
    uvicorn.run(create_app(path), host=host, port=port, log_level="warning")


@app.command("report")
@user_errors
def report(
    story_id: str = typer.Argument(..., help="Id (or unique prefix) of the story to report on."),
    out: Path = typer.Option(..., "--out", help="HTML file to write (one self-contained file)."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Write one story's self-contained HTML report: the side-by-side view plus highlighted articles."""
    from newsprism.present.report import write_report
    from newsprism.present.web.app import open_store

    store = open_store(_db_path(db))
    try:
        written = write_report(store, story_id, out)
    finally:
        store.close()
    console.print(f"wrote {written}", highlight=False)
