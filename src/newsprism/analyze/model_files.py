"""What a spaCy model is, read from its files without loading it: its meta and its enabled pipes.

Loading the model takes about half a second, and ``newsprism run`` only needs these to compute
the stamp of the current pipeline when there is nothing to analyse. The files are read the way
``spacy.load`` reads them (spacy.util.load_model): an installed package whose ``load()`` is
spaCy's standard ``load_model_from_init_py``, or a folder; anything else gives None, and the
caller loads the model instead.
"""

from __future__ import annotations

import configparser
import importlib.metadata
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path

_STANDARD_LOADER = "load_model_from_init_py(__file__"  # what `spacy package` writes in a package's load()
_REQUIRED_META = ("lang", "name", "version")  # spaCy refuses a meta.json without these


@dataclass(frozen=True)
class ModelFiles:
    """The parts of a model's description that the analysis stamp uses."""

    meta: dict
    pipe_names: tuple[str, ...]  # enabled pipes in order, as nlp.pipe_names lists them after loading


def model_files(model: str) -> ModelFiles | None:
    """The meta and enabled pipes ``spacy.load(model)`` would give, or None when they cannot be read for sure."""
    try:
        located = _package_dirs(model) if _is_package(model) else _folder_dirs(model)
        if located is None:
            return None
        meta_dir, data_dir = located
        meta = _read_meta(meta_dir)
        # spaCy reads the package's meta.json, then Language.from_disk updates it with the data folder's.
        if meta_dir != data_dir and (data_dir / "meta.json").is_file():
            meta.update(_read_json(data_dir / "meta.json"))
        return ModelFiles(meta, _enabled_pipes(data_dir / "config.cfg"))
    except (OSError, ValueError, KeyError, TypeError, configparser.Error):
        return None


def _is_package(model: str) -> bool:
    # spacy.util.is_package: any installed distribution of that name.
    try:
        importlib.metadata.distribution(model)
    except Exception:  # spaCy's own check catches everything here as well
        return False
    return True


def _package_dirs(model: str) -> tuple[Path, Path] | None:
    spec = importlib.util.find_spec(model)  # finds the package without running its __init__
    if spec is None or not spec.origin or not spec.origin.endswith("__init__.py"):
        return None
    package = Path(spec.origin).parent
    if _STANDARD_LOADER not in (package / "__init__.py").read_text(encoding="utf-8"):
        return None  # a custom load() may build any pipeline
    meta = _read_meta(package)
    return package, package / f"{meta['lang']}_{meta['name']}-{meta['version']}"


def _folder_dirs(model: str) -> tuple[Path, Path] | None:
    if model.startswith("blank:") or not Path(model).is_dir():
        return None
    return Path(model), Path(model)


def _read_meta(folder: Path) -> dict:
    meta = _read_json(folder / "meta.json")
    if not isinstance(meta, dict) or not all(meta.get(key) for key in _REQUIRED_META):
        raise ValueError(f"{folder / 'meta.json'} lacks one of {_REQUIRED_META}")
    return meta


def _read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def _enabled_pipes(config_path: Path) -> tuple[str, ...]:
    """[nlp] pipeline minus [nlp] disabled, from a model's config.cfg (values are JSON, as in thinc's configs)."""
    config = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    config.optionxform = str  # keys keep their case
    with open(config_path, encoding="utf-8") as handle:
        config.read_file(handle)
    section = config["nlp"]
    pipeline = json.loads(section["pipeline"])
    disabled = set(json.loads(section.get("disabled", "[]")))
    if not all(isinstance(name, str) for name in pipeline):
        raise ValueError(f"{config_path}: [nlp] pipeline is not a list of names")
    return tuple(name for name in pipeline if name not in disabled)
