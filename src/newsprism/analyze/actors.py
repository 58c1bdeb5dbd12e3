"""Event actors: a noun phrase to an ``Actor`` (ISO3 or organisation code, sector, text).

Codes come from the entity layer (``doc._.np_entities``) when it gives a country code, and
otherwise from our gazetteer (``data/gazetteer.tsv`` plus pycountry's official names).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

from spacy.tokens import Doc, Token

from ..records import Actor
from .lexicons import cell, rows, sectors, text_of, weak_sector_words

# Dependency labels that leave the phrase (clauses hanging off a noun are not its name).
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "punct", "cc"}
ISO3 = re.compile(r"^[A-Z]{3}$")
ORG_CODES = {"IGO", "NGO"}


@lru_cache(maxsize=None)
def gazetteer() -> dict[tuple[str, ...], tuple[str, str]]:
    """Alias (as a tuple of token texts) -> (code, sector)."""
    import pycountry

    table: dict[tuple[str, ...], tuple[str, str]] = {}
    for country in pycountry.countries:
        for name in {country.name, getattr(country, "common_name", ""), getattr(country, "official_name", "")}:
            if name and "," not in name:
                table[tuple(_split(name))] = (country.alpha_3, "")
    table.update(_entity_layer_names())
    for row in rows("gazetteer.tsv"):  # our own lines win over the entity layer's
        table[tuple(_split(row[0]))] = (row[1], cell(row, 2))
    return table


def _entity_layer_names() -> dict[tuple[str, ...], tuple[str, str]]:
    """Every alias the entity layer knows (capitals, demonyms, seats of power, organisations,
    provinces and cities) with its actor code: one coverage for entities and events, so the
    coder does not depend on its own hand-picked list of names."""
    try:
        from .gazetteer import actor_code, places
    except ImportError:  # the entity layer is optional for the bare coder
        return {}
    out = {}
    for alias, place in places().items():
        code = (actor_code(place.code) or "")[:3].upper()
        if ISO3.match(code):
            out[tuple(_split(alias))] = (code, place.sector if place.sector in _SECTORS else "")
    return out


# Sector codes the entity layer may give that are CAMEO sectors as well.
_SECTORS = frozenset("GOV MIL COP JUD LEG OPP REB INS PTY BUS MED EDU CVL ELI IGO NGO SPY".split())


def _split(name: str) -> list[str]:
    return re.findall(r"[\w.'-]+(?<!')|'s", name)


@lru_cache(maxsize=None)
def _max_alias_len() -> int:
    return max(len(key) for key in gazetteer())


@lru_cache(maxsize=None)
def _alias_sizes() -> dict[str, tuple[int, ...]]:
    """First word of an alias -> the alias lengths starting with it, longest first (so a token
    that starts no alias costs one lookup, not one per possible length)."""
    sizes: dict[str, set[int]] = {}
    for key in gazetteer():
        sizes.setdefault(key[0], set()).add(len(key))
    return {word: tuple(sorted(lengths, reverse=True)) for word, lengths in sizes.items()}


def _clean(text: str) -> str:
    text = text[:-2] if text.endswith("'s") or text.endswith("’s") else text
    return text


def mentions(tokens: list[Token]) -> list[tuple[int, int, str, str]]:
    """Gazetteer matches in ``tokens`` (which must be contiguous): (first, last, code, sector)."""
    table, starts, found, i = gazetteer(), _alias_sizes(), [], 0
    texts = [_clean(t.text) for t in tokens]
    while i < len(tokens):
        for size in (n for n in starts.get(texts[i], ()) if n <= len(tokens) - i):
            hit = table.get(tuple(texts[i : i + size]))
            if hit and (size > 1 or texts[i][:1].isupper()):
                found.append((tokens[i].i, tokens[i + size - 1].i, hit[0], hit[1]))
                i += size
                break
        else:
            i += 1
    return found


def phrase_tokens(head: Token) -> list[Token]:
    """The tokens of the noun phrase headed by ``head`` without clauses or conjuncts."""
    keep = [head]
    for child in head.children:
        if child.dep_ in CLAUSE_DEPS or child.dep_ == "conj":
            continue
        keep.extend(child.subtree)
    return sorted(keep, key=lambda t: t.i)


def _entity_code(doc: Doc, start: int, end: int) -> str:
    """The actor code the entity layer gives for an overlapping entity, or ""."""
    hits = [e for e in doc._.np_entities or () if e.span.start < end and start < e.span.end]
    for ent in sorted(hits, key=lambda e: e.span.start - e.span.end):
        code = _code_of_id(doc, ent.canonical_id or "")
        if code:
            return code
    return ""


def _code_of_id(doc: Doc, canonical_id: str) -> str:
    """ISO3 / IGO / NGO for an entity id: countries as they are, organisations and seats of
    power through the entity layer's ``actor_code``, people through their known country."""
    try:  # the entity layer is optional: without it, only plain codes count
        from .gazetteer import actor_code
    except ImportError:
        actor_code = None
    code = actor_code(canonical_id) if actor_code else canonical_id
    code = (code or "")[:3].upper()
    if ISO3.match(code) and (code in ORG_CODES or len(canonical_id) == 3 or actor_code):
        return code
    people = getattr(doc._, "np_people", None) if Doc.has_extension("np_people") else None
    person = getattr(people, "by_key", {}).get(canonical_id) if people is not None else None
    return (getattr(person, "country", "") or "").upper()


def _contiguous(tokens: list[Token]) -> list[list[Token]]:
    runs: list[list[Token]] = []
    for tok in tokens:
        if runs and runs[-1][-1].i + 1 == tok.i:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    return runs


# Names inside these prepositional phrases are what the actor is about, not who it is
# ("the administration's position on Israel").
TOPIC_PREPS = frozenset("on about against with to for over toward towards".split())


def _naming_tokens(head: Token) -> list[Token]:
    tokens = phrase_tokens(head)
    topical = {t.i for tok in tokens if tok.dep_ == "prep" and tok.head == head and tok.lower_ in TOPIC_PREPS for t in tok.subtree}
    return [t for t in tokens if t.i not in topical]


def phrase_code(head: Token, actor: bool = False) -> tuple[str, str]:
    """(code, sector from the gazetteer) of the phrase headed by ``head``; ("", "") when unknown.
    For an actor, names in topical prepositional phrases do not count."""
    tokens = _naming_tokens(head) if actor else phrase_tokens(head)
    found = [m for run in _contiguous(tokens) for m in mentions(run)]
    if found:
        # The mention closest to the head (its own modifiers) names the actor's country.
        near = [m for m in found if m[0] <= head.i]
        residence = _residence(head, found)
        if residence:  # a people where it lives: civilians of that country
            return residence[2], "CVL"
        best = near[-1] if near else found[0]
        return best[2], best[3]
    doc = head.doc
    code = _entity_code(doc, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    return code, ""


RESIDENCE_PREPS = frozenset("in of from".split())


def _residence(head: Token, found: list[tuple[int, int, str, str]]) -> Optional[tuple[int, int, str, str]]:
    """A people named by nationality and by where it lives ("ethnic Albanians in south Serbia",
    "the Albanians of southern Serbia") is coded by the country it lives in, as CAMEO codes
    groups (the ethnicity belongs to the sector, e.g. CVLalb); None otherwise."""
    if head.tag_ not in ("NNS", "NNPS") or not any(m[0] <= head.i <= m[1] for m in found):
        return None
    places = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in RESIDENCE_PREPS for t in c.subtree}
    return next((m for m in found if m[0] in places), None)


# Modifiers that turn an office holder into a former one (CAMEO sector ELI).
FORMER_WORDS = frozenset("former ousted deposed exiled ex".split())


def _office(tokens: list[Token], table: dict[str, str]) -> bool:
    return any(table.get(t.lemma_.lower()) == "GOV" or table.get(t.lower_) == "GOV" for t in tokens)


def phrase_sector(head: Token, gazetteer_sector: str = "") -> str:
    """Sector from the head noun or its title words (``data/sectors.tsv``)."""
    table = sectors()
    tokens = phrase_tokens(head)
    named = {i for run in _contiguous(tokens) for m in mentions(run) for i in range(m[0], m[1] + 1)}
    ordered = [head] + sorted((t for t in tokens if t.i < head.i), key=lambda t: -t.i)
    if head.lemma_.lower() in weak_sector_words() or head.lower_ in weak_sector_words():
        ordered = ordered[1:] + [head]
    own = [t for t in tokens if t.i < head.i and t.dep_ != "poss" and "poss" not in {a.dep_ for a in t.ancestors if a.i < head.i}]
    if any(t.lemma_.lower() in FORMER_WORDS for t in own) and _office(own + [head], table):
        return "ELI"  # "former prime minister", "ousted president": CAMEO's elites, no longer GOV
    for tok in ordered:
        if tok.i in named:  # "European Union" is a name, not a trade union
            continue
        hit = table.get(tok.lemma_.lower()) or table.get(tok.lower_)
        if hit and not (tok.ent_type_ in ("GPE", "NORP") and tok != head):
            return hit
    return gazetteer_sector


def actor_for(head: Token, actor: bool = False) -> Optional[Actor]:
    """The Actor named by the phrase headed by ``head``, or None when it has no code."""
    code, gaz_sector = phrase_code(head, actor)
    if not code:
        return None
    tokens = phrase_tokens(head)
    text = text_of(head.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    sector = phrase_sector(head, gaz_sector) or _state_sector(code, tokens)
    return Actor(code=code, sector=sector, text=text)


def _state_sector(code: str, tokens: list[Token]) -> str:
    """A country named bare as a participant ("Iran said", "talks with the United States")
    stands for its state: GOV (organisation codes and phrases with other words get none)."""
    if code in ORG_CODES or not ISO3.match(code):
        return ""
    words = [t for t in tokens if t.dep_ not in ("det", "case") and not t.is_punct]
    named = {i for run in _contiguous(words) for m in mentions(run) for i in range(m[0], m[1] + 1)}
    if not words or not all(t.i in named or t.ent_type_ in ("GPE", "NORP") for t in words):
        return ""
    # A plural nationality ("Liberians", "the Palestinians of the camp") is its people: CVL.
    last = words[-1]
    return "CVL" if last.tag_ in ("NNS", "NNPS") and last.lower_ not in _country_names() else "GOV"


@lru_cache(maxsize=None)
def _country_names() -> frozenset[str]:
    """Lower-case country names that end in -s ("Philippines") and so look like plurals."""
    import pycountry

    names = {n.lower() for c in pycountry.countries for n in (c.name, getattr(c, "common_name", ""))}
    names |= {key[-1].lower() for key, (code, _s) in gazetteer().items() if len(key) > 1}
    return frozenset(names)


def with_conjuncts(head: Token) -> list[Token]:
    """``head`` and the heads coordinated with it ("Israel and the Palestinians")."""
    out = [head]
    for child in head.children:
        if child.dep_ == "conj":
            out.extend(with_conjuncts(child))
    return out


def actors_for(heads: Iterable[Token], actor: bool = False) -> tuple[Actor, ...]:
    """Actors (``actor=True``) or recipients for several phrase heads (with their conjuncts),
    without duplicate codes."""
    seen, out = set(), []
    for head in heads:
        for h in with_conjuncts(head):
            found = actor_for(h, actor)
            if found and found.code not in seen:
                seen.add(found.code)
                out.append(found)
    return tuple(out)
