"""The structural headline checks (compare/headline_conditions.py, compare/headline_agreement.py) on FNC-1.

Runs the shipped stance model over the held-out split exactly as ``newsprism eval stance``
does, then applies the structural overrides the corpus applies (``headline_checks``: a
denial of the body's conditions -> disagree; a report of them, against a model disagree ->
agree) and scores both, so the overrides' effect on the FNC-1 figures is measured, not
assumed. The agreement rule is also run on every pair whose headline it can match, whatever
the model said, so how often it fires and what the gold says there is counted too. Only
pairs whose headline a check can match (a word gate, then the parse) have their body
analysed, which keeps the run to a few minutes.

    python benchmarks/headline_conditions_fnc.py [--bodies CSV] [--stances CSV] [--split heldout] [--list]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter

from _common import ROOT

FNC = ROOT.parent / "shared" / "eval" / "fnc1-train"


def _cued_headlines(pairs, parse, gate, cues) -> tuple[int, set]:
    gated = sorted({p.headline for p in pairs if gate(p.headline)})
    return len(gated), {h for h, doc in zip(gated, parse(gated)) if cues(doc)}


def _findings(pairs, bodies) -> dict:
    """Denial and agreement findings per pair index, for the pairs whose headline has a cue."""
    from newsprism.analyze.pipeline import analyze_articles
    from newsprism.compare.headline_agreement import (
        agreement_cues,
        agreement_finding,
        may_report_conditions,
    )
    from newsprism.compare.headline_conditions import (
        headline_cues,
        may_have_cue,
        spacy_parser,
        structural_finding,
    )
    from newsprism.compare.views import body_text
    from newsprism.records import Article

    parse = spacy_parser()
    gated, with_cue = _cued_headlines(pairs, parse, may_have_cue, headline_cues)
    agree_gated, with_agree_cue = _cued_headlines(pairs, parse, may_report_conditions, agreement_cues)
    chosen = [(n, p) for n, p in enumerate(pairs) if p.headline in with_cue | with_agree_cue]
    articles = [Article(f"fnc{n}", f"{p.headline}\n\n{bodies[p.body_id]}", p.headline, body_start=len(p.headline) + 2)
                for n, p in chosen]
    denies, agrees = {}, {}
    for (n, _), article, analysis in zip(chosen, articles, analyze_articles(articles)):
        offsets = body_text(article).offsets
        denies[n] = structural_finding(article, analysis, offsets, parse)
        agrees[n] = None if denies[n] else agreement_finding(article, analysis, offsets, parse)
    return {"headlines_gated": gated, "headlines_with_cue": len(with_cue),
            "headlines_gated_agreement": agree_gated, "headlines_with_agreement_cue": len(with_agree_cue),
            "pairs_with_cue": len(chosen), "found": {n: f for n, f in denies.items() if f},
            "agreeing": {n: f for n, f in agrees.items() if f}}


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
    flagged, agreeing = structural.pop("found"), structural.pop("agreeing")
    overridden = {n for n in agreeing if model[n] == "disagree"}  # as headline_checks: only a model disagree
    combined = ["disagree" if n in flagged else "agree" if n in overridden else label for n, label in enumerate(model)]
    gold = [p.stance for p in pairs]
    report = {
        "split": args.split, **structural, "pairs_flagged": len(flagged),
        "flagged_by_gold": dict(Counter(gold[n] for n in flagged)),
        "pairs_agreement_fires": len(agreeing), "agreement_fires_by_gold": dict(Counter(gold[n] for n in agreeing)),
        "pairs_agreement_overrides": len(overridden),
        "model": stance_scores(gold, model), "with_structural": stance_scores(gold, combined),
        "seconds": round(time.perf_counter() - started, 1),
    }
    if args.list:
        report["flagged"] = [{"headline": pairs[n].headline, "gold": gold[n], "model": model[n], "reason": f["reason"]}
                             for n, f in {**flagged, **agreeing}.items()]
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
