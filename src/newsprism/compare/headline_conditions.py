"""Headlines that deny the conditions their own body reports, found on the parse.

"Iran's leader sees no barriers to talks" over a body where the leader says "talks were
possible if the United States ended its support for Israel" is a contradiction that the
FNC-1 stance features cannot see: the body has no refuting words, and a negated headline
reads as agreement there. This check reads it off the structure instead:

* the headline is parsed and matched against a curated list of forms that deny conditions
  or obstacles ("no barriers to M", "M without preconditions", "unconditional M",
  "nothing stands in the way of M", "drops preconditions for M"), which gives the matter M;
* the body's conditions come from the conditions layer (Claim and Event conditions); the
  sentence of each is parsed to find the clause the condition governs, and the condition
  counts when that clause is about the same matter ("talks were possible if ...", "Iran
  would not negotiate while ...");
* a body that itself says the matter comes without conditions ("talks will resume without
  preconditions") is the headline's source, not its contradiction: nothing is flagged.

The converse uses the same parts: a headline that rules the matter out ("X rules out
talks", "no talks with Y") over a body where the matter is possible on conditions.
Matters are compared through small synonym classes (talks ~ negotiations ~ negotiate),
else by lemma.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from spacy.tokens import Doc, Token

from ..analyze.conditions import conditions_in, connectives
from ..records import ArticleAnalysis, Condition, Span, Statement
from .stance import MAX_SENTENCES, words

DENIES = "headline-denies-conditions"
RULES_OUT = "headline-rules-out-conditional"

# Nouns that name a condition or an obstacle ("no barriers", "without preconditions").
OBSTACLE_NOUNS = frozenset(
    "barrier obstacle precondition condition string hurdle impediment roadblock obstruction "
    "prerequisite caveat demand bar".split()
)
# Verbs under which a negated obstacle says "there are none" ("sees no barriers", "there are
# no obstacles", "sets no conditions"). Not "accept" or "want": "will not accept
# preconditions" is a demand that talks have none, not a report that they have none.
EXISTENCE_VERBS = frozenset(
    "be see have set impose attach face find exist remain stand place put lay make need require know".split()
)
NONE_DETERMINERS = frozenset("no zero".split())
NOBODY = frozenset("nothing nobody none".split())
ABSENCE_MODIFIERS = frozenset("unconditional unconditionally".split())
BLOCKING_VERBS = frozenset("stand block prevent hinder obstruct impede stop bar delay".split())
REMOVAL_VERBS = frozenset("drop waive scrap abandon remove lift clear shelve".split())
REFUSAL_VERBS = frozenset("reject refuse spurn shun snub exclude".split())
# Verbs that carry a matter noun: negated, they refuse it ("will not hold talks").
LIGHT_VERBS = frozenset("hold have enter join open start begin attend seek want accept".split())
# A condition on the matter failing is not a precondition for it ("talks could collapse if ...").
FAILURE_PREDICATES = frozenset("collapse fail end stall break derail founder suspend halt cancel".split())
# Prepositions that attach the matter to an obstacle: "barriers to talks", "conditions on aid".
MATTER_PREPS = frozenset("to for on of in against before".split())
MATTER_CLASSES = {
    "talks": "talk talks negotiation negotiate dialogue dialog discussion summit meeting meet engagement",
    "deal": "deal agreement accord pact treaty",
    "aid": "aid assistance relief funding loan bailout",
    "ceasefire": "ceasefire truce armistice",
}
MATTER_OF = {lemma: name for name, lemmas in MATTER_CLASSES.items() for lemma in lemmas.split()}
MATTER_POS = frozenset({"NOUN", "VERB"})


@dataclass(frozen=True)
class Cue:
    """A form in a parsed text that denies conditions on (or rules out) a matter."""

    kind: str  # DENIES or RULES_OUT
    matter: str  # a MATTER_CLASSES name, or the matter word's lemma
    start: int  # character offsets in the parsed text
    end: int
    text: str


@dataclass(frozen=True)
class BodyCondition:
    """A condition of the body with who holds the claim it belongs to."""

    condition: Condition
    holder: str = ""


# ---------------------------------------------------------------- matters


def matter_class(token: Token) -> str:
    """The matter class of a word ("negotiations" -> "talks"), or ""."""
    return MATTER_OF.get(token.lemma_.lower()) or MATTER_OF.get(token.lower_, "")


def matter_key(token: Token) -> str:
    """What a word is about: its matter class, else its lemma."""
    return matter_class(token) or token.lemma_.lower()


def _nearest_matter(token: Token) -> Token | None:
    """The closest known matter word up the tree, then anywhere in the sentence."""
    node = token
    while True:
        if node.i != token.i and matter_class(node):
            return node
        args = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "xcomp", "attr") and matter_class(c)]
        if args:
            return args[0]
        if node.head.i == node.i:
            break
        node = node.head
    known = [t for t in token.sent if matter_class(t)]
    return min(known, key=lambda t: abs(t.i - token.i)) if known else None


def _prep_object(token: Token, preps: Iterable[str]) -> Token | None:
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _attached_matter(token: Token) -> Token | None:
    """The matter an obstacle is attached to ("barriers to talks", "in the way of a deal")."""
    obj = _prep_object(token, MATTER_PREPS)
    if obj is not None and obj.lemma_ == "way":
        obj = _prep_object(obj, ("of",))
    if obj is not None and obj.pos_ == "NOUN":
        return obj
    return _nearest_matter(token)


# ---------------------------------------------------------------- headline forms


def _none_determined(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in NONE_DETERMINERS for c in token.children)


def _negated_verb(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _denied_obstacle(token: Token) -> bool:
    """True when an obstacle noun is said not to exist ("no barriers", "without preconditions")."""
    head = token.head
    governed_by_verb = token.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX")
    if _none_determined(token):  # as an object, only of a verb of existence: "accepts no preconditions" is a demand
        return token.dep_ != "dobj" or head.lemma_ in EXISTENCE_VERBS
    if token.dep_ == "pobj" and head.lower_ == "without":
        # "no talks without preconditions" states a condition: the attachment must not be negated
        return not (_none_determined(head.head) or _negated_verb(head.head))
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ == "free":
        return True
    if governed_by_verb and head.lemma_ in EXISTENCE_VERBS and _negated_verb(head):
        return True
    return token.dep_ in ("dobj", "nsubjpass") and head.lemma_ in REMOVAL_VERBS and not _negated_verb(head)


def _blocking_matter(verb: Token) -> Token | None:
    """"nothing stands in the way of M", "no obstacle blocks M", "X will not stand in the way of M"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "acl":  # "there is nothing standing in the way of ..."
        subject = verb.head
    nobody = subject is not None and (subject.lower_ in NOBODY or _none_determined(subject))
    if not nobody and not (verb.lemma_ == "stand" and _negated_verb(verb)):
        return None
    if verb.lemma_ == "stand":
        way = _prep_object(verb, ("in",))
        return _prep_object(way, ("of",)) if way is not None and way.lemma_ == "way" else None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if obj is not None else _nearest_matter(verb)


def _denial_words(token: Token) -> list[Token]:
    """The words that carry a denial besides the obstacle: "drops", "nothing" (for the evidence span)."""
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass") and head.lemma_ in REMOVAL_VERBS:
        return [head, token]
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NOBODY | {"one"}]
    if token.dep_ == "acl" and head.lower_ in NOBODY:
        subjects.append(head)
    return subjects + [token]


def _denial_at(token: Token) -> tuple[list[Token], Token] | None:
    """(cue words, matter word) when ``token`` heads a form that denies conditions."""
    lemma = token.lemma_.lower()
    if lemma in OBSTACLE_NOUNS and token.pos_ == "NOUN" and _denied_obstacle(token):
        matter = _attached_matter(token)
    elif token.lower_ in ABSENCE_MODIFIERS or lemma in ABSENCE_MODIFIERS:
        matter = token.head if token.dep_ == "amod" else _nearest_matter(token)
    elif lemma in BLOCKING_VERBS and token.pos_ == "VERB":
        matter = _blocking_matter(token)
    else:
        return None
    return (_denial_words(token), matter) if matter is not None else None


def _object_matter(verb: Token) -> Token | None:
    """A known matter as the object of a verb of refusal ("rules out talks", "refuses to negotiate")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "xcomp", "pcomp", "nsubjpass") and matter_class(child):
            return child
    return None


def _refusal_at(token: Token) -> Token | None:
    """The matter word when ``token`` rules a known matter out, else None."""
    lemma = token.lemma_.lower()
    ruled_out = lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
    if (ruled_out or lemma in REFUSAL_VERBS) and token.pos_ == "VERB" and not _negated_verb(token):
        return _object_matter(token)
    if matter_class(token) == "talks" and token.pos_ == "NOUN" and _none_determined(token):
        return token  # "no talks with Washington" (but "No deal" over a breakdown reports, it does not refuse)
    if matter_class(token) and token.pos_ == "VERB" and _negated_verb(token):
        return token  # "will not negotiate"
    if lemma in LIGHT_VERBS and token.pos_ == "VERB" and _negated_verb(token):
        return next((c for c in token.children if c.dep_ == "dobj" and matter_class(c)), None)  # "won't hold talks"
    if lemma == "table" and token.head.lower_ == "off":
        return _nearest_matter(token)  # "talks off the table"
    return None


def _cue(kind: str, doc: Doc, cue_words: Sequence[Token], matter: Token) -> Cue:
    every = [*cue_words, matter]
    # the cue span reaches back to its negator: "no barriers", "does not see barriers"
    negators = [c for t in cue_words for c in t.children if c.dep_ in ("det", "neg") and c.lower_ not in ("a", "an", "the")]
    first = min([*every, *negators], key=lambda t: t.i)
    if first.lower_ == "n't" and first.i > 0:  # "won't": keep the auxiliary the contraction hangs on
        first = doc[first.i - 1]
    last = max(every, key=lambda t: t.i)
    start, end = first.idx, last.idx + len(last.text)
    return Cue(kind, matter_key(matter), start, end, doc.text[start:end])


def denial_cues(doc: Doc) -> list[Cue]:
    """Every form in ``doc`` that denies conditions or obstacles on a matter."""
    found = [_denial_at(t) for t in doc]
    return [_cue(DENIES, doc, *pair) for pair in found if pair is not None]


def refusal_cues(doc: Doc) -> list[Cue]:
    """Every form in ``doc`` that rules a known matter out, unless ``doc`` states a condition itself."""
    if any(conditions_in(sent) for sent in doc.sents):
        return []  # "no talks unless ..." is a conditional refusal, which the body may well report
    return [_cue(RULES_OUT, doc, [t], m) for t in doc for m in [_refusal_at(t)] if m is not None]


def headline_cues(doc: Doc) -> list[Cue]:
    """The headline's denials and refusals; none when the headline states a condition itself."""
    if any(conditions_in(sent) for sent in doc.sents):
        return []
    return denial_cues(doc) + refusal_cues(doc)


# ---------------------------------------------------------------- body conditions


def body_conditions(analysis: ArticleAnalysis, body_start: int) -> list[BodyCondition]:
    """The conditions the analysis found in the body, once each, with the holder of their claim."""
    found: dict[tuple[int, int], BodyCondition] = {}
    for claim in analysis.claims:
        for cond in claim.conditions:
            if cond.span.start >= body_start:
                found.setdefault((cond.span.start, cond.span.end), BodyCondition(cond, claim.holder))
    for event in analysis.events:
        for cond in event.conditions:
            if cond.span.start >= body_start:
                found.setdefault((cond.span.start, cond.span.end), BodyCondition(cond))
    return sorted(found.values(), key=lambda b: b.condition.span.start)


def _anchor(doc: Doc, start: int, region: set[int]) -> Token | None:
    """The word outside every condition that the condition starting at ``start`` hangs from."""
    node = next((t for t in doc if t.idx >= start), None)
    while node is not None and node.i in region:
        if node.head.i == node.i:
            return None
        node = node.head
    return node


class Governed(NamedTuple):
    """What a condition governs: the matters of its clause, and whether that clause is negative."""

    matters: frozenset[str]
    negative: bool = False  # "would not negotiate while ...", "impossible as long as ..."


NEGATIVE_WORDS = frozenset({"not", "n't", "never", "no", "impossible", "cannot"})


def _governed(anchor: Token | None, region: set[int]) -> Governed:
    if anchor is None or anchor.lemma_.lower() in FAILURE_PREDICATES:
        return Governed(frozenset())
    tokens = [t for t in anchor.subtree if t.i not in region]
    if anchor.dep_ in ("acl", "relcl"):  # "any talks held while ...": the clause describes its noun
        tokens.append(anchor.head)
    negative = any(t.dep_ == "neg" or t.lower_ in NEGATIVE_WORDS for t in tokens)
    return Governed(frozenset(matter_key(t) for t in tokens if t.pos_ in MATTER_POS), negative)


def governed_clauses(doc: Doc, ranges: Sequence[tuple[int, int]]) -> list[Governed]:
    """For each condition range (offsets in ``doc``), the clause it governs: its matters and negation."""
    region = {t.i for t in doc for start, end in ranges if start <= t.idx < end}
    return [_governed(_anchor(doc, start, region), region) for start, _ in ranges]


@dataclass(frozen=True)
class ParsedSentence:
    """One body sentence, its parse and the body conditions inside it with the clauses they govern."""

    span: Span
    doc: Doc
    conditions: tuple[tuple[BodyCondition, Governed], ...] = ()

    def conditions_on(self, matter: str, positive_only: bool = False) -> list[BodyCondition]:
        """The conditions that govern a clause about ``matter`` (only non-negative clauses if asked)."""
        return [c for c, clause in self.conditions
                if matter in clause.matters and not (positive_only and clause.negative)]


def _speaker_of(span: Span, statements: Sequence[Statement]) -> str:
    """Who says the text at ``span``: the speaker of the statement whose content covers it."""
    for st in statements:
        if any(part.start <= span.start and span.end <= part.end for part in (st.content, *st.content_parts)):
            return st.speaker_name or (st.speaker.text if st.speaker else "")
    return ""


def _conditions_of(doc: Doc, sentence: Span, text: str, known: Sequence[BodyCondition],
                   statements: Sequence[Statement]) -> list[BodyCondition]:
    """The layer's conditions inside ``sentence``, plus those the conditions finder reads on this parse.

    The claims layer gives a claim the conditions of its clause, but a sentence that makes no
    claim (a question, a writer's guess) or an analysis without that layer has none; reading
    the sentence again finds them.
    """
    inside = {(c.condition.span.start, c.condition.span.end): c for c in known
              if sentence.start <= c.condition.span.start and c.condition.span.end <= sentence.end}
    for sent in doc.sents:
        for cond in conditions_in(sent):
            span = Span.of(text, cond.span.start + sentence.start, cond.span.end + sentence.start)
            inside.setdefault((span.start, span.end), BodyCondition(replace(cond, span=span), _speaker_of(span, statements)))
    return sorted(inside.values(), key=lambda c: c.condition.span.start)


def parse_sentences(parse, sentences: Sequence[Span], text: str, known: Sequence[BodyCondition] = (),
                    statements: Sequence[Statement] = ()) -> list[ParsedSentence]:
    """Parse ``sentences`` (Spans of ``text``, the Article.text) and give each its conditions with their matters."""
    out = []
    for span, doc in zip(sentences, parse([s.text for s in sentences])):
        inside = _conditions_of(doc, span, text, known, statements)
        ranges = [(c.condition.span.start - span.start, c.condition.span.end - span.start) for c in inside]
        out.append(ParsedSentence(span, doc, tuple(zip(inside, governed_clauses(doc, ranges)))))
    return out


# ---------------------------------------------------------------- the check


def _forms(lemma: str) -> set[str]:
    """Rough inflections of a verb, enough for a word gate before parsing ("dropped", "rules")."""
    return {lemma, lemma + "s", lemma + "es", lemma + "d", lemma + "ed", lemma + "ing", lemma[:-1] + "ing",
            lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}


# Words without which no form above can match: texts without any are never parsed.
GATE_WORDS = frozenset(
    set(NONE_DETERMINERS | NOBODY | ABSENCE_MODIFIERS)
    | {"not", "n't", "never", "cannot", "without", "free", "off", "stood"}
    | {form for verb in REMOVAL_VERBS | REFUSAL_VERBS | BLOCKING_VERBS | {"rule"} for form in _forms(verb)}
)


def may_have_cue(text: str) -> bool:
    """False when ``text`` has none of the words a denial or refusal needs (so it need not be parsed)."""
    return not GATE_WORDS.isdisjoint(words(text))


def may_have_condition(text: str) -> bool:
    """False when ``text`` has no condition connective ("only if", "as long as", ...) as a word sequence."""
    tokens = words(text)
    present = set(tokens)  # a connective whose words are not all in the text cannot match: no scan
    return any(tuple(tokens[i:i + len(c.words)]) == c.words for c in connectives() if present.issuperset(c.words)
               for i in range(len(tokens)))


def spacy_parser(model: str = "", syntax_only: bool = False):
    """A function from texts to parsed Docs: the analysis pipeline's spaCy model (``model``, default
    the configured one), without newsprism's components; with ``syntax_only``, without its named
    entities too (tags, lemmas and dependencies are the same: the recogniser runs last, on its own
    token vectors, and takes about half of a headline's parse)."""
    from ..analyze.pipeline import load_pipeline

    nlp = load_pipeline(model) if model else load_pipeline()
    skip = [name for name in nlp.pipe_names if name.startswith("newsprism_") or (syntax_only and name == "ner")]
    return lambda texts: list(nlp.pipe(texts, disable=skip))


def _echoes(cue: Cue, sentence: ParsedSentence) -> bool:
    """True when a body sentence says what the headline says, without a condition on the matter."""
    if cue.kind == DENIES:
        return not sentence.conditions_on(cue.matter) and any(c.matter == cue.matter for c in denial_cues(sentence.doc))
    return any(c.matter == cue.matter for c in refusal_cues(sentence.doc))


def _condition_evidence(found: BodyCondition, sentence: Span) -> dict:
    cond = found.condition
    return {"span": [cond.span.start, cond.span.end], "text": cond.span.text[:400], "connective": cond.connective,
            "required": cond.required, "actor": cond.actor, "polarity": cond.polarity, "holder": found.holder,
            "sentence": [sentence.start, sentence.end]}


def _reason(cue: Cue, found: Sequence[BodyCondition]) -> str:
    quoted = "; ".join(f'"{b.condition.span.text}"' + (f" ({b.holder})" if b.holder and b.holder != "writer" else "")
                       for b in found[:3])
    if cue.kind == DENIES:
        return f'The headline says "{cue.text}", but the body ties {cue.matter} to conditions: {quoted}.'
    return f'The headline says "{cue.text}", but the body makes {cue.matter} possible on conditions: {quoted}.'


def finding_for(cues: Sequence[Cue], sentences: Sequence[ParsedSentence], article_text: str) -> dict | None:
    """The first headline cue whose matter the body puts conditions on (and does not echo), as evidence."""
    for cue in cues:
        # "rules out talks" contradicts "talks possible only if ...", not "would not negotiate while ..."
        found = [(c, s.span) for s in sentences for c in s.conditions_on(cue.matter, positive_only=cue.kind == RULES_OUT)]
        if not found or any(_echoes(cue, s) for s in sentences):
            continue
        # headline offsets are Article.text offsets when the text starts with the headline (the record contract)
        cue_span = [cue.start, cue.end] if article_text[cue.start:cue.end] == cue.text else None
        return {"finding": cue.kind, "headline_cue": {"span": cue_span, "text": cue.text}, "matter": cue.matter,
                "conditions": [_condition_evidence(c, span) for c, span in found],
                "reason": _reason(cue, [c for c, _ in found])}
    return None


def _body_sentences(analysis: ArticleAnalysis, text: str, body_start: int, fallback: Sequence[tuple[int, int]]) -> list[Span]:
    spans = [s for s in analysis.sentences if s.start >= body_start]
    return (spans or [Span.of(text, start, end) for start, end in fallback])[:MAX_SENTENCES]


def structural_finding(article, analysis: ArticleAnalysis, body_offsets: Sequence[tuple[int, int]], parse) -> dict | None:
    """Evidence that the headline denies conditions the body reports (or rules out what the body allows), or None."""
    if not article.headline or not may_have_cue(article.headline):
        return None
    cues = headline_cues(parse([article.headline])[0])
    if not cues:
        return None
    return finding_for(cues, parsed_body(article, analysis, body_offsets, parse), article.text)


def parsed_body(article, analysis: ArticleAnalysis, body_offsets: Sequence[tuple[int, int]], parse) -> list[ParsedSentence]:
    """The body sentences that may hold a condition or a denial, parsed, with the conditions in each."""
    conditions = body_conditions(analysis, article.body_start)
    # only sentences that may hold a condition or echo the headline are parsed
    sentences = [s for s in _body_sentences(analysis, article.text, article.body_start, body_offsets)
                 if may_have_condition(s.text) or may_have_cue(s.text)
                 or any(s.start <= c.condition.span.start < s.end for c in conditions)]
    return parse_sentences(parse, sentences, article.text, conditions, analysis.statements)
