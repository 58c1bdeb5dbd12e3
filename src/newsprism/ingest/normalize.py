"""Text normalisation and content ids: the rule every article's text and id come from."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Unicode category Zs (space separators) minus the plain space, plus the tab.
_SPACE_SEPARATORS = "\t\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
# Rare line separators other than \r: turned into \n so "a line" means the same everywhere.
_LINE_SEPARATORS = "\x0b\x0c\x85\u2028\u2029"
_TRANSLATION = {ord(c): " " for c in _SPACE_SEPARATORS} | {ord(c): "\n" for c in _LINE_SEPARATORS}
_BLANK_RUN = re.compile(r"\n{3,}")
# normalise_text leaves no spaces before a line break, so only the ones after need matching.
_LINE_BREAK = re.compile(r"\n+ *")


def normalise_text(text: str) -> str:
    """NFC, \\n line ends, plain spaces, no trailing spaces, at most one blank line in a row, stripped."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TRANSLATION)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_RUN.sub("\n\n", text).strip()


def normalise_line(text: str) -> str:
    """normalise_text, then line breaks (and the spaces around them) become one space."""
    return _LINE_BREAK.sub(" ", normalise_text(text))


def article_id(text: str) -> str:
    """The first 16 hex characters of the SHA-256 of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]
