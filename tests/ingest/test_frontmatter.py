"""Front matter parsing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.errors import IngestError
from newsprism.ingest import split_front_matter


def test_frontmatter_fields_and_body():
    text = '---\nheadline: "Tolls rise"\nOutlet: Courier\ntags:\n  - a\n# a comment\nempty:\n---\nBody line.\n'
    fields, body = split_front_matter(text)
    assert fields == {"headline": "Tolls rise", "outlet": "Courier", "tags": "", "empty": ""}
    assert body == "Body line.\n"


def test_frontmatter_absent_returns_text_unchanged():
    text = "Headline\n---\nnot front matter"
    assert split_front_matter(text) == ({}, text)


def test_frontmatter_dots_close_the_block():
    assert split_front_matter("---\nurl: https://x.example/a:b\n...\nBody")[0] == {"url": "https://x.example/a:b"}


@pytest.mark.parametrize(
    ("text", "match"),
    [("---\nheadline: never closed\nBody", "no closing"), ("---\njust words\n---\nBody", "line 2")],
)
def test_frontmatter_malformed_is_an_error(text, match):
    with pytest.raises(IngestError, match=match) as caught:
        split_front_matter(text, path="story.md")
    assert caught.value.code == "NP111" and caught.value.path == "story.md"


KEYS = st.from_regex(r"[A-Za-z_][A-Za-z0-9_-]{0,12}", fullmatch=True)
VALUES = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=40).map(str.strip).filter(
    lambda value: not value.startswith(("'", '"'))  # an unquoted value in quotes would be unquoted
)
QUOTES = st.sampled_from(["", '"', "'"])


@given(st.dictionaries(KEYS, st.tuples(VALUES, QUOTES), max_size=6), st.text(max_size=60))
def test_frontmatter_round_trip(fields, body):
    lines = [f"{key}: {quote}{value}{quote}" for key, (value, quote) in fields.items()]
    parsed, rest = split_front_matter("---\n" + "\n".join(lines) + "\n---\n" + body)
    expected = {}
    for key, (value, _) in fields.items():
        expected[key.lower()] = value
    assert parsed == expected
    assert rest == body
