"""A learned judge of attribution cues: which words head a cue, read through the parse.

The rules in :mod:`.attribution` find cues from a curated lexicon. Attribution corpora
such as PolNeAR count a much wider set of predicates as cues ("accused her of",
"unleashed a series of tweets saying") and reject some lexicon hits in context. This
module scores every candidate word (verbs, nouns, auxiliaries, and the head of every rule
cue) with a logistic regression over parse features, the rules' own decision among them.
The attribution component then drops verb cues of the rules that score low and adds
statements for verbs that score high but that the lexicon missed.

The model is plain JSON (feature weights and a bias), so loading it runs no code and
needs no scikit-learn; ``scripts/train_cue_model.py`` trains it. What it was trained on
and how well it does: data/CUE_MODEL_CARD.md.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional

from spacy.tokens import Doc, Token

from ..errors import ModelError
from .cues import cue_entry, noun_cue_lexicon
from .quotes import segment_at

CANDIDATE_POS = {"VERB", "NOUN", "AUX"}
BUILTIN = "builtin"
MODEL_FILE = "data/cue_model.json"
FEATURES_VERSION = 1


def candidate_tokens(doc: Doc, rule_heads: set[int]) -> list[Token]:
    """Words that may head a cue: verbs, nouns and auxiliaries, plus every rule cue's head."""
    return [t for t in doc if t.pos_ in CANDIDATE_POS or t.i in rule_heads]


def cue_features(token: Token, segments: list, rule_heads: set[int]) -> dict[str, float]:
    """Binary features of one candidate: the word, its place in the parse, its subject, the rules' verdict."""
    entry = cue_entry(token)
    head = token.head
    features = {
        f"lemma={token.lemma_.lower()}": 1.0,
        f"pos={token.pos_}": 1.0,
        f"tag={token.tag_}": 1.0,
        f"dep={token.dep_}": 1.0,
        f"lexicon={entry.cls if entry else '-'}": 1.0,
        f"head_lemma={head.lemma_.lower()}": 1.0,
        f"head_dep={head.dep_}": 1.0,
        "noun_lexicon": float(token.lemma_.lower() in noun_cue_lexicon()),
        "rule_cue": float(token.i in rule_heads),
        "in_quote": float(segment_at(segments, token.idx) is not None),
    }
    for child in token.children:
        features[f"child={child.dep_}"] = 1.0
        if child.dep_ in ("prep", "prt"):
            features[f"particle={child.lower_}"] = 1.0
        if child.dep_ in ("nsubj", "nsubjpass"):
            features[f"subject_entity={child.ent_type_ or '-'}"] = 1.0
            features[f"subject_pos={child.pos_}"] = 1.0
            features[f"subject={child.lower_}"] = 1.0
    return features


@dataclass(frozen=True)
class CueModel:
    """Logistic-regression weights over :func:`cue_features`, with the decision thresholds."""

    weights: dict[str, float]
    bias: float
    keep_threshold: float = 0.3  # a rule cue scoring below this is dropped
    add_threshold: float = 0.5  # a verb the rules missed is added at or above this
    card: dict = field(default_factory=dict)  # what it was trained on, and how

    def probability(self, features: dict[str, float]) -> float:
        score = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def to_json(self) -> str:
        data = {"features_version": FEATURES_VERSION, "bias": self.bias, "keep_threshold": self.keep_threshold,
                "add_threshold": self.add_threshold, "card": self.card,
                "weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-6}}
        return json.dumps(data, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str, source: str = "") -> "CueModel":
        try:
            data = json.loads(text)
            if data.get("features_version") != FEATURES_VERSION:
                raise ValueError(f"features_version {data.get('features_version')!r}, expected {FEATURES_VERSION}")
            return cls(weights={str(k): float(v) for k, v in data["weights"].items()}, bias=float(data["bias"]),
                       keep_threshold=float(data["keep_threshold"]), add_threshold=float(data["add_threshold"]),
                       card=dict(data.get("card", {})))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ModelError(f"cannot read cue model {source or '<json>'}: {exc}") from exc


@lru_cache(maxsize=4)
def load_cue_model(name: str) -> Optional[CueModel]:
    """``"builtin"`` for the packaged model, ``""`` for none (rules only), else a JSON file path."""
    if not name:
        return None
    if name == BUILTIN:
        text = resources.files("newsprism.analyze").joinpath(MODEL_FILE).read_text(encoding="utf-8")
        return CueModel.from_json(text, MODEL_FILE)
    try:
        return CueModel.from_json(Path(name).read_text(encoding="utf-8"), name)
    except OSError as exc:
        raise ModelError(f"cannot read cue model {name}: {exc}") from exc


def training_rows(doc: Doc, segments: list, rule_heads: set[int], gold_heads: set[int]) -> Iterable[tuple[dict, bool]]:
    """(features, is the head of a gold cue) for every candidate of one parsed document."""
    for token in candidate_tokens(doc, rule_heads):
        yield cue_features(token, segments, rule_heads), token.i in gold_heads
