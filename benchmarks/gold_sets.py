"""Every quality figure of one or more of our gold sets, in one table, optionally against an earlier run.

    .venv/bin/python benchmarks/gold_sets.py examples/dev3/a examples/dev3/b --out /tmp/now
    .venv/bin/python benchmarks/gold_sets.py examples/heldout3 --out /tmp/now --before /tmp/start
    .venv/bin/python benchmarks/gold_sets.py examples/heldout3 --src /tmp/old/src --out /tmp/start   # older code

A set is a folder with ``articles/`` and ``gold/`` (``examples/gold`` reads ``examples/articles``).
Each figure comes from the command a reader would run (``newsprism eval attribution / claims /
events / entities / headline-stance / alignment``, ``benchmarks/events_precision.py`` and
``benchmarks/story_clustering.py``), run as a subprocess with ``PYTHONPATH`` set to ``--src``
(default: this checkout's ``src``), so a ``git archive`` of an older commit is measured the
same way. ``--out`` keeps one JSON file per set; ``--before`` prints each figure as before → now.

Held-out sets (examples/heldout2, examples/heldout3): read the aggregates this prints, never
the commands' error listings.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def set_paths(folder: Path) -> tuple[Path, Path]:
    """(articles folder, gold folder) of a set."""
    if folder.name == "gold" and (folder.parent / "articles").is_dir():
        return folder.parent / "articles", folder
    return folder / "articles", folder / "gold"


def _run(args: list[str], src: Path, bench: Path) -> str:
    env = dict(os.environ, PYTHONPATH=str(src))
    command = [sys.executable] + (["-m", "newsprism"] + args[1:] if args[0] == "newsprism" else [str(bench / args[0])] + args[1:])
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return done.stdout


def _json(text: str) -> dict:
    return json.loads(text.strip().splitlines()[-1])


def _labels(table: str) -> dict:
    """Label agreement from the table form of ``eval attribution`` ("kind 0.96, sourcing ...")."""
    line = next((l for l in table.splitlines() if "Label agreement" in l), "")
    pairs = [part.strip().rsplit(" ", 1) for part in line.split(":", 1)[-1].split(",") if part.strip()]
    return {name: float(value) for name, value in pairs if value.replace(".", "", 1).isdigit()}


def measure(folder: Path, src: Path, bench: Path) -> dict:
    """The figures of one set, flat: {"attribution source exact": 0.83, ...}."""
    articles, gold = set_paths(folder)
    figures: dict = {}
    attribution = _json(_run(["newsprism", "eval", "attribution", "--gold", str(gold), "--json"], src, bench))
    for role in ("source", "cue", "content"):
        for match in ("exact", "overlap"):
            figures[f"attribution {role} {match}"] = attribution[role][match]["f1"]
    figures["attribution statement"] = attribution["statement"]["f1"]
    for name, value in _labels(_run(["newsprism", "eval", "attribution", "--gold", str(gold)], src, bench)).items():
        figures[f"label {name}"] = value
    claims = _json(_run(["newsprism", "eval", "claims", "--gold", str(gold / "claims"), "--json"], src, bench))
    for modality, score in claims["modality"].items():
        figures[f"claims {modality}"] = score["f1"]
    figures["claims asserted precision"] = claims["modality"]["asserted"]["precision"]
    figures["conditions"] = claims["conditions"]["f1"]
    events = _json(_run(["newsprism", "eval", "events", "--gold", str(gold / "events.json"), "--json"], src, bench))
    for key in ("type_accuracy", "type_macro_f1", "actor_f1", "recipient_f1", "mode_accuracy"):
        figures[f"events {key}"] = events[key]
    entities = _json(_run(["newsprism", "eval", "entities", "--gold", str(gold), "--json"], src, bench))
    figures["entity mentions"], figures["entity ids"] = entities["mentions"]["f1"], entities["ids"]["f1"]
    for kind in ("PERSON", "ORG", "GPE", "NORP"):
        figures[f"entity ids {kind}"] = entities["ids_by_kind"].get(kind, {}).get("f1")
    for key in ("strict", "lenient", "title"):
        figures[f"roles {key}"] = entities["roles"].get(key)
    headline = _json(_run(["newsprism", "eval", "headline-stance", "--articles", str(articles),
                           "--gold", str(gold / "stories.json"), "--json"], src, bench))
    figures["headline own body right"] = f"{headline['correct']} of {headline['articles']}"
    stories = _json(_run(["story_clustering.py", str(articles), "--gold", str(gold / "stories.json")], src, bench))
    figures["stories ARI"], figures["stories found"] = stories["ari"], f"{stories['stories']} for {stories['gold_stories']}"
    if (gold / "alignment.json").exists():
        alignment = _json(_run(["newsprism", "eval", "alignment", "--articles", str(articles),
                                "--gold", str(gold / "alignment.json"), "--json"], src, bench))
        for relation in ("same", "contradicts"):
            figures[f"alignment {relation} P / R"] = f"{alignment[relation]['p']} / {alignment[relation]['r']}"
    return figures


def _shown(value) -> str:
    return "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path, help="set folders (with articles/ and gold/)")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the newsprism source tree to measure")
    parser.add_argument("--out", type=Path, help="folder for one JSON file of figures per set")
    parser.add_argument("--before", type=Path, help="a folder written by an earlier --out, to compare with")
    args = parser.parse_args()
    bench = args.src.parent / "benchmarks" if (args.src.parent / "benchmarks").is_dir() else ROOT / "benchmarks"
    for folder in args.sets:
        name = "-".join(folder.parts[-2:])  # "dev3-a", "examples-heldout3", "examples-gold"
        figures = measure(folder, args.src.resolve(), bench.resolve())
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"{name}.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
        before = {}
        if args.before and (args.before / f"{name}.json").exists():
            before = json.loads((args.before / f"{name}.json").read_text(encoding="utf-8"))
        print(f"## {folder}")
        for key, value in figures.items():
            shown = f"{_shown(before.get(key))} -> {_shown(value)}" if before else _shown(value)
            print(f"{key}: {shown}")


if __name__ == "__main__":
    main()
