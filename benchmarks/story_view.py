"""Story view render time for a 50-article story (target: under 300 ms on this machine).

    .venv/bin/python benchmarks/story_view.py [--articles 50] [--repeat 8] [--runs 15]

Builds a database of hand-made records (the demo story, its body repeated ``--repeat`` times so
that each article has about 450 words and 180 highlighted spans; every claim that no group
aligns gets its own single-source verdict, as the compare layer does), then times
GET /story/{id} through the real app (store reads, query layer, templates), its JSON twin and
the static report (which also highlights every article).
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from newsprism.present.report import render_report
from newsprism.present.web import create_app
from newsprism.present.web.demo import STORY_ID, build_demo_db, demo_records
from newsprism.records import ClaimRef, Span, Verdict


def shifted(record, delta: int):
    """A copy of any record with every Span moved by ``delta`` characters."""
    if isinstance(record, Span):
        return Span(record.start + delta, record.end + delta, record.text)
    if dataclasses.is_dataclass(record):
        return dataclasses.replace(record, **{f.name: shifted(getattr(record, f.name), delta)
                                              for f in dataclasses.fields(record) if f.init})
    if isinstance(record, tuple):
        return tuple(shifted(item, delta) for item in record)
    return record


def lengthen(article, analysis, repeat: int):
    """The article with its body repeated ``repeat`` times, and its records repeated to match."""
    body = article.text[article.body_start:]
    text, parts = article.text, {name: list(getattr(analysis, name)) for name in ("entities", "statements", "claims", "events")}
    for _ in range(repeat - 1):
        delta = len(text) + 2 - article.body_start
        text += "\n\n" + body
        for name in parts:
            parts[name] += [shifted(r, delta) for r in getattr(analysis, name)]
    article = dataclasses.replace(article, text=text)
    return article, dataclasses.replace(analysis, **{k: tuple(v) for k, v in parts.items()})


def build(path: Path, articles: int, repeat: int) -> tuple[int, int]:
    """Write the benchmark database; returns (words per article, spans per article)."""
    corpus = demo_records(copies=-(-articles // 3), articles=articles)
    pairs = [lengthen(a, an, repeat) for a, an in zip(corpus.articles, corpus.analyses)]
    corpus.articles, corpus.analyses = [p[0] for p in pairs], [p[1] for p in pairs]
    corpus.verdicts += single_source_verdicts(corpus)
    build_demo_db(path, corpus=corpus).close()
    a, an = pairs[0]
    spans = len(an.entities) + 3 * len(an.statements) + 2 * len(an.claims)
    return len(a.text.split()), spans


def single_source_verdicts(corpus) -> list[Verdict]:
    """One single-source verdict per claim that no verdict cites yet."""
    cited = {(r.article_id, r.span.start) for v in corpus.verdicts for r in v.claims}
    verdicts, group = [], len(corpus.verdicts)
    for article, analysis in zip(corpus.articles, corpus.analyses):
        for claim in analysis.claims:
            if (article.id, claim.span.start) not in cited:
                verdicts.append(Verdict(STORY_ID, group, "single-source", claim.span.text[:80],
                                        (ClaimRef(article.id, claim.span),), (article.outlet,)))
                group += 1
    return verdicts


def timed(func, runs: int) -> list[float]:
    """Milliseconds per call, after one warm-up call."""
    func()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(1000 * (time.perf_counter() - start))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50, help="articles in the story")
    parser.add_argument("--repeat", type=int, default=8, help="times each demo body is repeated")
    parser.add_argument("--runs", type=int, default=15, help="timed renders")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        words, spans = build(db, args.articles, args.repeat)
        client = TestClient(create_app(db))
        page = timed(lambda: client.get(f"/story/{STORY_ID}").raise_for_status(), args.runs)
        api = timed(lambda: client.get(f"/api/stories/{STORY_ID}").raise_for_status(), args.runs)
        store = client.app.state.pool.get()
        report = timed(lambda: render_report(store, STORY_ID), args.runs)
        size = len(client.get(f"/story/{STORY_ID}").content)
        verdicts = len(store.verdicts(STORY_ID))
    print(f"story: {args.articles} articles, ~{words} words and ~{spans} spans each, {verdicts} verdicts; "
          f"page {size / 1e6:.1f} MB")
    for name, times in (("GET /story/{id} (HTML)", page), ("GET /api/stories/{id}", api), ("static report", report)):
        print(f"{name:24s} median {statistics.median(times):6.1f} ms   max {max(times):6.1f} ms   ({args.runs} runs)")
    verdict = "meets" if statistics.median(page) < 300 else "MISSES"
    print(f"story view {verdict} the 300 ms target")


if __name__ == "__main__":
    main()
