"""Batches of similar token counts: every text is encoded once, and to the same vector as alone."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.compare.embeddings import Encoder, token_batches


def _padded_work(lengths, batches, call_cost):
    return sum(len(b) * lengths[b[-1]] + call_cost for b in batches)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=128), max_size=300), st.integers(1, 64), st.integers(0, 50))
def test_token_batches_cover_every_row_once_within_the_size(raw, size, call_cost):
    lengths = sorted(raw)
    batches = token_batches(lengths, size, call_cost)
    assert [i for b in batches for i in b] == list(range(len(lengths)))
    assert all(1 <= len(b) <= size for b in batches)
    # Fixed batches of ``size`` are one possible split, so the chosen split is never worse.
    fixed = [range(i, min(i + size, len(lengths))) for i in range(0, len(lengths), size)]
    assert _padded_work(lengths, batches, call_cost) <= _padded_work(lengths, fixed, call_cost)


def test_token_batches_keep_short_rows_apart_from_long_ones():
    lengths = [9] * 12 + [110] * 5
    assert token_batches(lengths, 64, 20) == [range(0, 12), range(12, 17)]
    assert token_batches([], 64, 20) == []


def test_encoded_in_mixed_batches_equals_encoded_alone(encoder):
    texts = [
        "Talks resume.",
        "The harbour authority said repairs to the northern pier would take at least eight months.",
        "Officials in Veldra confirmed that 212 families had been moved to schools after the river rose overnight.",
        "Rain stopped.",
        "A spokeswoman for the rail union said the strike would continue until the pay offer was improved.",
        "The talks resume.",
    ]
    fresh = Encoder(encoder.session, encoder.tokenizer, encoder.threads)  # an empty memo: all six are encoded here
    together = fresh.encode(texts)
    for text, vector in zip(texts, together):
        alone = Encoder(encoder.session, encoder.tokenizer, encoder.threads).encode([text])[0]
        assert np.allclose(alone, vector, atol=1e-6)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-4)
