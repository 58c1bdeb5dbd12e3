"""Speaker-name and sourcing agreement on the invented speaker development passages.

    .venv/bin/python benchmarks/speaker_dev.py [--show]

Reads tests/analyze/fixtures/speaker_dev.json (short wire-style passages about fictional
people, written for the speaker-resolution rules; each expectation is a cue, which
statement with that cue, the speaker name and the sourcing class) and prints the share of
expectations the full pipeline gets right, per field and per cause. Development figures:
the passages were written while the rules were changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
FIXTURE = ROOT / "tests" / "analyze" / "fixtures" / "speaker_dev.json"


def checks(nlp, passages: list[dict]):
    """(cause, text, field, wanted, got) for every expectation of every passage."""
    for passage in passages:
        statements = nlp(passage["text"])._.np_statements
        for cue, nth, name, sourcing in passage["expect"]:
            found = [s for s in statements if s.cue.text.lower() == cue.lower()]
            got = found[nth] if len(found) > nth else None
            yield passage["cause"], passage["text"], "speaker_name", name, got.speaker_name if got else None
            yield passage["cause"], passage["text"], "sourcing", sourcing, got.sourcing if got else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the expectations the pipeline gets wrong")
    parser.add_argument("--fixture", default=str(FIXTURE), help="the passages file (default: the development set)")
    args = parser.parse_args()
    from newsprism.analyze.pipeline import load_pipeline
    from newsprism.config import Settings

    settings = Settings()
    nlp = load_pipeline(settings.model, settings.components)
    passages = json.loads(Path(args.fixture).read_text(encoding="utf-8"))["passages"]
    fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    causes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for cause, text, field, wanted, got in checks(nlp, passages):
        ok = got is not None and got.lower() == wanted.lower()
        for tally in (fields[field], causes[cause]):
            tally[0] += ok
            tally[1] += 1
        if args.show and not ok:
            print(f"WRONG [{cause}] {field}: want {wanted!r} got {got!r}  {text[:100]!r}")
    for name, (right, total) in {**fields, **causes}.items():
        print(f"{name}: {right}/{total} = {right / total:.3f}")


if __name__ == "__main__":
    main()
