"""Train the shipped headline-body stance model on the FNC-1 training split, reproducibly.

    python scripts/train_stance.py [--fnc ../shared/eval/fnc1-train] [--out src/newsprism/compare/models]
    python scripts/train_stance.py --convert OLD.joblib     # export a pickled bundle, no training

Splits the FNC-1 train pairs by body id (seed and fraction in newsprism.eval.stance), fits
the IDF table and a gradient-boosted classifier on the training bodies only, scores the
held-out bodies, and writes the model as plain data, ``stance.npz`` (the trees' node arrays,
see newsprism.compare.boosted_trees) and ``stance.json`` (IDF table, features, labels,
metadata), plus ``stance_metrics.json``; newsprism reads them without scikit-learn. The
export is checked against the fitted model's own predict_proba before anything is written.
Sentence embeddings are cached outside the repository (``~/.cache/newsprism``; set NEWSPRISM_CACHE).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

# One OpenMP thread: on a busy 2-core machine, more threads made fitting 5x slower.
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = 7
PARAMS = dict(max_iter=400, learning_rate=0.06, max_leaf_nodes=31, min_samples_leaf=30, l2_regularization=1.0)
# Rarer classes weigh more, so the model does not ignore "disagree" (FNC's hardest class).
CLASS_WEIGHTS = {"agree": 2.0, "disagree": 8.0, "discuss": 1.0, "unrelated": 1.0}


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fnc", default=str(ROOT.parent / "shared" / "eval" / "fnc1-train"), help="folder with train_bodies.csv and train_stances.csv")
    parser.add_argument("--out", default=str(ROOT / "src" / "newsprism" / "compare" / "models"), help="where to write the model")
    parser.add_argument("--folds-report", action="store_true", help="only report decision rules on 5 body folds of the training bodies; write nothing")
    parser.add_argument("--convert", metavar="JOBLIB", help="only export a pickled bundle (the former stance.joblib) to the plain format in --out")
    return parser.parse_args()


def _matrices(fnc: Path):
    from newsprism.compare.stance import fit_idf, pairs_matrix
    from newsprism.eval.stance import read_fnc, split_by_body

    bodies, pairs = read_fnc(fnc / "train_bodies.csv", fnc / "train_stances.csv")
    train_ids, heldout_ids = split_by_body([p.body_id for p in pairs])
    idf = fit_idf([bodies[b] for b in sorted(train_ids)])
    matrix, _ = pairs_matrix([(p.headline, bodies[p.body_id]) for p in pairs], idf, "fnc-sentences")
    labels = np.array([p.stance for p in pairs])
    is_train = np.array([p.body_id in train_ids for p in pairs])
    return matrix, labels, is_train, idf, len(train_ids), len(heldout_ids)


def _fit(matrix: np.ndarray, labels: np.ndarray):
    from sklearn.ensemble import HistGradientBoostingClassifier

    model = HistGradientBoostingClassifier(random_state=SEED, **PARAMS)
    weights = np.array([CLASS_WEIGHTS[label] for label in labels])
    return model.fit(matrix, labels, sample_weight=weights)


FOLDS = 5
SCALES = np.round(np.exp(np.linspace(np.log(0.25), np.log(4.0), 25)), 3)


def _fold_probabilities(matrix: np.ndarray, labels: np.ndarray, groups: np.ndarray) -> tuple[np.ndarray, list]:
    """Out-of-fold class probabilities over the training bodies (folds by body, never the held-out ones)."""
    from sklearn.model_selection import GroupKFold

    proba = np.zeros((len(labels), 4))
    for fit_rows, test_rows in GroupKFold(FOLDS).split(matrix, labels, groups):
        model = _fit(matrix[fit_rows], labels[fit_rows])
        proba[test_rows] = model.predict_proba(matrix[test_rows])
    return proba, list(model.classes_)


def _fast_scores(gold: np.ndarray, predicted: np.ndarray) -> tuple[float, float]:
    """(FNC score, macro-F1) from class indices; the order is agree, disagree, discuss, unrelated."""
    table = np.bincount(gold * 4 + predicted, minlength=16).reshape(4, 4)
    f1 = 2 * np.diag(table) / np.maximum(table.sum(0) + table.sum(1), 1)
    related = np.array([1, 1, 1, 0])
    points = 0.25 * (related[gold] == related[predicted]) + 0.75 * ((gold == predicted) & (related[gold] == 1))
    return float(points.sum() / (0.25 + 0.75 * related[gold]).sum()), float(f1.mean())


def _rule_search(proba: np.ndarray, gold: np.ndarray) -> dict:
    """Per-class probability scales (agree fixed at 1): the best FNC score with macro-F1 >= 0.65, and the best macro-F1."""
    found = {"unscaled": (*_fast_scores(gold, proba.argmax(1)), [1.0, 1.0, 1.0, 1.0]),
             "prior (1/class weight)": (*_fast_scores(gold, (proba / np.array(list(CLASS_WEIGHTS.values()))).argmax(1)),
                                        [round(1 / w, 3) for w in CLASS_WEIGHTS.values()])}
    best_fnc = best_f1 = (0.0, 0.0, None)
    for d, s, u in ((d, s, u) for d in SCALES for s in SCALES for u in SCALES):
        fnc, f1 = _fast_scores(gold, (proba * np.array([1.0, d, s, u])).argmax(1))
        if f1 >= 0.65 and fnc > best_fnc[0]:
            best_fnc = (fnc, f1, [1.0, float(d), float(s), float(u)])
        if f1 > best_f1[1]:
            best_f1 = (fnc, f1, [1.0, float(d), float(s), float(u)])
    found["max FNC with macro-F1 >= 0.65"], found["max macro-F1"] = best_fnc, best_f1
    return {name: {"fnc_score": round(v[0], 4), "macro_f1": round(v[1], 4), "scales": v[2]} for name, v in found.items()}


def folds_report(fnc: Path) -> dict:
    """Decision rules scored on out-of-fold predictions of the training bodies (held-out bodies untouched)."""
    from newsprism.eval.stance import read_fnc

    matrix, labels, is_train, *_ = _matrices(fnc)
    _, pairs = read_fnc(fnc / "train_bodies.csv", fnc / "train_stances.csv")
    groups = np.array([p.body_id for p in pairs])[is_train]
    proba, classes = _fold_probabilities(matrix[is_train], labels[is_train], groups)
    assert classes == ["agree", "disagree", "discuss", "unrelated"]
    return _rule_search(proba, np.array([classes.index(label) for label in labels[is_train]]))


def _check_export(model, matrix: np.ndarray) -> None:
    """Refuse to write an export whose probabilities differ from the fitted model's by more than 1e-12."""
    from newsprism.compare.boosted_trees import TreeEnsemble, export_arrays

    ours = TreeEnsemble.from_arrays(export_arrays(model)).predict_proba(matrix)
    theirs = model.predict_proba(matrix)
    if not (np.abs(ours - theirs).max() <= 1e-12 and (ours.argmax(1) == theirs.argmax(1)).all()):
        raise SystemExit(f"the exported trees disagree with scikit-learn (max diff {np.abs(ours - theirs).max()})")


def write_bundle(out: Path, bundle: dict, check_rows: np.ndarray) -> None:
    """Write ``stance.npz`` and ``stance.json`` (and ``stance_metrics.json``) from a bundle holding a fitted model."""
    from newsprism.compare.boosted_trees import export_arrays, save_arrays

    _check_export(bundle["model"], check_rows)
    out.mkdir(parents=True, exist_ok=True)
    save_arrays(export_arrays(bundle["model"]), out / "stance.npz")
    info = {"format": "newsprism stance bundle 1 (trees in stance.npz)", "features": list(bundle["features"]),
            "labels": [str(label) for label in bundle["labels"]], "meta": bundle["meta"], "idf": bundle["idf"]}
    (out / "stance.json").write_text(json.dumps(info, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "stance_metrics.json").write_text(json.dumps(bundle["meta"], indent=2) + "\n", encoding="utf-8")


def _check_rows(n_features: int, seed: int = SEED) -> np.ndarray:
    """Rows for the export check when no training matrix is at hand: spread values, some missing."""
    rng = np.random.default_rng(seed)
    rows = rng.normal(scale=3.0, size=(4000, n_features))
    rows[rng.random(rows.shape) < 0.05] = np.nan
    return rows


def convert(path: Path, out: Path) -> None:
    """Export a pickled bundle (``model``, ``idf``, ``features``, ``labels``, ``meta``) unchanged to the plain format."""
    import joblib

    bundle = joblib.load(path)
    write_bundle(out, bundle, _check_rows(bundle["model"].n_features_in_))


def main() -> None:
    """Train, score the held-out bodies, write the bundle and its metrics."""
    import sklearn

    from newsprism.compare.stance import FEATURE_NAMES
    from newsprism.eval.stance import HELDOUT_FRACTION, SPLIT_SEED, stance_scores

    args = _arguments()
    if args.folds_report:
        print(json.dumps(folds_report(Path(args.fnc)), indent=2))
        return
    if args.convert:
        convert(Path(args.convert), Path(args.out))
        return
    started = time.time()
    matrix, labels, is_train, idf, n_train, n_heldout = _matrices(Path(args.fnc))
    model = _fit(matrix[is_train], labels[is_train])
    scores = stance_scores(labels[~is_train].tolist(), model.predict(matrix[~is_train]).tolist())
    meta = {
        "trained_on": "FNC-1 train split (github FakeNewsChallenge/fnc-1), training bodies only",
        "split": {"seed": SPLIT_SEED, "heldout_fraction": HELDOUT_FRACTION, "train_bodies": n_train, "heldout_bodies": n_heldout},
        "train_pairs": int(is_train.sum()), "heldout": scores, "params": PARAMS, "class_weights": CLASS_WEIGHTS,
        "sklearn": sklearn.__version__, "seconds": round(time.time() - started, 1),
    }
    bundle = {"model": model, "idf": idf, "features": FEATURE_NAMES, "labels": list(model.classes_), "meta": meta}
    write_bundle(Path(args.out), bundle, matrix)
    print(json.dumps(scores))


if __name__ == "__main__":
    main()
