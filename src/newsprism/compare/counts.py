"""Counts in a claim ("58 families", "12 thousand votes") and the names it is about.

Two claims whose numbers differ contradict only when the numbers count the same thing
("12 people" against "40 people") about the same subject: "58 families in Orrin" and
"94 families in Pell" can both be true. Years, dates and clock times are not counts.
Plain text only (no parse), so that it works on the fallback sentence claims too.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[$€£¥]|%|\d[\d,.:]*\d|\d|[^\W\d_][\w'’-]*", re.UNICODE)
_NUMERIC = re.compile(r"\d")
MONTHS = frozenset("january february march april may june july august september october november december "
                   "jan feb mar apr jun jul aug sep sept oct nov dec".split())
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
        if word.lower() not in holder_words and word.lower() not in MONTHS:
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
