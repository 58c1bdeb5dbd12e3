"""Story clustering quality on a folder of articles against a gold stories file.

    .venv/bin/python benchmarks/story_clustering.py benchmarks/data/story_angles/articles \
        --gold benchmarks/data/story_angles/stories.json --cache /tmp/angles.pkl --explain
    .venv/bin/python benchmarks/story_clustering.py examples/articles --gold examples/gold/stories.json
    .venv/bin/python benchmarks/story_clustering.py DIR --gold GOLD --set story_threshold=0.6 --set w_time=0.1

Articles are ingested and analysed by the real pipeline (the analyses can be cached in a
pickle: the cache is keyed by article id, a hash of the text, so delete it after changing
the analysis), embedded as the comparison embeds them, and clustered by
``cluster_stories`` with the default ``CompareSettings`` or the ``--set`` overrides.
Gold is a JSON file ``{"stories": [{"label": ..., "articles": [file stem, ...]}, ...]}``
(examples/gold/stories.json). Prints one JSON line: pairwise precision / recall / F1,
adjusted Rand index, exact match, and the number of stories found and in gold.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from compare_cost import partition_scores


def load_articles(folder: str) -> list:
    """The articles of ``folder``, as ingested by the pipeline."""
    from newsprism.ingest import ingest_paths
    from newsprism.records import Article

    return [a for a in ingest_paths([folder]) if isinstance(a, Article)]


def gold_by_stem(path: str) -> dict[str, int]:
    """File stem -> gold story number."""
    stories = json.loads(Path(path).read_text(encoding="utf-8"))["stories"]
    return {stem: n for n, story in enumerate(stories) for stem in story["articles"]}


def analyses_for(articles: list, cache: str | None) -> dict:
    """The real analysis of each article, read from and written to ``cache`` when given."""
    from newsprism.analyze import analyze_articles
    from newsprism.config import Settings

    stored = pickle.loads(Path(cache).read_bytes()) if cache and Path(cache).exists() else {}
    missing = [a for a in articles if a.id not in stored]
    if missing:
        stored.update({an.article_id: an for an in analyze_articles(missing, Settings())})
        if cache:
            Path(cache).write_bytes(pickle.dumps(stored))
    return {a.id: stored[a.id] for a in articles}


def overrides(pairs: list[str]):
    """CompareSettings with ``name=value`` overrides (typed as the defaults are)."""
    from newsprism.compare.settings import compare_settings

    raw = {}
    for pair in pairs:
        name, _, value = pair.partition("=")
        raw[name.strip()] = json.loads(value)
    return compare_settings(raw)


def explain(stories, views, stem_of: dict, gold: dict) -> None:
    """One line per article: its story, the decision and the score behind it, and its gold story."""
    found = {a: n for n, s in enumerate(stories) for a in s.article_ids}
    decisions = {a: d for s in stories for a, d in s.evidence["assignments"].items()}
    for view in sorted(views, key=lambda v: (found[v.id], v.article.published or "")):
        d = decisions.get(view.id, {})
        score = d.get("score", d.get("nearest_score"))
        print(f"story {found[view.id]:2d} gold {gold.get(view.id, '-')!s:>2} {d.get('decision', '?'):7s} "
              f"{score if score is not None else '-':<6} {stem_of[view.id]}", file=sys.stderr)


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--gold", required=True, help="gold stories JSON (file stems)")
    parser.add_argument("--cache", help="pickle of analyses to reuse between runs")
    parser.add_argument("--set", action="append", default=[], help="a CompareSettings override, name=value")
    parser.add_argument("--explain", action="store_true", help="print each article's decision on stderr")
    args = parser.parse_args()

    from newsprism.compare.embeddings import load_encoder
    from newsprism.compare.stance import load_stance_model
    from newsprism.compare.stories import cluster_stories
    from newsprism.compare.views import build_views

    articles = load_articles(args.folder)
    stem_of = {a.id: Path(a.source_path).stem for a in articles}
    by_stem = gold_by_stem(args.gold)
    gold = {a.id: by_stem[stem_of[a.id]] for a in articles if stem_of[a.id] in by_stem}
    views = build_views(articles, analyses_for(articles, args.cache), load_stance_model()["idf"], load_encoder())
    stories = cluster_stories(views, overrides(args.set))
    if args.explain:
        explain(stories, views, stem_of, gold)
    print(json.dumps({"folder": args.folder, "articles": len(articles), "settings": args.set, **partition_scores(stories, gold)}))


if __name__ == "__main__":
    main()
