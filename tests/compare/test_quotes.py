"""Quoted words two claims share (compare/quotes.py)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from newsprism.compare.quotes import quoted_phrases, shared_quote, word_string


def _shared(a: str, b: str) -> str:
    return shared_quote(quoted_phrases(a), word_string(a), quoted_phrases(b), word_string(b))


def test_quoted_phrases_in_straight_and_curly_quotes():
    text = 'The minister called it "an act of piracy" and said Velmora had “honoured its word”.'
    assert quoted_phrases(text) == {"an act of piracy", "honoured its word"}


def test_single_words_and_function_words_only_are_no_quotes():
    assert quoted_phrases('He said "no" and then "of the" again, and ‘Velmora’.') == frozenset()


def test_a_quote_is_found_unquoted_in_the_other_claim():
    assert _shared('Lorvia "had honoured its word", the envoy said', "the envoy said Lorvia had honoured its word") == "had honoured its word"
    assert _shared('Lorvia "had honoured its word"', "Lorvia kept its promises") == ""


def test_a_quote_must_match_whole_words():
    assert _shared('they were "entirely defensive"', "the drills were not entirely defensively planned") == ""


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab cd\"“”‘’'.,")), max_size=60), st.text(max_size=40))
def test_shared_quotes_are_quoted_by_one_side(a, b):
    quote = _shared(a, b)
    assert not quote or quote in quoted_phrases(a) | quoted_phrases(b)
