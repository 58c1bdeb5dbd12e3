"""Stance features and the shipped FNC-1 model (no training in tests)."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from newsprism.compare.stance import (
    FEATURE_NAMES,
    BodyText,
    candidate_indices,
    load_stance_model,
    pair_features,
    pairs_matrix,
    predict_stances,
    split_sentences,
)
from newsprism.records import STANCES

BODY = ("The harbour bridge in Portmere reopened on Friday after six months of repairs, the city council said. "
        "Engineers replaced the cables and resurfaced the deck.\n\nTraffic returned to normal by the evening.")


@given(st.lists(st.sampled_from(["Alpha went home.", "Beta said \"yes!\"", "gamma", "\n\n", " ", "Dr. Who? ", "It rained."]), max_size=30))
def test_stance_split_sentences_offsets_cover_text(parts):
    text = "".join(parts)
    spans = split_sentences(text, limit=1000)
    assert all(0 <= s < e <= len(text) and text[s:e].strip() for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # ordered, no overlap


def test_stance_body_text_offsets_point_into_article():
    article = "Headline here\n\n" + BODY
    body = BodyText.of(BODY, base=15)
    assert [article[s:e] for s, e in body.offsets] == list(body.sentences)
    assert len(body.sentences) == 3


def test_stance_features_count_refuting_and_hedging_words():
    sentences = ("Reports that the bridge collapsed are false, officials said.", "The bridge reportedly remains open.")
    idf = {}
    cand = candidate_indices("Portmere bridge collapses", sentences, idf)
    feats = pair_features("Portmere bridge collapses", np.ones(384) / np.sqrt(384), sentences, cand, np.zeros((len(cand), 384)), idf)
    assert feats["refute_top"] == 1 and feats["hedge_top"] >= 2  # "false"; "reports", "reportedly"
    assert 0.0 < feats["cover_body"] < 1.0  # "bridge" is in the body, "portmere" is not
    assert set(FEATURE_NAMES) <= set(feats)


def test_stance_shipped_model_loads_and_separates_related_from_unrelated(encoder):
    bundle = load_stance_model()
    assert tuple(bundle["features"]) == FEATURE_NAMES and set(bundle["labels"]) == set(STANCES)
    assert bundle["meta"]["heldout"]["fnc_score"] >= 0.82 and bundle["meta"]["heldout"]["macro_f1"] >= 0.65
    pairs = [("Portmere harbour bridge reopens after repairs", BODY), ("Comet lights up the desert sky over Varna", BODY)]
    matrix, _ = pairs_matrix(pairs, bundle["idf"])
    labels, proba = predict_stances(matrix, bundle)
    assert labels[1] == "unrelated" and labels[0] != "unrelated"
    assert np.allclose(proba.sum(axis=1), 1.0)


# ---------------------------------------------------------------- memoised stems, one tokenisation per body

from newsprism.compare import stance as stance_module  # noqa: E402
from newsprism.compare.stance import STOPWORDS, body_stats, content_stems, stem, words  # noqa: E402

WORDY = st.text(alphabet="abcdeilnsgy' ’.,NT\n", max_size=80)


def _plain_stem(token: str) -> str:
    # the suffix rule written out again, without the memo
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(token) > len(suffix) + 3 and token.endswith(suffix):
            return token[: -len(suffix)]
    return token


SMALL_LIMIT = 3  # the memo restarts many times over one example


@given(st.lists(st.text(alphabet="abdeginlsy", max_size=9), max_size=40))
def test_stance_stem_memo_returns_the_rule_and_survives_its_limit(tokens):
    saved = stance_module.STEM_MEMO_LIMIT
    stance_module.STEM_MEMO_LIMIT = SMALL_LIMIT
    stance_module._STEMS.clear()
    try:
        assert [stem(t) for t in tokens + tokens] == [_plain_stem(t) for t in tokens + tokens]
        assert len(stance_module._STEMS) <= SMALL_LIMIT
    finally:
        stance_module.STEM_MEMO_LIMIT = saved


@given(WORDY)
def test_stance_words_rewrites_only_contractions(text):
    import re

    expected = ["n't" if t.endswith("n't") else t for t in re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower().replace("’", "'"))]
    assert words(text) == expected


def test_stance_words_keeps_negation_whole():
    assert words("Officials isn’t sure; they DIDN'T agree") == ["officials", "n't", "sure", "they", "n't", "agree"]


@given(st.lists(WORDY, min_size=1, max_size=6))
def test_stance_body_stats_match_tokenising_the_joined_body(sentences):
    body_stats.cache_clear()
    stats = body_stats(tuple(sentences))
    text = " ".join(sentences)
    assert stats.tokens == tuple(words(text))
    assert stats.stem_list == tuple(stem(t) for t in words(text) if t not in STOPWORDS)
    assert stats.sentence_stems == tuple(frozenset(content_stems(s)) for s in sentences)
    assert stats.lead_stems == frozenset(content_stems(" ".join(sentences[:2])))
    assert stats.text == text
