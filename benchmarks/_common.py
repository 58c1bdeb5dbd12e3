"""Shared pieces of the benchmark scripts (run them as `python benchmarks/NAME.py`)."""

from __future__ import annotations

import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def example_corpus(n: int) -> list:
    """The bundled example articles repeated to ``n`` articles."""
    from newsprism.ingest import ingest_paths
    from newsprism.records import Article

    base = [a for a in ingest_paths([str(ROOT / "examples" / "articles")]) if isinstance(a, Article)]
    return [base[i % len(base)] for i in range(n)]


def pipe_seconds(nlp, articles, batch_size: int) -> float:
    """Seconds to run ``nlp.pipe`` over ``articles`` (Docs made as the analysis makes them)."""
    from newsprism.analyze.pipeline import make_doc

    start = time.perf_counter()
    for _doc in nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=batch_size):
        pass
    return time.perf_counter() - start
