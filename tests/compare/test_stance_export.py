"""The stance model as plain arrays (numpy) against the same model in scikit-learn.

Skipped when scikit-learn is absent: it is the reference, newsprism itself never imports it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsprism.compare.boosted_trees import TreeEnsemble, export_arrays, save_arrays
from newsprism.compare.stance import (
    MODEL_PATH,
    load_stance_model,
    pairs_matrix,
    predict_stances,
)

sklearn = pytest.importorskip("sklearn")
joblib = pytest.importorskip("joblib")

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
SHIPPED_JOBLIB = MODEL_PATH.with_name("stance.joblib")


@pytest.fixture(scope="module")
def real_rows(encoder) -> np.ndarray:
    """Feature rows of every example headline against every example body (own body and the others)."""
    from newsprism.ingest.readers import text_article

    arts = [text_article(p.read_text(encoding="utf-8"), str(p), "Example") for p in sorted(EXAMPLES.glob("*.txt"))]
    pairs = [(a.headline, b.text[b.body_start:]) for a in arts for b in arts]
    matrix, _ = pairs_matrix(pairs, load_stance_model()["idf"])
    return matrix


def _mixed_rows(real: np.ndarray, trees: TreeEnsemble, n: int = 3000, seed: int = 11) -> np.ndarray:
    """Rows whose every column is a value seen in real rows, with some set exactly on a split threshold or missing."""
    rng = np.random.default_rng(seed)
    rows = real[rng.integers(0, len(real), size=(n, real.shape[1])), np.arange(real.shape[1])]
    splits = np.flatnonzero(~trees.is_leaf)
    for row, node in zip(range(0, n, 3), rng.choice(splits, size=n // 3)):
        rows[row, trees.feature[node]] = trees.threshold[node]  # the <= edge of the split rule
    rows[rng.random(rows.shape) < 0.03] = np.nan
    return rows


def _assert_same_predictions(ours: np.ndarray, theirs: np.ndarray) -> None:
    assert ours.shape == theirs.shape
    assert (ours.argmax(axis=1) == theirs.argmax(axis=1)).all()
    assert np.abs(ours - theirs).max() <= 1e-9


def test_shipped_arrays_predict_as_the_shipped_sklearn_model(real_rows):
    reference = joblib.load(SHIPPED_JOBLIB)["model"]
    trees = load_stance_model()["model"]
    rows = np.vstack([real_rows, _mixed_rows(real_rows, trees)])
    _assert_same_predictions(trees.predict_proba(rows), reference.predict_proba(rows))
    labels, _ = predict_stances(real_rows)
    assert labels == [str(c) for c in reference.predict(real_rows)]
    assert len(set(labels)) >= 2  # own bodies and other bodies: related and unrelated pairs


def test_exported_trees_route_missing_values_as_learned(real_rows, tmp_path):
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(3)
    train = _mixed_rows(real_rows, load_stance_model()["model"], n=600, seed=5)
    train[rng.random(train.shape) < 0.2] = np.nan  # trees learn where missing values go
    classes = np.array(["agree", "disagree", "discuss"])[(np.nan_to_num(train[:, 0]) > 0.3) + (np.isnan(train[:, 7]) * 1)]
    model = HistGradientBoostingClassifier(max_iter=15, max_leaf_nodes=8, random_state=0).fit(train, classes)
    save_arrays(export_arrays(model), tmp_path / "trees.npz")
    loaded = TreeEnsemble.load(tmp_path / "trees.npz")
    assert loaded.missing_left.any() and not loaded.missing_left.all()
    rows = _mixed_rows(real_rows, loaded, n=1500, seed=9)
    _assert_same_predictions(loaded.predict_proba(rows), model.predict_proba(rows))


def test_export_refuses_binary_models(real_rows):
    from sklearn.ensemble import HistGradientBoostingClassifier

    model = HistGradientBoostingClassifier(max_iter=3).fit(real_rows, real_rows[:, 0] > np.median(real_rows[:, 0]))
    with pytest.raises(ValueError, match="multiclass"):
        export_arrays(model)


def test_trees_refuse_rows_of_the_wrong_width():
    with pytest.raises(ValueError, match="29 features"):
        load_stance_model()["model"].predict_proba(np.zeros((2, 28)))
