"""Train the attribution cue model (:mod:`newsprism.analyze.cue_model`) from brat gold.

Each gold text is parsed once with the lexicon rules alone. Every candidate word becomes a
row: its features (including whether the rules found a cue there) and whether it heads a
gold cue. A logistic regression learns the weights; the two decision thresholds are then
chosen by two-fold cross-validation inside the training documents, so that the documents
used to report held-out figures play no part in training or tuning.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Optional, Sequence

from spacy.tokens import Doc

from ..analyze.attribution import attributed_statements
from ..analyze.cue_model import CueModel, training_rows
from ..analyze.statement_forms import cue_head, doc_quote_segments, rule_statements
from ..config import Settings
from .attribution import ATTRIBUTION_COMPONENTS, AttributionScore, Tokens, gold_article, gold_roles
from .brat import BratDocument, gold_documents

THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


@dataclass
class ParsedGold:
    """One gold document, parsed by the rules-only pipeline."""

    name: str
    text: str
    gold: BratDocument
    doc: Doc


def parse_gold(gold_dir: str | Path, select: Optional[Callable[[int, str], bool]] = None,
               settings: Optional[Settings] = None) -> list[ParsedGold]:
    """Parse the selected gold texts with the pipeline up to attribution, without a cue model."""
    from ..analyze.pipeline import load_pipeline, make_doc

    settings = settings or Settings()
    components = tuple(c for c in settings.components if c in ATTRIBUTION_COMPONENTS)
    nlp = load_pipeline(settings.model, components, "")
    docs = [d for i, d in enumerate(gold_documents(gold_dir)) if select is None or select(i, d.name)]
    parsed = nlp.pipe(make_doc(nlp, gold_article(d.name, d.text)) for d in docs)
    return [ParsedGold(d.name, d.text, d.annotations, doc) for d, doc in zip(docs, parsed)]


def gold_cue_heads(item: ParsedGold) -> set[int]:
    """Token indices that head a gold cue span."""
    heads = set()
    for fragments in gold_roles(item.gold, Tokens(item.text))["cue"]:
        span = item.doc.char_span(fragments[0][0], fragments[-1][1], alignment_mode="expand")
        if span is not None:
            heads.add(span.root.i)
    return heads


def rows_of(items: Sequence[ParsedGold]) -> tuple[list[dict], list[bool]]:
    features, labels = [], []
    for item in items:
        rule_heads = {cue_head(item.doc, found) for found in rule_statements(item.doc)}
        for row, label in training_rows(item.doc, doc_quote_segments(item.doc), rule_heads, gold_cue_heads(item)):
            features.append(row)
            labels.append(label)
    return features, labels


def fit_cue_model(items: Sequence[ParsedGold], c: float = 1.0) -> CueModel:
    """A logistic regression over the candidates of ``items`` (thresholds left at their defaults)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    features, labels = rows_of(items)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features)
    regression = LogisticRegression(C=c, max_iter=5000).fit(matrix, labels)
    weights = dict(zip(vectorizer.get_feature_names_out(), regression.coef_[0].tolist()))
    return CueModel(weights=weights, bias=float(regression.intercept_[0]))


def score_model(items: Sequence[ParsedGold], model: Optional[CueModel]) -> dict:
    """The attribution scores of ``items`` when ``model`` judges the cues (None: rules only)."""
    score = AttributionScore()
    for item in items:
        score.add_document(item.text, item.gold, attributed_statements(item.doc, model))
    return score.as_dict()


def objective(result: dict) -> float:
    """What threshold search maximises: mean exact F1 over the three roles."""
    return sum(result[role]["exact"]["f1"] for role in ("source", "cue", "content")) / 3


def choose_thresholds(items: Sequence[ParsedGold], c: float = 1.0) -> tuple[float, float, float]:
    """(keep, add, cross-validated objective): two folds inside ``items``, thresholds on a grid."""
    folds = [items[0::2], items[1::2]]
    models = [fit_cue_model(folds[1], c), fit_cue_model(folds[0], c)]
    best = (THRESHOLDS[0], THRESHOLDS[0], -1.0)
    for keep in THRESHOLDS:
        for add in THRESHOLDS:
            if add < keep:
                continue
            value = sum(objective(score_model(fold, replace(model, keep_threshold=keep, add_threshold=add)))
                        for fold, model in zip(folds, models)) / 2
            if value > best[2]:
                best = (keep, add, value)
    return best
