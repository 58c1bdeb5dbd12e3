"""Cost of entity normalisation over the spaCy model it reads, and its quality on the gold.

    .venv/bin/python benchmarks/entities_cost.py [--articles 120] [--repeats 3]

Runs the example articles (repeated to ``--articles``) through the model plus the
paragraph component, with and without ``newsprism_entities``, alternating, and keeps the
best of ``--repeats`` timings of each. Because whole-pipeline timings are noisy on a
shared machine, it also times the component alone over the already-parsed Docs. Then it
scores examples/gold when it is there (the figures of ``newsprism eval entities``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

BASE = ("newsprism_paragraphs",)
WITH_ENTITIES = BASE + ("newsprism_entities",)


from _common import example_corpus as corpus  # noqa: E402
from _common import pipe_seconds as run_once  # noqa: E402


def component_seconds(nlp, articles, batch_size: int, repeats: int) -> float:
    """Best time of ``newsprism_entities`` alone over Docs the model has already parsed."""
    from newsprism.analyze.pipeline import make_doc

    with nlp.select_pipes(disable=["newsprism_entities"]):
        docs = list(nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=batch_size))
    component = nlp.get_pipe("newsprism_entities")
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for doc in docs:
            component(doc)
        best = min(best, time.perf_counter() - start)
    return best


def quality() -> dict:
    """Scores on examples/gold, or {} when there is no entity gold yet."""
    from newsprism.eval.entities import evaluate_entities, gold_entity_documents

    gold = ROOT / "examples" / "gold"
    if not (gold / "entities").is_dir() or not gold_entity_documents(gold):
        return {}
    result = evaluate_entities(gold)
    return {"gold_documents": result["documents"], "mentions_f1": result["mentions"]["f1"],
            "ids_p": result["ids"]["p"], "ids_r": result["ids"]["r"], "ids_f1": result["ids"]["f1"],
            "roles_strict": result["roles"]["strict"], "roles_lenient": result["roles"]["lenient"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    from newsprism.analyze.pipeline import load_pipeline

    articles = corpus(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    pipes = {"model": load_pipeline(components=BASE), "entities": load_pipeline(components=WITH_ENTITIES)}
    best = {name: float("inf") for name in pipes}
    for _ in range(args.repeats):
        for name, nlp in pipes.items():
            best[name] = min(best[name], run_once(nlp, articles, args.batch_size))
    report = {
        "articles": len(articles), "words": words,
        **{f"{name}_words_per_s": round(words / t) for name, t in best.items()},
        "entities_cost_over_model": round(best["entities"] / best["model"] - 1, 4),
        "component_alone_words_per_s": round(words / component_seconds(pipes["entities"], articles, args.batch_size, args.repeats)),
        **quality(),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
