"""The bundled examples ingest to exactly the text the gold annotations are anchored in."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.ingest import ingest_paths
from newsprism.records import Article

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARTICLES = sorted((EXAMPLES / "articles").glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_examples_ingest_text_equals_gold_text(path):
    (article,) = list(ingest_paths([str(path)]))
    assert isinstance(article, Article), article
    gold = (EXAMPLES / "gold" / "text" / f"{path.stem}.txt").read_text(encoding="utf-8")
    assert article.text == gold
    assert article.text[: article.body_start - 2] == article.headline
    assert article.outlet and article.published and article.url.startswith("https://")


def test_examples_ingest_twice_gives_the_same_ids():
    first = [a.id for a in ingest_paths([str(EXAMPLES / "articles")])]
    second = [a.id for a in ingest_paths([str(EXAMPLES / "articles")])]
    assert first == second and len(set(first)) == len(ARTICLES) >= 8
