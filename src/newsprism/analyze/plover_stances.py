"""What a request, refusal or offer is about, read from news phrasing (PLOVER modes).

PLOVER's REQUEST / REJECT / AGREE modes follow CAMEO's sub-codes: ``yield`` is giving
ground in a conflict (CAMEO 105 / 124: release people, ease sanctions, de-escalate: cease
fire, withdraw, end a blockade), ``change`` a change of policy or practice (CAMEO 104 / 123:
policy, rights, institutions). So what a demand to *stop* something is depends on what is
stopped: stopping shelling or a blockade yields, stopping building, drilling or importing
changes a policy. A condition set by the other side is what is demanded of it ("lifted if
the EU recognises the certificate" demands a recognition: change).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from ..records import Condition
from .lexicons import object_classes
from .modality import verb_negated
from .plover_triggers import triggers_at
from .speaker_rules import PAIR_HEADS

# Verbs that cease whatever their object names.
CESSATION = frozenset("stop halt cease end freeze suspend".split())
# What ceasing gives ground on: conflict acts (by their trigger type) and words for hostilities.
HOSTILE_TYPES = frozenset("ASSAULT COERCE SANCTION MOBILIZE THREATEN PROTEST".split())
HOSTILITIES = frozenset("war violence hostility hostilities aggression bloodshed occupation "
                        "incursion provocation harassment persecution".split())
YIELD_ACTS = {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AID": "aid"}


def _yield_words() -> frozenset[str]:
    return object_classes().get("STANCE=yield", frozenset())


def ceased_mode(verb: Token) -> str:
    """``yield`` when ``verb`` ("stop", "halt") ceases a conflict act or a yield word ("stop the
    shelling", "end the blockade"), ``change`` when it ceases some other activity ("stop
    building posts", "halt its drilling"); ``yield`` when nothing is named."""
    ceased = [t for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "attr", "nsubjpass")
              for t in c.subtree]
    if not any(t.pos_ in ("NOUN", "VERB", "PROPN") for t in ceased):
        return "yield"
    for tok in ceased:
        trig = triggers_at(tok)
        if (trig is not None and trig.type in HOSTILE_TYPES | {"RETREAT"}) or tok.lemma_.lower() in HOSTILITIES:
            return "yield"
    return "change"


def stance_word_mode(tok: Token, mode: str) -> str:
    """The mode a stance word gives, after reading what a cessation verb ceases."""
    if mode == "yield" and tok.lemma_.lower() in CESSATION and tok.pos_ in ("VERB", "NOUN"):
        return ceased_mode(tok)
    return mode


def _tokens(doc: Doc, cond: Condition) -> list[Token]:
    span = doc.char_span(cond.span.start, cond.span.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _one_condition_mode(doc: Doc, cond: Condition) -> str:
    yield_words = _yield_words()
    for tok in _tokens(doc, cond):
        trig = triggers_at(tok)
        if trig is not None and trig.type in YIELD_ACTS:
            return YIELD_ACTS[trig.type]
        if tok.lemma_.lower() in yield_words or tok.lower_ in yield_words:
            return stance_word_mode(tok, "yield")
    return "change"


def condition_mode(doc: Doc, conditions: tuple[Condition, ...]) -> str:
    """What conditions on the other side demand of it: a condition's act's own mode (withdraw,
    release -> yield; talks -> meet), a stance word's (a cessation read as above), else a
    change of policy or position ("recognises the protocols", "amends its law"). Of several
    coordinated requirements, giving ground outranks a change ("ends its support for Israel
    and withdraws its troops" demands a withdrawal)."""
    modes = [_one_condition_mode(doc, c) for c in conditions]
    for preferred in ("yield", "meet", "aid"):
        if preferred in modes:
            return preferred
    return modes[0] if modes else ""


def nothing_to(token: Token) -> bool:
    """"there is nothing to discuss", "nothing to negotiate with X": talks declared pointless."""
    head = token.head
    return token.pos_ == "VERB" and token.dep_ in ("relcl", "acl", "xcomp") and head.lower_ == "nothing"


# A future measure "from March 1", "starting next week", "as of Monday", "effective immediately".
START_WORDS = frozenset("from starting beginning effective as".split())
TIME_WORDS = frozenset("january february march april may june july august september october november "
                       "december monday tuesday wednesday thursday friday saturday sunday week month year "
                       "today tomorrow immediately midnight".split())


def dated_start(verb: Token) -> bool:
    """The verb's clause gives the measure a start date: an announced measure, not a threat
    (the date phrase may hang on the object: "tariffs on wine imported from X from December 15")."""
    for tok in verb.subtree:
        if tok.lower_ in START_WORDS and tok.dep_ in ("prep", "advcl", "advmod", "acl") and any(
                t.ent_type_ in ("DATE", "TIME") or t.lower_ in TIME_WORDS for t in tok.subtree if t != tok):
            return True
    return False


# Hosting these for others is offering a venue for their talks: mediation (CAMEO 039 / 045).
MEETING_ROUNDS = frozenset("talk talks round rounds negotiation negotiations".split())


def hosting_mode(token: Token) -> Optional[str]:
    """``mediate`` when ``token`` hosts talks or rounds of talks rather than a guest."""
    if token.lemma_.lower() != "host":
        return None
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in MEETING_ROUNDS or o.lower_ in MEETING_ROUNDS for o in objects):
        return "mediate"
    if any(_pair(o) for o in objects):  # "would host both sides": others' talks
        return "mediate"
    return None


def _pair(noun: Token) -> bool:
    """"both sides", "the two delegations", "Serbia and Kosovo": two parties hosted together."""
    both = noun.lemma_.lower() in PAIR_HEADS and any(
        c.lower_ in ("both", "two") and c.dep_ in ("det", "nummod", "predet", "amod") for c in noun.children)
    return both or any(c.dep_ == "conj" for c in noun.children)


# Seats of a government: meeting someone at one is going to them.
SEATS = frozenset("ministry palace office headquarters residence chancellery parliament kremlin".split())


def visit_mode(token: Token, mode: str, actors, recipients) -> str:
    """``visit`` for a meeting held at the other side's seat ("met officials at the Malian
    foreign ministry"): PLOVER CONSULT's visit is travelling to meet, meet a neutral venue."""
    if mode != "meet" or token.pos_ != "VERB" or not recipients:
        return mode
    if {a.code for a in recipients} & {a.code for a in actors}:
        return mode
    places = [p for c in [token, *[o for o in token.children if o.dep_ == "dobj"]] for prep in c.children
              if prep.dep_ == "prep" and prep.lower_ == "at" for p in prep.children if p.dep_ == "pobj"]
    return "visit" if any(p.lemma_.lower() in SEATS or p.lower_ in SEATS for p in places) else mode


def refused_cessation(token: Token) -> bool:
    """"will not halt construction", "would not stop filling the dam": a negated future or
    modal cessation verb refuses to stop (a past one, "did not stop the car", reports none)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in CESSATION or not verb_negated(token):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "wo") for c in token.children)
