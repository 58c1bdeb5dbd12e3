"""Counts in a claim ("58 families", "12 thousand votes") and the names it is about.

Two claims whose numbers differ contradict only when the numbers count the same thing
("12 people" against "40 people") about the same subject: "58 families in Orrin" and
"94 families in Pell" can both be true, and so can budget cuts of 12 and 40 percent when one
is "the budget for the hospital" and the other "the highway's budget" (``counted_thing_owners``). Years, dates and clock times are not counts.
Plain text only (no parse), so that it works on the fallback sentence claims too.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[$€£¥]|%|\d[\d,.:]*\d|\d|[^\W\d_][\w'’-]*", re.UNICODE)
_NUMERIC = re.compile(r"\d")
MONTHS = frozenset("january february march april may june july august september october november december "
                   "jan feb mar apr jun jul aug sep sept oct nov dec".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())  # when, not what
# Words between a number and the noun it counts: "12 more people", "40 thousand votes".
_MULTIPLIERS = frozenset("hundred thousand million billion trillion".split())
_SKIPPED = frozenset("more additional other new extra fewer some about nearly almost".split())
_TIME_AFTER = frozenset("a.m am p.m pm gmt utc o'clock h hrs".split())
_YEAR_BEFORE = frozenset("in since until till by from before after during year early late mid".split())
_PREPOSITIONS = frozenset("in at on of for from with by to across into over under near per".split())
_RANGE = frozenset("to and or".split())


def _singular(word: str) -> str:
    """A crude singular, so that "1 family" and "3 families" count the same noun."""
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _value(token: str) -> str:
    return token.replace(",", "").rstrip(".")


def _is_date_or_time(tokens: list[str], k: int) -> bool:
    """A day of a month, a clock time, or a year: numbers that are not counts."""
    token = tokens[k]
    before = tokens[k - 1] if k else ""
    after = tokens[k + 1].rstrip(".") if k + 1 < len(tokens) else ""
    clock = after.lower() in ("a", "p") and k + 2 < len(tokens) and tokens[k + 2].lower().startswith("m")
    if ":" in token or clock or after.lower() in _TIME_AFTER or _month(before) or _month(after):
        return True
    year_like = bool(re.fullmatch(r"(1[89]|20)\d\d", token))
    return year_like and (before.lower() in _YEAR_BEFORE or not after[:1].islower() or after in _RANGE)


def _month(token: str) -> bool:
    # Capitalised only: "12 may be" is not a date.
    return token[:1].isupper() and token.lower().rstrip(".") in MONTHS


def _head(tokens: list[str], k: int) -> tuple[str, str]:
    """(value, counted noun) of the number at ``tokens[k]``; the noun is "" when none follows."""
    value = _value(tokens[k])
    currency = tokens[k - 1] if k and tokens[k - 1] in "$€£¥" else ""
    j = k + 1
    if j < len(tokens) and tokens[j] == "%":
        return value, "percent"
    while j < len(tokens) and tokens[j].lower() in _MULTIPLIERS | _SKIPPED:
        if tokens[j].lower() in _MULTIPLIERS:
            value += " " + tokens[j].lower()
        j += 1
    if currency:
        return value, currency
    # "12 to 15 people": the first number of a range counts what the last one counts.
    if j + 1 < len(tokens) and tokens[j].lower() in _RANGE and _NUMERIC.match(tokens[j + 1]):
        return value, _head(tokens, j + 1)[1]
    if j < len(tokens) and tokens[j][:1].islower() and tokens[j].lower() not in _PREPOSITIONS:
        return value, _singular(tokens[j])
    return value, ""


def counts(text: str) -> dict[str, frozenset[str]]:
    """Counted noun -> the values the text gives for it: {"family": {"58"}, "percent": {"12"}}."""
    tokens = _TOKEN.findall(text)
    found: dict[str, set[str]] = {}
    for k, token in enumerate(tokens):
        if not _NUMERIC.match(token) or _is_date_or_time(tokens, k):
            continue
        value, noun = _head(tokens, k)
        found.setdefault(noun, set()).add(value)
    return {noun: frozenset(values) for noun, values in found.items()}


def conflicting_counts(a: dict, b: dict) -> list[tuple[str, list[str], list[str]]]:
    """Nouns both claims count, with no value in common: (noun, values in a, values in b)."""
    return [(noun, sorted(a[noun]), sorted(b[noun])) for noun in sorted(a.keys() & b.keys()) if not a[noun] & b[noun]]


# Words that say which thing a noun is ("the budget for the hospital", "the hospital's budget",
# "the hospital budget"). Words that only grade it ("annual budget") say nothing about which.
_OWNER_PREPOSITIONS = frozenset("for of".split())
_DETERMINERS = frozenset("the a an its their his her this that these those our your".split())
_GRADING = frozenset("annual total new overall whole entire current proposed original revised final initial official "
                     "first last next previous monthly yearly daily weekly full same extra planned".split())
_NOT_NOUNS = _DETERMINERS | _GRADING | _SKIPPED | _MULTIPLIERS | _PREPOSITIONS | frozenset(
    "and or but had has have was were is are be been would will could should may might not no by as than "
    "said says cut raised rose fell".split())
_POSSESSIVE_END = re.compile(r"['’]s$", re.I)


def _noun_at(tokens: list[str], j: int) -> int:
    """Index of the first lowercase noun-like word from ``j`` on, past numbers, currency and grading words."""
    while j < len(tokens) and (_NUMERIC.match(tokens[j]) or tokens[j] in "$€£¥%" or tokens[j].lower() in _NOT_NOUNS):
        if tokens[j].lower() in _PREPOSITIONS or tokens[j].lower() in ("and", "or", "but", "by"):
            return -1  # a new phrase starts: the word after it is not the same thing
        j += 1
    return j if j < len(tokens) and tokens[j][:1].islower() else -1


def counted_thing_owners(text: str) -> dict[str, frozenset[str]]:
    """Noun -> the words that say whose or which it is: {"budget": {"hospital"}}.

    From "the budget for the hospital", "the hospital's $2 billion budget" and the compound
    "the hospital budget", so that two claims about a budget can be told to be about different
    budgets. Lowercase words only: names are compared by ``different_subjects``.
    """
    tokens = _TOKEN.findall(text)
    owners: dict[str, set[str]] = {}
    for k, token in enumerate(tokens):
        word = token.lower()
        if _POSSESSIVE_END.search(word) and token[:1].islower():
            head, owner = _noun_at(tokens, k + 1), _POSSESSIVE_END.sub("", word)
            if head >= 0 and owner.replace("-", "").isalpha():  # "a'b's" is no plain word
                owners.setdefault(_singular(tokens[head]), set()).add(_singular(owner))
        elif word in _OWNER_PREPOSITIONS and k and tokens[k - 1][:1].islower() and tokens[k - 1].lower() not in _NOT_NOUNS:
            owner = _noun_at(tokens, k + 1) if k + 1 < len(tokens) and tokens[k + 1].lower() in _DETERMINERS else -1
            word = _plain(_POSSESSIVE_END.sub("", tokens[owner].lower())) if owner >= 0 else ""
            if word.replace("-", "").isalpha():  # "for the hospital's wing": the hospital
                owners.setdefault(_singular(tokens[k - 1]), set()).add(_singular(word))
        elif _is_compound(tokens, k):
            owners.setdefault(_singular(tokens[k + 1]), set()).add(_singular(_plain(word)))
    return {noun: frozenset(words) for noun, words in owners.items()}


def _plain(word: str) -> str:
    """"the farmers' union": a plural possessive's owner is the word without its apostrophe."""
    return word.rstrip("'’")


def _is_compound(tokens: list[str], k: int) -> bool:
    """"the (new) hospital budget": a lowercase word after a determiner, before the word ending the noun phrase."""
    before = k - 1
    while before > 0 and tokens[before].lower() in _GRADING:
        before -= 1
    if not (0 <= before < k < len(tokens) - 1 and tokens[before].lower() in _DETERMINERS):
        return False
    word, head = tokens[k], tokens[k + 1]
    if not (word[:1].islower() and head[:1].islower()) or word.lower() in _NOT_NOUNS or head.lower() in _NOT_NOUNS:
        return False
    if not _plain(word).replace("-", "").isalpha():  # "the a'b budget" is no plain word
        return False
    after = tokens[k + 2].lower() if k + 2 < len(tokens) else ""
    # "the hospital budget was cut": the phrase ends at a verb, a preposition or the end, not at a third noun.
    return not after or after in _NOT_NOUNS or not after[:1].isalpha()


def different_things(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> bool:
    """True when both claims say whose some noun is and never the same one ("hospital" / "highway" budget)."""
    return any(a[noun] and b[noun] and not a[noun] & b[noun] for noun in a.keys() & b.keys())


def unlinked_names(text: str, linked: list[tuple[int, int]], holder: str) -> frozenset[str]:
    """Capitalised words inside a sentence that no entity covers ("Orrin"), lowercased.

    The fallback when the entity layer did not know a name. A sentence's first word, the
    holder's name ("Police said ...") and words inside entity spans are left out.
    """
    holder_words = {w.lower() for w in re.findall(r"\w+", holder)}
    names = set()
    for match in re.finditer(r"[^\W\d_][\w'’-]*", text):
        word, start = match.group(), match.start()
        if not word[0].isupper() or _sentence_start(text, start) or any(s <= start < e for s, e in linked):
            continue
        if word.lower() not in holder_words and word.lower() not in MONTHS and word.lower() not in WEEKDAYS:
            names.add(word.lower())
    return frozenset(names)


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?:;\n"


def named_things(entities: dict, unlinked: frozenset[str], holder_id: str) -> list[frozenset[str]]:
    """Each thing a claim names, as the keys it can be recognised by in another claim.

    ``entities`` maps canonical id -> mentions; an entity is known by its id and by the
    capitalised words of its mentions, so "Selm" linked in one article and unlinked in
    another is still one place. The claim's holder is who speaks, not what it is about.
    """
    things = [frozenset({eid} | {w.lower() for m in mentions for w in re.findall(r"\w+", m) if w[:1].isupper()})
              for eid, mentions in entities.items() if eid != holder_id]
    return things + [frozenset({word}) for word in unlinked]


def different_subjects(a: list[frozenset[str]], b: list[frozenset[str]]) -> bool:
    """True when each claim names something the other does not ("in Orrin" / "in Pell")."""
    keys_a, keys_b = frozenset().union(*a), frozenset().union(*b)
    return any(not thing & keys_b for thing in a) and any(not thing & keys_a for thing in b)
