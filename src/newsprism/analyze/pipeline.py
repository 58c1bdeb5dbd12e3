"""The per-article analysis: one spaCy pipeline per process plus newsprism's own components.

Components are registered by name in their own modules (``@Language.component``) and
added after the model's own pipes in the order given by ``Settings.components``. Each
component writes its records to a Doc extension; :func:`analysis_from_doc` collects them.
"""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc

from .. import __version__, records
from ..config import Settings
from ..errors import ModelError
from ..fingerprint import folder_digest
from ..records import Article, ArticleAnalysis, Span
from .model_files import model_files

# Doc extensions: the contract between components and the analysis record.
DOC_EXTENSIONS = {
    "np_article_id": "",
    "np_body_start": 0,  # offset where the body starts; before it is the headline
    "np_entities": None,  # list[Entity], set by newsprism_entities
    "np_statements": None,  # list[Statement], set by newsprism_attribution
    "np_claims": None,  # list[Claim], set by newsprism_claims
    "np_events": None,  # list[Event], set by newsprism_events
}

# Where each registered component lives; importing the module registers the factory.
COMPONENT_MODULES = {
    "newsprism_paragraphs": "newsprism.analyze.paragraphs",
    "newsprism_entities": "newsprism.analyze.entities",
    "newsprism_attribution": "newsprism.analyze.attribution",
    "newsprism_claims": "newsprism.analyze.claims",
    "newsprism_events": "newsprism.analyze.events",
}
# Components that must run before the parser (they set sentence starts).
BEFORE_PARSER = {"newsprism_paragraphs"}


def register_extensions() -> None:
    """Declare the Doc extensions, and how records cross processes, once per process."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if "newsprism_records" not in srsly.msgpack_encoders.get_all():
        srsly.msgpack_encoders.register("newsprism_records", func=_encode_record)
        srsly.msgpack_decoders.register("newsprism_records", func=_decode_record)


# nlp.pipe(n_process>1) sends Docs between processes as msgpack; records on Doc extensions
# must survive that trip, so they travel as tagged dicts.
_RECORD_TYPES = {cls.__name__: cls for cls in vars(records).values()
                 if isinstance(cls, type) and dataclasses.is_dataclass(cls)}


def _encode_record(obj, chain=None):
    if dataclasses.is_dataclass(obj) and type(obj).__name__ in _RECORD_TYPES:
        return {"__np_record__": type(obj).__name__, "data": records.to_dict(obj)}
    return obj if chain is None else chain(obj)


def _decode_record(obj, chain=None):
    if isinstance(obj, dict) and "__np_record__" in obj:
        return records.from_dict(_RECORD_TYPES[obj["__np_record__"]], obj["data"])
    return obj if chain is None else chain(obj)


def _add_component(nlp: Language, name: str, config: dict | None = None) -> bool:
    """Import and add one component; False when its module is not available."""
    module = COMPONENT_MODULES.get(name)
    if module is None:
        raise ModelError(f"unknown pipeline component {name!r}")
    try:
        importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name == module:  # the layer is not built yet: run without it
            return False
        raise
    if name in BEFORE_PARSER and "parser" in nlp.pipe_names:
        nlp.add_pipe(name, before="parser", config=config or {})
    else:
        nlp.add_pipe(name, config=config or {})
    return True


def load_pipeline(model: str = Settings.model, components: tuple[str, ...] = Settings.components,
                  cue_model: str = Settings.cue_model) -> Language:
    """The spaCy model ``model`` with newsprism's components; loaded once per process.

    ``cue_model`` configures ``newsprism_attribution``: "builtin", "" (rules only) or a JSON file.
    """
    # One cache key however the arguments are spelled: load_pipeline() and
    # load_pipeline(*defaults) must not load the model twice.
    return _cached_pipeline(model, tuple(components), cue_model)


@lru_cache(maxsize=4)
def _cached_pipeline(model: str, components: tuple[str, ...], cue_model: str) -> Language:
    register_extensions()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(f"cannot load spaCy model {model!r}: is its package installed?") from exc
    configs = {"newsprism_attribution": {"cue_model": cue_model}}
    for name in components:
        _add_component(nlp, name, configs.get(name))
    return nlp


def pipeline_for(settings: Settings) -> Language:
    """The pipeline that ``settings`` describes."""
    return load_pipeline(settings.model, tuple(settings.components), settings.cue_model)


def pipeline_stamp(nlp: Language) -> str:
    """What produced an analysis, stored with it: newsprism's version and analysis code, the model, the components.

    Two analyses with different stamps may disagree for no reason in the articles, so
    ``newsprism run --reanalyse`` refreshes every analysis whose stamp is not the current one.
    """
    cue = getattr(nlp.get_pipe("newsprism_attribution"), "cue_model", "") if "newsprism_attribution" in nlp.pipe_names else ""
    return _stamp(nlp.meta, nlp.pipe_names, cue)


def settings_stamp(settings: Settings) -> str:
    """``pipeline_stamp(pipeline_for(settings))``, read from the model's files when it can be, without loading it."""
    files = model_files(settings.model)
    components = tuple(settings.components)
    if files is None or len(set(components)) != len(components) or not set(components) <= set(COMPONENT_MODULES):
        return pipeline_stamp(pipeline_for(settings))  # load_pipeline raises the error these settings deserve
    return _stamp(files.meta, _pipe_names_after_adding(files.pipe_names, components), settings.cue_model)


def _stamp(meta: dict, pipe_names: Iterable[str], cue_model: str) -> str:
    pipe_names = list(pipe_names)
    parts = [f"newsprism {__version__} (analysis {analysis_fingerprint()})",
             f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}",
             ",".join(p for p in pipe_names if p.startswith("newsprism_"))]
    if cue_model != "builtin" and "newsprism_attribution" in pipe_names:
        parts.append(f"cue model {cue_model or 'none'}")
    return "; ".join(parts)


def _pipe_names_after_adding(model_pipes: tuple[str, ...], components: tuple[str, ...]) -> list[str]:
    # What _add_component does to nlp.pipe_names: a missing module is skipped, BEFORE_PARSER goes before the parser.
    names = list(model_pipes)
    for name in components:
        if importlib.util.find_spec(COMPONENT_MODULES[name]) is None:
            continue
        if name in BEFORE_PARSER and "parser" in names:
            names.insert(names.index("parser"), name)
        else:
            names.append(name)
    return names


@lru_cache(maxsize=1)
def analysis_fingerprint() -> str:
    """A short hash of the analysis code and its data files: it changes whenever what they compute may."""
    return folder_digest(Path(__file__).resolve().parent).hexdigest()[:10]


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenised Doc carrying the article's id and body offset for the components."""
    doc = nlp.make_doc(article.text)
    doc._.np_article_id = article.id
    doc._.np_body_start = article.body_start
    return doc


def analysis_from_doc(doc: Doc, stamp: str = "") -> ArticleAnalysis:
    """Collect the records the components left on ``doc``."""
    text = doc.text  # spaCy rebuilds doc.text from every token on each access: read it once
    sentences = tuple(Span.of(text, s.start_char, s.end_char) for s in doc.sents) if doc.has_annotation("SENT_START") else ()
    return ArticleAnalysis(
        article_id=doc._.np_article_id,
        entities=tuple(doc._.np_entities or ()),
        statements=tuple(doc._.np_statements or ()),
        claims=tuple(doc._.np_claims or ()),
        events=tuple(doc._.np_events or ()),
        sentences=sentences,
        pipeline=stamp,
    )


def analyze_articles(
    articles: Iterable[Article], settings: Settings | None = None, nlp: Language | None = None
) -> Iterator[ArticleAnalysis]:
    """Analyse articles in batches with ``nlp.pipe``; yields one analysis per article, in order."""
    settings = settings or Settings()
    nlp = nlp or pipeline_for(settings)
    stamp = pipeline_stamp(nlp)
    docs = (make_doc(nlp, article) for article in articles)
    for doc in nlp.pipe(docs, batch_size=settings.batch_size, n_process=settings.n_process):
        yield analysis_from_doc(doc, stamp)


def analyze_text(text: str, headline: str = "", settings: Settings | None = None) -> ArticleAnalysis:
    """Analyse one text (a convenience for the API and tests)."""
    from ..ingest import make_article

    return next(analyze_articles([make_article(text, headline=headline)], settings))
