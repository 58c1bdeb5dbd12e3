"""Property tests: records survive SQLite, JSONL, CSV, Parquet and pickling unchanged."""

from __future__ import annotations

import dataclasses
import pickle
import tempfile
from typing import Optional

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.records import IngestFailure, from_dict, to_dict
from newsprism.store import Store
from newsprism.store.export import export, read_export
from newsprism.store.layout import field_hints, record_from_dict
from newsprism.store.tables import KINDS

from .strategies import analysed_articles, analyses, comparisons

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXPORTS = settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _same(left, right) -> bool:
    # to_dict also compares the evidence dicts, which dataclass equality skips
    return to_dict(left) == to_dict(right)


def _stored(analysis, comparison) -> Store:
    store = Store.open(":memory:")
    store.add_articles(comparison[0])
    store.save_analysis(analysis)
    store.save_comparison(*comparison[1:])
    return store


@FAST
@given(analysed_articles())
def test_roundtrip_article_and_analysis_through_sqlite(pair):
    article, analysis = pair
    with Store.open(":memory:") as store:
        store.add_articles([article])
        store.save_analysis(analysis)
        assert _same(store.article(article.id), article)
        assert _same(store.analysis(article.id), analysis)


@FAST
@given(comparisons())
def test_roundtrip_comparison_through_sqlite(comparison):
    corpus, stories, links, verdicts, checks, profiles = comparison
    with Store.open(":memory:") as store:
        store.add_articles(corpus)
        store.save_comparison(stories, links, verdicts, checks, profiles)
        assert _same(store.stories(), stories)
        assert _same(store.claim_links(), links)
        assert _same(store.verdicts(), verdicts)
        assert _same(store.headline_checks(), checks)
        assert _same(sorted(store.outlet_profiles(), key=lambda p: p.outlet), sorted(profiles, key=lambda p: p.outlet))
        assert all(_same(store.story(s.id), s) for s in stories)


def _expected(analysis, comparison) -> dict:
    corpus, stories, links, verdicts, checks, profiles = comparison
    per_article = {kind: [(analysis.article_id, r) for r in getattr(analysis, kind)]
                   for kind in ("entities", "statements", "claims", "events")}
    return {"articles": corpus, **per_article, "stories": stories, "claim_links": links,
            "verdicts": verdicts, "headline_checks": checks, "failures": [],
            "outlets": sorted(profiles, key=lambda p: p.outlet)}


corpus_with_analysis = comparisons().flatmap(lambda c: analyses(c[0][0]).map(lambda a: (c, a)))


@EXPORTS
@given(corpus_with_analysis, st.sampled_from(["jsonl", "parquet"]))
def test_roundtrip_every_record_type_through_export(case, fmt):
    comparison, analysis = case
    expected = _expected(analysis, comparison)
    with _stored(analysis, comparison) as store, tempfile.TemporaryDirectory() as out:
        written = export(store, fmt, out)
        for kind, records in expected.items():
            assert _same(list(read_export(written[kind])), records), kind


def _blank_optional_text_as_none(item):
    """What CSV keeps of a record: "" in an Optional[str] field is an empty cell, read as None."""
    if isinstance(item, tuple):  # (article_id, record) from a per-article kind
        return item[0], _blank_optional_text_as_none(item[1])
    blanks = {name: None for name, hint in field_hints(type(item))
              if hint == Optional[str] and getattr(item, name) == ""}
    return dataclasses.replace(item, **blanks) if blanks else item


@EXPORTS
@given(corpus_with_analysis)
def test_roundtrip_csv_export_reads_back_as_jsonl_and_parquet_do(case):
    comparison, analysis = case
    with _stored(analysis, comparison) as store, tempfile.TemporaryDirectory() as out:
        store.add_failure(IngestFailure("feeds/odd,\"name\".xml", "bad XML:\nline 3", "parse"))
        written = {fmt: export(store, fmt, f"{out}/{fmt}") for fmt in ("jsonl", "csv", "parquet")}
        for kind in KINDS:
            from_csv = list(read_export(written["csv"][kind]))
            for fmt in ("jsonl", "parquet"):
                expected = [_blank_optional_text_as_none(r) for r in read_export(written[fmt][kind])]
                assert _same(from_csv, expected), (kind, fmt)


@FAST
@given(analysed_articles(), comparisons())
def test_roundtrip_records_through_pickle_and_the_cached_decoder(pair, comparison):
    samples = (*pair, *pair[1].statements, *pair[1].claims, *pair[1].events, *comparison[1], *comparison[2],
               *comparison[3], *comparison[4], *comparison[5])
    for record in samples:
        assert _same(pickle.loads(pickle.dumps(record)), record)  # Ray pickles records between workers
        data = to_dict(record)
        assert _same(record_from_dict(type(record), data), from_dict(type(record), data))
