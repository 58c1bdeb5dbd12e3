"""Walking paths and URLs (and "-" for standard input), dispatching each file to its reader, deduplicating, counting."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..config import Settings
from ..errors import NewsprismError
from ..records import Article, IngestFailure
from . import codes
from .decode import read_limited
from .feeds import looks_like_feed, read_feed_file
from .fetch import fetch_url
from .outcomes import Outcome, Skipped, failure, failure_from
from .readers import read_html_file, read_jsonl_file, read_text_file
from .stdin import STDIN, STDIN_NAME, StdinData, StdinSource, stdin_outcomes, stdin_source

Reader = Callable[[Path, Settings, "str | None"], Iterable[Outcome]]
READERS: dict[str, Reader] = {
    ".html": read_html_file, ".htm": read_html_file,
    ".txt": read_text_file, ".md": read_text_file, ".markdown": read_text_file,
    ".jsonl": read_jsonl_file, ".ndjson": read_jsonl_file,
    ".xml": read_feed_file, ".rss": read_feed_file, ".atom": read_feed_file,
}
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


@dataclass
class IngestStats:
    """Counts for one ingest run."""

    files: int = 0  # files handed to a reader (URLs and standard input included)
    articles: int = 0  # new articles yielded
    failures: int = 0  # IngestFailure records yielded
    duplicates: int = 0  # articles whose id was already seen in this run (not yielded)
    skipped_entries: int = 0  # feed entries with only a summary (not full content)
    skipped_files: int = 0  # hidden files and unknown extensions met while walking folders


class Ingestor:
    """One ingest run: ``ingest(paths)`` yields articles and failures; ``stats`` counts them.

    ``stdin`` is what the path "-" reads (default: the process's standard input, format detected).
    """

    def __init__(self, settings: Settings | None = None, outlet: str | None = None, stdin: StdinSource | None = None):
        self.settings = settings or Settings()
        self.outlet = outlet or None
        self.stats = IngestStats()
        self.stdin = stdin or stdin_source()
        self._seen: set[str] = set()
        self._stdin_read = False

    def ingest(self, paths: Iterable[str | os.PathLike]) -> Iterator[Article | IngestFailure]:
        """Articles (deduplicated by id) and failures from files, folders, http(s) URLs and "-" (stdin)."""
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]  # one path, not an iterable of characters
        for target in paths:
            for outcome in self._outcomes(str(target)):
                if self._keep(outcome):
                    yield outcome

    def _outcomes(self, target: str) -> Iterator[Outcome]:
        if target == STDIN:
            yield from self._read_stdin()
            return
        if _URL.match(target):
            self.stats.files += 1
            yield self._fetch(target)
            return
        path = Path(target)
        if path.is_dir():
            yield from self._walk(path)
        else:
            yield from self._read(path, explicit=True)

    def _fetch(self, url: str) -> Outcome:
        try:
            return fetch_url(url, self.settings)
        except NewsprismError as exc:
            return failure_from(exc, url)

    def _read_stdin(self) -> Iterator[Outcome]:
        if self._stdin_read:
            return  # a stream can be read once: "-" given twice means the same input
        self._stdin_read = True
        self.stats.files += 1
        try:
            yield from stdin_outcomes(self.stdin, self.settings, self.outlet)
        except NewsprismError as exc:
            yield failure_from(exc, STDIN_NAME)

    def _walk(self, folder: Path) -> Iterator[Outcome]:
        problems: list[OSError] = []
        for root, dirs, files in os.walk(folder, onerror=problems.append):
            dirs[:] = sorted(name for name in dirs if not name.startswith("."))
            yield from _folder_failures(problems, folder)
            for name in sorted(files):
                yield from self._read(Path(root) / name, explicit=False)
        yield from _folder_failures(problems, folder)

    def _read(self, path: Path, explicit: bool) -> Iterator[Outcome]:
        reader = self._reader_for(path, explicit)
        if reader is None:
            if explicit:
                yield self._unsupported(path)
            else:
                self.stats.skipped_files += 1
            return
        self.stats.files += 1
        try:
            yield from reader(path, self.settings, self.outlet)
        except NewsprismError as exc:
            yield failure_from(exc, str(path))

    def _reader_for(self, path: Path, explicit: bool) -> Reader | None:
        if not explicit and path.name.startswith("."):
            return None
        reader = READERS.get(path.suffix.lower())
        if reader is None and explicit and path.is_file() and _is_feed_file(path, self.settings):
            return read_feed_file
        return reader

    def _unsupported(self, path: Path) -> Outcome:
        if not path.exists():
            return failure(str(path), "no such file or folder", codes.MISSING)
        known = ", ".join(sorted(READERS))
        return failure(str(path), f"unsupported file type {path.suffix or '(no extension)'!r}; ingest reads {known}", codes.UNSUPPORTED)

    def _keep(self, outcome: Outcome) -> bool:
        if isinstance(outcome, Skipped):
            self.stats.skipped_entries += 1
            return False
        if isinstance(outcome, IngestFailure):
            self.stats.failures += 1
            return True
        if outcome.id in self._seen:
            self.stats.duplicates += 1
            return False
        self._seen.add(outcome.id)
        self.stats.articles += 1
        return True


def _folder_failures(problems: list[OSError], folder: Path) -> Iterator[Outcome]:
    while problems:
        error = problems.pop(0)
        yield failure(error.filename or str(folder), f"cannot read the folder: {error.strerror}", codes.UNREADABLE)


def _is_feed_file(path: Path, settings: Settings) -> bool:
    # Sniff an explicitly named file of unknown type: a feed saved without .xml still ingests.
    try:
        return looks_like_feed(read_limited(path, settings.max_bytes))
    except NewsprismError:
        return False


def ingest_paths(
    paths: Iterable[str | os.PathLike], settings: Settings | None = None, outlet: str | None = None,
    stats: IngestStats | None = None, stdin: StdinData = None, stdin_format: str | None = None,
) -> Iterator[Article | IngestFailure]:
    """Articles and failures from paths (files, folders, http(s) URLs, "-"); pass ``stats`` to get the counts.

    "-" reads ``stdin`` (bytes or a binary stream; default ``sys.stdin.buffer``) as ``stdin_format``
    (auto, html, text, markdown, jsonl or rss; default auto).
    """
    ingestor = Ingestor(settings, outlet, stdin_source(stdin, stdin_format))
    if stats is not None:
        ingestor.stats = stats
    return ingestor.ingest(paths)
