"""Throughput of the per-article analysis, layer by layer, on the same text.

    .venv/bin/python benchmarks/throughput.py [--articles 200] [--batch-size 16]

Each configuration runs in its own process (so peak memory is its own) over the bundled
example articles repeated to ``--articles`` documents. It prints articles/s, words/s,
the cost of each layer relative to the raw spaCy pipeline and to the foundation, and
peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIGS = {
    "spacy": (),  # raw nlp.pipe of the model, no newsprism components
    "foundation": ("newsprism_paragraphs", "newsprism_entities"),
    "+attribution": ("newsprism_paragraphs", "newsprism_entities", "newsprism_attribution"),
    "full": ("newsprism_paragraphs", "newsprism_entities", "newsprism_attribution", "newsprism_claims", "newsprism_events"),
}


from _common import example_corpus as corpus  # noqa: E402


def measure(name: str, n: int, batch_size: int) -> dict:
    """Time one configuration in this process."""
    from newsprism.analyze.pipeline import analyze_articles, load_pipeline
    from newsprism.config import Settings

    articles = corpus(n)
    words = sum(len(a.text.split()) for a in articles)
    settings = Settings(batch_size=batch_size, components=CONFIGS[name])
    nlp = load_pipeline(settings.model, settings.components)
    list(analyze_articles(articles[:4], settings, nlp=nlp))  # warm-up
    start = time.perf_counter()
    if name == "spacy":
        for _ in nlp.pipe((a.text for a in articles), batch_size=batch_size):
            pass
    else:
        for _ in analyze_articles(articles, settings, nlp=nlp):
            pass
    seconds = time.perf_counter() - start
    return {"config": name, "articles": n, "words": words, "seconds": seconds,
            "articles_per_s": n / seconds, "words_per_s": words / seconds,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "components": [p for p in nlp.pipe_names if p.startswith("newsprism_")]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--config", choices=CONFIGS, help=argparse.SUPPRESS)  # child mode
    args = parser.parse_args()
    if args.config:
        print(json.dumps(measure(args.config, args.articles, args.batch_size)))
        return
    results = []
    for name in CONFIGS:
        out = subprocess.run([sys.executable, __file__, "--config", name, "--articles", str(args.articles),
                              "--batch-size", str(args.batch_size)], capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    base = {r["config"]: r["seconds"] for r in results}
    print(f"{'config':<14}{'articles/s':>11}{'words/s':>10}{'vs spacy':>10}{'vs found.':>10}{'peak MB':>9}  components")
    for r in results:
        print(f"{r['config']:<14}{r['articles_per_s']:>11.1f}{r['words_per_s']:>10.0f}"
              f"{r['seconds'] / base['spacy']:>10.2f}{r['seconds'] / base['foundation']:>10.2f}"
              f"{r['peak_rss_mb']:>9.0f}  {','.join(r['components']) or '-'}")
    print(f"\n{results[0]['articles']} articles, {results[0]['words']} words, batch size {args.batch_size}; "
          f"full analysis / raw spaCy = {base['full'] / base['spacy']:.2f}")


if __name__ == "__main__":
    main()
