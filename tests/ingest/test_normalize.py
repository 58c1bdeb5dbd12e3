"""normalise_text, normalise_line and article_id."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.ingest import article_id, normalise_line, normalise_text
from newsprism.ingest.normalize import _SPACE_SEPARATORS

# Text rich in the characters the rule cares about: line ends, spaces of every kind, combining marks.
TRICKY = st.text(
    alphabet=st.sampled_from(list("ab \t\n\r\u00a0\u2003\u3000\u2028\x0c\u0301e\u00e9.")) | st.characters(),
    max_size=80,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("a\tb\u00a0c\u2009d\u3000e", "a b c d e"),
        ("line one   \nline two\t\n", "line one\nline two"),
        ("a\n\n\n\n\nb", "a\n\nb"),
        ("a\n \n\t\n \nb", "a\n\nb"),
        ("  \n\n  indented first\n", "indented first"),
        ("Cafe\u0301", "Caf\u00e9"),
        ("para one\n\npara two", "para one\n\npara two"),
    ],
)
def test_normalize_examples(raw, expected):
    assert normalise_text(raw) == expected


def test_normalize_space_separators_are_exactly_category_zs():
    zs = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Zs"}
    assert zs - {" "} == set(_SPACE_SEPARATORS) - {"\t"}


@given(TRICKY)
def test_normalize_is_idempotent(text):
    once = normalise_text(text)
    assert normalise_text(once) == once


@given(TRICKY)
def test_normalize_output_shape(text):
    out = normalise_text(text)
    assert "\r" not in out and "\t" not in out and "\u00a0" not in out
    assert "\n\n\n" not in out
    assert all(line == line.rstrip() for line in out.split("\n"))
    assert out == out.strip()
    assert unicodedata.is_normalized("NFC", out)


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=20), max_size=6))
def test_normalize_line_endings_and_trailing_spaces_do_not_change_the_id(lines):
    unix = "\n".join(lines)
    windows = "\r\n".join(line + " \t" for line in lines)
    assert article_id(unix) == article_id(windows)


def test_normalize_article_id_is_16_hex_of_sha256():
    import hashlib

    assert article_id(" Hello\r\n") == hashlib.sha256(b"Hello").hexdigest()[:16]
    assert article_id("Hello") != article_id("Hello.")


@given(TRICKY)
def test_normalize_line_has_no_line_breaks(text):
    out = normalise_line(text)
    assert "\n" not in out and out == normalise_text(out)
