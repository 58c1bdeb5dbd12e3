"""The story view lists people the outlets give conflicting titles, and claim holders under one name."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.compare.identities import resolved_view
from newsprism.compare.roles import role_conflicts
from newsprism.compare.views import ArticleView, body_text
from newsprism.present import queries
from newsprism.records import (
    Article,
    ArticleAnalysis,
    Claim,
    ClaimRef,
    Entity,
    Span,
    Story,
    Verdict,
)

from .conftest import live_markup

VARGA, OFFICE = "person:ilse-varga", "office:aut:chancellor"
HOSTILE_OUTLET = '<b onmouseover="alert(1)">Danube Post</b>'
HOSTILE_TITLE = '<script>alert(1)</script>former Chancellor'


def _article(aid: str, outlet: str, body: str) -> Article:
    headline = "Crossings stay open"
    return Article(aid, f"{headline}\n\n{body}", headline, outlet, published="2026-11-20T08:00:00Z", body_start=len(headline) + 2)


def _span(art: Article, phrase: str) -> Span:
    start = art.text.index(phrase)
    return Span.of(art.text, start, start + len(phrase))


def _view(art: Article, analysis: ArticleAnalysis) -> ArticleView:
    zeros = np.zeros(4, np.float32)
    return ArticleView(art, analysis, body_text(art), [], zeros, zeros[None, :], zeros)


@pytest.fixture()
def roles_store(tmp_path):
    """Alpine Courier names Chancellor Ilse Varga; the other outlet calls her a former chancellor and,
    in another sentence, quotes "Austria's chancellor" (an office the story resolves to her)."""
    from newsprism.store.db import Store

    named = _article("named-varga-0001", "Alpine Courier", "Chancellor Ilse Varga said the crossings stay open.")
    former = _article("former-varga-001", HOSTILE_OUTLET,
                      "Former Chancellor Ilse Varga was seen in Linz. Austria's chancellor said the crossings stay open.")
    claim = Claim(_span(former, "the crossings stay open"), "Chancellor of Austria", "asserted", "body", holder_id=OFFICE)
    own = Claim(_span(named, "the crossings stay open"), "Ilse Varga", "asserted", "body", holder_id=VARGA)
    analyses = {
        named.id: ArticleAnalysis(named.id, entities=(Entity(_span(named, "Ilse Varga"), "PERSON", VARGA, "Ilse Varga", "Chancellor"),),
                                  claims=(own,)),
        former.id: ArticleAnalysis(former.id, entities=(
            Entity(_span(former, "Ilse Varga"), "PERSON", VARGA, "Ilse Varga", HOSTILE_TITLE),
            Entity(_span(former, "chancellor said"[:10]), "PERSON", OFFICE, "Chancellor of Austria", "Chancellor")), claims=(claim,)),
    }
    holders = {OFFICE: VARGA}
    views = [resolved_view(_view(a, analyses[a.id]), holders) for a in (named, former)]
    links = role_conflicts("story-crossings", views, {VARGA: "Ilse Varga"})
    story = Story("story-crossings", "Crossings stay open", (named.id, former.id), evidence={"office_holders": holders})
    verdict = Verdict("story-crossings", 0, "corroborated", "the crossings stay open",
                      (ClaimRef(named.id, own.span), ClaimRef(former.id, claim.span)), ("Alpine Courier", HOSTILE_OUTLET))
    store = Store.open(str(tmp_path / "roles.db"))
    store.add_articles([named, former])
    for analysis in analyses.values():
        store.save_analysis(analysis)
    store.save_comparison([story], links, [verdict])
    yield store
    store.close()


def test_queries_roles_one_row_per_person_with_each_outlets_title(roles_store):
    rows = queries.story_view(roles_store, "story-crossings")["role_discrepancies"]
    assert [(r["id"], r["name"]) for r in rows] == [(VARGA, "Ilse Varga")]
    by_outlet = rows[0]["by_outlet"]
    columns = [c["outlet"] for c in queries.story_view(roles_store, "story-crossings")["columns"]]
    assert list(by_outlet) == columns  # in the story's column order
    assert [(m["title"], m["status"], m["text"]) for m in by_outlet["Alpine Courier"]] == [("Chancellor", "sitting", "Chancellor Ilse Varga")]
    # the later "Austria's chancellor" is the same person and the same title as held: listed once per status
    assert [(m["title"], m["status"], m["text"]) for m in by_outlet[HOSTILE_OUTLET]] == [
        (HOSTILE_TITLE, "former", "Former Chancellor Ilse Varga")]


def test_queries_roles_mentions_are_linkable_spans(roles_store):
    view = queries.story_view(roles_store, "story-crossings")
    mention = view["role_discrepancies"][0]["by_outlet"]["Alpine Courier"][0]
    assert mention["span"] in view["refs"]["named-varga-0001"]
    assert mention["anchor"] == f"ref-{mention['span']['start']}-{mention['span']['end']}"
    refs = queries.article_view(roles_store, "named-varga-0001")["refs"]
    assert [(r["text"], r["verdict"]) for r in refs] == [("the crossings stay open", "corroborated"), ("Chancellor Ilse Varga", "role")]


def test_queries_roles_claim_holder_shows_under_the_office_holders_name(roles_store):
    cells = queries.story_view(roles_store, "story-crossings")["rows"][0]["cells"]
    assert [(c["holder"], c["holder_as_written"]) for c in cells[HOSTILE_OUTLET]] == [("Ilse Varga", "Chancellor of Austria")]
    assert [(c["holder"], c["holder_as_written"]) for c in cells["Alpine Courier"]] == [("Ilse Varga", "")]


def test_queries_roles_without_role_links_nothing_is_listed(roles_store):
    story = roles_store.story("story-crossings")
    roles_store.save_comparison([story])  # the story alone: its links are replaced by none
    view = queries.story_view(roles_store, "story-crossings")
    assert view["role_discrepancies"] == []
    assert [r["verdict"] for r in queries.article_view(roles_store, "named-varga-0001")["refs"]] == []  # no verdicts left either


def test_queries_roles_shown_escaped_in_the_story_page(roles_store):
    from newsprism.present.report import render_report

    html = render_report(roles_store, "story-crossings")
    assert "Titles the outlets disagree on" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;former Chancellor" in html and "<script>alert(1)" not in html
    assert "Ilse Varga (as written: Chancellor of Austria)" in html
    mention = queries.story_view(roles_store, "story-crossings")["role_discrepancies"][0]["by_outlet"]["Alpine Courier"][0]
    anchor = f'{mention["prefix"]}{mention["anchor"]}'
    assert f'href="#{anchor}"' in html and f'id="{anchor}"' in html  # the row links to the highlighted mention
    assert live_markup(html) == []
