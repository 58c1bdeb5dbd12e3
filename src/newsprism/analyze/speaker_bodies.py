"""Speakers that are bodies: how an organisation is found again and named.

- "the commission", "the party", "The newspaper", "her ministry": the body named or quoted before;
- "a Commission official", "An IMF spokesperson": a member speaks anonymously, a spokesperson for
  the body; "Police said": the police of the dateline's country;
- "Madagascar's electoral commission": a state's body is named as its own ("Electoral Commission
  of Madagascar"), an organisation's keeps its owner's name ("African Union observer mission").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan

from .gazetteer import is_alpha3, lookup
from .places import dateline_country, ministry_country
from .source_shapes import nationality
from .speaker_base import MEDIA_NAMES, NEARBY_CHARS, SPOKES_HEADS, Speaker, appositive_name, from_entity_layer
from .speaker_descriptions import object_of, sourcing_lexicon
from .speaker_gender import word_gender
from .speaker_rules import STATE_BODIES, country_speaker_name, minister_ministry

# Bodies that speak for a person ("his office", "the president's administration").
PERSONAL_BODIES = {"administration", "office", "campaign", "government", "team", "aides", "staff", "lawyers",
                   "lawyer", "attorney", "attorneys", "family"}
POSSESSIVE_PRONOUNS = {"his", "her"}
# People who act for a person without being a body of theirs: "his lawyer" is an unnamed person.
AGENTS = {"lawyer", "attorney"}
# Heads of descriptions that name an organisation mentioned before: "the association said".
ORGANISATION_NOUNS = {"association", "group", "organisation", "organization", "company", "union", "ministry",
                      "agency", "committee", "council", "federation", "coalition", "alliance", "party", "bank",
                      "commission", "institute", "foundation", "authority", "department", "court", "board",
                      "bureau", "exchange", "chamber", "corporation", "university", "regulator", "service", "fund",
                      "tribunal", "parliament", "assembly", "senate", "cabinet", "legislature", "secretariat", "firm",
                      "lender", "charity", "insurer", "carrier", "operator", "manufacturer", "producer", "retailer",
                      "airline", "shipowner", "mission", "consulate", "embassy"}
# Bodies a named owner has ("the African Union's observer mission"): the body speaks, not its owner.
OWNED_BODY_NOUNS = (ORGANISATION_NOUNS - {"ministry", "party", "university"}) | {"mission", "embassy"}
# Last words of party names ("Democratic Alliance", "National Renewal Party").
PARTY_WORDS = {"party", "alliance", "front", "movement", "congress", "coalition", "league", "union"}
# Words that rank a body among others of its kind, no part of its name ("Madagascar's main opposition coalition").
RANKING_WORDS = {"main", "largest", "biggest", "leading", "new", "top", "own", "chief", "principal"}
# "The group said": these name no kind of body, so only an organisation named just before can be meant.
GENERIC_BODIES = {"group", "organisation", "organization", "body"}
# Class nouns for an organisation that its name rarely holds ("the lender" for the World Bank,
# "the company" for Kalliston Maritime): like GENERIC_BODIES they take up the organisation just named.
CLASS_BODIES = {"company", "firm", "lender", "charity", "insurer", "carrier", "operator", "manufacturer",
                "producer", "retailer", "airline", "shipowner"}
# An organisation's observers or monitors make up its mission ("the European Union's observers").
MISSION_MEMBERS = {"observer", "monitor"}
# Heads of state or government whose administration speaks for the state.
LEADERS = {"president", "prime minister", "chancellor", "premier", "king", "queen", "emir", "sultan"}
# People who belong to a body without speaking for it ("a Commission official", "an army officer").
MEMBER_NOUNS = {"official", "officer", "employee", "staffer", "negotiator", "aide"}


class BodyResolution:
    """The organisation rules of SpeakerResolver (which gives ``doc``, ``history``, ``resolve`` and ``_earlier``)."""

    def _outlet_named_before(self, span: SpacySpan) -> Optional[Speaker]:
        """"the Daily Monitor reported ... The newspaper said": a definite media word takes up the
        latest outlet that spoke."""
        root = span.root
        definite = span[0].lower_ in ("the", "this") and len(span) == 2
        media = "media-report" in (sourcing_lexicon().get(root.lower_), sourcing_lexicon().get(root.lemma_.lower()))
        if not (definite and media and root.tag_ == "NN"):
            return None
        named = [(e.span.start, Speaker(e.name, e.canonical_id, e.kind)) for e in (self.doc._.np_entities or ())
                 if e.kind == "ORG" and e.name and {w.lower() for w in e.name.split()} & MEDIA_NAMES]
        before = [(at, outlet) for at, outlet in self.outlets + named if at < span.start_char]
        return max(before, key=lambda found: found[0])[1] if before else None

    def _member_of_body(self, span: SpacySpan) -> Optional[Speaker]:
        """"a Commission official", "An officer of the Guyana Defence Force": an unnamed member of an
        organisation the entity layer names, described with that name ("European Commission official")."""
        root = span.root
        if root.lemma_.lower() not in MEMBER_NOUNS or appositive_name(span) is not None:
            return None
        body = body_named_with(span)
        named = from_entity_layer(self.doc, body) if body is not None else self._owner_body(span)
        if named is None or named.kind != "ORG" or not named.name:
            return None
        start = body.start if body is not None else root.i
        before = [t.text for t in span if t.i < start and t.dep_ == "amod" and t.head == root]  # "senior"
        if " of " in named.name:  # "officials of the Ministry of Trade of Peru", not "Ministry of ... officials"
            return Speaker(" ".join([*before, root.lower_, "of the", named.name]), "", "")
        return Speaker(" ".join([*before, named.name, root.lower_]), "", "")

    def _owner_body(self, span: SpacySpan) -> Optional[Speaker]:
        """"its negotiators", "their officials": the body the possessive pronoun takes up, or None."""
        owner = next((c for c in span.root.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if owner is None:
            return None
        body = self._earlier_group(span.doc[owner.i : owner.i + 1])
        return body if body.name and body.kind == "ORG" else None

    def _one_of_group(self, span: SpacySpan, mentioned=None) -> Speaker:
        """"Two Western diplomats said ... one of them said": "Western diplomat", one person of the
        latest unnamed plural group (one that spoke, or ``mentioned`` as a subject since), as
        anonymous as a counted one; "two of them" are more of that group, "none of them" the group."""
        groups = [u for u in self.unnamed if u[0] < span.start_char and u[1].root.tag_ == "NNS"
                  and u[2].cls in ("vague-collective", "anonymous-official")]  # people, not "reports"
        if mentioned is not None and (not groups or mentioned[0] > groups[-1][0]):
            groups.append(mentioned)
        if not groups:
            return Speaker()
        _, group_span, group = groups[-1]
        if span.root.lower_ != "one":  # "Two of them", "none of them": the group's name
            counted = span.root.like_num or span.root.lower_ in ("two", "three", "several", "some")
            return replace(group, cls="anonymous-official" if counted else group.cls or "vague-collective")
        plural, single = group_span.root.lower_, group_span.root.lemma_.lower()
        name = re.sub(rf"\b{re.escape(plural)}\b", single, group.name, count=1, flags=re.IGNORECASE)
        return Speaker(name, "", "", "anonymous-official")

    def _unnamed_spokesperson(self, span: SpacySpan) -> Optional[Speaker]:
        """"A Kremlin spokesman", "An IMF spokesperson": an anonymous official named after the body
        written before the word; None for "a spokeswoman for the association" (the body she speaks
        for speaks, as every gold set has it), a bare "a spokesman" or a named one."""
        root = span.root
        if root.lower_ not in SPOKES_HEADS or appositive_name(span) is not None or object_of(span, ("for", "of", "at")):
            return None
        words = [t.text for t in span if span.start <= t.i < root.i and t.dep_ in ("compound", "amod", "nmod")]
        return Speaker(f"{' '.join(words)} {root.lower_}", "", "", "anonymous-official") if words else None

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
        agent = root.lemma_.lower() in AGENTS  # "his lawyer" is a person, unnamed, not a body
        if owner.lower_ in POSSESSIVE_PRONOUNS:
            described = self._subject_described(span) if agent else ""
            if described:  # "The engineer ... was arrested, his lawyer said": the engineer's
                return Speaker(f"{described}'s {root.lower_}", "", "", "anonymous-official")
            person = self._person_pronoun(span.doc[owner.i : owner.i + 1], word_gender(owner.lower_), possessive=True)
        else:
            person = self.resolve(span.doc[owner.left_edge.i : owner.i + 1])
        if person.kind != "PERSON" or not person.name:
            return None
        if agent:
            return Speaker(f"{person.name}'s {root.lower_}", "", "", "anonymous-official")
        state = self._state_led_by(person) if root.lemma_.lower() in ("administration", "government") else ""
        if state:  # "President Gregory Alden's administration" speaks for the United States
            return Speaker(country_speaker_name(state), state, "GPE")
        return Speaker(f"{root.lower_} of {person.name}", "", "ORG")

    def _state_led_by(self, person: Speaker) -> str:
        """The country a head of state or government leads, from the role the entity layer gives
        ("former President of the United States" -> USA), or ""."""
        roles = [e.role for e in (self.doc._.np_entities or ()) if person.id and e.canonical_id == person.id and e.role]
        for role in roles:
            head, _, country = role.partition(" of ")
            place = lookup(country.removeprefix("the ")) if country else None
            title = head.lower().removeprefix("former ").strip()
            if title in LEADERS and place is not None and is_alpha3(place.code):
                return place.code
        return ""

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
        at, said = spoken if spoken else (-1, None)  # an organisation that spoke since wins over the entity
        known = [e for e in (self.doc._.np_entities or ()) if e.span.end <= span.start_char and e.kind == "ORG"]
        for entity in reversed(known):  # "the Vietnamese trade ministry" found by the entity layer
            if head in entity.span.text.lower() and entity.name and entity.name.lower() != head:  # not "Ministry" alone
                return said if at > entity.span.start else Speaker(entity.name, entity.canonical_id, entity.kind)
        earlier = [e for e in self.doc.ents if e.end_char <= span.start_char and e.label_ == "ORG"]
        for ent in reversed(earlier):
            if head in ent.text.lower() and ent.text.lower().removeprefix("the ") != head:
                return said if at > ent.start_char else from_entity_layer(self.doc, ent) or Speaker(ent.text, "", "ORG")
        if said is not None:
            return said
        bodies = [e for e in earlier if not {w.lower() for w in e.text.split()} & MEDIA_NAMES  # not the outlet told
                  and (from_entity_layer(self.doc, e) or Speaker(kind="ORG")).kind == "ORG"]  # nor "Piraeus"-based
        near = bodies and (span.start_char - bodies[-1].end_char <= NEARBY_CHARS if head in GENERIC_BODIES
                           else bodies[-1].sent.start >= _sentence_before(span).start)  # "the lender": just named
        if head in GENERIC_BODIES | CLASS_BODIES and near:
            return from_entity_layer(self.doc, bodies[-1]) or Speaker(bodies[-1].text, "", "ORG")
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
            words = speaker.name.lower().split()
            if at < span.start_char and speaker.kind == "ORG" and head in words and len(words) > 1:  # not "Ministry" alone
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


def owned_body(doc: Doc, span: SpacySpan) -> Optional[Speaker]:
    """"The African Union's observer mission", "Madagascar's electoral commission": the body
    speaks, named with its owner's name, not the owner (nor "The African Union's")."""
    root = span.root
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    mission = root.tag_ == "NNS" and root.lemma_.lower() in MISSION_MEMBERS
    body = root.lemma_.lower() in OWNED_BODY_NOUNS or mission
    if root.pos_ != "NOUN" or not body or owner is None or owner.i < span.start:
        return None
    if from_entity_layer(doc, span) is not None:  # "Kenya's central bank" is the Central Bank of Kenya
        return None
    named = from_entity_layer(doc, doc[owner.left_edge.i : owner.i + 1])
    if named is None or named.kind not in ("ORG", "GPE"):
        return None
    if mission:  # "the European Union's observers" are its observer mission
        return Speaker(f"{named.name} {root.lemma_.lower()} mission", "", "ORG") if named.kind == "ORG" else None
    rest = [t.text for t in doc[owner.i + 1 : root.i + 1] if t.dep_ != "case" and t.lower_ not in RANKING_WORDS]
    if named.kind == "GPE" and is_alpha3(named.id):  # a state's body is named as its own: "Electoral Commission of Madagascar"
        return Speaker(" ".join(w[:1].upper() + w[1:] for w in rest) + f" of {named.name}", "", "ORG")
    return Speaker(" ".join([named.name, *rest]), "", "ORG")


def _sentence_before(span: SpacySpan) -> SpacySpan:
    """The sentence before the span's (its own when it is the first)."""
    sentence = span.sent
    return span.doc[sentence.start - 1].sent if sentence.start > 0 else sentence


def body_named_with(span: SpacySpan) -> Optional[SpacySpan]:
    """The proper-noun compound before the head ("a Commission official") or the "of" object
    after it ("an officer of the Guyana Defence Force"), or None."""
    root = span.root
    compounds = [c for c in root.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i >= span.start]
    if compounds:
        return span.doc[compounds[0].left_edge.i : compounds[-1].i + 1]
    return object_of(span, ("of",))


def one_of_them(span: SpacySpan) -> bool:
    """"one of them", "two of those", "none of them", and "one" alone as a subject ("Bankers said
    ..., and one warned"): part of a group named before."""
    root = span.root
    if len(span) == 1 and root.lower_ == "one" and root.dep_ in ("nsubj", "nsubjpass"):
        return True
    part = root.lower_ in PART_WORDS or root.like_num
    return part and any(p.lower_ == "of" and any(o.lower_ in ("them", "those") for o in p.children)
                        for p in root.children)


PART_WORDS = {"one", "two", "three", "four", "none", "several", "some", "most", "many", "few", "both", "all"}


def is_national_body(span: SpacySpan) -> bool:
    """"Police", "the police": the police with no country or city named ("Kenyan police", "Nairobi
    police" and "the port police" are left as written)."""
    root = span.root
    if root.lower_ != "police" or appositive_name(span) is not None:
        return False
    return all(t.lower_ in ("the", "police") for t in span if t.i <= root.i)


def state_of_modifier(ent: SpacySpan, layer: Optional[Speaker]) -> Optional[Speaker]:
    """"The Kenyan delegation walked out. They said": a demonym on a state body stands for the state."""
    head = ent.root.head
    if ent.label_ != "NORP" or head.lemma_.lower() not in STATE_BODIES:
        return None
    place = lookup(ent.text)
    code = layer.id if layer is not None and is_alpha3(layer.id) else place.code if place is not None else ""
    name = country_speaker_name(code) if is_alpha3(code) else None
    return Speaker(name, code, "GPE") if name else None
