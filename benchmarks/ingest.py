"""Ingest throughput per input format, on copies of the test fixtures made unique per file.

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
    finally:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
