"""Who a speaker is and how well sourced: speaker resolution within the article and sourcing class.

Resolution uses the entity layer (``newsprism_entities``: ``entity_at`` and
``resolve_person_description``) when it is installed, and spaCy's own ``doc.ents`` otherwise.
Pronouns go to the nearest earlier speaker or entity of a fitting kind; surnames and
descriptions ("the Supreme Leader") go to an earlier full mention.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan, Token

from .organisations import PERSON_NOUNS
from .people import title_of
from .source_shapes import OFFICIAL_NOUNS, STATEMENT_NOUNS, formula_name, official_state, owner_of, shaped_class

try:  # the entity layer is optional: attribution still works on spaCy's entities
    from .entities import entity_at as _entity_at
except ImportError:  # pragma: no cover - depends on which layers are installed
    _entity_at = None
try:
    from .entities import resolve_person_description as _resolve_description
except ImportError:  # pragma: no cover
    _resolve_description = None

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


@lru_cache(maxsize=1)
def sourcing_lexicon() -> dict[str, str]:
    """Head word -> sourcing class, from data/sourcing_lexicon.tsv."""
    text = resources.files("newsprism.analyze").joinpath("data/sourcing_lexicon.tsv").read_text(encoding="utf-8")
    pairs = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {word.strip(): cls.strip() for word, cls in pairs}


def head_of(span: SpacySpan) -> Token:
    """The syntactic head of a span (its root)."""
    return span.root


def _from_entity_layer(doc: Doc, span: SpacySpan) -> Optional[Speaker]:
    if _entity_at is None:
        return None
    entity = _entity_at(doc, span.root.idx, span.root.idx + len(span.root.text))
    if entity is None:
        return None
    return Speaker(entity.name or entity.span.text, entity.canonical_id, entity.kind)


def _from_doc_ents(span: SpacySpan) -> Optional[Speaker]:
    """The spaCy entity that contains the span's head word (or the head's possessor)."""
    root = span.root
    for token in (root, *[c for c in root.children if c.dep_ in ("poss", "compound")]):
        if token.ent_type_ and token.ent_iob_:
            ent = next((e for e in span.doc.ents if e.start <= token.i < e.end), None)
            if ent is not None:
                return Speaker(ent.text, "", _kind(ent.label_))
    return None


def _kind(label: str) -> str:
    return {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "NORP"}.get(label, "OTHER")


def named_speaker(doc: Doc, span: SpacySpan) -> Optional[Speaker]:
    """The named entity a speaker span refers to directly, from the entity layer or spaCy."""
    possessor = _statement_possessor(span)
    target = possessor if possessor is not None else span
    return _from_entity_layer(doc, target) or _from_doc_ents(target)


def _statement_possessor(span: SpacySpan) -> Optional[SpacySpan]:
    """"Khamenei's statement" names its speaker through the possessor."""
    root = span.root
    if root.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    for child in root.children:
        if child.dep_ == "poss":
            return span.doc[child.left_edge.i : child.right_edge.i + 1]
    return _object_of(span, ("from", "by"))  # "a statement from the ministry", "remarks by the envoy"


def _object_of(span: SpacySpan, prepositions: tuple[str, ...]) -> Optional[SpacySpan]:
    """The noun phrase (up to its head) after one of ``prepositions`` that hangs on the span's head."""
    for prep in span.root.children:
        if prep.dep_ == "prep" and prep.lower_ in prepositions and prep.right_edge.i < span.end:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return span.doc[objects[0].left_edge.i : objects[0].i + 1]
    return None


class SpeakerResolver:
    """Resolves speaker spans in one document, remembering earlier speakers for pronouns."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.history: list[tuple[int, Speaker]] = []  # (offset, speaker) of resolved speakers, in order
        self.unnamed: list[tuple[int, SpacySpan, Speaker]] = []  # unnamed speakers ("a senior official"), in order

    def resolve(self, span: SpacySpan) -> Speaker:
        """The speaker a span refers to ("" name when unresolved)."""
        root = span.root
        word = root.lower_
        if word in RELATIVE_PRONOUNS and root.head.head.i != root.i:
            antecedent = root.head.head  # "X, who said ..." -> X
            speaker = self.resolve(self.doc[antecedent.left_edge.i : antecedent.i + 1])
        elif word in PERSON_PRONOUNS:
            speaker = self._earlier(span.start_char, {"PERSON"})
        elif word in GROUP_PRONOUNS:
            speaker = self._earlier(span.start_char, ORG_KINDS)
        elif root.lower_ in UNNAMED_HEADS:  # "a Foreign Office source" is not the Foreign Office
            speaker = Speaker()
        elif _unnamed_people(span):  # "US officials", "senior Kyrgyz officials": not the country
            speaker = self._named_inside(span) or Speaker()
        elif (named := _appositive_name(span)) is not None:  # "its owner, Ferrum Group,": the name speaks
            speaker = self.resolve(named)
        elif owner_of(span) is not None:  # "the ministry's website": its owner speaks
            speaker = self.resolve(owner_of(span))
        else:
            speaker = (self._named_inside(span) or self._body_of_person(span) or named_speaker(self.doc, span)
                       or self._surname_or_description(span))
        speaker = _people_not_state(span, self._expand_surname(speaker, span.start_char))
        if speaker.name:
            self.history.append((span.start_char, speaker))
        elif word not in PERSON_PRONOUNS | GROUP_PRONOUNS | RELATIVE_PRONOUNS:
            speaker = self._earlier_description(span) or Speaker(description_name(span))
            self.unnamed.append((span.start_char, span, speaker))  # for "the official" later on
        return speaker

    def _earlier_description(self, span: SpacySpan) -> Optional[Speaker]:
        """"the official" after "a senior Iranian official", "several" after "Diplomats in the region":
        an unnamed speaker described again, named as its fuller first description."""
        words = _description_words(span)
        if span.root.lower_ in ELLIPTICAL and len(span) == 1:
            nearby = [u for u in self.unnamed if span.start_char - u[0] <= NEARBY_CHARS and u[1].root.tag_ == "NNS"]
            return nearby[-1][2] if nearby else None
        if span[0].lower_ not in ANAPHORIC or not words:
            return None
        for _, earlier, speaker in reversed(self.unnamed):
            if earlier.root.lemma_.lower() == span.root.lemma_.lower() and words <= _description_words(earlier):
                return speaker
        return None

    def _named_inside(self, span: SpacySpan) -> Optional[Speaker]:
        """A name the description carries: "a spokesman, Daniel Reyes," or "estimates published by the Commission"."""
        inner = _appositive_name(span) or _report_author(span) or _spokes_for(span)
        if inner is None:
            return None
        speaker = self.resolve(inner)
        return speaker if speaker.id or speaker.kind else None

    def _body_of_person(self, span: SpacySpan) -> Optional[Speaker]:
        """"Alden's administration", "his office": a body that speaks for a person is not the person."""
        root = span.root
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        if root.lemma_.lower() not in PERSONAL_BODIES or owner is None:
            return None
        if owner.lower_ in POSSESSIVE_PRONOUNS:
            person = self._earlier(span.start_char, {"PERSON"})
        else:
            person = self.resolve(span.doc[owner.left_edge.i : owner.i + 1])
        if person.kind != "PERSON" or not person.name:
            return None
        return Speaker(f"{root.lower_} of {person.name}", "", "ORG")

    def _earlier(self, offset: int, kinds: set[str]) -> Speaker:
        """The most recent earlier speaker, else the most recent earlier entity, of the given kinds."""
        for at, speaker in reversed(self.history):
            if at < offset and speaker.kind in kinds:
                return speaker
        for ent in reversed([e for e in self.doc.ents if e.end_char <= offset]):
            if _kind(ent.label_) in kinds:
                return Speaker(ent.text, "", _kind(ent.label_))
        return Speaker()

    def _surname_or_description(self, span: SpacySpan) -> Speaker:
        """"the Supreme Leader" or "the official": the entity layer's answer, else an earlier titled mention."""
        if span[0].lower_ in INDEFINITE:
            return Speaker()  # "a leader says ..." is anyone, not the leader named earlier
        organisation = self._described_organisation(span)
        if organisation is not None:
            return organisation
        if _resolve_description is not None:
            entity = _resolve_description(self.doc, span)
            if entity is not None:
                return Speaker(entity.name or entity.span.text, entity.canonical_id, entity.kind)
        if span.root.pos_ == "PROPN" or span[0].lower_ not in ("the", "this", "that"):
            return Speaker()
        return self._titled_mention(span)

    def _described_organisation(self, span: SpacySpan) -> Optional[Speaker]:
        """"the association", "the car industry association": the latest earlier organisation so named."""
        head = span.root.lemma_.lower()
        if head not in ORGANISATION_NOUNS or span[0].lower_ not in ("the", "this"):
            return None
        earlier = [e for e in self.doc.ents if e.end_char <= span.start_char and e.label_ == "ORG"]
        for ent in reversed(earlier):
            if head in ent.text.lower():
                return _from_entity_layer(self.doc, ent) or Speaker(ent.text, "", "ORG")
        if head in GENERIC_BODIES and earlier and span.start_char - earlier[-1].end_char <= NEARBY_CHARS:
            return _from_entity_layer(self.doc, earlier[-1]) or Speaker(earlier[-1].text, "", "ORG")
        return None

    def _titled_mention(self, span: SpacySpan) -> Speaker:
        """The latest earlier person whose own mention carries the description's head word as a title."""
        head = span.root.lower_
        for ent in reversed([e for e in self.doc.ents if e.end_char <= span.start_char and e.label_ == "PERSON"]):
            window = self.doc[max(ent.start - 4, 0) : min(ent.end + 6, len(self.doc))]
            if any(t.lower_ == head for t in window):
                return Speaker(ent.text, "", "PERSON")
        return Speaker()

    def _expand_surname(self, speaker: Speaker, offset: int) -> Speaker:
        """"Putney" after "Kerr Putney": use the earlier, fuller name."""
        if not speaker.name or speaker.id or " " in speaker.name:
            return speaker
        for _, earlier in reversed(self.history):
            if earlier.kind == speaker.kind and earlier.name.endswith(" " + speaker.name):
                return earlier
        return speaker


INDEFINITE = {"a", "an", "another", "any", "some"}
ANAPHORIC = {"the", "this", "that", "these", "those"}  # "the official": one described before
# A quantifier standing for a group just named: "Diplomats said ..., but several noted".
ELLIPTICAL = {"several", "some", "many", "others", "most", "few", "both", "all"}
# Bodies that speak for a person ("his office", "the president's administration").
PERSONAL_BODIES = {"administration", "office", "campaign", "government", "team", "aides", "staff", "lawyers",
                   "lawyer", "attorney", "attorneys", "family"}
POSSESSIVE_PRONOUNS = {"his", "her"}
# Heads of descriptions that name an organisation mentioned before: "the association said".
ORGANISATION_NOUNS = {"association", "group", "organisation", "organization", "company", "union", "ministry",
                      "agency", "committee", "council", "federation", "coalition", "alliance", "party", "bank",
                      "commission", "institute", "foundation", "authority", "department", "court", "board",
                      "bureau", "exchange", "chamber", "corporation", "university", "regulator", "service", "fund",
                      "tribunal", "parliament", "assembly", "senate", "cabinet", "legislature", "secretariat", "firm"}
# "The group said": these name no kind of body, so only an organisation named just before can be meant.
GENERIC_BODIES = {"group", "organisation", "organization", "body"}
NEARBY_CHARS = 600
REPORT_NOUNS = {"estimate", "figure", "report", "study", "survey", "poll", "data", "analysis", "statistic"}


def _unnamed_people(span: SpacySpan) -> bool:
    """A common noun for unnamed people ("officials", "diplomats", "analysts"): a country or
    body among its modifiers says whose they are, not who speaks."""
    root = span.root
    cls = sourcing_lexicon().get(root.lower_) or sourcing_lexicon().get(root.lemma_.lower())
    return root.pos_ == "NOUN" and root.tag_ == "NNS" and cls in ("anonymous-official", "vague-collective")


def _people_not_state(span: SpacySpan, speaker: Speaker) -> Speaker:
    """"Many Iranians hope ...": a quantified plural nationality is people, not the state (no country id)."""
    root = span.root
    quantified = any(c.dep_ in ("amod", "det", "nummod") and c.lower_ != "the" for c in root.children)
    if speaker.kind == "NORP" and root.tag_ == "NNPS" and quantified:
        return Speaker(root.text, "", "NORP")
    return speaker


def _appositive_name(span: SpacySpan) -> Optional[SpacySpan]:
    """"its owner, Ferrum Group,", "A State Department spokesman, Daniel Reyes,": the name beside the description."""
    for token in span.root.children:
        named = token.ent_type_ in ("PERSON", "ORG", "GPE") or token.pos_ == "PROPN" and not token.ent_type_
        if token.dep_ == "appos" and token.i < span.end and named:
            return span.doc[token.left_edge.i : token.i + 1]
    return None


def _report_author(span: SpacySpan) -> Optional[SpacySpan]:
    """"estimates published by the European Commission": the body behind a report noun."""
    if span.root.lemma_.lower() not in REPORT_NOUNS:
        return None
    for token in span:
        if token.dep_ == "agent" and token.head.head == span.root:
            objects = [c for c in token.children if c.dep_ == "pobj" and c.ent_type_ in ("ORG", "GPE", "PERSON")]
            if objects:
                return span.doc[objects[0].left_edge.i : objects[0].i + 1]
    return None


def _spokes_for(span: SpacySpan) -> Optional[SpacySpan]:
    """"a spokeswoman for the association": the body a spokesperson speaks for."""
    return _object_of(span, ("for", "of", "at")) if span.root.lower_ in SPOKES_HEADS else None


QUANTIFIERS = {"a", "an", "the", "some", "several", "many", "one", "two", "three", "few", "most", "other", "another",
               "this", "that", "these", "those", "both", "all", "various", "numerous"}


def description_name(span: SpacySpan) -> str:
    """A display name for an unnamed speaker: the phrase up to its head, without determiners,
    and the named place or body it belongs to ("residents of Sunamganj", "officials in Brussels")."""
    media = _media_behind_report(span) or formula_name(span)
    if media:
        return media
    words = [t for t in span if t.i <= span.root.i]
    while words and (words[0].lower_ in QUANTIFIERS or words[0].like_num or words[0].pos_ == "DET"):
        words = words[1:]
    if not words:
        return ""
    complement = _named_complement(span)
    text = "".join(t.text_with_ws for t in words).strip()
    keep_case = words[0].pos_ == "PROPN" or bool(words[0].ent_type_)  # "Israeli government", not "israeli government"
    text = text if keep_case else text[0].lower() + text[1:]
    state = official_state(span, complement) if span.root.lemma_.lower() in OFFICIAL_NOUNS else ""
    if state:  # "Officials in London" -> "UK officials"; "a Foreign Office source" -> "UK Foreign Office source"
        return f"{state} {text}" if complement.startswith((" in ", " from ")) or not complement else state
    return text + complement


BELONGING = {"of", "for", "in", "at", "from"}


def _description_words(span: SpacySpan) -> set[str]:
    """The content words of a description, as lemmas: "the same reports" -> {"report"}."""
    return {t.lemma_.lower() for t in span if t.is_alpha and t.pos_ not in ("DET", "ADP", "PRON")
            and t.lower_ not in QUANTIFIERS | {"same"}}


def _media_behind_report(span: SpacySpan) -> str:
    """"reports from foreign media outlets" -> "foreign media outlets": the outlets are the source."""
    if span.root.lemma_.lower() not in ("report", "reporting"):
        return ""
    outlet = _object_of(span, ("from", "in", "by", "on"))
    if outlet is None or sourcing_lexicon().get(outlet.root.lower_) != "media-report":
        return ""
    words = [t for t in outlet if t.lower_ not in QUANTIFIERS and t.pos_ != "DET"]
    return "".join(t.text_with_ws for t in words).strip()


def _named_complement(span: SpacySpan) -> str:
    """" of the European Parliament" after the head, when the phrase names a place or body."""
    root = span.root
    for prep in root.rights:
        if prep.dep_ != "prep" or prep.lower_ not in BELONGING or prep.right_edge.i >= span.end:
            continue
        phrase = span.doc[prep.i : prep.right_edge.i + 1]
        after = prep.right_edge.i + 1
        if after < span.end and span.doc[after].dep_ == "cc":  # "officials in Brussels and Tokyo": not half of it
            return ""
        if any(t.pos_ == "PROPN" for t in phrase) and len(phrase) <= 6 and not any(t.pos_ == "VERB" for t in phrase):
            return " " + phrase.text
    return ""


UNNAMED_HEADS = {"source", "sources", "insider", "insiders"}  # "a Foreign Office source" stays anonymous
SPOKES_HEADS = {"spokesman", "spokeswoman", "spokesperson"}  # "a spokesman for the ministry" speaks for it


def sourcing_class(span: Optional[SpacySpan], speaker: Speaker) -> str:
    """named-person / named-organisation / media-report / anonymous-official / vague-collective / none."""
    if span is None:
        return "none"
    named = _appositive_name(span)
    if named is not None and speaker.kind in ("PERSON", *ORG_KINDS):
        return sourcing_class(named, speaker)  # "its owner, Ferrum Group,": the name, not the description
    owner = owner_of(span)
    if owner is not None and not _is_media(owner, set(), speaker):
        return sourcing_class(owner, speaker)  # "the ministry's website": the ministry speaks
    shaped = shaped_class(span)
    if shaped:
        return shaped
    words = {t.lower_ for t in span} | {t.lemma_.lower() for t in span}
    head = span.root.lower_
    if _is_media(span, words, speaker):
        return "media-report"
    if head in UNNAMED_HEADS:
        return "anonymous-official"
    if _appositive_name(span) is not None and speaker.kind in ("PERSON", ""):
        return "named-person"  # "the port director, Ana Ruiz,"
    if head in SPOKES_HEADS and (any(t.ent_type_ in ("ORG", "GPE") for t in span) or speaker.kind in ORG_KINDS):
        return "named-organisation"
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
    if span.root.tag_ == "NN" and any(t.head == span.root and (t.dep_ == "det" or t.lower_ == "one" and one_person)
                                      for t in span):
        return "anonymous-official"  # "the engineer", "a judge", "one trader": one unnamed person, not a crowd
    return "vague-collective"


def _is_office_title(token: Token) -> bool:
    """A singular word that is a title of office ("president", "governor"), not a generic one ("leader")."""
    title = title_of([token.text])
    return token.tag_ in ("NN", "NNP") and title is not None and title.type == "role" and title.group in OFFICE_GROUPS


OFFICE_GROUPS = {"leader", "deputy", "minister", "diplomat"}  # "the president", not "the judge"


def _is_media(span: SpacySpan, words: set[str], speaker: Speaker) -> bool:
    """Reports, outlets and broadcasters ("state TV", "The Post", "foreign media outlets")."""
    lexicon = sourcing_lexicon()
    if lexicon.get(span.root.lower_) == "media-report" or lexicon.get(span.root.lemma_.lower()) == "media-report":
        return True
    name_words = {w.lower().strip(".") for w in speaker.name.split()}
    return speaker.kind in ORG_KINDS and bool(name_words & MEDIA_NAMES)
