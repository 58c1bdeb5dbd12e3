"""Readers for HTML, plain text / Markdown and JSON Lines, on the fixtures in tests/fixtures/ingest."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.config import Settings
from newsprism.errors import IngestError
from newsprism.ingest.readers import (
    bounded_lines, declared_published, html_article, markdown_to_text, read_html_file, read_jsonl_file, read_text_file, split_headline, text_article,
)
from newsprism.records import Article, IngestFailure

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
SETTINGS = Settings()


def only(outcomes):
    (item,) = list(outcomes)
    return item


def test_readers_html_text_and_metadata():
    article = only(read_html_file(FIXTURES / "gazette-pier.html", SETTINGS))
    assert article.headline == "Harbour council votes to close Gullmouth pier"
    assert article.outlet == "The Gullmouth Gazette"
    assert article.byline == "Tom Smith"  # visible byline "Tom Smith; Published 4 March 2026", cleaned
    assert article.published == "2026-03-04T09:30:00Z"  # as the page's JSON-LD gives it
    assert article.url == "https://gullmouth-gazette.example/news/2026/03/pier-closure"
    body = article.text[article.body_start:]
    assert body.startswith("The Gullmouth harbour council voted seven to two")
    assert "pier\u2019s ice-cream kiosk" in body
    assert body.count("\n\n") >= 3  # one paragraph per <p>


@pytest.mark.parametrize("boilerplate", ["Subscribe today", "All rights reserved", "Cookie settings", "Most read", "Ferry timetable"])
def test_readers_html_drops_boilerplate(boilerplate):
    assert boilerplate not in only(read_html_file(FIXTURES / "gazette-pier.html", SETTINGS)).text


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta property="article:published_time" content="2026-05-01T07:00:00+02:00">', "2026-05-01T07:00:00+02:00"),
        ('<script type="application/ld+json">[{"@graph": [{"datePublished": "2026-05-02"}]}]</script>', "2026-05-02"),
        ('<meta property="article:published_time" content="last Tuesday">', None),
        ('<script type="application/ld+json">{broken</script>', None),
    ],
)
def test_readers_declared_published(head, expected):
    assert declared_published(f"<html><head>{head}</head><body><p>Text</p></body></html>") == expected


@pytest.mark.parametrize("body", ["<nav><a href='/'>Home</a></nav>", "<script>var x = 1;</script>", ""])
def test_readers_html_without_article_text_is_a_failure(tmp_path, body):
    page = tmp_path / "empty.html"
    page.write_text(f"<html><head><title>Nothing</title></head><body>{body}</body></html>")
    with pytest.raises(IngestError) as caught:
        list(read_html_file(page, SETTINGS))
    assert caught.value.code == "NP110"


def test_readers_text_without_front_matter():
    article = only(read_text_file(FIXTURES / "ferry-plain.txt", SETTINGS))
    assert article.headline == "Ferry crews vote to strike over rota changes"  # leading "# " removed
    assert article.byline == "Lena Ostrova"
    assert article.outlet == "ferry-plain"  # no --outlet: the file name stem
    body = article.text[article.body_start:]
    assert body.startswith("Crews on the Northmere")
    assert "By Lena" not in article.text and "\t" not in body and "\n\n\n" not in body
    assert "  \n" not in body


def test_readers_text_outlet_argument_is_the_fallback():
    assert only(read_text_file(FIXTURES / "ferry-plain.txt", SETTINGS, outlet="Estuary Radio")).outlet == "Estuary Radio"


def test_readers_text_with_front_matter():
    article = only(read_text_file(FIXTURES / "tolls-front-matter.txt", SETTINGS, outlet="ignored"))
    assert (article.headline, article.outlet, article.byline) == ("Bridge tolls to rise in April", "Northmere Courier", "Priya Castell")
    assert (article.url, article.published) == ("https://northmere-courier.example/bridge-tolls", "2026-02-17")
    assert article.text[article.body_start:].startswith("Tolls on the Estuary Bridge")
    assert "category" not in article.text and "\r" not in article.text


def test_readers_markdown_front_matter_aliases_and_syntax():
    article = only(read_text_file(FIXTURES / "council-budget.md", SETTINGS))
    assert (article.headline, article.byline) == ("Valdoran council passes leaner budget", "Marek Hollis")
    assert article.published == "2026-01-30T18:00:00+01:00"
    for syntax in ("**", "](", "![", "## ", "> ", "*Oskar"):
        assert syntax not in article.text
    assert "according to the published minutes." in article.text
    assert '"Nobody wanted to cut the libraries," said finance chair Oskar Bel.' in article.text


def test_readers_front_matter_headline_keeps_the_first_line_in_the_body():
    article = text_article("---\nheadline: Given\n---\nFirst line stays.\n\nSecond.", "a.txt", "stem")
    assert article.headline == "Given"
    assert article.text[article.body_start:] == "First line stays.\n\nSecond."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("\n\n## Title ##\nBy Ana\nText", ("Title", "By Ana", "Text")),
        ("Title\n=====\n\nby someone\n\nText", ("Title", "by someone", "\nText")),
        ("Title\nBypass closes\nText", ("Title", "", "Bypass closes\nText")),
        ("   \n", ("", "", "")),
        ("A very long opening paragraph. " * 12 + "\nBy the way.", ("", "", "A very long opening paragraph. " * 12 + "\nBy the way.")),
    ],
)
def test_readers_split_headline(body, expected):
    assert split_headline(body) == expected


def test_readers_text_with_only_a_headline_is_empty(tmp_path):
    lonely = tmp_path / "lonely.txt"
    lonely.write_text("# Just a headline\n")
    with pytest.raises(IngestError) as caught:
        list(read_text_file(lonely, SETTINGS))
    assert caught.value.code == "NP104"


def test_readers_markdown_to_text_keeps_snake_case_and_arithmetic():
    assert markdown_to_text("file_name_here and 2 * 3 * 4") == "file_name_here and 2 * 3 * 4"


def test_readers_jsonl_good_and_bad_lines():
    outcomes = list(read_jsonl_file(FIXTURES / "wire.jsonl", SETTINGS, outlet="Fallback Wire"))
    articles = [o for o in outcomes if isinstance(o, Article)]
    failures = {Path(o.path).name: o for o in outcomes if isinstance(o, IngestFailure)}
    assert [a.source_path.rsplit(":", 1)[1] for a in articles] == ["1", "6"]  # line 2 is blank
    assert articles[0].headline == "Hosepipe ban lifted in Kestrel Valley" and articles[0].byline == "Sefa Marin"
    assert articles[1].headline == "" and articles[1].outlet == "Valdoran Wire" and articles[1].published is None
    assert sorted(failures) == ["wire.jsonl:3", "wire.jsonl:4", "wire.jsonl:5", "wire.jsonl:7"]
    assert failures["wire.jsonl:3"].reason.startswith("invalid JSON: Expecting ',' delimiter")
    assert failures["wire.jsonl:4"].reason == "record has no 'text' string"
    assert failures["wire.jsonl:5"].reason == "expected a JSON object, got list"
    assert failures["wire.jsonl:7"].reason == "'published' must be a string, not int"
    assert {f.code for f in failures.values()} == {"NP108"}


def test_readers_jsonl_outlet_argument_fills_missing_outlet(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"text": "A body."}\n{"text": "   ", "headline": "Blank"}\n')
    first, second = read_jsonl_file(corpus, SETTINGS, outlet="Estuary Radio")
    assert first.outlet == "Estuary Radio"
    assert isinstance(second, IngestFailure) and second.code == "NP104" and second.path.endswith("c.jsonl:2")


def test_readers_jsonl_long_line_is_a_failure_and_the_next_line_still_reads(tmp_path):
    corpus = tmp_path / "long.jsonl"
    corpus.write_text('{"text": "' + "word " * 100 + '"}\n{"text": "Short one."}\n')
    first, second = read_jsonl_file(corpus, Settings(max_bytes=200))
    assert first.code == "NP103" and "line is larger than the 200 bytes limit" in first.reason
    assert second.text == "Short one."


def test_readers_jsonl_undecodable_line(tmp_path):
    corpus = tmp_path / "latin.jsonl"
    corpus.write_bytes('{"text": "Caf\u00e9"}\n'.encode("latin-1") + b'{"text": "Fine."}\n')
    first, second = read_jsonl_file(corpus, SETTINGS)
    assert first.code == "NP106" and second.text == "Fine."


def test_readers_jsonl_with_no_records_is_empty(tmp_path):
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n   \n")
    with pytest.raises(IngestError) as caught:
        list(read_jsonl_file(blank, SETTINGS))
    assert caught.value.code == "NP104"


def test_readers_bounded_lines_reports_sizes(tmp_path):
    data = tmp_path / "lines"
    data.write_bytes(b"short\n" + b"x" * 50 + b"\nend")
    with open(data, "rb") as handle:
        assert list(bounded_lines(handle, 10)) == [(1, b"short\n", 6), (2, None, 51), (3, b"end", 3)]


def test_readers_html_deeply_nested_json_ld_is_ignored_not_fatal():
    body = "The harbour office of Port Velmar said on Monday that the night ferry would run again. " * 3
    page = ("<html><head><title>Night ferry</title>"
            '<meta property="article:published_time" content="2026-03-02T09:00:00+01:00">'
            '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script></head>"
            f"<body><article><h1>Night ferry</h1><p>{body}</p></article></body></html>")
    article = html_article(page, "deep.html")
    assert article.published == "2026-03-02T09:00:00+01:00" and article.headline == "Night ferry"
