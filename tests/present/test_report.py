"""The static report: one self-contained file, no scripts, no external requests, hostile text escaped."""

from __future__ import annotations

import re

import pytest

from newsprism.errors import NotFoundError
from markupsafe import escape

from newsprism.present.report import REPORT_CSP, write_corpus_report, write_report

from .conftest import HOSTILE_STORY, live_markup



def test_report_is_self_contained_story_view(store, demo_story_id, tmp_path):
    out = write_report(store, demo_story_id, tmp_path / "nested" / "report.html")
    html = out.read_text(encoding="utf-8")
    assert live_markup(html) == [] and "@import" not in html and "url(" not in html
    assert f'content="{escape(REPORT_CSP)}"' in html and "script-src" not in REPORT_CSP
    for outlet in ("The Harbour Ledger", "Daily Meridian", "Northgate Wire"):
        assert outlet in html
    for verdict in ("corroborated", "contradicted", "single-source", "speculation-only"):
        assert f'class="badge v-{verdict}"' in html
    for article_id in store.story(demo_story_id).article_ids:  # each article's text is in, highlighted
        assert f'id="article-{article_id}"' in html
    anchors = re.findall(r'class="claim-link[^"]*" href="#([^"]+)"', html)
    assert anchors and all(f'id="{a}"' in html for a in anchors)
    assert 'href="/' not in html  # no links back into a server that will not be there
    assert 'font: 15px/1.5 system-ui, -apple-system, "Segoe UI"' in html  # the inline CSS is intact, not escaped


def test_report_escapes_hostile_story(store, tmp_path):
    html = write_report(store, HOSTILE_STORY, tmp_path / "evil.html").read_text(encoding="utf-8")
    assert live_markup(html) == []
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;Hostile story" in html


def test_report_unknown_story_fails_cleanly(store, tmp_path):
    with pytest.raises(NotFoundError):
        write_report(store, "no-such-story", tmp_path / "x.html")
    assert not (tmp_path / "x.html").exists()


def test_corpus_report_lists_every_article(store, tmp_path):
    html = write_corpus_report(store, tmp_path / "corpus.html").read_text(encoding="utf-8")
    assert live_markup(html) == []
    ids = [a.id for a in store.articles()]
    assert all(f'id="article-{i}"' in html for i in ids)
    assert html.count('<tr><td><a href="#article-') == len(ids)


def test_report_api_falls_back_to_the_corpus_report_without_stories(bare_db_path, tmp_path):
    from newsprism import api
    from newsprism.store.db import Store

    with Store.open(str(bare_db_path), readonly=True) as store:
        out = api.write_report(store, tmp_path / "r.html")
    html = out.read_text(encoding="utf-8")
    assert "No stories were found" in html and "Quiet harbour" in html and live_markup(html) == []
