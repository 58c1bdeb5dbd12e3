"""CLI command scoring each example article's own-headline check (registered on import by newsprism.cli).

    newsprism eval headline-stance [--articles DIR] [--gold FILE] [--json]
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
from ...records import STANCES


def _print_report(report: dict) -> None:
    table = Table(title=f"headline stance: {report['correct']} of {report['articles']} right")
    for column in ("article", "gold", "predicted", *STANCES):
        table.add_column(column, justify="right" if column in STANCES else "left")
    for row in report["per_article"]:
        mark = "" if row["gold"] == row["predicted"] else " ✗"
        by_rule = f" (rule; model: {row['model_stance']})" if row.get("structural") else ""
        table.add_row(row["article"], row["gold"], row["predicted"] + by_rule + mark,
                      *(f"{row['probabilities'][s]:.3f}" for s in STANCES))
    console.print(table)
    for row in report["per_article"]:
        if row.get("structural"):  # why a rule overrode the model: the body's conditions
            console.print(f"{row['article']}: {row['structural']['reason']}", markup=False, highlight=False)
    confusion = Table(title="confusion (rows gold, columns predicted)")
    confusion.add_column("gold")
    for label in STANCES:
        confusion.add_column(label, justify="right")
    for gold, counts in report["confusion"].items():
        confusion.add_row(gold, *(str(counts[p]) for p in STANCES))
    console.print(confusion)


@eval_app.command("headline-stance")
@user_errors
def eval_headline_stance(
    articles: Path = typer.Option(Path("examples/articles"), "--articles", help="Folder of article files (file stem = gold slug)."),
    gold: Path = typer.Option(Path("examples/gold/stories.json"), "--gold", help="Gold JSON with a 'headline_stance' map of slug -> stance."),
    as_json: bool = typer.Option(False, "--json", help="Print exactly one JSON object."),
    config: Optional[Path] = CONFIG_OPTION,
    model: Optional[str] = MODEL_OPTION,
) -> None:
    """Score every article's headline-versus-own-body check against hand-made gold (per article and confusion)."""
    from ...eval.stance import evaluate_headline_stance

    report = evaluate_headline_stance(articles, gold, settings=load_settings(config).replace(model=model))
    if as_json:
        print(json.dumps(report))
        return
    _print_report(report)
