"""Bounding the work on a feed with more entries than ``settings.max_feed_entries``.

feedparser spends tens of microseconds on every entry however small it is, so a 5 MB feed of
tiny entries took seconds to parse before the surplus entries could be dropped. The feed bytes
are cut instead just before the first entry over the cap, and the elements still open there are
closed, so feedparser reads a well-formed feed holding exactly the entries that are kept.
"""

from __future__ import annotations

import itertools
import re
import xml.parsers.expat
from dataclasses import dataclass

from feedparser.mixin import _FeedParserMixin

# Any start tag named item or entry, with or without a prefix, in any case, outside CDATA sections
# and comments (matched whole, to the end of the feed when unclosed, so that each byte is read once).
# Over the whole feed it counts at least its entries, so a feed with no more of these tags than the
# cap needs no further look.
_ENTRY_TAG = re.compile(
    rb"<!\[CDATA\[.*?(?:\]\]>|\Z)|<!--.*?(?:-->|\Z)|<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s/>]",
    re.IGNORECASE | re.DOTALL,
)
# feedparser reads <item>/<entry> (in any case) as an entry when it has no prefix, or when its
# namespace maps to no prefix in feedparser's own table (RSS 0.9x/1.0/2.0 and Atom; compared in lower case).
_ENTRY_NAMESPACES = frozenset(uri.lower() for uri, prefix in _FeedParserMixin.namespaces.items() if not prefix)
_NAME_SEPARATOR = "\x1f"  # cannot occur in an XML name or namespace URI


@dataclass(frozen=True)
class FeedCut:
    """A feed cut before its first entry over the cap, and how many entry tags the whole feed has."""

    data: bytes
    entry_tags: int  # an upper bound on the entries of the uncut feed


def cut_after_entries(data: bytes, cap: int) -> FeedCut | None:
    """``data`` cut before its (cap + 1)-th entry and closed; None when it has no more than ``cap`` entries."""
    tags = (match for match in _ENTRY_TAG.finditer(data) if match[0][1:2] != b"!")
    first_over = next(itertools.islice(tags, cap, None), None)
    if first_over is None:
        return None
    entry_tags = cap + 1 + sum(1 for _ in tags)
    try:
        found = _entry_start(data, cap + 1)
    except (xml.parsers.expat.ExpatError, _EntityDeclared):
        found = (-1, [])
    if found is None:
        return None  # some of the tags were in CDATA or comments: the feed is within the cap
    offset, open_names = found
    if offset < 0:
        # Malformed XML or an inline DTD: feedparser's lenient parser reads it without closing tags.
        return FeedCut(data[:first_over.start()], entry_tags)
    return FeedCut(data[:offset] + _closing_tags(open_names), entry_tags)


def _closing_tags(open_names: list[str]) -> bytes:
    closing = "".join(f"</{name}>" for name in reversed(open_names))
    try:
        return closing.encode("ascii")  # the tags are appended to bytes in the feed's own encoding
    except UnicodeEncodeError:
        return b""  # left open: feedparser's lenient parser then reads the entries before the cut


def _entry_start(data: bytes, number: int) -> tuple[int, list[str]] | None:
    """The byte offset of the ``number``-th entry's start tag and the elements open there, or None."""
    scan = _EntryScan(number)
    parser = xml.parsers.expat.ParserCreate(namespace_separator=_NAME_SEPARATOR)
    parser.namespace_prefixes = True
    parser.StartElementHandler = scan.start
    parser.EndElementHandler = scan.end
    parser.EntityDeclHandler = _refuse_entity  # entities are never expanded here (billion laughs)
    scan.parser = parser
    try:
        parser.Parse(data, True)
    except _EntryFound:
        return scan.offset, scan.open_names
    return None


class _EntryFound(Exception):
    """Stops the scan at the wanted entry."""


class _EntityDeclared(Exception):
    """Stops the scan at an entity declaration."""


def _refuse_entity(*_declaration) -> None:
    raise _EntityDeclared


class _EntryScan:
    """Expat handlers counting top-level entries and keeping the qualified names of open elements."""

    def __init__(self, wanted: int):
        self.wanted = wanted
        self.entries = 0
        self.open_names: list[str] = []
        self.entry_level = 0  # depth of the open entry; 0 outside entries (an entry inside one is not counted)
        self.parser = None
        self.offset = -1

    def start(self, name: str, _attributes) -> None:
        uri, local, qualified = _split_name(name)
        if not self.entry_level and _is_entry(uri, local, qualified):
            self.entries += 1
            if self.entries == self.wanted:
                self.offset = self.parser.CurrentByteIndex  # where this start tag begins (moves once stopped)
                raise _EntryFound
            self.entry_level = len(self.open_names) + 1
        self.open_names.append(qualified)

    def end(self, _name: str) -> None:
        if len(self.open_names) == self.entry_level:
            self.entry_level = 0
        self.open_names.pop()


def _is_entry(uri: str, local: str, qualified: str) -> bool:
    return local.lower() in ("item", "entry") and (":" not in qualified or uri.lower() in _ENTRY_NAMESPACES)


def _split_name(name: str) -> tuple[str, str, str]:
    # Expat gives "uri SEP local SEP prefix", "uri SEP local" (default namespace) or "local".
    parts = name.split(_NAME_SEPARATOR)
    if len(parts) == 1:
        return "", name, name
    qualified = f"{parts[2]}:{parts[1]}" if len(parts) == 3 else parts[1]
    return parts[0], parts[1], qualified
