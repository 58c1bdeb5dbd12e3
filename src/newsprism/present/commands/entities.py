"""CLI commands for the entity layer (registered on import by newsprism.cli)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from ...cli import console, eval_app, user_errors
from ...config import load_settings
from ...errors import EvalError


@eval_app.command("entities")
@user_errors
def eval_entities(
    gold: Path = typer.Option(..., "--gold", help="Gold folder holding text/NAME.txt and entities/NAME.json."),
    as_json: bool = typer.Option(False, "--json", help="Print exactly one JSON object instead of a table."),
    errors: bool = typer.Option(False, "--errors", help="Also list missed and spurious mentions."),
    config: Optional[Path] = typer.Option(None, "--config", help="TOML settings file (default: ./newsprism.toml if present)."),
) -> None:
    """Score normalised entities (mention spans, canonical ids, roles) against gold."""
    from ...eval.entities import evaluate_entities

    result = evaluate_entities(gold, load_settings(config))
    if result["documents"] == 0:
        raise EvalError("no gold documents found (text/NAME.txt with entities/NAME.json)", path=str(gold))
    if not errors:
        result.pop("errors")
    if as_json:
        print(json.dumps(result))
        return
    console.print(_score_table(result))
    for error in result.get("errors", []):
        console.print(f"{error['doc']}:{error['start']} {error['type']} {error['text']!r} {error['id']}", highlight=False, markup=False)


def _score_table(result: dict) -> Table:
    """A Rich table of precision, recall and F1 per measure, and role accuracy."""
    table = Table(title=f"Entities on {result['documents']} documents")
    for column in ("measure", "P", "R", "F1", "gold"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    rows = [("mention spans", result["mentions"]), ("canonical ids", result["ids"])]
    rows += [(f"  ids: {kind}", counts) for kind, counts in result["ids_by_kind"].items() if counts["gold"]]
    for label, row in rows:
        table.add_row(label, *(f"{row[k]:.3f}" for k in ("p", "r", "f1")), str(row["gold"]))
    roles = result["roles"]
    table.caption = f"roles of {roles['matched']} matched people: strict {roles['strict']:.3f}, lenient {roles['lenient']:.3f}"
    return table
