"""Headline versus body for every article, with the evidence the model looked at."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from ..records import STANCES, HeadlineCheck
from .stance import feature_vector, load_stance_model, pair_features, predict_stances
from .views import ArticleView, sentence_span

SHOWN_FEATURES = ("cos_max", "cos_top3", "cover_body", "tfidf_cos", "refute_top", "hedge_top", "neg_top")


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


def headline_checks(views: Sequence[ArticleView]) -> list[HeadlineCheck]:
    """A HeadlineCheck for each article that has both a headline and a body."""
    checkable = [v for v in views if v.article.headline and v.body.sentences]
    if not checkable:
        return []
    bundle = load_stance_model()
    feats = [_features(v, bundle["idf"]) for v in checkable]
    labels, proba = predict_stances(np.vstack([feature_vector(f) for f in feats]), bundle)
    order = [list(bundle["labels"]).index(s) for s in STANCES]
    return [HeadlineCheck(v.id, label, round(float(p.max()), 4), _evidence(v, f, p[order]))
            for v, f, label, p in zip(checkable, feats, labels, proba)]

