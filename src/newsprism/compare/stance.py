"""Headline versus body stance (agree / disagree / discuss / unrelated), FNC-1 style.

A small gradient-boosted model over explainable features: embedding similarity of the
headline to its best body sentences, lexical and TF-IDF overlap, and counts of refuting,
hedging and negation words near the best-matching sentences. The fitted model ships as
plain data in ``compare/models/stance.npz`` (trees) and ``stance.json`` (IDF table, feature
names, labels, metadata), read without scikit-learn (see ``MODEL_CARD.md`` and
``boosted_trees.py``); ``scripts/train_stance.py`` rebuilds them. The same feature function
serves training, evaluation and the corpus.
"""

from __future__ import annotations

import json
import math
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from ..errors import ModelError
from ..records import STANCES
from .boosted_trees import TreeEnsemble

MODEL_PATH = Path(__file__).parent / "models" / "stance.npz"  # the trees; the rest of the bundle is beside it in .json
MAX_SENTENCES = 60  # very long bodies: the stance is decided early
CANDIDATES = 4  # sentences embedded per body: the lead plus the best lexical matches (cost, see docs)
LEAD = 2

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?])([\"'”’)]?)\s+(?=[\"'“‘(A-Z0-9])")
STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for with from as is are was were be been being "
    "it its this that these those he she they we you i his her their our your him them us "
    "has have had do does did will would shall can so than then there here who whom which what "
    "when where why how all any both each more most other some such only own same too very "
    "just also into over after before about up down out off again further once s t".split()
)
REFUTING = frozenset(
    "fake fraud hoax false deny denies denied denial not despite nope doubt doubts bogus "
    "debunk debunked debunks pranks retract retracts retracted untrue myth rumour rumor "
    "refute refutes refuted dismiss dismissed dismisses baseless unfounded satire satirical "
    "fabricated incorrect wrong never".split()
)
HEDGING = frozenset(
    "reportedly allegedly alleged claims claim claimed claiming purportedly apparently "
    "may might could possibly unconfirmed unverified rumoured rumored speculation speculate "
    "believed suggests suggest appears appear likely unclear according sources reports report".split()
)
AFFIRMING = frozenset("confirmed confirms confirm announced official officially verified proves proved".split())
NEGATION = frozenset("not no never none nobody nothing neither nor without n't cannot".split())

FEATURE_NAMES = (
    "cos_max", "cos_top3", "cos_mean", "cos_first", "cos_centroid", "cos_std", "best_position",
    "cover_body", "cover_body_idf", "cover_best", "cover_lead", "jaccard_body", "bigram_cover",
    "tfidf_cos", "refute_head", "refute_top", "refute_body", "hedge_head", "hedge_top",
    "hedge_body", "affirm_top", "affirm_body", "neg_head", "neg_top", "neg_best",
    "head_question", "head_len", "body_len_log", "quote_rate",
)


def words(text: str) -> list[str]:
    """Lower-cased word tokens (contractions kept whole, so "isn't" counts as negation)."""
    lowered = text.lower().replace("’", "'")
    tokens = _WORD.findall(lowered)
    if "n't" not in lowered:  # most texts: no token to rewrite
        return tokens
    return ["n't" if t.endswith("n't") else t for t in tokens]


def _strip_suffix(token: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(token) > len(suffix) + 3 and token.endswith(suffix):
            return token[: -len(suffix)]
    return token


# Stems of words seen so far: a corpus repeats a small vocabulary, and stemming each
# occurrence anew was the largest pure-Python cost in the comparison's profile (770,000 calls on 1,000 articles).
_STEMS: dict[str, str] = {}
STEM_MEMO_LIMIT = 200_000  # distinct words kept; the memo restarts beyond (long-running processes)


def stem(token: str) -> str:
    """A crude suffix stripper: enough to match "denies" with "denied"."""
    found = _STEMS.get(token)
    if found is None:
        if len(_STEMS) >= STEM_MEMO_LIMIT:
            _STEMS.clear()
        found = _STEMS[token] = _strip_suffix(token)
    return found


def _content_stems_of(tokens: Sequence[str]) -> list[str]:
    """Stems of the tokens that are not stopwords."""
    return [stem(t) for t in tokens if t not in STOPWORDS]


def content_stems(text: str) -> list[str]:
    """Stems of the content words of ``text``."""
    return _content_stems_of(words(text))


_POSSESSIVE = re.compile(r"['’]s\b")


def claim_stems(text: str) -> list[str]:
    """``content_stems`` with possessives dropped first ("Iran's" is "Iran", not "iran'"), for
    comparing claims and headlines; the stance model's features keep ``content_stems`` as trained."""
    return content_stems(_POSSESSIVE.sub("", text))


def stem_idf(idf: dict):
    """The IDF of a content stem, as a function: a stem the table lacks counts as the rarest it has.

    The table keeps stems seen in two or more of its training bodies, so a missing stem
    ("Kufstein", "Orrin", a minister's surname) is rarer than any it holds and says the most
    about what a claim is about; weighing it 1.0, below "not" and "said" (1.4), hid shared names.
    """
    unseen = max(idf.values(), default=1.0)
    return lambda stem: idf.get(stem, unseen)


def split_sentences(text: str, limit: int = MAX_SENTENCES) -> list[tuple[int, int]]:
    """Sentence offsets in ``text``: paragraph breaks and sentence punctuation split."""
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for match in _SENTENCE_END.finditer(para.group()):
            spans.append((start, para.start() + match.end(1)))
            start = para.start() + match.end()
        spans.append((start, para.end()))
    spans = [(s, e) for s, e in spans if text[s:e].strip()]
    return spans[:limit]


@dataclass(frozen=True)
class BodyText:
    """A body split into sentences (texts plus offsets into the article text)."""

    sentences: tuple[str, ...]
    offsets: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, text: str, base: int = 0) -> "BodyText":
        """Split ``text``; offsets are shifted by ``base`` (where the body starts in the article)."""
        spans = split_sentences(text)
        return cls(tuple(text[s:e].strip() for s, e in spans), tuple((s + base, e + base) for s, e in spans))


@dataclass(frozen=True)
class BodyStats:
    """Word statistics of one body, computed once however many headlines it is paired with."""

    sentence_stems: tuple[frozenset, ...]
    tokens: tuple[str, ...]
    stem_list: tuple[str, ...]
    lead_stems: frozenset
    text: str


@lru_cache(maxsize=4096)
def body_stats(sentences: tuple[str, ...]) -> BodyStats:
    """Cached :class:`BodyStats` of a sentence tuple (each sentence tokenised once).

    Tokens never span the space that joins two sentences, so the body's tokens are the
    sentences' tokens one after the other, and the lead's stems are its sentences' stems.
    """
    tokens = [words(s) for s in sentences]
    stems = [_content_stems_of(t) for t in tokens]
    return BodyStats(
        tuple(frozenset(s) for s in stems), tuple(t for sentence in tokens for t in sentence),
        tuple(s for sentence in stems for s in sentence),
        frozenset(s for sentence in stems[:LEAD] for s in sentence), " ".join(sentences),
    )


def candidate_indices(headline: str, sentences: Sequence[str], idf: dict, k: int = CANDIDATES) -> list[int]:
    """The lead sentences plus the ones that share the most (IDF-weighted) words with the headline."""
    head = set(content_stems(headline))
    scores = [sum(idf.get(w, 1.0) for w in head & stems) for stems in body_stats(tuple(sentences)).sentence_stems]
    lead = list(range(min(LEAD, len(sentences))))
    ranked = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    chosen = lead + [i for i in ranked if i not in lead][: k - len(lead)]
    return sorted(chosen)


def _count(tokens: Sequence[str], vocabulary: frozenset) -> int:
    return sum(1 for t in tokens if t in vocabulary)


def _cover(head: set, other: set, idf: dict | None = None) -> float:
    if not head:
        return 0.0
    if idf is None:
        return len(head & other) / len(head)
    total = sum(idf.get(w, 1.0) for w in head)
    return sum(idf.get(w, 1.0) for w in head & other) / total


def _tfidf_cos(a: Counter, b: Counter, idf: dict) -> float:
    dot = sum(a[w] * b[w] * idf.get(w, 1.0) ** 2 for w in a.keys() & b.keys())
    na = math.sqrt(sum((c * idf.get(w, 1.0)) ** 2 for w, c in a.items()))
    nb = math.sqrt(sum((c * idf.get(w, 1.0)) ** 2 for w, c in b.items()))
    return dot / (na * nb) if na and nb else 0.0


def _bigrams(tokens: Sequence[str]) -> set:
    return set(zip(tokens, tokens[1:]))


def _similarity_features(hvec: np.ndarray, cand_vecs: np.ndarray, cand_idx: Sequence[int], n: int) -> dict:
    sims = cand_vecs @ hvec if len(cand_vecs) else np.zeros(1)
    centroid = cand_vecs.mean(axis=0) if len(cand_vecs) else np.zeros_like(hvec)
    norm = np.linalg.norm(centroid)
    best = int(np.argmax(sims))
    return {
        "cos_max": float(sims.max()),
        "cos_top3": float(np.sort(sims)[-3:].mean()),
        "cos_mean": float(sims.mean()),
        "cos_first": float(sims[0]),
        "cos_centroid": float(centroid @ hvec / norm) if norm else 0.0,
        "cos_std": float(sims.std()),
        "best_position": (cand_idx[best] / max(1, n - 1)) if cand_idx else 0.0,
        "_order": np.argsort(-sims).tolist(),
    }


def pair_features(
    headline: str, hvec: np.ndarray, sentences: Sequence[str], cand_idx: Sequence[int],
    cand_vecs: np.ndarray, idf: dict,
) -> dict:
    """The named features of one headline-body pair (plus ``_best``: the best sentence indices)."""
    feats = _similarity_features(hvec, cand_vecs, cand_idx, len(sentences))
    order = feats.pop("_order")
    top = [cand_idx[i] for i in order[:3]] if cand_idx else []
    stats = body_stats(tuple(sentences))
    body_text, body_tokens = stats.text, stats.tokens
    head_tokens = words(headline)
    top_tokens = [t for i in top for t in words(sentences[i])]
    best_tokens = words(sentences[top[0]]) if top else []
    head_stems = set(content_stems(headline))
    body_stem_list = stats.stem_list
    body_stems = set(body_stem_list)
    lead_stems = stats.lead_stems
    body_n = max(1, len(body_tokens)) / 100.0
    feats.update({
        "cover_body": _cover(head_stems, body_stems),
        "cover_body_idf": _cover(head_stems, body_stems, idf),
        "cover_best": _cover(head_stems, stats.sentence_stems[top[0]] if top else frozenset()),
        "cover_lead": _cover(head_stems, lead_stems),
        "jaccard_body": len(head_stems & body_stems) / max(1, len(head_stems | body_stems)),
        "bigram_cover": len(_bigrams(head_tokens) & _bigrams(body_tokens)) / max(1, len(head_tokens) - 1),
        "tfidf_cos": _tfidf_cos(Counter(content_stems(headline)), Counter(body_stem_list), idf),
        "refute_head": _count(head_tokens, REFUTING),
        "refute_top": _count(top_tokens, REFUTING),
        "refute_body": _count(body_tokens, REFUTING) / body_n,
        "hedge_head": _count(head_tokens, HEDGING),
        "hedge_top": _count(top_tokens, HEDGING),
        "hedge_body": _count(body_tokens, HEDGING) / body_n,
        "affirm_top": _count(top_tokens, AFFIRMING),
        "affirm_body": _count(body_tokens, AFFIRMING) / body_n,
        "neg_head": _count(head_tokens, NEGATION),
        "neg_top": _count(top_tokens, NEGATION),
        "neg_best": _count(best_tokens, NEGATION),
        "head_question": float("?" in headline),
        "head_len": float(len(head_tokens)),
        "body_len_log": math.log1p(len(body_tokens)),
        "quote_rate": (body_text.count('"') + body_text.count("“")) / body_n,
    })
    feats["_best"] = top
    return feats


def feature_vector(feats: dict) -> np.ndarray:
    """The features in :data:`FEATURE_NAMES` order."""
    return np.array([feats[name] for name in FEATURE_NAMES], dtype=np.float64)


def pairs_matrix(
    pairs: Sequence[tuple[str, str]], idf: dict, cache_name: str | None = None
) -> tuple[np.ndarray, list[dict]]:
    """Feature matrix for (headline, body text) pairs; embeddings cached on disk when named."""
    from .embeddings import cached_embed, embed

    bodies = {body: BodyText.of(body) for body in {b for _, b in pairs}}
    all_sentences = sorted({s for body in bodies.values() for s in body.sentences})
    texts = all_sentences + sorted({h for h, _ in pairs})
    vectors = cached_embed(texts, cache_name) if cache_name else embed(texts)
    index = {t: i for i, t in enumerate(texts)}
    rows, details = [], []
    for headline, body in pairs:
        sentences = bodies[body].sentences or ("",)
        cand = candidate_indices(headline, sentences, idf)
        cand_vecs = vectors[[index.get(sentences[i], 0) for i in cand]] if bodies[body].sentences else np.zeros((1, 384), np.float32)
        feats = pair_features(headline, vectors[index[headline]], sentences, cand, cand_vecs, idf)
        rows.append(feature_vector(feats))
        details.append(feats)
    return np.vstack(rows) if rows else np.zeros((0, len(FEATURE_NAMES))), details


def fit_idf(bodies: Sequence[str]) -> dict:
    """Smoothed inverse document frequency of content stems over ``bodies``."""
    df: Counter = Counter()
    for body in bodies:
        df.update(set(content_stems(body)))
    n = len(bodies)
    return {w: round(math.log((1 + n) / (1 + c)) + 1.0, 4) for w, c in df.items() if c >= 2}


def bundle_json_path(trees_path: Path) -> Path:
    """Where the bundle's IDF table, features, labels and metadata sit: beside the trees, ``.json``."""
    return Path(trees_path).with_suffix(".json")


@lru_cache(maxsize=1)
def load_stance_model(path: str = str(MODEL_PATH)) -> dict:
    """The shipped stance model bundle: ``model``, ``idf``, ``features``, ``labels``, ``meta``."""
    info_path = bundle_json_path(Path(path))
    if not Path(path).exists() or not info_path.exists():
        raise ModelError("the stance model is missing; run python scripts/train_stance.py", path=path)
    try:
        bundle = json.loads(info_path.read_text(encoding="utf-8"))
        bundle["model"] = TreeEnsemble.load(Path(path))
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:  # bad JSON, a damaged or foreign .npz
        raise ModelError(f"cannot load the stance model: {exc}", path=path) from exc
    if tuple(bundle.get("features", ())) != FEATURE_NAMES:
        raise ModelError("the stance model was trained on other features; retrain it", path=path)
    return bundle


def predict_stances(matrix: np.ndarray, bundle: dict | None = None) -> tuple[list[str], np.ndarray]:
    """Stance labels and class probabilities for a feature matrix."""
    bundle = bundle or load_stance_model()
    if not len(matrix):
        return [], np.zeros((0, len(STANCES)))
    proba = bundle["model"].predict_proba(matrix)
    labels = [bundle["labels"][i] for i in proba.argmax(axis=1)]
    return labels, proba


# A ``disagree`` says the body refutes the headline: when the model's ``disagree`` beats its runner-up
# by less than this, the call is a coin toss and the runner-up is read instead. On the FNC-1 held-out
# bodies, 3 of 19 such near-ties (margin below 0.03) are gold disagree; with this margin the held-out
# score goes 0.8488 -> 0.8498 and macro-F1 0.6575 -> 0.6584; a wider margin loses disagree F1.
DISAGREE_TIE_MARGIN = 0.02


def tie_broken(label: str, proba: np.ndarray, labels: Sequence[str]) -> tuple[str, float]:
    """The label to act on and its probability: the model's, or the runner-up for a near-tie ``disagree``."""
    own = list(labels).index(label)
    runner_up = max((i for i in range(len(labels)) if i != own), key=lambda i: proba[i])  # exact ties: never itself
    if label == "disagree" and proba[own] - proba[runner_up] < DISAGREE_TIE_MARGIN:
        return labels[runner_up], float(proba[runner_up])
    return label, float(proba[own])
