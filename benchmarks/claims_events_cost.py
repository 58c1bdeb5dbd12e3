"""Cost of the claims + conditions + events layer over the analysis without it.

    .venv/bin/python benchmarks/claims_events_cost.py [--articles 120] [--repeats 3]

Two measures:
- paired (the headline figure): each batch goes through the analysis without our layer,
  then straight away through the claims and events components on the same Docs, so both
  timings share the machine's load at that moment; cost = our time / their time.
- pipelines: three whole pipelines (foundation = paragraphs + entities; before = +
  attribution; full = + claims + events) take turns batch by batch, ``--repeats`` times,
  so that all three see the same load; the totals give articles/s for each.
The claims/events layer reuses the parse (no re-parsing), so its cost is pure Python over
the tokens. The budget (issue 4) is 25 % over the analysis it extends.
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
BEFORE = FOUNDATION + ("newsprism_attribution",)
FULL = BEFORE + ("newsprism_claims", "newsprism_events")


from _common import example_corpus as corpus  # noqa: E402
from _common import pipe_seconds as run_once  # noqa: E402


def paired(articles, batch_size: int) -> dict:
    """Time the analysis before our layer and our two components batch by batch."""
    from newsprism.analyze.claims import claims_component
    from newsprism.analyze.events import events_component
    from newsprism.analyze.pipeline import load_pipeline, make_doc

    nlp = load_pipeline(components=BEFORE)
    theirs = ours = 0.0
    for i in range(0, len(articles), batch_size):
        batch = articles[i : i + batch_size]
        start = time.perf_counter()
        docs = list(nlp.pipe((make_doc(nlp, a) for a in batch), batch_size=batch_size))
        mid = time.perf_counter()
        for doc in docs:
            events_component(claims_component(doc))
        theirs, ours = theirs + mid - start, ours + time.perf_counter() - mid
    return {"before_seconds": round(theirs, 3), "claims_events_seconds": round(ours, 3),
            "paired_cost_over_before": round(ours / theirs, 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    from newsprism.analyze.pipeline import load_pipeline

    articles = corpus(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    pipes = {name: load_pipeline(components=comps) for name, comps in
             (("foundation", FOUNDATION), ("before", BEFORE), ("full", FULL))}
    for nlp in pipes.values():  # warm up: the first pass pays for lazy loading and caches
        run_once(nlp, articles[:10], args.batch_size)
    best = {name: 0.0 for name in pipes}
    for _ in range(args.repeats):
        for i in range(0, len(articles), args.batch_size):
            batch = articles[i : i + args.batch_size]
            for name, nlp in pipes.items():
                best[name] += run_once(nlp, batch, args.batch_size)
    best = {name: total / args.repeats for name, total in best.items()}
    report = {
        "articles": len(articles), "words": words,
        **{f"{name}_articles_per_s": round(len(articles) / t, 2) for name, t in best.items()},
        "claims_events_cost_over_before": round(best["full"] / best["before"] - 1, 4),
        "claims_events_cost_over_foundation": round((best["full"] - best["before"]) / best["foundation"], 4),
    }
    report.update(paired(articles, args.batch_size))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
