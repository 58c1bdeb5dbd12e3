"""The web app in headless Chromium (Debian's /usr/bin/chromium; Playwright never downloads a browser)."""

from __future__ import annotations

import os
import socket
import threading
import time
from contextlib import contextmanager
from urllib.parse import quote

import pytest

from .conftest import HOSTILE_STORY, hostile_article

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def _served(db_path):
    """The web app on a free loopback port for the duration of the block; yields its base URL."""
    import uvicorn

    from newsprism.present.web import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db_path), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def base_url(db_path):
    with _served(db_path) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def test_browser_stories_list_search_finds_the_story(page, base_url):
    page.goto(base_url + "/")
    assert page.locator("a.story-link").count() == 2
    page.fill("input[name=q]", "smuggling")
    page.click("form.filters button")
    page.wait_for_url("**/?q=smuggling**")
    links = page.locator("a.story-link")
    assert links.count() == 1 and "Port Selm blockade" in links.inner_text()


def test_browser_story_view_shows_outlet_columns_and_verdict_badges(page, base_url, demo_story_id):
    errors: list[str] = []  # CSP violations and failed loads show up as console errors
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(f"{base_url}/story/{demo_story_id}")
    outlets = page.locator("th.outlet-col .outlet-name").all_inner_texts()
    assert outlets == ["The Harbour Ledger", "Daily Meridian", "Northgate Wire"]
    page.click("details.single-rows > summary")  # claims only one outlet carries are folded away at first
    badges = page.locator(".claim-row .badge").all_inner_texts()
    assert sorted(set(badges)) == ["contradicted", "corroborated", "single-source", "speculation-only"]
    assert page.locator(".hl-check").count() == 3
    assert errors == []


def _in_viewport(page, element_id: str) -> bool:
    return page.evaluate("""id => { const r = document.getElementById(id).getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight; }""", element_id)


def test_browser_clicking_a_claim_highlights_its_span(page, base_url, demo_story_id):
    page.goto(f"{base_url}/story/{demo_story_id}")
    link = page.locator("tr.claim-row.v-contradicted a.claim-link").last
    path, target = link.get_attribute("href").split("#")
    link.click()
    page.wait_for_url(f"**{path}#{target}")
    page.wait_for_function("id => document.getElementById(id).classList.contains('flash')", arg=target)
    assert _in_viewport(page, target)
    assert page.locator(f"#{target}").inner_text() == "The blockade of Port Selm will end this week"
    # without JavaScript the :target rule alone marks the span (after its short colour transition)
    assert page.evaluate("id => document.getElementById(id).matches(':target')", target)
    page.wait_for_function("id => getComputedStyle(document.getElementById(id)).backgroundColor === 'rgb(253, 224, 71)'",
                           arg=target)


def test_browser_article_side_panel_claim_scrolls_to_span(page, base_url, store, demo_story_id):
    article_id = store.story(demo_story_id).article_ids[1]
    page.set_viewport_size({"width": 1280, "height": 300})
    page.goto(f"{base_url}/article/{article_id}")
    page.locator("aside.panel a.claim-link").nth(3).click()
    page.wait_for_function("document.getElementById('claim-3').classList.contains('flash')")
    assert _in_viewport(page, "claim-3")


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_browser_planted_xss_never_runs(browser, base_url, bypass_csp):
    context = browser.new_context(bypass_csp=bypass_csp)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    evil = hostile_article()
    urls = ["/", "/articles", f"/story/{HOSTILE_STORY}", f"/article/{evil.id}", "/outlet/" + quote(evil.outlet, safe=""),
            "/entity/" + quote('javascript:alert(1)"><script>', safe=""), "/graph"]
    for url in urls:
        page.goto(base_url + url)
        page.mouse.move(10, 10)
        page.mouse.move(400, 300)
        assert page.evaluate("typeof window.__pwned") == "undefined", url
        assert page.locator("main").inner_text().strip(), url  # the page still renders
    page.goto(f"{base_url}/article/{evil.id}")
    assert "Evil headline" in page.locator("h1").inner_text()
    assert "<script>window.__pwned=1</script>" in page.locator("#text").inner_text()
    page.locator("aside.panel a.claim-link").first.click()
    assert dialogs == [] and page.evaluate("typeof window.__pwned") == "undefined"
    context.close()


def test_browser_static_report_runs_nothing(browser, store, tmp_path):
    from newsprism.present.report import write_report

    out = write_report(store, HOSTILE_STORY, tmp_path / "report.html")
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(out.as_uri())
    assert "Hostile story" in page.locator("h1").inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined" and dialogs == []
    assert requests == [out.as_uri()]  # no external requests: only the file itself
    page.close()


# --- titles the outlets disagree on, and a headline check's reason, in a story of four outlets ---

MAYOR = "person:tobias-renn"
ROLE_OUTLETS = ("Valley Post", "Harbour Times", "Ridge Gazette", "Lantern Daily")
REASON = ('The headline says "no conditions", but the body ties the ferry deal to conditions: '
          '"only if the harbour board approves the fares" (Tobias Renn).')


def _role_article(n: int, outlet: str, body: str):
    from newsprism.records import Article

    headline = "Ferry deal agreed with no conditions" if n == 3 else f"Ferry deal signed in Brenholm ({outlet})"
    return Article(f"ferry-deal-{n:04d}", f"{headline}\n\n{body}", headline, outlet, byline="Staff writer",
                   published=f"2026-11-2{n}T08:00:00Z", body_start=len(headline) + 2)


def _role_analysis(article):
    from newsprism.records import ArticleAnalysis, Entity, Span

    start = article.text.find("Tobias Renn")
    if start < 0:
        return ArticleAnalysis(article.id)
    title = "former Mayor" if "former mayor" in article.text.lower() else "Mayor"  # the entity layer keeps it as written
    span = Span.of(article.text, start, start + len("Tobias Renn"))
    return ArticleAnalysis(article.id, entities=(Entity(span, "PERSON", MAYOR, "Tobias Renn", title),))


@pytest.fixture(scope="module")
def roles_base_url(tmp_path_factory):
    """A story whose fourth outlet calls the sitting mayor "former Mayor", served like the main test database."""
    import numpy as np

    from newsprism.compare.roles import role_conflicts
    from newsprism.compare.views import ArticleView, body_text
    from newsprism.records import HeadlineCheck, Story
    from newsprism.store.db import Store

    bodies = ("Mayor Tobias Renn signed the ferry deal on Monday.", "The ferry deal was signed on Monday in Brenholm.",
              "Mayor Tobias Renn said the ferries would run hourly.",
              "Former Mayor Tobias Renn said the deal holds only if the harbour board approves the fares.")
    articles = [_role_article(n, outlet, body) for n, (outlet, body) in enumerate(zip(ROLE_OUTLETS, bodies))]
    analyses = [_role_analysis(a) for a in articles]
    zeros = np.zeros(4, np.float32)
    views = [ArticleView(a, x, body_text(a), [], zeros, zeros[None, :], zeros) for a, x in zip(articles, analyses)]
    links = role_conflicts("story-ferry", views, {MAYOR: "Tobias Renn"})
    story = Story("story-ferry", "Ferry deal signed", tuple(a.id for a in articles))
    checks = [HeadlineCheck(articles[3].id, "disagree", 0.8, {"structural": {"reason": REASON}})]
    path = tmp_path_factory.mktemp("roles") / "roles.db"
    with Store.open(str(path)) as store:
        store.add_articles(articles)
        for analysis in analyses:
            store.save_analysis(analysis)
        store.save_comparison([story], links, (), checks)
    with _served(path) as url:
        yield url


def _box(page, selector: str) -> dict:
    return page.locator(selector).first.bounding_box()


def test_browser_titles_section_sets_each_title_beside_its_outlets_on_a_narrow_screen(browser, roles_base_url):
    context = browser.new_context(viewport={"width": 420, "height": 800})
    page = context.new_page()
    page.set_default_timeout(15000)
    page.goto(f"{roles_base_url}/story/story-ferry")
    section = page.locator("section.roles")
    assert section.locator("h2").inner_text() == "Titles the outlets disagree on"
    assert section.locator(".role-person").inner_text() == "Tobias Renn"
    rows = [" ".join(t.split()) for t in section.locator(".role-title-row").all_inner_texts()]
    assert rows == ["Mayor as held Valley Post: “Mayor Tobias Renn” Ridge Gazette: “Mayor Tobias Renn”",
                    "former Mayor as past Lantern Daily: “Former Mayor Tobias Renn”"]
    # the outlet that disagrees is on screen without scrolling sideways, and the page never scrolls sideways
    link = section.locator("a.role-link", has_text="Former Mayor")
    box = link.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 420
    assert page.evaluate("document.documentElement.scrollWidth") <= 420
    link.click()
    page.wait_for_url("**/article/ferry-deal-0003#ref-*")
    target = page.url.split("#")[1]
    page.wait_for_function("id => document.getElementById(id).classList.contains('flash')", arg=target)
    assert page.locator(f"#{target}").inner_text() == "Former Mayor Tobias Renn"
    context.close()


@pytest.mark.parametrize("width", [1280, 420])
def test_browser_headline_reason_sits_under_its_marker_inside_its_column(browser, roles_base_url, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.set_default_timeout(15000)
    page.goto(f"{roles_base_url}/story/story-ferry")
    head = page.locator("th.outlet-col", has_text="Lantern Daily")
    reason, marker = head.locator(".hl-reason"), head.locator(".hl-check")
    assert reason.inner_text() == REASON and marker.inner_text().endswith("headline disagree")
    col, under, mark = head.bounding_box(), reason.bounding_box(), marker.bounding_box()
    assert under["y"] >= mark["y"] + mark["height"] - 1  # below the marker, not beside or over it
    assert col["x"] <= under["x"] and under["x"] + under["width"] <= col["x"] + col["width"]  # wraps inside the column
    # the rule beside the reason takes the marker's colour (red for "disagree")
    assert reason.evaluate("el => getComputedStyle(el).borderLeftColor") == marker.evaluate("el => getComputedStyle(el).color")
    assert page.locator("th.outlet-col .hl-reason").count() == 1  # only the check a rule decided gives a reason
    page.goto(f"{roles_base_url}/article/ferry-deal-0003")
    text = page.locator("main > p.muted .hl-reason")
    assert text.inner_text() == REASON
    assert text.bounding_box()["x"] + text.bounding_box()["width"] <= width
    context.close()
