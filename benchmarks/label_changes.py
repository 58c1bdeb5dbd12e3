"""Every speaker label and entity id that changed between two versions of the code, on real texts.

    .venv/bin/python benchmarks/label_changes.py --before-src /tmp/start/src            # PolNeAR even half
    .venv/bin/python benchmarks/label_changes.py --before-src /tmp/start/src --texts DIR --split all

Our held-out sets are six invented articles each; a rule for lone surnames or pronoun chains
may move nothing there and a great deal on real news. This runs both versions (each a
subprocess with ``PYTHONPATH`` set to its ``src``, as ``gold_sets.py`` does) over a folder of
plain texts, by default PolNeAR's (../shared/eval/polnear-dev/text, 2016 US political news,
read at run time only), and prints, for statements with the same cue span, each change of
``speaker_name`` or ``sourcing``, and each mention whose canonical id changed. Read them: the
gold has no speaker names to score them against. ``--split even`` (the default) keeps to the
half whose errors may be read; PolNeAR's odd half is the unseen split for spans.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = ROOT.parent / "shared" / "eval" / "polnear-dev" / "text"


def chosen_files(texts: Path, split: str) -> list[Path]:
    """The text files of ``split`` (even / odd / all) by their index in sorted order."""
    files = sorted(texts.glob("*.txt"))
    return [f for i, f in enumerate(files) if split == "all" or (i % 2 == 0) == (split == "even")]


def dump(files: list[Path]) -> dict:
    """Per file: statements (cue span -> speaker text, name, sourcing) and entities (span -> id)."""
    from newsprism.analyze.pipeline import analyze_text

    out = {}
    for path in files:
        analysis = analyze_text(path.read_text(encoding="utf-8"))
        out[path.name] = {
            "statements": {f"{s.cue.start}:{s.cue.end}": [s.cue.text, s.speaker.text if s.speaker else "", s.speaker_name,
                                                          s.sourcing] for s in analysis.statements},
            "entities": {f"{e.span.start}:{e.span.end}": [e.span.text, e.canonical_id] for e in analysis.entities},
        }
    return out


def _dump_with(src: Path, files: list[Path]) -> dict:
    env = dict(os.environ, PYTHONPATH=str(src))
    command = [sys.executable, __file__, "--dump", *map(str, files)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise SystemExit(f"analysis with {src} failed: {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout)


def changes(before: dict, after: dict) -> tuple[list[tuple], list[tuple]]:
    """(statement label changes, entity id changes) for the keys both runs share."""
    statements, entities = [], []
    for name in sorted(before.keys() & after.keys()):
        old, new = before[name]["statements"], after[name]["statements"]
        for key in sorted(old.keys() & new.keys(), key=lambda k: int(k.split(":")[0])):
            if old[key][2:] != new[key][2:]:
                statements.append((name, *old[key][:2], *old[key][2:], *new[key][2:]))
        old, new = before[name]["entities"], after[name]["entities"]
        for key in sorted(old.keys() | new.keys(), key=lambda k: int(k.split(":")[0])):
            was, now = old.get(key, ["", ""]), new.get(key, ["", ""])
            if was[1] != now[1]:
                entities.append((name, was[0] or now[0], was[1] or "-", now[1] or "-"))
    return statements, entities


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before-src", type=Path, help="the older newsprism source tree")
    parser.add_argument("--after-src", type=Path, default=ROOT / "src", help="the newer one (default: this checkout)")
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="folder of plain-text articles")
    parser.add_argument("--split", choices=("even", "odd", "all"), default="even", help="which files by sorted index")
    parser.add_argument("--dump", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump is not None:
        print(json.dumps(dump([Path(p) for p in args.dump])))
        return
    if args.before_src is None:
        parser.error("--before-src is required")
    files = chosen_files(args.texts, args.split)
    before, after = _dump_with(args.before_src, files), _dump_with(args.after_src, files)
    statements, entities = changes(before, after)
    total = sum(len(v["statements"]) for v in before.values())
    mentions = sum(len(v["entities"]) for v in before.values())
    print(f"{len(files)} texts; speaker labels changed on {len(statements)} of {total} statements; "
          f"ids changed on {len(entities)} of {mentions} mentions")
    for name, cue, speaker, *labels in statements:
        print(f"statement  {name}  cue {cue!r}  speaker {speaker!r}: {labels[0]!r} {labels[1]} -> {labels[2]!r} {labels[3]}")
    for name, text, was, now in entities:
        print(f"entity     {name}  {text!r}: {was} -> {now}")


if __name__ == "__main__":
    main()
