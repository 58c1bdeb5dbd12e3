"""Classifying a PLOVER event: its type and mode, CAMEO code and score, and context."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..records import Actor, Condition
from .lexicons import bridge, contexts, object_classes
from .modality import verb_negated
from .plover_modes import MATERIAL, material_mode, threat_mode
from .plover_stances import (
    CESSATION,
    condition_mode,
    dated_start,
    hosting_mode,
    nothing_to,
    stance_word_mode,
)
from .plover_triggers import Candidate, anchor_verb, triggers_at

# Heads that put their complement in the future: an offer or a plan ("willing to send"), or a
# schedule ("is due to travel", "is set to visit"): a future cooperative act is AGREE (PLOVER).
INTENT_HEADS = frozenset("willing prepared ready plan intend prepare aim due schedule set".split())
FUTURE_AUX = frozenset("will would shall 'll".split())
POSSIBLE_AUX = frozenset("may might could".split())
COOPERATIVE = frozenset("AGREE CONSULT SUPPORT COOPERATE AID CONCEDE RETREAT".split())
MATERIAL_CONFLICT = frozenset("SANCTION COERCE ASSAULT MOBILIZE".split())


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
    """"not X" / "no longer X" (the claims layer's reading of a negated verb), and "no plans to X"
    (a denied intention)."""
    if verb_negated(verb) and not _contrastive_not(verb):
        return True
    head = verb.head
    # "not going to leave", "did not want to meet": a negated verb governing the trigger's clause
    # "is not opposed to": a negated copula negates its predicate adjective or participle
    if verb.dep_ in ("xcomp", "acomp") and head.lemma_.lower() in NEGATION_CARRIERS and verb_negated(head):
        return True
    return verb.dep_ in ("acl", "xcomp") and head.lemma_.lower() in NEGATABLE_INTENT and any(
        c.dep_ == "det" and c.lower_ == "no" for c in head.children
    )


def _contrastive_not(verb: Token) -> bool:
    """"will need help for weeks, not days": the only "not" stands after the verb behind a
    comma and contrasts two of its modifiers; the verb itself is asserted."""
    negs = [c for c in verb.children if c.dep_ == "neg"]
    return bool(negs) and all(n.i > verb.i and n.i > 0 and n.doc[n.i - 1].text == "," for n in negs)


def _as_goal(token: Token) -> bool:
    """A meeting noun named as a goal ("open to talks") rather than as something held."""
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in ("to", "toward", "towards")


# Nouns that stand in an act's way: "an obstacle to talks" refuses them, "no barriers to talks" not.
OBSTACLES = frozenset("obstacle barrier block hurdle impediment roadblock bar".split())
# Predicates that deny an act is possible or acceptable ("talks are impossible").
DENIALS = frozenset("impossible unacceptable unthinkable inconceivable".split())


def _obstructed(token: Token) -> bool:
    """The goal noun is what an obstacle (not denied with "no") stands in the way of."""
    noun = token.head.head
    return _as_goal(token) and noun.lemma_.lower() in OBSTACLES and not any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def denied_by_predicate(token: Token) -> bool:
    """An event noun whose clause says it cannot or must not happen: "talks with X are
    impossible", "a ceasefire was unacceptable", "talks are out of the question"."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj":
        return False
    verb = token.head
    for child in verb.children:
        if child.dep_ in ("acomp", "attr") and child.lemma_.lower() in DENIALS:
            return not verb_negated(verb)
        if child.dep_ == "prep" and child.lower_ == "out" and any(
                g.lower_ == "question" for p in child.children for g in p.subtree):
            return not verb_negated(verb)
    return False


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


# Acts a negated refusal leaves open. AGREE and SUPPORT words are left out: they name the thing
# not refused ("did not reject the proposal"), which is not a commitment to it.
LEFT_OPEN = COOPERATIVE - {"AGREE", "SUPPORT"}


def negated_refusal(cand: Candidate) -> tuple[str, str]:
    """A negated refusal ("never closed the door to dialogue", "did not rule out talks", "is not
    opposed to a ceasefire") is not a refusal: two negatives make a positive. PLOVER codes what
    an actor does, so it becomes the act it leaves open: willingness to cooperate is AGREE
    (PLOVER AGREE: indicate willingness or commitment to cooperate, meet or negotiate), leaving
    force or sanctions open is THREATEN (PLOVER THREATEN covers conditional and veiled threats).
    Not refusing anything else is no event: not rejecting a proposal is not accepting it."""
    verb = anchor_verb(cand.token)
    subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    for tok in verb.subtree:
        trig = None if tok.i == cand.token.i or tok.i in subjects else triggers_at(tok)
        if trig is not None and trig.type in LEFT_OPEN:
            return "AGREE", ""  # the mode comes from the complement ("talks" -> meet)
        if trig is not None and trig.type in MATERIAL_CONFLICT:
            return "THREATEN", ""
    return "", ""


# Adverbs that put a past or perfect verb in habitual or background aspect ("has long demanded",
# "have always opposed", "has never negotiated", "had rejected talks before"): the sentence
# describes a standing position or history, not the act reported now, and the examples gold
# leaves such background uncoded. Future and modal verbs are excluded ("will never negotiate"
# is a refusal made now).
HABITUAL_ADVERBS = frozenset("long always never ever traditionally historically often frequently routinely previously before".split())
DURATION_NOUNS = frozenset("year decade month century".split())


def _past_or_perfect(verb: Token) -> bool:
    if any(c.dep_ == "aux" and (c.lower_ in FUTURE_AUX or c.lower_ in POSSIBLE_AUX or c.tag_ == "MD") for c in verb.children):
        return False
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _past_span(prep: Token) -> bool:
    """"in the past", "for years", "for decades"."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ == "in":
        return any(o.lower_ == "past" for o in objs)
    return prep.lower_ == "for" and any(o.lemma_.lower() in DURATION_NOUNS for o in objs)


def background_aspect(verb: Token) -> bool:
    """The verb reports habit or history ("has long demanded", "have in the past warned")."""
    if not _past_or_perfect(verb):
        return False
    # the verb's own modifiers, plus words the parser hung on the auxiliary ("have in the past warned")
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    group = list(verb.children) + [t for a in auxes for t in a.children]
    for child in group:
        # a modified adverb dates one act ("two days before", "long ago"): not habitual
        if child.dep_ in ("advmod", "neg") and child.lower_ in HABITUAL_ADVERBS and not any(child.children):
            return True
        if child.dep_ == "prep" and _past_span(child):
            return True
    return False


# Acts whose promise is a threat (mobilising is left out: "offered to send troops" is an offer).
FORCE_TYPES = frozenset("ASSAULT COERCE SANCTION".split())


def _promised_force(cand: Candidate) -> bool:
    """A promise verb ("vowed", "pledged", "promised to ...") whose complement is force,
    coercion or a sanction."""
    verb = cand.token
    if verb.pos_ != "VERB":
        return False
    acts = [triggers_at(c) for c in verb.children if c.dep_ in ("xcomp", "ccomp") and not verb_negated(c)]
    return any(trig is not None and trig.type in FORCE_TYPES for trig in acts)


def final_type(cand: Candidate) -> tuple[str, str]:
    """(type, mode) after intent, possibility and negation of the trigger's clause."""
    typ, mode = cand.trigger.type, cand.trigger.mode
    verb = anchor_verb(cand.token)
    negated = _negated(verb) and _governed_by(cand.token, verb)
    if background_aspect(verb):
        return "", ""
    if typ in COOPERATIVE and (denied_by_predicate(cand.token) or _obstructed(cand.token)):
        return "REJECT", own_mode(cand.trigger)  # "talks are impossible", "an obstacle to talks"
    if typ == "REQUEST" and denied_by_predicate(cand.token):
        return "REJECT", ""  # "their demands are unacceptable"
    if negated and typ == "REJECT" and cand.trigger.lemmas[0] in CESSATION:
        return typ, mode  # "will not halt construction": a refused cessation is negated by construction
    if negated and typ == "REJECT":
        return negated_refusal(cand)
    if negated and typ in COOPERATIVE:
        return "REJECT", own_mode(cand.trigger)  # "not going to leave" refuses to yield
    if negated:
        return "", ""  # "did not threaten", "had not changed its state of alert": no event
    if typ == "AGREE" and _promised_force(cand):
        return "THREATEN", ""  # "vowed to attack the capital": a promise of force threatens
    if typ in COOPERATIVE - {"AGREE"} and _has_intent(verb):
        return "AGREE", hosting_mode(cand.token) or own_mode(cand.trigger)  # "would send tents": a promise of aid (CAMEO 033)
    if typ == "CONSULT" and _as_goal(cand.token):
        return "AGREE", "meet"  # "open to talks", "no barriers to talks": willingness, not a meeting
    if typ == "CONSULT" and nothing_to(cand.token):
        return "REJECT", "meet"  # "there is nothing to discuss"
    if typ == "SANCTION" and _has_intent(verb) and not _possible(verb) and dated_start(verb):
        return typ, mode  # "will impose tariffs from March 1": an announced measure, not a threat
    if typ in MATERIAL_CONFLICT and (_has_intent(verb) or _possible(verb)):
        return "THREATEN", mode
    return typ, mode


# The mode a REQUEST / REJECT / AGREE takes from the event type of its complement
# ("asked for talks" -> meet, "refused to withdraw" -> yield, "offered aid" -> aid).
COMPLEMENT_MODES = {"CONSULT": "meet", "AID": "aid", "RETREAT": "yield", "CONCEDE": "yield"}
# The modes a threat takes (a threatened act's own mode, such as "ban", is not one of them).
THREAT_VOCABULARY = frozenset("violence relations restrict martial-law".split())
STANCE_TYPES = ("REQUEST", "REJECT", "AGREE")


def own_mode(trigger) -> str:
    """The mode an act gives a request, refusal or promise of it ("mediation" -> mediate)."""
    if trigger.mode == "mediate":
        return "mediate"
    return COMPLEMENT_MODES.get(trigger.type, "")


def _distances(anchor: Token, words: list[Token], verb: Token) -> dict[int, int]:
    """Arcs from ``anchor`` (the trigger) to each of ``words``, all inside ``verb``'s subtree
    (computed on token indices: this runs for every request, refusal and promise)."""
    heads = {t.i: t.head.i for t in words}
    heads[anchor.i], heads[verb.i] = anchor.head.i, verb.i
    up, node = {anchor.i: 0}, anchor.i
    while node != verb.i and node in heads and len(up) < 30:
        node = heads[node]
        up.setdefault(node, len(up))
    out = {}
    for tok in words:
        node, steps = tok.i, 0
        while node not in up and node in heads and steps < 30 and heads[node] != node:
            node, steps = heads[node], steps + 1
        out[tok.i] = steps + up.get(node, 60)
    return out


def _by_closeness(cand: Candidate) -> list[Token]:
    """The words of the trigger's clause outside its subject, closest in the parse first: the
    argument a request or refusal is about lies nearer than words inside that argument's own
    modifiers ("will not accept preconditions for talks" is about preconditions, not talks)."""
    verb = anchor_verb(cand.token)
    subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") for t in c.subtree}
    words = [t for t in verb.subtree if t.i != cand.token.i and t.i not in subjects]
    dist = _distances(cand.token, words, verb)
    return sorted(words, key=lambda t: (dist[t.i], t.i))


def _has_content(noun: Token) -> bool:
    """A request noun that says what it asks for ("demands to withdraw", "calls for talks")."""
    return noun.pos_ == "NOUN" and any(c.dep_ in ("acl", "prep", "xcomp") for c in noun.children)


def _stance_mode(cand: Candidate) -> str:
    """The mode of a REQUEST / REJECT / AGREE: what its closest eventive or stance word asks
    for, refuses or promises (``STANCE=mode`` classes: "terms" -> change, "intermediaries" ->
    mediate; event words by their type: "talks" -> meet, "withdraw" -> yield)."""
    stances = {name.split("=", 1)[1]: words for name, words in object_classes().items() if name.startswith("STANCE=")}
    for tok in _by_closeness(cand):
        if hosting_mode(tok):  # "offered to host talks" (whether or not "host" parses as a verb)
            return "mediate"
        trig = triggers_at(tok)
        if trig is not None and own_mode(trig):
            return hosting_mode(tok) or own_mode(trig)
        if trig is not None and trig.type == "REQUEST" and _has_content(tok):
            continue  # "rejected demands to pull back": the demanded act gives the mode, not "demands"
        lemma = tok.lemma_.lower()
        for mode, words in stances.items():
            if lemma in words or tok.lower_ in words:
                return stance_word_mode(tok, mode)
    return ""


def refine_mode(cand: Candidate, typ: str, mode: str) -> str:
    """Fill an empty mode from the trigger's own clause: the instrument or kind word
    (``TYPE=mode`` classes in ``plover_object_classes.tsv``), or the complement's event type;
    material events and threats as ``plover_modes`` says."""
    if typ in MATERIAL:
        return material_mode(cand, typ, mode)
    if typ == "THREATEN":  # a threat takes the kind of what is threatened
        return threat_mode(cand, mode if mode in THREAT_VOCABULARY else "")
    if mode:
        return mode
    if typ in STANCE_TYPES:
        return _stance_mode(cand)
    clause = [t for t in anchor_verb(cand.token).subtree if t.i != cand.token.i]
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


# Connectives that make the other side's act a requirement of an offer (not "if", which also
# introduces an invitation: "offered to send boats if Dhaka requested them").
REQUIREMENTS = frozenset(("only if", "provided that", "providing that", "on condition that", "contingent on",
                          "conditional on", "dependent on", "conditioned on"))


# What limits a refusal to the time before the other side acts ("will not sign unless / until ...").
REFUSAL_LIMITS = frozenset(("unless", "until"))


def _clause(cond: Condition, doc) -> bool:
    """The condition is a clause with a verb of its own ("until the moratorium is restored",
    "unless it includes labour protections"), not only a time ("until then"): something is
    asked to happen, even when no party is named."""
    span = doc.char_span(cond.span.start, cond.span.end, alignment_mode="expand") if doc is not None else None
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


# Verbs of consent: "talks in Brussels if both governments agree" invites, it demands nothing.
CONSENT = frozenset("agree accept consent request ask want wish approve".split())


def _consent(cond: Condition, doc) -> bool:
    """The condition only asks the other side to consent to the offer itself."""
    span = doc.char_span(cond.span.start, cond.span.end, alignment_mode="expand") if doc is not None else None
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"] if span is not None else []
    if not verbs or verbs[0].lemma_.lower() not in CONSENT or cond.connective not in ("if", "once", "when"):
        return False
    return not any(c.dep_ in ("xcomp", "ccomp") for c in verbs[0].children)  # "if the EU agreed to recognise X" demands X


def conditional_type(typ, mode, actors, recipients, conditions, trigger_type, doc=None) -> tuple[str, str, tuple[Actor, ...]]:
    """Talks (or another offer, under a strict requirement) made conditional on the other side's
    action: a REQUEST of what the condition asks of it (``plover_stances.condition_mode``); when
    the condition is a state that blocks the talks ("impossible as long as ..."), a REJECT (meet).
    Lifting one's own measure "if" the other side acts is such an offer too ("the duties would
    be lifted if Australia recognised ..."): a concession is not an invitation."""
    if typ in MATERIAL_CONFLICT and any(c.connective in ("if", "unless") for c in conditions):
        return "THREATEN", "", recipients  # "Peru faces sanctions unless it releases the crew"
    conditions = tuple(c for c in conditions if not _consent(c, doc))
    if trigger_type not in COOPERATIVE or not conditions:
        return typ, mode, recipients
    if trigger_type != "CONSULT":  # an offer "only if X does Y" is a demand on X; "if X asks" is not
        # "will not sign unless X ..." is "will sign only if X ..."; "will sign unless X objects" is an offer
        # ("will not sign until X ..." likewise: refusing until the other side acts names the price)
        strict = REQUIREMENTS | (REFUSAL_LIMITS if typ == "REJECT" else set()) | ({"if"} if trigger_type == "CONCEDE" else set())
        conditions = tuple(c for c in conditions if c.connective in strict)
    own = {a.code for a in actors}
    conditions = tuple(c for c in conditions if c.actor not in own)  # the other side must act
    if not conditions:
        return typ, mode, recipients
    merged = list(recipients)
    for cond in conditions:
        if cond.actor and cond.actor.isupper() and cond.actor not in {a.code for a in merged}:
            merged.append(Actor(code=cond.actor))
    talks = trigger_type == "CONSULT"  # talks on conditions: the other side is to act first
    if typ == "REJECT" and not any(c.actor.isupper() or _clause(c, doc) for c in conditions):
        return typ, mode, recipients  # "nothing to discuss until then": no one is asked to act
    if any(c.polarity == "against" for c in conditions):
        return "REJECT", "meet" if talks else mode, tuple(merged)
    demanded = condition_mode(doc, conditions) if doc is not None else ""
    return "REQUEST", demanded or ("yield" if talks else ""), tuple(merged)
