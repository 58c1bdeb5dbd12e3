"""Pure functions for people's names and titles (no spaCy): split, clean, key, sector.

Titles come from ``data/titles.tsv``: roles ("Supreme Leader", "Foreign Minister") are kept
as ``Entity.role``, honorifics ("Ayatollah", "Mr") are dropped, and modifiers ("former",
"deputy") stay in front of the role they qualify, because a later layer compares roles
across outlets and "former President" is not "President".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
TITLE_TYPES = ("role", "honorific", "modifier")
# Possessive endings, straight and curly apostrophes.
POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
# Lower-case particles that belong to a surname ("bin Salman", "de Klerk", "al-Sisi").
MAX_SLUG = 80  # ids built from article text stay short whatever the text holds
SURNAME_PARTICLES = {"al", "el", "bin", "ibn", "de", "van", "von", "der", "da", "di", "du", "la", "le"}


@dataclass(frozen=True)
class Title:
    """One row of the titles table."""

    canonical: str
    type: str  # role | honorific | modifier
    sector: str = ""
    group: str = ""


def read_table(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file, skipping comments and blank lines."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@lru_cache(maxsize=1)
def titles() -> dict[str, Title]:
    """The titles table keyed by lower-case title."""
    table = {}
    for row in read_table("titles.tsv"):
        row += [""] * (5 - len(row))
        table[row[0].lower()] = Title(row[4] or row[0], row[1], row[2], row[3])
    return table


@lru_cache(maxsize=1)
def longest_title_words() -> int:
    """The number of words in the longest title, to bound prefix matching."""
    return max(len(key.split()) for key in titles())


@lru_cache(maxsize=1)
def title_first_words() -> frozenset[str]:
    """Lower-case first words of all titles (most tokens can be skipped on sight)."""
    return frozenset(key.split()[0].split("-")[0].rstrip(".") for key in titles())


def title_of(words: tuple[str, ...] | list[str]) -> Title | None:
    """The title spelled by ``words`` (case-insensitive), or None."""
    return titles().get(" ".join(words).lower())


def _title_prefix(words: list[str]) -> tuple[Title | None, int]:
    """The longest title at the start of ``words`` and how many words it spans."""
    for size in range(min(longest_title_words(), len(words)), 0, -1):
        found = title_of(words[:size])
        if found is not None:
            return found, size
    return None, 0


def _split_dash_modifier(word: str) -> list[str]:
    """'ex-President' -> ['ex-', 'President'], so dashed modifiers are found."""
    head, dash, rest = word.partition("-")
    if dash and rest and titles().get((head + "-").lower(), Title("", "")).type == "modifier":
        return [head + "-", rest]
    return [word]


def split_title(text: str) -> tuple[str, str]:
    """Split "former President Joe Smith" into (role, name): ("former President", "Joe Smith")."""
    words = [piece for word in text.split() for piece in _split_dash_modifier(word)]
    modifiers: list[str] = []
    role = ""
    while words:
        found, size = _title_prefix(words)
        if found is None:
            break
        if found.type == "role" and not role:  # the first role is the one the name carries
            role = join_role(modifiers + [found.canonical])
        elif found.type == "modifier" and not role:
            modifiers.append(found.canonical)
        words = words[size:]
    return role, clean_name(" ".join(words))


def join_role(parts: list[str]) -> str:
    """Join role words, keeping dashed modifiers attached ("ex-" + "President")."""
    out = ""
    for part in parts:
        out += part if out.endswith("-") or not out else " " + part
    return out


def clean_name(name: str) -> str:
    """A name without possessive, surrounding punctuation or extra spaces."""
    name = " ".join(name.split())
    name = POSSESSIVE.sub("", name) if len(name) > 3 else name
    return name.strip(" ,;:\"'“”‘’()")


def person_key(name: str) -> str:
    """A stable id for a person: "Ali Khamenei" -> "person:ali-khamenei"."""
    return "person:" + slug(clean_name(name))


def slug(text: str, limit: int = MAX_SLUG) -> str:
    """Lower-case ASCII words joined by dashes ("Élysée Palace" -> "elysee-palace"), capped."""
    folded = unicodedata.normalize("NFKD", text[: limit * 4]).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:limit].rstrip("-")


def surnames(name: str) -> list[str]:
    """Ways a later mention may refer to ``name`` by surname, longest first."""
    words = [w for w in clean_name(name).split() if w.lower() not in NAME_SUFFIXES]
    if len(words) < 2:
        return []
    found = [words[-1]]
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in SURNAME_PARTICLES:
        start -= 1
        found.insert(0, " ".join(words[start:]))
    return found


def role_base(role: str) -> Title | None:
    """The title a role is built on: "former Foreign Minister" -> Foreign Minister;
    "Disaster Management Minister" -> Minister (its longest title ending)."""
    words = [piece for word in role.split(",")[0].split() for piece in _split_dash_modifier(word)]
    for end in range(len(words), 0, -1):  # shorter ends for "Foreign Minister of Oman"
        for i in range(end):
            found = title_of(words[i:end])
            if found is not None and found.type == "role":
                return found
    return None


# Title groups that name an office of a state: "Foreign Minister of Oman", not "Senator, United States".
STATE_OFFICE_GROUPS = {"leader", "deputy", "minister", "diplomat"}
# Titles held in one state only: the gold writes them without it ("Supreme Leader").
SINGLE_STATE_TITLES = {"supreme leader", "pope"}


def role_of_country(role: str, country: str) -> str:
    """A role with the country it is held for, as the gold writes it: "Foreign Minister of Oman",
    "Minister of Economy, Trade and Industry of Japan", "Senator, United States", "Foreign
    Ministry Spokesman, Iran"; unchanged when either is empty, the role already names the
    country or a body ("Spokeswoman, Caspian Ferry Company"), or the title has one state."""
    base = role_base(role)
    if not role or not country or country.lower() in role.lower():
        return role
    if base is not None and base.canonical.lower() in SINGLE_STATE_TITLES:
        return role
    title = base.canonical.lower() if base is not None else ""
    office = base is not None and base.group in STATE_OFFICE_GROUPS and " of " not in title
    if office and (role.lower().endswith(title) or role.lower().startswith(title + " of ")):
        return f"{role} of {_with_article(country)}"
    return role if ", " in role else f"{role}, {country}"


def _with_article(country: str) -> str:
    """"the United States", "the Netherlands", but "Oman"."""
    plural = country.endswith(("lands", "pines", "Islands", "Emirates", "Republic", "Bahamas", "Maldives"))
    return f"the {country}" if country.startswith("United ") or plural else country


def role_sector(role: str) -> str:
    """The sector a role implies (GOV, MIL, LEG, JUD, ...), or "".

    For a free-form role ("former State Department negotiator, ...") the last title word
    before any comma decides."""
    base = role_base(role)
    if base is not None:
        return base.sector
    for word in reversed(role.split(",")[0].split()):
        found = title_of([word])
        if found is not None and found.type == "role":
            return found.sector
    return ""


def is_former(role: str) -> bool:
    """True for roles a person no longer holds ("former President", "ex-Minister")."""
    return bool(re.match(r"(?i)(former|ex-|then-|late)\b", role))


# Titles of address and role words that show a person's gender ("Mrs. Clinton" is not Bill).
FEMALE_WORDS = {"mrs", "ms", "miss", "madam", "madame", "lady", "dame", "spokeswoman", "chairwoman",
                "congresswoman", "businesswoman", "councilwoman"}
MALE_WORDS = {"mr", "sir", "lord", "spokesman", "chairman", "congressman", "businessman", "councilman"}


def gender_of_words(words: list[str]) -> str:
    """"f" or "m" when a title of address or role word among ``words`` shows it, else ""."""
    found = {"f" if w in FEMALE_WORDS else "m" for w in (w.lower().rstrip(".") for w in words)
             if w in FEMALE_WORDS or w in MALE_WORDS}
    return found.pop() if len(found) == 1 else ""
