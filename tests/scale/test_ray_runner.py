"""The Ray engine gives the same analyses as a local run (skipped when Ray is not installed)."""

from __future__ import annotations

import pytest

from newsprism.analyze import analyze_articles
from newsprism.ingest import make_article
from newsprism.records import to_dict

ray = pytest.importorskip("ray", reason="the Ray engine is an optional extra: pip install 'newsprism[scale]'")

TEXTS = [
    ("Tehran sets terms for talks", "Iran's foreign minister said on Monday that Tehran would talk to Washington "
     "only if sanctions were lifted. Officials in Moscow welcomed the statement."),
    ("Flood aid pledged", "The European Union pledged aid to Bangladesh after floods, and Japan said it would send "
     "rescue teams to Dhaka on Thursday."),
    ("NATO drill begins", "NATO began a naval exercise in the Baltic Sea, and Russia called it a provocation, "
     "the Kremlin said in a statement."),
]


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def test_ray_runner_matches_local_analysis(local_ray, nlp):
    from newsprism.scale import analyze_with_ray

    articles = [make_article(body, headline=headline, outlet="Test Wire") for headline, body in TEXTS]
    local = {a.article_id: to_dict(a) for a in analyze_articles(articles, nlp=nlp)}
    remote = {a.article_id: to_dict(a) for a in analyze_with_ray(articles, workers=1)}
    assert remote.keys() == local.keys()
    for article_id, analysis in local.items():
        assert remote[article_id]["entities"] == analysis["entities"]
        assert remote[article_id]["statements"] == analysis["statements"]
        assert remote[article_id]["events"] == analysis["events"]
    assert any(e["canonical_id"] == "IRN" for a in remote.values() for e in a["entities"])
