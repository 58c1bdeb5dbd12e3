"""Front matter: a leading block of ``key: value`` lines between ``---`` fences (a YAML subset)."""

from __future__ import annotations

import re

from ..errors import IngestError
from . import codes

FENCE = "---"
_CLOSING_FENCES = ("---", "...")
_KEY_VALUE = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:(?:\s+(.*)|\s*)$")


def split_front_matter(text: str, path: str = "") -> tuple[dict[str, str], str]:
    """The front-matter keys (lower-cased) and the rest of the text; ``({}, text)`` when there is none."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != FENCE:
        return {}, text
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip() in _CLOSING_FENCES:
            return parse_fields(lines[1:index], path), "\n".join(lines[index + 1:])
    raise IngestError("front matter starts with '---' but has no closing '---' line", path=path, code=codes.BAD_FRONT_MATTER)


def parse_fields(lines: list[str], path: str = "") -> dict[str, str]:
    """``key: value`` pairs; comments, blank lines and indented (nested YAML) lines are ignored."""
    fields: dict[str, str] = {}
    for number, line in enumerate(lines, start=2):
        if not line.strip() or line.lstrip().startswith("#") or line[:1] in (" ", "\t", "-"):
            continue
        match = _KEY_VALUE.match(line.rstrip())
        if not match:
            reason = f"front matter line {number} is not 'key: value': {line.strip()[:60]!r}"
            raise IngestError(reason, path=path, code=codes.BAD_FRONT_MATTER)
        fields[match.group(1).lower()] = _unquote((match.group(2) or "").strip())
    return fields


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
