"""Every page and API route through FastAPI's TestClient: status, escaping, CSP, read-only, 404s."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from newsprism.errors import StoreError
from newsprism.present.web import create_app
from newsprism.present.web.app import open_store

from .conftest import HOSTILE_STORY, hostile_article, live_markup, plain_article

DANGEROUS = ("<script>window", "<img src=x", "<svg onload", "<iframe", 'href="javascript:', "onerror=\"",
             '<b onmouseover')


@pytest.fixture(scope="module")
def client(db_path):
    with TestClient(create_app(db_path)) as client:
        yield client


def page_urls(demo_story_id: str, first_article: str) -> list[str]:
    evil = hostile_article()
    return ["/", "/?q=blockade", "/?outlet=Daily+Meridian&entity=KST", "/articles", "/articles?q=Varga",
            f"/story/{demo_story_id}", f"/story/{HOSTILE_STORY}", f"/story/{demo_story_id}/graph", "/graph",
            "/graph?since=2026-11-20&until=2026-11-20", f"/article/{first_article}", f"/article/{evil.id}",
            f"/article/{plain_article().id}", "/entity/elena-varga", "/entity/KST", "/entity/" + quote("<script>", safe=""),
            "/outlets", "/entities", "/entities?kind=PERSON", "/outlet/" + quote("Daily Meridian"), "/outlet/" + quote(evil.outlet, safe="")]


API_URLS = ["/api/stories", "/api/stories?q=smuggling", "/api/stories/story-port-selm", "/api/stories/story-port-selm/graph",
            "/api/graph", "/api/articles", "/api/articles?outlet=Northgate+Wire", "/api/entities/KST", "/api/entities", "/api/outlets",
            "/api/outlets/Daily%20Meridian", "/openapi.json"]


def test_app_every_page_renders_with_csp_and_no_live_markup(client, store, demo_story_id):
    first = store.story(demo_story_id).article_ids[0]
    for url in page_urls(demo_story_id, first):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
        for needle in DANGEROUS:
            assert needle not in response.text, (url, needle)
        assert live_markup(response.text, allow_script_src="/static/app.js") == [], url


def test_app_hostile_fields_are_shown_as_text(client):
    evil = hostile_article()
    text = client.get(f"/article/{evil.id}").text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in text
    assert "&lt;b onmouseover=&#34;alert(1)&#34;&gt;Evil Outlet&lt;/b&gt;" in text
    assert 'class="source"' not in text  # the javascript: URL is not linked at all
    story = client.get(f"/story/{HOSTILE_STORY}").text
    assert "&lt;img src=x onerror=alert(1)&gt;" in story and "</html>" in story
    # the structural headline check says why, as text, on the article and in the story columns
    reason = 'class="hl-reason">The headline says &#34;no &lt;b&gt;barriers&lt;/b&gt;&#34;'
    assert reason in text and reason in story


def test_app_api_routes_return_json(client):
    for url in API_URLS:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["content-type"].startswith("application/json")
    story = client.get("/api/stories/story-port-selm").json()
    assert [c["outlet"] for c in story["columns"]] == ["The Harbour Ledger", "Daily Meridian", "Northgate Wire"]
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/stories/{story_id}" in paths and "/story/{story_id}" not in paths


def test_app_page_and_api_share_the_same_data(client):
    api = client.get("/api/stories").json()
    html = client.get("/").text
    for story in api:
        assert f'href="/story/{story["id"]}"' in html
    assert client.get("/api/stories?q=Dusek").json()[0]["id"] == "story-port-selm"


@pytest.mark.parametrize("url", ["/story/nope", "/article/nope-nope", "/entity/nobody", "/outlet/Nobody",
                                 "/story/nope/graph", "/no/such/page"])
def test_app_unknown_ids_are_404_pages(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"] and "Not found" in response.text


@pytest.mark.parametrize("url", ["/api/stories/nope", "/api/articles/nope-nope", "/api/entities/nobody",
                                 "/api/outlets/Nobody", "/api/nothing"])
def test_app_unknown_api_ids_are_json_404(client, url):
    response = client.get(url)
    assert response.status_code == 404 and "detail" in response.json()


def test_app_is_read_only(client):
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/api/stories").status_code == 405


def test_app_static_files_are_vendored(client):
    assert client.get("/static/app.js").status_code == 200
    css = client.get("/static/style.css").text
    assert "http" not in css and "@import" not in css


def test_app_open_store_refuses_a_missing_database(tmp_path):
    with pytest.raises(StoreError):
        open_store(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_app_story_report_download_is_the_static_report(client, demo_story_id):
    response = client.get(f"/story/{demo_story_id}/report.html")
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    policy = response.headers["content-security-policy"]
    assert "script-src" not in policy and policy.startswith("default-src 'none'")  # so no script at all
    assert live_markup(response.text) == [] and 'id="article-' in response.text
    assert client.get("/story/nope/report.html").status_code == 404


def test_app_article_page_links_its_stories_and_cited_spans(client, store, demo_story_id):
    article_id = store.story(demo_story_id).article_ids[2]
    html = client.get(f"/article/{article_id}").text
    assert f'href="/story/{demo_story_id}"' in html
    story = client.get(f"/story/{demo_story_id}").text
    for href in {h for h in re.findall(r'class="claim-link[^"]*" href="([^"]+)"', story) if article_id in h}:
        assert f'id="{href.split("#")[1]}"' in html


def test_app_pages_light_up_layer_by_layer(bare_db_path):
    with TestClient(create_app(bare_db_path)) as bare:
        stories = bare.get("/").text
        assert "No stories yet" in stories and 'href="/articles"' in stories
        assert "Quiet harbour" in bare.get("/articles").text
        article = bare.get(f"/article/{plain_article().id}").text
        assert "No statements yet" in article and "No claims yet" in article and "No events yet" in article
        assert "No outlets yet" not in bare.get("/outlets").text
        assert "No events with both an actor and a recipient yet" in bare.get("/graph").text
        assert bare.get("/api/stories").json() == []
        outlet = bare.get("/outlet/" + quote("Harbour Ledger Weekly")).text
        assert "no measured profile yet" in outlet


def test_app_speculation_one_outlet_makes_is_listed_under_that_outlet_not_in_the_grid(client, demo_story_id):
    html = client.get(f"/story/{demo_story_id}").text
    grid = html[html.index('<table class="grid claims">'):html.index("</table>", html.index('<table class="grid claims">'))]
    rows = re.findall(r'<tr class="claim-row v-([\w-]+)">', grid)
    assert sorted(rows) == ["contradicted", "corroborated", "corroborated"]  # the rows more than one outlet carries
    lists = html[html.index('<details class="speculation-rows" open>'):html.index('<details class="single-rows"')]
    outlets = re.findall(r"<h4>([^<]+?) <span", lists)
    assert outlets == ["The Harbour Ledger", "Daily Meridian"]  # in column order, each with its own speculation
    assert "Kestrian ships may withdraw" in lists.split("<h4>")[1] and "Kestria could threaten" in lists.split("<h4>")[2]


def test_app_article_page_shows_an_office_under_its_story_holder(tmp_path):
    """The article page names the holder the story resolves, keeping the article's own wording."""
    from newsprism import api
    from newsprism.present.queries import article_view
    from newsprism.store import Store

    root = Path(__file__).resolve().parents[2]
    db = tmp_path / "ex.db"
    api.run([str(root / "examples" / "articles")], db=db)
    with Store.open(str(db), readonly=True) as store:
        article = next(a for a in store.articles() if "no barriers" in a.headline)
        shown = [(c["holder"], c["holder_as_written"]) for c in article_view(store, article.id)["claims"]]
    assert ("Mehdi Tavakoli", "Supreme Leader of Iran") in shown
    assert all(written != holder for holder, written in shown if written)
    with TestClient(create_app(db)) as client:
        page = client.get(f"/article/{article.id}").text
    assert "holder: Mehdi Tavakoli (as written: Supreme Leader of Iran)" in page
