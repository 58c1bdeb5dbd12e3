"""Build a database, serve it, and save one screenshot per main page under docs/screenshots/.

Besides one PNG per page, story-titles.png shows the story's "Titles the outlets disagree on" and
the claim columns' heads (headline checks and their reasons), when the story has role discrepancies.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--examples]

By default the database holds the hand-made demo corpus (fictional outlets and countries);
``--examples`` runs the real pipeline over examples/articles instead (about a minute).

Needs Debian's Chromium at /usr/bin/chromium (Playwright never downloads a browser here).
"""

from __future__ import annotations

import argparse
import socket
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import uvicorn
from playwright.sync_api import sync_playwright

from newsprism.present import queries
from newsprism.present.web import create_app
from newsprism.present.web.demo import add_fees_story, build_demo_db, demo_records

CHROMIUM = "/usr/bin/chromium"
# pages shot at this viewport height only (long pages: a full-page PNG would be megabytes in git); the rest in full
TALL = {"story.png": 1500, "article.png": 900, "graph.png": 900, "entity.png": 1100}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_in_thread(db: Path) -> tuple[uvicorn.Server, str]:
    """Start the app on a free loopback port in a daemon thread; returns the server and its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def shots(store) -> list[tuple[str, str]]:
    """(file name, path) for each main page: the largest story, one of its articles, entity and outlet."""
    story = max(store.stories(), key=lambda s: (len(s.article_ids), s.id))
    view = queries.story_view(store, story.id)
    article_id = shown_article(view)
    places = queries.list_entities(store, kind="GPE") or queries.list_entities(store)
    outlet = quote(view["columns"][0]["outlet"], safe="")
    return [("stories.png", "/"), ("story.png", f"/story/{story.id}"), ("article.png", f"/article/{article_id}"),
            ("entity.png", f"/entity/{quote(places[0]['id'], safe='')}"), ("graph.png", f"/story/{story.id}/graph"),
            ("outlet.png", f"/outlet/{outlet}"), ("articles.png", "/articles")]


def shown_article(view: dict) -> str:
    """An article whose headline check gives a reason (a "disagree" first), else the second column's."""
    articles = [a for col in view["columns"] for a in col["articles"]]
    reasoned = sorted((a for a in articles if (a.get("headline_check") or {}).get("reason")),
                      key=lambda a: a["headline_check"]["stance"] != "disagree")
    return (reasoned or [a for a in view["columns"][min(1, len(view["columns"]) - 1)]["articles"]])[0]["id"]


def shoot_story_details(page, out: Path) -> None:
    """story-titles.png: the titles the outlets disagree on and the claim columns' heads (headline checks)."""
    if not page.locator("section.roles").count():
        return  # a corpus without role discrepancies (the demo) has nothing to show here
    top = page.evaluate("document.querySelector('section.roles').getBoundingClientRect().top + window.scrollY")
    bottom = page.evaluate("(() => { const r = document.querySelector('table.claims tbody tr'); "
                           "return r.getBoundingClientRect().bottom + window.scrollY; })()")
    width = page.viewport_size["width"]
    page.screenshot(path=str(out / "story-titles.png"), full_page=True,
                    clip={"x": 0, "y": top - 8, "width": width, "height": min(bottom - top + 16, 1400)})
    print(out / "story-titles.png")


def build(db: Path, examples: bool):
    """The database to shoot: the demo corpus, or the real pipeline over examples/articles."""
    if not examples:
        return build_demo_db(db, corpus=add_fees_story(demo_records()))
    from newsprism import api
    from newsprism.store.db import Store

    api.run(["examples/articles"], db=db)
    return Store.open(str(db), readonly=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots", help="folder for the PNG files")
    parser.add_argument("--examples", action="store_true", help="run the pipeline over examples/articles")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        store = build(db, args.examples)
        server, base = serve_in_thread(db)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for name, path in shots(store):
                # list pages are short: a lower viewport keeps their screenshots free of empty space
                height = TALL.get(name, 420)
                page = browser.new_page(viewport={"width": 1360, "height": height})
                page.goto(base + path)
                page.screenshot(path=str(out / name), full_page=name not in TALL)
                if name == "story.png":
                    shoot_story_details(page, out)
                page.close()
                print(out / name)
            browser.close()
        server.should_exit = True
        store.close()


if __name__ == "__main__":
    main()
