"""The ``newsprism_events`` component: PLOVER events for the sentences that report one.

The coder itself lives in ``plover.py`` (usable on a bare sentence). Here we only decide which
sentences are event sentences: the event needs a coded actor, and a sentence whose claim is
the writer's speculation or hedge yields no event ("he likely wants sanctions lifted" is not
the leader's demand).
"""

from __future__ import annotations

from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Claim, Event
from .conditions import conditions_in
from .lexicons import drop_caches
from .plover import code_sentence

NOT_EVENTS = frozenset({"speculative", "hedged"})


def _writer_guess(claims: list[Claim], start: int, end: int) -> bool:
    """True when a claim of the writer's own speculation or hedging covers the offsets."""
    return any(
        c.holder == "writer" and c.modality in NOT_EVENTS and c.span.start <= start and end <= c.span.end
        for c in claims
    )


def document_events(doc: Doc) -> Iterator[Event]:
    """Events of a parsed document, in text order."""
    claims = doc._.np_claims or []
    for sent in doc.sents:
        for event in code_sentence(sent, tuple(conditions_in(sent))):
            trig = event.trigger
            if not event.actors or (trig and _writer_guess(claims, trig.start, trig.end)):
                continue
            yield event


@Language.component("newsprism_events", requires=["token.dep"], assigns=["doc._.np_events"])
def events_component(doc: Doc) -> Doc:
    """Write ``doc._.np_events``."""
    doc._.np_events = list(document_events(doc))
    drop_caches(doc)
    return doc
