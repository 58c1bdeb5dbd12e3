"""Fixtures for the present layer: a database of hand-made records (demo story + hostile article)."""

from __future__ import annotations

import hashlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsprism.records import (Actor, Article, ArticleAnalysis, Claim, ClaimRef, Entity, Event, HeadlineCheck,
                               Statement, Story, Verdict)
from newsprism.present.web.demo import STORY_ID, demo_records, sp

HOSTILE_STORY = "story-hostile"
PWN = "window.__pwned=1"
HOSTILE_REASON = f'The headline says "no <b>barriers</b>", but the body ties it to conditions: "<script>{PWN}</script>"'
HOSTILE_HEADLINE = f'<script>{PWN}</script><img src=x onerror="{PWN}">Evil headline'
HOSTILE_BODY = (f'Intro </div></main><script>{PWN}</script> broken <b><i>markup <!-- never closed\n\n'
                f'<iframe src="javascript:{PWN}"></iframe> Mallory said "<svg onload=alert(1)>" today. '
                f'<a href="javascript:alert(1)">click</a> & done.')


def hostile_article() -> Article:
    """An article whose every field tries to run script."""
    text = HOSTILE_HEADLINE + "\n\n" + HOSTILE_BODY
    return Article(id=hashlib.sha256(text.encode()).hexdigest()[:16], text=text, headline=HOSTILE_HEADLINE,
                   outlet='<b onmouseover="alert(1)">Evil Outlet</b>', byline='"><svg onload=alert(1)>',
                   url=f"javascript:{PWN}", published="2026-11-22T09:00:00Z", body_start=len(HOSTILE_HEADLINE) + 2)


def hostile_analysis(article: Article) -> ArticleAnalysis:
    """Records whose spans and names cover the hostile markup."""
    t = article.text
    mallory = Entity(sp(t, "Mallory"), "PERSON", 'javascript:alert(1)"><script>', '<script>alert(1)</script>Mallory')
    st = Statement(sp(t, "said"), sp(t, '"<svg onload=alert(1)>"'), "direct", "named-person", sp(t, "Mallory"),
                   "<img src=x onerror=alert(1)>", "mallory")
    claim = Claim(sp(t, '<script>window.__pwned=1</script> broken'), "<script>alert(1)</script>", "speculative", "body")
    event = Event(sp(t, "Mallory said"), "THREATEN", actors=(Actor("<script>", "GOV", "<b>x</b>"),),
                  recipients=(Actor("VLD", "GOV", "Valdoria"),), score=-6.0)
    return ArticleAnalysis(article.id, (mallory,), (st,), (claim,), (event,))


def plain_article() -> Article:
    """An article no layer has analysed yet."""
    text = "Quiet harbour\n\nNothing happened in the harbour of Selm on Sunday."
    return Article(id="plain000000000001", text=text, headline="Quiet harbour", outlet="Harbour Ledger Weekly",
                   published="2026-11-19", body_start=15)


def build_test_db(path: Path):
    """The demo story, a hostile story and one unanalysed article, written through the real Store."""
    from newsprism.store.db import Store

    corpus = demo_records()
    evil = hostile_article()
    evil_analysis = hostile_analysis(evil)
    story = Story(HOSTILE_STORY, "<script>window.__pwned=1</script>Hostile story", (evil.id,),
                  evil.published, evil.published, ("<script>",))
    verdict = Verdict(HOSTILE_STORY, 0, "single-source", "<img src=x onerror=alert(1)>",
                      (ClaimRef(evil.id, evil_analysis.claims[0].span),), (evil.outlet,))
    store = Store.open(str(path))
    store.add_articles(corpus.articles + [evil, plain_article()])
    for analysis in corpus.analyses + [evil_analysis]:
        store.save_analysis(analysis)
    store.save_comparison(corpus.stories + [story], (), corpus.verdicts + [verdict],
                          corpus.checks + [HeadlineCheck(evil.id, "disagree", 0.8, {"structural": {"reason": HOSTILE_REASON}})],
                          corpus.profiles)
    return store


@pytest.fixture(scope="session")
def db_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("present") / "test.db"
    build_test_db(path).close()
    return path


@pytest.fixture()
def store(db_path):
    from newsprism.store.db import Store

    store = Store.open(str(db_path), readonly=True)
    yield store
    store.close()


@pytest.fixture(scope="session")
def demo_story_id() -> str:
    return STORY_ID


class _LiveMarkup(HTMLParser):
    """Collects every tag or attribute in a page that could run script or fetch something."""

    def __init__(self, allow_script_src: str = ""):
        super().__init__(convert_charrefs=True)
        self.allow_script_src, self.problems = allow_script_src, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("src") != self.allow_script_src:
            self.problems.append(f"<script {attrs}>")
        if tag in ("iframe", "object", "embed", "img", "base") or _refreshes(tag, attrs):
            self.problems.append(f"<{tag}>")
        if tag == "link" and not self.allow_script_src:  # the static report must not load a stylesheet
            self.problems.append("<link>")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.problems.append(f"{tag} {name}=")
            if name in ("href", "src", "action", "xlink:href") and value and not _safe_link(value):
                self.problems.append(f"{tag} {name}={value!r}")


def _safe_link(value: str) -> bool:
    return value.startswith(("#", "/", "http://", "https://")) and not value.startswith("//")


def live_markup(html: str, allow_script_src: str = "") -> list[str]:
    """Tags and attributes in ``html`` that could execute or load anything (empty when the page is inert)."""
    parser = _LiveMarkup(allow_script_src)
    parser.feed(html)
    parser.close()
    return parser.problems


def _refreshes(tag: str, attrs: dict) -> bool:
    return tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh"


@pytest.fixture(scope="session")
def bare_db_path(tmp_path_factory) -> Path:
    """A database with articles only: no analysis, no stories (the first layer has landed, nothing else)."""
    from newsprism.store.db import Store

    path = tmp_path_factory.mktemp("bare") / "bare.db"
    with Store.open(str(path)) as store:
        store.add_articles([plain_article(), hostile_article()])
    return path
