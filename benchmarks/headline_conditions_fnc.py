"""The structural headline check (compare/headline_conditions.py) on FNC-1 held-out pairs.

Runs the shipped stance model over the held-out split exactly as ``newsprism eval stance``
does, then applies the structural override the corpus applies (``headline_checks``) and
scores both, so the override's effect on the FNC-1 figures is measured, not assumed.
Only pairs whose headline the structural check can match (a word gate, then the parse)
have their body analysed, which keeps the run to a few minutes.

    python benchmarks/headline_conditions_fnc.py [--bodies CSV] [--stances CSV] [--split heldout] [--list]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter

from _common import ROOT

FNC = ROOT.parent / "shared" / "eval" / "fnc1-train"


def _findings(pairs, bodies) -> dict:
    """Structural finding per pair index, for the pairs whose headline has a cue."""
    from newsprism.analyze.pipeline import analyze_articles
    from newsprism.compare.headline_conditions import (
        headline_cues,
        may_have_cue,
        spacy_parser,
        structural_finding,
    )
    from newsprism.compare.views import body_text
    from newsprism.records import Article

    parse = spacy_parser()
    gated = sorted({p.headline for p in pairs if may_have_cue(p.headline)})
    with_cue = {h for h, doc in zip(gated, parse(gated)) if headline_cues(doc)}
    chosen = [(n, p) for n, p in enumerate(pairs) if p.headline in with_cue]
    articles = [Article(f"fnc{n}", f"{p.headline}\n\n{bodies[p.body_id]}", p.headline, body_start=len(p.headline) + 2)
                for n, p in chosen]
    found = {}
    for (n, _), article, analysis in zip(chosen, articles, analyze_articles(articles)):
        finding = structural_finding(article, analysis, body_text(article).offsets, parse)
        if finding is not None:
            found[n] = finding
    return {"headlines_gated": len(gated), "headlines_with_cue": len(with_cue), "pairs_with_cue": len(chosen), "found": found}


def main() -> None:
    """Print the FNC-1 scores without and with the structural override, and what it flagged."""
    from newsprism.compare.stance import (
        load_stance_model,
        pairs_matrix,
        predict_stances,
    )
    from newsprism.eval.stance import read_fnc, select_split, stance_scores

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bodies", default=str(FNC / "train_bodies.csv"))
    parser.add_argument("--stances", default=str(FNC / "train_stances.csv"))
    parser.add_argument("--split", default="heldout")
    parser.add_argument("--list", action="store_true", help="print every flagged pair")
    args = parser.parse_args()
    started = time.perf_counter()
    bodies, pairs = read_fnc(args.bodies, args.stances)
    pairs = select_split(pairs, args.split)
    bundle = load_stance_model()
    matrix, _ = pairs_matrix([(p.headline, bodies[p.body_id]) for p in pairs], bundle["idf"], "fnc-sentences")
    model, _ = predict_stances(matrix, bundle)
    structural = _findings(pairs, bodies)
    combined = ["disagree" if n in structural["found"] else label for n, label in enumerate(model)]
    gold = [p.stance for p in pairs]
    flagged = structural.pop("found")
    report = {
        "split": args.split, **structural, "pairs_flagged": len(flagged),
        "flagged_by_gold": dict(Counter(gold[n] for n in flagged)),
        "model": stance_scores(gold, model), "with_structural": stance_scores(gold, combined),
        "seconds": round(time.perf_counter() - started, 1),
    }
    if args.list:
        report["flagged"] = [{"headline": pairs[n].headline, "gold": gold[n], "model": model[n], "reason": f["reason"]}
                             for n, f in flagged.items()]
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
