"""The Python API: the functions the CLI, the web app and Ray call. They return plain records.

    >>> from newsprism import api
    >>> summary = api.run(["examples/articles"], db="newsprism.db")
    >>> summary.articles, summary.analysed, summary.stories
"""

from __future__ import annotations

import dataclasses
import importlib.util
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from .config import Settings
from .errors import ConfigError, IngestError
from .ingest.language import macrolanguage
from .records import Article, ArticleAnalysis, IngestFailure, Story

# Failure code for an article the configured model cannot analyse (the NP3xx model family).
UNSUPPORTED_LANGUAGE = "NP301"
UNDETERMINED_LANGUAGE = "und"  # too short or unclear to tell: analysed, as the model's language is likely

# on_progress(stage, done, total): lets a UI draw progress without the API knowing about it.
Progress = Callable[[str, int, Optional[int]], None]


def _no_progress(stage: str, done: int, total: Optional[int]) -> None:
    return None


@dataclass
class IngestSummary:
    """What one ingest pass did."""

    seen: int = 0  # articles read from the inputs (before de-duplication against the store)
    new: int = 0  # articles not in the database before
    failures: list[IngestFailure] = field(default_factory=list)


@dataclass
class RunSummary:
    """What ``run`` did, for printing and for tests."""

    db: str
    ingest: IngestSummary
    analysed: int = 0  # articles analysed in this run
    skipped: int = 0  # articles already analysed by an earlier (possibly interrupted) run
    articles: int = 0  # articles in the database
    stories: int = 0
    report: Optional[str] = None
    unsupported: int = 0  # articles left unanalysed because settings.languages lacks their language
    stale: int = 0  # analyses made by another pipeline (newsprism version, analysis code, model): --reanalyse
    comparison: str = ""  # COMPARED, UP_TO_DATE (its inputs had not changed), or "" without a compare layer


COMPARED = "compared"
UP_TO_DATE = "up to date"


def ingest(paths: Iterable[str], store, settings: Settings | None = None, outlet: Optional[str] = None,
           on_progress: Progress = _no_progress, stdin_format: str = "auto") -> IngestSummary:
    """Read files, folders, http(s) URLs and "-" (standard input, read as ``stdin_format``) into ``store``;
    bad inputs are recorded as failures and the rest go on."""
    from .ingest import ingest_paths

    settings = settings or Settings()
    summary = IngestSummary()
    batch: list[Article] = []
    for item in ingest_paths([str(p) for p in paths], settings, outlet=outlet, stdin_format=stdin_format):
        if isinstance(item, IngestFailure):
            summary.failures.append(item)
            store.add_failure(item)
        else:
            summary.seen += 1
            batch.append(item)
            if len(batch) >= 200:
                summary.new += store.add_articles(batch)
                batch.clear()
        on_progress("ingest", summary.seen + len(summary.failures), None)
    summary.new += store.add_articles(batch)
    return summary


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def analyze_pending(store, settings: Settings | None = None, on_progress: Progress = _no_progress,
                    engine: str = "local", ray_address: Optional[str] = None, reanalyse: bool = False) -> int:
    """Analyse every stored article that has no analysis yet; each is saved in its own transaction.

    With ``reanalyse``, articles analysed by another pipeline (see :func:`stale_count`) are
    analysed again too, each replacing its old analysis, so an interrupted refresh resumes.
    ``engine="ray"`` maps the analysis over Ray workers; the driver stays the single writer.
    Articles in a language outside ``settings.languages`` are not analysed: each gets one failure.
    """
    settings = settings or Settings()
    articles = store.pending_articles()
    if reanalyse:
        articles = chain(articles, store.articles_analysed_by_another_pipeline(current_stamp(settings)))
    pending, unsupported = split_by_language(articles, settings)
    for article in unsupported:
        store.add_failure(unsupported_failure(article, settings))
    if not pending:
        return 0
    done = 0
    on_progress("analyze", 0, len(pending))
    for chunk in _batches(pending, max(settings.batch_size, 1) * 4):
        for analysis in _analyses(chunk, settings, engine, ray_address):
            store.save_analysis(analysis)
            done += 1
            on_progress("analyze", done, len(pending))
    return done


def current_stamp(settings: Settings) -> str:
    """The stamp this configuration puts on its analyses, read from the model's files (loading it only if need be)."""
    from .analyze.pipeline import settings_stamp

    return settings_stamp(settings)


def stale_count(store, settings: Settings) -> int:
    """How many stored analyses another pipeline made: comparing them with new ones mixes two analyses."""
    return sum(1 for _ in store.articles_analysed_by_another_pipeline(current_stamp(settings)))


def analysable(article: Article, settings: Settings) -> bool:
    """True when the configured model handles the article's language (or it could not be told)."""
    return article.language == UNDETERMINED_LANGUAGE or macrolanguage(article.language) in {
        macrolanguage(code) for code in settings.languages}


def split_by_language(articles: Iterable[Article], settings: Settings) -> tuple[list[Article], list[Article]]:
    """(articles the model handles, articles in other languages), each in the given order."""
    handled: list[Article] = []
    others: list[Article] = []
    for article in articles:
        (handled if analysable(article, settings) else others).append(article)
    return handled, others


def unsupported_failure(article: Article, settings: Settings) -> IngestFailure:
    """The failure recorded for an article whose language the model does not handle."""
    handled = ", ".join(settings.languages) or "no language"
    reason = (f"article {article.id[:12]} is in {article.language!r}; the model handles {handled} "
              f"(set languages and model in newsprism.toml to analyse it)")
    return IngestFailure(path=article.source_path or article.id, reason=reason, code=UNSUPPORTED_LANGUAGE)


def _analyses(articles: list[Article], settings: Settings, engine: str, ray_address: Optional[str]) -> Iterator[ArticleAnalysis]:
    if engine == "ray":
        from .scale import analyze_with_ray

        return analyze_with_ray(articles, settings, address=ray_address)
    if engine != "local":
        raise ConfigError(f"unknown engine {engine!r}; use local or ray")
    from .analyze import analyze_articles
    from .analyze.pipeline import pipeline_for

    return analyze_articles(articles, settings, nlp=pipeline_for(settings))


def comparison_available() -> bool:
    """True once the compare layer is installed in this build."""
    return importlib.util.find_spec("newsprism.compare.stories") is not None


def comparison_stamp(store, settings: Settings) -> str:
    """The stamp of comparing the store's current articles, analyses and ``settings`` (see newsprism.comparison_stamp)."""
    from .comparison_stamp import comparison_stamp as stamp_of

    return stamp_of(store.comparison_inputs(), settings, lambda article: analysable(article, settings))


def comparison_is_current(store, settings: Settings | None = None) -> bool:
    """True when the stored comparison was computed from exactly the store's current inputs and ``settings``."""
    return comparison_stamp(store, settings or Settings()) == store.comparison_stamp()


def compare(store, settings: Settings | None = None, on_progress: Progress = _no_progress, force: bool = False):
    """Group stored articles (in the model's languages) into stories and compare them; saved and returned.

    When the stored comparison is current (see :func:`comparison_is_current`) it is returned as
    stored, unless ``force``.
    """
    from .compare import Comparison

    result = refresh_comparison(store, settings, on_progress, force)
    if result is not None:
        return result
    return Comparison(store.stories(), store.claim_links(), store.verdicts(), store.headline_checks(),
                      store.outlet_profiles())


def refresh_comparison(store, settings: Settings | None = None, on_progress: Progress = _no_progress,
                       force: bool = False):
    """Compare and save unless the stored comparison is current (and not ``force``); the new Comparison, or None."""
    settings = settings or Settings()
    # Stamped before the inputs are read: a writer adding an article meanwhile makes the stamp stale, never wrong.
    stamp = comparison_stamp(store, settings)
    if not force and stamp == store.comparison_stamp():
        return None
    return _compare_and_save(store, settings, stamp, on_progress)


def _compare_and_save(store, settings: Settings, stamp: str, on_progress: Progress):
    from .compare import compare_corpus

    # Articles in languages the model does not handle have no analysis to compare.
    articles = [article for article in store.articles() if analysable(article, settings)]
    analyses = {a.id: store.analysis(a.id) for a in articles}
    on_progress("compare", 0, len(articles))
    result = compare_corpus(articles, analyses, settings, previous=previous_stories(store, analyses))
    store.save_comparison(result.stories, result.claim_links, result.verdicts,
                          result.headline_checks, result.outlet_profiles, stamp=stamp)
    on_progress("compare", len(articles), len(articles))
    return result


def previous_stories(store, compared: Iterable[str]) -> list[Story]:
    """The stored stories restricted to the ``compared`` article ids; stories left with none are dropped.

    The comparison keeps a previous story's article ids whether or not they are passed in, so an
    id left in would come back: a deleted article's makes saving fail (story_articles only loses
    it when the deletion ran with foreign keys on), and an article no longer compared (its
    language left ``languages``) would sit in a story without links, verdicts or profile.
    """
    compared = set(compared)
    stories = []
    for story in store.stories():
        kept = tuple(a for a in story.article_ids if a in compared)
        if kept == story.article_ids:
            stories.append(story)
        elif kept:  # its dates may be those of the articles left out: recomputed from the kept ones
            stories.append(dataclasses.replace(story, article_ids=kept, first_published=None, last_published=None))
    return stories


def write_report(store, out: str | Path, story_id: Optional[str] = None) -> Path:
    """Write the HTML report for ``story_id`` (default: the largest story, else the whole corpus)."""
    from .present.report import write_corpus_report
    from .present.report import write_report as write_story_report

    out = Path(out)
    stories = list(store.stories())
    if story_id is None and stories:
        story_id = max(stories, key=lambda s: (len(s.article_ids), s.last_published or "")).id
    if story_id is None:
        write_corpus_report(store, out)
    else:
        write_story_report(store, story_id, out)
    return out


def run(paths: Iterable[str], db: str | Path | None = None, settings: Settings | None = None,
        outlet: Optional[str] = None, report: str | Path | None = None,
        on_progress: Progress = _no_progress, engine: str = "local", ray_address: Optional[str] = None,
        stdin_format: str = "auto", reanalyse: bool = False, recompare: bool = False) -> RunSummary:
    """Ingest, analyse and compare: the main job. Resumes where an interrupted run stopped.

    ``reanalyse`` also refreshes analyses made by another pipeline (an older newsprism, another
    model); without it they are kept and counted in ``RunSummary.stale``. The comparison is
    skipped when its inputs are those of the stored one (``RunSummary.comparison`` says which),
    unless ``recompare``.
    """
    from .store import Store

    settings = settings or Settings()
    db = str(db or settings.db)
    with Store.open(db) as store:
        ingested = ingest(paths, store, settings, outlet, on_progress, stdin_format)
        if ingested.seen == 0:
            reasons = "; ".join(f"{f.path}: {f.reason}" for f in ingested.failures[:3])
            raise IngestError(f"nothing was ingested{': ' + reasons if reasons else ''}")
        kept = len(store.analysed_ids()) - (stale_count(store, settings) if reanalyse else 0)
        analysed = analyze_pending(store, settings, on_progress, engine, ray_address, reanalyse)
        summary = RunSummary(db=db, ingest=ingested, analysed=analysed, skipped=kept)
        summary.unsupported = len(split_by_language(store.pending_articles(), settings)[1])
        summary.stale = stale_count(store, settings)
        if comparison_available():
            fresh = refresh_comparison(store, settings, on_progress, force=recompare)
            summary.comparison = UP_TO_DATE if fresh is None else COMPARED
        summary.articles = store.counts().get("articles", 0)
        summary.stories = len(list(store.stories()))
        if report:
            summary.report = str(write_report(store, report))
    return summary

