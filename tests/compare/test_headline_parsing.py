"""The headline checks parse each distinct text once, and find what one parse per request found."""

from __future__ import annotations

from collections import Counter

from newsprism.compare.headlines import _ParsedOnce, headline_checks
from newsprism.compare.stance import load_stance_model
from newsprism.compare.views import build_views
from newsprism.records import ArticleAnalysis

from .conftest import article

BODY = ("Officials in Varnia met on Monday. Talks with Ostel were possible only if the sanctions ended, "
        "the foreign minister said. Negotiators would not meet while troops stayed at the border.")


def test_parsed_once_parses_each_distinct_text_once_in_request_order():
    calls = []

    def parse(texts):
        calls.append(list(texts))
        return [f"doc:{t}" for t in texts]

    parsed = _ParsedOnce(parse)
    parsed.prefetch(["b", "a", "b"])
    assert parsed(["a", "c", "b", "c"]) == ["doc:a", "doc:c", "doc:b", "doc:c"]
    assert calls == [["b", "a"], ["c"]]


def test_headline_checks_parse_repeated_texts_once_with_the_same_findings(nlp, encoder):
    skip = [name for name in nlp.pipe_names if name.startswith("newsprism_")]
    asked: Counter = Counter()

    def counting(texts):
        asked.update(texts)
        return list(nlp.pipe(texts, disable=skip))

    def one_at_a_time(texts):
        return [next(iter(nlp.pipe([t], disable=skip))) for t in texts]

    arts = [article(f"v{n}", "Varnia sees no barriers to talks with Ostel", BODY, outlet)
            for n, outlet in enumerate(["Harbor Times", "Daily Meridian", "Civic Ledger"])]
    views = build_views(arts, {a.id: ArticleAnalysis(a.id) for a in arts}, load_stance_model()["idf"], encoder)
    checks = headline_checks(views, counting)
    assert asked and max(asked.values()) == 1
    assert [c.evidence.get("structural", {}).get("finding") for c in checks] == ["headline-denies-conditions"] * 3
    assert checks == headline_checks(views, one_at_a_time)
