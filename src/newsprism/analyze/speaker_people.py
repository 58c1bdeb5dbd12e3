"""Speakers that are people: pronouns, surnames and the person a text is about at a point.

- "she" / "he": the latest person who spoke, of a fitting gender, unless a person became the
  subject of a main clause after that speaker's sentence (the sentence topic a pronoun continues);
- "Colombo", "Mr Haugland": the person named in full before, whatever the entity layer makes
  of the lone word (a capital, a company);
- "Putney" after "Kerr Putney": the fuller name.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan

from .organisations import PERSON_NOUNS, is_organisation_name
from .people import clean_name, title_of
from .speaker_base import Speaker, from_entity_layer, kind_of_label
from .speaker_bodies import state_of_modifier
from .speaker_gender import mention_gender


class PersonResolution:
    """The person rules of SpeakerResolver (which gives ``doc``, ``history`` and ``genders``)."""

    def _person_pronoun(self, span: SpacySpan, gender: str, possessive: bool = False) -> Speaker:
        """"he" / "she": the latest person who spoke, unless a person became the topic since as the
        subject of a main clause ("Arkady Semyonov said ... Norway's minister, Kari Nordvik, has
        tried to ... She said"): a subject pronoun continues the last sentence topic."""
        speaker = self._earlier(span.start_char, {"PERSON"}, gender)
        topic = self._topic_person(span, gender, possessive)
        if topic is None or topic[1].name == speaker.name:
            return speaker
        at, sentence = self._latest_at(speaker), topic[2]
        later = sentence.start_char > at  # a sentence of its own after the speaker's ("A spokeswoman, Eszter Kovacs, said" is one)
        return topic[1] if later else speaker

    def _topic_person(self, span: SpacySpan, gender: str, possessive: bool) -> Optional[tuple[int, Speaker, SpacySpan]]:
        """(offset, person, sentence) of the latest person entity before ``span`` that is the subject
        of a main clause, or for a possessive of any clause of its own sentence ("Milos Petrovic ...
        was briefed, his office said"; a trailing "he said" is as often someone else speaking of
        the subject), outside quotation marks and fitting ``gender``; else None."""
        people = [e for e in self.doc.ents if e.label_ == "PERSON" and e.end_char <= span.start_char]
        for ent in reversed(people):
            root = ent.root.head if ent.root.dep_ == "appos" else ent.root  # "The minister, Kari Nordvik, has"
            main = root.head.dep_ == "ROOT" or possessive and ent.sent.start == span.sent.start
            subject = root.dep_ in ("nsubj", "nsubjpass") and main
            if not subject or quoted(ent) or not self._is_person(ent):
                continue
            name = from_entity_layer(self.doc, ent)
            speaker = self._expand_surname(name if name is not None and name.name else Speaker(clean_name(ent.text), "", "PERSON"), ent.start_char)
            if self.genders.fits(speaker.name, gender, mention_gender(self.doc, ent.start, ent.end)):
                return ent.start_char, speaker, ent.sent
        return None

    def _subject_described(self, span: SpacySpan) -> str:
        """"The engineer, who has not been named, was arrested ..., his lawyer said": the unnamed
        person described as the subject of a clause earlier in the span's sentence ("engineer"), or ""."""
        for token in self.doc[span.sent.start : span.start]:
            if token.dep_ in ("nsubj", "nsubjpass") and not token.ent_type_ and token.lemma_.lower() in PERSON_NOUNS:
                return "" if quoted(self.doc[token.i : token.i + 1]) else token.lemma_.lower()
        return ""

    def _person_by_surname(self, span: SpacySpan) -> Optional[Speaker]:
        """A lone capitalised name ("Colombo", "Mr Haugland") that is the last word of a person named
        in full earlier in the article is that person, whatever the entity layer makes of the word
        (a capital, a company): news style gives the full name once and the surname after it."""
        surname = _lone_surname(span)
        if not surname:
            return None
        for person in reversed(self._people_before(span.start_char)):
            if " " in person.name and person.name.split()[-1] == surname:
                return person
        return None

    def _people_before(self, offset: int) -> list[Speaker]:
        """People named before ``offset``, in text order: the entity layer's, and names it took for
        an organisation that are shaped like a person's ("Marta Colombo"); else spaCy's."""
        layer = [(e.span.start, Speaker(e.name or e.span.text, e.canonical_id if e.kind == "PERSON" else "", "PERSON"))
                 for e in (self.doc._.np_entities or ())
                 if e.span.end <= offset and (e.kind == "PERSON" or e.kind == "ORG" and _person_shaped(e.span.text))]
        if not layer:
            layer = [(e.start_char, Speaker(clean_name(e.text), "", "PERSON"))
                     for e in self.doc.ents if e.label_ == "PERSON" and e.end_char <= offset]
        return [speaker for _, speaker in sorted(layer, key=lambda pair: pair[0])]

    def _latest_at(self, speaker: Speaker) -> int:
        """Where the resolver last saw ``speaker`` as a speaker (-1 when only as an entity)."""
        return max((at for at, earlier in self.history if earlier == speaker), default=-1)

    def _earlier(self, offset: int, kinds: set[str], gender: str = "") -> Speaker:
        """The most recent earlier speaker, else the most recent earlier entity, of the given kinds
        (and not known to be of the other gender)."""
        for at, speaker in reversed(self.history):
            if at < offset and speaker.kind in kinds and self.genders.fits(speaker.name, gender):
                return speaker
        for ent in reversed([e for e in self.doc.ents if e.end_char <= offset and kind_of_label(e.label_) in kinds]):
            layer = from_entity_layer(self.doc, ent)  # "Pannon Energia" tagged PERSON by spaCy is a company
            kind = layer.kind if layer is not None and layer.kind else kind_of_label(ent.label_)
            if kind in kinds and self.genders.fits(ent.text, gender, mention_gender(self.doc, ent.start, ent.end)):
                return state_of_modifier(ent, layer) or Speaker(ent.text, "", kind)
        return Speaker()

    def _is_person(self, ent: SpacySpan) -> bool:
        """The entity layer (when installed) agrees that a model PERSON is a person ("Moldovan" is not)."""
        found = from_entity_layer(self.doc, ent)
        return found is None or found.kind == "PERSON"

    def _expand_surname(self, speaker: Speaker, offset: int) -> Speaker:
        """"Putney" after "Kerr Putney": use the earlier, fuller name."""
        if not speaker.name or speaker.id or " " in speaker.name:
            return speaker
        for _, earlier in reversed(self.history):
            if earlier.kind == speaker.kind and earlier.name.endswith(" " + speaker.name):
                return earlier
        return speaker


def quoted(span: SpacySpan) -> bool:
    """True when the span stands inside quotation marks of its paragraph."""
    paragraph = span.doc.text.rfind("\n\n", 0, span.start_char) + 1
    before = span.doc.text[paragraph : span.start_char]
    return (before.count('"') + before.count("\u201c") - before.count("\u201d")) % 2 == 1


def _lone_surname(span: SpacySpan) -> str:
    """"Colombo", "Mr Al-Kaabi": one capitalised word after any title, else ""."""
    words = [t for t in span if title_of([t.text.rstrip(".")]) is None and t.text != "."]
    name = "".join(t.text_with_ws for t in words).strip()
    if not name or " " in name or not name[:1].isupper():
        return ""
    return name if all(t.pos_ in ("PROPN", "NOUN") or t.text == "-" for t in words) else ""


def personal_name(name: SpacySpan) -> bool:
    """Two or three capitalised words and no organisation word: "Eszter Kovacs", not "Ferrum Group"."""
    return _person_shaped(" ".join(t.text for t in name if not t.is_punct))


def _person_shaped(name: str) -> bool:
    """Two or three capitalised words and no organisation word: "Eszter Kovacs", not "Ferrum Group"."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w.istitle() for w in words) and not is_organisation_name(name)
