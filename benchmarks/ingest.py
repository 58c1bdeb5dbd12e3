"""Ingest throughput per input format, on copies of the test fixtures made unique per file, and the
time to read one hostile feed of many tiny entries with and without settings.max_feed_entries.

    .venv/bin/python benchmarks/ingest.py
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

from newsprism.config import Settings
from newsprism.ingest import Ingestor

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "ingest"


def build_corpus(root: Path) -> None:
    """HTML pages, text files, one JSONL file and RSS feeds, each copy made unique so dedup keeps it."""
    html = (FIXTURES / "gazette-pier.html").read_text(encoding="utf-8")
    txt = (FIXTURES / "ferry-plain.txt").read_text(encoding="utf-8")
    feed = (FIXTURES / "courier-feed.xml").read_text(encoding="utf-8")
    for kind, source, count in (("html", html, 300), ("txt", txt, 1000)):
        folder = root / kind
        folder.mkdir()
        for i in range(count):
            unique = source.replace("Tuesday", f"Tuesday {i}").replace("Monday", f"Monday {i}")
            (folder / f"a{i}.{kind}").write_text(unique, encoding="utf-8")
    (root / "jsonl").mkdir()
    with open(root / "jsonl" / "corpus.jsonl", "w", encoding="utf-8") as out:
        for i in range(5000):
            out.write(json.dumps({"text": txt.replace("Monday", f"Monday {i}"), "headline": f"Headline {i}"}) + "\n")
    (root / "feed").mkdir()
    for i in range(100):
        unique = feed.replace("Monday", f"Monday {i}").replace("Thursday", f"Thursday {i}")
        (root / "feed" / f"f{i}.xml").write_text(unique, encoding="utf-8")


def tiny_entry_feed(max_bytes: int) -> bytes:
    """An RSS feed just under ``max_bytes`` made of entries with only a title (skipped, but each one parsed)."""
    entries = b"".join(b"<item><title>t%d</title></item>" % n for n in range(max_bytes // 30))
    head, tail = b"<?xml version='1.0'?><rss version='2.0'><channel><title>Flood</title>", b"</channel></rss>"
    return head + entries[: max_bytes - len(head) - len(tail) - 40].rpartition(b"<item>")[0] + tail


def large_feed(root: Path) -> None:
    """Seconds to ingest a max_bytes feed of tiny entries: with no entry cap (before) and the default cap."""
    path = root / "flood.xml"
    path.write_bytes(tiny_entry_feed(Settings().max_bytes))
    for label, settings in (("no cap", Settings(max_feed_entries=10**9)), ("default cap", Settings())):
        ingestor = Ingestor(settings)
        start = time.perf_counter()
        for _ in ingestor.ingest([path]):
            pass
        seconds = time.perf_counter() - start
        read = ingestor.stats.skipped_entries + ingestor.stats.articles
        print(f"feed of {path.stat().st_size / 1e6:.1f} MB, {label:11s}: {read:6d} entries read in {seconds:6.2f} s "
              f"= {read / seconds:7.0f} entries/s")


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="newsprism-bench-"))
    try:
        build_corpus(root)
        for kind in ("html", "txt", "jsonl", "feed"):
            ingestor = Ingestor(Settings())
            start = time.perf_counter()
            for _ in ingestor.ingest([root / kind]):
                pass
            seconds = time.perf_counter() - start
            stats = ingestor.stats
            print(f"{kind:6s} {stats.articles:5d} articles from {stats.files:5d} files in {seconds:6.2f} s "
                  f"= {stats.articles / seconds:7.0f} articles/s")
        large_feed(root)
    finally:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
