"""The web app in headless Chromium (Debian's /usr/bin/chromium; Playwright never downloads a browser)."""

from __future__ import annotations

import os
import socket
import threading
import time
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


@pytest.fixture(scope="module")
def base_url(db_path):
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
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


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
