"""Participants of a PLOVER event: its actors (the trigger's subject) and recipients (its objects)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ..records import Actor
from .actors import actors_for, mentions, phrase_sector, phrase_tokens, with_conjuncts
from .lexicons import text_of
from .plover_home import home_actor
from .plover_stances import SEATS
from .speaker_rules import PAIR_HEADS
from .plover_triggers import (
    PRONOUNS,
    Candidate,
    _is_purpose,
    _obligation,
    anchor_verb,
    headline_subjects,
    triggers_at,
)

REPORTING = frozenset(
    "say report announce tell add state claim quote confirm disclose reveal note write explain "
    "reiterate remind stress believe inform notify brief insist argue acknowledge admit".split()
)
# Participles read as states, whose grammatical subject is the one acting ("Israel is opposed to").
STATIVE_PASSIVES = frozenset("oppose commit determine unmoved".split())
# Prepositions whose object is a participant even when the object only contains a name.
DIRECT_PREPS = frozenset("to with against from toward towards on upon for into of".split())
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
SKIP_PREPS = frozenset("during after before since until at by as because despite following over amid like".split())


def reporting_frame(token: Token) -> Optional[Token]:
    """The reporting verb ("said", "announced") whose complement holds ``token``, if any."""
    node = token
    while node.head != node:
        if node.dep_ in ("ccomp", "xcomp", "parataxis", "conj") and node.head.lemma_.lower() in REPORTING:
            return node.head
        if node.dep_ == "ROOT":
            break
        node = node.head
    root = token.sent.root
    if root.lemma_.lower() in REPORTING and token != root:
        return root
    return None


def subject_of(verb: Token) -> tuple[list[Token], bool]:
    """(subject heads, passive) of ``verb``, climbing xcomp/conj chains when it has none."""
    node = verb
    for _ in range(5):
        if _stative(node):
            subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                return subj, False
        agents = _agents(node)
        if agents:
            return agents, True
        subj = [c for c in node.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            return subj, False
        if node.dep_ not in ("xcomp", "conj", "advcl", "acomp", "ccomp", "relcl") or node.head == node:
            break
        if node.dep_ == "relcl":  # "a senator who ..." -> the noun the clause modifies
            return [node.head], False
        node = node.head
    return [], False


# Verbs whose subject undergoes the event ("will face tariffs"): it is the recipient.
UNDERGOING = frozenset("face".split())


def _undergone(token: Token) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in UNDERGOING


def _stative(verb: Token) -> bool:
    return verb.lemma_.lower() in STATIVE_PASSIVES or verb.lower_ in STATIVE_PASSIVES


def _agents(verb: Token) -> list[Token]:
    """The by-phrase of a passive verb, also when the parser hung it on a verb below; a
    participle modifying a noun is passive too ("the deal, sealed by X and Y")."""
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"
    if not reduced and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    for tok in verb.subtree:
        if tok.dep_ == "agent":
            return [p for p in tok.children if p.dep_ == "pobj"]
    return []


def _resolve_pronoun(head: Token, exclude: set[str]) -> Optional[Token]:
    """A pronoun subject refers to the closest coded mention before it (outside ``exclude``)."""
    before = [t for t in head.sent if t.i < head.i]
    for first, last, code, _sector in reversed(mentions(before)):
        if code not in exclude:
            return head.doc[last]
    return None


def event_actors(cand: Candidate, frame: Optional[Token]) -> tuple[Actor, ...]:
    """The actors of a candidate: its possessor ("Jakarta's tariff strike", "Beijing's decision
    to hit ..."), its clause subject, or the speaker when the subject is not coded."""
    owner = _possessor(cand.token)
    if owner is not None and actors_for([owner], actor=True):
        return actors_for([owner], actor=True)
    if _undergone(cand.token):  # "Chinese steel will face tariffs, the US said": the speaker imposes
        return actors_for(subject_of(frame)[0], actor=True) if frame is not None else ()
    verb = anchor_verb(cand.token)
    heads, _ = subject_of(verb)
    heads = [h for h in heads if h != cand.token] or headline_subjects(cand.token)
    heads = [p for h in heads for p in (_talks_parties(h) or _after_dateline(h) or both_sides(h) or [h])]
    if heads and (heads[0].lower_ in PRONOUNS or _own_state(heads[0])):
        if frame is not None and subject_of(frame)[0]:
            heads = subject_of(frame)[0]
        else:
            heads = [r for r in [_resolve_pronoun(heads[0], set())] if r is not None]
    if cand.trigger.type == "REQUEST" and cand.trigger.cameo == "100" and _obligation(cand.token):
        heads = subject_of(frame)[0] if frame is not None else _speaker_heads(cand.token)
    actors = actors_for(heads, actor=True)
    if not actors and frame is not None:
        actors = actors_for(subject_of(frame)[0], actor=True)
    if not actors and heads:  # the party a condition asks to act is not the speaker's country
        actors = domestic_actor(heads[0], _condition_tokens(cand.token))
    if not actors and frame is not None and subject_of(frame)[0]:
        actors = domestic_actor(subject_of(frame)[0][0], _speech_of(cand.token, frame))
    subject = (subject_of(frame)[0][:1] if frame is not None else []) or heads[:1] or subject_of(verb)[0][:1]
    if not actors and subject and subject[0].lower_ in PRONOUNS:
        actors = earlier_subject(subject[0])
    if not actors and heads and heads[0].lower_ not in PRONOUNS:  # "police fired tear gas", in an article
        actors = home_actor(heads[0])
    return actors


# "both sides", "the two delegations", "each side": the pair of parties named before (the same
# nouns speaker names read as a pair).
PAIR_NOUNS = frozenset(PAIR_HEADS)


def both_sides(head: Token, back: int = 5) -> list[Token]:
    """The head of the last coordination of two coded parties in this or the ``back`` sentences
    before ("Kyrgyzstan and Tajikistan agree ... Both sides have accused each other")."""
    pair = head.lemma_.lower() in PAIR_NOUNS and any(
        c.lower_ in ("both", "two", "each") and c.dep_ in ("det", "nummod", "predet", "amod") for c in head.children)
    if not pair and head.lower_ != "both":  # "accepted by both"
        return []
    start = head.sent.start
    for _ in range(back):
        if start == 0:
            break
        start = head.doc[start - 1].sent.start
    for tok in reversed(head.doc[start : head.i]):
        if tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children):
            continue
        codes = {m[2] for t in with_conjuncts(tok) for m in mentions([t])}
        if len(codes) == 2:
            return [tok]
    return []


DASHES = frozenset("— – - --".split())


def _after_dateline(head: Token) -> list[Token]:
    """"ASTANA — Kyrgyzstan and Tajikistan have agreed": a wire dateline the parser took for
    the subject, with the real subject hung on it as an apposition."""
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if not (head.text.isupper() and len(head.text) > 2 and following is not None and following.text in DASHES):
        return []
    return [c for c in head.children if c.dep_ == "appos"]


def _talks_parties(head: Token) -> list[Token]:
    """"Talks between Serbia and Croatia produced an agreement": the parties of talks (or of a
    mediation) that act through them are the ones they are between, not their host or mediator."""
    trig = triggers_at(head) if head.pos_ == "NOUN" else None
    if trig is None or trig.type != "CONSULT":
        return []
    return [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
            for p in c.children if p.dep_ == "pobj"]


def _possessor(token: Token) -> Optional[Token]:
    """The named owner of an event noun, or of the noun a to-clause trigger completes ("X's
    decision / plan / move to ...")."""
    noun = token
    if token.pos_ == "VERB" and token.dep_ in ("acl", "xcomp") and token.head.pos_ == "NOUN":
        noun = token.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    owners = [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS]
    return owners[0] if owners else None


def _condition_tokens(token: Token) -> set[int]:
    """Token indices inside the conditions of ``token``'s sentence ("if the EU recognises ...")."""
    try:
        from .conditions import conditions_in
    except ImportError:  # conditions are optional for the bare coder
        return set()
    doc = token.doc
    spans = [doc.char_span(c.span.start, c.span.end, alignment_mode="expand") for c in conditions_in(token.sent)]
    return {t.i for span in spans if span is not None for t in span}


def earlier_subject(pronoun: Token, back: int = 3) -> tuple[Actor, ...]:
    """A pronoun subject with no antecedent in its sentence continues the subject of the
    sentences before it ("Iran's leader spoke on Monday. He said ..."): the coded subject of
    the nearest of the ``back`` previous sentences."""
    sent = pronoun.sent
    for _ in range(back):
        if sent.start == 0:
            break
        sent = pronoun.doc[sent.start - 1].sent
        heads = subject_of(sent.root)[0]
        frame_subjects = [h for h in heads if h.lower_ not in PRONOUNS]
        found = actors_for(frame_subjects, actor=True)
        if found:
            return found
    return ()


def _speech_of(token: Token, frame: Token) -> set[int]:
    """The reported content holding ``token``: a speaker's country is not one he speaks about
    ("the press secretary said the position on Israel was ...")."""
    node = token
    while node.head != node and node.head != frame:
        node = node.head
    return {t.i for t in node.subtree} if node.head == frame else {t.i for t in token.subtree}


# "his country", "its government": the state of whoever the possessive refers to.
STATE_NOUNS = frozenset("country nation government state administration".split())


def _own_state(head: Token) -> bool:
    return head.lemma_.lower() in STATE_NOUNS and any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in head.children)


def domestic_actor(head: Token, avoid: set[int] = frozenset()) -> tuple[Actor, ...]:
    """An office holder without a named country ("President X") acts for the first country the
    sentence names outside his own phrase and outside ``avoid`` (what he is reported saying): a
    domestic-politics default, used only as a fallback."""
    sector = phrase_sector(head)
    if not sector:
        return ()
    own = {t.i for t in phrase_tokens(head)} | set(avoid)
    for first, _last, code, _sector in mentions([t for t in head.sent]):
        if first not in own:
            tokens = phrase_tokens(head)
            text = text_of(head.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
            return (Actor(code=code, sector=sector, text=text),)
    return ()


def _speaker_heads(token: Token) -> list[Token]:
    node = token
    while node.dep_ in ("ccomp", "acl", "relcl", "conj", "xcomp") and node.head != node:
        node = node.head
        if node.pos_ in ("NOUN",):
            node = anchor_verb(node)
        subj, _ = subject_of(node)
        if subj:
            return subj
    return []


# Events done to a place, whose location names the target ("shelled villages in Chechnya");
# for verbal events a place is only where something was said ("In Jerusalem, the minister warned").
PLACE_TARGET_TYPES = frozenset("ASSAULT COERCE MOBILIZE PROTEST RETREAT AID SANCTION CONCEDE".split())


# Meetings and agreements are "on" or "about" a subject: names there are the topic, not a party.
TOPIC_TYPES = frozenset("CONSULT AGREE".split())
TOPIC_PREPS = frozenset("on about over regarding concerning".split())


def _object_heads(token: Token, places: bool = True, topics: frozenset[str] = frozenset()) -> list[Token]:
    heads = []
    for child in token.children:
        if child.dep_ in ("dobj", "dative"):
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ not in SKIP_PREPS and child.lower_ not in topics:
            pobjs = [p for p in child.children if p.dep_ == "pobj"]
            heads.extend(p for p in pobjs if child.lower_ in DIRECT_PREPS or (places and _names_place(p)))
        elif child.dep_ == "xcomp" or _is_purpose(child):
            heads.extend(_object_heads(child, places, topics))
        elif child.dep_ == "ccomp" and child.lemma_.lower() not in REPORTING:
            # "demanded that the United States match ...", "allow the planes to land"
            heads.extend(c for c in child.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in PRONOUNS)
    return heads


def _names_place(token: Token) -> bool:
    """The token itself (not a modifier deeper in its phrase) is a gazetteer name."""
    name = [t for t in token.lefts if t.dep_ == "compound"] + [token]
    name = [t for t in token.doc[name[0].i : token.i + 1]]
    return any(first <= token.i <= last for first, last, _c, _s in mentions(name))


def event_recipients(cand: Candidate, actors: tuple[Actor, ...], frame: Optional[Token]) -> tuple[Actor, ...]:
    """The recipients of a candidate: the passive subject, objects and prepositional objects."""
    token, verb = cand.token, anchor_verb(cand.token)
    heads: list[Token] = []
    if _obligation(token):
        heads = [c for c in token.children if c.dep_ in SUBJECTS]
        if heads and heads[0].lower_ in PRONOUNS:
            resolved = _resolve_pronoun(heads[0], {a.code for a in actors})
            heads = [resolved] if resolved is not None else []
    if not _stative(verb):  # "was unmoved by the demand": the subject is the one refusing
        heads += [c for c in verb.children if c.dep_ == "nsubjpass"]
    if cand.trigger.type == "CONSULT":  # "met officials at the Malian foreign ministry": whose seat it is
        heads += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "at"
                  for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in SEATS]
    if _undergone(token):  # "goods from the EU will face a duty": what faces it is the target
        heads += [c for c in verb.children if c.dep_ == "nsubj"]
    places = cand.trigger.type in PLACE_TARGET_TYPES
    topics = TOPIC_PREPS if cand.trigger.type in TOPIC_TYPES else frozenset()
    heads += _object_heads(token, places, topics)
    heads += _particle_objects(token, cand.trigger.lemmas[1:])
    if cand.trigger.type == "PROTEST":  # "gathered outside the defence ministry": the protest's target
        heads += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "outside" for p in c.children if p.dep_ == "pobj"]
    heads = [p for h in heads for p in (both_sides(h) or [h])]  # "hosted both sides"
    if any(_reciprocal(h) for h in heads):
        return actors  # "X and Y accused each other": each is the other's target
    if verb != token:
        heads += [h for h in _object_heads(verb, places, topics) if token not in h.subtree or h == token]
    actor_texts = {a.text for a in actors}
    heads = [h for h in heads if h is not None]
    if topics:  # a meeting noun as object ("held talks with X on Y"): its parties, not its topic
        heads = [x for h in heads for x in ([h] if triggers_at(h) is None else _noun_parties(h, places, topics))]
    heads += [p for h in heads if h.pos_ == "NOUN" and triggers_at(h) is None for prep in h.children
              if prep.dep_ == "prep" and prep.lower_ == "at" for p in prep.children if p.dep_ == "pobj"]
    # ("officials at the Malian foreign ministry": their office says whose officials they are)
    found = _without_venues(actors_for(heads), token.sent)
    if not found:
        found = actors_for(_clause_authors(heads))
    if not found and frame is not None:  # "told Norway it would not accept": the addressee
        own = {a.code for a in actors}
        found = tuple(a for a in actors_for(c for c in frame.children if c.dep_ in ("dobj", "dative")) if a.code not in own)
    if not found and actors:
        found = domestic_recipients(heads, actors[0].code)
    return tuple(a for a in found if a.text not in actor_texts)


def _reciprocal(head: Token) -> bool:
    """"each other", "one another"."""
    return head.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in head.children)


# A case or complaint is brought "at" or "before" a court or trade body: the venue, not the target.
CASE_NOUNS = frozenset("case complaint challenge suit lawsuit litigation proceeding proceedings arbitration".split())


def _venue_codes(sent) -> set[str]:
    out: set[str] = set()
    for tok in sent:
        if tok.lemma_.lower() not in CASE_NOUNS:
            continue
        venues = [c for c in tok.children if c.dep_ in ("compound", "nmod")]
        venues += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "before", "to", "with")
                   for p in c.children if p.dep_ == "pobj"]
        out.update(m[2] for v in venues for m in mentions(list(v.subtree)))
    return out | _broker_codes(sent)


# "Kazakh-brokered talks", "US-mediated truce": the named broker is a third party, not a target.
BROKERING = frozenset("broker mediate sponsor host".split())


def _broker_codes(sent) -> set[str]:
    brokers = [c for tok in sent if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.lemma_.lower() in BROKERING
               for c in tok.children if c.dep_ in ("npadvmod", "compound", "nmod")]
    return {m[2] for b in brokers for m in mentions(list(b.subtree))}


def _without_venues(found: tuple[Actor, ...], sent) -> tuple[Actor, ...]:
    """Recipients other than the venue of a case ("a WTO case", "a complaint at the WTO") or
    the broker of talks ("Kazakh-brokered talks")."""
    venues = _venue_codes(sent)
    return tuple(a for a in found if a.code not in venues)


def _particle_objects(token: Token, particles: tuple[str, ...]) -> list[Token]:
    """The object of the trigger's own preposition ("fired tear gas at protesters"), even one
    that usually only gives a time or place ("at")."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in particles and c.lower_ in SKIP_PREPS]
    return [p for prep in preps for p in prep.children if p.dep_ == "pobj"]


def _noun_parties(noun: Token, places: bool, topics: frozenset[str]) -> list[Token]:
    """Who an event noun names as its parties: its own modifiers ("US mediation", "Iran's offer")
    and prepositional objects outside the topic ("talks with X on Y" -> X)."""
    own = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "poss", "nmod")]
    return own + _object_heads(noun, places, topics)


def _clause_authors(heads: list[Token]) -> list[Token]:
    """Whose object it is, when a relative clause says so: "rejected the conditions that
    Tehran had set" -> Tehran (a fallback for objects that name nobody themselves)."""
    out = []
    for head in heads:
        for clause in (c for c in head.children if c.dep_ == "relcl"):
            out.extend(c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS and c.tag_ != "WDT")
    return out


def domestic_recipients(heads: list[Token], code: str) -> tuple[Actor, ...]:
    """Office holders and institutions named without a country ("President Assad", "students")
    are the actor's compatriots: a domestic-politics default, used only when no recipient has
    a code of its own."""
    out = []
    for head in heads:
        sector = phrase_sector(head)
        if sector == "MIL" and any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in head.children):
            break  # "withdrew its troops from the village": the actor's own forces, and no one else, are moved
        if sector and head.pos_ in ("NOUN", "PROPN"):
            tokens = phrase_tokens(head)
            text = text_of(head.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
            out.append(Actor(code=code, sector=sector, text=text))
            break
    return tuple(out)
