"""Map the per-article analysis over a Ray cluster (or local Ray) with Ray Data.

Workers are Ray actors that load the spaCy pipeline once and analyse batches of
articles; records travel as JSON so that workers and driver need no shared state.
Results come back to the driver, where the single SQLite writer stores them — the
same write path as a local run, so resume and idempotence behave the same.
"""

from __future__ import annotations

import json
from typing import Iterable, Iterator, Optional

from ..config import Settings
from ..errors import ConfigError
from ..records import Article, ArticleAnalysis, from_dict, to_dict


class AnalyzeBatch:
    """A Ray Data callable class: one spaCy pipeline per actor, reused across batches."""

    def __init__(self, settings_json: str):
        from ..analyze.pipeline import pipeline_for

        data = json.loads(settings_json)
        self.settings = Settings(**{**data, "components": tuple(data["components"]), "n_process": 1})
        self.nlp = pipeline_for(self.settings)

    def __call__(self, batch: dict) -> dict:
        from ..analyze.pipeline import analyze_articles

        articles = [from_dict(Article, json.loads(item)) for item in batch["article"]]
        analyses = analyze_articles(articles, self.settings, nlp=self.nlp)
        return {"analysis": [json.dumps(to_dict(a), ensure_ascii=False) for a in analyses]}


def _ray():
    try:
        import ray
    except ImportError as exc:
        raise ConfigError("the Ray engine needs `pip install 'newsprism[scale]'`") from exc
    return ray


def analyze_with_ray(articles: Iterable[Article], settings: Optional[Settings] = None, address: Optional[str] = None,
                     workers: int = 2) -> Iterator[ArticleAnalysis]:
    """Analyse ``articles`` on Ray (``address`` of a running cluster, or a local one); yields analyses."""
    ray = _ray()
    settings = settings or Settings()
    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False, configure_logging=False)
    items = [{"article": json.dumps(to_dict(a), ensure_ascii=False)} for a in articles]
    if not items:
        return
    dataset = ray.data.from_items(items).map_batches(
        AnalyzeBatch,
        fn_constructor_kwargs={"settings_json": json.dumps(to_dict(settings))},
        batch_size=settings.batch_size,
        concurrency=max(1, workers),
    )
    for row in dataset.iter_rows():
        yield from_dict(ArticleAnalysis, json.loads(row["analysis"]))
