"""Words two outlets quote alike: the same statement of a source, however the rest is worded.

Outlets that report one statement keep the source's words in quotation marks ("honoured its
word", "entirely defensive") and word the rest their own way, so the sentences' cosine can be
low (0.3–0.6 on the development sets' gold pairs). A quoted phrase of two or more words that
the other claim carries too, quoted or not, marks one proposition. Plain text only.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"[\"“”]|(?<!\w)‘|’(?!\w)")  # an apostrophe inside a word ("Iran’s") is no quotation mark
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
# A quote of only these is no one's particular wording ("of the", "it is").
_FUNCTION = frozenset("a an the of to in on at for by and or but is are was were be it its this that he she they we "
                      "you i not no as with from has have had will would".split())


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def quoted_phrases(text: str) -> frozenset[str]:
    """The quoted stretches of a text, as space-joined lowercased words, of two words or more
    and at least one that is not a function word."""
    found = set()
    for start, end in _quoted_spans(text):
        words = _words(text[start:end])
        if len(words) >= 2 and any(w not in _FUNCTION for w in words):
            found.add(" ".join(words))
    return frozenset(found)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) inside each pair of quotation marks. A claim can begin or end inside a quote, so
    each mark is read as opening or closing from the characters around it, not from its rank."""
    spans, opened = [], None
    for match in _MARK.finditer(text):
        at, mark = match.start(), match.group()
        if _opens(text, at, mark):
            opened = at + 1
        elif opened is not None:
            spans.append((opened, at))
            opened = None
    return spans


def _opens(text: str, at: int, mark: str) -> bool:
    if mark in "“‘":
        return True
    if mark in "”’":
        return False
    before, after = text[at - 1:at], text[at + 1:at + 2]
    return (not before or before.isspace() or before in "([{—-") and bool(after) and not after.isspace()


def word_string(text: str) -> str:
    """The text as space-joined lowercased words, padded, so a phrase is found by ``f" {phrase} " in``."""
    return f" {' '.join(_words(text))} "


def shared_quote(quotes_a: frozenset[str], words_a: str, quotes_b: frozenset[str], words_b: str) -> str:
    """The longest phrase one claim quotes that the other carries (quoted or not), or ""."""
    shared = [q for q in quotes_a if f" {q} " in words_b] + [q for q in quotes_b if f" {q} " in words_a]
    return max(shared, key=len, default="")
