"""Articles in languages the model does not handle are not analysed: one failure each, end to end."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsprism import api
from newsprism.config import Settings, settings_from_mapping
from newsprism.ingest.article import make_article
from newsprism.store import Store

# Invented articles about the fictional town of Port Velmar.
ENGLISH = """---
headline: Port Velmar ferry line to open in spring
outlet: Velmar Post
---
The harbour authority of Port Velmar said on Tuesday that the new ferry line would open in the spring.

"We are ready for the first crossings," said Lena Marsh, the authority's director, adding that the
delays had been caused by a shortage of steel for the new quay.
"""
SPANISH = """---
headline: La línea de ferri de Puerto Velmar abrirá en primavera
outlet: Diario de Velmar
---
El alcalde de Puerto Velmar anunció el martes que la nueva línea de ferri abrirá en primavera, tras meses
de retrasos que enfadaron a los comerciantes del puerto.

"Estamos listos para los primeros viajes", dijo la directora de la autoridad portuaria, que explicó que
los retrasos se debieron a la falta de acero para el nuevo muelle.
"""


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "velmar-post.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "diario-velmar.txt").write_text(SPANISH, encoding="utf-8")
    return folder


def _by_language(db: Path) -> dict[str, str]:
    with Store.open(db) as store:
        return {article.language: article.id for article in store.articles()}


def test_language_skip_spanish_gets_one_failure_no_analysis_and_no_story(corpus, tmp_path):
    db = tmp_path / "np.db"
    first = api.run([str(corpus)], db=db)
    ids = _by_language(db)
    with Store.open(db) as store:
        analysed = store.analysed_ids()
        failures = [f for f in store.failures() if f.code == api.UNSUPPORTED_LANGUAGE]
        stories = store.stories()
    assert sorted(ids) == ["en", "es"]
    assert (first.analysed, first.unsupported) == (1, 1)
    assert analysed == {ids["en"]}
    assert [story.article_ids for story in stories] == [(ids["en"],)]
    assert len(failures) == 1
    assert failures[0].path.endswith("diario-velmar.txt")
    assert "'es'" in failures[0].reason and ids["es"][:12] in failures[0].reason
    assert "languages" in failures[0].reason and "newsprism.toml" in failures[0].reason


def test_language_skip_running_again_adds_no_failure_and_counts_nothing_as_analysed(corpus, tmp_path):
    db = tmp_path / "np.db"
    api.run([str(corpus)], db=db)
    second = api.run([str(corpus)], db=db)
    with Store.open(db) as store:
        failures = [f for f in store.failures() if f.code == api.UNSUPPORTED_LANGUAGE]
        analysed = store.analysed_ids()
    assert (second.analysed, second.skipped, second.unsupported) == (0, 1, 1)
    assert len(failures) == 1
    assert analysed == {_by_language(db)["en"]}


def test_language_skip_a_configured_language_is_analysed(corpus, tmp_path):
    db = tmp_path / "np.db"
    summary = api.run([str(corpus)], db=db, settings=Settings(languages=("en", "es")))
    with Store.open(db) as store:
        assert store.analysed_ids() == set(_by_language(db).values())
        assert not [f for f in store.failures() if f.code == api.UNSUPPORTED_LANGUAGE]
    assert (summary.analysed, summary.unsupported) == (2, 0)


def test_language_skip_keeps_undetermined_and_handled_languages():
    english = make_article("The harbour authority of Port Velmar said the ferry would sail on Monday.")
    undetermined = make_article("Port Velmar, 12 May.")
    spanish = make_article("El alcalde de Puerto Velmar dijo que el ferri saldrá el lunes por la mañana.")
    assert (english.language, undetermined.language, spanish.language) == ("en", "und", "es")
    handled, others = api.split_by_language([english, undetermined, spanish], Settings())
    assert handled == [english, undetermined]
    assert others == [spanish]


def test_language_skip_failure_names_the_article_when_it_has_no_path():
    spanish = make_article("El alcalde de Puerto Velmar dijo que el ferri saldrá el lunes por la mañana.")
    failure = api.unsupported_failure(spanish, Settings(languages=("en", "de")))
    assert failure.path == spanish.id
    assert failure.code.startswith("NP3")
    assert "'es'" in failure.reason and "en, de" in failure.reason


def test_language_skip_languages_setting_reads_from_toml_lists():
    assert settings_from_mapping({"languages": ["en", "fr"]}).languages == ("en", "fr")


@pytest.mark.parametrize("declared, configured, handled", [("nb", "no", True), ("nn", "no", True), ("no", "nb", True),
                                                           ("da", "no", False), ("NB", "no", True)])
def test_language_skip_norwegian_variants_match_norwegian(declared, configured, handled):
    article = dataclasses.replace(make_article("Havnesjefen sa at fergen ville gå på mandag."), language=declared)
    assert api.analysable(article, Settings(languages=(configured,))) is handled
