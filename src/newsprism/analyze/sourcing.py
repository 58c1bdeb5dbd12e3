"""Who a speaker is and how well sourced: speaker resolution within the article and sourcing class.

Resolution uses the entity layer (``newsprism_entities``: ``entity_at`` and
``resolve_person_description``) when it is installed, and spaCy's own ``doc.ents`` otherwise.
Pronouns go to the nearest earlier speaker or entity of a fitting kind; surnames and
descriptions ("the Supreme Leader") go to an earlier full mention.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan

from .mentions import POSSESSIVE_TOKENS
from .organisations import PERSON_NOUNS
from .people import clean_name, title_of
from .places import ministry_country
from .source_shapes import DOCUMENT_NOUNS, STATEMENT_NOUNS, owner_of
from .speaker_descriptions import (description_name, description_words, describes_person, is_lone_name,
                                   named_complement, object_of, people_just_named, same_head, sourcing_lexicon)
from .speaker_gender import GenderNotes, mention_gender, word_gender
from .speaker_rules import (country_speaker_name, government_as_written, is_pair, ministry_display_name, names_states,
                            on_both_sides, pair_name, pair_officials, state_of_body, story_pair)
from .speaker_clauses import (clause_subject, given_name, governing_subject, introduced_here,
                              is_generic, pronoun_owner)
from .speaker_base import (GROUP_PRONOUNS, NEARBY_CHARS, ORG_KINDS, PERSON_PRONOUNS, RELATIVE_PRONOUNS,
                           SPOKES_HEADS, UNNAMED_HEADS, Speaker, appositive_name, from_entity_layer, kind_of_label)
from .speaker_bodies import ORGANISATION_NOUNS, BodyResolution, is_national_body, one_of_them, owned_body
from .speaker_classes import ANAPHORIC, INDEFINITE, is_media, report_author, sourcing_class
from .speaker_people import PersonResolution, personal_name, quoted

try:  # the entity layer is optional: attribution still works on spaCy's entities
    from .entities import resolve_person_description as _resolve_description
except ImportError:  # pragma: no cover
    _resolve_description = None


def _from_doc_ents(span: SpacySpan) -> Optional[Speaker]:
    """The spaCy entity that contains the span's head word (or the head's possessor)."""
    root = span.root
    for token in (root, *[c for c in root.children if c.dep_ in ("poss", "compound")]):
        if token.ent_type_ and token.ent_iob_:
            ent = next((e for e in span.doc.ents if e.start <= token.i < e.end), None)
            if ent is not None:
                return Speaker(ent.text, "", kind_of_label(ent.label_))
    return None


def named_speaker(doc: Doc, span: SpacySpan) -> Optional[Speaker]:
    """The named entity a speaker span refers to directly, from the entity layer or spaCy."""
    possessor = _statement_possessor(span)
    target = possessor if possessor is not None else span
    return from_entity_layer(doc, target) or _from_doc_ents(target)


def _statement_possessor(span: SpacySpan) -> Optional[SpacySpan]:
    """"Khamenei's statement" names its speaker through the possessor."""
    root = span.root
    if root.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    for child in root.children:
        if child.dep_ == "poss":
            return span.doc[child.left_edge.i : child.right_edge.i + 1]
    return object_of(span, ("from", "by"))  # "a statement from the ministry", "remarks by the envoy"


class SpeakerResolver(BodyResolution, PersonResolution):
    """Resolves speaker spans in one document, remembering earlier speakers for pronouns."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.history: list[tuple[int, Speaker]] = []  # (offset, speaker) of resolved speakers, in order
        self.unnamed: list[tuple[int, SpacySpan, Speaker]] = []  # unnamed speakers ("a senior official"), in order
        self.genders = GenderNotes()
        self._chunks: Optional[list[SpacySpan]] = None
        self.outlets: list[tuple[int, Speaker]] = []  # named media that spoke, for "the newspaper said" later on

    def resolve(self, span: SpacySpan) -> Speaker:
        """The speaker a span refers to ("" name when unresolved)."""
        root = span.root
        word = root.lower_
        if is_generic(span):
            return Speaker()  # "everyone knows", "when a leader says": nobody in particular
        if word in RELATIVE_PRONOUNS and root.head.head.i != root.i:
            antecedent = root.head.head  # "X, who said ..." -> X
            speaker = self.resolve(self.doc[antecedent.left_edge.i : antecedent.i + 1])
        elif word in PERSON_PRONOUNS:  # "she" is not the man named last
            speaker = self._person_pronoun(span, word_gender(word))
        elif word in GROUP_PRONOUNS:
            speaker = self._earlier_group(span)
        elif (person := self._person_by_surname(span)) is not None:  # "Colombo:" after "Marta Colombo"
            speaker = person
        elif one_of_them(span):  # "one of them said", "Bankers said ..., and one warned"
            speaker = self._one_of_group(span, self._group_mentioned(span))
        elif (spokesperson := self._unnamed_spokesperson(span)) is not None:  # "A Kremlin spokesman": anonymous
            speaker = spokesperson
        elif is_national_body(span):  # "Police said": the country's police
            speaker = self._national_body(span)
        elif (member := self._member_of_body(span)) is not None:  # "a Commission official": not the Commission
            speaker = member
        elif (given := given_name(span)) is not None:  # "A student, who gave only his first name, Toky,"
            speaker = Speaker(given.text, "", "PERSON")
        elif (owner := pronoun_owner(span)) is not None:  # "according to its own figures": its owner's
            subject = clause_subject(owner.root)  # "X is stronger, according to its own figures": X
            named = named_speaker(self.doc, subject) if subject is not None else None
            speaker = named if named is not None and named.kind in ORG_KINDS else self._earlier_group(owner)
        elif root.lower_ in UNNAMED_HEADS:  # "a Foreign Office source" is not the Foreign Office
            speaker = Speaker()
        elif _unnamed_people(span):  # "US officials", "a Kyrgyz official": not the country
            speaker = (self._named_inside(span) or owned_body(self.doc, span) or self._officials_of_pair(span)
                       or Speaker())
        elif is_pair(span):  # "both sides", "the two governments": the two parties of the story
            speaker = self._pair(span)
        elif (state := state_of_body(span, lambda i: ministry_country(self.doc, i))) and country_speaker_name(state):
            speaker = _state_speaker(span, state)  # "the Armenian delegation": Armenia
        elif (named := appositive_name(span)) is not None:  # "its owner, Ferrum Group,": the name speaks
            speaker = self._apposed(span, named)
        elif owner_of(span) is not None:  # "the ministry's website": its owner speaks
            speaker = self.resolve(owner_of(span))
        else:
            speaker = (self._bare_body(span) or self._named_before(span) or self._named_inside(span) or self._body_of_person(span) or owned_body(self.doc, span)
                       or self._office_holder(span) or named_speaker(self.doc, span) or _lone_name(span) or self._outlet_named_before(span)
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
        if speaker.name and any(t.pos_ == "PROPN" for t in span) and is_media(span, set(), speaker):
            self.outlets.append((span.start_char, speaker))  # "the Daily Monitor reported", "Harbour Times saw"
        return speaker

    def _bare_body(self, span: SpacySpan) -> Optional[Speaker]:
        """"the Ministry", "The Bank": a capitalised body word alone is no name (the entity layer
        takes it for one) but the body named in full before."""
        if len(span) != 2 or span[0].lower_ not in ("the", "this") or not span.root.text[:1].isupper():
            return None
        named = from_entity_layer(self.doc, span)  # the entity layer may know it: "the Bank" -> "World Bank"
        if named is not None and named.name and named.name.lower() != span.root.lower_:
            return named
        return self._described_organisation(span)

    def _earlier_group(self, span: SpacySpan) -> Speaker:
        """"they" / "it": the latest earlier named body, or an unnamed group that spoke after it
        ("Farmers' groups said ... They said")."""
        bound = governing_subject(span)  # "Caracas began what it called its largest exercises": Caracas
        named = (self._bare_body(bound) or named_speaker(self.doc, bound)) if bound is not None else None
        if named is not None and named.kind in ORG_KINDS:
            return named
        named = self._earlier(span.start_char, ORG_KINDS)
        plural = span.root.lower_ in ("they", "them")
        groups = [u for u in self.unnamed if u[0] < span.start_char and u[1].root.tag_ == "NNS"] if plural else []
        if groups and (not named.name or groups[-1][0] > self._latest_at(named)):
            return groups[-1][2]
        return named

    def _named_before(self, span: SpacySpan) -> Optional[Speaker]:
        """"the EU's naval mission in the region, Operation Aspides, ... The EU's naval mission said":
        a definite description given its name once in apposition goes by that name again."""
        root, words = span.root, description_words(span)
        if span[0].lower_ not in ANAPHORIC | {"its", "their"} and not any(c.dep_ == "poss" for c in root.children):
            return None
        for token in reversed(self.doc[: span.start]):
            if token.lemma_ == root.lemma_ and token.pos_ == "NOUN":
                earlier = self.doc[token.left_edge.i : token.i + 1]
                named = appositive_name(self.doc[token.left_edge.i : token.right_edge.i + 1])
                if named is not None and words <= description_words(earlier) | {root.lemma_.lower()}:
                    found = named_speaker(self.doc, named) or Speaker(clean_name(named.text), "", "ORG")
                    return found if found.kind in ORG_KINDS and root.lemma_.lower() in ORGANISATION_NOUNS else None
        return None

    def _office_holder(self, span: SpacySpan) -> Optional[Speaker]:
        """"The United Nations Secretary-General": the holder of an organisation's office is a person,
        the one the entity layer knows by the description, else named by it; not the organisation."""
        words = span.text.split()
        if len(words) < 3 or words[0].lower() != "the" or not span.root.text[:1].isupper():
            return None
        size = next((k for k in (2, 1) if len(words) - k >= 2 and (t := title_of(words[-k:])) and t.type == "role"), 0)
        owner = self.doc.char_span(span.start_char + len(words[0]) + 1, span.start_char + len(" ".join(words[:-size])),
                                   alignment_mode="expand") if size else None
        named = from_entity_layer(self.doc, owner) if owner is not None else None
        if named is None or named.kind != "ORG" or owner.text != " ".join(words[1:-size]):
            return None
        known = _resolve_description(self.doc, span) if _resolve_description is not None else None
        if known is not None and known.kind == "PERSON":
            return Speaker(known.name or known.span.text, known.canonical_id, "PERSON")
        return Speaker(" ".join(words[1:]), "", "PERSON")

    def _group_mentioned(self, span: SpacySpan) -> Optional[tuple[int, SpacySpan, Speaker]]:
        """(offset, phrase, speaker) of the latest plural people-noun that was the subject of a clause
        shortly before ``span``, outside quotations ("People close to the delegation see it
        differently. ... Two of them said"), whether or not the pipeline found it speaking."""
        for token in reversed(self.doc[: span.start]):
            if span.start_char - token.idx > NEARBY_CHARS:
                return None
            cls = sourcing_lexicon().get(token.lower_)
            if token.tag_ == "NNS" and token.dep_ in ("nsubj", "nsubjpass") and cls in GROUP_CLASSES:
                phrase = self.doc[token.left_edge.i : token.right_edge.i + 1]
                if not quoted(phrase):
                    name = self._earlier_description(phrase) or Speaker(description_name(phrase))
                    return phrase.start_char, phrase, replace(name, cls=name.cls or sourcing_class(phrase, name))
        return None

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
        if span.root.lower_ in ELLIPTICAL and (len(span) == 1 or complement or _place_phrase(span)):  # "Some in Singapore think"
            nearby = [u for u in self.unnamed if span.start_char - u[0] <= NEARBY_CHARS and u[1].root.tag_ == "NNS"]
            group = nearby[-1][2] if nearby else _group_just_named(span)
            where = complement or _place_phrase(span)
            if group is None and where and span.root.lower_ != "others":
                return Speaker("people" + where)  # "Few in Oslo expect", "Few at the quay": no group named
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
        if self._chunks is None:  # spaCy recomputes noun_chunks on every access: once per document
            self._chunks = list(self.doc.noun_chunks)
        for chunk in reversed([c for c in self._chunks if c.end_char <= span.start_char]):
            if span.start_char - chunk.start_char > NEARBY_CHARS:
                break
            if chunk[0].lower_ in INDEFINITE | {"one"} and same_head(chunk, span) and words <= description_words(chunk):
                return Speaker(description_name(chunk))
        return None

    def _named_inside(self, span: SpacySpan) -> Optional[Speaker]:
        """A name the description carries: "a spokesman, Daniel Reyes," or "estimates published by the Commission"."""
        named = appositive_name(span)
        inner = named or report_author(span) or _spokes_for(span)
        if inner is None:
            return None
        speaker = self._apposed(span, named) if named is not None else self.resolve(inner)
        return speaker if speaker.id or speaker.kind else None

    def _apposed(self, span: SpacySpan, named: SpacySpan) -> Speaker:
        """The name beside a description; a person's description makes it a person."""
        speaker = self.resolve(named)
        return self._as_person(speaker, named) if _describes_someone(span) and personal_name(named) else speaker

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


    def _surname_or_description(self, span: SpacySpan) -> Speaker:
        """"the Supreme Leader" or "the official": the entity layer's answer, else an earlier titled mention."""
        if span[0].lower_ in INDEFINITE:
            return Speaker()  # "a leader says ..." is anyone, not the leader named earlier
        organisation = self._described_organisation(span) or self._document_author(span)
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


    def _document_author(self, span: SpacySpan) -> Optional[Speaker]:
        """"Guyana ... handed a protest note to the envoy. ... the note described": a document taken
        up again speaks for the named subject of the clause that introduced it."""
        root = span.root
        if span[0].lower_ not in ("the", "this") or root.lemma_.lower() not in DOCUMENT_NOUNS | STATEMENT_NOUNS:
            return None
        for token in reversed(self.doc[: span.start]):
            if token.lemma_ == root.lemma_ and token.dep_ == "dobj" and introduced_here(token):
                verb = token.head
                while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
                    verb = verb.head  # "Guyana recalled its ambassador ... and handed a note"
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                named = named_speaker(self.doc, self.doc[subject.left_edge.i : subject.i + 1]) if subject is not None else None
                return named if named is not None and named.kind in ORG_KINDS | {"PERSON"} else None
        return self._statement_of_last_speaker(span)

    def _statement_of_last_speaker(self, span: SpacySpan) -> Optional[Speaker]:
        """"the Ministry stated ... According to the statement": a statement never introduced as a
        thing is what the latest named speaker, just before, stated."""
        if span.root.lemma_.lower() not in STATEMENT_NOUNS or len(span) != 2 or not self.history:
            return None
        at, speaker = self.history[-1]
        near = span.start_char - at <= NEARBY_CHARS and at < span.start_char
        return speaker if near and speaker.kind in ORG_KINDS | {"PERSON"} else None

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
            if not person and not _possessive_after(ent):
                continue  # owned means "Trump's ad": "Warren said. Bank executives ..." gives no bank of hers
            words = {t.lower_ for t in window}
            # "the Republican nominee" is not the "Democratic vice presidential nominee" named before
            if head in words and kind_words <= words and self._is_person(ent):
                return Speaker(clean_name(ent.text), "", "PERSON")
        return self._last_speaker_in_paragraph(span) if person else Speaker()

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

ELLIPTICAL = {"several", "some", "many", "others", "most", "few", "both", "all"}
GROUP_CLASSES = ("vague-collective", "anonymous-official")  # people-nouns a part of which may speak


def _state_speaker(span: SpacySpan, state: str) -> Speaker:
    """The country a state body speaks for; "the Israeli government" named as written, for that country."""
    if government_as_written(span):
        return Speaker(description_name(span), state, "ORG")
    return Speaker(country_speaker_name(state), state, "GPE")


def _place_phrase(span: SpacySpan) -> str:
    """" at the quay", " in Oslo": where a quantifier's unnamed people are, as written."""
    prep = next((c for c in span.root.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "on")), None)
    return " " + span.doc[prep.i : prep.right_edge.i + 1].text if prep is not None and prep.right_edge.i < span.end else ""


def _group_just_named(span: SpacySpan) -> Optional[Speaker]:
    """"Not all analysts agree. Some in Singapore think": the people-noun of the sentence before."""
    found = people_just_named(span)
    return Speaker(found[0], "", "", found[1]) if found else None


def _lone_name(span: SpacySpan) -> Optional[Speaker]:
    """"Mendes said", tagged a common noun by spaCy: a person named by surname."""
    return Speaker(span.text, "", "PERSON") if is_lone_name(span) else None


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


def _possessive_after(ent: SpacySpan) -> bool:
    """True when a name ends in, or is followed by, a possessive ("Trump's" / "Trump ’s")."""
    doc = ent.doc
    return ent[-1].lower_ in POSSESSIVE_TOKENS or (ent.end < len(doc) and doc[ent.end].lower_ in POSSESSIVE_TOKENS)


def _people_not_state(span: SpacySpan, speaker: Speaker) -> Speaker:
    """"Many Iranians hope ...": a quantified plural nationality is people, not the state (no country id)."""
    root = span.root
    quantified = any(c.dep_ in ("amod", "det", "nummod") and c.lower_ != "the" for c in root.children)
    if speaker.kind == "NORP" and root.tag_ == "NNPS" and quantified:
        return Speaker(root.text, "", "NORP")
    return speaker


def _describes_someone(span: SpacySpan) -> bool:
    """A description of one person ("The company's chief executive", "A spokeswoman")."""
    root = span.root
    return describes_person(span) or root.lower_ in SPOKES_HEADS or root.lemma_.lower() in PERSON_NOUNS


def _spokes_for(span: SpacySpan) -> Optional[SpacySpan]:
    """"a spokeswoman for the association": the body a spokesperson speaks for."""
    return object_of(span, ("for", "of", "at")) if span.root.lower_ in SPOKES_HEADS else None
