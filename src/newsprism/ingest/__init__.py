"""Ingest: files, folders, JSONL, RSS/Atom and (when asked) URLs become normalised Articles.

``ingest_paths`` never raises for bad input: every problem becomes an IngestFailure with a code
from :data:`FAILURE_CODES`, and articles are deduplicated by content id within a run.
"""

from .article import clean_byline, make_article
from .codes import FAILURE_CODES
from .feeds import FULL_CONTENT_MIN_CHARS, html_to_text
from .fetch import check_url, fetch_url, is_public_address
from .frontmatter import split_front_matter
from .ingestor import READERS, IngestStats, Ingestor, ingest_paths
from .normalize import article_id, normalise_line, normalise_text

__all__ = [
    "FAILURE_CODES", "FULL_CONTENT_MIN_CHARS", "READERS", "IngestStats", "Ingestor", "article_id",
    "check_url", "clean_byline", "fetch_url", "html_to_text", "ingest_paths", "is_public_address",
    "make_article", "normalise_line", "normalise_text", "split_front_matter",
]
