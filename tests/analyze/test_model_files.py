"""The analysis stamp read from the model's files equals the stamp of the loaded pipeline."""

from __future__ import annotations

import json

import pytest
import spacy

from newsprism.analyze.model_files import model_files
from newsprism.analyze.pipeline import load_pipeline, pipeline_stamp, settings_stamp
from newsprism.config import Settings
from newsprism.errors import ModelError


def test_model_files_default_settings_stamp_equals_loaded_pipeline_stamp(nlp):
    assert settings_stamp(Settings()) == pipeline_stamp(nlp)


def test_model_files_rules_only_cue_model_stamp_equals_loaded_pipeline_stamp():
    rules = Settings(cue_model="")
    assert model_files(rules.model) is not None  # the stamp is read from files, not from a loaded fallback
    assert settings_stamp(rules) == pipeline_stamp(load_pipeline(cue_model=""))
    assert settings_stamp(rules).endswith("cue model none")


def test_model_files_component_order_follows_the_parser_rule():
    # newsprism_paragraphs goes before the parser wherever it is listed, so it comes first.
    settings = Settings(components=("newsprism_entities", "newsprism_paragraphs"))
    loaded = pipeline_stamp(load_pipeline(settings.model, settings.components))
    assert model_files(settings.model) is not None and settings_stamp(settings) == loaded
    assert "; newsprism_paragraphs,newsprism_entities" in loaded


def test_model_files_package_meta_and_enabled_pipes(nlp):
    files = model_files(Settings.model)
    assert files is not None
    assert (files.meta["lang"], files.meta["name"], files.meta["version"]) == (nlp.meta["lang"], nlp.meta["name"], nlp.meta["version"])
    assert files.pipe_names == tuple(p for p in nlp.pipe_names if not p.startswith("newsprism_"))


def _saved_pipeline(folder, version: str):
    # A small model folder as `nlp.to_disk` writes it: meta.json, config.cfg, one disabled pipe.
    blank = spacy.blank("en")
    blank.meta.update({"name": "harbour_test", "version": version})
    blank.add_pipe("sentencizer")
    blank.add_pipe("entity_ruler")
    blank.disable_pipe("entity_ruler")
    blank.to_disk(folder)
    return folder


def test_model_files_model_folder_stamp_equals_loaded_pipeline_stamp(tmp_path):
    folder = _saved_pipeline(tmp_path / "harbour-model", "1.2.3")
    settings = Settings(model=str(folder), components=("newsprism_paragraphs", "newsprism_entities"))
    files = model_files(settings.model)
    assert files.pipe_names == ("sentencizer",)
    loaded = pipeline_stamp(load_pipeline(settings.model, settings.components))
    assert settings_stamp(settings) == loaded and "en_harbour_test 1.2.3" in loaded


def _installed_package(site, name: str, data_version: str):
    # An installed model package as `spacy package` lays it out: dist-info, __init__.py with the standard
    # load(), meta.json, and the data folder named after that meta (whose own meta.json may differ).
    package = site / name
    package.mkdir()
    data = _saved_pipeline(package / "en_harbour_test-1.0.0", data_version)
    (package / "meta.json").write_text(json.dumps({"lang": "en", "name": "harbour_test", "version": "1.0.0"}))
    (package / "__init__.py").write_text(
        "from spacy.util import load_model_from_init_py\n\n\n"
        "def load(**overrides):\n    return load_model_from_init_py(__file__, **overrides)\n")
    info = site / f"{name}-1.0.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0.0\n")
    return data


def test_model_files_installed_package_data_meta_wins_as_in_spacy(tmp_path, monkeypatch):
    _installed_package(tmp_path, "harbour_pkg_model", data_version="1.0.1")
    monkeypatch.syspath_prepend(str(tmp_path))
    settings = Settings(model="harbour_pkg_model", components=("newsprism_paragraphs",))
    assert model_files(settings.model).meta["version"] == "1.0.1"
    loaded = pipeline_stamp(load_pipeline(settings.model, settings.components))
    assert settings_stamp(settings) == loaded and "en_harbour_test 1.0.1" in loaded


@pytest.mark.parametrize("model", ["blank:en", "no_such_model_package_xyz"])
def test_model_files_unreadable_models_give_none(model):
    assert model_files(model) is None


def test_model_files_missing_model_still_raises_model_error():
    with pytest.raises(ModelError, match="no_such_model_package_xyz"):
        settings_stamp(Settings(model="no_such_model_package_xyz"))


def test_model_files_folder_without_config_gives_none(tmp_path):
    (tmp_path / "meta.json").write_text(json.dumps({"lang": "en", "name": "x", "version": "1"}))
    assert model_files(str(tmp_path)) is None
