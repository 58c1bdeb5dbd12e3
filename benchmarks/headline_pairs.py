"""The headline checks on cross-article pairs: one article's headline against another's body.

A gold ``stories.json`` may list ``headline_body_pairs`` (``headline_of``, ``body_of``, ``stance``:
e.g. an overstating headline against the sober wire body of the same story). ``newsprism eval
headline-stance`` scores each headline against its own body only; this scores these pairs the
way ``benchmarks/headline_support_fnc.py`` scores FNC-1 pairs: the shipped stance model, then
``headlines.structural_check`` on the headline's analysis joined to the body's.

    python benchmarks/headline_pairs.py --articles examples/articles --gold examples/gold/stories.json [--list]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from types import SimpleNamespace

from headline_support_fnc import _memo_parser, analyses, joined


def _pairs(gold_json: Path) -> list[dict]:
    gold = json.loads(gold_json.read_text(encoding="utf-8"))
    return list(gold.get("headline_body_pairs", []))


def _articles(articles_dir: Path) -> dict:
    """Articles by file stem (the gold's slugs)."""
    from newsprism.ingest import ingest_paths
    from newsprism.records import Article

    return {Path(a.source_path).stem: a for a in ingest_paths([articles_dir]) if isinstance(a, Article)}


def score(articles_dir: Path, gold_json: Path) -> dict:
    """Each gold pair's model stance and final stance, with counts of right calls."""
    from newsprism.compare.headlines import FINDING_STANCES, structural_check
    from newsprism.compare.stance import load_stance_model, pairs_matrix, predict_stances, tie_broken
    from newsprism.compare.views import body_text

    pairs, by_slug = _pairs(gold_json), _articles(articles_dir)
    pairs = [p for p in pairs if p["headline_of"] in by_slug and p["body_of"] in by_slug]
    bodies = {p["body_of"]: by_slug[p["body_of"]].text[by_slug[p["body_of"]].body_start:] for p in pairs}
    heads = {p["headline_of"]: by_slug[p["headline_of"]].headline for p in pairs}
    body_an, head_an = analyses({f"b:{k}": v for k, v in bodies.items()}), analyses({f"h:{k}": v for k, v in heads.items()})
    bundle = load_stance_model()
    matrix, _ = pairs_matrix([(heads[p["headline_of"]], bodies[p["body_of"]]) for p in pairs], bundle["idf"])
    labels, proba = predict_stances(matrix, bundle)
    labels = [tie_broken(label, p, bundle["labels"])[0] for label, p in zip(labels, proba)]  # as headline_checks does
    parse, rows = _memo_parser(), []
    for pair, label in zip(pairs, labels):
        article, analysis = joined(heads[pair["headline_of"]], head_an[f"h:{pair['headline_of']}"], bodies[pair["body_of"]],
                                   body_an[f"b:{pair['body_of']}"])
        view = SimpleNamespace(article=article, analysis=analysis, body=body_text(article))
        found = structural_check(view, label, parse, bundle["idf"]) if label != "unrelated" else None
        final = FINDING_STANCES.get(found["finding"], "disagree") if found else label
        rows.append({**pair, "model": label, "predicted": final, "finding": found and found["finding"]})
    return {"pairs": len(rows), "model_correct": sum(r["model"] == r["stance"] for r in rows),
            "correct": sum(r["predicted"] == r["stance"] for r in rows), "rows": rows}


def main() -> None:
    """Print the pair scores of one gold set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", required=True, help="folder of the articles")
    parser.add_argument("--gold", required=True, help="stories.json with headline_body_pairs")
    parser.add_argument("--list", action="store_true", help="print every pair")
    args = parser.parse_args()
    result = score(Path(args.articles), Path(args.gold))
    if not args.list:
        result.pop("rows")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
