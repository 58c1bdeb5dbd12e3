"""Which country an article, a sentence or a passage is about, from the countries it names.

Bodies named without their country ("the foreign ministry", "the Supreme Court") take
one of these; each function answers "" when the text does not make it clear.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from .gazetteer import country_code


def sentence_country(doc: Doc, start: int) -> str:
    """The last country named before ``start`` in its sentence, outside quotations."""
    sentence_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    quoted, country = False, ""
    for token in doc[_paragraph_start(doc, start):start]:
        quoted ^= token.text in ('"', "“", "”")  # counted from the paragraph: quotes span sentences
        code = "" if quoted or token.i < sentence_start else country_code(token.text)
        country = code or country
    return country


def _paragraph_start(doc: Doc, i: int) -> int:
    """The first token of the paragraph holding token ``i``."""
    while i > 0 and "\n\n" not in doc[i - 1].text + doc[i - 1].whitespace_:
        i -= 1
    return i


def main_country(doc: Doc) -> str:
    """The country the article names most often (by table aliases of one token)."""
    counts = _country_counts(doc)
    return counts.most_common(1)[0][0] if counts else ""


DOMINANT_MENTIONS = 3


def dominant_country(doc: Doc) -> str:
    """The country the article is about: named at least three times and twice as often as
    any other, or ""."""
    top = _country_counts(doc).most_common(2) + [("", 0), ("", 0)]
    (code, count), (_, second) = top[0], top[1]
    return code if count >= DOMINANT_MENTIONS and count >= 2 * second else ""


def _country_counts(doc: Doc) -> Counter:
    """How often each country is named (by table aliases of one token)."""
    return Counter(code for token in doc if (code := country_code(token.text)))
