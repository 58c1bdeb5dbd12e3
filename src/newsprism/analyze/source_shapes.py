"""Kinds of source the head word alone does not tell: anonymity formulas, counted officials,
documents, and publications owned by the body that speaks through them.

- "people familiar with the talks", "a person briefed on the negotiations", "an official
  who asked not to be named": anonymous-official, whatever the head noun;
- "two diplomats", "three officials": counted, unnamed officials are anonymous sources,
  not a vague collective (bare "diplomats said" stays vague);
- documents: an unpublished one ("a leaked draft seen by ...", "a memo circulated to ...",
  "internal documents") comes from unnamed insiders: anonymous-official; a public record
  of a body the words name ("court filings", "customs records") speaks for that body:
  named-organisation;
- "the ministry's website", "a statement posted on the ministry's website": the owner speaks
  (:func:`owner_of`), so the source is classed and named as the owner, not as media.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan, Token

from .gazetteer import is_alpha3, lookup
from .organisations import PERSON_NOUNS
from .people import read_table

ANONYMOUS_HEADS = {"people", "person", "someone", "source", "sources", "official", "officials", "insider",
                   "insiders", "diplomat", "diplomats", "aide", "aides", "individual", "individuals"}
# Words that make a described person an anonymous insider ("familiar with", "briefed on").
ANONYMITY_WORDS = {"familiar", "briefed", "close", "involved", "knowledgeable", "privy", "anonymity",
                   "named", "identified", "authorised", "authorized"}
# Heads that say nothing alone: their formula is their name ("people familiar with the talks").
VAGUE_HEADS = {"people", "person", "someone", "individual", "individuals"}
COUNTED_OFFICIALS = {"official", "diplomat", "source", "negotiator", "aide", "adviser", "advisor", "envoy",
                     "insider", "minister", "lawmaker", "officer", "delegate"}
DOCUMENT_NOUNS = {"document", "draft", "memo", "memorandum", "cable", "filing", "record", "minute", "transcript",
                  "dossier", "paper", "note", "copy", "version", "text", "email", "e-mail"}
UNPUBLISHED_DOCUMENTS = {"draft", "memo", "memorandum", "cable", "email", "e-mail"}
UNPUBLISHED_WORDS = {"leaked", "internal", "confidential", "secret", "unpublished", "classified", "draft",
                     "seen", "obtained", "reviewed", "circulated", "shared", "sent", "viewed"}
# A statement "sent to reporters" was released; one "seen by" a newspaper was not.
NOT_RELEASED = {"leaked", "draft", "internal", "confidential", "secret", "seen", "obtained"}
# Bodies whose records are public: "court filings" speak for the court.
RECORD_KEEPERS = {"court", "customs", "government", "company", "ministry", "parliament", "regulatory",
                  "regulator", "corporate", "official", "shipping", "port", "budget", "treasury", "tax"}
# Words for what a speaker says (sourcing reads them from here).
STATEMENT_NOUNS = {"statement", "remarks", "remark", "comment", "comments", "speech", "letter", "message",
                   "tweet", "post", "interview", "announcement", "communique", "communiqué", "address"}
OWNED_OUTLETS = {"website", "site", "account", "page", "feed", "channel", "handle", "blog", "bulletin"}
PUBLISHING_VERBS = {"post", "publish", "issue", "carry", "upload", "put", "release", "print"}
MAX_FORMULA_WORDS = 10
MAX_ASIDE = 20
# Words that say a person's name is withheld (not "close to" or "involved in", which describe analysts too).
WITHHELD_NAME = {"anonymity", "named", "identified", "anonymously"}
NOT_PEOPLE = {"paper", "letter", "number", "order", "government", "department", "statement", "document", "agreement"}


def shaped_class(span: SpacySpan) -> str:
    """The sourcing class a speaker's shape decides ("" when the shape says nothing)."""
    root = span.root
    lemma = root.lemma_.lower()
    if is_anonymity_formula(span):
        return "anonymous-official"
    if root.tag_ == "NNS" and lemma in COUNTED_OFFICIALS and _counted(root):
        return "anonymous-official"  # "two diplomats said"
    named = any(c.dep_ == "appos" for c in root.children)  # "One trader, Ana Ruiz," is named
    if root.pos_ == "NOUN" and _names_a_person(root) and _counted(root, ONE) and not named:
        return "anonymous-official"  # "Two fund managers", "one exporter": so many people, unnamed; "some" stay vague
    if lemma in DOCUMENT_NOUNS:
        return _document_class(span, root, lemma)
    if lemma in STATEMENT_NOUNS and {t.lower_ for t in span} & NOT_RELEASED:
        return "anonymous-official"  # "a draft communique seen by this newspaper"
    return ""


def is_anonymity_formula(span: SpacySpan) -> bool:
    """"people familiar with the talks", "a person briefed on", "an official who asked not to be
    named"; any other person ("two brokers, speaking on condition of anonymity", "one banker, who
    declined to be named") only with words that withhold the name."""
    root = span.root
    after = {t.lower_ for t in span if t.i > root.i} | {t.lower_ for t in _aside_after(span)}
    if root.lower_ not in ANONYMOUS_HEADS:
        return root.pos_ == "NOUN" and _names_a_person(root) and bool(after & WITHHELD_NAME)
    return bool(after & ANONYMITY_WORDS) or _knowledge_of(root)


def _aside_after(span: SpacySpan) -> SpacySpan:
    """The words set off by commas right after the speaker (", speaking on condition of
    anonymity,"), which the speaker span may leave out; empty when there is none."""
    doc, start = span.doc, span.end
    if start >= len(doc) or doc[start].text != ",":
        return doc[start:start]
    end = start + 1
    while end < min(len(doc), start + MAX_ASIDE) and doc[end].text != "," and not doc[end].is_sent_start:
        end += 1
    return doc[start + 1 : end] if end < len(doc) and doc[end].text == "," else doc[start:start]


def _names_a_person(token: Token) -> bool:
    """A noun for a person or people ("banker", "traders", "analyst"): a -er/-ist/-ian word or a
    person noun, not a document or a body."""
    lemma = token.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma.endswith(("er", "ist", "ian", "ant", "ent")) and lemma not in NOT_PEOPLE


def _knowledge_of(root: Token) -> bool:
    """"sources with knowledge of the plan"."""
    return any(p.lower_ == "with" and any(o.lemma_.lower() == "knowledge" for o in p.children) for p in root.rights)


def _counted(root: Token, one: frozenset[str] = frozenset()) -> bool:
    """A number before the noun ("two", "three", "2"; "one" too when ``one`` holds it)."""
    return any(c.dep_ == "nummod" and (c.lower_ != "one" or c.lower_ in one) for c in root.children)


ONE = frozenset({"one"})


def _document_class(span: SpacySpan, root: Token, lemma: str) -> str:
    """Unpublished documents are anonymous; public records of a named body speak for it."""
    words = {t.lower_ for t in span}
    keeper = any(c.dep_ in ("compound", "amod", "poss") and c.lower_ in RECORD_KEEPERS for c in root.children)
    named_keeper = any(t.ent_type_ in ("ORG", "GPE", "NORP") and t.i < root.i for t in span)
    if lemma in UNPUBLISHED_DOCUMENTS or words & UNPUBLISHED_WORDS:
        return "anonymous-official"
    if keeper or named_keeper:
        return "named-organisation"
    return ""


def owner_of(span: SpacySpan) -> Optional[SpacySpan]:
    """The body or person behind an owned outlet: "the ministry's website" -> "the ministry";
    "a statement posted on the ministry's website" -> "the ministry"; None otherwise."""
    root = span.root
    if root.lemma_.lower() in OWNED_OUTLETS:
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        return span.doc[owner.left_edge.i : owner.i + 1] if owner is not None and owner.i >= span.start else None
    for verb in (c for c in root.children if c.dep_ == "acl" and c.lemma_.lower() in PUBLISHING_VERBS):
        for prep in (p for p in verb.children if p.dep_ in ("prep", "agent") and p.lower_ in ("on", "to", "by", "in")):
            place = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if place is not None and place.right_edge.i < span.end:
                channel = span.doc[place.left_edge.i : place.i + 1]
                owner = owner_of(channel)  # "posted on the ministry's website": the ministry, not the website
                return channel if owner is None and is_media_noun(place) else owner
    return None


def is_media_noun(token: Token) -> bool:
    """"state television", "local outlets": a statement carried there comes to us through the media."""
    from .speaker_descriptions import sourcing_lexicon  # imports this module: import here

    lexicon = sourcing_lexicon()
    return "media-report" in (lexicon.get(token.lower_), lexicon.get(token.lemma_.lower()))


def formula_name(span: SpacySpan) -> str:
    """A display name for an anonymity formula: the phrase without its determiner or number,
    "people familiar with the talks"; "" when the span is not one or is too long."""
    if span.root.lower_ not in VAGUE_HEADS or not is_anonymity_formula(span) or len(span) > MAX_FORMULA_WORDS:
        return ""  # "a senior official who asked not to be named" is named "senior official" as before
    words = list(span)
    while words and (words[0].pos_ in ("DET", "NUM") or words[0].lower_ in ("some", "several", "many")):
        words = words[1:]
    text = "".join(t.text_with_ws for t in words).strip().rstrip(",")
    return text[:1].lower() + text[1:] if words and words[0].pos_ != "PROPN" else text


# Unnamed people who speak for a state: named with its nationality, as the gold does.
OFFICIAL_NOUNS = {"official", "diplomat", "negotiator", "aide", "source", "insider"}
SHORT_NATIONALITY = {"USA": "US", "GBR": "UK", "EU": "EU", "UN": "UN"}


def official_state(span: SpacySpan, complement: str) -> str:
    """The nationality of the state an unnamed official speaks for, when the words name it
    and do not already say it: "officials in London" -> "UK", "a Foreign Office source" -> "UK",
    "trade officials in Brussels" -> "EU"; "" otherwise ("senior Iranian official": said)."""
    if any(_says_nationality(t) for t in span if t.i < span.root.i):
        return ""  # "senior Iranian official", "US officials"
    code = ""
    if complement.startswith((" in ", " from ")):
        place = lookup(complement.split(" ", 2)[2])
        code = _state_code(place) if place is not None and place.sector == "GOV" else ""
    for token in (t for t in span if t.i < span.root.i and t.ent_type_ in ("ORG", "GPE") and not code):
        first, last = token.i, token.i + 1
        while last < span.root.i and span.doc[last].ent_type_ == token.ent_type_:
            last += 1
        place = lookup(span.doc[first:last].text)
        code = _state_code(place) if place is not None else ""
    return nationality(code) if code else ""


def _says_nationality(token: Token) -> bool:
    """A demonym or a country's name ("Iranian", "US")."""
    place = lookup(token.text)
    return token.ent_type_ == "NORP" or place is not None and place.kind in ("NORP", "GPE") and place.sector != "GOV"


def _state_code(place) -> str:
    """The country or union a place or body speaks for ("org:uk-foreign-office" -> GBR)."""
    code = place.actor if len(place.actor) == 3 else place.code
    return code if code in SHORT_NATIONALITY or is_alpha3(code) else ""


def nationality(code: str) -> str:
    """"US", "UK", "EU", else the first demonym of the code ("IRN" -> "Iranian"), else ""."""
    if code in SHORT_NATIONALITY:
        return SHORT_NATIONALITY[code]
    return next((row[0] for row in read_table("demonyms.tsv") if row[1] == code), "")
