"""Within-article linking of person mentions: full names, surnames and descriptions.

Coreference models do not run offline (see NOTES-deps), so linking is by rule: a surname
("Khamenei") joins the person whose full name ends with it, preferring the most recent
one mentioned before; a description ("the Supreme Leader", "the Iranian leader") joins
the most recent person holding that role, or the only one in the article.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .people import Title, clean_name, is_former, person_key, role_base, surnames, titles

MODIFIERS = {key for key, t in titles().items() if t.type == "modifier"}


@dataclass
class Person:
    """One person in one article, gathered from all of their mentions."""

    key: str
    name: str
    role: str = ""
    country: str = ""
    groups: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)  # character offsets of mentions
    office: bool = False  # an unnamed office holder ("Iran's Supreme Leader"): no surname
    gender: str = ""  # "f" or "m" when a mention showed it ("Mrs. Harlow", "spokeswoman")

    def learn(self, role: str, country: str, groups: set[str]) -> None:
        """Take a role, country and groups seen at one mention (the first role wins)."""
        self.role = self.role or role
        self.country = self.country or country
        self.groups |= groups
        base = role_base(self.role)
        if base is not None and base.group:
            self.groups.add(base.group)


@dataclass(frozen=True)
class Description:
    """What a description asks for: a role title, former or not, of a country or any."""

    title: Title
    former: bool = False
    country: str = ""
    role: str = ""  # as written, e.g. "health Minister": a portfolio must match too

    @property
    def generic(self) -> bool:
        """Lower-case titles ("leader", "cleric") name a group, not one office."""
        return self.title.canonical.islower()


class People:
    """The people of one article, keyed by canonical id."""

    def __init__(self) -> None:
        self.by_key: dict[str, Person] = {}

    def add(self, name: str, at: int, role: str = "", country: str = "", groups: set[str] | None = None,
            gender: str = "") -> Person:
        """Record a mention of ``name`` at offset ``at``; single names join a known person
        of the same gender when both genders are known."""
        person = self.by_single_name(name, at, gender)
        key = person.key if person else person_key(name)
        person = self.by_key.setdefault(key, Person(key, name))
        person.positions.append(at)
        person.learn(role, country, groups or set())
        person.gender = person.gender or gender
        return person

    def as_dicts(self) -> list[dict]:
        """The people as plain data (for Doc extensions that cross process boundaries)."""
        return [{**vars(p), "groups": sorted(p.groups)} for p in self.by_key.values()]

    @classmethod
    def from_dicts(cls, rows: list[dict]) -> "People":
        """People rebuilt from :meth:`as_dicts`."""
        people = cls()
        for row in rows:
            people.by_key[row["key"]] = Person(**{**row, "groups": set(row["groups"]), "positions": list(row["positions"])})
        return people

    def add_office(self, key: str, name: str, at: int, role: str, country: str) -> Person:
        """Record a mention of an unnamed office holder, so later descriptions join it."""
        person = self.by_key.setdefault(key, Person(key, name, office=True))
        person.positions.append(at)
        person.learn(role, country, set())
        return person

    def by_surname(self, surname: str, at: int, gender: str = "") -> Person | None:
        """The person ``surname`` refers to: the latest before ``at``, else the first after;
        "Mrs. Harlow" never joins a man the article called "Mr. Tom Harlow"."""
        wanted = surname.lower()  # "Bin Salman" at a sentence start is "bin Salman"
        found = [p for p in self.by_key.values() if not p.office and wanted in (s.lower() for s in surnames(p.name))
                 and not (gender and p.gender and gender != p.gender)]
        return _nearest(found, at)

    def surname_table(self) -> dict[str, Person]:
        """Surname -> person, for surnames that name exactly one person here."""
        table: dict[str, list[Person]] = {}
        for person in self.by_key.values():
            for surname in [] if person.office else surnames(person.name):
                table.setdefault(surname, []).append(person)
        return {name: people[0] for name, people in table.items() if len(people) == 1}

    def by_single_name(self, name: str, at: int, gender: str = "") -> Person | None:
        """:meth:`by_surname`, else the one person named in full with ``name`` as given name."""
        person = self.by_surname(name, at, gender)
        if person is None and len(name.split()) == 1:
            person = self.given_name_table().get(name)
        return person

    def given_name_table(self) -> dict[str, Person]:
        """Given name -> person, for people named in full whose given name is no one else's
        given name or surname here ("Chiara" after "Chiara Bassi" in an interview)."""
        table: dict[str, list[Person]] = {}
        for person in self.by_key.values():
            words = [] if person.office else clean_name(person.name).split()
            if len(words) >= 2 and words[0].isalpha() and words[0][:1].isupper():
                table.setdefault(words[0], []).append(person)
        taken = self.surname_table()
        return {name: people[0] for name, people in table.items() if len(people) == 1 and name not in taken}

    def resolve(self, wanted: Description, at: int) -> Person | None:
        """The person a description at ``at`` refers to, or None when unsure."""
        found = [p for p in self.by_key.values() if _fits(p, wanted)]
        before = [p for p in found if any(pos < at for pos in p.positions)]
        if before:
            return max(before, key=lambda p: max(pos for pos in p.positions if pos < at))
        return found[0] if len(found) == 1 else None


def _nearest(found: list[Person], at: int) -> Person | None:
    """The person mentioned most recently before ``at``, else the first one after it."""
    before = [p for p in found if any(pos < at for pos in p.positions)]
    if before:
        return max(before, key=lambda p: max(pos for pos in p.positions if pos < at))
    return min(found, key=lambda p: min(p.positions), default=None)


def _fits(person: Person, wanted: Description) -> bool:
    """True when ``person`` can be what the description describes."""
    if wanted.country and person.country and wanted.country != person.country:
        return False
    if is_former(person.role) != wanted.former:
        return False
    if wanted.generic:
        return wanted.title.group in person.groups
    base = role_base(person.role)
    if base is not None and _bare_minister(wanted, base):
        return True
    if base is None or base.canonical != wanted.title.canonical:
        return False
    portfolio = _office_words(wanted.role)
    return portfolio in ("", base.canonical.lower()) or _office_words(person.role) == portfolio


def _bare_minister(wanted: Description, base: Title) -> bool:
    """"The minister" after "Finance Minister Aiko Tanabe": a bare "minister" names any
    portfolio's minister (a prime minister is not called "the minister")."""
    held = base.canonical.lower()
    return (_office_words(wanted.role) == "minister" and wanted.title.canonical.lower() == "minister"
            and held.endswith(" minister") and held != "prime minister")


def _office_words(role: str) -> str:
    """A role without modifiers, lower case: "former Health Minister" -> "health minister"."""
    return " ".join(w for w in role.lower().split() if w not in MODIFIERS)
