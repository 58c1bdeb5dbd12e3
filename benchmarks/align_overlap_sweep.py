"""Claim links under other word-overlap definitions and thresholds, on stored analyses.

    .venv/bin/python benchmarks/align_overlap_sweep.py /tmp/ex.db
    .venv/bin/python benchmarks/align_overlap_sweep.py /tmp/ex.db --show 0.05,0.1,0.15   # print the changed links

Every pair of claims from different articles of a story is embedded once; each variant then
picks its candidates and relations from those pairs, as ``link_story`` does (over the claim
items ``prepare_story`` made for ``compare_corpus``). The baseline is
the scale used before the overlap became a fraction: the sum of *squared* IDF weights of the
shared stems over the smaller claim's total weight, with entity pairs compared only when they
share a word. A variant is (definition of the overlap as a fraction, prefilter,
related_overlap, numbers_overlap, entity pairs without a shared word). Output: relations per variant and how
many links it adds, drops or relabels against the baseline.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))


def _squared_overlap(a: set, b: set, idf: dict) -> float:
    """The old scale: shared IDF weights squared over the lighter claim's total weight."""
    if not a or not b:
        return 0.0
    shared = sum(idf.get(w, 1.0) ** 2 for w in a & b)
    return shared / min(sum(idf.get(w, 1.0) for w in a), sum(idf.get(w, 1.0) for w in b))


def _fraction(a: set, b: set, weight, pool) -> float:
    """Shared weight over the pooled weight of both sets (min: overlap coefficient; geometric mean: cosine)."""
    if not a or not b:
        return 0.0
    return sum(weight(w) for w in a & b) / pool(sum(weight(w) for w in a), sum(weight(w) for w in b))


def formulas(idf: dict) -> dict:
    """Candidate definitions of the word overlap, each in [0, 1]."""
    top = max(idf.values(), default=1.0)
    plain, rare = (lambda w: idf.get(w, 1.0)), (lambda w: idf.get(w, top))
    cosine = lambda x, y: (x * y) ** 0.5
    return {"overlap idf": lambda a, b: _fraction(a, b, plain, min),
            "cosine idf^2": lambda a, b: _fraction(a, b, lambda w: plain(w) ** 2, cosine),
            "jaccard idf": lambda a, b: _fraction(a, b, plain, lambda x, y: x + y - _fraction(a, b, plain, lambda *_: 1)),
            "overlap idf, unknown=max": lambda a, b: _fraction(a, b, rare, min),
            "overlap idf^2, unknown=max": lambda a, b: _fraction(a, b, lambda w: rare(w) ** 2, min)}


def _prepared_stories(db: str) -> list[tuple]:
    """(StoryAlignment, idf) of every story, as ``compare_corpus`` prepares them over the analyses in ``db``."""
    from newsprism.compare import corpus
    from newsprism.config import Settings
    from newsprism.store import Store

    captured = []

    def recording(story_id, views, idf, options):
        alignment = original(story_id, views, idf, options)
        captured.append((alignment, idf))
        return alignment

    original, corpus.prepare_story = corpus.prepare_story, recording
    try:
        store = Store.open(db)
        articles = list(store.articles())
        corpus.compare_corpus(articles, {a.id: store.analysis(a.id) for a in articles}, Settings())
    finally:
        corpus.prepare_story = original
    return captured


def story_pairs(db: str) -> list[dict]:
    """Every cross-article claim pair of every story in ``db``, with both overlaps and the cosine."""
    from newsprism.compare import align
    from newsprism.compare.embeddings import load_encoder

    encoder = load_encoder()
    pairs = []
    for alignment, idf in _prepared_stories(db):
        items = alignment.items  # the compared claims, their story names set
        vectors = encoder.encode([it.text for it in items]) if items else []
        for i, a in enumerate(items):
            for j in range(i + 1, len(items)):
                b = items[j]
                if a.view.id == b.view.id:
                    continue
                pairs.append({"a": a, "b": b, "i": i, "j": j, "story": alignment.story_id, "similarity": float(vectors[i] @ vectors[j]),
                              "stem_weight": alignment.stem_weight,
                              "old": _squared_overlap(a.stems, b.stems, idf), "shipped": align.word_overlap(a.stems, b.stems, idf),
                              **{name: f(a.stems, b.stems) for name, f in formulas(idf).items()},
                              "entity": bool(a.entities & b.entities), "headlines": align._both_headlines(a, b)})
    return pairs


def links(pairs: list[dict], fraction, prefilter: float, related: float, numbers: float, entity_pairs: bool) -> dict:
    """The links one variant makes: key (story, i, j) -> (relation, signals), best match per claim and article."""
    from newsprism.compare import align
    from newsprism.compare.settings import CompareSettings

    options = dataclasses.replace(CompareSettings(), lexical_prefilter=prefilter, related_overlap=related, numbers_overlap=numbers)
    best: dict = {}
    for p in pairs:
        lexical = p[fraction or "old"]
        entity = p["entity"] and (entity_pairs or lexical > 0)
        headlines = p["headlines"]
        if not (lexical >= prefilter or entity or headlines) or (not fraction and lexical == 0 and not headlines):
            continue
        decided = align.relate(p["a"], p["b"], p["similarity"], lexical, options, p["stem_weight"])
        if decided is None:
            continue
        key = (p["story"], p["i"], p["b"].view.id, headlines)
        if key not in best or decided[1] > best[key][1][1]:
            best[key] = (p, decided)
    return {(p["story"], p["i"], p["j"]): (d[0], d[2], p) for p, d in best.values()}


def _line(name: str, variant: dict, base: dict, embedded: int) -> str:
    relabelled = sum(1 for k in variant.keys() & base.keys() if variant[k][0] != base[k][0])
    counts = Counter(r for r, _, _ in variant.values())
    return (f"{name:<44} same {counts['same']:>3} contradicts {counts['contradicts']:>2} elaborates {counts['elaborates']:>3} | "
            f"added {len(variant.keys() - base.keys()):>2} dropped {len(base.keys() - variant.keys()):>2} relabelled {relabelled:>2} | "
            f"embedded pairs {embedded}")


def _embedded(pairs: list[dict], fraction: bool, prefilter: float, entity_pairs: bool) -> str:
    """Candidate pairs, and claims embedded (each claim in a candidate pair is embedded once)."""
    chosen = []
    for p in pairs:
        lexical = p[fraction or "old"]
        if (lexical >= prefilter and (fraction or lexical > 0)) or (p["entity"] and (entity_pairs or lexical > 0)) or p["headlines"]:
            chosen.append(p)
    return f"{len(chosen)}, claims {len({(p['story'], k) for p in chosen for k in (p['i'], p['j'])})}"


def _show(variant: dict, base: dict) -> None:
    for key in sorted(variant.keys() | base.keys(), key=str):
        before, after = base.get(key), variant.get(key)
        if before and after and before[0] == after[0]:
            continue
        p = (after or before)[2]
        print(f"  {before[0] if before else '-'} -> {after[0] if after else '-'} | sim {p['similarity']:.2f} old {p['old']:.2f} "
              f"shipped {p['shipped']:.2f} entity {p['entity']}\n    A ({p['a'].view.outlet}): {p['a'].text[:160]!r}\n"
              f"    B ({p['b'].view.outlet}): {p['b'].text[:160]!r}\n    signals: {(after or before)[1][:2]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--show", default="", help="prefilter,related,numbers of a fraction variant whose changed links to print")
    parser.add_argument("--formula", default="shipped", help="with --show: which overlap ('shipped' is align.word_overlap)")
    parser.add_argument("--no-entity-pairs", action="store_true", help="with --show: entity pairs only when they share a word")
    args = parser.parse_args()
    pairs = story_pairs(args.db)
    ratio = [p["old"] / p["shipped"] for p in pairs if p["shipped"] > 0]
    print(f"{len(pairs)} cross-article claim pairs; old scale / shipped overlap, 5/25/50/75/95 %: "
          f"{np.percentile(ratio, [5, 25, 50, 75, 95]).round(2).tolist()}")
    base = links(pairs, False, 0.25, 0.4, 0.5, False)
    print(_line("old scale 0.25 / 0.4 / 0.5", base, base, _embedded(pairs, False, 0.25, False)))
    for formula in ["shipped"] + list(formulas({})):
        print(formula + (" (align.word_overlap: overlap coefficient, idf^2)" if formula == "shipped" else ""))
        for prefilter in (0.05, 0.1, 0.15, 0.2):
            for related in (0.05, 0.1, 0.15, 0.2, 0.25):
                variant = links(pairs, formula, prefilter, related, 0.1, True)
                print(_line(f"  {prefilter} / {related} / 0.1 +entity", variant, base, _embedded(pairs, formula, prefilter, True)))
    if args.show:
        prefilter, related, numbers = (float(x) for x in args.show.split(","))
        _show(links(pairs, args.formula, prefilter, related, numbers, not args.no_entity_pairs), base)


if __name__ == "__main__":
    main()
