"""The Jinja2 environment shared by the web pages and the static report (autoescape always on)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from urllib.parse import quote, urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
SAFE_SCHEMES = ("http", "https")
MAX_URL_CHARS = 2000


def safe_url(url: Optional[str]) -> str:
    """The URL if it is a plain http(s) link, else "" (javascript:, data:, vbscript: ... are dropped)."""
    if not url or len(url) > MAX_URL_CHARS:
        return ""
    url = url.strip()
    if any(ord(ch) < 33 for ch in url):
        return ""  # control characters and spaces can smuggle schemes past browsers' parsers
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme.lower() in SAFE_SCHEMES and parts.netloc else ""


def pct(value: Optional[float]) -> str:
    """A rate as a percentage, or an en dash when unknown."""
    return "–" if value is None else f"{100 * value:.0f}%"


def num(value: Optional[float]) -> str:
    """A figure with at most two decimals, or an en dash when unknown."""
    if value is None:
        return "–"
    return f"{value:.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)


def figure(value: Optional[float], unit: str) -> str:
    """A profile figure in its unit: shares as percentages, per-100 rates as numbers."""
    return pct(value) if unit == "share" else num(value)


def day(value: Optional[str]) -> str:
    """The date part of an ISO timestamp."""
    return (value or "")[:10] or "undated"


@dataclass(frozen=True)
class Links:
    """Where pages link to: real routes in the app, in-page anchors (or nothing) in the report."""

    static_report: bool = False

    def article(self, article_id: str) -> str:
        return f"#article-{article_id}" if self.static_report else f"/article/{quote(article_id, safe='')}"

    def span(self, article_id: str, prefix: str, anchor: str) -> str:
        """Where a claim or statement of an article is highlighted."""
        return f"#{prefix}{anchor}" if self.static_report else f"{self.article(article_id)}#{anchor}"

    def story(self, story_id: str) -> str:
        return "" if self.static_report else f"/story/{quote(story_id, safe='')}"

    def entity(self, entity_id: str) -> str:
        return "" if self.static_report or not entity_id else f"/entity/{quote(entity_id, safe='')}"

    def outlet(self, outlet: str) -> str:
        return "" if self.static_report or not outlet else f"/outlet/{quote(outlet, safe='')}"


def make_environment() -> Environment:
    """A Jinja2 environment over the templates with autoescaping on for every template."""
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(safe_url=safe_url, pct=pct, num=num, day=day, figure=figure)
    env.globals.update(VERDICTS=("corroborated", "contradicted", "single-source", "speculation-only"))
    return env


ENV = make_environment()
