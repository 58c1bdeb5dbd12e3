"""Does the body itself assert what its headline asserts? Read off the claims layer.

The FNC-1 stance model says ``discuss`` for many faithful headlines over a body that also
quotes other views: its hedging counts ("could", "may" -- the month too -- "claims") and
its sentence similarities are much the same whether the body asserts the headline and
quotes critics, or only passes the headline's claim on as someone's report. The claims
layer separates the two: it gives each body claim its holder, modality, polarity and
conditions.

The headline's main claim (its longest claim; the whole headline when the layer made none)
is matched against each body claim:

* a body claim matches when it covers most of the headline claim's content words
  (IDF-weighted, names weigh most), contains each of the headline's verbs ("reopen",
  "close", "resign") and every number in it, so "Lorvik lifts ban on protests" is not
  matched by "voted to extend its ban on protests", nor "40,000 containers" by "25,000";
* a matching claim with the headline's polarity **supports** it when it commits as much (an
  asserted headline needs an asserted or negated claim, not a hedged, speculative or "whether"
  one) and is held by the writer, by the headline's own holder or by a named source;
* it has a **dropped** condition when it carries a condition the headline neither states nor
  mentions a word of; otherwise it is **weaker**.

:func:`support_finding` reports a SUPPORTS finding (turned into ``agree`` against a model
``discuss``, see :mod:`.headlines`) only for an asserted headline that is neither a question
nor itself a report, when every matching claim supports it and no body sentence passes
anything on as hearsay ("reportedly", "sources", "allegedly", "rumours"): FNC-1 calls such
bodies a discussion even when one sentence asserts the claim. When no single body claim
matches, the committed, credible claims of the first three body sentences may say the
headline together (a headline sums up its lead), under the same verb, number and word-share
tests (:func:`lead_support`). It reports DROPS_CONDITION
(``agree`` -> ``discuss``) when nothing supports and a matching claim has a dropped condition.
Opposite polarity is left to the model and the other structural checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..excerpts import clipped
from ..records import Article, ArticleAnalysis, Claim, Span, Statement
from .headline_conditions import _forms, may_have_condition
from .polarity import negation_cues
from .stance import MAX_SENTENCES, claim_stems, stem_idf, words

SUPPORTS = "body-asserts-headline"
DROPS_CONDITION = "headline-drops-condition"
DROPPED, WEAKER = "dropped", "weaker"  # what a matching body claim that does not support does
# Share of the headline claim's word weight a body claim must have (IDF weights; a name counts
# about five times "said"): most of what the headline says, not one shared name.
MATCH_COVER = 0.6
COMMITTED = frozenset({"asserted", "negated"})
LEAD_SENTENCES = 3  # the sentences a headline usually summarises
NAMED_SOURCING = frozenset({"named-person", "named-organisation"})
# Words that pass a claim on as hearsay: FNC-1 calls a body that asserts a claim inside "reports
# that ..." or "citing sources" a discussion of it, and a headline "X: report" a report, not a claim.
# ("reported" and "reporters" are left out: "the ministry reported", "told reporters" is how named sources speak.)
HEARSAY = frozenset(["report", "reports", "reportedly", "source", "sources", "unconfirmed", "unverified", "apparent", "apparently"])
HEARSAY_PREFIXES = ("alleg", "claim", "rumo", "purport")  # "alleging", "claims", "rumoured", "purporting"
# A headline that opens with one of these asks or explains ("Why the watch must cost $10,000"): it asserts nothing.
QUESTION_WORDS = frozenset(["why", "how", "what", "who", "whom", "whose", "which", "when", "where", "is", "are", "was", "were", "does", "do", "did", "can", "could", "should", "will", "would"])
OPEN_QUESTION = re.compile(r"\bwhether\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Share of the headline's word weight its main claim (with its holder) must have: "she was born" is not
# what "Swimmer's girlfriend says she was born intersex" says.
HEADLINE_SHARE = 0.6
# Verbs that report rather than say what happened: "Mayor says bridge will reopen" is about reopening.
REPORTING_LEMMAS = frozenset(["say", "tell", "claim", "report", "announce", "add", "insist", "warn", "state", "confirm"])


@dataclass(frozen=True)
class Proposition:
    """The headline's main claim: its words, predicates, holder, modality, polarity and conditions."""

    span: Span
    stems: frozenset
    predicates: tuple[frozenset, ...]  # the word forms of each of its verbs (or of its head word when it has none)
    holder: str
    holder_id: str
    modality: str
    negative: bool
    conditioned: bool  # it has a condition, or the headline states one ("slaps people if they sneeze")


def cover(head: frozenset, other: set, idf: dict, weight=None) -> float:
    """The share of the headline stems' IDF weight that ``other`` has too (``weight``: ``stem_idf(idf)``,
    made once by the caller for many claims; finding the unseen weight walks the whole table)."""
    weight = weight or stem_idf(idf)  # a stem the table lacks (a name) is rarer than any it has
    total = sum(weight(s) for s in head)
    return sum(weight(s) for s in head & other) / total if total else 0.0


# A plural noun between a noun and its object is a headline verb the parser missed: "Lorvik lifts ban",
# "Varnia rejects Doravia's terms", "Chemical spill poisons Tarn river".
NOUNISH_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
OBJECTISH_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "DT", "PRP$", "JJ", "CD", "VB", "VBP"})  # "lifts ban/VBP"


def _misread_verb(token) -> bool:
    if token.tag_ != "NNS" or token.i == 0 or token.i + 1 >= len(token.doc):
        return False
    return token.doc[token.i - 1].tag_ in NOUNISH_TAGS and token.doc[token.i + 1].tag_ in OBJECTISH_TAGS


def predicates(doc, start: int, end: int) -> tuple[frozenset, ...]:
    """The word forms of each verb of the text between ``start`` and ``end`` of a parsed headline (of
    its root word when it has none); reporting verbs do not count."""
    tokens = [t for t in doc if start <= t.idx < end]
    verbs = [t for t in tokens if (t.pos_ == "VERB" or _misread_verb(t)) and t.lemma_.lower() not in REPORTING_LEMMAS]
    if not verbs:  # "Budget row a major obstacle": its root word
        verbs = [t for t in tokens if t.head.i == t.i or not start <= t.head.idx < end][:1]
    return tuple(frozenset({t.lower_, *_forms(t.lemma_.lower())}) for t in verbs)


def headline_claim(article: Article, analysis: ArticleAnalysis) -> Claim | None:
    """The longest claim the layer made in the headline, or None."""
    inside = [c for c in analysis.claims if c.span.end <= len(article.headline) and c.span.start < article.body_start]
    return max(inside, key=lambda c: c.span.end - c.span.start, default=None)


def proposition(article: Article, analysis: ArticleAnalysis, parse) -> Proposition | None:
    """The headline's main claim as a :class:`Proposition`; the whole headline when the layer made none."""
    if not article.headline:
        return None
    doc = parse([article.headline])[0]
    claim = headline_claim(article, analysis)
    if claim is None:
        span = Span.of(article.text, 0, len(article.headline))
        return Proposition(span, frozenset(claim_stems(span.text)), predicates(doc, 0, span.end), "writer", "",
                           "asserted", bool(negation_cues(span.text)), may_have_condition(span.text))
    return Proposition(claim.span, frozenset(claim_stems(claim.span.text)), predicates(doc, claim.span.start, claim.span.end),
                       claim.holder, claim.holder_id, claim.modality, claim.polarity == "negative",
                       bool(claim.conditions) or may_have_condition(article.headline))


# ---------------------------------------------------------------- body claims


def _statement_of(claim: Claim, statements: Sequence[Statement]) -> Statement | None:
    """The statement whose content holds the claim (its speaker is the claim's source)."""
    return next((st for st in statements
                 if any(p.start <= claim.span.start and claim.span.end <= p.end for p in (st.content, *st.content_parts))),
                None)


def _same_holder(head: Proposition, claim: Claim) -> bool:
    if head.holder == "writer" or claim.holder == "writer":
        return False
    if head.holder_id and claim.holder_id:
        return head.holder_id == claim.holder_id
    return head.holder.strip().lower() == claim.holder.strip().lower()


def credible(head: Proposition, claim: Claim, statements: Sequence[Statement]) -> bool:
    """Held by the writer, by the headline's own holder, or by a source named in the body."""
    if claim.holder == "writer" or _same_holder(head, claim):
        return True
    st = _statement_of(claim, statements)
    return st is not None and st.sourcing in NAMED_SOURCING


def weaker(head: Proposition, claim: Claim, statements: Sequence[Statement]) -> bool:
    """The body claim says less than the headline: hedged or speculative under an asserted headline,
    or held only by an unnamed or vague source other than the headline's own."""
    if head.modality in COMMITTED and claim.modality not in COMMITTED | {"conditional"}:
        return True
    if head.modality in COMMITTED and OPEN_QUESTION.search(claim.span.text):
        return True  # "is assessing whether an airstrike killed ...": asked, not asserted
    return not credible(head, claim, statements)


def drops_condition(head: Proposition, claim: Claim, headline_stems: frozenset) -> bool:
    """The body claim carries a condition of which the headline, which states none, says nothing
    ("only if insurers return" under "Varnia to resume exports"; not "if caught sneezing" under "slaps
    people for sneezing", where the headline carries it in its own words)."""
    return not head.conditioned and any(headline_stems.isdisjoint(claim_stems(c.span.text)) for c in claim.conditions)


def matches(head: Proposition, claim: Claim, idf: dict, weight=None) -> bool:
    """The body claim (with its holder's name) covers most of the headline claim and all its predicates."""
    # Cheapest test first: most body claims lack a headline number or verb, and need no stems.
    if not numbers_in(head.span.text) <= numbers_in(claim.span.text):
        return False  # "$10,000" is not matched by "$5,000"
    lowered = claim.span.text.lower().replace("’", "'")  # a verb form that is a word of the claim is in here
    if not all(any(form in lowered for form in forms) for forms in head.predicates):
        return False
    said = set(words(claim.span.text))
    if not all(forms & said for forms in head.predicates):
        return False
    own = set(claim_stems(claim.span.text))
    with_holder = own | set(claim_stems(claim.holder if claim.holder != "writer" else ""))
    return cover(head.stems, with_holder, idf, weight) >= MATCH_COVER


@lru_cache(maxsize=4096)
def numbers_in(text: str) -> frozenset:
    """The numbers written in ``text`` ("10,000", "2.5"); the headline's is asked once per body claim."""
    return frozenset(_NUMBER.findall(text))


def classify(head: Proposition, claim: Claim, statements: Sequence[Statement], idf: dict, headline_stems: frozenset,
             weight=None) -> str:
    """What one body claim does to the headline's: SUPPORTS, DROPPED (it has a condition the headline
    dropped), WEAKER, or "" (it is not the headline's claim, or has the other polarity)."""
    if not matches(head, claim, idf, weight) or (claim.polarity == "negative") != head.negative:
        return ""
    if drops_condition(head, claim, headline_stems):
        return DROPPED
    if head.modality == "conditional" and claim.modality != "conditional" and claim.modality not in COMMITTED:
        return WEAKER
    return WEAKER if weaker(head, claim, statements) else SUPPORTS


# ---------------------------------------------------------------- the finding


def _claim_evidence(claim: Claim) -> dict:
    return {"span": [claim.span.start, claim.span.end], "text": claim.span.text[:400], "holder": claim.holder,
            "modality": claim.modality, "polarity": claim.polarity,
            "conditions": [clipped(c.span.text, 200) for c in claim.conditions]}


def _reason(kind: str, head: Proposition, found: Sequence[Claim]) -> str:
    quoted = "; ".join(f'"{clipped(c.span.text, 160)}" ({c.holder}, {c.modality})' for c in found[:3])
    if kind == SUPPORTS:
        return f'The body asserts the headline\'s claim "{head.span.text}": {quoted}.'
    return f'The headline asserts "{head.span.text}" without the condition the body puts on it: {quoted}.'


def hearsay(text: str) -> bool:
    """True when ``text`` passes something on as a report, a claim or a rumour."""
    lowered = text.lower()
    if not any(part in lowered for part in _HEARSAY_PARTS):  # most sentences: no word to look at
        return False
    return any(w in HEARSAY or w.startswith(HEARSAY_PREFIXES) for w in words(text))


# Every hearsay word holds one of these: a text without any has none (each body sentence is asked).
_HEARSAY_PARTS = ("report", "source", "unconfirmed", "unverified", "apparent") + HEARSAY_PREFIXES


def may_support(article: Article, head: Proposition, idf: dict, weight=None) -> bool:
    """An asserted headline, neither a question nor itself a report, whose claim (with its holder) is most of it."""
    if head.modality not in COMMITTED or head.conditioned or "?" in article.headline or hearsay(article.headline):
        return False
    if words(article.headline)[:1] and words(article.headline)[0] in QUESTION_WORDS:
        return False
    holder = set(claim_stems(head.holder)) if head.holder != "writer" else set()
    return cover(frozenset(claim_stems(article.headline)), head.stems | holder, idf, weight) >= HEADLINE_SHARE


def _found(want: str, kinds: Sequence[tuple[Claim, str]]) -> list[Claim]:
    """The claims behind a finding of kind ``want``, or none when the body's matching claims do not allow it."""
    matched = {k for _, k in kinds if k}
    if want == SUPPORTS:  # every claim that matches the headline's supports it
        return [c for c, k in kinds if k == SUPPORTS] if matched == {SUPPORTS} else []
    return [c for c, k in kinds if k == DROPPED] if SUPPORTS not in matched else []


def _lead_claims(article: Article, analysis: ArticleAnalysis) -> list[Claim]:
    """The claims of the body's first LEAD_SENTENCES sentences."""
    lead = [s for s in analysis.sentences if s.start >= article.body_start][:LEAD_SENTENCES]
    end = lead[-1].end if lead else article.body_start
    return [c for c in analysis.claims if article.body_start <= c.span.start < end]


def lead_support(head: Proposition, lead: Sequence[Claim], statements: Sequence[Statement], idf: dict,
                 weight=None) -> list[Claim]:
    """The lead's claims that say the headline together: each committed, credible, of the headline's
    polarity and without a condition, and together holding every verb and most words of the headline.

    A headline summarises its lead ("Donors pledge aid as floods displace thousands" over one
    sentence on the floods and one on the pledges), which no single claim may cover.
    """
    usable = [c for c in lead if (c.polarity == "negative") == head.negative and not c.conditions
              and c.modality in COMMITTED and not OPEN_QUESTION.search(c.span.text) and credible(head, c, statements)]
    said = {w for c in usable for w in words(c.span.text)}
    stems = {st for c in usable for st in claim_stems(f"{c.span.text} {c.holder if c.holder != 'writer' else ''}")}
    if not usable or not all(forms & said for forms in head.predicates):
        return []
    if not numbers_in(head.span.text) <= {n for c in usable for n in numbers_in(c.span.text)}:
        return []
    return usable if cover(head.stems, stems, idf, weight) >= MATCH_COVER else []


def passes_on_hearsay(article: Article, analysis: ArticleAnalysis) -> bool:
    """True when some body sentence passes something on as a report, claim or rumour (FNC-1's discuss)."""
    return any(hearsay(s.text) for s in analysis.sentences[:MAX_SENTENCES] if s.start >= article.body_start)


def support_finding(article: Article, analysis: ArticleAnalysis, parse, idf: dict, want: str,
                    weight=None) -> dict | None:
    """A SUPPORTS or a DROPS_CONDITION finding (``want``), or None (``weight``: ``stem_idf(idf)``, made once
    for many articles)."""
    head = proposition(article, analysis, parse)
    weight = weight or stem_idf(idf)
    if head is None or not may_support(article, head, idf, weight):
        return None
    if want == SUPPORTS and passes_on_hearsay(article, analysis):
        return None
    body = [c for c in analysis.claims if c.span.start >= article.body_start]
    headline_stems = frozenset(claim_stems(article.headline))
    kinds = [(c, classify(head, c, analysis.statements, idf, headline_stems, weight)) for c in body]
    found = _found(want, kinds)
    if not found and want == SUPPORTS and not any(k for _, k in kinds):  # no claim says it alone: does the lead?
        found = lead_support(head, _lead_claims(article, analysis), analysis.statements, idf, weight)
    if not found:
        return None
    return {"finding": want, "headline_claim": {"span": [head.span.start, head.span.end], "text": head.span.text,
                                                "holder": head.holder, "modality": head.modality},
            "matter": "", "claims": [_claim_evidence(c) for c in found[:5]], "reason": _reason(want, head, found)}
