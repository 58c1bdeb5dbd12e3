"""Excerpts shown to readers: long text is cut at a word, and says so."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsprism.excerpts import clipped, sentence_excerpt


def test_long_claim_is_cut_at_a_word_with_an_ellipsis():
    text = "the Supreme Leader sent a message to the United States that everyone in the region heard"
    shown = clipped(text, 60)
    assert shown.endswith("…") and len(shown) <= 60
    assert text.startswith(shown[:-1])
    assert shown[:-1].split()[-1] in text.split()  # no word cut in half ("everyo")


def test_short_claim_is_shown_whole():
    assert clipped("Talks resume on Monday.", 60) == "Talks resume on Monday."


@given(st.text(max_size=300), st.integers(min_value=2, max_value=200))
def test_clipped_never_exceeds_the_limit_and_keeps_a_prefix(text, limit):
    shown = clipped(text, limit)
    assert len(shown) <= max(limit, len(text) if len(text) <= limit else limit)
    assert shown == text or (shown.endswith("…") and text.startswith(shown[:-1]))


def test_sentence_excerpt_drops_the_dash_a_dateline_leaves():
    assert sentence_excerpt("— Three aid workers were freed on Tuesday.", 200) == "Three aid workers were freed on Tuesday."
    assert sentence_excerpt("Three aid workers were freed on Tuesday.", 200) == "Three aid workers were freed on Tuesday."
