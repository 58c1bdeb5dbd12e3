"""CLI commands for the attribution layer (registered on import by newsprism.cli)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from ...cli import console, eval_app, user_errors
from ...config import load_settings
from ...errors import EvalError

SPLITS = {
    "all": None,
    "even": lambda index, name: index % 2 == 0,
    "odd": lambda index, name: index % 2 == 1,
}


@eval_app.command("attribution")
@user_errors
def eval_attribution(
    gold: Path = typer.Option(..., "--gold", help="Gold folder holding text/NAME.txt and attributions/NAME*.ann."),
    as_json: bool = typer.Option(False, "--json", help="Print exactly one JSON object instead of a table."),
    split: str = typer.Option("all", "--split", help="Documents by sorted index: all, even or odd (held-out half)."),
    cue_model: Optional[str] = typer.Option(
        None, "--cue-model", help='Cue model: "builtin", "" for the lexicon rules alone, or a JSON model file.'),
    config: Optional[Path] = typer.Option(None, "--config", help="TOML settings file (default: ./newsprism.toml if present)."),
    annotators: bool = typer.Option(
        False, "--annotators", help="On texts several annotators marked: every annotator against every other "
                                    "(the human ceiling), beside the pipeline against each annotator."),
) -> None:
    """Score attributed statements (source, cue, content) against brat gold."""
    from ...eval.attribution import annotator_agreement, evaluate_attribution

    if split not in SPLITS:
        raise EvalError(f"unknown split {split!r}; use all, even or odd")
    settings = load_settings(config).replace(cue_model=cue_model)
    if annotators:
        _print_agreement(annotator_agreement(gold, settings), as_json)
        return
    result = evaluate_attribution(gold, settings, select=SPLITS[split], with_labels=not as_json)
    if result["documents"] == 0:
        raise EvalError("no gold documents found (text/NAME.txt with attributions/NAME*.ann)", path=str(gold))
    if as_json:
        print(json.dumps(result))
        return
    console.print(_score_table(result))
    if result.get("labels"):
        agreement = ", ".join(f"{key} {value:.3f}" for key, value in result["labels"].items())
        console.print(f"Label agreement on matched statements (attributions_meta.json): {agreement}")


def _print_agreement(result: dict, as_json: bool) -> None:
    """One JSON object, or one table per comparison."""
    if as_json:
        print(json.dumps(result))
        return
    titles = {"annotator_vs_annotator": "Annotators against each other (every pair)",
              "system_vs_annotators": "newsprism against each annotator"}
    for key, title in titles.items():
        console.print(_score_table({**result[key], "documents": result["documents"]}, title))


def _score_table(result: dict, title: str = "Attribution") -> Table:
    """A Rich table of precision, recall and F1 per role and matching."""
    table = Table(title=f"{title} on {result['documents']} documents")
    for column in ("role", "matching", "P", "R", "F1"):
        table.add_column(column, justify="right" if len(column) <= 2 else "left")
    for role in ("source", "cue", "content"):
        for matching in ("exact", "overlap"):
            row = result[role][matching]
            table.add_row(role, matching, *(f"{row[k]:.3f}" for k in ("p", "r", "f1")))
    row = result["statement"]
    table.add_row("statement", "cue+content overlap", *(f"{row[k]:.3f}" for k in ("p", "r", "f1")))
    return table
