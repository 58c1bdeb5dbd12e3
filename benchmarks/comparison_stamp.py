"""What checking the comparison stamp costs a repeat `newsprism run`, against the comparison it saves.

    .venv/bin/python benchmarks/comparison_stamp.py --articles 1000 --chars 4000
    .venv/bin/python benchmarks/comparison_stamp.py --db /tmp/x.db      # an existing database

Builds a database of synthetic articles (fictional text, one small analysis each) in a
temporary folder, or reads the one given, and times ``api.comparison_stamp`` (which reads
every article and analysis key) and ``save_analysis`` (which now hashes each analysis).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsprism import api  # noqa: E402
from newsprism.config import Settings  # noqa: E402
from newsprism.records import Article, ArticleAnalysis, Claim, Span  # noqa: E402
from newsprism.store import Store  # noqa: E402

SENTENCE = "The Velmar harbour board said on Monday that ferry fares would rise by a tenth in April. "


def synthetic(count: int, chars: int) -> list[tuple[Article, ArticleAnalysis]]:
    """``count`` fictional articles of about ``chars`` characters, each with one claim per sentence."""
    pairs = []
    for i in range(count):
        headline = f"Harbour board sets fares, notice {i}"
        body = (SENTENCE * (chars // len(SENTENCE) + 1))[:chars]
        text = f"{headline}\n\n{body}"
        start = len(headline) + 2
        claims = tuple(Claim(Span.of(text, s, s + len(SENTENCE) - 1), holder="harbour board",
                             modality="asserted", position="body")
                       for s in range(start, len(text) - len(SENTENCE), len(SENTENCE)))
        article = Article(id=f"{i:040x}", text=text, headline=headline, outlet=f"Outlet {i % 7}", body_start=start)
        pairs.append((article, ArticleAnalysis(article_id=article.id, claims=claims, pipeline="bench")))
    return pairs


def build(path: Path, count: int, chars: int) -> float:
    """Fill a new database; seconds spent in save_analysis."""
    pairs = synthetic(count, chars)
    with Store.open(path) as store:
        store.add_articles(a for a, _ in pairs)
        started = time.perf_counter()
        for _, analysis in pairs:
            store.save_analysis(analysis)
        return time.perf_counter() - started


def time_stamp(path: Path, trials: int) -> list[float]:
    """Seconds per comparison_stamp call over the database (model files read once first)."""
    settings = Settings()
    with Store.open(path) as store:
        api.comparison_stamp(store, settings)  # warm: fingerprint, model meta
        times = []
        for _ in range(trials):
            started = time.perf_counter()
            api.comparison_stamp(store, settings)
            times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--chars", type=int, default=4000)
    parser.add_argument("--trials", type=int, default=5)
    parser.add_argument("--db", type=Path, help="time an existing database instead of a synthetic one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "stamp.db"
        if args.db is None:
            saved = build(path, args.articles, args.chars)
            print(f"save_analysis: {saved / args.articles * 1000:.2f} ms per analysis ({args.articles} articles)")
        times = time_stamp(path, args.trials)
    print(f"comparison_stamp: median {statistics.median(times) * 1000:.1f} ms, "
          f"min {min(times) * 1000:.1f} ms over {args.trials} trials")


if __name__ == "__main__":
    main()
