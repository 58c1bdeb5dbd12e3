"""Label agreement with counts, per gold folder and pooled, in one pipeline pass per folder.

    .venv/bin/python benchmarks/speaker_labels.py examples/gold examples/heldout/gold examples/dev3/a/gold ...

``newsprism eval attribution`` prints shares per folder; pooling development sets needs the
counts (agreeing / compared) behind them, which this prints for kind, sourcing, speaker name
and via length on the statements matched to gold (as the eval matches them), plus the exact
F1 of source / cue / content so a speaker change can be checked to leave spans alone. With
``--json`` the same as one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def folder_labels(gold_dir: Path) -> dict:
    """{"spans": {role: exact F1}, "labels": {label: [agreeing, compared]}} for one gold folder."""
    from newsprism.analyze.pipeline import analyze_articles
    from newsprism.config import Settings
    from newsprism.eval.attribution import (ATTRIBUTION_COMPONENTS, AttributionScore, _gold_labels, gold_article,
                                            gold_documents)

    settings = Settings()
    settings = settings.replace(components=tuple(c for c in settings.components if c in ATTRIBUTION_COMPONENTS))
    docs = list(gold_documents(gold_dir))
    meta = _gold_labels(gold_dir)
    score = AttributionScore()
    for doc, analysis in zip(docs, analyze_articles((gold_article(d.name, d.text) for d in docs), settings)):
        score.add_document(doc.text, doc.annotations, analysis.statements, meta.get(doc.name))
    spans = {role: score.as_dict()[role]["exact"]["f1"] for role in ("source", "cue", "content")}
    return {"spans": spans, "labels": {key: list(tally) for key, tally in score.labels.items()}}


def pooled(results: dict) -> dict:
    """Counts summed over folders: {label: [agreeing, compared]}."""
    total: dict[str, list[int]] = {}
    for result in results.values():
        for key, (agree, compared) in result["labels"].items():
            tally = total.setdefault(key, [0, 0])
            tally[0] += agree
            tally[1] += compared
    return total


def _line(name: str, labels: dict) -> str:
    return f"{name:28s} " + "  ".join(f"{key} {a}/{n} = {a / n:.3f}" for key, (a, n) in labels.items() if n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path, help="gold folders with text/, attributions/, attributions_meta.json")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    results = {str(folder): folder_labels(folder) for folder in args.gold}
    if args.json:
        print(json.dumps({"folders": results, "pooled": pooled(results)}, indent=1))
        return
    for name, result in results.items():
        spans = " / ".join(f"{f1}" for f1 in result["spans"].values())
        print(_line(name, result["labels"]) + f"  (exact source/cue/content {spans})")
    print(_line("pooled", pooled(results)))


if __name__ == "__main__":
    main()
