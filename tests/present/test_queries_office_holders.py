"""The story view lists an office the story shows to be held by a named person under that person."""

from __future__ import annotations

import pytest

from newsprism.present import queries
from newsprism.records import Article, ArticleAnalysis, Span, Statement, Story

from .conftest import live_markup

HOSTILE_OFFICE = '<img src=x onerror="alert(1)">Chancellor of Austria'


def _article(aid: str, outlet: str, body: str) -> Article:
    headline = "Crossings stay open"
    return Article(aid, f"{headline}\n\n{body}", headline, outlet, published="2026-11-20T08:00:00Z", body_start=len(headline) + 2)


def _said(art: Article, speaker: str, speaker_id: str, speaker_name: str) -> ArticleAnalysis:
    """One statement: ``speaker`` said that the crossings stay open."""
    text = art.text
    cue, content, who = (text.index(p) for p in ("said", "the crossings", speaker))
    statement = Statement(Span.of(text, cue, cue + 4), Span.of(text, content, len(text) - 1), "indirect", "named-person",
                          Span.of(text, who, who + len(speaker)), speaker_name, speaker_id)
    return ArticleAnalysis(art.id, statements=(statement,))


@pytest.fixture()
def office_store(tmp_path):
    from newsprism.store.db import Store

    named = _article("named-varga-0001", "Alpine Courier", "Ilse Varga said the crossings stay open.")
    office = _article("office-varga-001", "Danube Post", "Austria's chancellor said the crossings stay open.")
    story = Story("story-crossings", "Crossings stay open", (named.id, office.id),
                  evidence={"office_holders": {"office:aut:chancellor": "person:ilse-varga"}})
    store = Store.open(str(tmp_path / "office.db"))
    store.add_articles([named, office])
    store.save_analysis(_said(named, "Ilse Varga", "person:ilse-varga", "Ilse Varga"))
    store.save_analysis(_said(office, "chancellor", "office:aut:chancellor", HOSTILE_OFFICE))
    store.save_comparison([story])
    yield store
    store.close()


def test_queries_office_holders_round_trip_in_story_evidence(office_store):
    assert office_store.story("story-crossings").evidence["office_holders"] == {"office:aut:chancellor": "person:ilse-varga"}


def test_queries_office_holders_office_joins_its_holder_row(office_store):
    speakers = queries.story_view(office_store, "story-crossings")["speakers"]
    assert len(speakers) == 1
    varga = speakers[0]
    assert (varga["id"], varga["name"], varga["also"]) == ("person:ilse-varga", "Ilse Varga", [HOSTILE_OFFICE])
    assert set(varga["by_outlet"]) == {"Alpine Courier", "Danube Post"}


def test_queries_office_holders_without_map_lists_two_speakers(office_store):
    office_store.save_comparison([Story("story-crossings", "Crossings stay open", ("named-varga-0001", "office-varga-001"))])
    speakers = queries.story_view(office_store, "story-crossings")["speakers"]
    assert {s["id"] for s in speakers} == {"person:ilse-varga", "office:aut:chancellor"}
    assert all(s["also"] == [] for s in speakers)


def test_queries_office_holders_shown_escaped_in_the_story_page(office_store):
    from newsprism.present.report import render_report

    html = render_report(office_store, "story-crossings")
    assert "Ilse Varga" in html and "(also: &lt;img src=x onerror=&#34;alert(1)&#34;&gt;Chancellor of Austria)" in html
    assert live_markup(html) == []
