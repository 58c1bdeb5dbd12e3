"""Short forms of the organisations an article names ("Pannon" after "Pannon Energia",
"the Forum" after "the Pacific Islands Forum", "Fund staff" after "the International
Monetary Fund").

News names a body in full once and then shortens it. The small model tags the short form
as a person or a place, or misses it; our tables know only the full names. A short form
found here takes the full name's id, so the body has one id however it is written.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .gazetteer import Place, lookup
from .organisations import ORGANISATION_WORDS, is_organisation_name, organisation_runs, short_forms
from .people import slug, title_of

ORG_LABELS = ("ORG",)


def article_org_names(doc: Doc, table: list) -> dict[str, Place]:
    """The article's multi-word organisation names -> their Place: our tables' organisations,
    the model's ORG spans and capitalised runs ending in an organisation word."""
    names: dict[str, Place] = {}
    for c in table:
        if c.place.kind == "ORG" and c.end - c.start >= 2:
            names[doc[c.start:c.end].text] = c.place
        if c.place.kind == "ORG" and len(c.place.name.split()) >= 2:  # "IMF": "Fund staff" is the Fund
            names.setdefault(c.place.name, c.place)
    spans = [(e.start, e.end) for e in doc.ents if e.label_ in ORG_LABELS] + organisation_runs(doc)
    for start, end in spans:
        start += doc[start].lower_ == "the"
        text = doc[start:end].text
        if end - start >= 2 and text not in names and _organisation(text):
            names[text] = lookup(text) or Place(f"org:{slug(text)}", text, "ORG")
    return names


def _organisation(text: str) -> bool:
    """A name that is an organisation's: one our tables know as such, or one of its shape."""
    known = lookup(text)
    return known.kind == "ORG" if known is not None else is_organisation_name(text)


def article_short_forms(doc: Doc, table: list) -> dict[str, Place]:
    """Short forms of the article's organisation names that the article uses as names:
    capitalised where they stand; a first word never written in lower case ("Foreign" from
    "Foreign Ministry" fails when the article also writes "foreign")."""
    lower = {t.lower_ for t in doc if t.text[:1].islower()}
    claimed = _person_and_place_words(doc)
    forms = short_forms(article_org_names(doc, table))
    return {short: place for short, place in forms.items()
            if short.lower() in ORGANISATION_WORDS or short.split()[0].lower() not in lower and short.split()[0] not in claimed}


def _person_and_place_words(doc: Doc) -> set[str]:
    """Words of the article's full person names ("Clinton" of "Hillary Clinton": not the
    Clinton Foundation) and of names the model tags as places ("Virginia")."""
    people = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and not is_organisation_name(e.text) for t in e}
    return people | {t.text for e in doc.ents if e.label_ in ("GPE", "LOC", "NORP") for t in e}


def short_form_spans(doc: Doc, forms: dict[str, Place]) -> list[tuple[int, int, Place]]:
    """Token ranges [start, end) where a short form stands alone as a name: capitalised, not
    inside a longer capitalised run (the full name itself is matched elsewhere)."""
    found = []
    for token in doc:
        for width in (2, 1):
            end = token.i + width
            place = forms.get(doc[token.i:end].text) if end <= len(doc) else None
            if place is not None and not _inside_longer_name(doc, token.i, end):
                found.append((token.i, end, place))
                break
    return found


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """True when capitalised name words touch the range on either side ("Pannon Energia")."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    def name_word(token) -> bool:
        return token is not None and token.is_alpha and token.text[:1].isupper() and not token.is_sent_start

    # "Forum Secretary General ...": a title after the short form starts no longer name
    return name_word(before) or name_word(after) and after.pos_ == "PROPN" and title_of([after.text]) is None
