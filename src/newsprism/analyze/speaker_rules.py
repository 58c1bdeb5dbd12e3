"""Speakers that stand for a state or for a pair of states, and how bodies are named.

- a body of a state speaks for the state: "the Armenian delegation", "The government" (of
  the country the sentence or the article is about), "a government statement" -> the
  country, as "Tehran said" is Iran ("the Israeli government" keeps the name it is given);
- two parties together: "both sides", "the two governments", "figures from the two
  governments" -> "Armenia and Azerbaijan" (the latest pair of countries joined by "and",
  else the two the article names most); "officials on both sides" -> "Armenian and
  Azerbaijani officials";
- ministries are named as the gold names them: "Ministry of Foreign Affairs of Chile",
  "Ministry of Trade of Peru" (the entity layer writes "Foreign Ministry of Chile").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan

from .gazetteer import code_name, country_code, country_of, is_alpha3, lookup
from .places import ministry_name
from .source_shapes import STATEMENT_NOUNS, nationality

# Bodies that speak for their state as a whole ("the Armenian delegation said").
STATE_BODIES = {"government", "delegation", "cabinet"}
# Words that make a plural mean the two parties of the story ("both sides", "the two governments").
PAIR_WORDS = {"both", "two"}
PAIR_HEADS = {"side", "government", "delegation", "country", "party", "capital", "neighbour", "neighbor"}
STATE_HEADS = PAIR_HEADS - {"side", "party"}  # words that can only mean states
MINISTRY_NAME = re.compile(r"^(?P<kind>[A-Z][\w ]*?) Ministry of (?P<country>.+)$")
OWNED_MINISTRY = re.compile(r"^(?P<owner>[A-Z][\w-]*) (?P<kind>[a-zA-Z]+) [Mm]inistry$")
MINISTER_ROLE = re.compile(r"^(?P<kind>[A-Z][a-z]+) Minister(?: of (?P<country>[A-Z][\w ]+))?$")


def ministry_display_name(name: str) -> str:
    """"Foreign Ministry of Chile", "Chilean foreign ministry" -> "Ministry of Foreign Affairs of
    Chile"; other names unchanged."""
    match = MINISTRY_NAME.match(name) or _owned_ministry(name)
    if match is None:
        return name
    return _ministry(match["kind"], match["country"])


def _ministry(kind: str, country: str) -> str:
    return ministry_name(kind.strip().lower(), country)


def _owned_ministry(name: str) -> Optional[dict]:
    """"Kazakh foreign ministry" -> {kind: "foreign", country: "Kazakhstan"}, or None."""
    match = OWNED_MINISTRY.match(name)
    code = country_code(match["owner"]) if match else ""
    return {"kind": match["kind"], "country": code_name(code)} if code else None


def minister_ministry(role: str, country_near) -> str:
    """"Trade Minister of Indonesia" -> "Ministry of Trade of Indonesia"; a role without its country
    takes ``country_near()``; "" for a role that is not a portfolio minister's."""
    match = MINISTER_ROLE.match(role)
    if match is None:
        return ""
    country = match["country"] or code_name(country_near() or "")
    return _ministry(match["kind"], country) if country and len(country) > 3 else ""


def is_pair(span: SpacySpan) -> bool:
    """"both sides", "the two governments", "Both governments": the two parties of the story."""
    root = span.root
    counted = any(c.lower_ in PAIR_WORDS for c in root.children if c.i < root.i)
    return root.tag_ == "NNS" and root.lemma_.lower() in PAIR_HEADS and counted


def on_both_sides(span: SpacySpan) -> bool:
    """"officials on both sides", "families on both sides of the border"."""
    for prep in span.root.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "from") and prep.right_edge.i < span.end:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects and is_pair(span.doc[objects[0].left_edge.i : objects[0].i + 1]):
                return True
    return False


def story_pair(doc: Doc, offset: int, states_only: bool = True) -> tuple[str, str]:
    """The two countries a "both sides" before ``offset`` means, as ISO codes ("", "" when unknown):
    the latest two joined by "and", else (for words that can only mean states, ``states_only``)
    the two the article names most."""
    mentions = _country_mentions(doc, offset)
    for (first, a), (second, b) in reversed(list(zip(mentions, mentions[1:]))):
        if a != b and re.fullmatch(r"\s*and\s*", doc.text[first.end : second.start]):
            return a, b
    if not states_only:
        return "", ""  # "both sides" of a strike are not the two countries the article names most
    ranked = [code for code, _ in Counter(code for _, code in mentions).most_common(2)]
    if len(ranked) < 2:
        return "", ""
    first_seen = {code: i for i, (_, code) in reversed(list(enumerate(mentions)))}
    a, b = sorted(ranked, key=first_seen.get)
    return a, b


def _country_mentions(doc: Doc, offset: int) -> list:
    """(entity span, country code) of the entity layer's country mentions before ``offset``."""
    found = []
    for entity in getattr(doc._, "np_entities", None) or ():
        code = entity.canonical_id
        if entity.span.end <= offset and entity.kind in ("GPE", "NORP") and is_alpha3(code):
            found.append((entity.span, code))
    return found


def names_states(span: SpacySpan) -> bool:
    """"the two governments" can only mean states; "both sides" may mean the parties to anything."""
    return span.root.lemma_.lower() in STATE_HEADS


def pair_name(codes: tuple[str, str]) -> str:
    """"Armenia and Azerbaijan"; "" when the pair is unknown."""
    return " and ".join(code_name(c) for c in codes) if all(codes) else ""


def pair_officials(codes: tuple[str, str], noun: str) -> str:
    """"Armenian and Azerbaijani officials"; "" when a nationality is unknown."""
    names = [nationality(c) for c in codes]
    return f"{names[0]} and {names[1]} {noun}" if all(codes) and all(names) else ""


def state_of_body(span: SpacySpan, country_near) -> str:
    """The country a state body speaks for ("the Armenian delegation" -> ARM), or "".

    ``country_near(token_index)`` gives the country the text is about at a token (the
    sentence's, else the article's) for a body named without one ("The government")."""
    root = span.root
    body = _body_token(span)
    if body is None:
        return ""
    named = _country_in(span, body.i) or _seat_of(span, body)
    if named:  # "the Armenian delegation", "the Israeli government", "the government in N'Djamena"
        return named
    definite = any(c.lower_ in ("the", "a", "an") for c in root.children if c.dep_ == "det")
    return country_near(body.i) if definite and root.tag_ in ("NN", "NNP") else ""


def government_as_written(span: SpacySpan) -> bool:
    """"the Israeli government", "Norway's government": a government named with its country keeps
    the name it is given; a bare "the government" or a delegation is the country."""
    root = span.root
    return root.lemma_.lower() == "government" and bool(_country_in(span, root.i))


def _seat_of(span: SpacySpan, body) -> str:
    """"the government in N'Djamena", "the cabinet of Chad": the country a capital or country
    after the body names (as "Tehran said" is Iran), or ""."""
    for prep in (c for c in body.children if c.dep_ == "prep" and c.lower_ in ("in", "of") and c.i < span.end):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            code = country_code(span.doc[place.left_edge.i : place.i + 1].text)
            if code:
                return code
    return ""


def _body_token(span: SpacySpan):
    """The state-body word: the head ("the government") or the compound of a statement
    noun ("a government statement")."""
    root = span.root
    if root.lemma_.lower() in STATE_BODIES and root.tag_ in ("NN", "NNP"):
        return root
    compound = [c for c in root.children if c.dep_ == "compound" and c.lower_ in STATE_BODIES]
    return compound[0] if compound and root.lemma_.lower() in STATEMENT_NOUNS else None


def _country_in(span: SpacySpan, before: int) -> str:
    """A demonym, country or possessor named in the span before token ``before``; the EU too
    ("The EU delegation in Antananarivo" speaks for the European Union, not the host country)."""
    for token in (t for t in span if t.i < before):
        place = lookup(token.text)
        if country_of(place) or (place is not None and place.code == "EU"):
            return place.code
    return ""


def country_speaker_name(code: str) -> Optional[str]:
    """The display name of a country code ("ARM" -> "Armenia"), None when unknown."""
    name = code_name(code) if code else ""
    return name if name and name != code else None
