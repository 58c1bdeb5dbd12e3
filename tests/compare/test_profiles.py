"""Outlet profiles on hand-built records: every figure with its records."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsprism.compare.align import claim_item
from newsprism.compare.profiles import novel_claims, outlet_profiles
from newsprism.compare.verdicts import story_verdicts
from newsprism.records import ArticleAnalysis, ClaimLink, HeadlineCheck, ViaSource

from .conftest import article, claim, span_of, statement, view


def _setup():
    a = article("a", "Port closes", "The port closed on Tuesday, the mayor said. Officials said ferries stopped.", "Harbor Times", "2026-03-02T08:00:00Z")
    b = article("b", "Port closes", "The port closed on Tuesday. It may reopen soon, perhaps next week.", "Spin Daily", "2026-03-02T10:00:00Z")
    an_a = ArticleAnalysis("a", statements=(statement(a, "The port closed on Tuesday", "named-person"), statement(a, "ferries stopped", "vague-collective")),
                           claims=(claim(a, "The port closed on Tuesday", holder="the mayor"), claim(a, "ferries stopped", holder="officials")))
    an_b = ArticleAnalysis("b", statements=(statement(b, "It may reopen soon", "anonymous-official"),),
                           claims=(claim(b, "The port closed on Tuesday", holder="the mayor"), claim(b, "It may reopen soon", modality="speculative"),
                                   claim(b, "perhaps next week", modality="hedged")))
    views = [view(a, an_a), view(b, an_b)]
    items = [claim_item(v, c) for v in views for c in v.analysis.claims]
    links = [ClaimLink("s", items[0].ref, items[2].ref, "same", 0.9)]
    return views, items, links


def test_profiles_rates_and_their_records():
    views, items, links = _setup()
    verdicts = story_verdicts("s", items, links, {})
    novel = novel_claims(views, items, verdicts)
    checks = {"a": HeadlineCheck("a", "agree", 0.9), "b": HeadlineCheck("b", "unrelated", 0.8)}
    derived = {"b": {"from": "a", "from_outlet": "Harbor Times"}}
    profiles = {p.outlet: p for p in outlet_profiles(views, items, checks, novel, derived)}
    harbor, spin = profiles["Harbor Times"], profiles["Spin Daily"]
    assert harbor.named_source_rate == 0.5 and harbor.vague_sourcing_rate == 0.5 and harbor.anonymous_sourcing_rate == 0.0
    assert spin.anonymous_sourcing_rate == 1.0 and spin.named_source_rate == 0.0
    assert spin.speculation_rate == pytest.approx(200 / 3, abs=0.01) and harbor.speculation_rate == 0.0
    assert harbor.headline_consistency == 1.0 and spin.headline_consistency == 0.0
    assert spin.derived_rate == 1.0 and harbor.derived_rate == 0.0
    # The port claim appeared first in "a": only "b"'s two speculative claims are new there.
    assert [r["span"] for r in spin.evidence["novelty"]["records"]] == [[c.claim.span.start, c.claim.span.end] for c in items[3:]]
    assert spin.evidence["speculation_rate"]["numerator"] == 2 and spin.evidence["speculation_rate"]["denominator"] == 3
    assert spin.evidence["articles"] == ["b"]


def test_report_sourcing_rate_counts_the_speaker_and_the_chain():
    a = article("a", "Talks", "Talks may resume, state TV reported. According to foreign media, the minister said talks were off. "
                "The mayor said ferries run.", "Relay Post", "2026-03-02T08:00:00Z")
    via = (ViaSource(span_of(a, "foreign media"), "media-report"),)
    relayed = replace(statement(a, "talks were off", "named-person"), via=via)
    an = ArticleAnalysis("a", statements=(statement(a, "Talks may resume", "media-report"), relayed,
                                          statement(a, "ferries run", "named-person")))
    views = [view(a, an)]
    (profile,) = outlet_profiles(views, [], {}, {}, {})
    assert profile.report_sourcing_rate == 0.6667  # rates are rounded to four places
    assert profile.named_source_rate == 0.6667  # the relayed minister is still named
    assert profile.evidence["report_sourcing_rate"]["numerator"] == 2
