"""Core CLI commands: run, ingest, show article, export, search, failures."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ... import api
from ...cli import app, console, err_console, show_app, user_errors
from ...config import Settings, load_settings
from ...errors import ConfigError, NotFoundError
from ...records import to_dict

DB_OPTION = typer.Option("newsprism.db", "--db", help="SQLite database file.", rich_help_panel="Storage")
CONFIG_OPTION = typer.Option(None, "--config", help="TOML settings file (default: ./newsprism.toml if present).",
                             rich_help_panel="Settings")
OUTLET_OPTION = typer.Option(None, "--outlet", help="Outlet name for inputs that do not give one.",
                             rich_help_panel="Input")
JSON_OPTION = typer.Option(False, "--json", help="Print JSON instead of tables.")
PATHS_HELP = "Files, folders, http(s) URLs, or - to read standard input."
INPUT_FORMAT_OPTION = typer.Option("auto", "--format", help="Format of standard input (-): auto (detect), html, text, "
                                   "markdown, jsonl or rss. Files are read by their extension.", rich_help_panel="Input")
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "brat")


def settings_for(config: Optional[Path], **overrides) -> Settings:
    """Defaults, then the TOML file, then CLI flags."""
    return load_settings(config).replace(**overrides)


def stdin_format_for(paths: List[str], input_format: str) -> str:
    """The checked --format; an explicit one without "-" is an error, since files go by their extension."""
    from ...ingest.stdin import STDIN, check_format

    if check_format(input_format) != "auto" and STDIN not in paths:
        raise ConfigError(f"--format {input_format} applies to standard input; add - to the paths to read it")
    return input_format


def open_existing(db: str):
    """Open a database that must already exist (read commands never create one)."""
    from ...store import Store

    if db != ":memory:" and not Path(db).exists():
        raise NotFoundError("database not found; run `newsprism run PATH --db FILE` first", path=db)
    return Store.open(db)


@contextmanager
def progress_bars(quiet: bool) -> Iterator[api.Progress]:
    """A Rich progress display fed by the API's on_progress callback."""
    if quiet or not err_console.is_terminal and not console.is_terminal:
        yield lambda stage, done, total: None
        return
    columns = (SpinnerColumn(), TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=False) as progress:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: Optional[int]) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=total)
            progress.update(tasks[stage], completed=done, total=total)

        yield update


def print_failures(failures) -> None:
    """One line per input that could not be ingested: file, code, reason."""
    for failure in failures:
        err_console.print(f"{failure.path}: [{failure.code}] {failure.reason}", markup=False, highlight=False)


@app.command()
@user_errors
def run(
    paths: List[str] = typer.Argument(..., help=PATHS_HELP),
    db: str = DB_OPTION,
    outlet: Optional[str] = OUTLET_OPTION,
    input_format: str = INPUT_FORMAT_OPTION,
    report: Optional[Path] = typer.Option(None, "--report", help="Write an HTML report of the largest story here.",
                                          rich_help_panel="Output"),
    config: Optional[Path] = CONFIG_OPTION,
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline package name.", rich_help_panel="Settings"),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", min=1, help="Documents per nlp.pipe batch.",
                                             rich_help_panel="Settings"),
    n_process: Optional[int] = typer.Option(None, "--n-process", min=1, help="spaCy worker processes on this machine.",
                                            rich_help_panel="Scale"),
    engine: str = typer.Option("local", "--engine", help="local, or ray to map the analysis over Ray workers.",
                               rich_help_panel="Scale"),
    ray_address: Optional[str] = typer.Option(None, "--ray-address", help="Address of a running Ray cluster "
                                              "(default: start Ray locally).", rich_help_panel="Scale"),
    reanalyse: bool = typer.Option(False, "--reanalyse", help="Analyse again the articles whose stored analysis "
                                   "another pipeline made (an older newsprism, another model or cue model).",
                                   rich_help_panel="Settings"),
    recompare: bool = typer.Option(False, "--recompare", help="Compare again even when no article, analysis, "
                                   "setting or comparison code changed since the stored comparison.",
                                   rich_help_panel="Settings"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars or summary tables."),
) -> None:
    """Ingest, analyse and compare articles, then print a summary (resumes an interrupted run).

    The comparison is skipped when nothing it reads changed since the stored one.
    """
    settings = settings_for(config, model=model, batch_size=batch_size, n_process=n_process)
    stdin_format = stdin_format_for(paths, input_format)
    with progress_bars(quiet) as on_progress:
        summary = api.run(paths, db=db, settings=settings, outlet=outlet, report=report, on_progress=on_progress,
                          engine=engine, ray_address=ray_address, stdin_format=stdin_format, reanalyse=reanalyse,
                          recompare=recompare)
    print_failures(summary.ingest.failures)
    if not quiet:
        print_run_summary(summary)


def print_run_summary(summary: api.RunSummary) -> None:
    """The readable end-of-run summary: counts, then stories or articles."""
    ing = summary.ingest
    console.print(
        f"[bold]{summary.articles}[/] articles in {escape(summary.db)} "
        f"({ing.new} new, {ing.seen - ing.new} already stored, {len(ing.failures)} failed); "
        f"analysed {summary.analysed}, {summary.skipped} done earlier; {summary.stories} stories"
        f"{' (comparison up to date)' if summary.comparison == api.UP_TO_DATE else ''}",
        highlight=False,
    )
    if summary.stale:
        console.print(f"[yellow]{summary.stale} stored analyses were made by another pipeline (an older newsprism, "
                      f"another model or cue model); `newsprism run --reanalyse` refreshes them[/]", highlight=False)
    if summary.unsupported:
        console.print(f"[yellow]{summary.unsupported} article(s) not analysed: their language is not in "
                      f"settings.languages (see `newsprism failures`)[/]", highlight=False)
    with open_existing(summary.db) as store:
        if summary.stories:
            console.print(stories_table(store))
            print_story_summaries(store)
        else:
            console.print(articles_table(store))
    if summary.report:
        console.print(Text(f"report: {summary.report}"))


def add_plain_row(table: Table, *cells: object) -> None:
    """Add a row whose cells are plain text: article content must never be read as Rich markup."""
    table.add_row(*(Text(str(cell)) for cell in cells))


def print_story_summaries(store) -> None:
    """Per story with more than one article: agreed, disputed, unique per outlet, speculation."""
    from .stories import summary_table

    for story in store.stories():
        if len(story.article_ids) > 1 and story.evidence.get("summary"):
            console.print(summary_table(story.label, story.evidence["summary"]))


def articles_table(store) -> Table:
    """One row per article: id, outlet, headline and what the analysis found."""
    table = Table(title="Articles", show_lines=False)
    for column in ("id", "outlet", "published"):
        table.add_column(column, no_wrap=True)
    table.add_column("headline", overflow="fold", ratio=1)
    for column in ("entities", "statements", "claims", "events"):
        table.add_column(column, justify="right", no_wrap=True)
    for article in store.articles():
        analysis = store.analysis(article.id)
        add_plain_row(table, article.id[:10], article.outlet, (article.published or "")[:10], article.headline,
                      str(len(analysis.entities)), str(len(analysis.statements)),
                      str(len(analysis.claims)), str(len(analysis.events)))
    return table


def stories_table(store) -> Table:
    """One row per story: label, articles, outlets and verdict counts."""
    table = Table(title="Stories")
    table.add_column("story", no_wrap=True)
    table.add_column("label", overflow="fold", ratio=2)
    table.add_column("articles", justify="right", no_wrap=True)
    table.add_column("outlets", overflow="fold", ratio=2)
    table.add_column("first", no_wrap=True)
    for column in ("corroborated", "contradicted", "speculation", "single"):
        table.add_column(column, justify="right", no_wrap=True)
    articles = {a.id: a for a in store.articles()}
    for story in store.stories():
        counts: dict[str, int] = {}
        for verdict in store.verdicts(story.id):
            counts[verdict.verdict] = counts.get(verdict.verdict, 0) + 1
        outlets = sorted({articles[i].outlet for i in story.article_ids if i in articles})
        add_plain_row(table, story.id[:10], story.label, str(len(story.article_ids)), ", ".join(outlets),
                      (story.first_published or "")[:10], str(counts.get("corroborated", 0)),
                      str(counts.get("contradicted", 0)), str(counts.get("speculation-only", 0)),
                      str(counts.get("single-source", 0)))
    return table


@app.command()
@user_errors
def ingest(
    paths: List[str] = typer.Argument(..., help=PATHS_HELP),
    db: str = DB_OPTION,
    outlet: Optional[str] = OUTLET_OPTION,
    input_format: str = INPUT_FORMAT_OPTION,
    config: Optional[Path] = CONFIG_OPTION,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress display or summary line."),
) -> None:
    """Read articles into the database without analysing them; bad inputs are reported and recorded."""
    from ...store import Store

    settings = settings_for(config)
    stdin_format = stdin_format_for(paths, input_format)
    with Store.open(db) as store, progress_bars(quiet) as on_progress:
        summary = api.ingest(paths, store, settings, outlet, on_progress, stdin_format)
    print_failures(summary.failures)
    if not quiet:
        console.print(f"{summary.seen} articles read, {summary.new} new, {len(summary.failures)} failed", highlight=False)
    if summary.seen == 0:
        raise typer.Exit(1)


@show_app.command("article")
@user_errors
def show_article(
    article_id: str = typer.Argument(..., help="Article id (or a unique prefix of at least 6 characters)."),
    db: str = DB_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Show one article with its entities, statements, claims and events."""
    with open_existing(db) as store:
        article = store.article(article_id)
        analysis = store.analysis(article.id)
    if as_json:
        typer.echo(json.dumps({"article": to_dict(article), "analysis": to_dict(analysis)}, ensure_ascii=False, indent=2))
        return
    console.print(Text(article.headline, style="bold"))
    console.print(Text(f"{article.outlet} · {article.byline} · {article.published or ''}\n{article.url}\nid {article.id}"),
                  highlight=False)
    for table in analysis_tables(analysis):
        if table.row_count:
            console.print(table)


def analysis_tables(analysis) -> list[Table]:
    """Readable tables for each layer of one article's analysis."""
    entities = Table(title="Entities")
    for column in ("text", "kind", "canonical id", "name", "role"):
        entities.add_column(column, overflow="fold")
    for e in analysis.entities:
        add_plain_row(entities, e.span.text, e.kind, e.canonical_id, e.name, e.role)
    statements = Table(title="Statements")
    for column in ("speaker", "resolved", "cue", "content", "kind", "sourcing"):
        statements.add_column(column, overflow="fold")
    for s in analysis.statements:
        add_plain_row(statements, s.speaker.text if s.speaker else "", s.speaker_name, s.cue.text, s.content.text, s.kind, s.sourcing)
    claims = Table(title="Claims")
    for column in ("claim", "holder", "modality", "position", "conditions"):
        claims.add_column(column, overflow="fold")
    for c in analysis.claims:
        add_plain_row(claims, c.span.text, c.holder, c.modality, c.position, "; ".join(k.span.text for k in c.conditions))
    events = Table(title="Events (PLOVER)")
    for column in ("type", "mode", "actors", "recipients", "score", "sentence"):
        events.add_column(column, overflow="fold")
    for ev in analysis.events:
        add_plain_row(events, ev.type, ev.mode, ",".join(a.code for a in ev.actors), ",".join(a.code for a in ev.recipients),
                       f"{ev.score:g}", ev.sentence.text)
    return [entities, statements, claims, events]


@app.command()
@user_errors
def export(
    db: str = DB_OPTION,
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv, parquet or brat."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder (created if missing)."),
) -> None:
    """Write every record type to files in OUT: one file per type (JSONL, CSV, Parquet) or brat .ann files."""
    from ...store.export import export as export_tables

    if fmt not in EXPORT_FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}: choose {', '.join(EXPORT_FORMATS)}")
    with open_existing(db) as store:
        if fmt == "brat":
            from ...eval.brat import export_brat

            written = export_brat(store, out)
        else:
            written = export_tables(store, fmt, out)
    what = f"{written} articles as .txt/.ann pairs" if fmt == "brat" else f"{len(written)} files"
    console.print(Text(f"wrote {what} to {out}"))


@app.command()
@user_errors
def search(
    query: str = typer.Argument(..., help="Full-text query over headlines and text (SQLite FTS5)."),
    db: str = DB_OPTION,
    limit: int = typer.Option(20, "--limit", min=1, help="Maximum number of results."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Find articles by full-text search."""
    with open_existing(db) as store:
        hits = list(store.search(query, limit=limit))
    if as_json:
        typer.echo(json.dumps([hit._asdict() for hit in hits], ensure_ascii=False))
        return
    table = Table(title=Text(f"{len(hits)} results for {query!r}"))
    for column in ("id", "headline", "outlet", "snippet"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        add_plain_row(table, hit.article_id[:10], hit.headline, hit.outlet, hit.snippet)
    console.print(table)


@app.command()
@user_errors
def failures(db: str = DB_OPTION) -> None:
    """List the inputs that could not be ingested, with the reason."""
    with open_existing(db) as store:
        rows = list(store.failures())
    print_failures(rows)
    console.print(f"{len(rows)} failures recorded", highlight=False)
