"""Headlines that report the conditions their own body reports, found on the parse.

The sister of :mod:`.headline_conditions`. "Iran lays down terms for any dialogue with US"
over a body where the leader says "negotiations are impossible as long as ..." is a
faithful headline, but the FNC-1 stance model reads the body's "not", "never" and
"impossible" as refuting words and says ``disagree``. This check reads the agreement off
the structure:

* the headline is parsed and matched against a curated list of forms that report
  conditions or obstacles on a matter: a condition noun ("sets conditions for talks",
  "Tehran's terms", "names its price for a deal"), an obstacle noun attached to a matter
  ("a critical block to talks"), a verb that ties the matter to something ("ties talks to
  troop exit", "deal hinges on ..."), or a condition the headline states itself ("talks
  possible only if ...", "no deal unless ...");
* the body's conditions come from the same machinery as the denial check (the conditions
  layer, and each body sentence re-read), and count when the clause they govern is about
  the same matter and they state a requirement (a strong connective such as "only if",
  "contingent on", "as long as", or any connective under a negative clause: "impossible
  unless"); a bare "would help if asked" is not a term set on anything;
* a headline that denies or drops the conditions ("drops conditions for talks", "no
  preconditions") is never a report of them, and a body that itself says the matter comes
  without conditions leaves nothing to agree with.

A condition noun that names no matter ("weigh Tehran's terms") agrees with any such body
condition; the evidence then says the headline names no matter. The finding only ever
replaces a model ``disagree`` (see :mod:`.headlines`): it says the body does not justify
that call, nothing more.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..analyze.conditions import conditions_in, is_requirement
from ..records import ArticleAnalysis
from . import headline_conditions as hc
from .headline_conditions import BodyCondition, Cue, ParsedSentence
from .stance import words

AGREES = "headline-reports-conditions"

# Nouns that name terms set on a matter. Some are other things in the singular ("in stable
# condition", "a second term", "demand for oil"), so those count only in the plural.
CONDITION_NOUNS = frozenset(
    ["condition", "precondition", "term", "demand", "prerequisite", "requirement", "ultimatum", "string", "price"]
)
PLURAL_ONLY = frozenset(["condition", "term", "demand", "string"])
# Obstacles count only when attached to a matter: "a critical block to talks".
OBSTACLE_NOUNS = frozenset(["block", "obstacle", "barrier", "hurdle", "roadblock", "impediment", "obstruction"])
# Verbs that set terms: under them a condition noun is a report even without a possessor.
SETTING_VERBS = frozenset(
    ["set", "lay", "name", "issue", "impose", "attach", "outline", "spell", "list", "present", "announce", "unveil",
     "table", "state", "detail", "give", "put", "place"]
)
# "ties talks to X", "links the deal to Y", "conditions aid on Z": the object is the matter.
TYING_VERBS = frozenset(["tie", "link", "condition"])
# "talks hinge on X", "deal depends on Y": the subject is the matter.
HINGING_VERBS = frozenset(["hinge", "depend", "rest"])
# A condition noun under these is not reported as standing ("rejects conditions", "drops terms").
UNDOING_VERBS = hc.REMOVAL_VERBS | hc.REFUSAL_VERBS | frozenset(["deny", "dismiss"])
ATTACHING_PREPS = frozenset(["for", "on", "to", "of", "before"])


# ---------------------------------------------------------------- headline forms


def _undone(token: Token) -> bool:
    """True when a condition or obstacle noun is denied, dropped, refused or under a negated verb."""
    head = token.head
    if hc._denied_obstacle(token) or hc._none_determined(token):
        return True
    # any part of speech: headline parses often read "Varnia rejects ..." as a noun phrase
    return head.lemma_.lower() in UNDOING_VERBS or (head.pos_ in ("VERB", "AUX") and hc._negated_verb(head))


def _attached(token: Token) -> Token | None:
    """The matter a noun is attached to by a preposition ("terms for dialogue", "block to talks")."""
    obj = hc._prep_object(token, ATTACHING_PREPS)
    if obj is not None and obj.lemma_ == "way":  # "in the way of a deal"
        obj = hc._prep_object(obj, ("of",))
    return obj if obj is not None and obj.pos_ in ("NOUN", "VERB") else None


def _condition_noun_matter(token: Token) -> tuple[bool, Token | None]:
    """(is a report, its matter or None) for a condition noun ("sets conditions", "Tehran's terms")."""
    lemma = token.lemma_.lower()
    if lemma in PLURAL_ONLY and token.tag_ != "NNS":
        return False, None
    if any(c.dep_ == "nummod" for c in token.children):  # "two terms" in office
        return False, None
    attached = _attached(token)
    if attached is not None:
        return True, attached
    possessed = any(c.dep_ == "poss" for c in token.children)
    set_by_verb = token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in SETTING_VERBS
    if not (possessed or set_by_verb):
        return False, None
    matter = hc._prep_object(token.head, ("for", "on", "to")) if set_by_verb else None
    return True, matter if matter is not None else hc._nearest_matter(token)


def _noun_cue(doc: Doc, token: Token) -> Cue | None:
    """A cue for a reported condition or obstacle noun, or None."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or _undone(token):
        return None
    if lemma in CONDITION_NOUNS:
        reported, matter = _condition_noun_matter(token)
    elif lemma in OBSTACLE_NOUNS:
        matter = _attached(token)
        reported = matter is not None
    else:
        return None
    if not reported:
        return None
    return hc._cue(AGREES, doc, [token], matter) if matter is not None else _unnamed_cue(token)


def _unnamed_cue(token: Token) -> Cue:
    """A cue whose headline names no matter: the noun with its possessor ("Tehran's terms")."""
    first = min([token, *[c for c in token.children if c.dep_ == "poss"]], key=lambda t: t.left_edge.i).left_edge
    start, end = first.idx, token.idx + len(token.text)
    return Cue(AGREES, "", start, end, token.doc.text[start:end])


def _verb_cue(doc: Doc, token: Token) -> Cue | None:
    """"ties talks to X", "talks hinge on Y": a verb that makes a known matter depend on something."""
    lemma = token.lemma_.lower()
    if hc._negated_verb(token):
        return None
    if lemma in TYING_VERBS and token.pos_ == "VERB":
        matter = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and hc.matter_class(c)), None)
        # the parser hangs "to X" on the verb or on its object
        tied = matter is not None and (hc._prep_object(token, ("to", "on")) or hc._prep_object(matter, ("to", "on")))
    elif lemma in TYING_VERBS and token.dep_ == "compound" and hc.matter_class(token.head):
        # headline parses read "Varnia ties talks to ..." as a noun phrase "ties talks"
        matter = token.head
        tied = hc._prep_object(matter, ("to", "on")) is not None
    elif lemma in HINGING_VERBS and token.pos_ in ("VERB", "NOUN"):  # headline parses read "hinges" as a noun
        matter = next((c for c in token.children if c.dep_ in ("nsubj", "compound") and hc.matter_class(c)), None)
        tied = hc._prep_object(token, ("on", "upon")) is not None
    else:
        return None
    return hc._cue(AGREES, doc, [token], matter) if matter is not None and tied else None


def _stated_condition_cues(doc: Doc) -> list[Cue]:
    """"talks possible only if ...": a requirement the headline states on a known matter."""
    cues = []
    for sent in doc.sents:
        found = conditions_in(sent)
        # condition spans are offsets in the parsed text, as governed_clauses wants them
        ranges = [(c.span.start, c.span.end) for c in found]
        for cond, clause in zip(found, hc.governed_clauses(doc, ranges)):
            if not (is_requirement(cond) or clause.negative):
                continue  # "will attend if invited" sets no term
            cues += [Cue(AGREES, m, cond.span.start, cond.span.end, cond.span.text)
                     for m in sorted(clause.matters) if m in hc.MATTER_CLASSES]
    return cues


def agreement_cues(doc: Doc) -> list[Cue]:
    """Every form in a headline that reports conditions on a matter; none when it denies or rules one out."""
    if hc.denial_cues(doc) or hc.refusal_cues(doc):
        return []
    nouns = [c for t in doc for c in [_noun_cue(doc, t) or _verb_cue(doc, t)] if c is not None]
    return nouns + _stated_condition_cues(doc)


def _forms(lemmas) -> set[str]:
    return {form for lemma in lemmas for form in hc._forms(lemma)}


# Words without which no noun or verb form above can match (a stated condition needs a connective).
GATE_WORDS = frozenset(_forms(CONDITION_NOUNS | OBSTACLE_NOUNS | TYING_VERBS | HINGING_VERBS) | {"tied", "ties"})


def may_report_conditions(text: str) -> bool:
    """False when ``text`` has no word any agreement form needs (so it need not be parsed)."""
    return not GATE_WORDS.isdisjoint(words(text)) or hc.may_have_condition(text)


# ---------------------------------------------------------------- the body


def _supporting(cue: Cue, sentence: ParsedSentence) -> list[BodyCondition]:
    """The requirements in a body sentence that govern the cue's matter (any matter when it names none)."""
    return [c for c, clause in sentence.conditions
            if clause.matters and (not cue.matter or cue.matter in clause.matters)
            and (is_requirement(c.condition) or clause.negative)]


def _denies_in_body(cue: Cue, sentence: ParsedSentence) -> bool:
    """True when a body sentence says the matter comes without conditions (and states none on it)."""
    denied = [c for c in hc.denial_cues(sentence.doc) if not cue.matter or c.matter == cue.matter]
    return bool(denied) and not _supporting(cue, sentence)


def _reason(cue: Cue, found: Sequence[BodyCondition]) -> str:
    quoted = "; ".join(f'"{b.condition.span.text}"' + (f" ({b.holder})" if b.holder and b.holder != "writer" else "")
                       for b in found[:3])
    if not cue.matter:
        return f'The headline reports conditions ("{cue.text}", no matter named), and the body states them: {quoted}.'
    return f'The headline reports conditions on {cue.matter} ("{cue.text}"), and the body ties {cue.matter} to them: {quoted}.'


def agreement_for(cues: Sequence[Cue], sentences: Sequence[ParsedSentence], article_text: str) -> dict | None:
    """The first headline cue whose matter the body ties to requirements (and never frees of them), as evidence."""
    for cue in cues:
        found = [(c, s.span) for s in sentences for c in _supporting(cue, s)]
        if not found or any(_denies_in_body(cue, s) for s in sentences):
            continue
        cue_span = [cue.start, cue.end] if article_text[cue.start:cue.end] == cue.text else None
        return {"finding": AGREES, "headline_cue": {"span": cue_span, "text": cue.text}, "matter": cue.matter,
                "conditions": [hc._condition_evidence(c, span) for c, span in found],
                "reason": _reason(cue, [c for c, _ in found])}
    return None


def agreement_finding(article, analysis: ArticleAnalysis, body_offsets: Sequence[tuple[int, int]], parse) -> dict | None:
    """Evidence that the headline reports conditions its body reports on the same matter, or None."""
    if not article.headline or not may_report_conditions(article.headline):
        return None
    cues = agreement_cues(parse([article.headline])[0])
    if not cues:
        return None
    return agreement_for(cues, hc.parsed_body(article, analysis, body_offsets, parse), article.text)

