"""The shareable static report: one self-contained HTML file, inline CSS, no scripts, no external requests."""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from . import queries
from .highlight import highlighted_article
from .web.app import story_context
from .web.render import ENV, STATIC, Links

REPORT_LINKS = Links(static_report=True)
# The same policy as the report's own meta tag: inline CSS only; no script, no fetch of any kind.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def _css() -> str:
    return (STATIC / "style.css").read_text(encoding="utf-8")


def render_report(store, story_id: str) -> str:
    """The report for one story as an HTML string: the story view plus its articles' highlighted text."""
    view = queries.story_view(store, story_id)
    context = story_context(view, REPORT_LINKS, queries.story_texts(store, view))
    return ENV.get_template("report.html").render(title=view["story"]["label"] or story_id, css=_css(), report_csp=REPORT_CSP,
                                                  static_report=True, **context)


def render_corpus_report(store, title: str = "newsprism corpus report") -> str:
    """A report over every article (for a corpus with no stories yet): summary table plus highlighted texts."""
    rows = []
    for article in store.articles():
        analysis = store.analysis(article.id)
        meta = {"id": article.id, "headline": article.headline, "outlet": article.outlet, "byline": article.byline,
                "url": article.url, "published": article.published}
        rows.append({"article": meta, "statements": len(analysis.statements),
                     "claims": len(analysis.claims), "events": len(analysis.events), "entities": len(analysis.entities),
                     "html": highlighted_article(article.text, analysis, f"{article.id}-", REPORT_LINKS.entity)})
    rows.sort(key=lambda r: (r["article"]["published"] or "", r["article"]["outlet"]))
    return ENV.get_template("corpus_report.html").render(title=title, css=_css(), static_report=True,
                                                         report_csp=REPORT_CSP, links=REPORT_LINKS, rows=rows)


def _write(html: str, out_path: str | Path) -> Path:
    out = Path(out_path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"cannot write report: {exc}", path=str(out)) from exc
    return out


def write_report(store, story_id: str, out_path: str | Path) -> Path:
    """Write the self-contained HTML report for ``story_id`` to ``out_path``."""
    return _write(render_report(store, story_id), out_path)


def write_corpus_report(store, out_path: str | Path) -> Path:
    """Write the self-contained HTML report over all articles (used when there are no stories)."""
    return _write(render_corpus_report(store), out_path)
