"""What every part of speaker resolution shares: the Speaker record, the entity layer's view of a
span, and the name set beside a description ("its owner, Ferrum Group,")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan

try:  # the entity layer is optional: attribution still works on spaCy's entities
    from .entities import entity_at as _entity_at
except ImportError:  # pragma: no cover - depends on which layers are installed
    _entity_at = None

PERSON_PRONOUNS = {"he", "she", "him", "her", "i", "me"}
GROUP_PRONOUNS = {"they", "them", "we", "us", "it"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
ORG_KINDS = {"ORG", "GPE", "NORP", "FAC", "LOC"}
MEDIA_NAMES = {"times", "post", "news", "tribune", "journal", "herald", "guardian", "reuters", "ap", "afp",
               "cnn", "bbc", "msnbc", "fox", "abc", "cbs", "nbc", "npr", "politico", "axios", "telegraph",
               "agency", "tv", "television", "radio", "press", "gazette", "daily", "wire", "magazine"}


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: display name, canonical id and entity kind ("" when unknown)."""

    name: str = ""
    id: str = ""
    kind: str = ""
    cls: str = ""  # the sourcing class of an unnamed speaker, for a pronoun that refers back to it


NEARBY_CHARS = 600  # how far back "the group" or "several" may look for what they take up
UNNAMED_HEADS = {"source", "sources", "insider", "insiders"}  # "a Foreign Office source" stays anonymous
SPOKES_HEADS = {"spokesman", "spokeswoman", "spokesperson"}  # "a spokesman for the ministry" speaks for it


def from_entity_layer(doc: Doc, span: SpacySpan) -> Optional[Speaker]:
    """The entity layer's entity at the span's head word, as a Speaker (None without one)."""
    if _entity_at is None:
        return None
    entity = _entity_at(doc, span.root.idx, span.root.idx + len(span.root.text))
    if entity is None:
        return None
    return Speaker(entity.name or entity.span.text, entity.canonical_id, entity.kind)


def kind_of_label(label: str) -> str:
    """spaCy's entity label as a speaker kind (PERSON, ORG, GPE, NORP, else OTHER)."""
    return {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "NORP"}.get(label, "OTHER")


def appositive_name(span: SpacySpan) -> Optional[SpacySpan]:
    """"its owner, Ferrum Group,", "A State Department spokesman, Daniel Reyes,": the name beside the description."""
    for token in span.root.children:
        named = token.ent_type_ in ("PERSON", "ORG", "GPE") or token.pos_ == "PROPN" and not token.ent_type_
        if token.dep_ == "appos" and token.i < span.end and named:
            return span.doc[token.left_edge.i : token.i + 1]
    return _person_after_complement(span)


def _person_after_complement(span: SpacySpan) -> Optional[SpacySpan]:
    """"The mayor of Sør-Varanger, Liv Haugland,", "A Bank spokesperson in Washington, Paula Mendes,":
    the parser hangs the name on the place or body; a person is in apposition to no place or
    body, so the name is the description's."""
    for prep in (c for c in span.root.children if c.dep_ == "prep"):
        for place in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ not in ("PERSON", "")):
            for token in place.children:
                if token.dep_ == "appos" and token.ent_type_ == "PERSON" and token.i < span.end:
                    return span.doc[token.left_edge.i : token.i + 1]
    return None
