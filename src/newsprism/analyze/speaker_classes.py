"""The sourcing class of a speaker: named person or organisation, media report, anonymous
official, vague collective or none, from the speaker span's words and the resolved speaker."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan, Token

from .organisations import PERSON_NOUNS
from .people import title_of
from .source_shapes import STATEMENT_NOUNS, owner_of, shaped_class
from .speaker_base import GROUP_PRONOUNS, MEDIA_NAMES, ORG_KINDS, PERSON_PRONOUNS, RELATIVE_PRONOUNS, UNNAMED_HEADS, Speaker, appositive_name
from .speaker_bodies import ORGANISATION_NOUNS, one_of_them
from .speaker_clauses import REPORT_NOUNS, is_generic
from .speaker_descriptions import object_of, sourcing_lexicon
from .speaker_rules import is_pair

INDEFINITE = {"a", "an", "another", "any", "some"}
ANAPHORIC = {"the", "this", "that", "these", "those"}  # "the official": one described before


def report_author(span: SpacySpan) -> Optional[SpacySpan]:
    """"estimates published by the European Commission", "a survey by the X Centre", "figures
    from the two governments": the body behind a report noun."""
    root = span.root
    if not {root.lemma_.lower(), root.lower_} & REPORT_NOUNS:  # "data" has the lemma "datum"
        return None
    author = object_of(span, ("by", "from"))
    origin = object_of(span, ("from",)) is not None and author is not None and author.root.ent_type_ == "GPE"
    if origin and is_media(span, set(), Speaker()):
        return None  # "Reports from Lilongwe": where media reports come from, not who made them
    if author is not None and (author.root.ent_type_ in ("ORG", "GPE", "PERSON") or is_pair(author)):
        return author
    for token in span:
        if token.dep_ == "agent" and token.head.head == span.root:
            objects = [c for c in token.children if c.dep_ == "pobj" and c.ent_type_ in ("ORG", "GPE", "PERSON")]
            if objects:
                return span.doc[objects[0].left_edge.i : objects[0].i + 1]
    return None




def sourcing_class(span: Optional[SpacySpan], speaker: Speaker) -> str:
    """named-person / named-organisation / media-report / anonymous-official / vague-collective / none."""
    if span is None or is_generic(span):
        return "none"
    if speaker.cls and (span.root.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS | RELATIVE_PRONOUNS or one_of_them(span)):
        return speaker.cls  # "They said" after "Farmers' groups said": the group's class
    named = appositive_name(span)
    if named is not None and speaker.kind in ("PERSON", *ORG_KINDS):
        return sourcing_class(named, speaker)  # "its owner, Ferrum Group,": the name, not the description
    owner = owner_of(span)
    if owner is not None:  # "the ministry's website": the ministry speaks; "a statement carried by state TV": media
        return "media-report" if is_media(owner, set(), speaker) else sourcing_class(owner, speaker)
    author = report_author(span)
    if author is not None and speaker.kind in ("PERSON", *ORG_KINDS):
        return sourcing_class(author, speaker)  # "a report by the Nile Basin Research Group": the group
    shaped = shaped_class(span)
    if shaped:
        return shaped
    words = {t.lower_ for t in span} | {t.lemma_.lower() for t in span}
    head = span.root.lower_
    if is_media(span, words, speaker):
        return "media-report"
    if head in UNNAMED_HEADS:
        return "anonymous-official"
    if appositive_name(span) is not None and speaker.kind in ("PERSON", ""):
        return "named-person"  # "the port director, Ana Ruiz,"
    if speaker.kind == "NORP" and span.root.ent_type_ == "NORP" and span.root.tag_ == "NNPS":
        return "vague-collective"  # "Many Iranians"
    if speaker.kind == "PERSON":
        return "named-person"
    if speaker.kind in ORG_KINDS:
        return "named-organisation"
    return _unnamed_class(span, speaker, head)


def _unnamed_class(span: SpacySpan, speaker: Speaker, head: str) -> str:
    """Sourcing of a speaker the entity layer does not name: the lexicon, then the word's shape."""
    lexicon = sourcing_lexicon()
    cls = lexicon.get(head) or lexicon.get(span.root.lemma_.lower())
    if cls:
        return cls
    if span.root.pos_ == "PROPN":
        return "named-person"
    if head in PERSON_PRONOUNS | GROUP_PRONOUNS | RELATIVE_PRONOUNS:
        return "none" if not speaker.name else "named-person"
    if span.root.lemma_.lower() in STATEMENT_NOUNS:
        return "none"  # "the statement said": whose statement, the words do not say
    definite = span[0].lower_ in ANAPHORIC
    if definite and span.root.lemma_.lower() in ORGANISATION_NOUNS:
        return "named-organisation"  # "the European car industry association": one body, identified
    if definite and _is_office_title(span.root):
        return "named-person"  # "the president's account": one identified office holder
    one_person = span.root.lemma_.lower() in PERSON_NOUNS  # "one trader", not "one study"
    if span.root.tag_ == "NN" and any(t.head == span.root and (t.dep_ == "det" or one_person and (t.lower_ == "one" or t.dep_ == "poss"))
                                      for t in span):
        return "anonymous-official"  # "the engineer", "a judge", "one trader", "his lawyer": one unnamed person
    return "vague-collective"


def _is_office_title(token: Token) -> bool:
    """A singular word that is a title of office ("president", "governor"), not a generic one ("leader")."""
    title = title_of([token.text])
    return token.tag_ in ("NN", "NNP") and title is not None and title.type == "role" and title.group in OFFICE_GROUPS


OFFICE_GROUPS = {"leader", "deputy", "minister", "diplomat"}  # "the president", not "the judge"


def is_media(span: SpacySpan, words: set[str], speaker: Speaker) -> bool:
    """Reports, outlets and broadcasters ("state TV", "The Post", "foreign media outlets")."""
    lexicon = sourcing_lexicon()
    if lexicon.get(span.root.lower_) == "media-report" or lexicon.get(span.root.lemma_.lower()) == "media-report":
        return True
    name_words = {w.lower().strip(".") for w in speaker.name.split()}
    return speaker.kind in ORG_KINDS and bool(name_words & MEDIA_NAMES)
