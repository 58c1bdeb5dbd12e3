"""Token-level detection for entity normalisation: titles, names, qualifiers and people.

A *title run* is a stretch of title words ("former Foreign Minister", "Supreme Leader
Ayatollah"). A run directly before a name makes a titled person; a run next to a person
across a comma is an apposition ("Ali Khamenei, Iran's Supreme Leader,"); any other run
headed by a role is a description ("the Supreme Leader") to resolve to a person.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .gazetteer import Place, country_of, lookup
from .organisations import described_as_person, is_organisation_name, organisation_end
from .people import Title, clean_name, longest_title_words, split_title, title_first_words, title_of

POSSESSIVE_TOKENS = {"'s", "’s", "'", "’"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that"}
# Determiners of noun phrases that refer to nobody in particular ("any American president").
INDEFINITE = {"a", "an", "any", "one", "some", "another", "every", "each", "no", "many", "several"}
# Words that make a capitalised run an organisation, not a person's name.
ORG_HEADS = {
    "department", "ministry", "council", "committee", "assembly", "office", "party", "agency",
    "house", "court", "guard", "guards", "corps", "forces", "army", "navy", "institute",
    "university", "centre", "center", "bank", "fund", "commission", "union", "league",
    "organization", "organisation", "association", "society", "group", "news", "times", "post",
}
# Model labels of names that may hold a title word ("General Motors", "King Day").
NAME_LABELS = {"PERSON", "ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "DATE"}
NAME_PARTICLES = {"bin", "ibn", "al", "el", "de", "van", "von", "der", "da", "di", "du", "la", "le"}
MAX_NAME_TOKENS = 6
# '"...," said Farid Uddin, who ...': a name right after a speech verb is a person.
SPEECH_VERBS = {"said", "says", "told", "added", "asked", "wrote", "warned"}


@dataclass
class TitleRun:
    """Consecutive title words at tokens [start, end) with the role they spell."""

    start: int
    end: int
    role: str  # "" when the run holds only honorifics or modifiers
    titles: tuple[Title, ...]
    country: str = ""  # from a qualifier before it: "Iran's", "Iranian"
    qualifier_start: int = -1  # first token of "the Iranian", "Iran's", ... (or start)
    determiner: str = ""  # "the", "a", ... before the run, lower case

    @property
    def groups(self) -> set[str]:
        """Description groups of the titles ("leader", "cleric", ...)."""
        return {t.group for t in self.titles if t.group}


@dataclass
class PersonMention:
    """A person's name at tokens [start, end) with the role given at this mention."""

    start: int
    end: int
    name: str
    role: str = ""
    country: str = ""
    groups: set[str] = field(default_factory=set)
    title_start: int = -1  # first title token before the name, when titled


def _window_text(doc: Doc, start: int, end: int) -> str:
    """The text of tokens [start, end) as written, without trailing whitespace."""
    return doc[start:end].text  # never doc.text: spaCy rebuilds it on every access


def _title_at(doc: Doc, i: int) -> tuple[Title | None, int]:
    """The longest title starting at token ``i`` and its length in tokens."""
    if doc[i].lower_.rstrip(".") not in title_first_words():
        return None, 0
    limit = min(len(doc), i + longest_title_words() + 3)  # "Lt. Gen." is more tokens than words
    for end in range(limit, i, -1):
        text = _window_text(doc, i, end)
        if "\n" in text:
            continue
        found = title_of(text.split())
        if found is not None and (found.type != "honorific" or doc[i].text[:1].isupper()):
            return found, end - i
    return None, 0


def title_runs(doc: Doc) -> list[TitleRun]:
    """Every run of consecutive title words in ``doc``."""
    runs, i = [], 0
    while i < len(doc):
        found, size = _title_at(doc, i)
        if found is None:
            i += 1
            continue
        start, titles = i, []
        while found is not None:
            titles.append(found)
            i += size
            found, size = _title_at(doc, i) if i < len(doc) else (None, 0)
        run = _make_run(doc, start, i, titles)
        if run is not None:
            runs.append(run)
    return runs


def _make_run(doc: Doc, start: int, end: int, titles: list[Title]) -> TitleRun | None:
    """A run with its role and qualifier, or None when it is only modifiers or part of a name."""
    if all(t.type == "modifier" for t in titles) or _inside_name(doc, start, end):
        return None
    role, _ = split_title(_window_text(doc, start, end))
    first = _portfolio_start(doc, start) if titles[0].type == "role" else start
    if first < start:  # "Disaster Management Minister": the portfolio is part of the role
        role = f"{_window_text(doc, first, start).title()} {role}"
    body = _organisation_start(doc, first) if titles[-1].type == "role" else first
    if body < first:  # "State Department spokesman": the body is part of the role as written
        role = f"{_window_text(doc, body, first)} {role}"
        while body > 0 and title_of([doc[body - 1].lower_]) is not None and title_of([doc[body - 1].lower_]).type == "modifier":
            body -= 1  # "former State Department negotiator": the modifier stays in front
            role = f"{doc[body].lower_} {role}"
    run = TitleRun(first, end, role, tuple(titles), qualifier_start=first)
    _attach_qualifier(doc, run, body)
    if run.role:
        _attach_complement(doc, run)
        run.country = run.country or _country_set_before(doc, run.qualifier_start)
    return run


def country_set_before(doc: Doc, start: int) -> str:
    """The country of an "In <place>," sentence opener right before token ``start``, or ""."""
    return _country_set_before(doc, start)


def _country_set_before(doc: Doc, start: int) -> str:
    """"In Jerusalem, Prime Minister Yael Adler warned ...": the country of a place that opens
    the sentence ("In <place>,") right before the title, or ""."""
    comma = start - 1
    if comma < 2 or doc[comma].text != ",":
        return ""
    place, first = place_ending_at(doc, comma)
    opener = first - 1
    if place is None or place.kind != "GPE" or opener < 0 or doc[opener].lower_ != "in" or not doc[opener].is_sent_start:
        return ""
    return _country_of(place) if len(_country_of(place)) == 3 else ""


def _name_after(doc: Doc, first: int) -> int:
    """The end of the model entity, or else of the organisation name, starting at ``first``
    (``first`` when neither starts there)."""
    if first >= len(doc):
        return first
    if doc[first].ent_type_ and doc[first].ent_iob_ == "B":
        return _ent_bounds(doc, first)[1]
    return organisation_end(doc, first)


def _organisation_start(doc: Doc, first: int) -> int:
    """Where an organisation named right before a title starts ("State Department", "EU",
    "Foreign Ministry" in "Foreign Ministry spokesman"), or ``first`` when there is none."""
    if first == 0:
        return first
    place, start = place_ending_at(doc, first)
    if place is not None:  # "EU trade commissioner"; never a country ("Kyrgyz", tagged ORG by the model)
        return _after_determiners(doc, start, first) if place.kind == "ORG" else first
    if doc[first - 1].lower_ == "ministry" and first >= 2 and doc[first - 2].text[:1].isupper():
        return first - 2  # "Foreign Ministry spokesman": ministries are found later, with their country
    if _lone_body_word(doc, first - 1):
        return first - 1  # "a Commission spokesperson", whether or not the model tagged "Commission"
    if doc[first - 1].ent_type_ == "ORG" and (first == len(doc) or doc[first].ent_iob_ != "I"):
        start = _after_determiners(doc, _ent_bounds(doc, first - 1)[0], first)
        return start if doc[start].text[:1].isupper() else first
    return first


def _lone_body_word(doc: Doc, i: int) -> bool:
    """A capitalised organisation word alone after a determiner ("a Commission", "the Council")."""
    return (i >= 1 and doc[i].text[:1].isupper() and doc[i].lower_ in ORG_HEADS
            and doc[i - 1].lower_ in DETERMINERS)


def _after_determiners(doc: Doc, start: int, end: int) -> int:
    """``start`` moved past spaces and determiners ("\n\nThe United Nations"), short of ``end``."""
    while start < end - 1 and (doc[start].lower_ in DETERMINERS or doc[start].is_space):
        start += 1
    return start


def _attach_complement(doc: Doc, run: TitleRun) -> None:
    """"the foreign minister of Kazakhstan" gives the country; "a spokeswoman for the Caspian
    Ferry Company" the body she speaks for, kept in the role ("Spokeswoman, Caspian Ferry Company")."""
    prep = run.end
    if prep + 1 >= len(doc) or doc[prep].lower_ not in ("of", "for", "at"):
        return
    first = prep + 2 if doc[prep + 1].lower_ == "the" and not doc[prep + 1].ent_type_ else prep + 1
    last = _name_after(doc, first)
    if last <= first:
        return
    first = _after_determiners(doc, first, last)
    place = lookup(_window_text(doc, first, last))
    if country_of(place):
        run.country = run.country or place.code
    elif (doc[first].ent_type_ in ("ORG", "FAC") or is_organisation_name(_window_text(doc, first, last))) and (
            place is None or place.kind == "ORG"):
        of_body = doc[prep].lower_ == "of"  # "Secretary-General of the United Nations", as written
        run.role = f"{run.role} {_window_text(doc, prep, last)}" if of_body else f"{run.role}, {_window_text(doc, first, last)}"


def _portfolio_start(doc: Doc, start: int) -> int:
    """Where capitalised words that name a portfolio begin before a title (at most three)."""
    i = start
    while i > max(0, start - 3) and _portfolio_word(doc[i - 1]):
        i -= 1
    return i


def _portfolio_word(token: Token) -> bool:
    """A word naming a portfolio, outside any name, place or organisation: capitalised
    ("Disaster Management Minister") or a lower-case compound ("the health minister")."""
    shaped = token.text[:1].isupper() and token.pos_ in ("NOUN", "PROPN") or token.pos_ == "NOUN" and token.dep_ == "compound"
    return (token.is_alpha and shaped and not token.ent_type_ and token.lower_ not in ORG_HEADS
            and lookup(token.text) is None)


BODIES_BEFORE_GENERAL = frozenset({"consulate", "directorate", "directorate-", "inspectorate", "secretariat", "procuratorate"})


def _inside_name(doc: Doc, start: int, end: int) -> bool:
    """True when title words belong to a longer name: "the Justice Department", "General
    Motors" (an organisation the model knows), "Martin Luther King Day", "consulate general"."""
    if end < len(doc) and doc[end].lower_ in ORG_HEADS:
        return True
    if start > 0 and doc[start].lower_ == "general" and doc[start - 1].lower_ in BODIES_BEFORE_GENERAL:
        return True  # "the Russian consulate general", "Directorate-General": a body, no general
    label = doc[start].ent_type_
    if label not in NAME_LABELS:
        return False
    first, last = _ent_bounds(doc, start)
    while first < start and doc[first].lower_ in DETERMINERS:
        first += 1
    if first < start and label != "ORG":  # the name started before the title word
        return True
    return first == start and label != "PERSON" and _trim_possessive(doc, start, last) > end


def _ent_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Token bounds of the model entity holding token ``i`` (from IOB tags: no doc.ents)."""
    first, last = i, i + 1
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    while last < len(doc) and doc[last].ent_iob_ == "I":
        last += 1
    return first, last


def _attach_qualifier(doc: Doc, run: TitleRun, before: int | None = None) -> None:
    """Find "the", "Iran's", "the Iranian", "US" before a run (or before the body named in its
    role, at ``before``); set country and qualifier_start."""
    i = (run.start if before is None else before) - 1
    if i >= 0 and doc[i].text in POSSESSIVE_TOKENS and i >= 1:
        place, first = place_ending_at(doc, i)
        if place is not None:
            run.country, i = _country_of(place), first - 1
    elif i >= 0:
        place, first = place_ending_at(doc, i + 1)
        if place is not None and place.kind in ("NORP", "GPE"):
            run.country, i = _country_of(place), first - 1
    while i >= 0 and doc[i].lower_ not in INDEFINITE and (doc[i].pos_ in ("ADJ", "NUM") or doc[i].text == "-"):
        modifier = title_of([doc[i].lower_])
        if run.role and modifier is not None and modifier.type == "modifier" and run.role.split()[0] != modifier.canonical:
            run.role = f"{modifier.canonical} {run.role}"  # "Former Indonesian President": still former
        i -= 1  # "the 79-year-old cleric", "the new president"
    if i >= 0 and doc[i].lower_ in DETERMINERS | INDEFINITE:
        run.determiner = doc[i].lower_
        i -= 1
    run.qualifier_start = i + 1


def _country_of(place: Place) -> str:
    """The country (or organisation) a place speaks for."""
    return place.actor if place.actor and len(place.actor) == 3 else place.code


def place_ending_at(doc: Doc, end: int) -> tuple[Place | None, int]:
    """The gazetteer place whose tokens end just before ``end`` (longest), with its start."""
    for start in range(max(0, end - 4), end):
        place = lookup(_window_text(doc, start, end))
        if place is not None:
            return place, start
    return None, end


def is_name_token(token: Token) -> bool:
    """A capitalised word that can be part of a person's name."""
    text = token.text
    return (
        text[:1].isupper()
        and any(c.isalpha() for c in text)
        and text.lower() not in ORG_HEADS
        and token.pos_ in ("PROPN", "NOUN", "ADJ", "X", "VERB")
        and text not in POSSESSIVE_TOKENS
    )


def name_end(doc: Doc, start: int) -> int:
    """The end of the name that starts at token ``start`` (``start`` when there is none)."""
    i = start
    while i < len(doc) and i - start < MAX_NAME_TOKENS:
        token = doc[i]
        if is_name_token(token) and "\n" not in token.whitespace_:
            i += 1
        elif token.text == "-" and i > start and not token.whitespace_ and i + 1 < len(doc) and is_name_token(doc[i + 1]):
            i += 1  # "Al-Rawahi" comes as "Al", "-", "Rawahi"
        elif token.lower_ in NAME_PARTICLES and i + 1 < len(doc) and is_name_token(doc[i + 1]) and i > start:
            i += 1
        else:
            break
        if token.whitespace_ and "\n" in token.whitespace_:
            break
    return i if i > start and not _is_place_run(doc, start, i) else start


def _is_place_run(doc: Doc, start: int, end: int) -> bool:
    """True when the capitalised run is a known place or organisation ("Iran", "UN")."""
    return lookup(_window_text(doc, start, end)) is not None or lookup(doc[start].text) is not None and end - start == 1


def titled_people(doc: Doc, runs: list[TitleRun], person_ents: list) -> list[PersonMention]:
    """People named right after a title run ("Supreme Leader Ayatollah Ali Khamenei")."""
    starts = {ent.start: ent for ent in person_ents}
    people = []
    for run in runs:
        end = name_end(doc, run.end)
        if run.end in starts:
            end = max(end, _trim_possessive(doc, starts[run.end].start, starts[run.end].end))
        if end > run.end:
            people.append(_person(doc, run.end, end, run))
    return people


def apposed_people(doc: Doc, runs: list[TitleRun]) -> list[PersonMention]:
    """Names set off after a title by commas: "the UN Secretary-General, Amara Okafor, said"."""
    people = []
    for run in runs:
        first = run.end + 1
        if not run.role or first >= len(doc) or doc[run.end].text != ",":
            continue
        end = name_end(doc, first)
        if end - first >= 2 and (end == len(doc) or doc[end].is_punct):
            people.append(_person(doc, first, end))
    return people


def described_people(doc: Doc) -> list[PersonMention]:
    """Two-or-more-word names described as a person right after them, whatever the model
    tagged them: "Vesna Pauk, a spokesperson for ...", "Nadia Rahim, who ..."."""
    people, i = [], 0
    while i < len(doc):
        end = name_end(doc, i) if is_name_token(doc[i]) else i
        text = _window_text(doc, i, end)
        if end - i >= 2 and described_as_person(doc, i, end) and not is_organisation_name(text):
            people.append(_person(doc, i, end))
        i = max(end, i + 1)
    return people


def reported_speakers(doc: Doc) -> list[PersonMention]:
    """Two-or-more-word names right after a speech verb: '"...," said Farid Uddin, who ...'."""
    people = []
    for token in doc[:-1]:
        if token.lower_ in SPEECH_VERBS:
            first = token.i + 1
            end = name_end(doc, first)
            if end - first >= 2 and (end == len(doc) or doc[end].is_punct):
                people.append(_person(doc, first, end))
    return people


def _trim_possessive(doc: Doc, start: int, end: int) -> int:
    """``end`` without a trailing possessive or punctuation token."""
    while end > start and (doc[end - 1].text in POSSESSIVE_TOKENS or doc[end - 1].is_punct):
        end -= 1
    return end


def _person(doc: Doc, start: int, end: int, run: TitleRun | None = None) -> PersonMention:
    """A person mention for tokens [start, end), titled by ``run`` when given."""
    name = clean_name(_window_text(doc, start, end))
    if run is None:
        return PersonMention(start, end, name)
    return PersonMention(start, end, name, run.role, run.country, run.groups, run.qualifier_start)


def plain_people(doc: Doc, person_ents: list, runs: list[TitleRun]) -> list[PersonMention]:
    """People the model tagged PERSON, with title words inside the span stripped."""
    run_at = {run.start: run for run in runs}
    people = []
    for ent in person_ents:
        start, end = ent.start, _trim_possessive(doc, ent.start, ent.end)
        run = run_at.get(start)
        if run is not None and run.end < end:
            start = run.end
        elif run is not None:
            continue  # the whole span is a title ("Supreme Leader" tagged PERSON)
        if start < end and lookup(_window_text(doc, start, end)) is None:
            people.append(_person(doc, start, end, run))
    return people


def appositions(doc: Doc, people: list[PersonMention], runs: list[TitleRun]) -> list[tuple[PersonMention, TitleRun]]:
    """(person, run) pairs where the run describes the person across a comma, either way round."""
    by_qualifier = {run.qualifier_start: run for run in runs}
    by_end = {run.end: run for run in runs}
    pairs = []
    for person in people:
        after = person.end
        if after < len(doc) and doc[after].text == "," and after + 1 in by_qualifier:
            pairs.append((person, by_qualifier[after + 1]))
        before = (person.title_start if person.title_start >= 0 else person.start) - 1
        if before > 0 and doc[before].text == "," and before in by_end:
            pairs.append((person, by_end[before]))
        elif before > 0 and doc[before].text == ",":
            pairs += [(person, run) for run in [_of_phrase_run(doc, by_end, before)] if run is not None]
    return [(p, r) for p, r in pairs if r.role]


def _of_phrase_run(doc: Doc, by_end: dict[int, TitleRun], comma: int) -> TitleRun | None:
    """"Japan's minister of economy, trade and industry, Haruto Mizuno": a title whose
    of-phrase runs up to the comma before the name; the run comes back with the full role."""
    for run in (by_end[i] for i in range(max(0, comma - 8), comma) if i in by_end):
        if run.role and doc[run.end].lower_ == "of":
            between = doc[run.end:comma]
            if all(t.is_alpha and t.pos_ not in ("VERB", "AUX") or t.text == "," for t in between):
                words = [t.text if t.lower_ in ("of", "and", "the") else t.text.title() for t in between]
                written = " ".join(words).replace(" ,", ",")
                role = run.role if run.role.lower().endswith(written.lower()) else f"{run.role} {written}"
                return TitleRun(run.start, comma, role, run.titles, run.country, run.qualifier_start, run.determiner)
    return None


def is_description(doc: Doc, run: TitleRun) -> bool:
    """True when a run heads a noun phrase of its own ("the Supreme Leader said")."""
    if not run.role or run.determiner in INDEFINITE:
        return False  # "a leader says ..." refers to nobody in particular
    after = doc[run.end] if run.end < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN") and after.text not in POSSESSIVE_TOKENS:
        return False  # "general election", "Supreme Leader Ali ..."
    qualified = run.qualifier_start < run.start or run.country != ""
    bare_title = doc[run.start].text[:1].isupper() and run.end - run.start > 1  # "Supreme Leader says"
    return qualified or bare_title


def appositive_role(doc: Doc, mention: PersonMention) -> str:
    """A role given by a parsed apposition: "Laleh Moradi, a senior fellow at the Centre ..."
    -> "senior fellow, Centre ..."; "" when the parse gives none."""
    heads = [t for t in doc[mention.start : mention.end] if not mention.start <= t.head.i < mention.end]
    for child in heads[0].rights if heads else ():
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i > mention.end:
            return _role_phrase(doc, child)
    return _relative_role(doc, mention.end)


# "X, who heads the trade office": verbs of running something -> the role they give, as a noun.
RUNNING_VERBS = {"head": "head", "heads": "head", "chairs": "chair", "leads": "leader", "runs": "head",
                 "directs": "director", "manages": "manager", "oversees": "head", "commands": "commander"}


def _relative_role(doc: Doc, end: int) -> str:
    """"Marta Kovic, who heads the ministry's trade office," -> "head of the ministry's trade office"."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who":
        return ""
    verb = doc[end + 2]
    noun = RUNNING_VERBS.get(verb.lower_)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if noun is None or not objects:
        return ""
    phrase = doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]
    kept = "".join(t.text_with_ws for t in phrase if not _standing_word(t)).strip()
    return f"{noun} of {kept}" if len(phrase) <= 8 else ""


# "the opposition National Renewal Party": where a party stands, not part of its name.
STANDING_WORDS = {"opposition", "ruling", "governing"}


def _standing_word(token: Token) -> bool:
    """A standing word right before a capitalised name ("opposition" in "the opposition X Party")."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ in STANDING_WORDS and after is not None and after.text[:1].isupper()


def _role_phrase(doc: Doc, head: Token) -> str:
    """The appositive's head noun with its modifiers, plus the organisation it is "at"."""
    words = [t.text for t in doc[head.left_edge.i : head.i + 1] if t.pos_ not in ("DET", "PUNCT", "PART")]
    phrase = " ".join(words)
    for prep in head.rights:
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "for", "with") and objects and objects[0].ent_type_ in ("ORG", "FAC"):
            return f"{phrase}, {_entity_text(doc, objects[0])}"
    return phrase


def _entity_text(doc: Doc, token: Token) -> str:
    """The text of the model entity holding ``token``, without a leading "the"."""
    first, last = _ent_bounds(doc, token.i)
    text = doc[first:last].text
    return text[4:] if text.lower().startswith("the ") else text
