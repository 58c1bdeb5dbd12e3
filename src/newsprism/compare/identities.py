"""Within one story, an office named without its holder is the holder named elsewhere.

The entity layer gives "Iran's Supreme Leader" in an article that never names him the
office id ``office:irn:supreme-leader``, while another article of the story names
"Supreme Leader Ayatollah Mehdi Tavakoli" (``person:mehdi-tavakoli``, role "Supreme
Leader"). Compared as they are, the two look like different speakers, so agreements and
contradictions between them are missed. :func:`office_holders` links the office to the
person, and :func:`resolved_view` rewrites a view's speaker and holder ids through it.

There is no world knowledge here on purpose: who holds an office changes, and a table of
office holders would be stale or wrong for the story at hand. The story's own articles are
the only evidence, so the mapping is valid for that story only, and it is conservative:
one person with that exact role for that country, or, when no article ties the person to
a country, one person with that role in the whole story and no such office of another
country in it.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache

from ..analyze.people import is_former, role_base, slug, titles
from ..records import ArticleAnalysis, Entity
from .views import ArticleView

OFFICE = re.compile(r"^office:(?P<country>[a-z]{3}):(?P<role>[a-z0-9-]+)$")
COUNTRY_ID = re.compile(r"^[A-Z]{3}$")  # ISO 3166 alpha-3: the entity layer's country ids
COUNTRY_KINDS = frozenset({"GPE", "NORP"})  # "Iran's ...", "Iranian ..."
_POSSESSIVE_START = re.compile(r"^(?:['’]s|['’])?\s")
_OF_COUNTRY = re.compile(r"^\s+of\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word of every title ("supreme", "leader", "ayatollah", ...), lower case."""
    return frozenset(word for key in titles() for word in key.replace("-", " ").split())


def office_holders(story_article_ids: Iterable[str], analyses: Mapping[str, ArticleAnalysis]) -> dict[str, str]:
    """Office id -> id of the one person who holds that office, by the story's own articles."""
    members = [analyses[a] for a in dict.fromkeys(story_article_ids) if a in analyses]
    offices = sorted({oid for analysis in members for oid in _office_ids(analysis)})
    roles, countries = _holder_evidence(members)
    found = {}
    for office in offices:
        holder = _holder_of(office, offices, roles, countries)
        if holder:
            found[office] = holder
    return found


def _office_ids(analysis: ArticleAnalysis) -> set[str]:
    """Office ids named in one article: entities, speakers and claim holders."""
    ids = {e.canonical_id for e in analysis.entities} | {s.speaker_id for s in analysis.statements}
    ids |= {c.holder_id for c in analysis.claims}
    return {i for i in ids if OFFICE.match(i)}


def _role_slugs(role: str) -> set[str]:
    # A role carries the body it is held for ("President of Iran"); an office names the title alone.
    base = role_base(role)
    return {slug(role)} | ({slug(base.canonical)} if base is not None else set())


def _holder_evidence(members: list[ArticleAnalysis]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Per person id: the role slugs they carry (sitting roles only) and the countries tied to them."""
    roles: dict[str, set[str]] = defaultdict(set)
    countries: dict[str, set[str]] = defaultdict(set)
    for analysis in members:
        places = [e for e in analysis.entities if e.kind in COUNTRY_KINDS and COUNTRY_ID.match(e.canonical_id)]
        for person in _people(analysis):
            if person.role and not is_former(person.role):
                roles[person.canonical_id] |= _role_slugs(person.role)
            countries[person.canonical_id] |= _countries_of(analysis, person, places)
    return roles, countries


def _people(analysis: ArticleAnalysis) -> list[Entity]:
    return [e for e in analysis.entities if e.kind == "PERSON" and e.canonical_id.startswith("person:")]


def _countries_of(analysis: ArticleAnalysis, person: Entity, places: list[Entity]) -> set[str]:
    """Countries written right against a mention: "Iran's Supreme Leader [Ayatollah] X",
    "Iranian President X", "Chancellor X of Austria" (only title words in between)."""
    found = set()
    for place in places:
        if place.span.end <= person.span.start:
            gap = _between(analysis, place.span.end, person.span.start)
            if gap is not None and _only_titles(_POSSESSIVE_START.sub(" ", gap)):
                found.add(place.canonical_id)
        elif place.span.start >= person.span.end:
            gap = _between(analysis, person.span.end, place.span.start)
            if gap is not None and _OF_COUNTRY.match(gap):
                found.add(place.canonical_id)
    return found


def _between(analysis: ArticleAnalysis, start: int, end: int) -> str | None:
    """The text between two offsets of one sentence (None across sentences or when far apart)."""
    if end - start > 60:
        return None
    sentence = next((s for s in analysis.sentences if s.start <= start and end <= s.end), None)
    return None if sentence is None else sentence.text[start - sentence.start:end - sentence.start]


def _only_titles(gap: str) -> bool:
    """True when ``gap`` starts with a space and holds nothing but title words."""
    if gap and not gap[0].isspace():
        return False  # "Iranians" is not "Iran" + something
    return all(word in _title_words() for word in gap.lower().replace("-", " ").split())


def _holder_of(office: str, offices: list[str], roles: dict[str, set[str]], countries: dict[str, set[str]]) -> str:
    """The one person who holds ``office`` in the story, or "" when the story does not say."""
    match = OFFICE.match(office)
    country, role = match.group("country").upper(), match.group("role")
    holders = sorted(p for p, slugs in roles.items() if role in slugs)
    placed = [p for p in holders if countries[p] == {country}]
    if placed:
        return placed[0] if len(placed) == 1 else ""
    # No article ties a holder to this country: one holder in the whole story, and no other
    # country's office of that name that they could be holding instead.
    elsewhere = any(OFFICE.match(o).group("role") == role and o != office for o in offices)
    if len(holders) == 1 and not countries[holders[0]] and not elsewhere:
        return holders[0]
    return ""


def resolve_analysis(analysis: ArticleAnalysis, holders: Mapping[str, str]) -> ArticleAnalysis:
    """The analysis with statement speaker ids and claim holder ids mapped through ``holders``."""
    if not holders:
        return analysis
    statements = tuple(dataclasses.replace(s, speaker_id=holders[s.speaker_id]) if s.speaker_id in holders else s
                       for s in analysis.statements)
    claims = tuple(dataclasses.replace(c, holder_id=holders[c.holder_id]) if c.holder_id in holders else c
                   for c in analysis.claims)
    return dataclasses.replace(analysis, statements=statements, claims=claims)


def resolved_view(view: ArticleView, holders: Mapping[str, str]) -> ArticleView:
    """A copy of ``view`` whose analysis speaks of office holders by their person ids.

    Entities keep their own ids (the surface form stays as written); the map travels with
    the view as ``identities`` so that alignment compares the entities inside claims by the
    holder's id and shows them under the holder's name."""
    if not holders:
        return view
    return dataclasses.replace(view, analysis=resolve_analysis(view.analysis, holders), identities=dict(holders))

