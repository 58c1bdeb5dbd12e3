"""Headline versus body for every article, with the evidence the model looked at.

A model ``disagree`` that beats its runner-up by less than ``stance.DISAGREE_TIE_MARGIN`` is
read as the runner-up (a refutation needs more than a coin toss); the model's call stays in
``evidence["tie"]``. Two checks run side by side: the FNC-1 stance model over every headline, and the structural
check of :mod:`.headline_conditions`, which reads on the parse whether the headline denies
conditions that the body attaches to the same matter ("no barriers to talks" over "talks
only if ..."). The model cannot see that contradiction (no refuting words), so when the
structural check finds one it overrides the model's stance with ``disagree``; the model's
own stance and probabilities stay in the evidence, beside the condition spans that explain
the override.

The sister check of :mod:`.headline_agreement` goes the other way: a headline that reports
the conditions its body ties the same matter to ("lays down terms for any dialogue") is not
refuted by the body's "not" and "impossible as long as", which the model reads as refuting
words, nor merely discussed. It is asked when the model says ``disagree`` or ``discuss``, and
replaces that with ``agree``.

The claim-support check of :mod:`.headline_support` reads the claims layer: against a model
``discuss``, a body that itself asserts the headline's main claim (same polarity, no weaker
modality, a named or the headline's own holder, no hearsay anywhere) makes it ``agree``;
against a model ``agree``, a body that puts a condition on the headline's claim which the
headline drops makes it ``discuss``.

The lead-sentence check of :mod:`.headline_lead` reads headline-ese: against a model
``discuss`` or ``disagree`` (the refuting words of quoted officials), a lead sentence that says
the headline's main clause in plainer words ("bonds fell" for "bonds slip as vote clouds
review") makes it ``agree``; against ``disagree`` only the first body sentence may. Against a
model ``agree`` or ``discuss``, a lead sentence that says the opposite verb of the same thing
("extended its ban" under "lifts ban") makes it ``disagree``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

import numpy as np

from ..records import STANCES, HeadlineCheck
from .headline_agreement import AGREES, agreement_finding, may_report_conditions
from .headline_conditions import may_have_cue, spacy_parser, structural_finding
from .headline_lead import LEAD_SUPPORTS, flip_finding, lead_finding
from .headline_support import DROPS_CONDITION, SUPPORTS, support_finding
from .stance import feature_vector, load_stance_model, pair_features, predict_stances, stem_idf, tie_broken
from .views import ArticleView, sentence_span

SHOWN_FEATURES = ("cos_max", "cos_top3", "cover_body", "tfidf_cos", "refute_top", "hedge_top", "neg_top")
# A structural finding is a rule, not a probability: it gets a fixed score, high enough to read
# as a confident call, short of certainty because the parse behind it can be wrong.
STRUCTURAL_SCORE = 0.8


def _features(view: ArticleView, idf: dict) -> dict:
    return pair_features(view.article.headline, view.headline_vector, view.body.sentences or ("",),
                         view.candidates, view.sentence_vectors, idf)


def _evidence(view: ArticleView, feats: dict, proba) -> dict:
    best = [{"span": [sentence_span(view, i).start, sentence_span(view, i).end], "text": view.body.sentences[i][:400]}
            for i in feats["_best"][:3] if i < len(view.body.offsets)]
    return {
        "best_sentences": best,
        "features": {name: round(float(feats[name]), 4) for name in SHOWN_FEATURES},
        "probabilities": {label: round(float(p), 4) for label, p in zip(STANCES, proba)},
    }


# The stance each finding stands for; the denial and refusal findings (the rest) mean ``disagree``.
FINDING_STANCES = {AGREES: "agree", SUPPORTS: "agree", LEAD_SUPPORTS: "agree", DROPS_CONDITION: "discuss"}


def with_structural_finding(check: HeadlineCheck, finding: dict | None) -> HeadlineCheck:
    """The model's check, or the finding's stance (:data:`FINDING_STANCES`, else ``disagree``) with
    the finding and the model's own call in the evidence."""
    if finding is None:
        return check
    structural = {**finding, "model_stance": check.stance, "model_score": check.score}
    stance = FINDING_STANCES.get(finding["finding"], "disagree")
    return dataclasses.replace(check, stance=stance, score=STRUCTURAL_SCORE,
                               evidence={**check.evidence, "structural": structural})


def structural_check(view: ArticleView, model_stance: str, parse: Callable, idf: dict | None = None,
                     weight: Callable | None = None) -> dict | None:
    """The structural finding for one article: a contradiction by conditions; else, against a model
    ``disagree`` or ``discuss``, a headline that reports the conditions its body states; else, against
    a model ``discuss``, a body that asserts the headline's claim, and against a model ``agree``, a
    body that puts a condition on it which the headline drops (:mod:`.headline_support`)."""
    found = structural_finding(view.article, view.analysis, view.body.offsets, parse)
    if found is None and model_stance in ("disagree", "discuss"):
        found = agreement_finding(view.article, view.analysis, view.body.offsets, parse)
    want = {"discuss": SUPPORTS, "agree": DROPS_CONDITION}.get(model_stance)
    if found is None and want is not None and view.analysis.claims:
        idf = idf if idf is not None else load_stance_model()["idf"]
        # The support check reads only the headline's verbs (tags, lemmas, dependencies): no entities needed.
        found = support_finding(view.article, view.analysis, getattr(parse, "syntax", parse), idf, want, weight)
    if found is None and model_stance in ("discuss", "disagree"):
        idf = idf if idf is not None else load_stance_model()["idf"]
        # Against the model's ``disagree`` only the first body sentence may say it: the body has refuting words.
        found = lead_finding(view.article, view.analysis, getattr(parse, "syntax", parse), weight or stem_idf(idf),
                             first_only=model_stance == "disagree")
    if found is None and model_stance in ("agree", "discuss"):
        idf = idf if idf is not None else load_stance_model()["idf"]
        found = flip_finding(view.article, view.analysis, getattr(parse, "syntax", parse), weight or stem_idf(idf))
    return found


class _LazyParser:
    """Loads spaCy only when some headline needs parsing (most never do)."""

    def __init__(self, model: str = "") -> None:
        self.model = model
        self._parse: Callable | None = None
        self._syntax: Callable | None = None

    def __call__(self, texts):
        if self._parse is None:
            self._parse = spacy_parser(self.model)
        return self._parse(texts)

    def syntax(self, texts):
        """Docs with tags, lemmas and dependencies, without named entities (half the parse's CPU)."""
        if self._syntax is None:
            self._syntax = spacy_parser(self.model, syntax_only=True)
        return self._syntax(texts)


class _ParsedOnce:
    """Each distinct text parsed once per run of the checks (a Doc is only read by them).

    Both checks parse the same headline and body sentences, and syndicated or templated
    headlines repeat: on 1,000 articles the checks asked for 284 parses of 97 texts.
    """

    def __init__(self, parse: Callable) -> None:
        self._parse = parse
        self._docs: dict = {}
        self._syntax_docs: dict = {}  # parsed without entities, for the checks that read syntax only

    def prefetch(self, texts) -> None:
        """Parse the texts not parsed yet, in one call."""
        new = [t for t in dict.fromkeys(texts) if t not in self._docs]
        if new:
            self._docs.update(zip(new, self._parse(new)))

    def __call__(self, texts):
        self.prefetch(texts)
        return [self._docs[t] for t in texts]

    def prefetch_syntax(self, texts) -> None:
        """Parse the texts with no parse yet, syntax only (when the parser can), in one call."""
        new = [t for t in dict.fromkeys(texts) if t not in self._docs and t not in self._syntax_docs]
        if new:
            self._syntax_docs.update(zip(new, getattr(self._parse, "syntax", self._parse)(new)))

    def syntax(self, texts):
        """Docs to read tags, lemmas and dependencies from: a full parse when there is one."""
        self.prefetch_syntax(texts)
        return [self._docs[t] if t in self._docs else self._syntax_docs[t] for t in texts]


def _parsed_headlines(views: Sequence[ArticleView], labels: Sequence[str]) -> tuple[list[str], list[str]]:
    """The headlines the checks will parse: those the condition and agreement checks read in full, and
    those only the support and lead checks read (their syntax: a model ``agree`` with claims, every
    ``discuss`` and ``disagree``)."""
    full = [v.article.headline for v, label in zip(views, labels)
            if may_have_cue(v.article.headline) or (label in ("disagree", "discuss") and may_report_conditions(v.article.headline))]
    syntax = [v.article.headline for v, label in zip(views, labels)
              if label in ("discuss", "disagree") or (label == "agree" and v.analysis.claims)]
    return full, syntax


def headline_checks(views: Sequence[ArticleView], parse: Callable | None = None, model: str = "") -> list[HeadlineCheck]:
    """A HeadlineCheck for each article that has both a headline and a body.

    ``parse`` turns texts into spaCy Docs for the structural check; by default the spaCy
    model named ``model`` (the settings' model) is loaded the first time a headline needs it.
    """
    checkable = [v for v in views if v.article.headline and v.body.sentences]
    if not checkable:
        return []
    bundle = load_stance_model()
    feats = [_features(v, bundle["idf"]) for v in checkable]
    labels, proba = predict_stances(np.vstack([feature_vector(f) for f in feats]), bundle)
    order = [list(bundle["labels"]).index(s) for s in STANCES]
    parse = _ParsedOnce(parse or _LazyParser(model))
    full, syntax = _parsed_headlines(checkable, labels)
    parse.prefetch(full)  # one pipe call for every headline read in full, one for the rest
    parse.prefetch_syntax(syntax)
    weight = stem_idf(bundle["idf"])  # the unseen stem's weight walks the whole table: once, not per headline
    return [_checked(v, f, label, p, bundle, order, parse, weight) for v, f, label, p in zip(checkable, feats, labels, proba)]


def _checked(view: ArticleView, feats: dict, label: str, proba, bundle: dict, order: list, parse, weight) -> HeadlineCheck:
    """One article's check: the model's stance (a near-tie ``disagree`` read as its runner-up, the model's
    call kept in the evidence), then any structural finding over it."""
    stance, score = tie_broken(label, proba, bundle["labels"])
    evidence = _evidence(view, feats, proba[order])
    if stance != label:
        evidence["tie"] = {"model_stance": label, "read_as": stance}
    check = HeadlineCheck(view.id, stance, round(score, 4), evidence)
    return with_structural_finding(check, structural_check(view, stance, parse, bundle["idf"], weight))
