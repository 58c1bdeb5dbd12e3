"""One exception family for everything a user can get wrong.

Each error carries a short code (like spaCy's E-codes) and, where there is one, the file
it concerns. The CLI prints ``path: [code] message`` on one line and never a traceback.
"""

from __future__ import annotations


class NewsprismError(Exception):
    """Base class: a problem the user can act on."""

    code = "NP000"

    def __init__(self, message: str, path: str = "", code: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path else ""
        if code:
            self.code = code

    def line(self) -> str:
        """The one-line form shown to users."""
        where = f"{self.path}: " if self.path else ""
        return f"{where}[{self.code}] {self.message}"


class IngestError(NewsprismError):
    """An input file or record could not become an article."""

    code = "NP100"


class ConfigError(NewsprismError):
    """The configuration file or an option is invalid."""

    code = "NP200"


class ModelError(NewsprismError):
    """A model could not be loaded."""

    code = "NP300"


class StoreError(NewsprismError):
    """The database could not be opened, migrated or written."""

    code = "NP400"


class NotFoundError(NewsprismError):
    """A requested article, story, entity or outlet does not exist."""

    code = "NP404"


class EvalError(NewsprismError):
    """Gold data for an evaluation is missing or malformed."""

    code = "NP500"


class FetchError(NewsprismError):
    """A URL could not be fetched, or was refused for safety."""

    code = "NP600"
