"""Negation decided once, in the claims layer: Claim.polarity for the claim's own holder."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.analyze.negation import NEGATIVE_PREDICATES, is_denial, live_negators, negated_predicate


def _claim_over(nlp, text: str, phrase: str):
    """The longest claim of ``text`` whose span covers ``phrase``."""
    claims = nlp(text)._.np_claims
    start = text.index(phrase)
    covering = [c for c in claims if c.span.start <= start and start + len(phrase) <= c.span.end]
    assert covering, [c.span.text for c in claims]
    return max(covering, key=lambda c: c.span.end - c.span.start)


@pytest.mark.parametrize("text, phrase", [
    ("Minister Oren Vale said Doravia has never closed the door to dialogue.", "never closed"),
    ("The envoy of Varnia had not ruled out talks with Doravia.", "not ruled out"),
    ("A deal between Varnia and Doravia is not impossible.", "not impossible"),
    ("The envoy of Varnia sees no barriers to talks with Doravia.", "no barriers"),
    ("Varnia no longer refuses talks with Doravia.", "no longer refuses"),
    ("The harbour workers of Selm are not against the new contract.", "not against"),
    ("The president of Varnia did not veto the fishing bill.", "did not veto"),
    ("Doravia has not dismissed the offer from Varnia.", "not dismissed"),
])
def test_negation_double_negative_is_marked_but_positive(nlp, text, phrase):
    claim = _claim_over(nlp, text, phrase)
    # the gold reads these as "negated" (marked negation); what the holder says is positive
    assert claim.modality == "negated" and claim.polarity == "positive", claim


@pytest.mark.parametrize("text, phrase", [
    ("The council of Selm did not approve the harbour budget.", "did not approve"),
    ("Varnia no longer supports the fishing agreement with Doravia.", "no longer supports"),
    ("A deal between Varnia and Doravia is impossible.", "impossible"),
])
def test_negation_plain_negatives_stay_negative(nlp, text, phrase):
    assert _claim_over(nlp, text, phrase).polarity == "negative"


@pytest.mark.parametrize("text, phrase, polarity", [
    ("Varnia has been patient for years and would not negotiate under threat.", "would not negotiate", "negative"),
    ("The ministry of Selm said the port was open but not ready for ferries.", "not ready", "negative"),
    ("The council of Selm met on Monday and approved the harbour budget.", "approved", "positive"),
])
def test_negation_coordinated_predicate_counts_for_the_holder(nlp, text, phrase, polarity):
    assert _claim_over(nlp, text, phrase).polarity == polarity


def test_negation_inside_a_quote_is_not_the_writers(nlp):
    text = 'The envoy called the Varnian offer "not serious" and left the hall on Monday.'
    claim = _claim_over(nlp, text, "left the hall")
    assert claim.holder == "writer"
    assert claim.polarity == "positive" and claim.others_negation


def test_negation_in_a_reported_speakers_words_is_not_the_reporters(nlp):
    text = "Mayor Ines Roth said residents were angry after Governor Oren Vale said the bridge would not reopen this winter."
    claims = nlp(text)._.np_claims
    mayor = next(c for c in claims if c.holder == "Ines Roth")
    governor = next(c for c in claims if c.holder == "Oren Vale")
    assert (mayor.polarity, mayor.others_negation) == ("positive", True)
    assert governor.polarity == "negative" and not governor.others_negation


def test_negation_denial_cue_flips_the_speakers_polarity(nlp):
    denied = _claim_over(nlp, "Critics in Doravia denied that the Kessel dam was finished.", "the Kessel dam")
    said = _claim_over(nlp, "Critics in Doravia said that the Kessel dam was finished.", "the Kessel dam")
    assert (denied.holder, denied.polarity) == (said.holder, "negative")
    assert said.polarity == "positive"


# ---------------------------------------------------------------- the word rules alone


@pytest.mark.parametrize("words, candidates, live", [
    ("iran has never closed the door".split(), [2], []),
    ("she had not ruled out talks".split(), [2], []),
    ("she had not ruled on talks".split(), [2], [2]),
    ("a deal is not impossible".split(), [3, 4], []),
    ("a deal is impossible".split(), [3], [3]),
    ("iran no longer refuses talks".split(), [1], []),
    ("iran no longer supports talks".split(), [1], [1]),
    ("a principle , not a position".split(), [3], []),
    ("it was routine and not a response".split(), [4], [4]),
])
def test_negation_live_negators(words, candidates, live):
    assert live_negators(words, candidates) == live


VOCAB = ["not", "never", "no", "n't", "closed", "rule", "out", "the", "will", "be", "open", ",", "talks", "impossible"]


@given(st.lists(st.sampled_from(VOCAB), max_size=12), st.data())
def test_negation_live_negators_are_a_sorted_subset(words, data):
    candidates = data.draw(st.lists(st.integers(0, max(len(words) - 1, 0)), unique=True)) if words else []
    live = live_negators(words, candidates)
    assert live == sorted(live) and set(live) <= set(candidates)
    # a candidate is dropped only for a contrast or a negative predicate within three words after it
    for i in set(candidates) - set(live):
        target = negated_predicate(words, i)
        assert target is not None or words[i] == "not" or any(i == negated_predicate(words, j) for j in candidates)
        assert target is None or words[target] in NEGATIVE_PREDICATES | {"rule"}


@pytest.mark.parametrize("cue, denies", [("denied", True), ("flatly denies", True), ("said", False), ("denounced", False)])
def test_negation_denial_cues(cue, denies):
    assert is_denial(cue) is denies
