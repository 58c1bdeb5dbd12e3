"""Who a speaker is and how well sourced: speaker resolution within the article and sourcing class.

Resolution uses the entity layer (``newsprism_entities``: ``entity_at`` and
``resolve_person_description``) when it is installed, and spaCy's own ``doc.ents`` otherwise.
Pronouns go to the nearest earlier speaker or entity of a fitting kind; surnames and
descriptions ("the Supreme Leader") go to an earlier full mention.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan, Token

from .organisations import PERSON_NOUNS, is_organisation_name
from .people import clean_name, title_of
from .gazetteer import is_alpha3, lookup
from .places import dateline_country, ministry_country
from .source_shapes import STATEMENT_NOUNS, nationality, owner_of, shaped_class
from .speaker_descriptions import (description_name, description_words, describes_person, is_lone_name, named_complement, object_of,
                                   people_just_named, same_head, sourcing_lexicon)
from .speaker_gender import GenderNotes, mention_gender, word_gender
from .speaker_rules import (STATE_BODIES, country_speaker_name, government_as_written, is_pair, minister_ministry,
                            ministry_display_name, names_states, on_both_sides, pair_name, pair_officials,
                            state_of_body, story_pair)

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
    cls: str = ""  # the sourcing class of an unnamed speaker, for a pronoun that refers back to it


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


def _owned_body(doc: Doc, span: SpacySpan) -> Optional[Speaker]:
    """"The African Union's observer mission", "Madagascar's electoral commission": the body
    speaks, named with its owner's name, not the owner (nor "The African Union's")."""
    root = span.root
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    if root.pos_ != "NOUN" or root.lemma_.lower() not in OWNED_BODY_NOUNS or owner is None or owner.i < span.start:
        return None
    if _from_entity_layer(doc, span) is not None:  # "Kenya's central bank" is the Central Bank of Kenya
        return None
    named = _from_entity_layer(doc, doc[owner.left_edge.i : owner.i + 1])
    if named is None or named.kind not in ("ORG", "GPE"):
        return None
    rest = [t.text for t in doc[owner.i + 1 : root.i + 1] if t.dep_ != "case" and t.lower_ not in RANKING_WORDS]
    if named.kind == "GPE" and is_alpha3(named.id):  # a state's body is named as its own: "Electoral Commission of Madagascar"
        return Speaker(" ".join(w[:1].upper() + w[1:] for w in rest) + f" of {named.name}", "", "ORG")
    return Speaker(" ".join([named.name, *rest]), "", "ORG")


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
    return object_of(span, ("from", "by"))  # "a statement from the ministry", "remarks by the envoy"


class SpeakerResolver:
    """Resolves speaker spans in one document, remembering earlier speakers for pronouns."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.history: list[tuple[int, Speaker]] = []  # (offset, speaker) of resolved speakers, in order
        self.unnamed: list[tuple[int, SpacySpan, Speaker]] = []  # unnamed speakers ("a senior official"), in order
        self.genders = GenderNotes()
        self.outlets: list[tuple[int, Speaker]] = []  # named media that spoke, for "the newspaper said" later on

    def resolve(self, span: SpacySpan) -> Speaker:
        """The speaker a span refers to ("" name when unresolved)."""
        root = span.root
        word = root.lower_
        if word in RELATIVE_PRONOUNS and root.head.head.i != root.i:
            antecedent = root.head.head  # "X, who said ..." -> X
            speaker = self.resolve(self.doc[antecedent.left_edge.i : antecedent.i + 1])
        elif word in PERSON_PRONOUNS:  # "she" is not the man named last
            speaker = self._earlier(span.start_char, {"PERSON"}, word_gender(word))
        elif word in GROUP_PRONOUNS:
            speaker = self._earlier_group(span)
        elif _one_of_them(span):  # "one of them said": one of the unnamed group just quoted
            speaker = self._one_of_group(span)
        elif _national_body(span):  # "Police said", "A police spokesman said": the country's police
            speaker = self._national_body(span)
        elif (member := self._member_of_body(span)) is not None:  # "a Commission official": not the Commission
            speaker = member
        elif root.lower_ in UNNAMED_HEADS:  # "a Foreign Office source" is not the Foreign Office
            speaker = Speaker()
        elif _unnamed_people(span):  # "US officials", "a Kyrgyz official": not the country
            speaker = self._named_inside(span) or self._officials_of_pair(span) or Speaker()
        elif is_pair(span):  # "both sides", "the two governments": the two parties of the story
            speaker = self._pair(span)
        elif (state := state_of_body(span, lambda i: ministry_country(self.doc, i))) and country_speaker_name(state):
            speaker = _state_speaker(span, state)  # "the Armenian delegation": Armenia
        elif (named := _appositive_name(span)) is not None:  # "its owner, Ferrum Group,": the name speaks
            speaker = self._apposed(span, named)
        elif owner_of(span) is not None:  # "the ministry's website": its owner speaks
            speaker = self.resolve(owner_of(span))
        else:
            speaker = (self._named_inside(span) or self._body_of_person(span) or _owned_body(self.doc, span)
                       or named_speaker(self.doc, span) or _lone_name(span) or self._outlet_named_before(span)
                       or self._surname_or_description(span))
        speaker = _people_not_state(span, self._expand_surname(speaker, span.start_char))
        if "ministry" in speaker.id or speaker.name.lower().endswith(" ministry"):  # "Foreign Ministry of Chile" -> "Ministry of Foreign Affairs of Chile"
            speaker = replace(speaker, name=ministry_display_name(speaker.name))
        if speaker.name and not speaker.cls:
            self.history.append((span.start_char, speaker))
            if speaker.kind == "PERSON" and word not in PERSON_PRONOUNS:
                self.genders.note(speaker.name, mention_gender(self.doc, span.start, span.end))
        elif word not in PERSON_PRONOUNS | GROUP_PRONOUNS | RELATIVE_PRONOUNS:
            if not speaker.name:
                speaker = self._earlier_description(span) or Speaker(description_name(span))
            speaker = replace(speaker, cls=speaker.cls or sourcing_class(span, speaker))
            self.unnamed.append((span.start_char, span, speaker))  # for "the official" and "they" later on
        if speaker.name and any(t.pos_ == "PROPN" for t in span) and _is_media(span, set(), speaker):
            self.outlets.append((span.start_char, speaker))  # "the Daily Monitor reported", "Harbour Times saw"
        return speaker

    def _earlier_group(self, span: SpacySpan) -> Speaker:
        """"they" / "it": the latest earlier named body, or an unnamed group that spoke after it
        ("Farmers' groups said ... They said")."""
        named = self._earlier(span.start_char, ORG_KINDS)
        plural = span.root.lower_ in ("they", "them")
        groups = [u for u in self.unnamed if u[0] < span.start_char and u[1].root.tag_ == "NNS"] if plural else []
        if groups and (not named.name or groups[-1][0] > self._latest_at(named)):
            return groups[-1][2]
        return named

    def _latest_at(self, speaker: Speaker) -> int:
        """Where the resolver last saw ``speaker`` as a speaker (-1 when only as an entity)."""
        return max((at for at, earlier in self.history if earlier == speaker), default=-1)

    def _pair(self, span: SpacySpan) -> Speaker:
        """"Both sides" -> "Armenia and Azerbaijan" (a body of two states), else unresolved."""
        name = pair_name(story_pair(self.doc, span.start_char, names_states(span)))
        return Speaker(name, "", "GPE") if name else Speaker()

    def _officials_of_pair(self, span: SpacySpan) -> Optional[Speaker]:
        """"officials on both sides" -> unnamed "Kyrgyz and Tajik officials"."""
        if not on_both_sides(span):
            return None
        name = pair_officials(story_pair(self.doc, span.start_char, False), span.root.lower_)
        return Speaker(name, "", "", sourcing_class(span, Speaker())) if name else None

    def _earlier_description(self, span: SpacySpan) -> Optional[Speaker]:
        """"the official" after "a senior Iranian official", "several" after "Diplomats in the region":
        an unnamed speaker described again, named as its fuller first description."""
        words = description_words(span)
        complement = named_complement(span)
        if span.root.lower_ in ELLIPTICAL and (len(span) == 1 or complement):  # "Some in Singapore think"
            nearby = [u for u in self.unnamed if span.start_char - u[0] <= NEARBY_CHARS and u[1].root.tag_ == "NNS"]
            group = nearby[-1][2] if nearby else _group_just_named(span)
            return replace(group, name=group.name + complement) if group and complement else group
        if span[0].lower_ not in ANAPHORIC or not words:
            return None
        for _, earlier, speaker in reversed(self.unnamed):
            if same_head(earlier, span) and words <= description_words(earlier):
                return speaker
        return self._introduced_before(span, words)

    def _introduced_before(self, span: SpacySpan, words: set[str]) -> Optional[Speaker]:
        """"The cable warns" after "a leaked cable circulated among ambassadors": the fuller
        indefinite phrase that introduced the thing, when it did not speak itself."""
        for chunk in reversed([c for c in self.doc.noun_chunks if c.end_char <= span.start_char]):
            if span.start_char - chunk.start_char > NEARBY_CHARS:
                break
            if chunk[0].lower_ in INDEFINITE | {"one"} and same_head(chunk, span) and words <= description_words(chunk):
                return Speaker(description_name(chunk))
        return None

    def _named_inside(self, span: SpacySpan) -> Optional[Speaker]:
        """A name the description carries: "a spokesman, Daniel Reyes," or "estimates published by the Commission"."""
        named = _appositive_name(span)
        inner = named or _report_author(span) or _spokes_for(span)
        if inner is None:
            return self._spokes_compound(span)
        speaker = self._apposed(span, named) if named is not None else self.resolve(inner)
        return speaker if speaker.id or speaker.kind else None

    def _apposed(self, span: SpacySpan, named: SpacySpan) -> Speaker:
        """The name beside a description; a person's description makes it a person."""
        speaker = self.resolve(named)
        return self._as_person(speaker, named) if _describes_someone(span) and _personal_name(named) else speaker

    def _as_person(self, speaker: Speaker, name: SpacySpan) -> Speaker:
        """"The company's chief executive, Marek Holub,", "A spokeswoman, Eszter Kovacs,": the name a
        person's description gives is a person, named in full, whatever kind or shorter name the
        entity layer found for it (an organisation "Marek Holub", a person "Kovacs")."""
        full = clean_name(name.text)
        if speaker.kind == "PERSON" and len(full) <= len(speaker.name):
            return speaker
        if speaker.kind not in ("PERSON", "ORG", "") or not full.endswith(speaker.name.split()[-1] if speaker.name else ""):
            return speaker
        person = Speaker(full, speaker.id if speaker.kind == "PERSON" else "", "PERSON")
        if self.history and self.history[-1][1] == speaker:
            self.history[-1] = (self.history[-1][0], person)  # the name was just resolved as something else
        return person

    def _outlet_named_before(self, span: SpacySpan) -> Optional[Speaker]:
        """"the Daily Monitor reported ... The newspaper said": a definite media word takes up the
        latest outlet that spoke."""
        root = span.root
        definite = span[0].lower_ in ("the", "this") and len(span) == 2
        media = "media-report" in (sourcing_lexicon().get(root.lower_), sourcing_lexicon().get(root.lemma_.lower()))
        named = [(e.span.start, Speaker(e.name, e.canonical_id, e.kind)) for e in (self.doc._.np_entities or ())
                 if e.kind == "ORG" and e.name and {w.lower() for w in e.name.split()} & MEDIA_NAMES]
        before = [(at, outlet) for at, outlet in self.outlets + named if at < span.start_char]
        return max(before, key=lambda found: found[0])[1] if definite and media and root.tag_ == "NN" and before else None

    def _member_of_body(self, span: SpacySpan) -> Optional[Speaker]:
        """"a Commission official", "An officer of the Guyana Defence Force": an unnamed member of an
        organisation the entity layer names, described with that name ("European Commission official")."""
        root = span.root
        if root.lemma_.lower() not in MEMBER_NOUNS or _appositive_name(span) is not None:
            return None
        body = _body_named_with(span)
        named = _from_entity_layer(self.doc, body) if body is not None else None
        if named is None or named.kind != "ORG" or not named.name:
            return None
        before = [t.text for t in span if t.i < body.start and t.dep_ == "amod" and t.head == root]  # "senior"
        if " of " in named.name:  # "officials of the Ministry of Trade of Peru", not "Ministry of ... officials"
            return Speaker(" ".join([*before, root.lower_, "of the", named.name]), "", "")
        return Speaker(" ".join([*before, named.name, root.lower_]), "", "")

    def _one_of_group(self, span: SpacySpan) -> Speaker:
        """"Two Western diplomats said ... one of them said": "Western diplomat", one person of the
        latest unnamed plural group, as anonymous as a counted one."""
        groups = [u for u in self.unnamed if u[0] < span.start_char and u[1].root.tag_ == "NNS"]
        if not groups:
            return Speaker()
        _, group_span, group = groups[-1]
        plural, single = group_span.root.lower_, group_span.root.lemma_.lower()
        name = group.name[: -len(plural)] + single if group.name.lower().endswith(plural) else group.name
        return Speaker(name, "", "", "anonymous-official")

    def _spokes_compound(self, span: SpacySpan) -> Optional[Speaker]:
        """"An IMF spokesperson": the body named before the word, as the entity layer names it
        (spaCy may not tag "IMF" at all), speaks through its spokesperson."""
        root = span.root
        body = [c for c in root.children if c.dep_ == "compound" and c.i >= span.start and c.pos_ == "PROPN"]
        if root.lower_ not in SPOKES_HEADS or not body:
            return None
        named = _from_entity_layer(self.doc, self.doc[body[0].left_edge.i : body[-1].i + 1])
        return named if named is not None and named.kind == "ORG" else None

    def _national_body(self, span: SpacySpan) -> Speaker:
        """"Police said" -> "Guyanese police": police are domestic, so the dateline's country, else
        the country the text is about there."""
        code = dateline_country(self.doc) or ministry_country(self.doc, span.root.i)
        nation = nationality(code) if code else ""
        return Speaker(f"{nation} police", code, "ORG") if nation else Speaker("police", "", "ORG")

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

    def _earlier(self, offset: int, kinds: set[str], gender: str = "") -> Speaker:
        """The most recent earlier speaker, else the most recent earlier entity, of the given kinds
        (and not known to be of the other gender)."""
        for at, speaker in reversed(self.history):
            if at < offset and speaker.kind in kinds and self.genders.fits(speaker.name, gender):
                return speaker
        for ent in reversed([e for e in self.doc.ents if e.end_char <= offset]):
            layer = _from_entity_layer(self.doc, ent)  # "Pannon Energia" tagged PERSON by spaCy is a company
            kind = layer.kind if layer is not None and layer.kind else _kind(ent.label_)
            if kind in kinds and self.genders.fits(ent.text, gender, mention_gender(self.doc, ent.start, ent.end)):
                return _state_of_modifier(ent, layer) or Speaker(ent.text, "", kind)
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
        proper = span.root.pos_ == "PROPN" and not span.root.text.islower()  # "minister" mis-tagged NNP is a noun
        if proper or span[0].lower_ not in ("the", "this", "that"):
            return Speaker()
        return self._titled_mention(span)

    def _described_organisation(self, span: SpacySpan) -> Optional[Speaker]:
        """"the association", "the car industry association": the latest earlier organisation so named."""
        head = span.root.lemma_.lower()
        party = self._party_named_before(span, head) if head in ("party", "opposition") and len(span) == 2 else None
        if party is not None and span[0].lower_ == "the":
            return party
        if head == "ministry" and span[0].lower_ in POSSESSIVE_PRONOUNS:
            return self._ministry_of_minister(span)  # "Foreign Minister Andrea Whitfield ..., her ministry said"
        if head not in ORGANISATION_NOUNS or span[0].lower_ not in ("the", "this"):
            return None
        spoken = self._organisation_spoken_before(span, head)
        known = [e for e in (self.doc._.np_entities or ()) if e.span.end <= span.start_char and e.kind == "ORG"]
        for entity in reversed(known):  # "the Vietnamese trade ministry" found by the entity layer
            if head in entity.span.text.lower() and entity.name:
                return spoken[1] if spoken and spoken[0] > entity.span.start else Speaker(entity.name, entity.canonical_id, entity.kind)
        earlier = [e for e in self.doc.ents if e.end_char <= span.start_char and e.label_ == "ORG"]
        for ent in reversed(earlier):
            if head in ent.text.lower():
                return spoken[1] if spoken and spoken[0] > ent.start_char else _from_entity_layer(self.doc, ent) or Speaker(ent.text, "", "ORG")
        if spoken:
            return spoken[1]
        if head in GENERIC_BODIES and earlier and span.start_char - earlier[-1].end_char <= NEARBY_CHARS:
            return _from_entity_layer(self.doc, earlier[-1]) or Speaker(earlier[-1].text, "", "ORG")
        return self._ministry_of_minister(span) if head == "ministry" else None

    def _party_named_before(self, span: SpacySpan, head: str) -> Optional[Speaker]:
        """"The opposition Democratic Alliance said ... The party said / The opposition said": the
        latest party named before, by a party word in its name or by "opposition" before it."""
        for entity in reversed([e for e in (self.doc._.np_entities or ()) if e.span.end <= span.start_char]):
            words = entity.span.text.lower().split()
            token = self.doc.char_span(entity.span.start, entity.span.end, alignment_mode="expand")
            standing = token is not None and token.start > 0 and self.doc[token.start - 1].lower_ == "opposition"
            partisan = standing or head == "party" and bool(set(words) & PARTY_WORDS)
            if entity.kind == "ORG" and entity.name and partisan:
                return Speaker(entity.name, entity.canonical_id, entity.kind)
        return None

    def _organisation_spoken_before(self, span: SpacySpan, head: str) -> Optional[tuple[int, Speaker]]:
        """(offset, speaker) of the latest organisation that spoke under a name holding ``head``
        ("Madagascar's electoral commission announced ... the commission said"), or None."""
        for at, speaker in reversed(self.history):
            if at < span.start_char and speaker.kind == "ORG" and head in speaker.name.lower().split():
                return at, speaker
        return None

    def _ministry_of_minister(self, span: SpacySpan) -> Optional[Speaker]:
        """"the trade minister, Rina Wulandari, ... The ministry said": the ministry of the latest
        minister named before, when no ministry was named."""
        earlier = [e for e in (self.doc._.np_entities or ()) if e.kind == "PERSON" and e.span.end <= span.start_char]
        for entity in reversed(earlier):
            name = minister_ministry(entity.role or "", lambda: ministry_country(self.doc, span.root.i))
            if name:
                return Speaker(name, "", "ORG")
        return None

    def _titled_mention(self, span: SpacySpan) -> Speaker:
        """The latest earlier person whose own mention carries the description's head word as a title,
        else the person who spoke last in the paragraph ("Rosa Quintero, the leader of the Civic
        Front, said ... the former labour minister told reporters": a description first given there)."""
        head = span.root.lower_
        person = describes_person(span)
        kind_words = {t.lower_ for t in span if t.i < span.root.i and t.text[:1].isupper() and t.lower_ not in ANAPHORIC}
        for ent in reversed([e for e in self.doc.ents if e.end_char <= span.start_char and e.label_ == "PERSON"]):
            # a thing a person owns ("Trump's ad" ... "the ad") only right after the name, not "a draft seen by X"
            window = self.doc[max(ent.start - 4, 0) if person else ent.end : min(ent.end + (6 if person else 3), len(self.doc))]
            words = {t.lower_ for t in window}
            # "the Republican nominee" is not the "Democratic vice presidential nominee" named before
            if head in words and kind_words <= words and self._is_person(ent):
                return Speaker(clean_name(ent.text), "", "PERSON")
        return self._last_speaker_in_paragraph(span) if person else Speaker()

    def _is_person(self, ent: SpacySpan) -> bool:
        """The entity layer (when installed) agrees that a model PERSON is a person ("Moldovan" is not)."""
        found = _from_entity_layer(self.doc, ent)
        return found is None or found.kind == "PERSON"

    def _last_speaker_in_paragraph(self, span: SpacySpan) -> Speaker:
        """The latest speaker before ``span`` when it is a named person in the same paragraph and the
        description says something more about someone ("the former labour minister"; a bare "the
        minister" is more likely another person, named or not)."""
        described = any(t.i < span.root.i and t.dep_ in ("amod", "compound", "nummod", "npadvmod") for t in span)
        if not self.history or span[0].lower_ not in ANAPHORIC or not described or self._is_title_of_other(span):
            return Speaker()
        at, speaker = self.history[-1]
        between = self.doc.text[at : span.start_char]
        unnamed_since = any(u[0] > at for u in self.unnamed)
        return speaker if speaker.kind == "PERSON" and "\n\n" not in between and not unnamed_since else Speaker()

    def _is_title_of_other(self, span: SpacySpan) -> bool:
        """"the trade minister" when a person with that title was named before: not a new description."""
        words = {t.lower_ for t in span if t.pos_ in ("NOUN", "PROPN") and t.i <= span.root.i}
        earlier = [e for e in (self.doc._.np_entities or ()) if e.kind == "PERSON" and e.span.end <= span.start_char]
        return any(words <= set((e.role or "").lower().split()) for e in earlier)

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
# Bodies a named owner has ("the African Union's observer mission"): the body speaks, not its owner.
OWNED_BODY_NOUNS = (ORGANISATION_NOUNS - {"ministry", "party", "university"}) | {"mission", "embassy"}
# Last words of party names ("Democratic Alliance", "National Renewal Party").
PARTY_WORDS = {"party", "alliance", "front", "movement", "congress", "coalition", "league", "union"}
# Words that rank a body among others of its kind, no part of its name ("Madagascar's main opposition coalition").
RANKING_WORDS = {"main", "largest", "biggest", "leading", "new", "top", "own", "chief", "principal"}
# "The group said": these name no kind of body, so only an organisation named just before can be meant.
GENERIC_BODIES = {"group", "organisation", "organization", "body"}
NEARBY_CHARS = 600
REPORT_NOUNS = {"estimate", "figure", "report", "study", "survey", "poll", "data", "analysis", "statistic"}


def _state_speaker(span: SpacySpan, state: str) -> Speaker:
    """The country a state body speaks for; "the Israeli government" named as written, for that country."""
    if government_as_written(span):
        return Speaker(description_name(span), state, "ORG")
    return Speaker(country_speaker_name(state), state, "GPE")


def _group_just_named(span: SpacySpan) -> Optional[Speaker]:
    """"Not all analysts agree. Some in Singapore think": the people-noun of the sentence before."""
    found = people_just_named(span)
    return Speaker(found[0], "", "", found[1]) if found else None


# People who belong to a body without speaking for it ("a Commission official", "an army officer").
MEMBER_NOUNS = {"official", "officer", "employee", "staffer", "negotiator", "aide"}


def _body_named_with(span: SpacySpan) -> Optional[SpacySpan]:
    """The proper-noun compound before the head ("a Commission official") or the "of" object
    after it ("an officer of the Guyana Defence Force"), or None."""
    root = span.root
    compounds = [c for c in root.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i >= span.start]
    if compounds:
        return span.doc[compounds[0].left_edge.i : compounds[-1].i + 1]
    return object_of(span, ("of",))


def _one_of_them(span: SpacySpan) -> bool:
    """"one of them", "one of those"."""
    root = span.root
    return root.lower_ == "one" and any(p.lower_ == "of" and any(o.lower_ in ("them", "those") for o in p.children)
                                        for p in root.children)


def _lone_name(span: SpacySpan) -> Optional[Speaker]:
    """"Mendes said", tagged a common noun by spaCy: a person named by surname."""
    return Speaker(span.text, "", "PERSON") if is_lone_name(span) else None


def _national_body(span: SpacySpan) -> bool:
    """"Police", "the police", "A police spokesman": the police with no country or city named
    ("Kenyan police", "Nairobi police" and "the port police" are left as written)."""
    root = span.root
    police = root if root.lower_ == "police" else next(
        (c for c in root.children if c.dep_ == "compound" and c.lower_ == "police" and root.lower_ in SPOKES_HEADS), None)
    if police is None or _appositive_name(span) is not None:
        return False
    return all(t.lower_ in ("the", "a", "an", "police") or t.i > police.i for t in span if t.i <= root.i)


def _unnamed_people(span: SpacySpan) -> bool:
    """A common noun for unnamed people ("officials", "diplomats", "a Kyrgyz official", "one
    Western diplomat"): a country or body among its modifiers says whose they are, not who speaks.
    A spokesperson is left to speak for the body named with it ("a spokeswoman for the association")."""
    root = span.root
    cls = sourcing_lexicon().get(root.lower_) or sourcing_lexicon().get(root.lemma_.lower())
    if root.pos_ != "NOUN" or cls not in ("anonymous-official", "vague-collective") or root.lower_ in SPOKES_HEADS:
        return False
    one = any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE | {"one"} for c in root.children)
    return root.tag_ == "NNS" or root.tag_ == "NN" and one


def _people_not_state(span: SpacySpan, speaker: Speaker) -> Speaker:
    """"Many Iranians hope ...": a quantified plural nationality is people, not the state (no country id)."""
    root = span.root
    quantified = any(c.dep_ in ("amod", "det", "nummod") and c.lower_ != "the" for c in root.children)
    if speaker.kind == "NORP" and root.tag_ == "NNPS" and quantified:
        return Speaker(root.text, "", "NORP")
    return speaker


def _state_of_modifier(ent: SpacySpan, layer: Optional[Speaker]) -> Optional[Speaker]:
    """"The Kenyan delegation walked out. They said": a demonym on a state body stands for the state."""
    head = ent.root.head
    if ent.label_ != "NORP" or head.lemma_.lower() not in STATE_BODIES:
        return None
    place = lookup(ent.text)
    code = layer.id if layer is not None and is_alpha3(layer.id) else place.code if place is not None else ""
    name = country_speaker_name(code) if is_alpha3(code) else None
    return Speaker(name, code, "GPE") if name else None


def _describes_someone(span: SpacySpan) -> bool:
    """A description of one person ("The company's chief executive", "A spokeswoman")."""
    root = span.root
    return describes_person(span) or root.lower_ in SPOKES_HEADS or root.lemma_.lower() in PERSON_NOUNS


def _personal_name(name: SpacySpan) -> bool:
    """Two or three capitalised words and no organisation word: "Eszter Kovacs", not "Ferrum Group"."""
    words = [t for t in name if not t.is_punct]
    return 2 <= len(words) <= 3 and all(t.is_title for t in words) and not is_organisation_name(name.text)


def _appositive_name(span: SpacySpan) -> Optional[SpacySpan]:
    """"its owner, Ferrum Group,", "A State Department spokesman, Daniel Reyes,": the name beside the description."""
    for token in span.root.children:
        named = token.ent_type_ in ("PERSON", "ORG", "GPE") or token.pos_ == "PROPN" and not token.ent_type_
        if token.dep_ == "appos" and token.i < span.end and named:
            return span.doc[token.left_edge.i : token.i + 1]
    return None


def _report_author(span: SpacySpan) -> Optional[SpacySpan]:
    """"estimates published by the European Commission", "a survey by the X Centre", "figures
    from the two governments": the body behind a report noun."""
    if span.root.lemma_.lower() not in REPORT_NOUNS:
        return None
    author = object_of(span, ("by", "from"))
    if author is not None and (author.root.ent_type_ in ("ORG", "GPE", "PERSON") or is_pair(author)):
        return author
    for token in span:
        if token.dep_ == "agent" and token.head.head == span.root:
            objects = [c for c in token.children if c.dep_ == "pobj" and c.ent_type_ in ("ORG", "GPE", "PERSON")]
            if objects:
                return span.doc[objects[0].left_edge.i : objects[0].i + 1]
    return None


def _spokes_for(span: SpacySpan) -> Optional[SpacySpan]:
    """"a spokeswoman for the association": the body a spokesperson speaks for."""
    return object_of(span, ("for", "of", "at")) if span.root.lower_ in SPOKES_HEADS else None


UNNAMED_HEADS = {"source", "sources", "insider", "insiders"}  # "a Foreign Office source" stays anonymous
SPOKES_HEADS = {"spokesman", "spokeswoman", "spokesperson"}  # "a spokesman for the ministry" speaks for it


def sourcing_class(span: Optional[SpacySpan], speaker: Speaker) -> str:
    """named-person / named-organisation / media-report / anonymous-official / vague-collective / none."""
    if span is None:
        return "none"
    if speaker.cls and (span.root.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS | RELATIVE_PRONOUNS or _one_of_them(span)):
        return speaker.cls  # "They said" after "Farmers' groups said": the group's class
    named = _appositive_name(span)
    if named is not None and speaker.kind in ("PERSON", *ORG_KINDS):
        return sourcing_class(named, speaker)  # "its owner, Ferrum Group,": the name, not the description
    owner = owner_of(span)
    if owner is not None:  # "the ministry's website": the ministry speaks; "a statement carried by state TV": media
        return "media-report" if _is_media(owner, set(), speaker) else sourcing_class(owner, speaker)
    author = _report_author(span)
    if author is not None and speaker.kind in ("PERSON", *ORG_KINDS):
        return sourcing_class(author, speaker)  # "a report by the Nile Basin Research Group": the group
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
