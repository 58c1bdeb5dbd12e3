"""Attribution cues: a curated lexicon of verbs (data/cue_verbs.tsv) read through the dependency parse.

A lexicon match alone is not a cue: the verb must govern a subject (or inherit one) and a
complement that can be the content. This module finds cue tokens and the span of the cue
phrase ("has also said", "called for", "said Friday", "says:").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
# Left modifiers that belong to the cue phrase when they sit between the subject and the verb.
CUE_LEFT = {"aux", "auxpass", "neg", "advmod"}
# Time words that PolNeAR-style cues keep when they sit between the verb and its content.
CUE_TIME = {"npadvmod", "advmod", "tmod"}
ROLES_OF_CUE = {"ROOT", "ccomp", "conj", "xcomp", "advcl", "parataxis", "relcl", "pcomp"}
# Verbs that join the cue they govern: "refused to endorse", "went on to explain".
CHAIN_VERBS = {"refuse", "decline", "continue", "appear", "seem", "try", "begin", "start", "stop", "keep",
               "go", "fail", "attempt", "dare", "proceed", "rush", "hasten"}


@dataclass(frozen=True)
class CueEntry:
    """One lexicon entry: a lemma, its class and the prepositions that belong to the cue."""

    lemma: str
    cls: str  # speech | report | stance
    particles: frozenset[str]


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[str, CueEntry]:
    """The cue lexicon from data/cue_verbs.tsv, keyed by lemma (first class wins, particles merge)."""
    lexicon: dict[str, CueEntry] = {}
    text = resources.files("newsprism.analyze").joinpath("data/cue_verbs.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, cls, *rest = (line.split("\t") + [""])[:3]
        if cls == "noun":
            continue  # noun cues ("his claim that") are read by noun_cue_lexicon
        particles = frozenset(p for p in rest[0].split(",") if p)
        known = lexicon.get(lemma)
        if known:
            lexicon[lemma] = CueEntry(lemma, known.cls, known.particles | particles)
        else:
            lexicon[lemma] = CueEntry(lemma, cls, particles)
    return lexicon


@lru_cache(maxsize=1)
def noun_cue_lexicon() -> dict[str, CueEntry]:
    """Noun cues from data/cue_verbs.tsv (class ``noun``): "his claim that", "her refusal to", "his theory of"."""
    lexicon: dict[str, CueEntry] = {}
    text = resources.files("newsprism.analyze").joinpath("data/cue_verbs.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        lemma, cls, *rest = (line.split("\t") + ["", ""])[:3]
        if cls == "noun" and not line.startswith("#"):
            lexicon[lemma] = CueEntry(lemma, cls, frozenset(p for p in rest[0].split(",") if p))
    return lexicon


def cue_entry(token: Token) -> CueEntry | None:
    """The lexicon entry when ``token`` is a verb used as a predicate with a cue lemma."""
    if token.pos_ not in ("VERB", "AUX") or token.dep_ not in ROLES_OF_CUE:
        return None
    if token.pos_ == "AUX" and token.dep_ in ("aux", "auxpass"):
        return None
    if token.lemma_.lower() in CHAIN_VERBS and chained_cue(token) is not None:
        return None  # the governed cue speaks for both
    entry = cue_lexicon().get(token.lemma_.lower())
    if entry is not None and entry.cls == "stance" and writer_guesses_at(token):
        return None  # "he likely wants X" is the writer's guess at a mind, not an attribution
    return entry


# Adverbs and modals with which a writer guesses at what someone wants or believes.
GUESSING_WORDS = {"likely", "probably", "perhaps", "possibly", "maybe", "surely", "presumably",
                  "may", "might", "could", "must"}


def writer_guesses_at(verb: Token) -> bool:
    """True when a stance verb is hedged by the writer ("he likely wants", "she may believe")."""
    return any(child.dep_ in ("advmod", "aux") and child.lower_ in GUESSING_WORDS for child in verb.children)


def chained_cue(token: Token) -> Token | None:
    """The lexicon verb a chain verb governs ("refused [to endorse]")."""
    for child in token.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and child.lemma_.lower() in cue_lexicon() and _says_what(child):
            return child
    return None


def _says_what(verb: Token) -> bool:
    """A governed cue with something said: not the bare "to comment" of "declined to comment"."""
    return any(c.dep_ not in ("aux", "neg", "advmod", "punct") for c in verb.children)


def chain_head(token: Token) -> Token | None:
    """The chain verb governing a cue ("[refused] to endorse"), if any."""
    head = token.head
    if token.dep_ == "xcomp" and head.i != token.i and head.lemma_.lower() in CHAIN_VERBS:
        return head
    return None


def subject_of(token: Token, depth: int = 3) -> Token | None:
    """The verb's subject, or the subject it shares with the verb it is chained to ("..., saying")."""
    for child in token.children:
        if child.dep_ in SUBJECTS:
            return child
    if depth and token.dep_ in ("xcomp", "conj", "advcl") and token.head.i != token.i:
        return subject_of(token.head, depth - 1)
    if depth and token.dep_ == "pcomp" and token.head.dep_ == "prep":  # "responded by saying ..."
        return subject_of(token.head.head, depth - 1)
    return None


def agent_of(token: Token) -> Token | None:
    """The object of a passive ``by`` phrase ("was announced by the ministry")."""
    for child in token.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def cue_particle(token: Token, entry: CueEntry) -> Token | None:
    """A preposition right after the verb that is part of the cue ("called for", "complained about")."""
    for child in token.children:
        if child.dep_ in ("prep", "prt") and child.lower_ in entry.particles and child.i == token.i + 1:
            return child
    return None


def cue_tokens(token: Token, entry: CueEntry, subject: Token | None, content_after: bool) -> tuple[int, int]:
    """Token range [start, end) of the cue phrase around the verb ``token``."""
    doc = token.doc
    chain = chain_head(token)
    if chain is not None and chain.i < token.i:
        token_start = cue_tokens(chain, entry, subject, content_after)[0]
        rest = cue_tokens_from(token, entry, content_after)
        return token_start, rest
    start = token.i
    floor = subject.right_edge.i + 1 if subject is not None and subject.i < token.i else token.sent.start
    while start - 1 >= floor and _left_modifier(doc[start - 1], token):
        start -= 1
    return start, cue_tokens_from(token, entry, content_after)


def cue_tokens_from(token: Token, entry: CueEntry, content_after: bool) -> int:
    """The end of the cue phrase: particle, time word and colon after the verb."""
    doc = token.doc
    end = token.i + 1
    particle = cue_particle(token, entry)
    if particle is not None:
        end = particle.i + 1
    elif content_after and end < len(doc) and doc[end].head.i == token.i and doc[end].dep_ in ("prt",):
        end += 1
    if end < len(doc) and doc[end].dep_ == "agent" and doc[end].head.i == token.i:
        return end + 1  # "was first reported by", "is supported by": PolNeAR keeps the "by"
    if content_after:
        end = _time_and_colon(doc, token, end)
    else:
        end = _medium(token, _time_after(doc, token, end))
    return end


TIME_ADVERBS = {"then", "later", "earlier", "today", "yesterday", "recently"}


def _time_after(doc: Doc, verb: Token, end: int) -> int:
    """"…,” he said Monday / said then": a cue that ends its sentence keeps the time words after it."""
    for child in verb.children:
        if child.i < end or child.left_edge.i != end or child.dep_ not in CUE_TIME:
            continue
        if child.ent_type_ in ("DATE", "TIME") and all(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            end = child.right_edge.i + 1
        elif child.lower_ in TIME_ADVERBS:
            end = child.i + 1
    return end


# Where something was said: "…,” she said in a statement / wrote in an email.
MEDIA = {"interview", "statement", "email", "e-mail", "op-ed", "speech", "post", "letter", "tweet", "release",
         "briefing", "call", "appearance", "message", "memo", "remarks", "blog", "column", "editorial", "video"}


def _medium(verb: Token, end: int) -> int:
    """Extend a cue that follows its content over "in a statement" (PolNeAR keeps it, up to the noun)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.i == end and child.lower_ in ("in", "during"):
            nouns = [c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() in MEDIA]
            if nouns:
                return nouns[0].i + 1
    return end


def _left_modifier(candidate: Token, verb: Token) -> bool:
    """Auxiliaries, negation and adverbs ("has also", "is once again") between subject and verb."""
    if candidate.dep_ in CUE_LEFT and (candidate.head.i == verb.i or candidate.head.head.i == verb.i):
        return candidate.pos_ != "PUNCT" and candidate.lower_ not in ("that", "so", "then", "however")
    return False


def _time_and_colon(doc: Doc, verb: Token, end: int) -> int:
    """Extend past one time word ("said Friday") and a colon ("says:") before the content."""
    if end < len(doc) and doc[end].head.i == verb.i and doc[end].dep_ in CUE_TIME and doc[end].ent_type_ in ("DATE", "TIME"):
        if end + 1 < len(doc) and doc[end + 1].dep_ != "pobj":
            end += 1
    if end < len(doc) and doc[end].text == ":":
        end += 1
    return end


def according_to(token: Token) -> tuple[Token, Token] | None:
    """(``according``, source head) for an "according to X" phrase starting at ``token``."""
    if token.lower_ != "according" or token.i + 1 >= len(token.doc):
        return None
    to = token.doc[token.i + 1]
    if to.lower_ != "to":
        return None
    objects = [c for c in to.children if c.dep_ == "pobj"]
    return (token, objects[0]) if objects else None
