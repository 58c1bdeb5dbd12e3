"""Declared headlines longer than a headline can be stay in the article, as its first paragraph."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.ingest import ingest_paths
from newsprism.ingest.headline import MAX_DECLARED_HEADLINE_CHARS, headline_and_body
from newsprism.records import Article

BODY = "The harbour office of Port Velmar said on Monday that the night ferry would run again from March."
LONG = "Ferry " * 200_000  # 1.2 MB: far over any headline
AT_LIMIT = ("Velmar " * 200)[:MAX_DECLARED_HEADLINE_CHARS]


def test_headline_a_headline_within_the_limit_is_kept():
    assert headline_and_body(AT_LIMIT, BODY) == (AT_LIMIT, BODY)
    assert headline_and_body("Night ferry returns", BODY) == ("Night ferry returns", BODY)


def test_headline_an_over_long_headline_becomes_the_first_paragraph():
    assert headline_and_body(AT_LIMIT + "x", BODY) == ("", f"{AT_LIMIT}x\n\n{BODY}")


def test_headline_spaces_do_not_count_towards_the_limit():
    # Normalisation collapses the line, so a padded but short headline is still a headline.
    padded = "Night" + " \n " * MAX_DECLARED_HEADLINE_CHARS + "ferry"
    assert headline_and_body(padded, BODY)[0] == padded


@given(st.text(max_size=1500), st.text(min_size=1, max_size=50))
@settings(max_examples=200, deadline=None)
def test_headline_nothing_is_lost(headline, body):
    kept, new_body = headline_and_body(headline, body)
    assert (kept, new_body) in ((headline, body), ("", f"{headline}\n\n{body}"))


def _inputs(headline: str) -> dict[str, str]:
    return {
        "wire.jsonl": json.dumps({"text": BODY, "headline": headline}) + "\n",
        "story.txt": f"---\nheadline: {headline}\n---\n{BODY}\n",
        "story.md": f"---\ntitle: {headline}\n---\n{BODY}\n",
        "feed.xml": ('<?xml version="1.0"?><rss version="2.0"><channel><title>Velmar Wire</title><item>'
                     f"<title>{headline}</title><description>{BODY * 4}</description></item></channel></rss>"),
        "page.html": (f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
                      f"<p>{BODY}</p><p>{BODY}</p></article></body></html>"),
    }


@pytest.mark.timeout(60)  # a guard, not a speed figure: a megabyte title must not take minutes
@pytest.mark.parametrize("name", sorted(_inputs("x")))
def test_headline_every_format_keeps_a_huge_declared_headline_out_of_the_title(tmp_path, name):
    target = tmp_path / name
    target.write_text(_inputs(LONG)[name], encoding="utf-8")
    (article,) = ingest_paths([target])
    assert isinstance(article, Article) and article.headline == "" and article.body_start == 0
    assert article.text.startswith("Ferry Ferry") and BODY in article.text


@pytest.mark.parametrize("name", sorted(_inputs("x")))
def test_headline_every_format_keeps_an_ordinary_headline(tmp_path, name):
    target = tmp_path / name
    target.write_text(_inputs("Night ferry returns to Port Velmar")[name], encoding="utf-8")
    (article,) = ingest_paths([target])
    assert article.headline == "Night ferry returns to Port Velmar"
