"""make_article and clean_byline."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsprism.errors import IngestError
from newsprism.ingest import article_id, clean_byline, make_article


def test_article_text_is_headline_blank_line_body():
    article = make_article("First paragraph.  \r\n\r\n\r\nSecond.", headline="  A headline\t", outlet="Courier")
    assert article.text == "A headline\n\nFirst paragraph.\n\nSecond."
    assert article.headline == "A headline"
    assert article.text[article.body_start:] == "First paragraph.\n\nSecond."
    assert article.id == article_id(article.text)
    assert article.outlet == "Courier"


def test_article_without_headline_starts_at_zero():
    article = make_article("Only a body.")
    assert (article.text, article.headline, article.body_start) == ("Only a body.", "", 0)


def test_article_headline_is_one_line():
    article = make_article("Body.", headline="Two\nlines")
    assert article.headline == "Two lines"
    assert article.text.split("\n\n")[0] == "Two lines"


def test_article_ingested_at_is_utc_iso():
    stamp = datetime.fromisoformat(make_article("Body.").ingested_at)
    assert stamp.utcoffset().total_seconds() == 0


@pytest.mark.parametrize("body", ["", "   \n\t\n", "\u00a0"])
def test_article_empty_body_is_an_error(body):
    with pytest.raises(IngestError) as caught:
        make_article(body, headline="Headline only", source_path="x.txt")
    assert caught.value.code == "NP104" and caught.value.path == "x.txt"


def test_article_unknown_metadata_is_rejected():
    with pytest.raises(TypeError, match="colour"):
        make_article("Body.", colour="red")


def test_article_same_text_same_id_regardless_of_metadata():
    a = make_article("Body text.", headline="Head", outlet="A", url="https://a.example/1")
    b = make_article("Body text.\r\n", headline="Head ", outlet="B")
    assert a.id == b.id


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tom Smith; Published", "Tom Smith"),
        ("By Tom Smith; Published 4 March 2026", "Tom Smith"),
        ("by Ana Ruiz and Tom Smith", "Ana Ruiz and Tom Smith"),
        ("Tom Smith | Updated 2026-03-04 10:00", "Tom Smith"),
        ("By JANE DOE - Staff Writer", "JANE DOE"),
        ("Ana Ruiz; Tom Smith; Ana Ruiz", "Ana Ruiz, Tom Smith"),
        ("2026-03-04", ""),
        ("", ""),
        ("By: Lena Ostrova", "Lena Ostrova"),
    ],
)
def test_article_clean_byline(raw, expected):
    assert clean_byline(raw) == expected


def test_article_byline_is_cleaned_in_make_article():
    assert make_article("Body.", byline="By Priya Castell; Published today").byline == "Priya Castell"
