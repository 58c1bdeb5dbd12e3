"""Shapes of names and descriptions that tell organisations and people from places.

News names many bodies after a place ("the Port of Velmar Authority", "Bank of Ostria",
"Straits Capital", "the Caspian Ferry Company"). The small model often tags such a name as
a place, or not at all, and a locative word before it ("analysts at Straits Capital") then
votes it into a place. A name whose last word is an organisation word is an organisation
wherever it stands; a name followed by ", who ..." or ", an economist at ..." is a person.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .gazetteer import lookup
from .people import title_of

# Last words of news outlets' names ("The Harbour Times", "Atlas Monitor"): never a person's.
MEDIA_WORDS = {"ledger", "courier", "monitor", "times", "herald", "gazette", "tribune", "dispatch", "chronicle",
               "telegraph", "journal"}
# Last words of organisation names (lower case).
ORGANISATION_WORDS = {
    "authority", "authorities", "company", "companies", "bank", "capital", "partners", "holdings", "group",
    "exchange", "chamber", "airways", "airlines", "corporation", "corp", "inc", "ltd", "plc", "llc", "fund",
    "trust", "institute", "university", "college", "school", "academy", "council", "committee", "commission",
    "agency", "association", "federation", "union", "society", "foundation", "board", "bureau", "ministry",
    "department", "office", "court", "party", "movement", "alliance", "coalition", "league",
    "organisation", "organization", "network", "centre", "center", "service", "services", "lines", "shipping",
    "railways", "railway", "petroleum", "energy", "mining", "motors", "industries", "maritime", "logistics",
    "freight", "tankers", "navigation",
    "securities", "investments", "insurance", "consortium", "cooperative", "guild", "police", "hospital",
    "ratings", "transit", "energia", "gas", "oil", "power", "telecom", "logistics", "steel", "chemicals",
    "technologies", "systems", "labs", "ventures", "associates", "consulting", "analytics", "economics",
    "forum", "assembly", "parliament", "congress", "senate", "tribunal", "secretariat", "programme", "program",
} | MEDIA_WORDS
# Nouns that describe a person in apposition ("Nadia Rahim, an economist at ...").
PERSON_NOUNS = {
    "economist", "analyst", "strategist", "researcher", "professor", "lecturer", "scientist", "lawyer",
    "attorney", "spokesman", "spokeswoman", "spokesperson", "director", "executive", "officer", "chairman",
    "chairwoman", "chairperson", "founder", "trader", "broker", "farmer", "resident", "fellow", "adviser",
    "advisor", "negotiator", "diplomat", "official", "engineer", "journalist", "editor", "member", "head",
    "chief", "manager", "owner", "mother", "father", "son", "daughter", "widow", "student", "teacher", "doctor",
    "nurse", "captain", "pilot", "worker", "activist", "campaigner", "lawmaker", "judge", "candidate", "veteran",
}
MAX_DESCRIPTION_WORDS = 5


def is_organisation_name(text: str) -> bool:
    """True for a capitalised name whose last word is an organisation word ("Straits Capital")."""
    words = text.split()
    shaped = len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower().strip(".") in ORGANISATION_WORDS
    known = lookup(text)
    return shaped and (known is None or known.kind == "ORG")  # "West Bank" is a place we know


# Head words of the names of laws and treaties, which the model tags as organisations
# ("the Civil Society Registration Act", "the Vienna Convention on Diplomatic Relations").
LAW_WORDS = {"act", "acts", "convention", "treaty", "accord", "accords", "protocol", "charter", "directive", "bill",
             "code", "law", "amendment", "agreement", "pact", "resolution"}
LAW_OBJECT_WORDS = {"on", "of", "against", "for"}  # "Convention on ...", "Treaty of Lisbon"
MAX_LAW_WORDS = 8
MAX_LAW_GAP = 2  # capitalised words between a name and the law word after it ("Civil Society Registration Act")


def in_law_name(doc: Doc, start: int, end: int) -> bool:
    """True when tokens [start, end) are (part of) a capitalised law or treaty name: its run of
    capitalised words ends in a law word or has one before "on"/"of" ("Civil Society" of
    "the Civil Society Registration Act"). Names our tables know ("North Atlantic Treaty
    Organization") are the caller's to rule out first."""
    i = start
    while i < min(len(doc), start + MAX_LAW_WORDS, end + MAX_LAW_GAP + 1) and (doc[i].text[:1].isupper() or i < end):
        word = doc[i].lower_
        after = doc[i + 1] if i + 1 < len(doc) else None
        if word in LAW_WORDS and doc[i].text[:1].isupper():
            if after is None or not after.text[:1].isupper() and after.lower_ not in ("organization", "organisation"):
                return True
        i += 1
    return False


def described_as_person(doc: Doc, start: int, end: int) -> bool:
    """True when the name at tokens [start, end) is followed by ", who" or by ", a/an/the" (or
    ", Egypt's") and a noun that describes a person ("an economist at", "the company's chief ..."), and is
    not the object of a preposition ("a lawyer for the Sierra Club, who ...": the lawyer)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    before = start - 1 if start > 0 and doc[start - 1].lower_ != "the" else start - 2
    according = before >= 1 and doc[before - 1].lower_ == "according"  # "according to X, a lawyer": the source
    if before >= 0 and doc[before].pos_ == "ADP" and not according:
        return False
    if doc[end + 1].lower_ == "who":
        return True
    first = _description_start(doc, end + 1)
    if first < 0:
        return False
    for token in doc[first : first + MAX_DESCRIPTION_WORDS]:
        if token.is_punct or token.pos_ in ("VERB", "AUX", "ADP"):
            return False
        title = title_of([token.text])
        if token.lower_ in PERSON_NOUNS or title is not None and title.type == "role":
            return True
    return False


def _description_start(doc: Doc, i: int) -> int:
    """Where the describing words start after ", a/an/the", ", Egypt's" or a bare person noun
    with its body (", director of the Trust": news drops the article before a post); -1 otherwise."""
    if doc[i].lower_ in ("a", "an", "the"):
        return i + 1
    if doc[i].lower_ in PERSON_NOUNS and i + 1 < len(doc) and doc[i + 1].lower_ in ("of", "at", "for"):
        return i
    possessive = i + 1 < len(doc) and doc[i + 1].text in ("'s", "’s")
    return i + 2 if possessive and lookup(doc[i].text) is not None else -1


CONNECTORS = {"of", "for", "de", "du"}
MAX_NAME_WORDS = 8


def organisation_runs(doc: Doc, i: int = 0) -> list[tuple[int, int]]:
    """Token ranges of capitalised names that end in an organisation word, which the model may
    have missed or cut ("the Port of Velmar Authority"), longest at each start, from token ``i``."""
    found = []
    while i < len(doc):
        end = _name_run_end(doc, i)
        name_end = organisation_end(doc, i, end)
        if name_end > i:
            found.append((i, name_end))
        i = max(end, i + 1)
    return found


def organisation_end(doc: Doc, start: int, run_end: int | None = None) -> int:
    """The end of the organisation name starting at token ``start`` (its last organisation
    word), or ``start`` when the capitalised run there has none."""
    end = _name_run_end(doc, start) if run_end is None else run_end
    if in_law_name(doc, start, end):
        return start  # "the Civil Society Registration Act": "Society" ends no organisation here
    words = [j for j in range(start, end) if doc[j].lower_ in ORGANISATION_WORDS and doc[j].text[:1].isupper()]
    if not any(doc[j].pos_ == "PROPN" and j not in words for j in range(start, end)):
        return start  # "Clean Energy", "Latest Police": no proper name in it
    if any(j + 1 < end and doc[j + 1].lower_ == "of" for j in words):
        return end  # "Bank of Tarsen", "Dushanbe Chamber of Industry": the of-phrase is in the name
    return words[-1] + 1 if words and words[-1] > start else start


def _name_run_end(doc: Doc, start: int) -> int:
    """Where a run of capitalised name words (with "of", "for", "and" inside) that starts at
    ``start`` ends; ``start`` when the token cannot start a name."""
    if not _name_word(doc[start]) or doc[start].is_sent_start and doc[start].pos_ == "NOUN":
        return start  # "Lawyers for Velmar Dredging Company": a capital that only starts the sentence
    if start > 0 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        return start  # "Commander-in-Chief Forum": a name does not start inside a hyphenated word
    end = start + 1
    while end < len(doc) and end - start < MAX_NAME_WORDS and "\n" not in doc[end - 1].whitespace_:
        if _name_word(doc[end]):
            end += 1
        elif _connects(doc[end]) and end + 1 < len(doc) and _name_word(doc[end + 1]):
            end += 2
        else:
            break
    return end


def _connects(token) -> bool:
    """"of", "for" inside a name; "and" only inside one name the model found ("Securities and
    Exchange Commission"), since "the FBI and Justice Department" are two."""
    return token.lower_ in CONNECTORS or token.lower_ in ("and", "&") and token.ent_iob_ == "I"


def _name_word(token) -> bool:
    """A capitalised word that can be part of an organisation's name."""
    return token.text[:1].isupper() and token.is_alpha and token.pos_ in ("PROPN", "NOUN", "ADJ")


def works_at(doc: Doc, start: int) -> bool:
    """True when the name at token ``start`` follows "a lawyer at", "an economist with", ...:
    an employer, so an organisation whatever the model's place label ("Kessler Vogel")."""
    if start < 2 or doc[start - 1].lower_ not in ("at", "with", "for"):
        return False
    noun = doc[start - 2]
    title = title_of([noun.text])
    return noun.lower_ in PERSON_NOUNS or (title is not None and title.type == "role")


def is_outlet_name(text: str) -> bool:
    """True for a capitalised name ending in a news outlet's word ("Atlas Monitor")."""
    words = text.split()
    return len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in MEDIA_WORDS


# First words that name no body on their own ("National Bank of X" is not "National").
GENERIC_NAME_WORDS = {
    "national", "international", "central", "united", "general", "first", "new", "royal", "state", "federal",
    "global", "world", "democratic", "people", "peoples", "public", "supreme", "high", "higher", "grand", "great",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "african", "asian", "european",
    "american", "arab", "islamic", "christian", "the", "council", "free", "green", "social", "liberal", "labour",
    # geographic words: "Pacific" alone is the ocean, not the Pacific Islands Forum
    "pacific", "atlantic", "arctic", "antarctic", "baltic", "caribbean", "mediterranean", "gulf", "ocean", "sea",
    "islands", "island", "coastal", "nordic", "latin", "middle", "black", "red", "indian", "persian",
}


def short_forms(names: dict[str, object]) -> dict[str, object]:
    """Short forms the article may use for its multi-word organisation names (full name ->
    what it stands for): the distinctive first word ("Pannon" for "Pannon Energia"), the
    organisation word that ends it ("the Forum" for the Pacific Islands Forum) and first plus
    last word ("Pacific Forum"). A short form two names share stands for neither."""
    found: dict[str, object] = {}
    shared: set[str] = set()
    for name, target in names.items():
        for short in _short_forms_of(name):
            if short in found and found[short] != target:
                shared.add(short)
            found[short] = target
    return {short: target for short, target in found.items() if short not in shared and short not in names}


def _short_forms_of(name: str) -> list[str]:
    """The short forms of one organisation name (see :func:`short_forms`)."""
    words = [w for w in name.split() if w.lower() not in ("the", "of", "for", "and", "&")]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return []
    forms = []
    first, last = words[0], words[-1]
    if first.lower() not in GENERIC_NAME_WORDS | ORGANISATION_WORDS and first.isalpha() and lookup(first) is None:
        forms.append(first)
    if last.lower() in ORGANISATION_WORDS and last.isalpha():
        forms.append(last)
    elif first.lower() in ORGANISATION_WORDS and f"{first} of " in name:  # "the Ministry" of "Ministry of Foreign Affairs"
        forms.append(first)
    if len(words) > 2 and lookup(f"{first} {last}") is None and title_of([first]) is None:  # not "Chief Forum"
        forms.append(f"{first} {last}")
    return forms
