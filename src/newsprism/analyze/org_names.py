"""Short forms of the organisations an article names ("Pannon" after "Pannon Energia",
"the Forum" after "the Pacific Islands Forum", "Fund staff" after "the International
Monetary Fund").

News names a body in full once and then shortens it. The small model tags the short form
as a person or a place, or misses it; our tables know only the full names. A short form
found here takes the full name's id, so the body has one id however it is written.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .gazetteer import Place, body_id_country, code_name, country_code, lookup
from .organisations import ORGANISATION_WORDS, is_organisation_name, organisation_runs, short_forms
from .name_slugs import name_slug
from .people import read_table, slug, title_of
from .places import ministry_country, ministry_place

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
            names[text] = lookup(text) or Place(f"org:{name_slug(text)}", text, "ORG")
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
    if name_word(before) or name_word(after) and after.pos_ == "PROPN" and title_of([after.text]) is None:
        return True
    # "Ministry of Foreign Affairs": the full name's first word, not its short form
    return after is not None and after.lower_ == "of" and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()


# Institutions every state has, named without their country ("the High Constitutional
# Court", "the House of Representatives", "the KGB"): the article's country is theirs.
NATIONAL_INSTITUTIONS = {
    "house of representatives": "LEG", "national assembly": "LEG", "senate": "LEG", "state duma": "LEG",
    "federal assembly": "LEG", "constitutional court": "JUD", "high constitutional court": "JUD",
    "supreme court": "JUD", "high court": "JUD", "constitutional council": "JUD", "electoral commission": "GOV",
    "election commission": "GOV", "national electoral commission": "GOV", "independent electoral commission": "GOV",
    "central bank": "GOV", "kgb": "SPY", "national police": "COP", "council of ministers": "GOV",
    "national security council": "GOV", "general staff": "MIL",
}


def national_institution_spans(doc: Doc, country_at) -> list[tuple[int, int, Place]]:
    """Capitalised names of national institutions, as "org:<country>-<name>" of the country
    ``country_at(doc, start)`` gives (possessor, sentence, article), when it gives one."""
    found = []
    for start in range(len(doc)):
        if not doc[start].text[:1].isupper():
            continue
        for end in range(min(len(doc), start + 4), start, -1):
            name = doc[start:end].text
            if name.lower() in NATIONAL_INSTITUTIONS and _capitalised_words(doc[start:end]) and lookup(name) is None:
                country = country_at(doc, start)
                if country:
                    found.append((start, end, _institution(name, country, NATIONAL_INSTITUTIONS[name.lower()])))
                break
    return found


def _capitalised_words(span) -> bool:
    """Every word but "of" capitalised (a name, not "the supreme court of public opinion")."""
    return all(t.text[:1].isupper() or t.lower_ == "of" for t in span)


def _institution(name: str, country: str, sector: str) -> Place:
    """One country's institution: "org:madagascar-high-constitutional-court", actor its country."""
    country_name = code_name(country)
    return Place(f"org:{slug(country_name)}-{slug(name)}", f"{name} of {country_name}", "ORG", sector, country)


_INSTITUTION_SUFFIXES = tuple(sorted((f"-{slug(name)}" for name in NATIONAL_INSTITUTIONS), key=len, reverse=True))


def institution_country(canonical_id: str) -> str:
    """The country of an institution id :func:`_institution` makes
    ("org:madagascar-high-constitutional-court" -> "MDG"), or ""."""
    return body_id_country(canonical_id, _INSTITUTION_SUFFIXES)


def official_ministry_spans(doc: Doc) -> list[tuple[int, int, Place]]:
    """"Ministry of Justice", "Ministry of Foreign Affairs": the official form of a ministry
    names the same body as "the justice ministry", with the same id and country."""
    kinds = _portfolio_kinds()
    found = []
    for token in doc[:-2]:
        if token.text != "Ministry" or doc[token.i + 1].lower_ != "of":
            continue
        for end in range(min(len(doc), token.i + 5), token.i + 2, -1):
            kind = kinds.get(doc[token.i + 2:end].text.lower())
            if kind and all(t.text[:1].isupper() for t in doc[token.i + 2:end] if t.lower_ != "and"):
                country_end, country = _state_after(doc, end)
                found.append((token.i, country_end, ministry_place(kind, country or ministry_country(doc, token.i))))
                break
    return found


MAX_STATE_WORDS = 6  # "of the Democratic Republic of the Congo"


def _state_after(doc: Doc, end: int) -> tuple[int, str]:
    """"Ministry of Foreign Affairs of the Republic of Serbia": the official name goes on
    with its state; the end of that state's name and its country, or (end, "")."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return end, ""
    start = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    for stop in range(min(len(doc), start + MAX_STATE_WORDS), start, -1):
        country = country_code(doc[start:stop].text)
        if country and lookup(doc[start:stop].text).kind == "GPE":
            return stop, country
    return end, ""


def _portfolio_kinds() -> dict[str, str]:
    """Portfolio words as written after "Ministry of" -> the ministry kind ("foreign affairs" -> "foreign")."""
    kinds = {row[1]: row[1] for row in read_table("ministries.tsv")}
    kinds.update({row[2].lower(): row[1] for row in read_table("ministries.tsv") if len(row) > 2 and row[2]})
    return kinds


# Head words that "the <word>" may use for a body named before ("The ministry added ...").
ANAPHORIC_HEADS = ("ministry", "commission")


def body_anaphora(doc: Doc, chosen: list) -> list[tuple[int, int, object]]:
    """"the ministry" / "the commission" after the article named such a body: the same body
    (the last one named before it whose id ends in that word). Token ranges with the Entity
    they repeat; "the ministry spokesman" (a modifier) and "her ministry" are left alone."""
    bodies = sorted((e for e in chosen if e.kind == "ORG"), key=lambda e: e.span.start)
    found = []
    for token in doc[1:]:
        if token.lower_ not in ANAPHORIC_HEADS or doc[token.i - 1].lower_ != "the" or token.text[:1].isupper():
            continue
        if token.dep_ == "compound" or token.ent_type_:
            continue
        earlier = [e for e in bodies if e.span.end <= token.idx and _heads(e, token.lower_)]
        if earlier and not _unnamed_body_before(doc, token):
            found.append((token.i, token.i + 1, earlier[-1]))
    return found


def _unnamed_body_before(doc: Doc, anaphor) -> bool:
    """True when the article brought in a body of that word without a name before ("through a
    joint commission"): "the commission" is then that one, not a named one of the same kind."""
    for token in doc[: anaphor.i]:
        if token.lower_ == anaphor.lower_ and token.text[:1].islower():
            if any(left.lower_ in ("a", "an") for left in token.lefts):
                return True
    return False


def _heads(entity, word: str) -> bool:
    """True when ``entity`` is a body of that head word ("org:latvia-transport-ministry")."""
    return entity.canonical_id.endswith(f"-{word}") or entity.span.text.lower().endswith(word)
