"""Shared fixtures: one spaCy pipeline per test session, the example corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def nlp():
    """The full newsprism pipeline (model plus every component that is built)."""
    from newsprism.analyze import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def base_nlp():
    """The bare spaCy model without newsprism components."""
    import spacy

    from newsprism.analyze import register_extensions
    from newsprism.config import Settings

    register_extensions()
    return spacy.load(Settings().model)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES
