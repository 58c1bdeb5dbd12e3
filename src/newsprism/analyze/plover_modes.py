"""The mode of a material PLOVER event (ASSAULT, COERCE, PROTEST, MOBILIZE) and of a threat.

A trigger line may carry a mode, but for most verbs that mode is only a guess at the usual
case ("bomb" -> explosives, "strike" -> strike-gen, "impose" -> restrict). The words of the
sentence say more: the instrument ("warplanes bombed" is an air attack, heavy-weapons; "a
suicide bomber ... killing" explosives) or the kind of act ("a hunger strike", "imposed a
curfew"). So a trigger's generic mode gives way to a kind word of its clause (then, for an
attack, of its sentence), while a mode that names the act itself (assassinate, abduct,
arrest, deport, ...) stands. Kind words are the ``TYPE=mode`` classes of
``data/plover_object_classes.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicons import object_classes
from .plover_participants import subject_of
from .plover_triggers import Candidate, anchor_verb, triggers_at

# Trigger modes that only guess the usual instrument or form: a kind word in the sentence wins.
GENERIC_MODES = frozenset("firearms explosives heavy-weapons restrict strike-gen demo-org troops".split())
# When several instruments are named, the heaviest describes the attack ("gunmen fired rockets").
INSTRUMENT_ORDER = ("heavy-weapons", "explosives", "firearms")
# An attack whose words name no instrument or kind: PLOVER's catch-all, rather than no mode.
DEFAULT_MODES = {"ASSAULT": "other"}
MATERIAL = frozenset("ASSAULT COERCE PROTEST MOBILIZE".split())

# The mode of a threat from the type of what is threatened; threatened repression of any kind
# (a ban, arrests, a curfew: CAMEO 132/137) is "restrict", except martial law, its own mode.
THREAT_MODES = {"ASSAULT": "violence", "SANCTION": "relations", "COERCE": "restrict", "MOBILIZE": "violence"}


def _words(tokens) -> set[str]:
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def _class_modes(typ: str, tokens) -> list[str]:
    """The ``typ=mode`` classes whose words occur among ``tokens``, in the order they are tried."""
    words = _words(tokens)
    found = [name.split("=", 1)[1] for name, members in object_classes().items()
             if name.startswith(typ + "=") and words & members]
    if typ == "ASSAULT":
        found.sort(key=lambda m: INSTRUMENT_ORDER.index(m) if m in INSTRUMENT_ORDER else -1)
    return found


# What an act is against or about is its topic, not its form ("rallied against the blockade").
TOPIC_PREPS = frozenset("against over about".split())


def _own_words(verb: Token) -> list[Token]:
    """The words of ``verb``'s clause outside its topic phrases."""
    topics = {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for t in c.subtree}
    return [t for t in verb.subtree if t.i not in topics]


def material_mode(cand: Candidate, typ: str, mode: str) -> str:
    """The mode of an ASSAULT, COERCE, PROTEST or MOBILIZE event (see the module docstring)."""
    if mode and mode not in GENERIC_MODES:
        return mode
    token = cand.token
    found = _class_modes(typ, _own_words(anchor_verb(token)) + _own_words(token))
    if not found and typ == "ASSAULT":  # "a suicide bomber blew himself up ..., killing three"
        found = _class_modes(typ, token.sent)
    return found[0] if found else mode or DEFAULT_MODES.get(typ, "")


def threat_mode(cand: Candidate, mode: str = "") -> str:
    """The mode of a THREATEN event: martial law when named ("prepared to impose martial law":
    the law, not "impose"), else ``mode`` (a threat mode the trigger carries), else the closest
    kind word of its clause ("force", "sanctions") or type of the act threatened ("threatened to
    attack" -> violence; "would attack", where the act itself became the threat, the same)."""
    verb = anchor_verb(cand.token)
    clause = sorted((t for t in verb.subtree if t.i != cand.token.i), key=lambda t: (_steps(t, verb), t.i))
    if "martial-law" in _class_modes("THREATEN", clause):
        return "martial-law"
    if mode:
        return mode
    for tok in clause:  # closest first: "to arrest leaders who joined the strike" threatens arrests
        found = _class_modes("THREATEN", [tok])
        trig = triggers_at(tok)
        if found or (trig is not None and trig.type in THREAT_MODES):
            return found[0] if found else THREAT_MODES[trig.type]
    return THREAT_MODES.get(cand.trigger.type, "")


def _steps(token: Token, top: Token) -> int:
    steps = 0
    while token != top and token.head != token and steps < 30:
        token, steps = token.head, steps + 1
    return steps


def protest_by_protesters(cand: Candidate, typ: str, mode: str) -> tuple[str, str]:
    """Damage or a blockade by protesters is a protest: "rioters set fire to cars" is a riot,
    "protesters blockaded the embassy" obstructs (CAMEO 145 / 144), while the same acts by a
    state coerce. Other events keep (typ, mode)."""
    heads = subject_of(anchor_verb(cand.token))[0]
    # "thousands of angry protesters": a quantity's "of" phrase names who they are
    heads += [p for h in heads for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for p in prep.children if p.dep_ == "pobj"]
    if typ not in ("COERCE", "ASSAULT") or not any(h.lemma_.lower() in PROTESTERS for h in heads):
        return typ, mode
    return "PROTEST", "obstruct" if cand.trigger.mode == "restrict" else "riot-spon"


PROTESTERS = frozenset("protester protestor demonstrator rioter striker marcher mob crowd".split())
