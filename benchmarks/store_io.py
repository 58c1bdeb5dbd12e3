"""Store throughput: writes, resume query, search and exports on a synthetic corpus.

    .venv/bin/python benchmarks/store_io.py [--articles 5000] [--out /tmp/np-store-bench]

Articles are invented ~600-word texts; each gets an analysis with 12 entities, 4 statements,
6 claims and 2 events (hand-built records, no spaCy), so the figures are the store's own cost.
Prints rates per stage, the database size and the peak resident memory of each export run
in its own process (bounded memory: the peak should not grow with --articles).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

WORDS = ("harbour council minister ferry strike talks union budget vote storm port dock "
         "workers said would might according officials reported Tuesday Gullport Selm").split()
RARE = [f"word{n}" for n in range(5000)]  # so that search terms are selective, as in real text


def synthetic(n: int, seed: int = 7):
    """(article, analysis) pairs with spans that point into each article's text."""
    from newsprism.records import (Actor, Article, ArticleAnalysis, Claim, Entity, Event, Span, Statement)

    rng = random.Random(seed)
    for i in range(n):
        headline = " ".join(rng.choices(WORDS, k=6))
        text = headline + "\n\n" + " ".join(rng.choice(RARE) if rng.random() < 0.3 else rng.choice(WORDS)
                                              for _ in range(600))
        span = lambda: Span.of(text, (s := rng.randrange(0, len(text) - 40)), s + 30)  # noqa: E731
        article = Article(id=f"{i:012x}", text=text, headline=headline, outlet=f"Outlet {i % 7}",
                          published=f"2026-03-{1 + i % 28:02d}", body_start=len(headline) + 2)
        yield article, ArticleAnalysis(
            article.id,
            entities=tuple(Entity(span(), "PERSON", canonical_id=f"p{rng.randrange(50)}") for _ in range(12)),
            statements=tuple(Statement(span(), span(), "indirect", "named-person", speaker=span()) for _ in range(4)),
            claims=tuple(Claim(span(), "writer", "asserted", "body", cues=(span(),)) for _ in range(6)),
            events=tuple(Event(span(), "CONSULT", actors=(Actor("GOV"),), score=1.0) for _ in range(2)),
            pipeline="bench",
        )


def timed(label: str, n: int, fn) -> float:
    start = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start
    print(f"{label:<28} {n / seconds:>10.0f} /s   ({seconds:.2f} s for {n})")
    return seconds


def build(db: Path, n: int) -> None:
    from newsprism.store import Store

    pairs = list(synthetic(n))
    with Store.open(db) as store:
        timed("add_articles", n, lambda: store.add_articles(a for a, _ in pairs))
        timed("add_articles again (no-op)", n, lambda: store.add_articles(a for a, _ in pairs))
        timed("save_analysis (1 txn each)", n, lambda: [store.save_analysis(an) for _, an in pairs])
        timed("pending_articles (none left)", n, lambda: list(store.pending_articles()))
        timed("analysis() reads", n, lambda: [store.analysis(a.id) for a, _ in pairs])
        timed("search (selective terms)", 200, lambda: [store.search(rng_word(i), limit=20) for i in range(200)])
    print(f"database size: {db.stat().st_size / 1e6:.1f} MB")


def rng_word(i: int) -> str:
    """Half the queries pair a common word with a rare one; the rest are two rare words."""
    return f"{WORDS[i % len(WORDS)] if i % 2 else RARE[i * 3]} {RARE[(i * 7) % len(RARE)]}"


def export_child(db: str, fmt: str, out: str) -> None:
    """Run one export in this process and print its time and peak memory as JSON."""
    from newsprism.store import Store
    from newsprism.store.export import export

    start = time.perf_counter()
    with Store.open(db, readonly=True) as store:
        export(store, fmt, out)
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork+exec
    status = Path("/proc/self/status").read_text()
    peak_mb = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))) / 1024
    print(json.dumps({"seconds": time.perf_counter() - start, "peak_mb": peak_mb}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/np-store-bench"))
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return export_child(*args.child)
    shutil.rmtree(args.out, ignore_errors=True)
    args.out.mkdir(parents=True)
    db = args.out / "bench.db"
    build(db, args.articles)
    for fmt in ("jsonl", "csv", "parquet"):
        out = subprocess.run([sys.executable, __file__, "--child", str(db), fmt, str(args.out / fmt)],
                             capture_output=True, text=True, check=True).stdout
        result = json.loads(out)
        size = sum(p.stat().st_size for p in (args.out / fmt).iterdir()) / 1e6
        print(f"export {fmt:<8} {result['seconds']:6.2f} s  {size:7.1f} MB  peak RSS {result['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
