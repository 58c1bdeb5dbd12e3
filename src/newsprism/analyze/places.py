"""Places and organisations for entity normalisation: table matches, the model's entities
(cleaned and relabelled by agreement across the article) and ministries with their country.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from ..records import Entity, Span
from .article_countries import main_country, sentence_country
from .gazetteer import Place, code_name, country_code, country_of, is_alpha3, lookup, state_bodies
from .mentions import ORG_HEADS, POSSESSIVE_TOKENS, place_ending_at
from .organisations import described_as_person, in_law_name, is_organisation_name, is_outlet_name, organisation_runs, works_at
from .model_ents import MODEL_LABELS, after_demonym, clean_bounds, cleaned_ents  # noqa: F401 (clean_bounds, after_demonym: re-exported)
from .name_slugs import name_slug
from .people import read_table, slug

LOCATIVE = {"in", "at", "near", "outside", "around", "across", "inside", "towards", "toward", "into"}
# "the district of X", "the Indian state of X": X is a place whatever the model says.
PLACE_NOUNS = {"state", "province", "district", "region", "city", "town", "village", "county", "division",
               "municipality", "outskirts", "mayor", "governor"}  # "the mayor of Sør-Varanger": a place has a mayor
LOCATIVE_VOTES = 2  # a locative context outweighs one model label


@dataclass(frozen=True)
class Candidate:
    """A possible place or organisation mention at tokens [start, end)."""

    start: int
    end: int
    place: Place
    priority: int  # 0: our tables, 1: the model


def char_span(doc: Doc, start: int, end: int) -> Span:
    """A record Span for tokens [start, end), without whitespace tokens at its edges.

    The model sometimes tags a paragraph break as part of a name ("Supreme Ayatollah \\n\\n").
    """
    while end - 1 > start and doc[end - 1].is_space:
        end -= 1
    while start < end - 1 and doc[start].is_space:
        start += 1
    span = doc[start:end]  # never doc.text: spaCy rebuilds it on every access
    return Span(span.start_char, span.end_char, span.text)


class Taken:
    """Characters covered by entities chosen so far: an overlap check costs the span's
    length, not the number of entities (articles can be long and hostile)."""

    def __init__(self, doc: Doc, entities: list[Entity] = ()) -> None:
        self.chars = bytearray(doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0)
        for entity in entities:
            self.add(entity.span)

    def free(self, span: Span) -> bool:
        """True when no chosen entity covers any character of ``span``."""
        return not any(self.chars[span.start:span.end])

    def add(self, span: Span) -> None:
        """Mark ``span`` as covered."""
        self.chars[span.start:span.end] = b"\x01" * (span.end - span.start)


def place_entities(doc: Doc, table: list[Candidate], chosen: list[Entity], title_tokens: set[int],
                   kinds: dict[str, str]) -> list[Entity]:
    """Table matches, ministries and the model's entities, longest first, without overlaps."""
    guessed = _outside_ministries(doc, model_candidates(doc, title_tokens, kinds)) + named_body_candidates(doc, kinds)
    candidates = (table + short_body_candidates(doc) + dateline_candidates(doc) + ministry_candidates(doc) + body_candidates(doc)
                  + _outside_country_bodies(doc, guessed, table))
    candidates.sort(key=lambda c: (-(c.end - c.start), c.priority, c.start))
    found: list[Entity] = []
    taken = Taken(doc, chosen)
    for c in candidates:
        span = char_span(doc, _outlet_start(doc, c), c.end)
        if taken.free(span):
            taken.add(span)
            found.append(_entity(doc, c, span))
    return found


DATELINE_DASHES = {"—", "–", "-", "--"}
MAX_DATELINE_WORDS = 3


def dateline_candidates(doc: Doc) -> list[Candidate]:
    """"LIMA — ...": a dateline's capital in capitals (the table matches exact spelling only)."""
    at = dateline_span(doc)
    if at is None:
        return []
    place = lookup(doc[at[0]:at[1]].text.title())
    return [Candidate(at[0], at[1], place, 0)] if place is not None and place.kind == "GPE" else []


def dateline_span(doc: Doc) -> tuple[int, int] | None:
    """Tokens of the body's opening all-capitals place name before a dash, or None."""
    start = _body_token(doc)
    for end in range(start + 1, min(len(doc), start + MAX_DATELINE_WORDS + 1)):
        if doc[end].text in DATELINE_DASHES or doc[end].text == ",":  # "BRATISLAVA, Nov 24 (Wire) -"
            words = doc[start:end]
            return (start, end) if all(t.is_alpha and t.is_upper for t in words) else None
    return None


def dateline_country(doc: Doc) -> str:
    """The country (alpha-3) of the article's dateline ("JAKARTA —" -> IDN), or ""."""
    found = dateline_candidates(doc)
    code = found[0].place.code if found else ""
    if not code:  # a town our tables lack ("DAUGAVPILS -"); imported here: geo_places builds on this module
        from .geo_places import dateline_town_country
        code = dateline_town_country(doc)
    return code if is_alpha3(code) else ""


# EU bodies that an article naming the EU calls by their last word ("a Commission spokesperson").
EU_SHORT_NAMES = {"Commission": "European Commission", "Parliament": "European Parliament"}


def eu_short_names(doc: Doc) -> dict[str, str]:
    """The EU bodies' short names when the article names the EU ("EU", "Brussels", ...), else {}."""
    if any(t.text[:1].isupper() and (place := lookup(t.text)) is not None and place.code == "EU" for t in doc):
        return EU_SHORT_NAMES
    return {}


def short_body_candidates(doc: Doc) -> list[Candidate]:
    """"Commission" alone in an article about the EU is the European Commission."""
    names = eu_short_names(doc)
    found = []
    for token in doc if names else ():
        full = names.get(token.text)
        if full and not (token.i > 0 and doc[token.i - 1].text == "European"):
            found.append(Candidate(token.i, token.i + 1, Place(f"org:{slug(full)}", full, "ORG", "GOV", "EU"), 0))
    return found


def _outside_ministries(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Model spans that swallow a ministry ("Kazakh foreign ministry") give way to the
    demonym and the ministry, which are named apart as "Qatar's foreign ministry" is."""
    words = _ministry_words()
    return [c for c in candidates
            if not (c.end - c.start > 2 and doc[c.end - 1].lower_ == "ministry" and doc[c.end - 2].lower_ in words)]


def _outside_country_bodies(doc: Doc, candidates: list[Candidate], table: list[Candidate]) -> list[Candidate]:
    """Model spans made of a country and one of its bodies we know ("US State Department")
    give way to the two, named apart as "the State Department" and "US" are."""
    bodies = {(c.start, c.end): c.place for c in table if c.place.kind == "ORG" and is_alpha3(c.place.actor)}
    return [c for c in candidates if not any(
        (k, c.end) in bodies and country_code(doc[c.start:k].text) == bodies[(k, c.end)].actor for k in range(c.start + 1, c.end))]


def _outlet_start(doc: Doc, candidate: Candidate) -> int:
    """An outlet's "The" is part of its name ("seen by The Coastal Ledger"), as the gold writes it."""
    start = candidate.start
    if start > 0 and doc[start - 1].text == "The" and is_outlet_name(doc[start:candidate.end].text):
        return start - 1
    return start


def table_candidates(doc: Doc, matcher) -> list[Candidate]:
    """Every alias from our tables found in the text."""
    found = []
    for match_id, start, end in matcher(doc):
        place = lookup(doc.vocab.strings[match_id])
        if place is not None:
            found.append(Candidate(start, end, place, 0))
    return found


def agreed_kinds(doc: Doc, title_tokens: set[int]) -> dict[str, str]:
    """Each entity text's kind by vote over all its occurrences: model labels plus locative
    contexts ("in Sylhet"), labelled or not.

    The small model labels unfamiliar place names PERSON or ORG in one sentence and GPE in
    the next; one article uses one name for one thing."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for start, end, label in cleaned_ents(doc, title_tokens):
        votes[doc[start:end].text][label] += 1
    kinds = {}
    for text, counter in votes.items():
        described = False
        for start, end in occurrences(doc, text):
            if _locative(doc, start) and not is_organisation_name(text):  # "analysts at Straits Capital"
                counter["GPE"] += LOCATIVE_VOTES
            if end - start >= 2 and described_as_person(doc, start, end):  # "Nadia Rahim, an economist at ..."
                counter["PERSON"] += LOCATIVE_VOTES
                described = True
            place_kind = place_noun_kind(doc, start, end)
            if place_kind and not is_organisation_name(text):  # "the Paternieki crossing", "X, a border post"
                counter[place_kind] += LOCATIVE_VOTES
        # "Corvin Ratings" is a firm whatever the model says, unless described as a person
        kinds[text] = "ORG" if is_organisation_name(text) and not described else counter.most_common(1)[0][0]
    return kinds


# Lower-case nouns that make the name before them a place ("the disputed Essequibo region",
# "the Paternieki crossing") or, after ", a", describe it as one ("X, a border post on ...").
PLACE_NOUN_KINDS = {"region": "LOC", "valley": "LOC", "river": "LOC", "province": "GPE", "district": "GPE",
                    "village": "GPE", "town": "GPE", "city": "GPE", "crossing": "GPE", "municipality": "GPE",
                    "county": "GPE", "post": "GPE", "port": "GPE", "settlement": "GPE", "suburb": "GPE"}
MAX_APPOSITION_WORDS = 5


def place_noun_kind(doc: Doc, start: int, end: int) -> str:
    """GPE or LOC when a place noun follows the name or heads its apposition, else ""."""
    words = [t for t in doc[end:end + 3] if t.text[:1].islower() or t.is_punct]
    if words and words[0].lower_ in PLACE_NOUN_KINDS and words[0].dep_ != "compound":  # not "X town hall"
        return PLACE_NOUN_KINDS[words[0].lower_]
    if len(words) > 1 and words[0].lower_ == "border" and words[1].lower_ in ("point", "crossing", "post", "town"):
        return "GPE"
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("a", "an", "the"):
        for token in doc[end + 2:end + 2 + MAX_APPOSITION_WORDS]:
            if token.text == "-" and not token.whitespace_:  # "the oil-rich region"
                continue
            if token.is_punct or token.pos_ in ("VERB", "AUX", "ADP"):
                break
            if token.lower_ in PLACE_NOUN_KINDS:
                return PLACE_NOUN_KINDS[token.lower_]
    return ""


def occurrences(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Token ranges [start, end) where ``text`` occurs as whole tokens."""
    first = (text.split()[0].split("-")[0] or text.split()[0]) if text.strip() else ""
    found = []
    for i in _token_index(doc).get(first, ()):
        for stop in range(i + 1, min(len(doc), i + 2 * len(text.split()) + 2) + 1):
            if doc[i:stop].text == text:
                found.append((i, stop))
                break
    return found


def _token_index(doc: Doc) -> dict[str, list[int]]:
    """Token positions by the text before any hyphen, built once per Doc."""
    if doc.user_data.get("np_token_index") is None:
        index: dict[str, list[int]] = defaultdict(list)
        for token in doc:
            index[token.text.split("-")[0] or token.text].append(token.i)
        doc.user_data["np_token_index"] = dict(index)
    return doc.user_data["np_token_index"]


# Time-zone abbreviations the small model tags as organisations.
TIME_ZONES = frozenset("GMT UTC BST CET CEST EET EEST WET EST EDT CST CDT MST MDT PST PDT IST JST KST AEST AEDT SGT HKT".split())


def _locative(doc: Doc, start: int) -> bool:
    """True after "in", "near", ... or "the district of"."""
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in LOCATIVE:
        return True
    return before == "of" and start > 1 and doc[start - 2].lower_ in PLACE_NOUNS


def model_candidates(doc: Doc, title_tokens: set[int], kinds: dict[str, str]) -> list[Candidate]:
    """The model's non-person entities (and PERSON labels the article's votes overrule),
    plus unlabelled repeats of the same names."""
    found = []
    for start, end, label in cleaned_ents(doc, title_tokens):
        text = doc[start:end].text
        kind = kinds.get(text, label)
        if kind == "PERSON" or text in TIME_ZONES:  # "at 6 a.m. GMT" names no organisation
            continue
        kind = _our_kind(kind, doc[start:end])
        if kind in ("GPE", "LOC") and lookup(text) is None and works_at(doc, start):
            kind = "ORG"
        if kind == "ORG" and lookup(text) is None and in_law_name(doc, start, end):
            continue  # "the Civil Society Registration Act" is a law, no organisation
        place = lookup(text) or Place(f"{kind.lower()}:{name_slug(text)}", text, kind)
        found.append(Candidate(start, end, place, 1))
    return found + _repeats(doc, found)


def _repeats(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Other occurrences of names the model labelled somewhere (priority 2)."""
    places = {doc[c.start:c.end].text: c.place for c in found}
    return [Candidate(start, end, place, 2) for text, place in places.items() for start, end in occurrences(doc, text)
            if not any(doc[i].ent_type_ == "PERSON" for i in range(start, end))]


def named_body_candidates(doc: Doc, kinds: dict[str, str]) -> list[Candidate]:
    """Organisations named after a place that the model missed or cut short ("the Port of
    Velmar Authority", "Caspian Ferry Company"); the model's and our tables' names win ties."""
    found = []
    for start, end in organisation_runs(doc, _body_token(doc)):  # headlines capitalise every word
        text = doc[start:end].text
        if (kinds.get(text, "ORG") == "ORG" or is_outlet_name(text)) and lookup(text) is None:
            found.append(Candidate(start, end, Place(f"org:{name_slug(text)}", text, "ORG"), 3))
    return found


def _body_token(doc: Doc) -> int:
    """The first token of the body (0 when the Doc has no headline)."""
    body = doc._.np_body_start if Doc.has_extension("np_body_start") else 0
    return next((t.i for t in doc if t.idx >= body), len(doc)) if body else 0


def _our_kind(label: str, span) -> str:
    """Our kind for a model label; "facilities" named like institutions are organisations, and
    so are places whose name ends in an organisation word ("the Port of Velmar Authority")."""
    if label == "FAC" and any(token.lower_ in ORG_HEADS for token in span):
        return "ORG"
    if label in ("GPE", "LOC", "FAC") and is_organisation_name(span.text):
        return "ORG"
    return MODEL_LABELS[label]


def _entity(doc: Doc, candidate: Candidate, span: Span) -> Entity:
    """The Entity for a place or organisation; capitals after "in" are places, not governments."""
    place, start = candidate.place, candidate.start
    sector = place.sector
    if place.kind == "GPE" and start > 0 and doc[start - 1].lower_ in LOCATIVE:
        sector = ""
    return Entity(span, place.kind, place.code, place.name, "", sector)


# ---------------------------------------------------------------- ministries


def _ministry_words() -> dict[str, str]:
    """Ministry kinds: word before "ministry" -> canonical word ("defense" -> "defence")."""
    return {row[0]: row[1] for row in read_table("ministries.tsv")}


def ministry_candidates(doc: Doc) -> list[Candidate]:
    """"Foreign Ministry", "Qatar's foreign ministry": an organisation of a known country.

    The country comes from a possessor or demonym, else the nearest country named before
    it in the sentence outside quotations, else the country the article names most."""
    words = _ministry_words()
    found = []
    for token in doc[1:]:
        kind = words.get(doc[token.i - 1].lower_)
        if token.lower_ == "ministry" and kind:
            country = ministry_country(doc, token.i - 1)
            found.append(Candidate(token.i - 1, token.i + 1, ministry_place(kind, country), 0))
    return found


@lru_cache(maxsize=1)
def _portfolios() -> dict[str, str]:
    """Canonical ministry word -> the portfolio its official name spells ("foreign" -> "Foreign Affairs")."""
    return {row[1]: row[2] for row in read_table("ministries.tsv") if len(row) > 2 and row[2]}


def ministry_place(kind: str, country: str) -> Place:
    """The Place for one country's ministry of ``kind``: id "org:iran-foreign-ministry", name
    "Ministry of Foreign Affairs of Iran" (the convention of the gold and of speaker names)."""
    label = f"{kind.title()} Ministry"
    if not country:
        return Place(f"org:{slug(label)}", ministry_name(kind), "ORG", "GOV")
    name = code_name(country)
    return Place(f"org:{slug(name)}-{slug(label)}", ministry_name(kind, name), "ORG", "GOV", country)


def ministry_name(kind: str, country_name: str = "") -> str:
    """The official name of a ministry of ``kind`` ("foreign" -> "Ministry of Foreign Affairs"),
    "of" its country when given."""
    official = f"Ministry of {_portfolios().get(kind, kind.title())}"
    return f"{official} of {country_name}" if country_name else official


def ministry_country(doc: Doc, start: int) -> str:
    """The country a ministry whose name starts at token ``start`` belongs to, or ""."""
    i = start - 1 if start > 0 and doc[start - 1].text in POSSESSIVE_TOKENS else start
    place, _ = place_ending_at(doc, i)
    if place is not None and is_alpha3(place.code):
        return place.code
    return _seat_after(doc, start) or sentence_country(doc, start) or dateline_country(doc) or main_country(doc)


def _seat_after(doc: Doc, start: int) -> str:
    """"the foreign ministry in Georgetown": the country whose capital (or name) follows "in"."""
    after = start + 3  # "<kind> ministry in"
    if after >= len(doc) or doc[after - 1].lower_ != "in":
        return ""
    for width in (3, 2, 1):  # "in Kuala Lumpur", "in Georgetown"
        place = lookup(doc[after : after + width].text) if after + width <= len(doc) else None
        if place is not None and is_alpha3(place.code):
            return place.code
    return ""


# ---------------------------------------------------------------- state bodies

MAX_BODY_WORDS = 2


def body_candidates(doc: Doc) -> list[Candidate]:
    """"Iran's military", "the Bangladeshi coast guard": a body of the country named right
    before it; later bare mentions ("the coast guard") are the same body."""
    bodies, seen, found = state_bodies(), {}, []
    i = 1
    while i < len(doc):
        end, body = _body_at(doc, i, bodies)
        if body is None:
            i += 1
            continue
        country = country_before(doc, i) or (seen.get(body[0]) if doc[i - 1].lower_ == "the" else "")
        if country:
            seen[body[0]] = country
            found.append(Candidate(i, end, _body(body, country), 0))
        i = end
    return found


@lru_cache(maxsize=1)
def _body_first_words() -> frozenset[str]:
    """First words of the state-body phrases ("coast", "military", ...)."""
    return frozenset(phrase.split()[0] for phrase in state_bodies())


def _body_at(doc: Doc, i: int, bodies: dict) -> tuple[int, tuple[str, str] | None]:
    """The longest state-body phrase starting at token ``i`` and its end."""
    if doc[i].lower_ not in _body_first_words():  # most tokens: one set lookup, no joins
        return i + 1, None
    for end in range(min(len(doc), i + MAX_BODY_WORDS), i, -1):
        body = bodies.get(" ".join(t.lower_ for t in doc[i:end]))
        if body is not None:
            return end, body
    return i + 1, None


def country_before(doc: Doc, i: int) -> str:
    """The country (alpha-3) named just before token ``i`` ("Iran's", "Bangladeshi"), or ""."""
    end = i - 1 if doc[i - 1].text in POSSESSIVE_TOKENS else i
    place, _ = place_ending_at(doc, end)
    return country_of(place)


def _body(body: tuple[str, str], country: str) -> Place:
    """The Place for one country's state body."""
    canonical, sector = body
    name = code_name(country)
    label = canonical.replace("-", " ").title()
    return Place(f"org:{slug(name)}-{canonical}", f"{label} of {name}", "ORG", sector, country)
