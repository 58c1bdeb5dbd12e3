"""Train the shipped headline-body stance model on the FNC-1 training split, reproducibly.

    python scripts/train_stance.py [--fnc ../shared/eval/fnc1-train] [--out src/newsprism/compare/models]

Splits the FNC-1 train pairs by body id (seed and fraction in newsprism.eval.stance), fits
the IDF table and a gradient-boosted classifier on the training bodies only, scores the
held-out bodies, and writes ``stance.joblib`` plus ``stance_metrics.json``. Sentence
embeddings are cached outside the repository (``~/.cache/newsprism``; set NEWSPRISM_CACHE).
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


def main() -> None:
    """Train, score the held-out bodies, write the bundle and its metrics."""
    import joblib
    import sklearn

    from newsprism.compare.stance import FEATURE_NAMES
    from newsprism.eval.stance import HELDOUT_FRACTION, SPLIT_SEED, stance_scores

    args = _arguments()
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
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    bundle = {"model": model, "idf": idf, "features": FEATURE_NAMES, "labels": list(model.classes_), "meta": meta}
    joblib.dump(bundle, out / "stance.joblib", compress=3)
    (out / "stance_metrics.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(scores))


if __name__ == "__main__":
    main()
