"""Entity normalisation: the ``newsprism_entities`` component and helpers for other layers.

The component reads the model's ``doc.ents`` and our own tables (countries, demonyms,
capitals, seats of power, organisations, titles under ``analyze/data/``) and writes
``doc._.np_entities``: a list of :class:`~newsprism.records.Entity` sorted by start, spans
as character offsets into ``doc.text``.

- Countries, demonyms and capitals get ISO 3166 alpha-3 ids ("Tehran" -> IRN, sector GOV
  when the capital stands for its government; capitals.tsv covers every UN member);
  organisations a short stable id ("UN", "EU"; :func:`newsprism.analyze.gazetteer.actor_code`
  gives the CAMEO-style actor); seats of power and armed groups their own id
  ("org:us-white-house", "org:hamas"); ministries and state bodies named with their country
  their country's ("org:iran-foreign-ministry", "the Bangladeshi coast guard" ->
  "org:bangladesh-coast-guard", sector COP; state_bodies.tsv); regions and cities inside a
  country (subnational.tsv) "gpe:sylhet", no sector, actor BGD; anything else ``kind:slug``.
- People: the span holds the name only; titles become ``role`` ("Supreme Leader Ayatollah
  Ali Khamenei" -> "Ali Khamenei", role "Supreme Leader", id "person:ali-khamenei",
  sector GOV), as do appositions either side of the name ("Iran's foreign minister, X,";
  "X, a senior fellow at the Y Centre," -> "senior fellow, Y Centre"; "X, who heads the trade
  office," -> "head of the trade office"). A role keeps the body written with it ("State
  Department spokesman", "Spokeswoman, Caspian Ferry Company") and the country it is held
  for ("Iran's foreign minister" -> "Foreign Minister of Iran", people.role_of_country). Surnames
  ("Khamenei") and descriptions ("the Supreme Leader", "the Iranian leader"; span without
  "the") in the same article are PERSON mentions with the same canonical id. An office
  named with its country but never with a name ("Iran's Supreme Leader ...") gets an
  office id ("office:irn:supreme-leader") for all its descriptions.
- Model errors repaired: title words tagged ORG ("Supreme"), titles inside PERSON spans,
  possessive "'s", a leading "the", capitals tagged ORG or GPE, place names tagged PERSON
  or ORG in some sentences (one kind per name and article, by vote), and any place of our
  tables tagged PERSON ("Assam") unless its words are part of a longer name in the article.
  Organisations named after places ("Straits Capital", "the Port of Velmar Authority") stay
  organisations (organisations.py), and "Nadia Rahim, an economist at ..." is a person.

Helpers for other components:

- ``entity_at(doc, start_char, end_char) -> Entity | None``: the entity whose span covers or
  overlaps that character range, preferring the longest (then the earliest); failing
  that, the person whose title words are there ("Supreme Leader" in "Supreme Leader Ali
  Khamenei", "minister" in "Iran's foreign minister, Kaveh Ansari"), with the title's span.
- ``person_country(doc, canonical_id) -> str``: the country a person of the article was
  tied to ("Egyptian President Hosni Mubarak", "Iran's foreign minister, X"), or "".
- ``resolve_person_description(doc, span) -> Entity | None``: the person a description
  such as "the Supreme Leader" or "the Iranian leader" (a spaCy ``Span``) refers to,
  as an Entity over that span, or None when no person in the article fits.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..records import Entity, Span
from .gazetteer import build_matcher, code_name, is_alpha3, lookup
from .linking import Description, People, Person
from .mentions import (
    PersonMention,
    TitleRun,
    apposed_people,
    appositive_role,
    appositions,
    described_people,
    is_description,
    plain_people,
    reported_speakers,
    title_runs,
    titled_people,
)
from .people import STATE_OFFICE_GROUPS, gender_of_words, is_former, person_key, role_base, role_of_country, role_sector, slug
from .organisations import described_as_person, in_law_name, is_organisation_name, is_outlet_name
from .article_countries import dominant_country
from .geo_places import city_spans, place_noun_spans
from .org_names import article_short_forms, body_anaphora, national_institution_spans, official_ministry_spans, short_form_spans
from .places import (TIME_ZONES, Candidate, Taken, after_demonym, agreed_kinds, char_span, clean_bounds, country_before, dateline_country, eu_short_names, ministry_country, place_entities,
                     table_candidates)

VERSION = "newsprism_entities.v1"

if not Doc.has_extension("np_people"):
    # The article's people as plain dicts (msgpack can carry them across processes).
    Doc.set_extension("np_people", default=None)
if not Doc.has_extension("np_person_titles"):
    Doc.set_extension("np_person_titles", default=None)  # titles attached to names, for entity_at


@Language.factory("newsprism_entities", requires=["doc.ents"], assigns=["doc._.np_entities"])
def make_entity_normaliser(nlp: Language, name: str) -> "EntityNormaliser":
    """The entity-normalisation component (one gazetteer matcher per pipeline)."""
    return EntityNormaliser(nlp)


class EntityNormaliser:
    """Computes normalised entities for a Doc, then writes them to ``doc._.np_entities``."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = build_matcher(nlp)

    def __call__(self, doc: Doc) -> Doc:
        people, entities, titles = normalised_entities(doc, self.matcher)
        doc.user_data.pop("np_token_index", None)  # caches for this component only
        doc.user_data.pop("np_countries", None)
        doc._.np_people = people.as_dicts()
        doc._.np_person_titles = titles
        # a whitespace-only "name" (the model can tag a paragraph break) names nobody
        doc._.np_entities = [e for e in entities if e.span.text.strip()]
        return doc


def normalised_entities(doc: Doc, matcher) -> tuple[People, list[Entity], list[Entity]]:
    """The article's people, its entities (people, descriptions, places, organisations) and
    the title words attached to names ("Supreme Leader" in "Supreme Leader Ali Khamenei")."""
    runs = title_runs(doc)
    title_tokens = {i for run in runs for i in range(run.start, run.end)}
    kinds = agreed_kinds(doc, title_tokens)
    # "Vienna" of "the Vienna Convention on ...": a law's name holds no place
    table = [c for c in table_candidates(doc, matcher) if not in_law_name(doc, c.start, c.end)]
    bodies = national_institution_spans(doc, _home_country) + official_ministry_spans(doc)
    table += [Candidate(start, end, place, 0) for start, end, place in bodies]
    table += _short_form_candidates(doc, table, kinds)  # after the bodies: "the Ministry" is one of them
    table += _city_candidates(doc, table, kinds, title_tokens)
    mentions, pairs = _people_with_roles(doc, runs, _person_ents(doc, title_tokens, kinds, table))
    people = _register(doc, mentions)
    _learn_countries(doc, runs, _used_runs(mentions, pairs, runs), people)
    chosen = [_person_entity(doc, m, people) for m in mentions]
    chosen += _descriptions(doc, runs, _used_runs(mentions, pairs, runs), people, chosen)
    chosen += _surname_mentions(doc, people, chosen, runs)
    chosen += place_entities(doc, table, chosen, title_tokens, kinds)
    chosen += _body_anaphora(doc, chosen)
    titles = _attached_titles(doc, mentions, pairs, runs, people)
    return people, sorted(chosen, key=lambda e: (e.span.start, -e.span.end)), titles


def _short_form_candidates(doc: Doc, table: list, kinds: dict[str, str]) -> list[Candidate]:
    """Short forms of the article's organisations ("Pannon", "the Forum") as table matches;
    the article's votes then read them as organisations, not people."""
    forms = article_short_forms(doc, table)
    for short in forms:
        kinds[short] = "ORG"
    return [Candidate(start, end, place, 0) for start, end, place in short_form_spans(doc, forms)]


def _city_candidates(doc: Doc, table: list, kinds: dict[str, str], title_tokens: set[int]) -> list[Candidate]:
    """Towns of the article's countries that our tables lack ("Daugavpils"), as table matches
    read as places whatever the model's label."""
    found = city_spans(doc, table, kinds, title_tokens)
    found += place_noun_spans(doc, {doc[c.start:c.end].text for c in table})
    for start, end, _ in found:
        kinds[doc[start:end].text] = "GPE"
    return [Candidate(start, end, place, 0) for start, end, place in found]


def _body_anaphora(doc: Doc, chosen: list[Entity]) -> list[Entity]:
    """"The ministry added ..." after "the transport ministry": the same body, over the head word."""
    taken = Taken(doc, chosen)
    found = []
    for start, end, body in body_anaphora(doc, chosen):
        span = char_span(doc, start, end)
        if taken.free(span):
            taken.add(span)
            found.append(Entity(span, "ORG", body.canonical_id, body.name, "", body.sector))
    return found


def _home_country(doc: Doc, start: int) -> str:
    """The country of an institution named at ``start`` without one ("the Senate"): the one
    named right before it ("Kenya's", "Kenyan"), else the dateline's, else the one the article
    is about. Not the sentence's: "the Supreme Court ruled on Chinese steel" is not China's."""
    before = country_before(doc, start) if start > 0 else ""
    return before or dateline_country(doc) or dominant_country(doc)


def _people_with_roles(doc: Doc, runs: list[TitleRun], person_ents: list) -> tuple[list[PersonMention], list]:
    """Person mentions with roles from titles, appositions and parsed appositives."""
    mentions = _person_mentions(doc, runs, person_ents)
    pairs = appositions(doc, mentions, runs)
    for mention, run in pairs:
        _learn_from_run(mention, run)
    short_names = eu_short_names(doc)
    for mention in mentions:
        mention.role = _full_body_names(mention.role or appositive_role(doc, mention), short_names)
        mention.country = mention.country or _ministry_country_of_role(doc, mention) or _country_after(doc, mention)
    return mentions, pairs


def _full_body_names(role: str, short_names: dict[str, str]) -> str:
    """"Commission Spokeswoman" -> "European Commission Spokeswoman" in an article about the EU."""
    words = role.split()
    if words and words[0] in short_names:
        return " ".join([short_names[words[0]]] + words[1:])
    return role


MAX_COUNTRY_WORDS = 4


def _country_after(doc: Doc, mention: PersonMention) -> str:
    """"Finance Minister Aiko Tanabe of Japan": the country named after a titled name."""
    of = mention.end
    if not mention.role or of + 1 >= len(doc) or doc[of].lower_ != "of":
        return ""
    first = of + 2 if doc[of + 1].lower_ == "the" else of + 1
    for end in range(min(len(doc), first + MAX_COUNTRY_WORDS), first, -1):
        place = lookup(doc[first:end].text)
        if place is not None and place.kind == "GPE" and is_alpha3(place.code):
            return place.code
    return ""


ROLE_WINDOW = 8  # tokens either side of a name where its title may be written


def _ministry_country_of_role(doc: Doc, mention: PersonMention) -> str:
    """"Foreign Ministry spokesman Amir Hosseini": the ministry's country (as the ministry
    entity finds it) is the country the role is held for."""
    if " Ministry " not in f" {mention.role} ":
        return ""
    window = range(max(1, mention.start - ROLE_WINDOW), min(len(doc), mention.end + ROLE_WINDOW))
    at = next((i for i in window if doc[i].text == "Ministry"), None)
    return ministry_country(doc, at - 1) if at is not None else ""


def _person_ents(doc: Doc, title_tokens: set[int], kinds: dict[str, str], table: list) -> list[SpacySpan]:
    """The model's PERSON spans, less those the article's other mentions show to be places
    and those cut out of a longer table name ("Hormuz" from "the Strait of Hormuz")."""
    found = []
    places = _table_places(doc, table)
    for ent in doc.ents:
        start, end = clean_bounds(doc, ent.start, ent.end, title_tokens)
        if after_demonym(doc, start, end) > start:
            ent = doc[start + 1:end]  # "the Italians Luca Ferri": the name after the people
            start += 1
        if kinds.get(doc[start:end].text, ent.label_) != "PERSON":  # the article's votes decide
            continue
        if ent.label_ != "PERSON" and end - start < 2:  # a person by vote only: a full name
            continue
        if (start, end) in places or is_outlet_name(doc[start:end].text):  # "Assam"; "Atlas Monitor"
            continue
        if doc[start:end].text in TIME_ZONES:  # "at 6 a.m. CET"
            continue
        if not any(c.start < end and start < c.end and (c.start < start or c.end > end) for c in table):
            found.append(ent)
    return found


def _table_places(doc: Doc, table: list) -> set[tuple[int, int]]:
    """Token ranges of table places (GPE, LOC) whose words are in no longer PERSON name of
    the article: "Kingston" stays a person where "Sarah Kingston" was one."""
    name_words = {t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
    return {(c.start, c.end) for c in table
            if c.place.kind in ("GPE", "LOC") and not any(t.text in name_words for t in doc[c.start:c.end])}


def _person_mentions(doc: Doc, runs: list[TitleRun], person_ents: list) -> list[PersonMention]:
    """Titled people first, then the model's PERSON spans that do not overlap them."""
    mentions = titled_people(doc, runs, person_ents)
    others = plain_people(doc, person_ents, runs) + apposed_people(doc, runs) + reported_speakers(doc) + described_people(doc)
    for mention in others:
        if is_organisation_name(doc[mention.start:mention.end].text) and not described_as_person(doc, mention.start, mention.end):
            continue  # "Pannon Energia, the Hungarian importer": a firm in apposition
        if not any(m.start < mention.end and mention.start < m.end for m in mentions):
            mentions.append(mention)
    return sorted(mentions, key=lambda m: m.start)


def _learn_from_run(mention: PersonMention, run: TitleRun) -> None:
    """Give a person the role and country of an apposition when they have none, or when
    theirs is only a rank and the apposition names an office ("Venezuela's defence
    minister, General X": Defence Minister of Venezuela)."""
    if not mention.role or _rank_only(mention.role) and run.role and not _rank_only(run.role):
        mention.role = run.role
        mention.country = run.country or mention.country
    mention.country = mention.country or run.country
    mention.groups |= run.groups


def _rank_only(role: str) -> bool:
    """True for a military rank alone ("General", "Colonel"): a rank, not an office."""
    base = role_base(role)
    return base is not None and base.group == "commander" and role.split()[-1].lower() == base.canonical.split()[-1].lower()


def _register(doc: Doc, mentions: list[PersonMention]) -> People:
    """All people: full names first, so that surnames anywhere join them."""
    people = People()
    for m in sorted(mentions, key=lambda m: -len(m.name.split())):
        people.add(m.name, doc[m.start].idx, m.role, m.country, set(m.groups), mention_gender(doc, m.start, m.role))
    return people


def _learn_countries(doc: Doc, runs: list[TitleRun], used: set[int], people: People) -> None:
    """Give people the country their office is held for when the article shows it apart from
    the name: a description ("Kazakhstan's foreign minister said ... Foreign Minister Yerlan
    Sadykov") or, for offices of a state, the dateline's country ("JAKARTA — Trade Minister")."""
    for run in runs:
        if run.country and run.role and run.start not in used and is_description(doc, run):
            person = people.resolve(_wanted(run), doc[run.start].idx)
            if person is not None and not person.office:
                person.country = person.country or run.country
    home = dateline_country(doc)
    for person in people.by_key.values() if home else ():
        base = role_base(person.role)
        bare = " of " not in person.role and "," not in person.role  # "leader of the X Party" names its body
        state_office = bare and base is not None and (base.group in DATELINE_GROUPS or person.role.startswith("presidential "))
        if not person.country and state_office and not is_former(person.role):
            person.country = home


# Offices that a wire story names without their country when they are the dateline's own.
DATELINE_GROUPS = STATE_OFFICE_GROUPS | {"legislator"}


def _person_entity(doc: Doc, mention: PersonMention, people: People, role: str = "") -> Entity:
    """The Entity for one person mention, with the person's canonical id and name."""
    at, gender = doc[mention.start].idx, mention_gender(doc, mention.start, mention.role)
    person = people.by_single_name(mention.name, at, gender) or people.by_key[person_key(mention.name)]
    return _entity_for_person(char_span(doc, mention.start, mention.end), person, mention.role or role)


def mention_gender(doc: Doc, start: int, role: str = "") -> str:
    """The gender a mention's title of address ("Mrs.", "Mr") or role word shows, or ""."""
    before = [t.text for t in doc[max(0, start - 2):start] if t.text != "."]
    return gender_of_words(before[-1:] + role.split())


def _other_gender(person: Person, gender: str) -> bool:
    """True when a mention's title shows a gender the person's earlier mentions contradict."""
    return bool(gender and person.gender and gender != person.gender)


def _person_for(people: People, name: str, at: int) -> Person:
    """The registered person a name at ``at`` belongs to."""
    return people.by_single_name(name, at) or people.by_key[person_key(name)]


def _entity_for_person(span: Span, person: Person, role: str = "") -> Entity:
    """A PERSON Entity over ``span`` for ``person`` (the mention's own role, else theirs)."""
    role = role or person.role
    if person.country and not person.office:  # an office's name already holds its country
        role = role_of_country(role, code_name(person.country))
    return Entity(span, "PERSON", person.key, person.name, role, role_sector(role))


def _attached_titles(doc: Doc, mentions: list[PersonMention], pairs, runs: list[TitleRun], people: People) -> list[Entity]:
    """Title words next to a name (before it, or in apposition), as entities of that person.

    They are not mentions of their own (the gold and OntoNotes keep titles outside person
    spans), but a speaker span headed by "minister" in "Iran's foreign minister, Kaveh
    Ansari" still names Kaveh Ansari: :func:`entity_at` answers with these."""
    by_end = {run.end: run for run in runs if run.role}
    attached = [(m, by_end[m.start]) for m in mentions if m.start in by_end] + list(pairs)
    found = []
    for mention, run in attached:
        person = _person_for(people, mention.name, doc[mention.start].idx)
        found.append(_entity_for_person(char_span(doc, run.start, run.end), person, run.role))
    return found


def _used_runs(mentions: list[PersonMention], pairs, runs: list[TitleRun]) -> set[int]:
    """Starts of runs already spent: titles before names and appositions."""
    by_end = {run.end: run for run in runs}
    return {run.start for _, run in pairs} | {by_end[m.start].start for m in mentions if m.start in by_end}


def _descriptions(doc: Doc, runs: list[TitleRun], used: set[int], people: People, chosen: list[Entity]) -> list[Entity]:
    """Descriptions ("the Supreme Leader") resolved to a person of this article.

    Offices named with their country ("Iran's Supreme Leader") go first, generic words
    ("the Iranian leader") last, so that a headline's "Iran's leader" can join the
    unnamed Supreme Leader of the lead."""
    found: list[Entity] = []
    taken = Taken(doc, chosen)
    for run in sorted(runs, key=_description_order):
        span = char_span(doc, _description_start(doc, run), run.end)
        if run.start in used or not is_description(doc, run) or not taken.free(span):
            continue
        taken.add(span)
        person = people.resolve(_wanted(run), span.start)
        if person is not None:
            found.append(_entity_for_person(span, person))
        elif run.country and not _wanted(run).generic and not _followed_by_of(doc, run):
            found.append(_entity_for_person(span, _office_holder(people, span, run)))
    return found


def _description_start(doc: Doc, run: TitleRun) -> int:
    """Where a description's span starts: at its title, or at a sentence-initial "The" (the
    gold's "The president said", "The minister described ..."; "The Supreme Leader" keeps its
    name-like title alone, as mid-sentence descriptions do)."""
    before = run.start - 1
    lower = doc[run.start].text[:1].islower()
    if lower and before >= 0 and doc[before].text == "The" and (before == 0 or doc[before].is_sent_start):
        return before
    return run.start


def _description_order(run: TitleRun) -> tuple[int, int]:
    """Country-qualified offices, then other specific titles, then generic words; by position."""
    generic = bool(run.role) and _wanted(run).title is not None and _wanted(run).generic
    return (2 if generic else 0 if run.country else 1), run.start


def _followed_by_of(doc: Doc, run: TitleRun) -> bool:
    """"Japan's minister of economy, ...": the title continues, so it names no office we know."""
    return run.end < len(doc) and doc[run.end].lower_ == "of"


def _office_holder(people: People, span: Span, run: TitleRun) -> Person:
    """An unnamed office holder ("Iran's Supreme Leader" in an article that never names him).

    Its id names the office ("office:irn:supreme-leader") so that later descriptions in
    the article join it and a later layer can link it to a person named elsewhere."""
    base = role_base(run.role)
    key = f"office:{run.country.lower()}:{slug(base.canonical)}"
    return people.add_office(key, f"{base.canonical} of {code_name(run.country)}", span.start, run.role, run.country)


def _wanted(run: TitleRun) -> Description:
    """What a description run asks for."""
    base = role_base(run.role)
    return Description(base, is_former(run.role), run.country, run.role)


def _surname_mentions(doc: Doc, people: People, chosen: list[Entity], runs: list[TitleRun]) -> list[Entity]:
    """Bare surnames of known people that the model missed or mislabelled, and bare given
    names of people named in full that stand alone as names ("Luca and Chiara walked off")."""
    table = people.surname_table()
    given = people.given_name_table()
    found: list[Entity] = []
    taken = Taken(doc, chosen)
    for token in doc:
        person = table.get(token.text) or (given.get(token.text) if _lone_name(doc, token.i) else None)
        if person is None or not token.text[:1].isupper() or _other_gender(person, mention_gender(doc, token.i)):
            continue
        span = char_span(doc, token.i, token.i + 1)
        if taken.free(span):
            taken.add(span)
            found.append(_entity_for_person(span, person))
    return found


def _lone_name(doc: Doc, i: int) -> bool:
    """A proper noun no table knows, with no capitalised name word beside it ("Luca", not "Luca Rossi")."""
    def name_word(j: int) -> bool:
        return 0 <= j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper() and not doc[j].is_sent_start
    return doc[i].pos_ == "PROPN" and lookup(doc[i].text) is None and not name_word(i - 1) and not name_word(i + 1)


def entity_at(doc: Doc, start_char: int, end_char: int) -> Entity | None:
    """The entity covering or overlapping [start_char, end_char), preferring the longest;
    failing that, the person whose attached title is there ("minister" in "Iran's foreign
    minister, Kaveh Ansari")."""
    return _longest_overlap(doc._.np_entities, start_char, end_char) or _longest_overlap(
        doc._.np_person_titles, start_char, end_char
    )


def _longest_overlap(entities, start_char: int, end_char: int) -> Entity | None:
    """The longest (then earliest) entity overlapping the range; an empty range is a point."""
    end_char = max(end_char, start_char + 1)
    hits = [e for e in entities or () if e.span.start < end_char and start_char < e.span.end]
    return max(hits, key=lambda e: (e.span.end - e.span.start, -e.span.start), default=None)


def person_country(doc: Doc, canonical_id: str) -> str:
    """The ISO 3166 alpha-3 code a person was tied to in this article ("" when none)."""
    for row in doc._.np_people or ():
        if row["key"] == canonical_id:
            return row["country"]
    return ""


def resolve_person_description(doc: Doc, span: SpacySpan) -> Entity | None:
    """The person a description such as "the Supreme Leader" refers to, over ``span``."""
    if doc._.np_people is None:
        return None
    people = People.from_dicts(doc._.np_people)
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
