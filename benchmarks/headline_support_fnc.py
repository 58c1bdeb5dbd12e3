"""Every structural headline check, the claim-support check included, on FNC-1 pairs.

Runs the shipped stance model over a split exactly as ``newsprism eval stance`` does, then
applies ``headlines.structural_check`` to every pair as the corpus does (denial of the body's
conditions -> disagree; a report of them, against a model disagree or discuss -> agree; the
body asserting the headline's claim, against a model discuss -> agree; the body only
reporting it as weaker, against a model agree -> discuss) and scores both.

Each body and each headline is analysed once (not once per pair): a pair's analysis is the
headline's claims followed by the body's records shifted behind it, the layout of
``Article.text`` (headline, blank line, body). ``--cache`` keeps those analyses in a pickle,
so other settings of the checks can be scored without analysing again.

    python benchmarks/headline_support_fnc.py [--split heldout|train] [--bodies-limit N] [--cache FILE] [--list]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import random
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

from _common import ROOT

FNC = ROOT.parent / "shared" / "eval" / "fnc1-train"


def shifted(record, by: int):
    """``record`` with every Span inside it moved ``by`` characters (texts unchanged)."""
    from newsprism.records import Span

    if isinstance(record, Span):
        return Span(record.start + by, record.end + by, record.text)
    if isinstance(record, tuple):
        return tuple(shifted(r, by) for r in record)
    if dataclasses.is_dataclass(record):
        return dataclasses.replace(record, **{f.name: shifted(getattr(record, f.name), by) for f in dataclasses.fields(record)})
    return record


def analyses(texts: dict[str, str]) -> dict:
    """The analysis of each text (key -> ArticleAnalysis), each text an article without a headline."""
    from newsprism.analyze.pipeline import analyze_articles
    from newsprism.records import Article

    articles = [Article(key, text, "", body_start=0) for key, text in texts.items()]
    return {a.id: analysis for a, analysis in zip(articles, analyze_articles(articles))}


def joined(headline: str, head, body: str, body_analysis):
    """The Article and ArticleAnalysis of one pair, laid out as headline + blank line + body."""
    from newsprism.records import Article, ArticleAnalysis

    by = len(headline) + 2
    claims = tuple(dataclasses.replace(c, position="headline") for c in head.claims)
    article = Article("pair", f"{headline}\n\n{body}", headline, body_start=by)
    analysis = ArticleAnalysis("pair", claims=claims + shifted(body_analysis.claims, by),
                               statements=shifted(body_analysis.statements, by), events=shifted(body_analysis.events, by),
                               entities=tuple(head.entities) + shifted(tuple(body_analysis.entities), by),
                               sentences=shifted(body_analysis.sentences, by))
    return article, analysis


def _memo_parser():
    from newsprism.compare.headline_conditions import spacy_parser

    parse, docs = spacy_parser(), {}

    def cached(texts):
        new = [t for t in dict.fromkeys(texts) if t not in docs]
        if new:
            docs.update(zip(new, parse(new)))
        return [docs[t] for t in texts]
    return cached


def _chosen_pairs(args):
    from newsprism.eval.stance import read_fnc, select_split

    bodies, pairs = read_fnc(args.bodies, args.stances)
    chosen = select_split(pairs, args.split)
    if args.bodies_limit:
        ids = sorted({p.body_id for p in chosen}, key=int)
        keep = set(random.Random(args.seed).sample(ids, min(args.bodies_limit, len(ids))))
        chosen = [p for p in chosen if p.body_id in keep]
    return bodies, chosen


def _load_analyses(args, bodies, chosen) -> tuple[dict, dict]:
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    body_texts = {f"b{b}": bodies[b] for b in sorted({p.body_id for p in chosen})}
    heads = sorted({p.headline for p in chosen})
    found = (analyses(body_texts), dict(zip(heads, analyses({f"h{n}": h for n, h in enumerate(heads)}).values())))
    if cache:
        cache.write_bytes(pickle.dumps(found))
    return found


def main() -> None:
    """Print the FNC-1 scores of the model alone and with every structural check."""
    from newsprism.compare.headline_support import (
        DROPS_CONDITION,
        SUPPORTS,
        support_finding,
    )
    from newsprism.compare.headlines import FINDING_STANCES, structural_check
    from newsprism.compare.stance import (
        load_stance_model,
        pairs_matrix,
        predict_stances,
        tie_broken,
    )
    from newsprism.compare.views import body_text
    from newsprism.eval.stance import stance_scores

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bodies", default=str(FNC / "train_bodies.csv"))
    parser.add_argument("--stances", default=str(FNC / "train_stances.csv"))
    parser.add_argument("--split", default="heldout")
    parser.add_argument("--bodies-limit", type=int, default=0, help="a fixed random sample of this many bodies")
    parser.add_argument("--seed", type=int, default=7, help="seed of the body sample")
    parser.add_argument("--cache", default="", help="pickle of the analyses (written once, then read)")
    parser.add_argument("--list", action="store_true", help="print every pair a check changed")
    parser.add_argument("--fire-rates", action="store_true", help="count the claim-support findings on every related pair by gold stance")
    args = parser.parse_args()

    started = time.perf_counter()
    bodies, chosen = _chosen_pairs(args)
    bundle = load_stance_model()
    matrix, _ = pairs_matrix([(p.headline, bodies[p.body_id]) for p in chosen], bundle["idf"], "fnc-sentences")
    labels, proba = predict_stances(matrix, bundle)
    acted = [tie_broken(label, p, bundle["labels"])[0] for label, p in zip(labels, proba)]  # as headline_checks does
    body_analyses, head_analyses = _load_analyses(args, bodies, chosen)
    parse, final, changed, fires = _memo_parser(), [], Counter(), Counter()
    for pair, label in zip(chosen, acted):
        if label == "unrelated":
            final.append(label)
            continue
        article, analysis = joined(pair.headline, head_analyses[pair.headline], bodies[pair.body_id], body_analyses[f"b{pair.body_id}"])
        view = SimpleNamespace(article=article, analysis=analysis, body=body_text(article))
        if args.fire_rates and pair.stance != "unrelated":  # what each claim-support finding says, whatever the model said
            for want in (SUPPORTS, DROPS_CONDITION):
                fires[f"{want} | gold {pair.stance}"] += support_finding(article, analysis, parse, bundle["idf"], want) is not None
            fires[f"related pairs | gold {pair.stance}"] += 1
        found = structural_check(view, label, parse, bundle["idf"])
        stance = FINDING_STANCES.get(found["finding"], "disagree") if found else label
        final.append(stance)
        if stance != label:
            changed[(found["finding"], label, stance, pair.stance)] += 1
            if args.list:
                print(json.dumps({"headline": pair.headline, "body": pair.body_id, "gold": pair.stance, "model": label,
                                  "now": stance, "reason": found["reason"][:300]}))
    gold = [p.stance for p in chosen]
    print(json.dumps({"split": args.split, "pairs": len(chosen), "bodies": len({p.body_id for p in chosen}),
                      "model": stance_scores(gold, labels), "with_checks": stance_scores(gold, final),
                      "changed (finding, model, now, gold)": {" | ".join(k): n for k, n in sorted(changed.items())},
                      "near-tie disagree read as the runner-up (model, now, gold)": dict(sorted(Counter(
                          f"{m} | {a} | {p.stance}" for m, a, p in zip(labels, acted, chosen) if m != a).items())),
                      "fires whatever the model said": dict(sorted(fires.items())),
                      "seconds": round(time.perf_counter() - started, 1)}, indent=1))


if __name__ == "__main__":
    main()
