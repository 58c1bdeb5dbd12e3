"""Trigger matching for the PLOVER coder: which words of a sentence the lexicon proposes as events.

A trigger matches by lemma and part of speech, with the rest of a multiword trigger following
it and the object class it needs (``data/plover_object_classes.tsv``) among its arguments.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Optional

from spacy.symbols import AUX, NOUN, VERB
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .lexicons import Trigger, object_classes, plover_triggers
from .quotes import OPENING, QUOTE_MARKS

OBLIGATION_AUX = frozenset("must should".split())
PRONOUNS = frozenset("it he she they we i its his her their this that".split())
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")
POS_OK = {"VERB": ("VERB", "AUX"), "NOUN": ("NOUN", "PROPN"), "ADJ": ("ADJ",), "ANY": ("VERB", "AUX", "NOUN", "PROPN", "ADJ")}


class Candidate(NamedTuple):
    """A trigger found in a sentence, before it becomes an Event."""

    token: Token
    trigger: Trigger
    depth: int


def depth(token: Token) -> int:
    """Steps from ``token`` up to its sentence root."""
    steps = 0
    while token.head != token and steps < 50:
        token, steps = token.head, steps + 1
    return steps


def _object_lemmas(token: Token) -> set[str]:
    words: set[str] = set()
    for child in token.children:
        if child.dep_ in OBJECT_DEPS + ("nsubjpass", "prep", "prt", "compound", "amod", "pobj"):
            words.update(t.lemma_.lower() for t in child.subtree)
    if token.dep_ in ("dobj", "pobj", "nsubjpass"):  # a noun trigger's own words and its verb
        words.update(t.lemma_.lower() for t in token.subtree)
    if token.dep_ == "acl":  # "the deal, sealed by ...": a participle's object is the noun it modifies
        words.add(token.head.lemma_.lower())
    return words


def _is_purpose(token: Token) -> bool:
    return token.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _is_purpose_like(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _needs_ok(token: Token, needs: str) -> bool:
    if not needs:
        return True
    if needs == "purpose":
        return _is_purpose(token)
    if needs == "agent":  # "wants Peru to return the ships": someone else is to act
        return any(c.dep_ in ("ccomp", "xcomp") and _is_purpose_like(c) and any(
            s.dep_ == "nsubj" and s.lower_ not in PRONOUNS for s in c.children) for c in token.children)
    if needs == "party":  # "expected Venezuela to respect the order": a named party is to act
        return any(c.dep_ in ("ccomp", "xcomp") and _is_purpose_like(c) and any(
            s.dep_ == "nsubj" and _named_party(s) for s in c.children) for c in token.children)
    return bool(_object_lemmas(token) & object_classes().get(needs, frozenset()))


def _named_party(head: Token) -> bool:
    """The phrase names a country or organisation (not "us", "the tariffs")."""
    from .actors import mentions, phrase_tokens  # actors is heavier; only this rare case needs it

    return bool(mentions(phrase_tokens(head)))


def _rest_follows(token: Token, rest: tuple[str, ...]) -> bool:
    """The remaining lemmas of a multiword trigger directly follow ``token``."""
    following = [t.lemma_.lower() for t in token.doc[token.i + 1 : token.i + 1 + len(rest)]]
    return tuple(following) == rest


def _rest_separated(token: Token, rest: tuple[str, ...]) -> bool:
    """A separated particle hangs off ``token``, perhaps parsed as an adverb ("pulled its troops back")."""
    return len(rest) == 1 and any(c.lemma_.lower() == rest[0] and c.dep_ in ("prt", "prep", "dobj", "advmod")
                                  for c in token.children)


@lru_cache(maxsize=8192)  # runs for every token of every sentence; lemmas repeat
def spellings(lemma: str) -> frozenset[str]:
    """``lemma`` and its other spelling: British -ise/-isation and American -ize/-ization name
    one act ("apologised", "demobilised"); the lexicon lists one of them."""
    out = {lemma}
    for british, american in (("ise", "ize"), ("isation", "ization")):
        if lemma.endswith(british) and len(lemma) > len(british) + 2:
            out.add(lemma[: -len(british)] + american)
        elif lemma.endswith(american) and len(lemma) > len(american) + 2:
            out.add(lemma[: -len(american)] + british)
    return frozenset(out)


def triggers_at(token: Token) -> Optional[Trigger]:
    """The first lexicon trigger that matches at ``token`` (longest and most specific first).

    A particle right after the verb beats one found further on: in "called up reservists on
    Sunday" the trigger is "call up", not "call on" (whose "on" only starts a date)."""
    separated = None
    for key in spellings(token.lemma_.lower()) | {token.lower_}:
        for trig in plover_triggers().get(key, ()):
            if token.pos_ not in POS_OK.get(trig.pos, POS_OK["ANY"]):
                continue
            rest = trig.lemmas[1:]
            if rest and not _rest_follows(token, rest):
                if separated is None and _rest_separated(token, rest) and _needs_ok(token, trig.needs):
                    separated = trig
                continue
            if _needs_ok(token, trig.needs):
                return separated if separated is not None and not rest else trig
    return separated


def _refused_cessation(token: Token) -> bool:
    # imported here: plover_stances reads triggers itself (triggers_at)
    from .plover_stances import refused_cessation

    return refused_cessation(token)


def _ceased_mode(token: Token) -> str:
    from .plover_stances import ceased_mode

    return ceased_mode(token)


def _obligation(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in token.children
    ) and token.dep_ in ("ccomp", "acl", "relcl", "conj")


def candidates(sent: SpacySpan) -> list[Candidate]:
    """Every trigger in ``sent``, with its depth below the root."""
    out = []
    for token in sent:
        trig = triggers_at(token)
        if _obligation(token):  # "Libya must hand over ..." inside speech: a demand on Libya
            trig = Trigger((token.lemma_,), "VERB", "REQUEST", "", "100", "")
        elif trig is None and _denied_plan(token):
            trig = Trigger((token.lemma_,), "NOUN", "REJECT", "", "120", "")
        elif (trig is None or trig.type == "SANCTION") and _refused_cessation(token):
            trig = Trigger((token.lemma_,), "VERB", "REJECT", _ceased_mode(token), "124", "")
        elif _imperative(token):  # "Withdraw your troops," the minister told X: a demand
            trig = Trigger((token.lemma_,), "VERB", "REQUEST", _requested_mode(token, trig), "100", "")
        if trig is not None and token.dep_ == "amod" and token.pos_ == "VERB":
            continue  # "Syrian-backed militia": a modifier, not an event
        if trig is not None and token.ent_type_ in ("DATE", "TIME"):
            continue  # "from March 1": a month, not a march
        headline_verb = trig is None and headline_subjects(token)
        if headline_verb:  # "Sudan and Chad sign ceasefire": the verb the parser took for a noun
            trig = next((t for t in plover_triggers().get(token.lemma_.lower(), ()) if t.pos == "VERB" and not t.needs), None)
        if trig is not None and (trig.type == "REJECT" or not _in_negated_noun(token)):
            out.append(Candidate(token, trig, 0 if headline_verb else depth(token)))
    return out


def headline_subjects(token: Token) -> list[Token]:
    """In a verbless parse of a headline ("Sudan and Chad sign ceasefire and oil deal"), the
    names before a bare noun that modifies the root: that noun is the headline's verb and
    those names its subject."""
    root = token.head
    if token.pos != NOUN or token.tag_ != "NN" or token.dep_ != "compound" or root.dep_ != "ROOT" or root.pos != NOUN:
        return []
    return [c for c in root.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < token.i]


# The quotation marks of quotes.py as tokens, plus the typewriter pairs ``...'' it also reads
# (spaCy splits `` into two backticks and keeps '' whole). A single ' is left out for the reason
# quotes.py gives: it is mostly an apostrophe ("the allies' troops"), which would put any
# sentence in speech.
QUOTES = frozenset(QUOTE_MARKS) | {"``", "`", "''"}
# Right before a clause-opening bare verb a single ' is an opening quote, not an apostrophe
# (a nested quote: "... and say to them: 'Look, we ...'").
OPENING_QUOTES = frozenset(OPENING) | {"``", "`"}  # marks that only open a quote
CLAUSE_OPENERS = QUOTES | frozenset(": ; , '".split())


def _imperative(token: Token) -> bool:
    """A base-form verb that opens its clause with no subject or auxiliary, in quoted or
    reported speech ("Withdraw your troops," he told X; "Let them end their support"): the
    speaker demands the act of the addressee. Imperatives in news only occur in speech."""
    if token.pos not in (VERB, AUX) or token.tag_ != "VB" or token.lemma_.lower() in ("be", "do", "have"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "neg", "expl") for c in token.children):
        return False
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    if before is not None and (before.text not in CLAUSE_OPENERS or _quoted_name(token)):
        return False
    in_speech = any(t.text in QUOTES for t in token.sent) or token.dep_ in ("ccomp", "xcomp", "advcl", "parataxis")
    # the parser leaves a verb after a mark it rarely saw ("„Withdraw ...") unattached ("dep")
    unattached = token.dep_ == "dep" and before is not None and before.text in OPENING_QUOTES
    return in_speech and (token.dep_ in ("ROOT", "ccomp", "xcomp", "advcl", "parataxis") or unattached)


def _quoted_name(verb: Token) -> bool:
    """The quote opening before ``verb`` holds a title or a scare-quoted phrase, not speech: it
    closes within three words ("so-called 'pass through' income") or its words are title-cased
    ("his book 'Make Your Kid a Millionaire'")."""
    if verb.doc[verb.i - 1].text not in QUOTES:
        return False
    following = verb.doc[verb.i + 1 : min(verb.i + 4, verb.sent.end)]
    if any(t.text in QUOTES for t in following):
        return True
    words = [t for t in following if t.is_alpha and t.pos_ != "PROPN" and t.text != "I"]
    return bool(words) and words[0].text[0].isupper()


# The mode a demand, refusal or promise takes from the act it concerns (see plover_types.own_mode).
ACT_MODES = {"CONSULT": "meet", "AID": "aid", "RETREAT": "yield", "CONCEDE": "yield"}


def _requested_mode(token: Token, trig: Optional[Trigger]) -> str:
    """The mode of a demand made as an imperative: the demanded act's own ("withdraw" -> yield,
    "talk to us" -> meet) or its stance class ("stop" -> yield); "let them end ..." demands
    the act of its complement."""
    act = token
    if token.lemma_.lower() == "let":
        act = next((c for c in token.children if c.dep_ == "ccomp"), token)
        trig = triggers_at(act)
    if trig is not None and (trig.mode == "mediate" or trig.type in ACT_MODES):
        return "mediate" if trig.mode == "mediate" else ACT_MODES[trig.type]
    lemma = act.lemma_.lower()
    return next((name.split("=", 1)[1] for name, words in object_classes().items()
                 if name.startswith("STANCE=") and lemma in words), "")


PLAN_NOUNS = frozenset("plan intention intent".split())


def _denied_plan(token: Token) -> bool:
    """"has no plans to reduce its troops", "no intention of changing course": denying a plan
    to act, whatever the act, refuses it (what is refused gives the mode)."""
    if token.pos != NOUN or token.lemma_.lower() not in PLAN_NOUNS:  # the int test first: this runs on every token
        return False
    denied = any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)
    return denied and any(c.dep_ in ("acl", "xcomp", "prep", "relcl") for c in token.children)


def _in_negated_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and any(c.lower_ in ("no",) and c.dep_ == "det" for c in token.children)


def anchor_verb(token: Token) -> Token:
    """The verb that carries the trigger's clause (the trigger itself when it is a verb)."""
    steps = 0
    while token.pos_ not in ("VERB", "AUX") and token.head != token and steps < 4:
        token, steps = token.head, steps + 1
    return token
