"""Conditions: "talks only if Washington ends its support", found with the dependency parse.

A connective from ``data/condition_connectives.tsv`` introduces a clause; that clause's verb
and every verb coordinated with it are one condition each ("contingent on X ending A and
withdrawing B" gives two). ``required`` is the verb's lemma with its objects ("end its
support for Israel"); ``actor`` is who must act, as a country/organisation code when the
entity layer or our gazetteer gives one, else the subject's text.

Negated forms: under a negative main clause ("impossible as long as Washington supports
Israel") a blocking connective gives polarity "against" and keeps the stated action as
``required`` ("arm Israel", against) rather than inventing its negation; a negated condition
verb ("if he did not want talks") is "against" too. Consumers read "against" as "the outcome
requires this to stop".
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Optional

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..records import Condition, Span
from .actors import mentions, phrase_code
from .lexicons import cell, rows, text_of

NEGATIVE_WORDS = frozenset("not n't never no impossible nothing cannot can't unthinkable".split())
PRONOUNS = frozenset("it he she they we its".split())
CONCESSIVE = frozenset("even".split())
# what a connective's object can be when it only points back to a requirement stated before
POINTER_WORDS = frozenset("then that this so".split())


class Connective(NamedTuple):
    """One condition connective and how it behaves."""

    words: tuple[str, ...]
    kind: str
    negative_polarity: str
    gate: str
    strength: str = "strong"


@lru_cache(maxsize=None)
def connectives() -> tuple[Connective, ...]:
    """Connectives, longest first so "only if" wins over "if"."""
    out = [
        Connective(tuple(r[0].split()), r[1], cell(r, 2, "for"), cell(r, 3), cell(r, 4, "strong"))
        for r in rows("condition_connectives.tsv")
    ]
    return tuple(sorted(out, key=lambda c: -len(c.words)))


def is_requirement(condition: Condition) -> bool:
    """True for connectives that state a requirement ("only if", "contingent on"), not a bare "if"."""
    strength = {" ".join(c.words): c.strength for c in connectives()}
    return strength.get(condition.connective, "strong") == "strong"


def needs_negative_clause(condition: Condition) -> bool:
    """True for connectives that are conditions only under a negative clause ("while", "until")."""
    gate = {" ".join(c.words): c.gate for c in connectives()}
    return gate.get(condition.connective, "") != ""


FUTURE_MODALS = frozenset("will 'll shall wo".split())


def _gate_open(conn: Connective, main: list[Token]) -> bool:
    """Whether a gated connective conditions this main clause: "negative" needs a negation ("no talks
    until ..."), "future" a future verb ("I will believe it when I see him", "will reopen once ...");
    the gate column may name both. A past or habitual "when" only times the claim."""
    gates = set(conn.gate.split())
    if not gates:
        return True
    future = any(t.lower_ in FUTURE_MODALS and t.tag_ == "MD" for t in main)
    return ("negative" in gates and _negative(main)) or ("future" in gates and future)


@lru_cache(maxsize=None)
def _first_words() -> frozenset[str]:
    return frozenset(c.words[0] for c in connectives())


def _match_at(words: list[str], i: int) -> Optional[Connective]:
    if words[i] not in _first_words():
        return None
    for conn in connectives():
        if tuple(words[i : i + len(conn.words)]) == conn.words:
            return conn
    return None


def _clause_verb(last: Token, conn: Connective) -> Optional[Token]:
    """The verb of the clause a connective introduces."""
    if conn.kind == "mark":
        head = last.head
        # a verb, or an elliptical clause: "act alone if necessary"
        return head if head.pos_ in ("VERB", "AUX", "ADJ") and head != last else None
    for child in last.children:  # prep ("on ending ...") or noun ("the day they leave")
        if child.dep_ in ("pcomp", "pobj", "relcl", "acl") and child.pos_ in ("VERB", "AUX"):
            return child
        if child.dep_ == "pobj":  # "on Washington ending ..." (gerund clause) or "on its withdrawal" (noun)
            verbs = [g for g in child.children if g.dep_ in ("acl", "relcl") and g.pos_ in ("VERB", "AUX")]
            after = child.doc[child.right_edge.i + 1] if child.right_edge.i + 1 < len(child.doc) else None
            if not verbs and after is not None and after.tag_ == "VBG":
                verbs = [after]  # the parser hung the gerund on the main verb
            return verbs[0] if verbs else child
    return None


def _negative(tokens) -> bool:
    return any(t.lower_ in NEGATIVE_WORDS or t.dep_ == "neg" for t in tokens)


def _required(verb: Token) -> str:
    """The required action: the verb's lemma and what follows it in its own clause."""
    skip = {t.i for c in verb.children if c.dep_ in ("conj", "cc", "nsubj", "nsubjpass", "mark", "punct", "aux") for t in c.subtree}
    words = [verb.lemma_ if t == verb else t.text for t in verb.subtree if t.i not in skip and t.i >= verb.i]
    neg = [t.text for t in verb.children if t.dep_ == "neg"]
    return " ".join(neg + words).strip()


def _actor(verb: Token) -> str:
    """Who must act: the clause subject's code (pronouns: the closest name before them)."""
    node = verb
    while node.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in node.children):
        node = node.head
    subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "poss")), None)
    if subj is None and node.dep_ in ("acl", "relcl") and node.head.pos_ in ("PROPN", "NOUN", "PRON"):
        subj = node.head  # "contingent on Washington ending ...": the noun is the gerund's subject
    before = node.doc[node.i - 1] if node.i > 0 else None
    if subj is None and node.tag_ == "VBG" and before is not None and before.dep_ == "pobj":
        subj = before
    if subj is None:
        return ""
    if subj.lower_ in PRONOUNS:
        found = mentions([t for t in subj.sent if t.i < subj.i])
        return found[-1][2] if found else ""
    code, _ = phrase_code(subj)
    return code or subj.text


def _span_tokens(verb: Token, start_i: int, with_conj: bool) -> tuple[int, int]:
    skip = set() if with_conj else {t.i for c in verb.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    toks = [t for t in verb.subtree if t.i not in skip and t.dep_ != "punct" and not t.is_space or t == verb]
    first = min([start_i] + [t.i for t in toks])
    last = max(t.i for t in toks)
    # a headline's condition must not run into the paragraph break after it ("...Israel\n\n")
    while last > first and (verb.doc[last].is_punct or verb.doc[last].is_space):
        last -= 1
    return first, last


def _conjuncts(verb: Token) -> list[Token]:
    out = [verb]
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX", "NOUN"):
            out.extend(_conjuncts(child))
    return out


def _main_clause(sent: SpacySpan, cond_tokens: set[int]) -> list[Token]:
    return [t for t in sent if t.i not in cond_tokens]


def conditions_in(sent: SpacySpan) -> list[Condition]:
    """Every condition in one sentence, one record per coordinated requirement (cached per Doc)."""
    cache = sent.doc.user_data.setdefault("np_conditions", {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = _find_conditions(sent)
    return list(cache[key])


def _find_conditions(sent: SpacySpan) -> list[Condition]:
    out, i = [], 0
    words = [t.lower_ for t in sent]
    while i < len(sent):
        conn = _match_at(words, i)
        if conn is None or (i > 0 and words[i - 1] in CONCESSIVE):
            i += 1
            continue
        first_tok, last = sent[i], sent[i + len(conn.words) - 1]
        verb = _clause_verb(last, conn)
        if verb is not None and _points_back(last, verb):
            out.extend(_pointer_condition(sent, conn, first_tok, last))
        elif verb is not None:
            out.extend(_conditions_for(sent, conn, first_tok, verb))
        i += len(conn.words)
    return out


def _points_back(last: Token, verb: Token) -> bool:
    """"nothing to discuss until then": the connective is a preposition of the main verb whose
    object only points back to a requirement stated before; the verb is the main clause's."""
    return last.head == verb and last.dep_ == "prep" and any(
        c.dep_ in ("pobj", "advmod", "pcomp") and c.lower_ in POINTER_WORDS for c in last.children)


def _pointer_condition(sent: SpacySpan, conn: Connective, first_tok: Token, last: Token) -> list[Condition]:
    doc, pointer = sent.doc, last.right_edge
    if not _gate_open(conn, _main_clause(sent, {t.i for t in last.subtree})):
        return []
    start, end = first_tok.idx, pointer.idx + len(pointer.text)
    return [Condition(span=Span.of(text_of(doc), start, end), connective=" ".join(conn.words),
                      required=pointer.text, actor="", polarity="for")]


def _conditions_for(sent: SpacySpan, conn: Connective, first_tok: Token, verb: Token) -> list[Condition]:
    doc = sent.doc
    whole = {t.i for t in verb.subtree} | set(range(first_tok.i, verb.i))
    negative_main = _negative(_main_clause(sent, whole))
    if not _gate_open(conn, _main_clause(sent, whole)):
        return []
    if "future" in conn.gate.split() and not any(c.dep_.startswith("nsubj") for c in verb.children):
        return []  # "will decide when to vote": a question of timing, not a condition
    out = []
    for n, v in enumerate(_conjuncts(verb)):
        lo, hi = _span_tokens(v, first_tok.i if n == 0 else v.left_edge.i, with_conj=False)
        start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
        against = (negative_main and conn.negative_polarity == "against") or _negative([c for c in v.children if c.dep_ == "neg"])
        out.append(Condition(
            span=Span.of(text_of(doc), start, end), connective=" ".join(conn.words), required=_required(v),
            actor=_actor(v), polarity="against" if against else "for",
        ))
    return out
