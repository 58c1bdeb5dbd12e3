"""RSS 2.0 and Atom feeds: full-content entries become articles, teasers are skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.config import Settings
from newsprism.errors import IngestError
from newsprism.ingest import FULL_CONTENT_MIN_CHARS, html_to_text
from newsprism.ingest.feeds import looks_like_feed, read_feed_file
from newsprism.ingest.outcomes import Skipped
from newsprism.records import Article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
SETTINGS = Settings()


def test_feeds_rss_content_encoded_entries():
    outcomes = list(read_feed_file(FIXTURES / "courier-feed.xml", SETTINGS))
    assert [type(o) for o in outcomes] == [Article, Skipped, Article]
    museum, teaser, quota = outcomes
    assert museum.outlet == "Northmere Courier" and museum.byline == "Priya Castell"
    assert museum.headline == "Lighthouse keeper's cottage to become museum"
    assert museum.url == "https://northmere-courier.example/lighthouse-museum"
    assert museum.published == "2026-03-10T08:15:00+00:00"
    assert museum.source_path.endswith("courier-feed.xml#entry-1")
    assert "alert(" not in museum.text and "<p>" not in museum.text
    assert museum.text[museum.body_start:].count("\n\n") == 2
    assert teaser.path.endswith("#entry-2") and "summary" in teaser.reason
    assert quota.headline == "Fishermen protest new quota rules"


def test_feeds_atom_content_and_summary_only():
    tram, weather = read_feed_file(FIXTURES / "valdoran-post.atom", SETTINGS)
    assert tram.outlet == "The Valdoran Post" and tram.byline == "Marek Hollis"
    assert tram.published == "2026-04-08T07:45:00+00:00"
    assert tram.text[tram.body_start:].startswith("The regional assembly approved")
    assert isinstance(weather, Skipped)


def test_feeds_long_description_counts_as_full_content(tmp_path):
    body = "The ferry timetable changes from Monday. " * 10
    feed = tmp_path / "desc.rss"
    feed.write_text(f"<rss version='2.0'><channel><title>Bay FM</title><item><title>T</title><description>{body}</description></item></channel></rss>")
    (article,) = read_feed_file(feed, SETTINGS)
    assert len(body) > FULL_CONTENT_MIN_CHARS and article.outlet == "Bay FM"


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("<?xml version='1.0'?><rss version='2.0'><channel><title>Quiet</title></channel></rss>", "no entries"),
        ("<?xml version='1.0'?><catalog><book>Not a feed</book></catalog>", "not an RSS or Atom feed"),
        ("<rss version='2.0'><channel><title>Broken<item>", "feed"),
    ],
)
def test_feeds_without_entries_are_failures(tmp_path, content, match):
    feed = tmp_path / "feed.xml"
    feed.write_text(content)
    with pytest.raises(IngestError, match=match) as caught:
        list(read_feed_file(feed, SETTINGS))
    assert caught.value.code == "NP109"


@pytest.mark.parametrize(
    ("data", "is_feed"),
    [
        (b"<?xml version='1.0'?>\n<!-- note -->\n<rss version='2.0'>", True),
        (b"\xef\xbb\xbf<feed xmlns='http://www.w3.org/2005/Atom'>", True),
        (b"<rdf:RDF xmlns:rdf='x'>", True),
        (b"<?xml version='1.0'?><catalog/>", False),
        (b"<html><body>rss feed</body></html>", False),
    ],
)
def test_feeds_sniffing(data, is_feed):
    assert looks_like_feed(data) is is_feed


def test_feeds_html_to_text_paragraphs_and_breaks():
    html = "<p>One\n  two <b>bold</b></p><p>Three<br>four</p><script>x()</script><ul><li>a</li><li>b</li></ul>"
    assert html_to_text(html) == "One two bold\n\nThree\nfour\n\na\n\nb"
    assert html_to_text("") == "" and html_to_text("plain &amp; simple") == "plain & simple"


@pytest.mark.timeout(10)  # a guard against exponential backtracking (hours before the fix), not a speed figure
def test_feeds_root_check_is_linear_in_leading_comments():
    assert not looks_like_feed(b"<!--a-->" * 1000 + b"<x>")
    assert looks_like_feed(b"<!--a-->" * 1000 + b"<rss>")


@pytest.mark.parametrize("data,expected", [
    (b"<?xml version='1.0'?><!-- one --><!DOCTYPE rss><?xml-stylesheet href='s.xsl'?>\n<rss version='2.0'>", True),
    (b"<!-- a -- b --><feed xmlns='http://www.w3.org/2005/Atom'>", True),
    (b"<!-- never closed <rss>", False),
    (b"<!DOCTYPE rss [<!ENTITY a 'b'>]><rss>", False),  # an inline DTD (entity definitions) is not read
])
def test_feeds_root_check_skips_prolog_items(data, expected):
    assert looks_like_feed(data) is expected
