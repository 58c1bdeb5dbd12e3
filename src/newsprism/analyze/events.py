"""The ``newsprism_events`` component: PLOVER events for the sentences that report one.

The coder itself lives in ``plover.py`` (usable on a bare sentence). Here we only decide which
sentences are event sentences: the event needs a coded actor, and a sentence whose claim is
the writer's speculation or hedge yields no event ("he likely wants sanctions lifted" is not
the leader's demand).
"""

from __future__ import annotations

from typing import Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..records import Claim, Event
from .conditions import conditions_in
from .lexicons import drop_caches
from .plover import code_sentence
from .plover_home import drop_home_cache
from .plover_participants import reporting_frame
from .plover_triggers import anchor_verb

NOT_EVENTS = frozenset({"speculative", "hedged"})


def _covers(span, token: Token) -> bool:
    return span.start <= token.idx and token.idx + len(token.text) <= span.end


def _guess(doc: Doc, claims: list[Claim], token: Token) -> bool:
    """True when the trigger lies in a speculative or hedged claim of the writer or of
    commentators. The writer's: only when no reporting verb governs it (a claim under "says" is
    the speaker's position, even when the claims layer could not name the speaker, as in a
    headline). Commentators ("analysts said", "some observers believe": vague-collective
    sourcing) are not parties to the event, so their guesses are not events either."""
    guesses = [c for c in claims if c.modality in NOT_EVENTS and _covers(c.span, token)]
    if any(c.holder == "writer" for c in guesses) and reporting_frame(token) is None:
        return True
    commentators = {st.speaker_name for st in doc._.np_statements or []
                    if st.sourcing == "vague-collective" and _covers(st.content, token)}
    return any(c.holder in commentators for c in guesses)


def _in_speech(doc: Doc, token: Token) -> bool:
    statements = doc._.np_statements or []
    return reporting_frame(token) is not None or any(
        part.start <= token.idx < part.end for st in statements for part in (st.content, *st.content_parts)
    )


def _narrated_state(doc: Doc, token: Token) -> bool:
    """A trigger verb in the simple present in the writer's own narration of the body ("The US
    keeps 40,000 troops in the Gulf and provides aid to ..."). News reports its events in the
    past tense (the simple present is the headline's tense and the tense of quoted speech), so
    in the body's narration it describes a standing state or habit, which is background."""
    verb = anchor_verb(token)
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return token.idx >= (doc._.np_body_start or 0) and not _in_speech(doc, verb)


def _trigger_token(doc: Doc, event: Event) -> Optional[Token]:
    span = doc.char_span(event.trigger.start, event.trigger.end) if event.trigger else None
    return span[0] if span is not None and len(span) else None


def document_events(doc: Doc) -> Iterator[Event]:
    """Events of a parsed document, in text order: events with a coded actor, outside the
    writer's speculation and outside background narration."""
    claims = doc._.np_claims or []
    for sent in doc.sents:
        for event in code_sentence(sent, tuple(conditions_in(sent))):
            token = _trigger_token(doc, event)
            if not event.actors or (token is not None and (_guess(doc, claims, token) or _narrated_state(doc, token))):
                continue
            yield event


@Language.component("newsprism_events", requires=["token.dep"], assigns=["doc._.np_events"])
def events_component(doc: Doc) -> Doc:
    """Write ``doc._.np_events``."""
    doc._.np_events = list(document_events(doc))
    drop_caches(doc)
    drop_home_cache(doc)
    return doc
