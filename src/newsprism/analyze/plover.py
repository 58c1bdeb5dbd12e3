"""The PLOVER coder's core: one sentence (a spaCy Span) in, coded events out.

Rules, all general: a trigger lexicon (``data/plover_lexicon.tsv``) proposes event predicates;
the trigger closest to the clause root wins (so "refused to allow" is REJECT, "threatened to
cut off" THREATEN); stated intent turns cooperation into AGREE and conflict into THREATEN;
negation turns cooperation into REJECT; "X must do Y" inside speech is a REQUEST of X.
Actors are the trigger's subject (the agent for passives), recipients its objects.

The parts live beside it: ``plover_triggers.py`` (trigger matching), ``plover_participants.py``
(actors and recipients) and ``plover_types.py`` (type, mode, CAMEO code and context).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..records import Condition, Event, Span
from .actors import gazetteer, mentions
from .lexicons import text_of
from .plover_modes import protest_by_protesters
from .plover_participants import (
    REPORTING,
    event_actors,
    event_recipients,
    reporting_frame,
)
from .plover_stances import visit_mode
from .plover_triggers import (
    OBLIGATION_AUX,
    Candidate,
    _is_purpose,
    anchor_verb,
    candidates,
)
from .plover_types import (
    cameo_and_score,
    conditional_type,
    denied_by_predicate,
    final_type,
    refine_mode,
    sentence_context,
)

# Verbs that pass the event on to their complement ("helped support", "helped broker a deal").
CATENATIVE = frozenset("help".split())


def _passes_on(cand: Candidate, cands: list[Candidate]) -> bool:
    if cand.token.lemma_.lower() not in CATENATIVE:
        return False
    below = {c.i for c in cand.token.children if c.dep_ in ("xcomp", "ccomp")}
    return any(other.token.i in below for other in cands)


def choose_main(cands: list[Candidate]) -> Optional[Candidate]:
    """The trigger closest to the root (then leftmost): the governing predicate wins. At equal
    depth a purpose clause comes last: "started a hunger strike to protest ..." reports the
    strike, done for the purpose of protesting."""
    cands = [c for c in cands if not _passes_on(c, cands)]
    if not cands:
        return None
    return min(cands, key=lambda c: (c.depth, _is_purpose(c.token), c.token.pos_ not in ("VERB", "AUX"), c.token.i))


def build_event(cand: Candidate, sent: SpacySpan, conditions: tuple[Condition, ...] = ()) -> Optional[Event]:
    """An Event record for one candidate (offsets relative to ``sent.doc``)."""
    frame = reporting_frame(cand.token)
    typ, mode = protest_by_protesters(cand, *final_type(cand))
    if not typ:
        return None
    actors = event_actors(cand, frame)
    recipients = event_recipients(cand, actors, frame)
    typ, mode, recipients = conditional_type(typ, mode, actors, recipients, conditions, cand.trigger.type, sent.doc)
    mode = visit_mode(cand.token, refine_mode(cand, typ, mode), actors, recipients)
    cameo, score = cameo_and_score(cand, typ)
    doc = sent.doc
    tok = cand.token
    return Event(
        sentence=Span.of(text_of(doc), sent.start_char, sent.end_char),
        type=typ, mode=mode, context=sentence_context(sent, typ, cand.token), actors=actors,
        recipients=recipients, conditions=conditions, score=score, cameo=cameo,
        trigger=Span.of(text_of(doc), tok.idx, tok.idx + len(tok.text)),
    )


def code_sentence(sent: SpacySpan, conditions: tuple[Condition, ...] = (), main_only: bool = False) -> list[Event]:
    """Events of one sentence: the governing event plus events coordinated with it."""
    cands = [c for c in candidates(sent) if _eventive(c, conditions)]
    main = choose_main(cands)
    if main is None:
        return []
    event = build_event(main, sent, conditions)
    if event is None:  # "'X must not be used,' she said, adding that ..."
        main = choose_main([c for c in cands if not _within(c, main)])
        event = build_event(main, sent, conditions) if main is not None else None
    if _domestic_commentary(event):
        other = choose_main([c for c in cands if c is not main and _own_clause(c, main)])
        main, event = (other, build_event(other, sent, conditions)) if other is not None else (main, event)
    if main is None:
        return []
    chosen = [main]
    if not main_only:
        verb = anchor_verb(main.token)
        chosen += [c for c in cands if c is not main and anchor_verb(c.token).dep_ == "conj" and anchor_verb(c.token).head == verb]
    events = [event] + [build_event(c, sent, ()) for c in chosen[1:]]
    return [e for e in events if e is not None]


def _within(cand: Candidate, main: Candidate) -> bool:
    """``cand`` lies in the clause of ``main``: a trigger that codes to nothing (negated, habitual)
    silences its own clause ("did not threaten to close the strait"), not the sentence's other clauses."""
    return cand.token in anchor_verb(main.token).subtree


# Verbal reactions that, between compatriots, are domestic commentary (our gold leaves it uncoded).
COMMENTARY = frozenset("ACCUSE SUPPORT".split())


def _domestic_commentary(event: Optional[Event]) -> bool:
    """"The opposition accused the government of ..., hours after Jakarta announced tariffs":
    criticism or praise between two parties of one country gives way to another event of
    the sentence (when there is one: the international act it comments on)."""
    if event is None or event.type not in COMMENTARY or event.mode or not event.recipients:
        return False
    codes = {a.code for a in event.actors}
    return len(codes) == 1 and codes == {a.code for a in event.recipients}


def _own_clause(cand: Candidate, main: Candidate) -> bool:
    """``cand`` heads a clause of its own with a subject ("hours after Jakarta announced
    tariffs"), not a word inside the commentary's object ("welcomed ... a settlement in talks")."""
    verb = anchor_verb(cand.token)
    return verb != anchor_verb(main.token) and any(c.dep_ == "nsubj" for c in verb.children)


def _eventive(cand: Candidate, conditions: tuple[Condition, ...]) -> bool:
    """Triggers inside a condition ("if both parties request it") are not the sentence's event,
    and a meeting noun as a subject is background ("the agreement must be ratified") unless the
    sentence puts conditions on it ("talks are contingent on ...")."""
    if any(_inside_condition(cand.token.idx, c) for c in conditions):
        return False
    if cand.token.pos_ == "NOUN" and cand.token.dep_ in ("nsubj", "nsubjpass"):
        return bool(conditions) or denied_by_predicate(cand.token)
    return not (_under_frame(cand.token) or _describes_source(cand.token) or _unmet_obligation(cand.token)
                or _predicted_for_another(cand.token) or _deliberation(cand))


def _inside_condition(idx: int, cond: Condition) -> bool:
    """The trigger lies after the condition's connective, inside its span (a span that also
    takes in the clause the connective hangs on, "to discuss until then", leaves that clause out)."""
    opens = cond.span.text.lower().find(cond.connective.lower())
    start = cond.span.start + max(opens, 0)
    return start <= idx < cond.span.end


def _deliberation(cand: Candidate) -> bool:
    """"The council discussed whether to send a message to X": talking over a question, with no
    "with" party, is internal deliberation; the question's parties are its topic, not the talks'."""
    verb = cand.token
    if cand.trigger.type != "CONSULT" or verb.pos_ != "VERB":
        return False
    question = any(g.dep_ == "mark" and g.lower_ == "whether" for c in verb.children for g in c.children)
    return question and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


EXPECTATION_VERBS = frozenset("expect anticipate predict doubt hope".split())


def _predicted_for_another(token: Token) -> bool:
    """"did not expect Washington to accept them": an expectation about what another party will
    do is a prediction, not that party's act (expecting to do something oneself is intent)."""
    verb = anchor_verb(token)
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in EXPECTATION_VERBS and any(
        c.dep_ == "nsubj" for c in verb.children)


# "come/fall under attack" reports an onset; any other "under" frames a standing state or framework.
ONSET_VERBS = frozenset("come fall".split())


def _under_frame(token: Token) -> bool:
    """An event noun after "under" is a standing state or framework, not an act: "has been under
    sanctions since ...", "Under the agreement, Japan will ..."."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() not in ONSET_VERBS


def _describes_source(token: Token) -> bool:
    """A trigger in a relative clause on the subject of a reporting verb describes the source
    ("an official who asked not to be named said ..."), not the event the sentence reports."""
    clause = anchor_verb(token)
    if clause.dep_ not in ("relcl", "acl"):
        return False
    noun = clause.head
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in REPORTING


def _unmet_obligation(token: Token) -> bool:
    """"The agreement must still be ratified": an obligation in the writer's own main clause is
    something that has not happened yet (inside speech it is a demand; see ``_obligation``)."""
    verb = anchor_verb(token)
    return verb.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in verb.children)


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
