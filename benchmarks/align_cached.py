"""Claim-alignment figures of several gold sets from cached analyses, pooled, with the errors.

    .venv/bin/python benchmarks/align_cached.py analyse --cache /tmp/align-cache examples/dev4/a ...
    .venv/bin/python benchmarks/align_cached.py score --cache /tmp/align-cache examples/dev4/a ... [--errors]

``analyse`` runs the analysis once per set and pickles it (run it with ``PYTHONPATH`` set to a
``git archive`` of a fixed commit, so that others' work on the analysis layer does not move the
figures while the comparison is tuned); ``score`` runs the comparison on the cached analyses with
this checkout's code and scores it as ``newsprism eval alignment`` does (gold stories). Development
sets only: never point it at a held-out set's errors.
"""

from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _paths(folder: Path) -> tuple[Path, Path]:
    if folder.name == "gold" and (folder.parent / "articles").is_dir():
        return folder.parent / "articles", folder
    return folder / "articles", folder / "gold"


def _cache_file(cache: Path, folder: Path) -> Path:
    return cache / ("-".join(folder.parts[-2:]) + ".pkl")


def analyse(folder: Path, cache: Path) -> None:
    """Analyse a set's articles and pickle (articles, analyses)."""
    from newsprism.analyze.pipeline import analyze_articles
    from newsprism.config import Settings
    from newsprism.eval.alignment import _articles

    articles = _articles(_paths(folder)[0])
    analyses = {a.article_id: a for a in analyze_articles(list(articles.values()), Settings())}
    cache.mkdir(parents=True, exist_ok=True)
    _cache_file(cache, folder).write_bytes(pickle.dumps((articles, analyses)))


def score(folder: Path, cache: Path, settings=None) -> dict:
    """The alignment report of one set from its cached analyses."""
    from newsprism.compare import compare_corpus
    from newsprism.config import Settings
    from newsprism.eval.alignment import _gold_stories, locate, read_alignment_gold, score_alignment

    articles, analyses = pickle.loads(_cache_file(cache, folder).read_bytes())
    gold = _paths(folder)[1] / "alignment.json"
    pairs = locate(read_alignment_gold(gold), articles, gold)
    chosen = list(articles.values())
    result = compare_corpus(chosen, analyses, settings or Settings(), previous=_gold_stories(gold.parent / "stories.json", articles))
    report = score_alignment(pairs, result.claim_links, result.verdicts, {a.id for a in chosen})
    report["links"] = result.claim_links
    return report


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["analyse", "score"])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--errors", action="store_true", help="print missed gold pairs and wrong links")
    parser.add_argument("--set", action="append", default=[], help="compare setting NAME=VALUE")
    args = parser.parse_args()
    if args.action == "analyse":
        for folder in args.sets:
            analyse(folder, args.cache)
        return
    settings = _settings(args.set)
    pooled = {r: [0, 0, 0, 0] for r in ("same", "contradicts")}  # right, predicted, hits, gold
    for folder in args.sets:
        report = score(folder, args.cache, settings)
        shown = []
        for relation in pooled:
            r = report[relation]
            right = round(r["p"] * r["predicted"])
            hits = round(r["r"] * r["gold"])
            for k, v in enumerate((right, r["predicted"], hits, r["gold"])):
                pooled[relation][k] += v
            shown.append(f"{relation} P {r['p']:.3f} R {r['r']:.3f} ({right}/{r['predicted']}, {hits}/{r['gold']}; grouped {r['grouped']:.3f})")
        print(f"{folder}: " + "; ".join(shown))
        if args.errors:
            _errors(report, folder, args.cache)
    print("pooled: " + "; ".join(f"{rel} P {_div(v[0], v[1]):.3f} R {_div(v[2], v[3]):.3f} ({v[0]}/{v[1]}, {v[2]}/{v[3]})"
                                  for rel, v in pooled.items()))


def _div(a: int, b: int) -> float:
    return a / b if b else 0.0


def _errors(report: dict, folder: Path, cache: Path) -> None:
    """Missed gold pairs and predicted links that match no gold pair of their relation."""
    from newsprism.eval.alignment import _link_matches, locate, read_alignment_gold

    articles = pickle.loads(_cache_file(cache, folder).read_bytes())[0]
    gold = _paths(folder)[1] / "alignment.json"
    pairs = locate(read_alignment_gold(gold), articles, gold)
    for row in report["per_pair"]:
        if row["linked_as"] != row["relation"]:
            print(f"  MISS {row['relation']} (as {row['linked_as'] or '-'}, cover {row['claims_cover']}): "
                  f"{row['a'][:120]!r} | {row['b'][:120]!r}")
    for link in report["links"]:
        if link.relation not in ("same", "contradicts"):
            continue
        if any(_link_matches(link, p) and p.relation == link.relation for p in pairs):
            continue
        sig = [s for s in link.evidence.get("signals", []) if not s.startswith("shared")]
        print(f"  WRONG {link.relation}: {link.a.span.text[:120]!r} | {link.b.span.text[:120]!r} {sig[:3]}")


def _settings(pairs: list[str]):
    from newsprism.config import Settings

    settings = Settings()
    if not pairs:
        return settings
    compare = dict(getattr(settings, "compare", {}) or {})
    for pair in pairs:
        name, value = pair.split("=", 1)
        compare[name] = json.loads(value)
    import dataclasses

    return dataclasses.replace(settings, compare=compare)


if __name__ == "__main__":
    main()
