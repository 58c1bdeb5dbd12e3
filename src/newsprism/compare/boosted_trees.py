"""A fitted HistGradientBoostingClassifier as plain arrays, and its predict_proba in numpy.

Loading a pickled scikit-learn model costs about 1.4 s, nearly all of it importing
scikit-learn, on every run that compares. The shipped stance model is exported instead to
an ``.npz`` of node arrays (no pickle) and evaluated here with numpy, reproducing
scikit-learn's arithmetic step by step so that the probabilities come out the same bit
for bit: the same ``<=`` split rule and missing-value routing, raw predictions summed in
the same order (baseline, then tree after tree), and the same softmax.

Only what the stance model uses is supported: numeric features (missing values allowed)
and the multiclass loss. :func:`export_arrays` refuses anything else rather than guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

# Per-node fields of scikit-learn's predictor records (sklearn.ensemble._hist_gradient_boosting.common.PREDICTOR_RECORD_DTYPE).
NODE_FIELDS = ("feature_idx", "num_threshold", "missing_go_to_left", "left", "right", "is_leaf", "value")
FORMAT = "newsprism-hgb-trees-1"
ROWS_PER_CHUNK = 2048  # rows x trees node indices per step: bounds memory on a large evaluation


def export_arrays(model) -> dict[str, np.ndarray]:
    """The node arrays of a fitted multiclass HistGradientBoostingClassifier (tree nodes concatenated)."""
    if type(model._loss).__name__ != "HalfMultinomialLoss":
        raise ValueError(f"only the multiclass loss is supported, not {type(model._loss).__name__}")
    if model.is_categorical_ is not None and np.any(model.is_categorical_):
        raise ValueError("categorical features are not supported")
    trees = [tree for iteration in model._predictors for tree in iteration]
    nodes = [tree.nodes for tree in trees]
    arrays = {name: np.concatenate([n[name] for n in nodes]) for name in NODE_FIELDS}
    arrays["tree_start"] = np.cumsum([0] + [len(n) for n in nodes[:-1]]).astype(np.int64)
    arrays["baseline"] = np.asarray(model._baseline_prediction, dtype=np.float64).reshape(-1)
    arrays["n_features"] = np.array(model.n_features_in_, dtype=np.int64)
    if len(arrays["baseline"]) != model.n_trees_per_iteration_ or len(trees) % model.n_trees_per_iteration_:
        raise ValueError("unexpected tree layout")
    return arrays


def save_arrays(arrays: dict[str, np.ndarray], path: Path) -> None:
    """Write the arrays as a compressed ``.npz`` (plain arrays: loads without pickle)."""
    np.savez_compressed(path, format=np.array(FORMAT), **arrays)


@dataclass(frozen=True)
class TreeEnsemble:
    """The exported trees with node indices made global; ``predict_proba`` as scikit-learn's."""

    feature: np.ndarray
    threshold: np.ndarray
    missing_left: np.ndarray
    left: np.ndarray
    right: np.ndarray
    is_leaf: np.ndarray
    value: np.ndarray
    roots: np.ndarray
    baseline: np.ndarray
    n_features: int

    @classmethod
    def from_arrays(cls, arrays) -> TreeEnsemble:
        """Build from :func:`export_arrays` output (or the loaded ``.npz``)."""
        start = np.asarray(arrays["tree_start"], dtype=np.int64)
        sizes = np.diff(np.append(start, len(arrays["value"])))
        offset = np.repeat(start, sizes)  # each node's tree start: child indices are local to their tree
        is_leaf = np.asarray(arrays["is_leaf"], dtype=bool)
        left = np.asarray(arrays["left"], dtype=np.int64) + offset  # never read at a leaf
        right = np.asarray(arrays["right"], dtype=np.int64) + offset
        return cls(np.asarray(arrays["feature_idx"], dtype=np.int64), np.asarray(arrays["num_threshold"], dtype=np.float64),
                   np.asarray(arrays["missing_go_to_left"], dtype=bool), left, right, is_leaf,
                   np.asarray(arrays["value"], dtype=np.float64), start, np.asarray(arrays["baseline"], dtype=np.float64),
                   int(arrays["n_features"]))

    @classmethod
    def load(cls, path: Path) -> TreeEnsemble:
        """Read an ``.npz`` written by :func:`save_arrays` (pickle disabled)."""
        with np.load(path, allow_pickle=False) as data:
            if str(data["format"]) != FORMAT:
                raise ValueError(f"unknown tree format {str(data['format'])!r}")
            return cls.from_arrays({name: data[name] for name in data.files})

    def _leaf_values(self, X: np.ndarray) -> np.ndarray:
        """Each row's leaf value in every tree, shape (rows, trees): all (row, tree) pairs descend together."""
        n_rows, n_trees = len(X), len(self.roots)
        flat_x = np.ascontiguousarray(X).ravel()
        nodes = np.tile(self.roots, n_rows)  # row-major (row, tree) pairs
        row_start = np.repeat(np.arange(n_rows) * X.shape[1], n_trees)
        walking = np.flatnonzero(~self.is_leaf[nodes])  # pairs not yet at a leaf: the only ones worked on
        while len(walking):
            at = nodes[walking]
            x = flat_x[row_start[walking] + self.feature[at]]
            # scikit-learn: a missing value follows missing_go_to_left, any other goes left when <= threshold
            go_left = np.where(np.isnan(x), self.missing_left[at], x <= self.threshold[at])
            nodes[walking] = below = np.where(go_left, self.left[at], self.right[at])
            walking = walking[~self.is_leaf[below]]
        return self.value[nodes].reshape(n_rows, n_trees)

    def raw_predict(self, X: np.ndarray) -> np.ndarray:
        """Baseline plus every tree's leaf value, added in scikit-learn's order (iteration by iteration)."""
        X = np.asarray(X, dtype=np.float64)
        if X.ndim != 2 or X.shape[1] != self.n_features:
            raise ValueError(f"expected {self.n_features} features, got shape {X.shape}")
        k = len(self.baseline)
        raw = np.zeros((len(X), k), dtype=np.float64, order="F")
        raw += self.baseline
        for first in range(0, len(X), ROWS_PER_CHUNK):
            values = self._leaf_values(X[first:first + ROWS_PER_CHUNK]).reshape(-1, len(self.roots) // k, k)
            for iteration in range(values.shape[1]):
                raw[first:first + ROWS_PER_CHUNK] += values[:, iteration]
        return raw

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """Class probabilities: scikit-learn's softmax (sklearn.utils.extmath.softmax) of the raw predictions."""
        raw = self.raw_predict(X)
        raw -= raw.max(axis=1).reshape(-1, 1)
        np.exp(raw, out=raw)
        raw /= raw.sum(axis=1).reshape(-1, 1)
        return raw
