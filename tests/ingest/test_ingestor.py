"""ingest_paths / Ingestor: folders, dispatch, deduplication, counts, and every kind of bad input."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from newsprism.config import Settings
from newsprism.ingest import FAILURE_CODES, IngestStats, Ingestor, decode, ingest_paths
from newsprism.records import Article, IngestFailure

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
STORY = "# Harbour wall repaired\n\nWorkers finished repairs to the harbour wall on Friday, the port authority said.\n"


def run(paths, **kwargs):
    stats = IngestStats()
    outcomes = list(ingest_paths([str(p) for p in paths], stats=stats, **kwargs))
    articles = [o for o in outcomes if isinstance(o, Article)]
    failures = [o for o in outcomes if isinstance(o, IngestFailure)]
    return articles, failures, stats


def one_failure(path, **kwargs) -> IngestFailure:
    articles, failures, _ = run([path], **kwargs)
    assert not articles and len(failures) == 1
    return failures[0]


def test_ingestor_fixture_folder_counts():
    articles, failures, stats = run([FIXTURES])
    assert len(articles) == 9 and len(failures) == 4
    assert stats == IngestStats(files=7, articles=9, failures=4, duplicates=0, skipped_entries=2, skipped_files=0)
    assert {f.path.rsplit(":", 1)[1] for f in failures} == {"3", "4", "5", "7"}
    assert all(f.code in FAILURE_CODES for f in failures)


def test_ingestor_folder_order_hidden_and_unknown_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "second.txt").write_text(STORY.replace("Friday", "Monday"))
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / ".draft.txt").write_text(STORY.replace("Friday", "Sunday"))
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "note.txt").write_text(STORY.replace("Friday", "Tuesday"))
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    articles, failures, stats = run([tmp_path])
    assert [Path(a.source_path).name for a in articles] == ["a.txt", "second.txt"]
    assert not failures and stats.skipped_files == 2


def test_ingestor_same_article_twice_is_one_article(tmp_path):
    (tmp_path / "one.txt").write_text(STORY)
    (tmp_path / "two.txt").write_bytes(STORY.replace("\n", "  \r\n").encode())
    articles, failures, stats = run([tmp_path, tmp_path / "one.txt"])
    assert len(articles) == 1 and not failures
    assert stats.duplicates == 2 and stats.articles == 1 and stats.files == 3


def test_ingestor_stats_on_the_class():
    ingestor = Ingestor(Settings(), outlet="Radio Estuary")
    articles = list(ingestor.ingest([FIXTURES / "ferry-plain.txt", FIXTURES / "ferry-plain.txt"]))
    assert [a.outlet for a in articles] == ["Radio Estuary"]
    assert (ingestor.stats.articles, ingestor.stats.duplicates) == (1, 1)


def test_ingestor_feed_sniffed_when_named_explicitly(tmp_path):
    saved = tmp_path / "courier.feed"
    shutil.copy(FIXTURES / "courier-feed.xml", saved)
    articles, failures, stats = run([saved])
    assert len(articles) == 2 and not failures and stats.skipped_entries == 1
    assert run([tmp_path])[2].skipped_files == 1  # not sniffed when walking a folder


def test_ingestor_unknown_extension_named_explicitly(tmp_path):
    doc = tmp_path / "report.docx"
    doc.write_bytes(b"PK\x03\x04 not really")
    failure = one_failure(doc)
    assert failure.code == "NP107" and "unsupported file type '.docx'" in failure.reason


@pytest.mark.parametrize("name", ["missing.txt", "missing", "missing-folder/"])
def test_ingestor_missing_path(tmp_path, name):
    failure = one_failure(tmp_path / name)
    assert failure.code == "NP101" and failure.reason == "no such file or folder"


def test_ingestor_oversized_file(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Headline\n\n" + "A sentence about the harbour. " * 100)
    failure = one_failure(big, settings=Settings(max_bytes=1_000))
    assert failure.code == "NP103" and failure.reason == "file is larger than the 1 kB limit (3 kB)"


@pytest.mark.parametrize("suffix", [".txt", ".html", ".xml", ".jsonl", ".md"])
def test_ingestor_binary_file(tmp_path, suffix):
    blob = tmp_path / f"blob{suffix}"
    blob.write_bytes(bytes(range(256)) * 8)
    failure = one_failure(blob)
    assert failure.code == "NP105" and "binary" in failure.reason


@pytest.mark.parametrize("suffix", [".txt", ".html", ".md"])
def test_ingestor_undecodable_file(tmp_path, suffix):
    latin = tmp_path / f"latin{suffix}"
    latin.write_bytes("Caf\u00e9 owners protest parking charges\n\nThe caf\u00e9 owners met on Monday.".encode("latin-1"))
    failure = one_failure(latin)
    assert failure.code == "NP106" and "not UTF-8" in failure.reason


def test_ingestor_html_declared_charset_decodes(tmp_path):
    page = tmp_path / "latin.html"
    body = "<p>The caf\u00e9 owners on Harbour Street met on Monday to protest against new parking charges.</p>"
    page.write_bytes(f"<html><head><meta charset='iso-8859-1'><title>Caf\u00e9s protest</title></head><body><article>{body}</article></body></html>".encode("latin-1"))
    (article,) = run([page])[0]
    assert "café owners" in article.text


@pytest.mark.parametrize(("name", "content"), [("empty.txt", b""), ("spaces.md", b"  \n\n\t"), ("empty.jsonl", b""), ("empty.html", b"")])
def test_ingestor_empty_file(tmp_path, name, content):
    (tmp_path / name).write_bytes(content)
    failure = one_failure(tmp_path / name)
    assert failure.code == "NP104"


def test_ingestor_unreadable_file(tmp_path, monkeypatch):
    story = tmp_path / "locked.txt"
    story.write_text(STORY)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(decode, "open", refuse, raising=False)
    failure = one_failure(story)
    assert failure.code == "NP102" and failure.reason == "cannot read the file: Permission denied"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read files without permission bits")
def test_ingestor_unreadable_by_permissions(tmp_path):
    story = tmp_path / "locked.txt"
    story.write_text(STORY)
    story.chmod(0)
    assert one_failure(story).code == "NP102"


def test_ingestor_feed_with_no_entries(tmp_path):
    feed = tmp_path / "quiet.rss"
    feed.write_text("<rss version='2.0'><channel><title>Quiet FM</title></channel></rss>")
    failure = one_failure(feed)
    assert failure.code == "NP109" and failure.reason == "feed has no entries"


def test_ingestor_refused_url_is_a_failure_not_an_exception():
    failure = one_failure("http://127.0.0.1:9/")
    assert failure.code == "NP602" and failure.path == "http://127.0.0.1:9/"
    assert one_failure("file:///etc/hostname").code == "NP601"


def test_ingestor_every_failure_carries_path_reason_code_and_time(tmp_path):
    (tmp_path / "bad.jsonl").write_text("{not json}\n")
    (tmp_path / "empty.txt").write_text("")
    _, failures, _ = run([tmp_path, tmp_path / "nowhere.md"])
    assert len(failures) == 3
    for failure in failures:
        assert failure.path and failure.reason and "\n" not in failure.reason
        assert failure.code in FAILURE_CODES and failure.at.endswith("+00:00")


def test_ingestor_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    failure = one_failure(fifo)
    assert failure.code == "NP102" and failure.reason == "not a regular file"


def test_ingestor_accepts_a_single_path_string():
    articles = [o for o in ingest_paths(str(FIXTURES / "ferry-plain.txt")) if isinstance(o, Article)]
    assert [a.headline for a in articles] == ["Ferry crews vote to strike over rota changes"]
