"""The model's entity spans as the entity layer reads them: bounds trimmed of "the", titles and
possessives; lower-case spans, languages and capitalised common nouns dropped; a plural
demonym the model ran into a person's name split off ("the Italians Luca Ferri")."""

from __future__ import annotations

from spacy.tokens import Doc

from .gazetteer import lookup
from .mentions import POSSESSIVE_TOKENS
from .organisations import is_organisation_name
from .people import title_of

MODEL_LABELS = {"GPE": "GPE", "NORP": "NORP", "ORG": "ORG", "LOC": "LOC", "FAC": "FAC", "PERSON": "PERSON"}


def clean_bounds(doc: Doc, start: int, end: int, title_tokens: set[int]) -> tuple[int, int]:
    """Trim a leading "the", title words, spaces and a trailing possessive or punctuation."""
    while start < end and (doc[start].lower_ == "the" or start in title_tokens or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE_TOKENS or doc[end - 1].is_punct
                           or doc[end - 1].is_space or end - 1 in title_tokens):
        end -= 1
    return start, end


def cleaned_ents(doc: Doc, title_tokens: set[int]):
    """(start, end, label) of the model's entities we use, cleaned; lower-case ones and
    languages ("broadcast in Persian.") dropped."""
    for ent in doc.ents:
        if ent.label_ not in MODEL_LABELS:
            continue
        start, end = clean_bounds(doc, ent.start, ent.end, title_tokens)
        end = _before_lower_compound(doc, start, end)
        label = ent.label_
        if after_demonym(doc, start, end) > start:
            start, label = start + 1, "PERSON"
        if start >= end or title_of(doc[start:end].text.split()) is not None:  # "Supreme Leader" is no organisation
            continue
        if _described_by_lower_words(doc, start, end):
            continue  # "Eritrean navy": a people's name and a description; the table finds "Eritrean"
        if _shouted_headline_words(doc, start, end):
            continue  # "Eritrea SEIZES Greek ship": the table finds the names inside
        if end - start == 1 and doc[start].is_sent_start and doc[start].pos_ == "NOUN" and lookup(doc[start].text) is None:
            continue  # "Farmers said ...": a common noun capitalised by its place in the sentence
        if any(t.text[:1].isupper() for t in doc[start:end]) and not _is_language(doc, start, end, label):
            yield start, end, label


def after_demonym(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts in a span the model ran on from a plural demonym ("the
    Italians Luca Ferri and ...": a people, then a person), else ``start``."""
    if end - start >= 3 and _plural_demonym(doc[start].text) and not is_organisation_name(doc[start + 1:end].text):
        return start + 1
    return start


def _plural_demonym(word: str) -> bool:
    """"Italians", "Swedes": a country's people in the plural, which starts no name."""
    place = lookup(word)
    return word.endswith("s") and place is not None and place.kind == "NORP" and lookup(word[:-1]) is not None


def _before_lower_compound(doc: Doc, start: int, end: int) -> int:
    """"Kazakh-brokered": the name ends before a hyphen that joins a lower-case word."""
    for i in range(start + 1, end - 1):
        if doc[i].text == "-" and not doc[i].whitespace_ and doc[i + 1].text[:1].islower():
            return i
    return end


def _is_language(doc: Doc, start: int, end: int, label: str) -> bool:
    """A NORP right after "in" at the end of a phrase names a language."""
    after = doc[end] if end < len(doc) else None
    return label == "NORP" and start > 0 and doc[start - 1].lower_ == "in" and (after is None or after.is_punct)


MIN_SHOUTED_LETTERS = 4  # shorter all-capitals words are acronyms ("ABC News")


def _shouted_headline_words(doc: Doc, start: int, end: int) -> bool:
    """True for a headline span the model ran across a word set in capitals for emphasis
    ("Eritrea SEIZES Greek"): a long all-capitals word no table knows among words that are not."""
    body = doc._.np_body_start if Doc.has_extension("np_body_start") else 0
    if not body or doc[start].idx >= body:
        return False
    words = [t for t in doc[start:end] if t.is_alpha]
    shouted = [t for t in words if t.is_upper and len(t) >= MIN_SHOUTED_LETTERS and lookup(t.text) is None]
    return bool(shouted) and len(shouted) < len(words)


def _described_by_lower_words(doc: Doc, start: int, end: int) -> bool:
    """True for a span of a country's name or demonym our tables know followed only by
    lower-case words ("Eritrean navy", "Norway's coast guard"): no name of its own."""
    rest = [t for t in doc[start + 1:end] if not t.is_punct and t.text not in POSSESSIVE_TOKENS]
    place = lookup(doc[start].text)
    return bool(rest) and place is not None and place.kind in ("GPE", "NORP") and all(t.text[:1].islower() for t in rest)
