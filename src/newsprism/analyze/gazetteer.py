"""Names of places and organisations -> canonical codes, from pycountry and our data tables.

Countries and demonyms map to ISO 3166 alpha-3 codes; capitals ("Tehran") map to their
country's code with sector GOV, because news uses them as shorthand for governments; seats
of power ("the Kremlin", "the Pentagon") keep an id of their own plus the country they
speak for and a sector; international organisations get a short stable id ("UN", "EU")
plus a CAMEO-style actor code ("IGOUNO"). Aliases are case-sensitive ("US" is a country,
"us" is not). :func:`actor_code` gives the PLOVER/CAMEO actor for any canonical id.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pycountry
from spacy.matcher import PhraseMatcher
from spacy.language import Language

from .people import read_table, slug

# Demonyms whose plural adds an "s" ("Iranians", "Israelis"); "Chinese" has none.
PLURAL_ENDINGS = ("an", "i", "ite", "er", "k", "b")
# Names pycountry knows that are ordinary English words or people's first names.
AMBIGUOUS_NAMES = {"Chad", "Jordan", "Georgia", "Guinea", "Niger", "Turkey", "Jersey", "Man", "Mali"}


@dataclass(frozen=True)
class Place:
    """What a name stands for: a country, a seat of government or an organisation."""

    code: str  # canonical id: ISO 3166 alpha-3, "UN", "org:us-white-house", ...
    name: str  # display name, e.g. "Iran" or "United Nations"
    kind: str  # GPE | NORP | ORG | LOC
    sector: str = ""
    actor: str = ""  # PLOVER/CAMEO actor code when it differs from ``code``


def country_name(code: str) -> str:
    """A short English name for an alpha-3 code."""
    overrides = _country_overrides()
    if code in overrides:
        return overrides[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


@lru_cache(maxsize=1)
def _country_overrides() -> dict[str, str]:
    """Display names from countries.tsv (the last row for each code wins)."""
    return {row[1]: row[2] for row in read_table("countries.tsv") if len(row) > 2}


def _pycountry_names() -> dict[str, Place]:
    """Every name pycountry gives for every country (name, common and official names)."""
    names = {}
    for country in pycountry.countries:
        place = Place(country.alpha_3, country_name(country.alpha_3), "GPE")
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names[value] = place
    return names


def _demonyms() -> dict[str, Place]:
    """Demonyms and their plurals ("Iranian", "Iranians") as NORP places."""
    names = {}
    for word, code, *_ in read_table("demonyms.tsv"):
        place = Place(code, code_name(code), "NORP")
        names[word] = place
        if word.endswith(PLURAL_ENDINGS):
            names[word + "s"] = place
    return names


@lru_cache(maxsize=1)
def places() -> dict[str, Place]:
    """Every alias we know, case-sensitive, mapped to its place."""
    names = _pycountry_names()
    for alias, code, *rest in read_table("countries.tsv"):
        names[alias] = Place(code, rest[0] if rest else country_name(code), "GPE")
    names.update(_demonyms())
    for alias, code, *_ in read_table("capitals.tsv"):
        names[alias] = Place(code, code_name(code), "GPE", "GOV")
    for row in read_table("regions.tsv"):
        names[row[0]] = Place(row[1], row[2], row[3] if len(row) > 3 else "LOC")
    names.update(subnational_places())
    for row in read_table("institutions.tsv"):
        kind = row[5] if len(row) > 5 else "ORG"
        names[row[0]] = Place(row[1], row[2], kind, row[4], row[3])
    for row in read_table("organisations.tsv"):
        names[row[0]] = Place(row[1], row[2], "ORG", row[4] if len(row) > 4 else "", row[3])
    return names


def subnational_places() -> dict[str, Place]:
    """Regions and cities inside a country: "gpe:sylhet" (kind GPE, or LOC for geographic
    regions), no sector (a place, not its government), the country as the actor."""
    names = {}
    for alias, country, *rest in read_table("subnational.tsv"):
        name = rest[0] if rest and rest[0] else alias
        kind = rest[1] if len(rest) > 1 and rest[1] else "GPE"
        names[alias] = Place(f"{kind.lower()}:{slug(name)}", name, kind, "", country)
    return names


def is_alpha3(code: str) -> bool:
    """True for an ISO 3166 alpha-3 country code ("IRN"), the form every country id takes.
    Membership, not shape: three-letter organisation ids ("IMF", "WHO") and CAMEO sector
    codes ("IGO") have the shape too, and must never be read as a country."""
    return code in _country_codes()


def country_of(place: Place | None) -> str:
    """The alpha-3 code of a place that is a country, its capital or its demonym ("Iran",
    "Tehran", "Iranian"), or "" for any other place, body or no place."""
    return place.code if place is not None and place.kind in ("GPE", "NORP") and is_alpha3(place.code) else ""


def country_code(text: str) -> str:
    """The alpha-3 code ``text`` names as a country, capital or demonym, or ""."""
    return country_of(lookup(text))


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    """pycountry's alpha-3 codes and the ones countries.tsv adds (Kosovo's "XKX")."""
    codes = {country.alpha_3 for country in pycountry.countries}
    codes.update(row[1] for row in read_table("countries.tsv") if len(row) > 1)
    return frozenset(code for code in codes if len(code) == 3 and code.isupper())


def code_name(code: str) -> str:
    """A display name for a country or organisation code ("IRN" -> "Iran", "UN" -> ...)."""
    if len(code) == 3 and code.isalpha() and code.isupper():
        name = country_name(code)
        if name != code:
            return name
    return _organisation_names().get(code, code)


@lru_cache(maxsize=1)
def _organisation_names() -> dict[str, str]:
    """Display names of organisation ids (the first alias row for each id wins)."""
    names: dict[str, str] = {}
    for row in read_table("organisations.tsv"):
        names.setdefault(row[1], row[2])
    return names


@lru_cache(maxsize=1)
def _actor_codes() -> dict[str, str]:
    """Canonical id -> PLOVER/CAMEO actor code, for ids that are not country codes."""
    return {place.code: place.actor for place in places().values() if place.actor}


def actor_code(canonical_id: str) -> str:
    """The PLOVER actor code for a canonical id: "IRN" -> "IRN", "UN" -> "IGOUNO",
    "org:us-white-house" -> "USA"; "" when unknown. A pure function of the id, so that the
    same id gets the same actor in every process and whatever was read before it."""
    if canonical_id in _actor_codes():
        return _actor_codes()[canonical_id]
    if len(canonical_id) == 3 and canonical_id.isupper():
        return canonical_id
    return _state_body_country(canonical_id) or _derived_actor(canonical_id)


def _derived_actor(canonical_id: str) -> str:
    """The actor of ids made while reading articles, not from our tables ("gpe:daugavpils" ->
    LVA from GeoNames, "org:madagascar-high-constitutional-court" -> MDG), read back from the
    id by the module that makes it. Imported here because those modules import this one."""
    if canonical_id.startswith("gpe:"):
        from .geo_places import city_country
        return city_country(canonical_id)
    if canonical_id.startswith("org:"):
        from .org_names import institution_country
        return institution_country(canonical_id)
    return ""


@lru_cache(maxsize=1)
def state_bodies() -> dict[str, tuple[str, str]]:
    """Phrases naming a state body -> (canonical word, sector): "coast guard" -> ("coast-guard", "COP")."""
    return {row[0]: (row[1], row[2]) for row in read_table("state_bodies.tsv")}


@lru_cache(maxsize=1)
def _body_suffixes() -> tuple[str, ...]:
    """Id endings of one country's bodies ("-coast-guard", "-foreign-ministry"), longest first."""
    words = {canonical for canonical, _ in state_bodies().values()}
    words |= {f"{row[1]}-ministry" for row in read_table("ministries.tsv")}
    return tuple(sorted((f"-{w}" for w in words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _country_slugs() -> dict[str, str]:
    """slug of a country's display name -> its alpha-3 ("iran" -> "IRN")."""
    return {slug(country_name(c.alpha_3)): c.alpha_3 for c in pycountry.countries}


def _state_body_country(canonical_id: str) -> str:
    """The country of "org:<country>-<body>" ids ("org:bangladesh-coast-guard" -> "BGD"), or ""."""
    return body_id_country(canonical_id, _body_suffixes())


def body_id_country(canonical_id: str, suffixes: tuple[str, ...]) -> str:
    """The country of an "org:<country>-<body>" id whose body is one of ``suffixes`` (longest
    first: "-high-constitutional-court" before "-constitutional-court"), or ""."""
    if not canonical_id.startswith("org:"):
        return ""
    for suffix in suffixes:
        if canonical_id.endswith(suffix):
            return _country_slugs().get(canonical_id[4:-len(suffix)], "")
    return ""


def lookup(text: str) -> Place | None:
    """The place ``text`` names, trying it as written, without "the", and in title case."""
    text = " ".join(text.split())
    for candidate in (text, _strip_the(text)):
        if candidate in places():
            return places()[candidate]
    titled = _strip_the(text).title()
    if len(titled) > 4 and titled in places():  # "UNITED NATIONS", "south korea"
        return places()[titled]
    return None


def _strip_the(text: str) -> str:
    return text[4:] if text[:4] in ("the ", "The ") else text


def build_matcher(nlp: Language) -> PhraseMatcher:
    """A PhraseMatcher (exact spelling) for every alias; each match's label is the alias."""
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for alias in places():
        if alias not in AMBIGUOUS_NAMES and not alias.startswith("the "):  # spans leave "the" out
            matcher.add(alias, [nlp.make_doc(alias)])
    return matcher
