"""Quantities in a claim as intervals of what they count: "about 12,000 troops", "as many as 30,000 troops".

Two outlets giving one count ("31 crew" / "27 crew", "about six hours" / "nearly nine hours")
word the rest of their sentences differently, so the counts must be read and compared on their
own: a number (digits, number words, "a dozen", "hundreds", "tens of thousands") with the
qualifier before it ("about", "more than", "as many as", "up to", "nearly") becomes an interval
of values, and two counts of one thing contradict only when their intervals do not meet
("several hundred" and "about 800" agree; "more than 3,000" and "several hundred" do not).
Plain text only (no parse), so that it works on headlines and fallback sentence claims too.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..analyze.gazetteer import country_code
from .counts import _is_date_or_time, _singular

_TOKEN = re.compile(r"[$€£]|%|\d[\d,.]*\d|\d|[^\W\d_][\w'’-]*|[^\w\s]", re.UNICODE)
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
          "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Plural scales are vague counts: "hundreds of" is 200 to 999, "tens of thousands" 20,000 to 99,999.
_VAGUE = {"dozens": (24, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999), "millions": (2e6, 999e6)}
_SEVERAL = frozenset({"several"})  # "several hundred": 3 to 9 of the scale
# Qualifiers before a number, longest first, and the interval they make of a value v.
_QUALIFIERS = [
    (("as", "many", "as"), "high"), (("as", "much", "as"), "high"), (("no", "more", "than"), "most"),
    (("more", "than"), "least"), (("fewer", "than"), "most"), (("less", "than"), "most"), (("at", "least"), "least"),
    (("at", "most"), "most"), (("up", "to"), "most"), (("upwards", "of"), "least"), (("close", "to"), "about"),
    (("closer", "to"), "about"), (("an", "estimated"), "about"), (("about",), "about"), (("around",), "about"),
    (("roughly",), "about"), (("approximately",), "about"), (("some",), "about"), (("nearly",), "nearly"),
    (("almost",), "nearly"), (("over",), "least"), (("under",), "most"), (("just", "over"), "least"),
]
_QUALIFIER_WORDS = frozenset(w for words, _ in _QUALIFIERS for w in words) - {"of", "to"}
APPROXIMATION = 0.15  # "about v": within 15 % of v; "nearly v": up to 15 % below v
_CURRENCIES = {"$": "usd", "dollar": "usd", "€": "eur", "euro": "eur", "£": "gbp", "pound": "gbp"}
# Words that end the counted noun phrase: what follows is no longer the thing counted.
_STOP = frozenset("of in at on for from with by to into over under near per and or but as than that which who "
                  "were was is are be been had has have would will could should may might not no said says the a an "
                  "its their his her this these those".split())
TIME = "time (days)"  # durations are compared in days: "14 months" against "nearly two years"
# What befell the people counted: "12 killed" and "40 injured" in one story are two counts, not two figures for one.
_FATES = {w: fate for fate, ws in {
    "killed": "killed dead died death deaths kill kills killing fatalities lives bodies",
    "injured": "injured wounded hurt injuring wounding injuries",
    "missing": "missing unaccounted",
    "detained": "arrested detained jailed captured abducted kidnapped arresting detaining",
    "freed": "freed released rescued freeing releasing",
    "displaced": "displaced evacuated homeless fled displacing evacuating",
}.items() for w in ws.split()}
_INCREMENTS = frozenset("more other further additional another extra new".split())
_TIME = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30.4, "year": 365.25}


@dataclass(frozen=True)
class Quantity:
    """One count: what it counts (``noun``, singular; a currency code for money) and the interval of its value."""

    noun: str
    low: float
    high: float
    words: frozenset  # every word of the counted noun phrase ("terrified", "crew", "member"), lowercased, singular
    names: frozenset  # its capitalised modifiers ("serbian" in "four Serbian diplomats"), lowercased
    text: str  # as written, for the evidence ("about 12,000 troops")
    fate: str = ""  # what befell what is counted, when said next to it: "killed", "injured", ... (_FATES)

    def meets(self, other: "Quantity") -> bool:
        """True when both can be true: the intervals overlap."""
        return self.low <= other.high and other.low <= self.high


def _number(tokens: list[str], k: int) -> tuple[float, float, int] | None:
    """(low, high, index after the number) for a number starting at ``tokens[k]``, or None."""
    word = tokens[k].lower()
    if word in _VAGUE:
        if k + 2 < len(tokens) and word in ("hundreds", "tens") and tokens[k + 1].lower() == "of" and tokens[k + 2].lower() == "thousands":
            return (200_000, 999_999, k + 3) if word == "hundreds" else None
        return (*_VAGUE[word], k + 1)
    if word == "tens" and k + 2 < len(tokens) and tokens[k + 1].lower() == "of" and tokens[k + 2].lower() == "thousands":
        return 20_000, 99_999, k + 3
    if word in _SEVERAL and k + 1 < len(tokens) and tokens[k + 1].lower() in _SCALES:
        scale = _SCALES[tokens[k + 1].lower()]
        return 3 * scale, 9 * scale, k + 2
    value, j = _plain_number(tokens, k)
    if value is None:
        return None
    while j < len(tokens) and tokens[j].lower() in _SCALES:
        value *= _SCALES[tokens[j].lower()]
        j += 1
    return value, value, j


def _plain_number(tokens: list[str], k: int) -> tuple[float | None, int]:
    token = tokens[k].lower()
    if token[0].isdigit():
        try:
            return float(token.replace(",", "")), k + 1
        except ValueError:
            return None, k + 1
    parts = token.split("-")  # "twenty-five"
    if all(p in _UNITS for p in parts) and (len(parts) == 1 or parts[0] not in ("dozen",)):
        return float(sum(_UNITS[p] for p in parts)), k + 1
    return None, k + 1


def _qualifier(tokens: list[str], k: int) -> tuple[str, int]:
    """The qualifier ending just before ``tokens[k]`` ("about", "more than", ...) and its length in tokens."""
    lowered = [t.lower() for t in tokens[max(0, k - 3):k]]
    for words, kind in _QUALIFIERS:
        if tuple(lowered[-len(words):]) == words:
            return kind, len(words)
    return "", 0


def _interval(low: float, high: float, kind: str) -> tuple[float, float]:
    if kind == "about":
        return low * (1 - APPROXIMATION), high * (1 + APPROXIMATION)
    if kind == "nearly":
        return low * (1 - APPROXIMATION), high
    if kind == "least":
        return low, math.inf
    if kind == "most":
        return 0.0, high
    if kind == "high":  # "as many as 30,000": a high estimate, at least half of it
        return high / 2, high
    return low, high


def _phrase(tokens: list[str], j: int) -> tuple[list[str], int]:
    """The counted noun phrase from ``tokens[j]`` and the index after it: words up to a function
    word or punctuation, ending at its first plural ("three aid workers held": "aid workers")."""
    words = []
    if j + 1 < len(tokens) and tokens[j].lower() == "of" and tokens[j - 1].lower() in _VAGUE:
        j += 1  # "hundreds of protesters"
    while j < len(tokens) and len(words) < 4 and tokens[j][:1].isalpha() and tokens[j].lower() not in _STOP:
        words.append(tokens[j])
        j += 1
        if _plural(words[-1]):
            break
    return words, j


def _plural(word: str) -> bool:
    word = word.lower()
    return word in _PLURALS or (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")))


# Collective and irregular plurals: the counted noun ends here too.
_PLURALS = frozenset("people men women children police staff personnel crew cattle".split())


def quantities(text: str) -> list[Quantity]:
    """Every count in the text that counts a noun, as an interval: money by currency, time in days."""
    if not _ANY_NUMBER.search(text):  # most claims count nothing: skip the tokenising
        return []
    tokens = _TOKEN.findall(text)
    found, k = [], 0
    while k < len(tokens):
        parsed = _number(tokens, k) if not _is_date_or_time(tokens, k) else None
        if parsed is None or (tokens[k].lower() == "dozen" and k and tokens[k - 1].lower() != "a"):
            k += 1
            continue
        low, high, j = parsed
        between = k and tokens[k - 1].lower() == "between"
        if j + 1 < len(tokens) and tokens[j].lower() in ("to", "-", "and" if between else "to") and _NUMBER_START.match(tokens[j + 1]):
            upper = _number(tokens, j + 1)  # "12 to 15 people"
            if upper is not None:
                high, j = upper[1], upper[2]
        start = k - (tokens[k - 1] in _CURRENCIES if k else 0)
        kind, length = _qualifier(tokens, start)
        quantity = _quantity(tokens, k, j, *_interval(low, high, kind), shown_from=start - length)
        if quantity is not None:
            found.append(quantity)
        k = max(j, k + 1)
    return found


_NUMBER_START = re.compile(r"\d|[a-z]", re.I)
_ANY_NUMBER = re.compile(r"\d|\b(?:" + "|".join(sorted(set(_UNITS) | set(_VAGUE) | _SEVERAL | {"tens"}, key=len, reverse=True)) + r")", re.I)


def _quantity(tokens: list[str], k: int, j: int, low: float, high: float, shown_from: int) -> Quantity | None:
    """The quantity of the number at tokens[k:j]: money, a duration in days, or a count of a noun."""
    currency = _CURRENCIES.get(tokens[k - 1]) if k else None
    words, end = _phrase(tokens, j)
    if words and _CURRENCIES.get(_singular(words[0])):
        currency, words = _CURRENCIES[_singular(words[0])], words[1:]
    if not currency and not words or words and words[0].lower() in _INCREMENTS:
        return None  # "two more hostages", "three other ships": not the count of the whole
    shown = re.sub(r"([$€£]) ", r"\1", " ".join(tokens[shown_from:end]))
    lowered = frozenset(_singular(w) for w in words if not w[:1].isupper())
    names = _names(words + _of_phrase(tokens, end))
    if currency:  # what the money is: "a 300 million dollar loan", "a payment of 20 million euros"
        return Quantity(currency, low, high, lowered or _noun_before_of(tokens, k), names, shown)
    if len(words) == 1 and _singular(words[0]) in _TIME:
        scale = _TIME[_singular(words[0])]
        return Quantity(TIME, low * scale, high * scale, lowered, frozenset(), shown)
    # A count above one counts a plural: "Hundreds march" is no count of marches.
    if words[-1][:1].isupper() or not (_plural(words[-1]) or high == 1):
        return None
    return Quantity(_singular(words[-1]), low, high, lowered, names, shown, _fate(tokens, shown_from, end))


def _fate(tokens: list[str], start: int, end: int) -> str:
    """The class of the fate word nearest the count, within four words after it or three before
    ("12 people were killed", "injuring 40 people"), or ""."""
    after = [(k - end, tokens[k]) for k in range(end, min(end + 4, len(tokens)))]
    before = [(start - 1 - k, tokens[k]) for k in range(max(0, start - 3), start)]
    near = sorted((distance, _FATES[word.lower()]) for distance, word in after + before if word.lower() in _FATES)
    return near[0][1] if near else ""


def _noun_before_of(tokens: list[str], k: int) -> frozenset:
    """"a payment of several million euros": the noun before "of" and the qualifier, if any."""
    j = k - 1
    while j >= 0 and (tokens[j] in _CURRENCIES or tokens[j].lower() in _QUALIFIER_WORDS):
        j -= 1
    if j >= 1 and tokens[j].lower() == "of" and tokens[j - 1][:1].islower() and tokens[j - 1].isalpha():
        return frozenset({_singular(tokens[j - 1])})
    return frozenset()


def _of_phrase(tokens: list[str], j: int) -> list[str]:
    """Capitalised words of an "of" phrase after the noun ("three diplomats of the Embassy of Sweden")."""
    if j >= len(tokens) or tokens[j].lower() != "of":
        return []
    words = []
    for token in tokens[j + 1:j + 8]:
        if token[:1].isupper():
            words.append(token)
        elif token.lower() not in ("of", "the"):
            break
    return words


def _names(words: list[str]) -> frozenset:
    """Capitalised modifiers as the countries they name ("Serbian", "Serbia" -> "SRB"), else lowercased."""
    return frozenset(country_code(w) or w.lower() for w in words if w[:1].isupper())


def same_thing(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities count one thing: the same noun (or currency, or time), what the phrase
    says about it not disjoint ("four Serbian diplomats" / "three Swedish diplomats" are two things),
    nor what befell it ("killed" / "injured"), and for money the same thing paid ("loan")."""
    if a.noun != b.noun or (a.names and b.names and not a.names & b.names) or (a.fate and b.fate and a.fate != b.fate):
        return False
    if a.noun in _CURRENCY_CODES:  # sums of one currency in a story pay for many things: name the same one
        return bool(a.words & b.words)
    return True


_CURRENCY_CODES = frozenset(_CURRENCIES.values())


def conflicting_quantities(a: list[Quantity], b: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Counts of one thing in the two claims that cannot both be true; none for a thing on which
    the claims also give counts that agree ("five hostages and two aid workers" / "two aid workers")."""
    pairs = [(x, y) for x in a for y in b if same_thing(x, y)]
    agreed = {x.noun for x, y in pairs if x.meets(y)}
    return [(x, y) for x, y in pairs if x.noun not in agreed]


def headline_nouns(headlines: list[str]) -> frozenset:
    """What a story's headlines count or name (singular, lowercased): the things the story is about."""
    nouns = {_singular(w) for h in headlines for w in re.findall(r"[^\W\d_][\w'’-]*", h)
             if (w[:1].islower() or w.isupper()) and _plural(w)}
    return frozenset(nouns | {q.noun for h in headlines for q in quantities(h)})


def story_conflicts(a: list[Quantity], b: list[Quantity], salient: frozenset) -> list[tuple[Quantity, Quantity]]:
    """Conflicting counts of a thing the story's headlines name or count, whatever the rest of the
    two sentences says: outlets give one count in differently worded sentences ("about 12,000
    troops" / "as many as 30,000 troops", cosine 0.30). Counts of side things (a duration, a quota)
    conflict this way only in close paraphrases: at low cosine most are counts of different things."""
    return conflicting_quantities([q for q in a if q.noun in salient], [q for q in b if q.noun in salient])
