"""CLI command scoring cross-outlet claim alignment (registered on import by newsprism.cli).

    newsprism eval alignment --articles DIR --gold FILE [--stories gold|clustered] [--json]
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from ...cli import console, eval_app, user_errors
from ...config import load_settings
from .events import CONFIG_OPTION, MODEL_OPTION


def _print_report(report: dict) -> None:
    table = Table(title=f"claim alignment over {report['articles']} articles (stories: {report['stories']})")
    for column in ("relation", "gold pairs", "predicted links", "P", "R", "F1", "pairs grouped"):
        table.add_column(column, justify="left" if column == "relation" else "right")
    for relation in ("same", "contradicts"):
        r = report[relation]
        table.add_row(relation, str(r["gold"]), str(r["predicted"]), f"{r['p']:.3f}", f"{r['r']:.3f}", f"{r['f1']:.3f}",
                      f"{r['grouped']:.3f}")
    console.print(table)
    console.print(f"gold pairs with a claim over both snippets: {report['claims_cover_both']:.3f}")
    missed = Table(title="gold pairs not linked with their relation")
    for column in ("gold", "linked as", "a", "b"):
        missed.add_column(column, overflow="fold")
    for row in report["per_pair"]:
        if row["linked_as"] != row["relation"]:
            missed.add_row(row["relation"], row["linked_as"] or "-", row["a"], row["b"])
    console.print(missed)


@eval_app.command("alignment")
@user_errors
def eval_alignment(
    articles: Path = typer.Option(..., "--articles", help="Folder of article files (file stem = gold slug)."),
    gold: Path = typer.Option(..., "--gold", help="alignment.json (pairs of snippets); stories.json must sit beside it."),
    stories: str = typer.Option("gold", "--stories", help="gold: align within the gold stories; clustered: cluster first."),
    as_json: bool = typer.Option(False, "--json", help="Print exactly one JSON object."),
    config: Optional[Path] = CONFIG_OPTION,
    model: Optional[str] = MODEL_OPTION,
) -> None:
    """Score claim links (same / contradicts) and verdict groups against hand-made pairs of snippets."""
    from ...eval.alignment import evaluate_alignment

    report = evaluate_alignment(articles, gold, settings=load_settings(config).replace(model=model), stories=stories)
    if as_json:
        print(json.dumps(report))
        return
    _print_report(report)
