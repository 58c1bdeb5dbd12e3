"""How unnamed speakers are named, and which earlier words a description takes up again.

- ``description_name``: "a senior Iranian official" -> "senior Iranian official", "Officials in
  London" -> "UK officials", "reports from foreign media outlets" -> "foreign media outlets",
  "diplomats in Accra" -> "diplomats" (posted there, not that state's), bare "Reports" ->
  "unnamed reports";
- ``same_head``: "the draft" takes up "a draft text" (documents named by another of their words);
- ``people_just_named``: "Not all analysts agree. Some in Singapore think" -> analysts;
- ``describes_person``: "the former labour minister", "the 61-year-old skipper" describe a person.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional

from spacy.tokens import Span as SpacySpan

from .organisations import PERSON_NOUNS
from .people import title_of
from .gazetteer import lookup
from .mentions import country_set_before
from .places import dateline_span, ministry_country
from .source_shapes import DOCUMENT_NOUNS, OFFICIAL_NOUNS, STATEMENT_NOUNS, formula_name, nationality, official_state


@lru_cache(maxsize=1)
def sourcing_lexicon() -> dict[str, str]:
    """Head word -> sourcing class, from data/sourcing_lexicon.tsv."""
    text = resources.files("newsprism.analyze").joinpath("data/sourcing_lexicon.tsv").read_text(encoding="utf-8")
    pairs = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {word.strip(): cls.strip() for word, cls in pairs}


def object_of(span: SpacySpan, prepositions: tuple[str, ...]) -> Optional[SpacySpan]:
    """The noun phrase (up to its head) after one of ``prepositions`` that hangs on the span's head."""
    for prep in span.root.children:
        if prep.dep_ == "prep" and prep.lower_ in prepositions and prep.right_edge.i < span.end:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return span.doc[objects[0].left_edge.i : objects[0].i + 1]
    return None


QUANTIFIERS = {"a", "an", "the", "some", "several", "many", "one", "two", "three", "few", "most", "other", "another",
               "this", "that", "these", "those", "both", "all", "various", "numerous"}


def description_name(span: SpacySpan) -> str:
    """A display name for an unnamed speaker: the phrase up to its head, without determiners,
    and the named place or body it belongs to ("residents of Sunamganj", "officials in Brussels")."""
    media = _media_behind_report(span) or formula_name(span)
    if media:
        return media
    if span.root.lemma_.lower() in OFFICIAL_NOUNS and (states := _coordinated_states(span)):
        return f"{states} {span.root.lower_}"  # "officials in Brussels and Tokyo" -> "EU and Japanese officials"
    words = [t for t in span if t.i <= span.root.i]
    while words and (words[0].lower_ in QUANTIFIERS or words[0].like_num or words[0].pos_ in ("DET", "PUNCT")):
        words = words[1:]
    if not words:
        return ""
    if len(span) == 1 and span.root.lower_ == "reports":
        return "unnamed reports"  # "Reports say": no outlet named
    complement = named_complement(span) or _complement_of_bare_head(span)
    if span.root.lemma_.lower() in POSTED_ABROAD and complement.startswith(" in "):
        complement = ""  # "diplomats in Accra" are posted there: the place is not whose they are
    text = "".join(t.text_with_ws for t in words).strip()
    # "Israeli government", not "israeli government"; "Two Western diplomats": capitalised inside the sentence
    keep_case = words[0].pos_ == "PROPN" or bool(words[0].ent_type_) or words[0].is_title and not words[0].is_sent_start
    text = text if keep_case else text[0].lower() + text[1:]
    official = span.root.lemma_.lower() in OFFICIAL_NOUNS and not (complement == "" and named_complement(span))
    state = official_state(span, complement) if official else ""
    if official and not state and not complement and span.root.lemma_.lower() not in POSTED_ABROAD:
        state = _state_set_before(span)  # "In Lima, officials said" -> "Peruvian officials"
    if not state and (_state_owned_media(span) or official and not complement and _of_a_government(span)):
        state = _state_set_before(span) or nationality(ministry_country(span.doc, span.root.i))
    if state:  # "Officials in London" -> "UK officials"; "a Foreign Office source" -> "UK Foreign Office source"
        return f"{state} {text}" if complement.startswith((" in ", " from ")) or not complement else state
    if not complement and span.root.lower_ in RESIDENTS and (place := _dateline_place(span.doc)):
        complement = f" of {place}"  # "DAUGAVPILS - ... Several residents said": the dateline's residents
    return text + complement


RESIDENTS = {"residents", "inhabitants"}


def _dateline_place(doc) -> str:
    """"Daugavpils" for a body opening "DAUGAVPILS - ...", else ""."""
    found = dateline_span(doc)
    return doc[found[0] : found[1]].text.title() if found else ""


def _of_a_government(span: SpacySpan) -> bool:
    """"government officials" with no country named: like "Police", the government of the country
    the text is about (as a foreign government's would be named with its country)."""
    if any(t.ent_type_ in ("NORP", "GPE") for t in span):
        return False
    return any(c.lower_ in ("government", "cabinet") and c.dep_ in ("compound", "amod", "nmod") for c in span.root.children)


def _state_owned_media(span: SpacySpan) -> bool:
    """"state media", "state television": media of a state the words do not name."""
    root = span.root
    media = sourcing_lexicon().get(root.lower_) == "media-report" or sourcing_lexicon().get(root.lemma_.lower()) == "media-report"
    owned = any(c.lower_ == "state" and c.dep_ in ("compound", "amod", "nmod") for c in root.children)
    return media and owned and not any(t.ent_type_ in ("NORP", "GPE") for t in span)


def _coordinated_states(span: SpacySpan) -> str:
    """"in Brussels and Tokyo" after an official noun -> "EU and Japanese"; "" unless every place is a capital."""
    for prep in span.root.rights:
        objects = [c for c in prep.children if c.dep_ == "pobj"] if prep.dep_ == "prep" and prep.lower_ in ("in", "from") else []
        places = [objects[0], *[c for c in objects[0].children if c.dep_ == "conj"]] if objects else []
        # the parser may hang "and Tokyo" on the noun itself
        places += [c for c in span.root.rights if c.dep_ == "conj" and c.pos_ == "PROPN" and objects and c.i > prep.i]
        if len(places) >= 2 and all(p.i < span.end for p in places):
            names = [_capital_nationality(p.text) for p in places]
            return " and ".join(names) if all(names) else ""
    return ""


def _capital_nationality(text: str) -> str:
    place = lookup(text)
    return nationality(place.actor if len(place.actor) == 3 else place.code) if place is not None and place.sector == "GOV" else ""


def _state_set_before(span: SpacySpan) -> str:
    """The nationality of an "In <capital>," sentence opener right before the speaker, unless the
    words already give one ("In Lima, Chilean officials said")."""
    if any(t.ent_type_ in ("NORP", "GPE") for t in span):
        return ""
    code = country_set_before(span.doc, span.start)
    return nationality(code) if code else ""


BELONGING = {"of", "for", "in", "at", "from"}
POSTED_ABROAD = {"diplomat", "envoy", "ambassador"}  # "in <capital>" is where they serve, not their state


def description_words(span: SpacySpan) -> set[str]:
    """The content words of a description, as lemmas, without a clause that says more of it:
    "the same reports" -> {"report"}; "The engineer, who has not been named," -> {"engineer"}."""
    return {t.lemma_.lower() for t in span if t.is_alpha and t.pos_ not in ("DET", "ADP", "PRON")
            and t.lower_ not in QUANTIFIERS | {"same"} and not _in_clause(t, span.root)}


def _in_clause(token, root) -> bool:
    """True when ``token`` hangs under a relative or participle clause or an apposition of ``root``."""
    while token.i != root.i and token.head.i != token.i:
        if token.dep_ in ("relcl", "acl", "appos", "advcl"):
            return True
        token = token.head
    return False


def _media_behind_report(span: SpacySpan) -> str:
    """"reports from foreign media outlets" -> "foreign media outlets": the outlets are the source."""
    if span.root.lemma_.lower() not in ("report", "reporting"):
        return ""
    outlet = object_of(span, ("from", "in", "by", "on"))
    if outlet is None or sourcing_lexicon().get(outlet.root.lower_) != "media-report":
        return ""
    words = [t for t in outlet if t.lower_ not in QUANTIFIERS and t.pos_ != "DET"]
    return "".join(t.text_with_ws for t in words).strip()


def named_complement(span: SpacySpan) -> str:
    """" of the European Parliament" after the head, when the phrase names a place or body."""
    root = span.root
    for prep in root.rights:
        if prep.dep_ != "prep" or prep.lower_ not in BELONGING or prep.right_edge.i >= span.end:
            continue
        last = prep.right_edge.i
        while last > prep.i and span.doc[last].is_punct:  # "in Port Sudan," before a relative clause
            last -= 1
        phrase = span.doc[prep.i : last + 1]
        if any(t.text == "," for t in phrase):
            continue  # "at Lenox, Lawrence B. Cummings": an apposition, not where the speaker belongs
        after = prep.right_edge.i + 1
        if after < span.end and span.doc[after].dep_ == "cc":  # "officials in Brussels and Tokyo": not half of it
            return ""
        # "of the European Parliament"; "from Melanesian delegations" (whose they are, by a demonym)
        named = any(t.pos_ == "PROPN" or prep.lower_ == "from" and t.ent_type_ == "NORP" for t in phrase)
        if named and len(phrase) <= 6 and not any(t.pos_ == "VERB" for t in phrase):
            return " " + phrase.text
    return ""


# Heads that say nothing of who speaks, so whatever place or group follows them is their name.
BARE_HEADS = {"others", "many", "some", "few"}


def _complement_of_bare_head(span: SpacySpan) -> str:
    """" in the crowd" after "Others": a short prepositional phrase that is all the head has."""
    if span.root.lower_ not in BARE_HEADS:
        return ""
    for prep in span.root.rights:
        phrase = span.doc[prep.i : prep.right_edge.i + 1]
        if prep.dep_ == "prep" and prep.lower_ in BELONGING and prep.right_edge.i < span.end and len(phrase) <= 5:
            if not any(t.is_punct or t.pos_ == "VERB" for t in phrase):
                return " " + phrase.text
    return ""


def same_head(earlier: SpacySpan, later: SpacySpan) -> bool:
    """Same head noun, or one document named by another of its words ("a draft text" ... "the draft")."""
    first, second = earlier.root.lemma_.lower(), later.root.lemma_.lower()
    documents = DOCUMENT_NOUNS | STATEMENT_NOUNS
    return first == second or first in documents and second in documents


def people_just_named(span: SpacySpan) -> Optional[tuple[str, str]]:
    """"Not all analysts share that view. Some in Singapore think": the plural people-noun of the
    sentence before, when no group spoke just before."""
    sentence = span.doc[span.start].sent
    before = span.doc[max(sentence.start - 1, 0)].sent if sentence.start > 0 else None
    for token in reversed(list(before or ())):
        cls = sourcing_lexicon().get(token.lower_)
        if token.tag_ == "NNS" and cls in ("vague-collective", "anonymous-official"):
            return token.lower_, cls  # (name, sourcing class)
    return None


def describes_person(span: SpacySpan) -> bool:
    """A description whose head is a person's title or a word for a person ("the former labour
    minister", "the 61-year-old skipper", "the veteran unionist": -ist words name people)."""
    root = span.root
    title = title_of([root.text])
    aged = any(t.lower_.endswith("year-old") or t.lower_ == "old" for t in span if t.i < root.i)
    lemma = root.lemma_.lower()
    known = title is not None and title.type == "role" or lemma in PERSON_NOUNS | DESCRIBED_PEOPLE or lemma.endswith("ist")
    return root.tag_ in ("NN", "NNP") and root.text.islower() and (known or aged)


# Words news uses to describe one person again ("the billionaire mogul", "the Republican nominee").
DESCRIBED_PEOPLE = {"nominee", "mogul", "businessman", "businesswoman", "billionaire", "tycoon", "incumbent",
                    "challenger", "politician", "skipper", "cleric", "veteran", "lawmaker", "congressman",
                    "congresswoman", "senator", "governor", "mayor", "prosecutor", "defendant", "plaintiff"}


@lru_cache(maxsize=1)
def _english_nouns() -> Optional[frozenset[str]]:
    """The noun lemmas the model's lemmatizer knows (its lookups table), None when unreadable."""
    from spacy.lookups import Lookups

    from ..config import Settings

    try:
        spec = importlib.util.find_spec(Settings.model)
        folder = next(Path(spec.origin).parent.glob("*/lemmatizer/lookups"))
        return frozenset(Lookups().from_disk(folder).get_table("lemma_index")["noun"])
    except (AttributeError, ImportError, KeyError, OSError, StopIteration, ValueError):
        return None


def is_lone_name(span: SpacySpan) -> bool:
    """"Mendes said": one capitalised word that spaCy tags as a common noun but that is no English
    noun (the lemmatizer's table does not know it) is a surname, not a group of "mendes"."""
    token = span.root
    if len(span) != 1 or token.pos_ != "NOUN" or not (token.is_alpha and token.is_title):
        return False
    nouns = _english_nouns()
    if nouns is None:
        return False
    words = {token.lower_, token.lemma_.lower()}
    return not words & nouns and not any(w in sourcing_lexicon() or w in PERSON_NOUNS for w in words)
