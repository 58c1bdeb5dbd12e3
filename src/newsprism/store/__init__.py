"""The store stage: one SQLite database (versioned migrations, a single writer, FTS5) and exports."""

from .db import Store
from .search import SearchHit

__all__ = ["Store", "SearchHit"]
