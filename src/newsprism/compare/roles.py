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
from dataclasses import dataclass
from typing import Mapping, Sequence

from ..analyze.people import role_base
from ..records import ClaimLink, ClaimRef, Entity, Span
from .views import ArticleView

ROLE_KIND = "role"  # evidence["kind"] of the links made here
TITLES = re.compile(r"\b(president|prime minister|minister|chancellor|leader|governor|mayor|king|queen|secretary|chief|head|"
                    r"ambassador|spokes\w+)\s*$", re.I)
_TITLE_BEFORE = re.compile(r"(?:(?:former|ex-|one-time)\s*)?(?:(?:president|prime minister|minister|chancellor|leader|governor|"
                           r"mayor|king|queen|secretary|chief|ambassador)\s+)?$", re.I)
_FORMER_BEFORE = re.compile(r"\b(former|ex-|one-time)\s*(\w+\s+){0,3}$", re.I)
_FORMER_ROLE = re.compile(r"(?i)\b(former|one-time|late)\b|\bex-")
_PAST_WORDS = re.compile(r"(?i)\b(former|ex-|one-time|late|then-)\s*")


def role_words(text: str, entity: Entity) -> str:
    """"former" or "sitting" when the mention carries a title, "" otherwise."""
    before = text[max(0, entity.span.start - 40):entity.span.start]
    role = entity.role.lower()
    if role.startswith("then-") or role.startswith("then "):
        return ""  # "then-President X" dates the title: neither held now nor denied
    if _FORMER_ROLE.search(role) or _FORMER_BEFORE.search(before):
        return "former"
    if role or TITLES.search(before) or TITLES.search(entity.span.text.split(" ")[0] + " "):
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

    def conflicts_with(self, other: "RoleMention") -> bool:
        """True when one mention makes the title past and the other present (same title, or one unknown)."""
        if {self.status, other.status} != {"former", "sitting"}:
            return False
        return not self.base or not other.base or self.base == other.base


def _title_base(title: str) -> str:
    found = role_base(title)
    if found is not None:
        return found.canonical.lower()
    return " ".join(_PAST_WORDS.sub("", title).lower().split())


def role_mentions(view: ArticleView) -> list[RoleMention]:
    """Every titled person mention of the article, once per (person, status, title it is built on)."""
    text, found, seen = view.article.text, [], set()
    for entity in view.analysis.entities:
        if entity.kind != "PERSON" or not entity.canonical_id:
            continue
        status = role_words(text, entity)
        before = _TITLE_BEFORE.search(text[max(0, entity.span.start - 40):entity.span.start])
        start = entity.span.start - (len(before.group(0)) if before else 0)
        title = entity.role or text[start:entity.span.start].strip()
        mention = RoleMention(view.canonical(entity.canonical_id), status, title, _title_base(title),
                              Span.of(text, start, entity.span.end))
        key = (mention.person_id, mention.status, mention.base)
        if status and key not in seen:
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
