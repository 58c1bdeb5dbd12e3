"""Clause shapes of the claims layer: token lookup by character span, propositions, clause splits."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.analyze.claim_clauses import tokens_within
from newsprism.records import Span

TEXT = '"No. The decision has been taken," the minister said   on Tuesday,\n\nwhile talks went on.'
BLANK = spacy.blank("en")


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(TEXT)), st.integers(0, len(TEXT)))
def test_tokens_within_equals_a_scan_of_the_doc(a, b):
    doc = BLANK(TEXT)
    start, end = min(a, b), max(a, b)
    span = Span(start, end, TEXT[start:end])
    assert tokens_within(doc, span) == [t for t in doc if start <= t.idx < end]


@pytest.mark.parametrize("text, cue, states", [
    ("The two unions agreed on Sunday to end the strike.", "agreed", False),
    ("The mayor accused the council of hiding the cost.", "accused", False),
    ("Villagers demanded that the company stop dumping waste.", "demanded", False),
    ("The minister said the port would reopen in May.", "said", True),
    ("Relatives gathered at the gate, hoping to see their sons.", "hoping", True),
])
def test_states_proposition_tells_claims_from_acts(nlp, text, cue, states):
    from newsprism.analyze.claim_clauses import states_proposition

    doc = nlp(text)
    found = [s for s in doc._.np_statements if cue in s.cue.text]
    if not found:
        pytest.skip(f"the attribution layer makes no statement of {cue!r}")
    assert states_proposition(doc, found[0]) == states
