"""Routes: every page has a JSON twin under /api, and both call the same query function."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from ...records import Span
from .. import queries
from ..highlight import highlighted_article
from .app import LINKS, entity_context, graph_context, page, story_context

MAX_QUERY = 200  # search strings and filters are capped: they are user input too


def _clip(value: str) -> str:
    return (value or "")[:MAX_QUERY]


def register(app: FastAPI, pool) -> None:
    """Add the page routes and the API routes to ``app``."""
    _register_pages(app, pool)
    _register_story_pages(app, pool)
    _register_api(app, pool)


def _register_pages(app: FastAPI, pool) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(q: str = "", outlet: str = "", entity: str = ""):
        store = pool.get()
        q, outlet, entity = _clip(q), _clip(outlet), _clip(entity)
        return page("stories.html", title="Stories", stories=queries.list_stories(store, q, outlet, entity),
                    facets=queries.story_facets(store), q=q, outlet=outlet, entity=entity,
                    article_count=len(queries.list_articles(store)))

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(q: str = "", outlet: str = ""):
        store = pool.get()
        q, outlet = _clip(q), _clip(outlet)
        return page("articles.html", title="Articles", articles=queries.list_articles(store, q, outlet),
                    facets=queries.story_facets(store), q=q, outlet=outlet)

    @app.get("/article/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str):
        view, analysis = queries.article_view_with_analysis(pool.get(), article_id)
        refs = [Span(**{k: r[k] for k in ("start", "end", "text")}) for r in view["refs"]]
        html = highlighted_article(view["text"], analysis, "", LINKS.entity, refs)
        return page("article.html", title=view["article"]["headline"] or "Article", view=view, highlighted=html)

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    def entities_page(kind: str = ""):
        return page("entities.html", title="Entities", entities=queries.list_entities(pool.get(), _clip(kind)), kind=kind)

    @app.get("/entity/{entity_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(entity_id: str):
        view = queries.entity_view(pool.get(), entity_id)
        return page("entity.html", title=view["name"], **entity_context(view))

    @app.get("/outlets", response_class=HTMLResponse, include_in_schema=False)
    def outlets_page():
        return page("outlets.html", title="Outlets", outlets=queries.list_outlets(pool.get()))

    @app.get("/outlet/{outlet:path}", response_class=HTMLResponse, include_in_schema=False)
    def outlet_page(outlet: str):
        view = queries.outlet_view(pool.get(), outlet)
        return page("outlet.html", title=outlet, view=view)


def _register_story_pages(app: FastAPI, pool) -> None:
    @app.get("/story/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str):
        view = queries.story_view(pool.get(), story_id)
        return page("story.html", title=view["story"]["label"], **story_context(view, LINKS))

    @app.get("/story/{story_id}/report.html", response_class=HTMLResponse, include_in_schema=False)
    def story_report(story_id: str):
        from ..report import REPORT_CSP, render_report

        html = render_report(pool.get(), story_id)
        return HTMLResponse(html, headers={"Content-Security-Policy": REPORT_CSP,
                                           "Content-Disposition": 'attachment; filename="newsprism-report.html"'})

    @app.get("/story/{story_id}/graph", response_class=HTMLResponse, include_in_schema=False)
    def story_graph_page(story_id: str):
        graph = queries.actor_graph(pool.get(), story_id=story_id)
        label = pool.get().story(story_id).label
        return page("graph.html", title=f"Actor graph: {label}", story_label=label, **graph_context(graph))

    @app.get("/graph", response_class=HTMLResponse, include_in_schema=False)
    def graph_page(since: str = "", until: str = ""):
        graph = queries.actor_graph(pool.get(), since=_clip(since), until=_clip(until))
        return page("graph.html", title="Actor graph", story_label="", **graph_context(graph))


def _register_api(app: FastAPI, pool) -> None:
    @app.get("/api/stories", tags=["stories"], summary="Stories, newest first (search, outlet and entity filters)")
    def api_stories(q: str = "", outlet: str = "", entity: str = "") -> list[dict]:
        return queries.list_stories(pool.get(), _clip(q), _clip(outlet), _clip(entity))

    @app.get("/api/stories/{story_id}", tags=["stories"], summary="One story across outlets")
    def api_story(story_id: str) -> dict:
        return queries.story_view(pool.get(), story_id)

    @app.get("/api/stories/{story_id}/graph", tags=["graph"], summary="The actor graph of one story")
    def api_story_graph(story_id: str) -> dict:
        return queries.actor_graph(pool.get(), story_id=story_id)

    @app.get("/api/graph", tags=["graph"], summary="The actor graph for a date range (YYYY-MM-DD)")
    def api_graph(since: str = "", until: str = "") -> dict:
        return queries.actor_graph(pool.get(), since=_clip(since), until=_clip(until))

    @app.get("/api/articles", tags=["articles"], summary="Articles, newest first (search and outlet filters)")
    def api_articles(q: str = "", outlet: str = "") -> list[dict]:
        return queries.list_articles(pool.get(), _clip(q), _clip(outlet))

    @app.get("/api/articles/{article_id}", tags=["articles"], summary="One article with its records")
    def api_article(article_id: str) -> dict:
        return queries.article_view(pool.get(), article_id)

    @app.get("/api/entities", tags=["entities"], summary="Entities, most mentioned first (optional kind filter)")
    def api_entities(kind: str = "") -> list[dict]:
        return queries.list_entities(pool.get(), _clip(kind))

    @app.get("/api/entities/{entity_id:path}", tags=["entities"], summary="An entity's statements and events")
    def api_entity(entity_id: str) -> dict:
        return queries.entity_view(pool.get(), entity_id)

    @app.get("/api/outlets", tags=["outlets"], summary="Every outlet with its profile")
    def api_outlets() -> list[dict]:
        return queries.list_outlets(pool.get())

    @app.get("/api/outlets/{outlet:path}", tags=["outlets"], summary="One outlet's profile and the articles behind it")
    def api_outlet(outlet: str) -> dict:
        return queries.outlet_view(pool.get(), outlet)
