"""The stored comparison names only compared articles: none left out by language, none deleted."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from newsprism import api
from newsprism.config import Settings
from newsprism.store import Store

# Fictional outlets and people: two reports of a ferry strike and one of a museum reopening.
ARTICLES = {
    "lund-courier-ferry.txt": ("Lund Courier", "2026-04-06T08:00:00Z", "Ferry crews in Saltvik strike over pay",
                               ("Ferry crews in Saltvik stopped work on Monday in a dispute over pay, the union "
                                "leader, Maren Holt, said. \"No ferry will sail until Thursday,\" Holt told reporters.")),
    "brisk-daily-ferry.txt": ("Brisk Daily", "2026-04-06T10:00:00Z", "Saltvik ferries halted by pay strike",
                              ("Saltvik ferry crews went on strike on Monday over pay. Union leader Maren Holt said "
                               "no ferry would sail before Friday.")),
    "brisk-daily-museum.txt": ("Brisk Daily", "2026-04-09T09:00:00Z", "Saltvik museum reopens after a long refit",
                               ("The Saltvik maritime museum reopened on Thursday after two years of work. Its "
                                "director, Jonas Vik, said it now shows forty old boats.")),
}


@pytest.fixture(scope="module")
def compared_once(tmp_path_factory) -> Path:
    """A database after one full run over ARTICLES (built once, copied per test)."""
    folder = tmp_path_factory.mktemp("stories")
    for name, (outlet, published, headline, body) in ARTICLES.items():
        front = f"---\nheadline: {headline}\noutlet: {outlet}\npublished: {published}\n---\n"
        (folder / "articles").mkdir(exist_ok=True)
        (folder / "articles" / name).write_text(front + body + "\n", encoding="utf-8")
    summary = api.run([str(folder / "articles")], db=folder / "np.db")
    assert summary.comparison == api.COMPARED
    with Store.open(folder / "np.db") as store:
        assert sorted(len(s.article_ids) for s in store.stories()) == [1, 2]  # the ferry pair is one story
    return folder


@pytest.fixture
def db(compared_once, tmp_path) -> Path:
    """A fresh copy of the compared database."""
    shutil.copy(compared_once / "np.db", tmp_path / "np.db")
    return tmp_path / "np.db"


def article_id(db: Path, headline: str) -> str:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT id FROM articles WHERE headline = ?", (headline,)).fetchone()[0]


def named_articles(db: Path) -> set[str]:
    """Every article id a stored comparison row names."""
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT article_id FROM story_articles UNION SELECT article_id FROM headline_checks "
                           "UNION SELECT a_article_id FROM claim_links UNION SELECT b_article_id FROM claim_links")
        return {row[0] for row in rows}


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as con:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_no_story_is_kept_when_no_stored_article_is_in_a_compared_language(db):
    result = api.compare(Store.open(db), Settings(languages=("de",)))
    assert result.stories == [] and result.claim_links == [] and result.verdicts == []
    assert result.outlet_profiles == [] and result.headline_checks == []
    assert all(count(db, table) == 0 for table in ("stories", "story_articles", "claim_links", "verdicts", "outlets"))


def test_an_article_leaving_the_compared_languages_leaves_its_stories(db):
    museum = article_id(db, ARTICLES["brisk-daily-museum.txt"][2])
    ferry = article_id(db, ARTICLES["brisk-daily-ferry.txt"][2])
    with sqlite3.connect(db) as con:  # as if both had been detected as German
        con.executemany("UPDATE articles SET language = 'de' WHERE id = ?", [(museum,), (ferry,)])
    result = api.compare(Store.open(db), Settings())
    assert [len(s.article_ids) for s in result.stories] == [1]  # the museum story is gone, the ferry story shrank
    assert result.stories[0].first_published == result.stories[0].last_published == "2026-04-06T08:00:00Z"
    assert not {museum, ferry} & named_articles(db)
    assert {p.outlet for p in result.outlet_profiles} == {"Lund Courier"}


@pytest.mark.parametrize("headline, stories_left", [(ARTICLES["brisk-daily-museum.txt"][2], [2]),
                                                    (ARTICLES["lund-courier-ferry.txt"][2], [1, 1])])
def test_deleted_article_leaves_the_comparison_even_with_foreign_keys_off(db, headline, stories_left):
    gone = article_id(db, headline)
    with sqlite3.connect(db) as con:  # sqlite3's default: story_articles keeps the row of the deleted article
        con.execute("DELETE FROM articles WHERE id = ?", (gone,))
    result = api.compare(Store.open(db), Settings())
    assert sorted(len(s.article_ids) for s in result.stories) == stories_left
    assert gone not in named_articles(db)
    with Store.open(db) as store:
        assert api.comparison_is_current(store)
