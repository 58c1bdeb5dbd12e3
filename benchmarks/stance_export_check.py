"""The stance model exported to plain arrays against the pickled scikit-learn model, on FNC-1 pairs.

    .venv/bin/python benchmarks/stance_export_check.py [../shared/eval/fnc1-train] [--split heldout|all]

Builds the feature rows of the chosen FNC-1 pairs (sentence embeddings from the cache that
``newsprism eval stance`` fills), predicts them with the shipped ``stance.npz`` (numpy) and
with ``stance.joblib`` (scikit-learn), and prints the largest probability difference, the
number of rows whose argmax differs, and both predictors' times. Also times loading each
model in a fresh process. Needs scikit-learn and the FNC-1 files; writes nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
LOAD_NEW = "from newsprism.compare.stance import load_stance_model as f; f()"
LOAD_OLD = "import joblib; joblib.load('src/newsprism/compare/models/stance.joblib')"
TIMER = "import time, sys; t = time.perf_counter(); exec(sys.argv[1]); print(time.perf_counter() - t)"


def _fresh_load_seconds(code: str, trials: int = 5) -> list[float]:
    runs = [subprocess.run([sys.executable, "-c", TIMER, code], cwd=ROOT, capture_output=True, text=True, check=True) for _ in range(trials)]
    return [round(float(run.stdout), 3) for run in runs]


def _rows(fnc: Path, split: str) -> np.ndarray:
    from newsprism.compare.stance import load_stance_model, pairs_matrix
    from newsprism.eval.stance import read_fnc, select_split

    bodies, pairs = read_fnc(fnc / "train_bodies.csv", fnc / "train_stances.csv")
    chosen = select_split(pairs, split)
    matrix, _ = pairs_matrix([(p.headline, bodies[p.body_id]) for p in chosen], load_stance_model()["idf"], "fnc-sentences")
    return matrix


def main() -> None:
    """Compare both predictors on the FNC-1 rows and time both loads."""
    import joblib

    from newsprism.compare.stance import load_stance_model

    args = sys.argv[1:]
    fnc = Path(args[0]) if args and not args[0].startswith("--") else ROOT.parent / "shared" / "eval" / "fnc1-train"
    split = args[args.index("--split") + 1] if "--split" in args else "heldout"
    matrix = _rows(fnc, split)
    ours_model, theirs_model = load_stance_model()["model"], joblib.load(ROOT / "src/newsprism/compare/models/stance.joblib")["model"]
    started = time.perf_counter()
    ours = ours_model.predict_proba(matrix)
    middle = time.perf_counter()
    theirs = theirs_model.predict_proba(matrix)
    ended = time.perf_counter()
    print(json.dumps({
        "split": split, "rows": len(matrix), "max_abs_diff": float(np.abs(ours - theirs).max()),
        "bit_identical": bool((ours == theirs).all()), "argmax_differs": int((ours.argmax(1) != theirs.argmax(1)).sum()),
        "numpy_predict_s": round(middle - started, 3), "sklearn_predict_s": round(ended - middle, 3),
        "fresh_load_npz_s": _fresh_load_seconds(LOAD_NEW), "fresh_load_joblib_s": _fresh_load_seconds(LOAD_OLD),
    }, indent=2))


if __name__ == "__main__":
    main()
