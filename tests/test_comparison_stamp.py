"""`run` skips the comparison when its stamp matches the stored one and redoes it when any input changed."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsprism.compare
import newsprism.compare.corpus
from newsprism import api, comparison_stamp
from newsprism.cli import app
from newsprism.config import Settings
from newsprism.records import Article
from newsprism.store import Store

runner = CliRunner()
COMPARISON_TABLES = ("stories", "story_articles", "claim_links", "verdicts", "headline_checks", "outlets", "meta")

# Fictional outlets and people: two reports of one bridge closure and one of a library opening.
ARTICLES = {
    "harbor-gazette-bridge.txt": ("Harbor Gazette", "2026-03-02T09:00:00Z", "Velmar closes the Orsk bridge for repairs",
                                  "The city of Velmar closed the Orsk bridge on Monday after inspectors found cracks "
                                  "in two supports, the mayor, Ilse Brandt, said. \"The bridge will stay closed for "
                                  "six weeks,\" Brandt told reporters."),
    "tessel-times-bridge.txt": ("Tessel Times", "2026-03-02T11:00:00Z", "Orsk bridge shut after cracks found",
                                "Velmar shut the Orsk bridge on Monday because inspectors found cracks in two "
                                "supports. Mayor Ilse Brandt said the bridge would stay closed for eight weeks."),
    "tessel-times-library.txt": ("Tessel Times", "2026-03-04T08:00:00Z", "Velmar opens a new harbour library",
                                 "A new public library opened in the Velmar harbour district on Wednesday. The "
                                 "librarian, Tomas Ried, said it holds twelve thousand books."),
}
LATE_ARTICLE = ("north-post-bridge.txt", ("North Post", "2026-03-03T07:00:00Z", "Orsk bridge repairs begin",
                                          "Repairs on the Orsk bridge in Velmar began on Tuesday, a day after the "
                                          "city closed it. Mayor Ilse Brandt said the work would take six weeks."))


def write_article(folder: Path, name: str, outlet: str, published: str, headline: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    front = f"---\nheadline: {headline}\noutlet: {outlet}\npublished: {published}\n---\n"
    (folder / name).write_text(front + body + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def compared_once(tmp_path_factory) -> Path:
    """A database after one full run over ARTICLES (built once, copied per test)."""
    folder = tmp_path_factory.mktemp("compared")
    for name, fields in ARTICLES.items():
        write_article(folder / "articles", name, *fields)
    summary = api.run([str(folder / "articles")], db=folder / "np.db")
    assert summary.comparison == api.COMPARED and summary.stories >= 2
    return folder


@pytest.fixture
def corpus(compared_once, tmp_path) -> tuple[Path, Path]:
    """(articles folder, database) of a fresh copy of the compared database."""
    shutil.copytree(compared_once / "articles", tmp_path / "articles")
    shutil.copy(compared_once / "np.db", tmp_path / "np.db")
    return tmp_path / "articles", tmp_path / "np.db"


@pytest.fixture
def comparisons(monkeypatch) -> list[int]:
    """Counts the comparisons computed (one entry per compare_corpus call)."""
    calls: list[int] = []
    real = newsprism.compare.compare_corpus

    def counted(articles, *args, **kwargs):
        calls.append(len(articles))
        return real(articles, *args, **kwargs)

    monkeypatch.setattr(newsprism.compare, "compare_corpus", counted)
    return calls


def comparison_rows(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as con:
        return {table: con.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid").fetchall()
                for table in COMPARISON_TABLES}


def stored_stamp(db: Path) -> str:
    with Store.open(db) as store:
        return store.comparison_stamp()


def current_stamp(db: Path, settings: Settings | None = None) -> str:
    with Store.open(db) as store:
        return api.comparison_stamp(store, settings or Settings())


def test_repeat_run_skips_the_comparison_and_leaves_its_rows(corpus, comparisons):
    articles, db = corpus
    before = comparison_rows(db)
    summary = api.run([str(articles)], db=db)
    assert summary.comparison == api.UP_TO_DATE and comparisons == []
    assert comparison_rows(db) == before and summary.stories == len(before["stories"])


def test_stamp_is_stored_with_the_results_and_names_the_current_inputs(corpus):
    _, db = corpus
    assert len(stored_stamp(db)) == 40 and stored_stamp(db) == current_stamp(db)


def test_new_article_triggers_the_comparison(corpus, comparisons):
    articles, db = corpus
    write_article(articles, LATE_ARTICLE[0], *LATE_ARTICLE[1])
    summary = api.run([str(articles)], db=db)
    assert summary.comparison == api.COMPARED and comparisons == [4]
    with Store.open(db) as store:
        compared = {a for story in store.stories() for a in story.article_ids}
        late = next(a.id for a in store.articles() if a.outlet == "North Post")
    assert late in compared and stored_stamp(db) == current_stamp(db)


def test_changed_article_metadata_triggers_the_comparison(corpus, comparisons):
    articles, db = corpus
    name, (_, published, headline, body) = "tessel-times-library.txt", ARTICLES["tessel-times-library.txt"]
    write_article(articles, name, "Tessel Evening Times", published, headline, body)  # same text: same article id
    assert api.run([str(articles)], db=db).comparison == api.COMPARED and comparisons == [3]
    with Store.open(db) as store:
        assert "Tessel Evening Times" in {profile.outlet for profile in store.outlet_profiles()}


def test_deleted_article_triggers_the_comparison(corpus, comparisons):
    articles, db = corpus
    with sqlite3.connect(db) as con:  # as if a user had removed it from the database
        con.execute("PRAGMA foreign_keys = ON")
        gone = con.execute("SELECT id FROM articles WHERE outlet = 'Harbor Gazette'").fetchone()[0]
        con.execute("DELETE FROM articles WHERE id = ?", (gone,))
    (articles / "harbor-gazette-bridge.txt").unlink()
    assert api.run([str(articles)], db=db).comparison == api.COMPARED and comparisons == [2]
    with Store.open(db) as store:
        assert all(gone not in story.article_ids for story in store.stories())
        assert sorted(len(story.article_ids) for story in store.stories()) == [1, 1]


def test_article_the_comparison_does_not_read_does_not_trigger_it(corpus, comparisons):
    articles, db = corpus
    with Store.open(db) as store:  # a language the model does not handle: neither analysed nor compared
        store.add_articles([Article(id="f" * 40, text="Die Orsk-Bruecke bleibt gesperrt.", language="de")])
    summary = api.run([str(articles)], db=db)
    assert summary.unsupported == 1 and summary.comparison == api.UP_TO_DATE and comparisons == []


def test_articles_leaving_the_compared_languages_trigger_the_comparison(corpus, comparisons):
    articles, db = corpus
    summary = api.run([str(articles)], db=db, settings=Settings(languages=("de",)))
    assert summary.comparison == api.COMPARED and comparisons == [0]


def test_changed_analysis_triggers_the_comparison(corpus, comparisons):
    articles, db = corpus
    with Store.open(db) as store:  # as if an older pipeline had found fewer claims in one article
        first = next(iter(store.articles())).id
        current = store.analysis(first)
        assert len(current.claims) >= 2
        store.save_analysis(dataclasses.replace(current, claims=current.claims[:1], pipeline="newsprism 0.0.1"))
    assert api.run([str(articles)], db=db).comparison == api.COMPARED and comparisons == [3]
    refreshed = api.run([str(articles)], db=db, reanalyse=True)
    assert refreshed.analysed == 1 and refreshed.comparison == api.COMPARED and comparisons == [3, 3]
    with Store.open(db) as store:
        assert store.analysis(first) == current
    assert api.run([str(articles)], db=db).comparison == api.UP_TO_DATE


def test_identical_analysis_saved_again_does_not_trigger_the_comparison(corpus, comparisons):
    articles, db = corpus
    with Store.open(db) as store:
        first = next(iter(store.articles())).id
        store.save_analysis(store.analysis(first), analyzed_at="2030-01-01T00:00:00+00:00")
    assert api.run([str(articles)], db=db).comparison == api.UP_TO_DATE and comparisons == []


def test_config_change_triggers_the_comparison(corpus, comparisons):
    articles, db = corpus
    stricter = Settings(compare={"story_threshold": 0.95})
    assert api.run([str(articles)], db=db, settings=stricter).comparison == api.COMPARED
    assert api.run([str(articles)], db=db, settings=stricter).comparison == api.UP_TO_DATE
    assert api.run([str(articles)], db=db).comparison == api.COMPARED and len(comparisons) == 2


def test_settings_the_comparison_does_not_read_do_not_change_the_stamp(corpus):
    _, db = corpus
    assert current_stamp(db, Settings(batch_size=3, n_process=2, db="other.db")) == current_stamp(db)


def test_recompare_forces_the_comparison(corpus, comparisons):
    articles, db = corpus
    before = comparison_rows(db)
    summary = api.run([str(articles)], db=db, recompare=True)
    assert summary.comparison == api.COMPARED and comparisons == [3]
    assert stored_stamp(db) == current_stamp(db)
    assert comparison_rows(db)["meta"] == before["meta"]


def test_changed_comparison_code_triggers_the_comparison(corpus, comparisons, monkeypatch):
    articles, db = corpus
    monkeypatch.setattr(comparison_stamp, "compare_fingerprint", lambda: "edited0000")
    assert api.run([str(articles)], db=db).comparison == api.COMPARED and comparisons == [3]
    assert api.run([str(articles)], db=db).comparison == api.UP_TO_DATE


def test_compare_fingerprint_covers_the_compare_package_and_its_models():
    root = Path(newsprism.compare.__file__).parent
    assert (root / "models" / "stance.npz").exists()  # the model the comparison loads
    assert len(comparison_stamp.compare_fingerprint()) == 10


def test_compare_reads_no_article_field_the_stamp_leaves_out():
    sources = [path.read_text(encoding="utf-8") for path in Path(newsprism.compare.__file__).parent.rglob("*.py")]
    for name in comparison_stamp.UNREAD_ARTICLE_FIELDS:
        assert not any(name in source for source in sources), f"compare/ reads {name}: put it in the stamp"


def test_articles_read_from_another_folder_do_not_trigger_the_comparison(corpus, comparisons, tmp_path):
    articles, db = corpus
    shutil.move(articles, tmp_path / "moved")
    assert api.run([str(tmp_path / "moved")], db=db).comparison == api.UP_TO_DATE and comparisons == []


def _raise_midway(*args, **kwargs):
    raise RuntimeError("interrupted")


@pytest.mark.parametrize("target", [
    (newsprism.compare.corpus, "headline_checks"),  # in the middle of compare_corpus
    (Store, "_insert_comparison"),  # in the middle of saving the results
])
def test_interrupted_comparison_leaves_no_current_stamp(corpus, monkeypatch, target):
    articles, db = corpus
    write_article(articles, LATE_ARTICLE[0], *LATE_ARTICLE[1])
    before = comparison_rows(db)
    with monkeypatch.context() as patch:
        patch.setattr(*target, _raise_midway)
        with pytest.raises(RuntimeError, match="interrupted"):
            api.run([str(articles)], db=db)
    assert comparison_rows(db) == before and stored_stamp(db) != current_stamp(db)
    assert api.run([str(articles)], db=db).comparison == api.COMPARED
    assert stored_stamp(db) == current_stamp(db)


def test_api_compare_returns_the_stored_comparison_when_current(corpus, comparisons):
    _, db = corpus
    with Store.open(db) as store:
        stored = api.compare(store, Settings())
        assert comparisons == [] and stored.stories == store.stories()
        assert stored.claim_links == store.claim_links() and stored.outlet_profiles == store.outlet_profiles()
        forced = api.compare(store, Settings(), force=True)
    assert comparisons == [3] and [s.id for s in forced.stories] == [s.id for s in stored.stories]


def test_comparison_saved_without_a_stamp_is_never_current(corpus, comparisons):
    articles, db = corpus
    with Store.open(db) as store:
        store.save_comparison(store.stories())  # e.g. a hand-made or demo comparison
        assert not api.comparison_is_current(store)
    assert api.run([str(articles)], db=db).comparison == api.COMPARED


def test_cli_run_says_the_comparison_is_up_to_date_and_recompare_redoes_it(corpus, comparisons):
    articles, db = corpus
    result = runner.invoke(app, ["run", str(articles), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "(comparison up to date)" in " ".join(result.output.split()) and comparisons == []
    result = runner.invoke(app, ["run", str(articles), "--db", str(db), "--recompare"])
    assert result.exit_code == 0, result.output
    assert "comparison up to date" not in " ".join(result.output.split()) and comparisons == [3]
