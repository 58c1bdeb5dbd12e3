"""Role discrepancies within a story: one outlet calls a person "former", another gives them the title.

The entity layer keeps each mention's title as written (``Entity.role``: "former President",
"Supreme Leader"), and compare/identities.py tells which office mentions are a named person
in this story. Here every titled mention of a person is reduced to a status (former or
sitting) and the title it is built on; two articles that give one person the same title,
one as held and one as past, disagree about who that person is. Each such pair becomes an
entity-level ``contradicts`` link (``evidence["kind"] == "role"``), which the story view
groups per person.

Different titles are not a discrepancy ("former Foreign Minister" and "Prime Minister" can
both be true), and neither is "then-President", which dates the title rather than denying it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..analyze.people import role_base, titles
from ..records import ClaimLink, ClaimRef, Entity, Span
from .views import ArticleView

ROLE_KIND = "role"  # evidence["kind"] of the links made here
TITLES = re.compile(r"\b(president|prime minister|minister|chancellor|leader|governor|mayor|king|queen|secretary|chief|head|"
                    r"ambassador|spokes\w+)\s*$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_LINKING_START = re.compile(r"(?i)(?:the|of)\s+")
MAX_TITLE_WORDS = 6  # "former deputy foreign minister" and the like
_FORMER_BEFORE = re.compile(r"\b(former|ex-|one-time)\s*(\w+\s+){0,3}$", re.IGNORECASE)
_FORMER_ROLE = re.compile(r"(?i)\b(former|one-time|late)\b|\bex-")
_DATED = re.compile(r"(?i)^then\b|\bthen-")
_PAST_WORDS = re.compile(r"(?i)\b(former|ex-|one-time|late|then-)\s*")


def role_words(text: str, entity: Entity) -> str:
    """"former" or "sitting" when the mention carries a title, "" otherwise."""
    return _status(text, entity, _title_start(text, entity.span.start))


def _status(text: str, entity: Entity, title_start: int) -> str:
    start = entity.span.start
    before, title = text[max(0, start - 40):start], text[title_start:start]
    role = entity.role.lower()
    if _DATED.search(role) or _DATED.search(title):
        return ""  # "then-President X" dates the title: neither held now nor denied
    if _FORMER_ROLE.search(role) or _FORMER_ROLE.search(title) or _FORMER_BEFORE.search(before):
        return "former"
    if role or _is_role(title) or TITLES.search(before) or TITLES.search(entity.span.text.split(" ")[0] + " "):
        return "sitting"
    return ""


@dataclass(frozen=True)
class RoleMention:
    """One titled mention of a person: status, the title as written and the title it is built on."""

    person_id: str  # as the story knows them (an office resolves to its holder)
    status: str  # former | sitting
    title: str  # as written, e.g. "former President" ("" when only the text around shows a title)
    base: str  # lower-case title it is built on ("president"), "" when unknown
    span: Span  # the mention with the title in front of it

    def conflicts_with(self, other: RoleMention) -> bool:
        """True when one mention makes the title past and the other present (same title, or one unknown)."""
        return roles_conflict((self.status, self.base), (other.status, other.base))


def roles_conflict(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """True for (status, title base) pairs that make one title past and present: former vs sitting, same base."""
    if {a[0], b[0]} != {"former", "sitting"}:
        return False
    return not a[1] or not b[1] or a[1] == b[1]


@lru_cache(maxsize=4096)
def _is_role(title: str) -> bool:
    return role_base(title) is not None  # an honorific alone ("Mr") is no role


@lru_cache(maxsize=4096)
def _title_base(title: str) -> str:
    """The lower-case title a role is built on ("former Foreign Minister" -> "foreign minister")."""
    found = role_base(title)
    if found is not None:
        return found.canonical.lower()
    return " ".join(_PAST_WORDS.sub("", title).lower().split())


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word of every title and modifier ("former", "foreign", "minister", ...), lower case."""
    return frozenset(word for key in titles() for word in key.replace("-", " ").split()) | {"ex", "one", "time"}


def _title_start(text: str, end: int) -> int:
    """Where the title words written right before a mention begin ("former foreign minister X")."""
    start = end
    for _ in range(MAX_TITLE_WORDS):
        found = _WORD_BEFORE.search(text, max(0, start - 40), start)
        words = found.group(1).lower().replace("-", " ").split() if found else []
        if not words or not all(w in _title_words() for w in words):
            break
        start = found.start()
    # "of" and "the" belong inside a title ("Secretary of State"), never at its start ("the President").
    while (leading := _LINKING_START.match(text, start, end)) is not None:
        start = leading.end()
    return start


def titled_mention(text: str, entity: Entity, person_id: str = "") -> RoleMention:
    """The mention with the title written in front of it, its status and the title it is built on."""
    start = _title_start(text, entity.span.start)
    title = entity.role or text[start:entity.span.start].strip()
    return RoleMention(person_id or entity.canonical_id, _status(text, entity, start), title, _title_base(title),
                       Span.of(text, start, entity.span.end))


def role_mentions(view: ArticleView) -> list[RoleMention]:
    """Every titled person mention of the article, once per (person, status, title it is built on)."""
    text, found, seen = view.article.text, [], set()
    for entity in view.analysis.entities:
        if entity.kind != "PERSON" or not entity.canonical_id:
            continue
        mention = titled_mention(text, entity, view.canonical(entity.canonical_id))
        key = (mention.person_id, mention.status, mention.base)
        if mention.status and key not in seen:
            seen.add(key)
            found.append(mention)
    return found


def _side(view: ArticleView, mention: RoleMention) -> dict:
    return {"text": mention.span.text, "role": mention.status, "title": mention.title, "outlet": view.outlet}


def _role_link(story_id: str, pair: tuple, name: str) -> ClaimLink:
    (va, ma), (vb, mb) = pair
    signal = (f"role: {name} called {ma.title or ma.status} in {va.outlet} and {mb.title or mb.status} in {vb.outlet} "
              f"({ma.person_id})")
    evidence = {"kind": ROLE_KIND, "person": {"id": ma.person_id, "name": name},
                "a": _side(va, ma), "b": _side(vb, mb), "signals": [signal]}
    return ClaimLink(story_id, ClaimRef(va.id, ma.span), ClaimRef(vb.id, mb.span), "contradicts", 1.0, evidence)


def _first_conflict(ma: list[RoleMention], mb: list[RoleMention], person: str):
    return next(((x, y) for x in ma if x.person_id == person for y in mb if y.person_id == person and x.conflicts_with(y)), None)


def role_conflicts(story_id: str, views: Sequence[ArticleView], names: Mapping[str, str] | None = None) -> list[ClaimLink]:
    """One ``contradicts`` link per person and pair of articles that give them a title as held and as past."""
    names = names or {}
    mentions = [(v, role_mentions(v)) for v in views]
    links = []
    for n, (va, ma) in enumerate(mentions):
        for vb, mb in mentions[n + 1:]:
            for person in sorted({m.person_id for m in ma} & {m.person_id for m in mb}):
                found = _first_conflict(ma, mb, person)
                if found:
                    links.append(_role_link(story_id, ((va, found[0]), (vb, found[1])), names.get(person, person)))
    return links
