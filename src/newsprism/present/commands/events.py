"""CLI commands for the events layer (registered on import by newsprism.cli)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from ...cli import console, eval_app, user_errors
from ...config import load_settings
from ...errors import EvalError

SPLITS = ("all", "even", "odd")
# The pipeline settings every scoring command takes: TOML file first, then these flags.
CONFIG_OPTION = typer.Option(None, "--config", help="TOML settings file (default: ./newsprism.toml if present).")
MODEL_OPTION = typer.Option(None, "--model", help="spaCy pipeline package name (default: the settings' model).")
CUE_MODEL_OPTION = typer.Option(
    None, "--cue-model", help='Attribution cue model: "builtin", "" for the lexicon rules alone, or a JSON model file.')


@eval_app.command("events")
@user_errors
def eval_events(
    gold: Path = typer.Option(..., "--gold", help="PLOVER gold-standard JSON file (an array of GSR records)."),
    as_json: bool = typer.Option(False, "--json", help="Print exactly one JSON object instead of a table."),
    split: str = typer.Option("all", "--split", help="Records by index: all, even (development) or odd (held out)."),
    config: Optional[Path] = CONFIG_OPTION,
    model: Optional[str] = MODEL_OPTION,
    cue_model: Optional[str] = CUE_MODEL_OPTION,
) -> None:
    """Score the PLOVER event coder: type accuracy and macro-F1, actor/recipient code F1, sector and context accuracy."""
    from ...eval.events import load_gold, pipeline_coder, score_events, split as split_records

    if split not in SPLITS:
        raise EvalError(f"unknown split {split!r}; use all, even or odd")
    settings = load_settings(config).replace(model=model, cue_model=cue_model)
    records = split_records(load_gold(gold), split)
    result = score_events(records, pipeline_coder(settings=settings))
    if as_json:
        print(json.dumps(result))
        return
    table = Table(title=f"PLOVER events on {result['records']} records ({split})")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key, value in result.items():
        if key != "records":
            table.add_row(key, f"{value:.3f}")
    console.print(table)


@eval_app.command("claims")
@user_errors
def eval_claims(
    gold: Path = typer.Option(..., "--gold", help="Folder of gold claim files NAME.json (texts in ../text/NAME.txt)."),
    text_dir: Optional[Path] = typer.Option(None, "--text-dir", help="Folder of the gold texts (default: the gold folder's sibling text/)."),
    as_json: bool = typer.Option(False, "--json", help="Print exactly one JSON object instead of a table."),
    config: Optional[Path] = CONFIG_OPTION,
    model: Optional[str] = MODEL_OPTION,
    cue_model: Optional[str] = CUE_MODEL_OPTION,
) -> None:
    """Score claim modality (P/R/F1 per class) and conditions against hand-made gold."""
    from ...eval.claims import score_claims

    settings = load_settings(config).replace(model=model, cue_model=cue_model)
    result = score_claims(gold, text_dir, settings=settings)
    if as_json:
        print(json.dumps(result))
        return
    table = Table(title=f"Claims on {result['articles']} articles")
    for column in ("class", "gold", "predicted", "P", "R", "F1"):
        table.add_column(column, justify="left" if column == "class" else "right")
    rows = list(result["modality"].items()) + [("conditions", result["conditions"])]
    for name, row in rows:
        table.add_row(name, str(row["gold"]), str(row["predicted"]), *(f"{row[k]:.3f}" for k in ("precision", "recall", "f1")))
    console.print(table)
