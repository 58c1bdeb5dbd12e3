"""Build the demo database, serve it, and save one screenshot per main page under docs/screenshots/.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Needs Debian's Chromium at /usr/bin/chromium (Playwright never downloads a browser here).
"""

from __future__ import annotations

import argparse
import socket
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from newsprism.present.web import create_app
from newsprism.present.web.demo import STORY_ID, add_fees_story, build_demo_db, demo_records

CHROMIUM = "/usr/bin/chromium"
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
    """(file name, path) for each main page of the demo corpus."""
    article_id = store.story(STORY_ID).article_ids[1]
    return [("stories.png", "/"), ("story.png", f"/story/{STORY_ID}"), ("article.png", f"/article/{article_id}"),
            ("entity.png", "/entity/KST"), ("graph.png", f"/story/{STORY_ID}/graph"),
            ("outlet.png", "/outlet/Daily%20Meridian"), ("articles.png", "/articles")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots", help="folder for the PNG files")
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        store = build_demo_db(db, corpus=add_fees_story(demo_records()))
        server, base = serve_in_thread(db)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for name, path in shots(store):
                # list pages are short: a lower viewport keeps their screenshots free of empty space
                height = 900 if name in ("story.png", "article.png", "graph.png") else 420
                page = browser.new_page(viewport={"width": 1360, "height": height})
                page.goto(base + path)
                page.screenshot(path=str(out / name), full_page=name not in ("story.png", "article.png"))
                page.close()
                print(out / name)
            browser.close()
        server.should_exit = True
        store.close()


if __name__ == "__main__":
    main()
