"""The FastAPI app: server-rendered pages and their JSON twins, both over ``present.queries``."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable, Optional

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from ...errors import NotFoundError, StoreError
from ...records import Span
from ..highlight import highlighted_article
from .render import ENV, STATIC, Links
from .svg import actor_graph_svg, timeline_svg

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}
READ_METHODS = ("GET", "HEAD")
LINKS = Links()


class StorePool:
    """One Store per worker thread: sqlite connections must stay on the thread that opened them."""

    def __init__(self, opener: Callable[[], object]):
        self._opener = opener
        self._local = threading.local()

    def get(self):
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = self._opener()
        return store


def open_store(db_path: str | Path, read_only: bool = True):
    """Open the database for the web app (it must already exist: serving never creates one)."""
    from ...store.db import Store

    if not Path(db_path).exists():
        raise StoreError("database not found; run `newsprism run` first", path=str(db_path))
    return Store.open(str(db_path), readonly=read_only)


def create_app(db_path: str | Path = "", read_only: bool = True, store_factory: Optional[Callable] = None) -> FastAPI:
    """The web app over the database at ``db_path`` (or over stores made by ``store_factory``)."""
    app = FastAPI(title="newsprism", version="1", docs_url=None, redoc_url=None,
                  description="One news story through every outlet that covered it.")
    pool = StorePool(store_factory or (lambda: open_store(db_path, read_only)))
    app.state.pool = pool
    _install_middleware(app, read_only)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.add_api_route("/favicon.ico", lambda: RedirectResponse("/static/favicon.svg"), include_in_schema=False)
    _install_errors(app)
    from .routes import register

    register(app, pool)
    return app


def _install_middleware(app: FastAPI, read_only: bool) -> None:
    @app.middleware("http")
    async def security(request: Request, call_next):
        if read_only and request.method not in READ_METHODS:
            response: Response = JSONResponse({"detail": "read-only server"}, status_code=405)
        else:
            response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)  # a route may set a stricter or specific policy
        return response


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.message}, status_code=404)
        return page("error.html", status_code=404, title="Not found", message=exc.message)

    @app.exception_handler(404)
    async def no_route(request: Request, exc):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": "not found"}, status_code=404)
        return page("error.html", status_code=404, title="Not found", message="There is no page here.")


def page(template: str, status_code: int = 200, **context) -> HTMLResponse:
    """Render one template with the app's links and helpers."""
    context.setdefault("links", LINKS)
    context.setdefault("static_report", False)
    return HTMLResponse(ENV.get_template(template).render(**context), status_code=status_code)


def story_context(view: dict, links: Links, texts: Optional[dict] = None) -> dict:
    """The story view's data, plus every article's highlighted text when ``texts`` is given (the report)."""
    highlighted = {}
    for column in view["columns"] if texts else ():
        for meta in column["articles"]:
            text, analysis = texts[meta["id"]]
            refs = [Span(**span) for span in view["refs"].get(meta["id"], [])]
            highlighted[meta["id"]] = highlighted_article(text, analysis, meta["prefix"], links.entity, refs)
    return {"view": view, "highlighted": highlighted, "links": links}


def entity_context(view: dict) -> dict:
    """The entity page's data plus its timeline SVG."""
    return {"view": view, "timeline": timeline_svg(view["events"])}


def graph_context(graph: dict) -> dict:
    """The actor graph page's data plus the SVG."""
    return {"graph": graph, "svg": actor_graph_svg(graph)}
