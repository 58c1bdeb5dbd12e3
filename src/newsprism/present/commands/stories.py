"""CLI commands for the stories layer (registered on import by newsprism.cli).

    newsprism show story ID [--db FILE] [--json]
    newsprism eval stance --bodies CSV --stances CSV [--split heldout|all] [--json]
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table
from rich.text import Text

from ...cli import console, eval_app, show_app, user_errors
from ...errors import NotFoundError
from ...records import to_dict
from ...excerpts import clipped

VERDICT_STYLE = {"corroborated": "green", "contradicted": "red", "speculation-only": "yellow", "single-source": "cyan"}


def _open(db: str):
    from ...store import Store

    if db != ":memory:" and not Path(db).exists():
        raise NotFoundError("database not found; run `newsprism run PATH --db FILE` first", path=db)
    return Store.open(db)


def story_payload(store, story_id: str) -> dict:
    """The story, its verdicts, claim links and summary as one JSON-ready dict."""
    from ...compare import story_summary

    story = store.story(story_id)
    verdicts = store.verdicts(story_id)
    return {
        "story": to_dict(story),
        "summary": story_summary(verdicts),
        "verdicts": [to_dict(v) for v in verdicts],
        "claim_links": [to_dict(link) for link in store.claim_links(story_id)],
    }


def summary_table(title: str, summary: dict) -> Table:
    """A Rich table of one story summary: agreed, disputed, unique per outlet, speculation."""
    table = Table(title=title, show_lines=True)
    table.add_column("kind", style="bold")
    table.add_column("claims")
    rows = [("agreed", summary.get("agreed", [])), ("disputed", summary.get("disputed", [])),
            ("titles disputed", summary.get("titles", []))]
    rows += [(f"only {outlet}", labels) for outlet, labels in sorted(summary.get("unique", {}).items())]
    rows.append(("speculation", summary.get("speculation", [])))
    for kind, labels in rows:
        if labels:
            shown = [f"• {clipped(label, 160)}" for label in labels[:8]] + ([f"… and {len(labels) - 8} more"] if len(labels) > 8 else [])
            table.add_row(Text(kind), Text("\n".join(shown)))
    return table


def _print_story(payload: dict) -> None:
    story = payload["story"]
    console.print(Text(f"{story['label']}  ({story['id']})", style="bold"))
    console.print(f"{len(story['article_ids'])} articles, {story['first_published']} – {story['last_published']}", markup=False)
    console.print(summary_table("summary", payload["summary"]))
    links = Table(title="claim links")
    for column in ("relation", "score", "a", "b", "signals"):
        links.add_column(column)
    # role conflicts ("former President" against "President") first: they point at names, not claims
    ordered = sorted(payload["claim_links"], key=lambda link: link["evidence"].get("kind") != "role")
    for link in ordered[:40]:
        ev = link["evidence"]
        cells = (link["relation"], f"{link['score']:.2f}", clipped(ev["a"]["text"], 120), clipped(ev["b"]["text"], 120), "; ".join(ev["signals"][:3]))
        links.add_row(*(Text(cell) for cell in cells))
    console.print(links)


@show_app.command("story")
@user_errors
def show_story(
    story_id: str = typer.Argument(..., help="Story id (see `newsprism run` output or stories.jsonl)."),
    db: str = typer.Option("newsprism.db", "--db", help="SQLite database file."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
) -> None:
    """Show one story: its articles, summary, verdicts and claim links."""
    store = _open(db)
    try:
        payload = story_payload(store, story_id)
    finally:
        store.close()
    if as_json:
        print(json.dumps(payload, ensure_ascii=False))
    else:
        _print_story(payload)


@eval_app.command("stance")
@user_errors
def eval_stance(
    bodies: Path = typer.Option(..., "--bodies", help="FNC-1 bodies CSV (Body ID, articleBody)."),
    stances: Path = typer.Option(..., "--stances", help="FNC-1 stances CSV (Headline, Body ID, Stance)."),
    split: str = typer.Option("all", "--split", help="heldout: the bodies the shipped model never saw (FNC-1 train only); all: every pair."),
    as_json: bool = typer.Option(False, "--json", help="Print exactly one JSON object."),
) -> None:
    """Score headline-versus-body stance in the FNC-1 format (score, accuracy, macro-F1)."""
    from ...eval.stance import evaluate_stance

    scores = evaluate_stance(bodies, stances, split)
    if as_json:
        print(json.dumps(scores))
        return
    table = Table(title=f"stance ({scores['pairs']} pairs, split {split})")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for name in ("fnc_score", "accuracy", "macro_f1"):
        table.add_row(name, f"{scores[name]:.4f}")
    for label, value in scores["per_class_f1"].items():
        table.add_row(f"F1 {label}", f"{value:.4f}")
    console.print(table)
