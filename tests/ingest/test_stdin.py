"""Standard input ("-"): capped reads, format detection, each format through the file readers, failures."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings as hypothesis_settings, strategies as st

from newsprism.config import Settings
from newsprism.errors import ConfigError, IngestError
from newsprism.ingest import IngestStats, ingest_paths
from newsprism.ingest.codes import BAD_FEED, BAD_RECORD, BINARY, EMPTY, TOO_LARGE
from newsprism.ingest.feeds import read_feed_file
from newsprism.ingest.readers import read_html_file, read_jsonl_file, read_text_file
from newsprism.ingest.stdin import (
    INPUT_FORMATS, STDIN_NAME, check_input_bytes, detect_format, outcomes_from_bytes, read_stream, stdin_outcomes,
    stdin_source,
)
from newsprism.records import Article, IngestFailure

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
SETTINGS = Settings()
STORY = (b"Tram depot in Kelvanport reopens\n"
         b"By Ilse Marren\n\n"
         b"The Kelvanport tram depot reopened on Tuesday after a month of repairs, the city transport office said.\n")
# (fixture, its file reader, the format named on the command line, the format auto-detection finds)
FORMAT_CASES = [
    ("gazette-pier.html", read_html_file, "html", "html"),
    ("ferry-plain.txt", read_text_file, "text", "text"),
    ("tolls-front-matter.txt", read_text_file, "text", "text"),
    ("council-budget.md", read_text_file, "markdown", "text"),
    ("wire.jsonl", read_jsonl_file, "jsonl", "jsonl"),
    ("courier-feed.xml", read_feed_file, "rss", "rss"),
    ("valdoran-post.atom", read_feed_file, "rss", "rss"),
]


def from_stdin(data, fmt=None, **kwargs):
    stats = IngestStats()
    outcomes = list(ingest_paths(["-"], stdin=data, stdin_format=fmt, stats=stats, **kwargs))
    return ([o for o in outcomes if isinstance(o, Article)], [o for o in outcomes if isinstance(o, IngestFailure)], stats)


def where(outcome) -> str:
    return outcome.source_path if isinstance(outcome, Article) else outcome.path


def content(outcomes):
    """What an outcome says apart from where it came from (file name, fallback outlet, time)."""
    return [(o.id, o.headline, o.byline, o.url, o.published) if isinstance(o, Article) else (o.code, o.reason)
            for o in outcomes if isinstance(o, (Article, IngestFailure))]


@pytest.mark.parametrize("name,reader,fmt,detected", FORMAT_CASES, ids=[c[0] for c in FORMAT_CASES])
def test_stdin_each_format_reads_like_the_file(name, reader, fmt, detected):
    data = (FIXTURES / name).read_bytes()
    from_file = list(reader(FIXTURES / name, SETTINGS))
    assert detect_format(data) == detected
    stdin_outcomes = list(outcomes_from_bytes(data, fmt, SETTINGS))
    assert content(stdin_outcomes) == content(from_file)
    assert stdin_outcomes and all(where(o).startswith(STDIN_NAME) for o in stdin_outcomes)


def test_stdin_text_article_has_stdin_source_path_and_outlet_option():
    articles, failures, stats = from_stdin(STORY, outlet="Kelvanport Ledger")
    (article,) = articles
    assert not failures and stats.files == 1 and stats.articles == 1
    assert article.source_path == "<stdin>"
    assert (article.headline, article.byline, article.outlet) == ("Tram depot in Kelvanport reopens", "Ilse Marren", "Kelvanport Ledger")


def test_stdin_reads_a_binary_stream():
    articles, failures, _ = from_stdin(io.BytesIO(STORY))
    assert [a.headline for a in articles] == ["Tram depot in Kelvanport reopens"] and not failures


def test_stdin_markdown_format_strips_markup_auto_keeps_it():
    data = b"# Budget vote delayed\n\nThe council **postponed** the [budget](https://example.org/b) vote to March.\n"
    (markdown,), _, _ = from_stdin(data, "markdown")
    (plain,), _, _ = from_stdin(data)
    assert markdown.text.endswith("The council postponed the budget vote to March.")
    assert "**postponed**" in plain.text


@pytest.mark.parametrize("data,expected", [
    (b'  \n{"text": "x"}\n', "jsonl"),
    (b'\xef\xbb\xbf{"text": "x"}', "jsonl"),
    (b"<?xml version='1.0'?>\n<rss version='2.0'><channel></channel></rss>", "rss"),
    (b"<feed xmlns='http://www.w3.org/2005/Atom'></feed>", "rss"),
    (b"<rdf:RDF xmlns:rdf='x'></rdf:RDF>", "rss"),
    (b"<?xml version='1.0'?><catalogue/>", "rss"),  # XML but no feed: the feed reader says why
    (b"<!DOCTYPE html><title>x</title>", "html"),
    (b"<HTML><body>x</body></HTML>", "html"),
    (b"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'><head></head></html>", "html"),
    (b"<article><h1>Pier closes</h1><p>The pier closed.</p></article>", "html"),
    (b"Notes on markup\n\nThe editor wrapped the quote in a <p> tag by mistake.\n", "text"),
    (b"---\ntitle: Pier closes\n---\nThe pier closed on Monday.\n", "text"),
    ("<!DOCTYPE html><title>x</title>".encode("utf-16"), "html"),  # the BOM says how to read the sniff
])
def test_stdin_detect_format(data, expected):
    assert detect_format(data) == expected


@given(st.binary(max_size=300))
@hypothesis_settings(max_examples=200, deadline=None)
def test_stdin_detect_format_always_names_a_reader(data):
    assert detect_format(data) in INPUT_FORMATS[1:]


@given(st.lists(st.dictionaries(st.sampled_from(["text", "headline", "outlet"]), st.text(max_size=20)), min_size=1, max_size=5))
@hypothesis_settings(max_examples=100, deadline=None)
def test_stdin_json_objects_are_detected_as_jsonl(records):
    data = "\n".join(json.dumps(r) for r in records).encode()
    assert detect_format(b"\n" + data) == "jsonl"


@given(st.binary(max_size=2000), st.integers(min_value=1, max_value=3000), st.integers(min_value=1, max_value=500))
@hypothesis_settings(max_examples=200, deadline=None)
def test_stdin_read_stream_is_exact_under_the_cap(data, limit, chunk):
    class Trickle(io.RawIOBase):  # a pipe hands over a few bytes per read
        def __init__(self):
            self.rest = data

        def readinto(self, buffer):
            n = min(len(buffer), chunk, len(self.rest))
            buffer[:n], self.rest = self.rest[:n], self.rest[n:]
            return n

        def readable(self):
            return True

    if len(data) > limit:
        with pytest.raises(IngestError) as error:
            read_stream(Trickle(), limit)
        assert error.value.code == TOO_LARGE
    elif not data.strip():
        with pytest.raises(IngestError, match="empty"):
            read_stream(Trickle(), limit)
    else:
        assert read_stream(Trickle(), limit) == data


def test_stdin_over_the_size_cap_is_a_failure_naming_stdin_and_the_limit():
    articles, (failure,), _ = from_stdin(io.BytesIO(STORY * 10), settings=Settings(max_bytes=len(STORY) * 3))
    assert not articles and failure.path == "<stdin>" and failure.code == TOO_LARGE
    assert f"{len(STORY) * 3} bytes limit" in failure.reason


def test_stdin_cap_stops_reading_at_the_limit():
    stream = io.BytesIO(b"x" * 10_000)
    with pytest.raises(IngestError, match="1 kB limit"):
        read_stream(stream, 1000)
    assert stream.tell() == 1001  # one byte past the limit proves there is more; the rest stays unread


@pytest.mark.parametrize("data", [b"", b"  \n\t\n", io.BytesIO(b"")], ids=["bytes", "blank", "stream"])
def test_stdin_empty_input_is_a_failure(data):
    articles, (failure,), _ = from_stdin(data)
    assert not articles and failure.path == "<stdin>" and failure.code == EMPTY
    assert "standard input is empty" in failure.reason


def test_stdin_terminal_is_refused_without_reading():
    class Terminal(io.BytesIO):
        def isatty(self):
            return True

    articles, (failure,), _ = from_stdin(Terminal(STORY))
    assert not articles and failure.code == EMPTY and "terminal" in failure.reason


def test_stdin_bad_jsonl_line_among_good_ones():
    lines = [{"text": "The Ostrava ferry resumed service on Monday.", "outlet": "Bay Wire"}, "{not json",
             {"text": "The Ostrava ferry added a night crossing on Tuesday."}, {"headline": "no text"}]
    data = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines).encode() + b"\n"
    articles, failures, stats = from_stdin(data)
    assert [a.source_path for a in articles] == ["<stdin>:1", "<stdin>:3"]
    assert [(f.path, f.code) for f in failures] == [("<stdin>:2", BAD_RECORD), ("<stdin>:4", BAD_RECORD)]
    assert stats.articles == 2 and stats.failures == 2


def test_stdin_bad_content_is_a_failure_naming_stdin():
    _, (binary,), _ = from_stdin(b"\x00\x01\x02" * 50, "text")
    _, (not_feed,), _ = from_stdin(b"<?xml version='1.0'?><catalogue/>")
    assert (binary.path, binary.code) == ("<stdin>", BINARY)
    assert (not_feed.path, not_feed.code) == ("<stdin>", BAD_FEED)


def test_stdin_dash_twice_is_read_once_and_files_still_ingest():
    stream = io.BytesIO(STORY)
    stats = IngestStats()
    outcomes = list(ingest_paths(["-", FIXTURES / "ferry-plain.txt", "-"], stdin=stream, stats=stats))
    assert [o.source_path for o in outcomes] == ["<stdin>", str(FIXTURES / "ferry-plain.txt")]
    assert stats.files == 2 and stats.failures == 0


def test_stdin_same_input_twice_gives_the_same_ids():
    first, _, _ = from_stdin(STORY)
    second, _, _ = from_stdin(io.BytesIO(STORY))
    assert [a.id for a in first] == [a.id for a in second]


def test_stdin_format_reaches_the_reader_through_the_api(tmp_path, monkeypatch):
    from newsprism import api
    from newsprism.store import Store

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(STORY)))
    with Store.open(tmp_path / "news.db") as store:
        summary = api.ingest(["-"], store, stdin_format="markdown")
        (article,) = store.articles()
    assert summary.new == 1 and article.source_path == "<stdin>"
    assert article.headline == "Tram depot in Kelvanport reopens"


def test_stdin_unknown_format_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown input format 'xml'"):
        list(ingest_paths(["-"], stdin=STORY, stdin_format="xml"))
    with pytest.raises(ConfigError):
        api_ingest_with_format("yaml")


def api_ingest_with_format(fmt):
    from newsprism import api

    class NoStore:
        def add_failure(self, failure):
            raise AssertionError("a bad format must fail before anything is read")

    return api.ingest(["-"], NoStore(), stdin_format=fmt)


def test_stdin_check_input_bytes_passes_good_input_through():
    assert check_input_bytes(STORY, len(STORY)) == STORY


# --- JSON Lines on standard input: the cap applies to each line, as in a JSONL file ------------


class GeneratedStream(io.RawIOBase):
    """A pipe whose bytes are made as they are read: ``parts`` are bytes or (pattern, repeat) runs."""

    def __init__(self, parts, per_read: int = 1 << 16):
        self.runs = [(part, 1) if isinstance(part, bytes) else part for part in parts]
        self.offset, self.per_read = 0, per_read  # offset into the first run's pattern repeats

    def readable(self):
        return True

    def readinto(self, buffer):
        written = 0
        while self.runs and written < min(len(buffer), self.per_read):
            pattern, count = self.runs[0]
            left = len(pattern) * count - self.offset
            n = min(left, len(buffer) - written, self.per_read - written)
            whole = (pattern * (n // len(pattern) + 2))[self.offset % len(pattern):][:n]
            buffer[written:written + n] = whole
            written, self.offset = written + n, self.offset + n
            if self.offset == len(pattern) * count:
                self.runs.pop(0)
                self.offset = 0
        return written


WIRE_LINES = [json.dumps({"text": "The Ostrava ferry resumed service on Monday.", "outlet": "Bay Wire"}).encode() + b"\n",
              json.dumps({"text": "The Ostrava ferry added a night crossing on Tuesday."}).encode() + b"\n"]


def huge_line(n_bytes: int) -> list:
    """A JSON line of ``n_bytes`` bytes (newline included), as generated-stream parts."""
    start, end = b'{"text": "', b'"}\n'
    return [start, (b"ferry ", (n_bytes - len(start) - len(end)) // 6), end]


@pytest.mark.parametrize("as_bytes", [False, True], ids=["stream", "bytes"])
def test_stdin_jsonl_huge_line_is_one_failure_and_the_other_lines_ingest(as_bytes):
    parts = [WIRE_LINES[0], *huge_line(600_000), WIRE_LINES[1]]
    stream = GeneratedStream(parts)
    data = stream.read() if as_bytes else io.BufferedReader(stream)
    articles, failures, stats = from_stdin(data, settings=Settings(max_bytes=10_000))
    assert [a.source_path for a in articles] == ["<stdin>:1", "<stdin>:3"]
    (failure,) = failures
    assert (failure.path, failure.code) == ("<stdin>:2", TOO_LARGE)
    assert failure.reason == "JSON line is larger than the 10 kB limit (600 kB); settings.max_bytes caps each line"
    assert stats.articles == 2 and stats.failures == 1


def test_stdin_jsonl_is_capped_per_line_not_as_a_whole():
    # Twenty lines of about 100 bytes each under a 500-byte cap: 2 kB in all, every line ingests.
    lines = [json.dumps({"text": f"The Ostrava ferry made crossing number {i} on Monday."}).encode() + b"\n" for i in range(20)]
    data = b"".join(lines)
    assert len(data) > 1_000 and max(map(len, lines)) < 500
    articles, failures, _ = from_stdin(io.BytesIO(data), "jsonl", settings=Settings(max_bytes=500))
    assert len(articles) == 20 and not failures


def test_stdin_other_formats_stay_capped_as_a_whole():
    articles, (failure,), _ = from_stdin(io.BytesIO(STORY * 10), "text", settings=Settings(max_bytes=len(STORY) * 3))
    assert not articles and failure.code == TOO_LARGE and failure.path == "<stdin>"


def test_stdin_jsonl_huge_line_is_skipped_without_holding_it_in_memory():
    import tracemalloc

    stream = io.BufferedReader(GeneratedStream([WIRE_LINES[0], *huge_line(40_000_000), WIRE_LINES[1]]))
    tracemalloc.start()
    try:
        articles, failures, _ = from_stdin(stream, "jsonl", settings=Settings(max_bytes=50_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(articles) == 2 and [f.path for f in failures] == ["<stdin>:2"]
    assert "(40 MB)" in failures[0].reason
    assert peak < 8_000_000, f"peak {peak:,} bytes while skipping a 40 MB line"  # reading it whole would take 40 MB+


@given(st.lists(st.integers(min_value=0, max_value=300), min_size=1, max_size=8),
       st.integers(min_value=20, max_value=200), st.integers(min_value=1, max_value=64))
@hypothesis_settings(max_examples=60, deadline=None)
def test_stdin_jsonl_reads_like_the_same_file(tmp_path_factory, text_lengths, limit, per_read):
    # Whatever the line sizes, the cap and how a pipe trickles bytes in, stdin and a file agree.
    data = b"".join(json.dumps({"text": "ferry " + "x" * n}).encode() + b"\n" for n in text_lengths)
    path = tmp_path_factory.mktemp("jsonl") / "wire.jsonl"
    path.write_bytes(data)
    settings = Settings(max_bytes=limit)
    from_file = list(read_jsonl_file(path, settings))
    from_pipe = list(stdin_outcomes(stdin_source(io.BufferedReader(GeneratedStream([data], per_read)), "jsonl"), settings))
    assert content(from_pipe) == content(from_file)
    assert [where(o).replace("<stdin>", str(path)) for o in from_pipe] == [where(o) for o in from_file]


def test_stdin_jsonl_through_a_real_pipe_records_the_huge_line(tmp_path):
    import sqlite3
    import subprocess
    import sys

    config = tmp_path / "newsprism.toml"
    config.write_text("max_bytes = 100000\n", encoding="utf-8")
    piped = WIRE_LINES[0] + b'{"text": "' + b"ferry " * 1_000_000 + b'"}\n' + WIRE_LINES[1]
    cmd = [sys.executable, "-m", "newsprism", "ingest", "-", "--db", str(tmp_path / "np.db"), "--config", str(config), "--quiet"]
    done = subprocess.run(cmd, input=piped, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    with sqlite3.connect(tmp_path / "np.db") as con:
        assert sorted(con.execute("select source_path from articles").fetchall()) == [("<stdin>:1",), ("<stdin>:3",)]
        ((path, code, reason),) = con.execute("select path, code, reason from failures").fetchall()
    assert (path, code) == ("<stdin>:2", TOO_LARGE)
    assert reason.startswith("JSON line is larger than the 100 kB limit (6 MB)")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_stdin_jsonl_in_utf16_is_one_clear_failure(encoding):
    text = "".join(line.decode() for line in WIRE_LINES)
    data = (b"\xfe\xff" if encoding == "utf-16-be" else b"") + text.encode(encoding)
    articles, (failure,), _ = from_stdin(data, "jsonl")
    assert not articles and (failure.path, failure.code) == ("<stdin>", "NP106")
    assert "JSON Lines must be UTF-8" in failure.reason and "UTF-16" in failure.reason
