"""The PLOVER coder's core: one sentence (a spaCy Span) in, coded events out.

Rules, all general: a trigger lexicon (``data/plover_lexicon.tsv``) proposes event predicates;
the trigger closest to the clause root wins (so "refused to allow" is REJECT, "threatened to
cut off" THREATEN); stated intent turns cooperation into AGREE and conflict into THREATEN;
negation turns cooperation into REJECT; "X must do Y" inside speech is a REQUEST of X.
Actors are the trigger's subject (the agent for passives), recipients its objects.
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..records import Actor, Condition, Event, Span
from .actors import actors_for, gazetteer, mentions, phrase_sector, phrase_tokens
from .lexicons import Trigger, bridge, contexts, object_classes, plover_triggers, text_of

REPORTING = frozenset(
    "say report announce tell add state claim quote confirm disclose reveal note write explain "
    "reiterate remind stress believe".split()
)
# Participles read as states, whose grammatical subject is the one acting ("Israel is opposed to").
STATIVE_PASSIVES = frozenset("oppose commit determine".split())
# Prepositions whose object is a participant even when the object only contains a name.
DIRECT_PREPS = frozenset("to with against from toward towards on upon for into of".split())
INTENT_HEADS = frozenset("willing prepared ready plan intend prepare aim".split())
FUTURE_AUX = frozenset("will would shall 'll".split())
POSSIBLE_AUX = frozenset("may might could".split())
OBLIGATION_AUX = frozenset("must should".split())
COOPERATIVE = frozenset("AGREE CONSULT SUPPORT COOPERATE AID CONCEDE RETREAT".split())
MATERIAL_CONFLICT = frozenset("SANCTION COERCE ASSAULT MOBILIZE".split())
PRONOUNS = frozenset("it he she they we i its his her their this that".split())
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")
SKIP_PREPS = frozenset("during after before since until at by as because despite following over amid like".split())
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
    return bool(_object_lemmas(token) & object_classes().get(needs, frozenset()))


def _rest_matches(token: Token, rest: tuple[str, ...]) -> bool:
    """The remaining lemmas of a multiword trigger follow ``token`` or hang off it as particles."""
    if not rest:
        return True
    doc = token.doc
    following = [t.lemma_.lower() for t in doc[token.i + 1 : token.i + 1 + len(rest)]]
    if tuple(following) == rest:
        return True
    return len(rest) == 1 and any(c.lemma_.lower() == rest[0] and c.dep_ in ("prt", "prep", "dobj") for c in token.children)


def triggers_at(token: Token) -> Optional[Trigger]:
    """The first lexicon trigger that matches at ``token`` (longest and most specific first)."""
    for key in {token.lemma_.lower(), token.lower_}:
        for trig in plover_triggers().get(key, ()):
            if token.pos_ not in POS_OK.get(trig.pos, POS_OK["ANY"]):
                continue
            if _rest_matches(token, trig.lemmas[1:]) and _needs_ok(token, trig.needs):
                return trig
    return None


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
        if trig is not None and token.dep_ == "amod" and token.pos_ == "VERB":
            continue  # "Syrian-backed militia": a modifier, not an event
        if trig is not None and not _in_negated_noun(token):
            out.append(Candidate(token, trig, depth(token)))
    return out


def _in_negated_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and any(c.lower_ in ("no",) and c.dep_ == "det" for c in token.children)


def anchor_verb(token: Token) -> Token:
    """The verb that carries the trigger's clause (the trigger itself when it is a verb)."""
    steps = 0
    while token.pos_ not in ("VERB", "AUX") and token.head != token and steps < 4:
        token, steps = token.head, steps + 1
    return token


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
        if node.lemma_.lower() in STATIVE_PASSIVES:
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


def _agents(verb: Token) -> list[Token]:
    """The by-phrase of a passive verb, also when the parser hung it on a verb below."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
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
    """The actors of a candidate: its clause subject, or the speaker when the subject is not coded."""
    verb = anchor_verb(cand.token)
    heads, _ = subject_of(verb)
    heads = [h for h in heads if h != cand.token]
    if heads and heads[0].lower_ in PRONOUNS:
        if frame is not None and subject_of(frame)[0]:
            heads = subject_of(frame)[0]
        else:
            heads = [r for r in [_resolve_pronoun(heads[0], set())] if r is not None]
    if cand.trigger.type == "REQUEST" and cand.trigger.cameo == "100" and _obligation(cand.token):
        heads = subject_of(frame)[0] if frame is not None else _speaker_heads(cand.token)
    actors = actors_for(heads, actor=True)
    if not actors and frame is not None:
        actors = actors_for(subject_of(frame)[0], actor=True)
    if not actors and heads:
        actors = domestic_actor(heads[0])
    return actors


def domestic_actor(head: Token) -> tuple[Actor, ...]:
    """An office holder without a named country ("President X") acts for the first country the
    sentence names outside his own phrase: a domestic-politics default, used only as a fallback."""
    sector = phrase_sector(head)
    if not sector:
        return ()
    own = {t.i for t in phrase_tokens(head)}
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
    heads += [c for c in verb.children if c.dep_ == "nsubjpass"]
    places = cand.trigger.type in PLACE_TARGET_TYPES
    topics = TOPIC_PREPS if cand.trigger.type in TOPIC_TYPES else frozenset()
    heads += _object_heads(token, places, topics)
    if verb != token:
        heads += [h for h in _object_heads(verb, places, topics) if token not in h.subtree or h == token]
    actor_texts = {a.text for a in actors}
    heads = [h for h in heads if h is not None]
    if topics:  # a meeting noun as object ("held talks with X on Y"): its parties, not its topic
        heads = [x for h in heads for x in ([h] if triggers_at(h) is None else _noun_parties(h, places, topics))]
    found = actors_for(heads)
    if not found:
        found = actors_for(_clause_authors(heads))
    if not found and actors:
        found = domestic_recipients(heads, actors[0].code)
    return tuple(a for a in found if a.text not in actor_texts)


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
        if sector and head.pos_ in ("NOUN", "PROPN"):
            tokens = phrase_tokens(head)
            text = text_of(head.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
            out.append(Actor(code=code, sector=sector, text=text))
            break
    return tuple(out)


def _has_intent(verb: Token) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    node = verb
    for _ in range(3):
        if node.dep_ not in ("xcomp", "acomp") or node.head == node:
            return False
        node = node.head
        if node.lemma_.lower() in INTENT_HEADS:
            return True
    return False


def _possible(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in POSSIBLE_AUX for c in verb.children)


NEGATABLE_INTENT = frozenset("plan intention intent".split())
NEGATION_CARRIERS = frozenset("go want intend plan try seek wish expect agree be".split())


def _negated(verb: Token) -> bool:
    """"not X", and "no plans to X" (a denied intention)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    # "not going to leave", "did not want to meet": a negated verb governing the trigger's clause
    if verb.dep_ == "xcomp" and head.lemma_.lower() in NEGATION_CARRIERS and any(c.dep_ == "neg" for c in head.children):
        return True
    return verb.dep_ in ("acl", "xcomp") and head.lemma_.lower() in NEGATABLE_INTENT and any(
        c.dep_ == "det" and c.lower_ == "no" for c in head.children
    )


def _as_goal(token: Token) -> bool:
    """A meeting noun named as a goal ("open to talks") rather than as something held."""
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in ("to", "toward", "towards")


def _governed_by(token: Token, verb: Token) -> bool:
    """The verb's negation reaches the trigger: the trigger is the verb, its argument, or the
    object of a preposition chain on the verb ("did not hold talks", "not up for negotiation"),
    not a word inside another noun's phrase ("no end to the talks")."""
    chain = ("pobj", "prep", "advmod", "prt", "pcomp")
    node = token
    for _ in range(6):
        if node == verb:
            return True
        if node.head == verb:  # the trigger itself, or the preposition that leads to it
            return node == token or node.dep_ in chain
        if node.dep_ not in chain or node.head == node:
            return False  # a noun in between ("appetite for talks") takes the negation itself
        node = node.head
    return False


def final_type(cand: Candidate) -> tuple[str, str]:
    """(type, mode) after intent, possibility and negation of the trigger's clause."""
    typ, mode = cand.trigger.type, cand.trigger.mode
    verb = anchor_verb(cand.token)
    negated = _negated(verb) and _governed_by(cand.token, verb)
    if negated and typ in COOPERATIVE:
        return "REJECT", "meet" if typ == "CONSULT" else ""
    if negated and typ not in ("REJECT",):
        return "", ""  # "did not threaten", "had not changed its state of alert": no event
    if typ in COOPERATIVE - {"AGREE"} and _has_intent(verb):
        return "AGREE", ""
    if typ == "CONSULT" and _as_goal(cand.token):
        return "AGREE", "meet"  # "open to talks", "no barriers to talks": willingness, not a meeting
    if typ in MATERIAL_CONFLICT and (_has_intent(verb) or _possible(verb)):
        return "THREATEN", mode
    return typ, mode


# The mode a REQUEST / REJECT / AGREE takes from the event type of its complement
# ("asked for talks" -> meet, "refused to withdraw" -> yield, "offered aid" -> aid).
COMPLEMENT_MODES = {"CONSULT": "meet", "AID": "aid", "RETREAT": "yield", "CONCEDE": "yield"}
# The mode of a threat from the type of what is threatened (COERCE keeps its own mode).
THREAT_MODES = {"ASSAULT": "violence", "SANCTION": "relations", "COERCE": "restrict", "MOBILIZE": "violence"}


def refine_mode(cand: Candidate, typ: str, mode: str) -> str:
    """Fill an empty mode from the trigger's own clause: the instrument or kind word
    (``TYPE=mode`` classes in ``plover_object_classes.tsv``), or the complement's event type."""
    if mode:
        return mode
    clause = [t for t in anchor_verb(cand.token).subtree if t.i != cand.token.i]
    if typ in ("REQUEST", "REJECT", "AGREE"):
        for tok in clause:
            trig = triggers_at(tok)
            if trig is not None and trig.type in COMPLEMENT_MODES:
                return "mediate" if trig.mode == "mediate" else COMPLEMENT_MODES[trig.type]
        return ""
    if typ == "THREATEN":  # a threat takes the kind of what is threatened
        for tok in clause:
            trig = triggers_at(tok)
            if trig is not None and trig.type in THREAT_MODES:
                return trig.mode if trig.type == "COERCE" and trig.mode else THREAT_MODES[trig.type]
    lemmas = {t.lemma_.lower() for t in clause} | {t.lower_ for t in clause}
    for name, words in object_classes().items():
        if name.startswith(typ + "=") and lemmas & words:
            return name.split("=", 1)[1]
    return ""


def cameo_and_score(cand: Candidate, typ: str) -> tuple[str, float]:
    """The CAMEO code (the trigger's when its type survived, else the type's root) and its score."""
    table = bridge()
    code = cand.trigger.cameo
    if not code or table.get(code[:2], ("",))[0] != typ:
        code = next((root + "0" for root, row in table.items() if row[0] == typ), "")
    row = table.get(code[:2])
    return code, (row[2] if row else 0.0)


def sentence_context(sent: SpacySpan, typ: str, trigger: Optional[Token] = None) -> tuple[str, ...]:
    """The PLOVER context suggested by the sentence's words, the trigger's own clause counting
    double; else the type's default."""
    table, counts = contexts(), {}
    near = {t.i for t in anchor_verb(trigger).subtree} if trigger is not None else set()
    tokens = list(sent)
    lemmas = [t.lemma_.lower() for t in tokens]
    for i, lemma in enumerate(lemmas):
        weight = 2 if tokens[i].i in near else 1
        for key in (lemma, " ".join(lemmas[i : i + 2]), " ".join(lemmas[i : i + 3])):
            if key in table:
                counts[table[key]] = counts.get(table[key], 0) + weight
    if counts:
        return (max(counts, key=lambda c: counts[c]),)
    default = table.get("@" + typ.lower())
    return (default,) if default else ()


# Verbs that pass the event on to their complement ("helped support", "helped broker a deal").
CATENATIVE = frozenset("help".split())


def _passes_on(cand: Candidate, cands: list[Candidate]) -> bool:
    if cand.token.lemma_.lower() not in CATENATIVE:
        return False
    below = {c.i for c in cand.token.children if c.dep_ in ("xcomp", "ccomp")}
    return any(other.token.i in below for other in cands)


def choose_main(cands: list[Candidate]) -> Optional[Candidate]:
    """The trigger closest to the root (then leftmost): the governing predicate wins."""
    cands = [c for c in cands if not _passes_on(c, cands)]
    if not cands:
        return None
    return min(cands, key=lambda c: (c.depth, c.token.pos_ not in ("VERB", "AUX"), c.token.i))


def build_event(cand: Candidate, sent: SpacySpan, conditions: tuple[Condition, ...] = ()) -> Optional[Event]:
    """An Event record for one candidate (offsets relative to ``sent.doc``)."""
    frame = reporting_frame(cand.token)
    typ, mode = final_type(cand)
    if not typ:
        return None
    actors = event_actors(cand, frame)
    recipients = event_recipients(cand, actors, frame)
    typ, mode, recipients = conditional_type(typ, mode, actors, recipients, conditions, cand.trigger.type)
    mode = refine_mode(cand, typ, mode)
    cameo, score = cameo_and_score(cand, typ)
    doc = sent.doc
    tok = cand.token
    return Event(
        sentence=Span.of(text_of(doc), sent.start_char, sent.end_char),
        type=typ, mode=mode, context=sentence_context(sent, typ, cand.token), actors=actors,
        recipients=recipients, conditions=conditions, score=score, cameo=cameo,
        trigger=Span.of(text_of(doc), tok.idx, tok.idx + len(tok.text)),
    )


def conditional_type(typ, mode, actors, recipients, conditions, trigger_type) -> tuple[str, str, tuple[Actor, ...]]:
    """Talks made conditional on the other side's action: a REQUEST that it yield; when the
    condition is a state that blocks the talks ("impossible as long as ..."), a REJECT (meet)."""
    if trigger_type != "CONSULT" or not conditions:
        return typ, mode, recipients
    own = {a.code for a in actors}
    conditions = tuple(c for c in conditions if c.actor not in own)  # the other side must act
    if not conditions:
        return typ, mode, recipients
    merged = list(recipients)
    for cond in conditions:
        if cond.actor and cond.actor.isupper() and cond.actor not in {a.code for a in merged}:
            merged.append(Actor(code=cond.actor))
    if any(c.polarity == "against" for c in conditions):
        return "REJECT", "meet", tuple(merged)
    return "REQUEST", "yield", tuple(merged)


def code_sentence(sent: SpacySpan, conditions: tuple[Condition, ...] = (), main_only: bool = False) -> list[Event]:
    """Events of one sentence: the governing event plus events coordinated with it."""
    cands = [c for c in candidates(sent) if _eventive(c, conditions)]
    main = choose_main(cands)
    if main is None:
        return []
    chosen = [main]
    if not main_only:
        verb = anchor_verb(main.token)
        chosen += [c for c in cands if c is not main and anchor_verb(c.token).dep_ == "conj" and anchor_verb(c.token).head == verb]
    events = [build_event(c, sent, conditions if c is main else ()) for c in chosen]
    return [e for e in events if e is not None]


def _eventive(cand: Candidate, conditions: tuple[Condition, ...]) -> bool:
    """Triggers inside a condition ("if both parties request it") are not the sentence's event,
    and a meeting noun as a subject is background ("the agreement must be ratified") unless the
    sentence puts conditions on it ("talks are contingent on ...")."""
    idx = cand.token.idx
    if any(c.span.start <= idx < c.span.end for c in conditions):
        return False
    if cand.token.pos_ == "NOUN" and cand.token.dep_ in ("nsubj", "nsubjpass"):
        return bool(conditions)
    return True


def known_codes_in(sent: SpacySpan) -> set[str]:
    """All gazetteer codes mentioned in ``sent`` (used to skip sentences with no political actor)."""
    gazetteer()
    return {m[2] for m in mentions(list(sent))}


def main_event_of_text(nlp, text: str) -> Optional[Event]:
    """Parse ``text`` (one or a few sentences) and code the main event of the first eventful sentence."""
    doc = nlp(text)
    for sent in doc.sents:
        events = code_sentence(sent, _conditions_of(sent), main_only=True)
        if events:
            return events[0]
    return None


def _conditions_of(sent: SpacySpan) -> tuple[Condition, ...]:
    try:
        from .conditions import conditions_in
    except ImportError:  # conditions are optional for the bare coder
        return ()
    return tuple(conditions_in(sent))
