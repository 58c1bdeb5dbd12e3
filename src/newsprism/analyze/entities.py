"""Entity normalisation: the ``newsprism_entities`` component and helpers for other layers.

The component reads the model's ``doc.ents`` and our own tables (countries, demonyms,
capitals, seats of power, organisations, titles under ``analyze/data/``) and writes
``doc._.np_entities``: a list of :class:`~newsprism.records.Entity` sorted by start, spans
as character offsets into ``doc.text``.

- Countries, demonyms and capitals get ISO 3166 alpha-3 ids ("Tehran" -> IRN, sector GOV
  when the capital stands for its government); organisations a short stable id ("UN",
  "EU"; :func:`newsprism.analyze.gazetteer.actor_code` gives the CAMEO-style actor);
  seats of power their own id ("org:us-white-house"); anything else ``kind:slug``.
- People: the span holds the name only; titles become ``role`` ("Supreme Leader Ayatollah
  Ali Khamenei" -> "Ali Khamenei", role "Supreme Leader", id "person:ali-khamenei",
  sector GOV). Surnames ("Khamenei") and descriptions ("the Supreme Leader", span without
  "the") in the same article are PERSON mentions with the same canonical id.
- Model errors repaired: title words tagged ORG ("Supreme"), titles inside PERSON spans,
  possessive "'s", a leading "the", capitals tagged ORG or GPE.

Helpers for other components:

- ``entity_at(doc, start_char, end_char) -> Entity | None``: the entity whose span covers or
  overlaps that character range, preferring the longest (then the earliest).
- ``resolve_person_description(doc, span) -> Entity | None``: the person a description
  such as "the Supreme Leader" or "the Iranian leader" (a spaCy ``Span``) refers to,
  as an Entity over that span, or None when no person in the article fits.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..records import Entity, Span
from .gazetteer import Place, build_matcher, code_name, lookup
from .linking import Description, People, Person
from .mentions import (
    ORG_HEADS,
    POSSESSIVE_TOKENS,
    PersonMention,
    TitleRun,
    apposed_people,
    appositions,
    is_description,
    plain_people,
    title_runs,
    titled_people,
)
from .people import is_former, person_key, role_base, role_sector, slug

VERSION = "newsprism_entities.v1"
MODEL_LABELS = {"GPE": "GPE", "NORP": "NORP", "ORG": "ORG", "LOC": "LOC", "FAC": "FAC"}
LOCATIVE = {"in", "at", "near", "outside", "around", "across", "inside"}

if not Doc.has_extension("np_people"):
    Doc.set_extension("np_people", default=None)  # People of the article, for the helpers


@Language.factory("newsprism_entities", requires=["doc.ents"], assigns=["doc._.np_entities"])
def make_entity_normaliser(nlp: Language, name: str) -> "EntityNormaliser":
    """The entity-normalisation component (one gazetteer matcher per pipeline)."""
    return EntityNormaliser(nlp)


class EntityNormaliser:
    """Computes normalised entities for a Doc, then writes them to ``doc._.np_entities``."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = build_matcher(nlp)

    def __call__(self, doc: Doc) -> Doc:
        people, entities = normalised_entities(doc, self.matcher)
        doc._.np_people = people
        doc._.np_entities = entities
        return doc


def normalised_entities(doc: Doc, matcher) -> tuple[People, list[Entity]]:
    """The article's people and its entity list (people, descriptions, places, organisations)."""
    runs = title_runs(doc)
    person_ents = [ent for ent in doc.ents if ent.label_ == "PERSON"]
    mentions = _person_mentions(doc, runs, person_ents)
    pairs = appositions(doc, mentions, runs)
    for mention, run in pairs:
        _learn_from_run(mention, run)
    people = _register(doc, mentions)
    chosen = [_person_entity(doc, m, people) for m in mentions]
    used = _used_runs(mentions, pairs, runs)
    chosen += _descriptions(doc, runs, used, people, chosen)
    chosen += _surname_mentions(doc, people, chosen, runs)
    chosen += _places(doc, matcher, chosen, runs)
    return people, sorted(chosen, key=lambda e: (e.span.start, -e.span.end))


def _person_mentions(doc: Doc, runs: list[TitleRun], person_ents: list) -> list[PersonMention]:
    """Titled people first, then the model's PERSON spans that do not overlap them."""
    mentions = titled_people(doc, runs, person_ents)
    for mention in plain_people(doc, person_ents, runs) + apposed_people(doc, runs):
        if not any(m.start < mention.end and mention.start < m.end for m in mentions):
            mentions.append(mention)
    return sorted(mentions, key=lambda m: m.start)


def _learn_from_run(mention: PersonMention, run: TitleRun) -> None:
    """Give a person the role and country of an apposition when they have none."""
    if not mention.role:
        mention.role = run.role
    mention.country = mention.country or run.country
    mention.groups |= run.groups


def _register(doc: Doc, mentions: list[PersonMention]) -> People:
    """All people: full names first, so that surnames anywhere join them."""
    people = People()
    for multi in (True, False):
        for m in mentions:
            if (len(m.name.split()) > 1) == multi:
                people.add(m.name, doc[m.start].idx, m.role, m.country, set(m.groups))
    return people


def _char_span(doc: Doc, start: int, end: int) -> Span:
    """A record Span for tokens [start, end)."""
    return Span.of(doc.text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))


def _person_entity(doc: Doc, mention: PersonMention, people: People, role: str = "") -> Entity:
    """The Entity for one person mention, with the person's canonical id and name."""
    person = _person_for(people, mention.name, doc[mention.start].idx)
    return _entity_for_person(_char_span(doc, mention.start, mention.end), person, mention.role or role)


def _person_for(people: People, name: str, at: int) -> Person:
    """The registered person a name at ``at`` belongs to."""
    if len(name.split()) == 1:
        found = people.by_surname(name, at)
        if found is not None:
            return found
    return people.by_key[person_key(name)]


def _entity_for_person(span: Span, person: Person, role: str = "") -> Entity:
    """A PERSON Entity over ``span`` for ``person`` (the mention's own role, else theirs)."""
    role = role or person.role
    return Entity(span, "PERSON", person.key, person.name, role, role_sector(role))


def _used_runs(mentions: list[PersonMention], pairs, runs: list[TitleRun]) -> set[int]:
    """Starts of runs already spent: titles before names and appositions."""
    used = {run.start for _, run in pairs}
    for mention in mentions:
        used |= {run.start for run in runs if run.end == mention.start}
    return used


def _descriptions(doc: Doc, runs: list[TitleRun], used: set[int], people: People, chosen: list[Entity]) -> list[Entity]:
    """Descriptions ("the Supreme Leader") resolved to a person of this article."""
    found = []
    for run in runs:
        if run.start in used or not is_description(doc, run):
            continue
        span = _char_span(doc, run.start, run.end)
        if _overlaps(span, chosen):
            continue
        person = people.resolve(_wanted(run), span.start)
        if person is not None:
            found.append(_entity_for_person(span, person))
        elif run.country and not _wanted(run).generic:
            found.append(_office_entity(span, run))
    return found


def _office_entity(span: Span, run: TitleRun) -> Entity:
    """An unnamed office holder ("Iran's Supreme Leader" in an article that never names him).

    Its id names the office ("office:irn:supreme-leader") so that a later layer can link
    it to a person named in another article of the same story."""
    base = role_base(run.role)
    name = f"{base.canonical} of {code_name(run.country)}"
    return Entity(span, "PERSON", f"office:{run.country.lower()}:{slug(base.canonical)}", name, run.role, base.sector)


def _wanted(run: TitleRun) -> Description:
    """What a description run asks for."""
    base = role_base(run.role)
    return Description(base, is_former(run.role), run.country)


def _overlaps(span: Span, entities: list[Entity]) -> bool:
    return any(e.span.start < span.end and span.start < e.span.end for e in entities)


def _surname_mentions(doc: Doc, people: People, chosen: list[Entity], runs: list[TitleRun]) -> list[Entity]:
    """Bare surnames of known people that the model missed or mislabelled."""
    table = people.surname_table()
    found: list[Entity] = []
    for token in doc:
        person = table.get(token.text)
        if person is None or not token.text[:1].isupper():
            continue
        span = _char_span(doc, token.i, token.i + 1)
        if not _overlaps(span, chosen + found):
            found.append(_entity_for_person(span, person))
    return found


def _places(doc: Doc, matcher, chosen: list[Entity], runs: list[TitleRun]) -> list[Entity]:
    """Gazetteer matches and the model's other entities, longest first, without overlaps."""
    title_tokens = {i for run in runs for i in range(run.start, run.end)}
    candidates = _gazetteer_candidates(doc, matcher) + _model_candidates(doc, title_tokens)
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[3], c[0]))
    found: list[Entity] = []
    for start, end, place, _priority in candidates:
        span = _char_span(doc, start, end)
        if not _overlaps(span, chosen + found):
            found.append(_place_entity(doc, start, span, place))
    return found


def _gazetteer_candidates(doc: Doc, matcher) -> list[tuple[int, int, Place, int]]:
    """(start, end, place, priority 0) for every table alias found in the text."""
    found = []
    for match_id, start, end in matcher(doc):
        place = lookup(doc.vocab.strings[match_id])
        if place is not None:
            found.append((start, end, place, 0))
    return found


def _model_candidates(doc: Doc, title_tokens: set[int]) -> list[tuple[int, int, Place, int]]:
    """(start, end, place, priority 1) for the model's non-person entities, cleaned."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in MODEL_LABELS:
            continue
        start, end = _clean_bounds(doc, ent.start, ent.end, title_tokens)
        if start >= end:
            continue
        text = doc[start:end].text
        kind = _model_kind(ent.label_, doc[start:end])
        place = lookup(text) or Place(f"{kind.lower()}:{slug(text)}", text, kind)
        found.append((start, end, place, 1))
    return found


def _model_kind(label: str, span: SpacySpan) -> str:
    """Our kind for a model label; "facilities" named like institutions are organisations."""
    if label == "FAC" and any(token.lower_ in ORG_HEADS for token in span):
        return "ORG"
    return MODEL_LABELS[label]


def _clean_bounds(doc: Doc, start: int, end: int, title_tokens: set[int]) -> tuple[int, int]:
    """Trim a leading "the", title words and a trailing possessive or punctuation."""
    while start < end and (doc[start].lower_ == "the" or start in title_tokens):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE_TOKENS or doc[end - 1].is_punct or end - 1 in title_tokens):
        end -= 1
    return start, end


def _place_entity(doc: Doc, start: int, span: Span, place: Place) -> Entity:
    """The Entity for a place or organisation; capitals after "in" are places, not governments."""
    sector = place.sector
    if place.kind == "GPE" and start > 0 and doc[start - 1].lower_ in LOCATIVE:
        sector = ""
    return Entity(span, place.kind, place.code, place.name, "", sector)


def entity_at(doc: Doc, start_char: int, end_char: int) -> Entity | None:
    """The entity covering or overlapping [start_char, end_char), preferring the longest."""
    hits = [
        e for e in doc._.np_entities or ()
        if e.span.start < max(end_char, start_char + 1) and start_char < e.span.end
    ]
    return max(hits, key=lambda e: (e.span.end - e.span.start, -e.span.start), default=None)


def resolve_person_description(doc: Doc, span: SpacySpan) -> Entity | None:
    """The person a description such as "the Supreme Leader" refers to, over ``span``."""
    people = doc._.np_people
    if people is None:
        return None
    runs = [run for run in title_runs(span.as_doc()) if run.role] if len(span) else []
    if not runs:
        return None
    run = runs[-1]  # the head of "the Iranian foreign minister" is its last title
    country = run.country or _country_in(span)
    wanted = Description(role_base(run.role), is_former(run.role), country)
    if wanted.title is None:
        return None
    person = people.resolve(wanted, span.start_char)
    return None if person is None else _entity_for_person(Span.of(doc.text, span.start_char, span.end_char), person)


def _country_in(span: SpacySpan) -> str:
    """A country named inside a description span ("Iran's", "Iranian"), or ""."""
    for token in span:
        place = lookup(token.text)
        if place is not None and place.kind in ("GPE", "NORP") and len(place.code) == 3:
            return place.code
    return ""
