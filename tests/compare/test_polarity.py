"""Polarity for the claim's own holder: quoted and reported negations, other holders, double negation."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.compare.align import claim_item, relate, story_claims
from newsprism.compare.polarity import negation_cues, quoted_ranges
from newsprism.compare.settings import CompareSettings
from newsprism.records import ArticleAnalysis

from .conftest import article, view

SETTINGS = CompareSettings()
# Structure is under test, not the encoder: every pair is scored as a close paraphrase.
CLOSE, OVERLAP = 0.9, 0.8


@pytest.mark.parametrize("text, live", [
    ("Talks will not resume on Monday.", 1),
    ("Varnia has never closed the door to dialogue.", 0),
    ("The strait will not be closed this winter.", 0),
    ("The envoy sees no barriers to talks with Doravia.", 0),
    ("She had not ruled out talks altogether.", 0),
    ("A deal is not impossible.", 0),
    ("A deal is impossible.", 1),
    ("That is not nothing.", 0),
    ("It is a statement of principle, not a negotiating position.", 0),
    ("The port isn't open and the ferries did not sail.", 2),
])
def test_polarity_negation_cues_cancel_double_negation(text, live):
    assert len(negation_cues(text)) == live


def test_polarity_negation_cues_skip_quoted_words():
    text = 'The banner read "we will not leave" while police did not move.'
    assert [text[o:o + 3] for o in negation_cues(text, quoted_ranges(text))] == ["not"]
    assert len(negation_cues(text)) == 2


@pytest.mark.parametrize("text, quoted", [
    ('Officials said the strait "will not be closed" today.', ['"will not be closed"']),
    ("Vale said “we stay” and “we talk”.", ["“we stay”", "“we talk”"]),
    ('will not be closed," the minister said', ['will not be closed,"']),  # the span cuts the quote open
    ('the envoy called it "a theatre', ['"a theatre']),
])
def test_polarity_quoted_ranges(text, quoted):
    assert [text[a:b] for a, b in quoted_ranges(text)] == quoted


@given(st.text(alphabet=st.sampled_from(list('ab "“”,')), max_size=40))
def test_polarity_quoted_ranges_are_ordered_and_in_bounds(text):
    ranges = quoted_ranges(text)
    assert all(0 <= a < b <= len(text) for a, b in ranges)
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(ranges))


# ---------------------------------------------------------------- real analyses (the spaCy pipeline)


def _analysed(nlp, aid: str, body: str, outlet: str):
    from newsprism.analyze.pipeline import analyze_articles
    from newsprism.config import Settings

    art = article(aid, "Strait talks", body, outlet)
    return view(art, next(analyze_articles([art], Settings(), nlp=nlp)))


def _item_with(nlp, body: str, phrase: str, outlet: str):
    """The claim item of the outermost claim that covers ``phrase``."""
    v = _analysed(nlp, f"{outlet}-{abs(hash(body)) % 10**8}", body, outlet)
    start = v.article.text.index(phrase)
    covering = [c for c in story_claims(v) if c.span.start <= start and start + len(phrase) <= c.span.end]
    assert covering, f"no claim covers {phrase!r}: {[c.span.text for c in story_claims(v)]}"
    return claim_item(v, max(covering, key=lambda c: c.span.end - c.span.start))


def _relation(nlp, first: tuple[str, str], second: tuple[str, str]):
    a = _item_with(nlp, *first, outlet="Harbor Times")
    b = _item_with(nlp, *second, outlet="Civic Ledger")
    return relate(a, b, CLOSE, OVERLAP, SETTINGS)


NOT_CONTRADICTING = [
    pytest.param(('Officials in Varnia said the strait "will not be closed" this winter.', "the strait"),
                 ("The Varnian minister said the strait would stay open this winter.", "the strait"), id="quoted-negation"),
    pytest.param(("Critics in Doravia denied that the Kessel dam was finished.", "the Kessel dam"),
                 ("The Kessel dam was finished in June.", "The Kessel dam"), id="denied-by-another-holder"),
    pytest.param(("Opposition leaders said the Kessel dam was not finished.", "the Kessel dam"),
                 ("The Kessel dam was finished in June.", "The Kessel dam"), id="negated-by-another-holder"),
    pytest.param(("Minister Oren Vale said Doravia has never closed the door to dialogue.", "Doravia has"),
                 ("Minister Oren Vale said Doravia is open to dialogue.", "Doravia is"), id="double-negation"),
    pytest.param(("The envoy sees no barriers to a ceasefire in Varnia.", "The envoy"),
                 ("The envoy sees a path to a ceasefire in Varnia.", "The envoy"), id="no-barriers"),
]


@pytest.mark.parametrize("first, second", NOT_CONTRADICTING)
def test_polarity_no_contradiction_across_holders_or_double_negation(nlp, first, second):
    decided = _relation(nlp, first, second)
    assert decided is not None and decided[0] != "contradicts", decided


STILL_CONTRADICTING = [
    pytest.param(("Talks between Varnia and Doravia will resume on Monday.", "Talks"),
                 ("Talks between Varnia and Doravia will not resume on Monday.", "Talks"), "polarity", id="writer-vs-writer"),
    pytest.param(("Minister Oren Vale said the border will reopen on Monday.", "the border"),
                 ("Minister Oren Vale said the border will not reopen on Monday.", "the border"), "polarity", id="same-speaker"),
    pytest.param(("Critics in Doravia said the Kessel dam was finished.", "the Kessel dam"),
                 ("Critics in Doravia denied that the Kessel dam was finished.", "the Kessel dam"), "polarity", id="said-vs-denied"),
    pytest.param(("President Lina Moreau arrived in Dakra on Tuesday.", "President Lina Moreau"),
                 ("Former President Lina Moreau arrived in Dakra on Tuesday.", "Former President"), "role", id="former-vs-sitting"),
]


@pytest.mark.parametrize("first, second, signal", STILL_CONTRADICTING)
def test_polarity_real_opposites_still_contradict(nlp, first, second, signal):
    relation, _, signals = _relation(nlp, first, second)
    assert relation == "contradicts" and any(s.startswith(signal) for s in signals), signals


# ---------------------------------------------------------------- without the attribution and claims layers


def _sentence_item(body: str, outlet: str):
    art = article(f"{outlet}-{abs(hash(body)) % 10**8}", "Harbour", body, outlet)
    v = view(art, ArticleAnalysis(art.id))
    return claim_item(v, next(c for c in story_claims(v) if c.position != "headline"))


def test_polarity_text_reading_keeps_the_reported_speaker():
    quoted = _sentence_item('Officials said the strait "will not be closed" this winter.', "A")
    stays = _sentence_item("The minister said the strait would stay open this winter.", "B")
    assert (quoted.polarity.holder_name, quoted.negative) == ("officials", False)
    assert relate(quoted, stays, CLOSE, OVERLAP, SETTINGS)[0] != "contradicts"
    opens = _sentence_item("The port authority said the harbour will reopen on Monday.", "A")
    shut = _sentence_item("The port authority said the harbour will not reopen on Monday.", "B")
    assert relate(opens, shut, CLOSE, OVERLAP, SETTINGS)[0] == "contradicts"


# ---------------------------------------------------------------- the claims layer's polarity is read, not re-derived


def _layer_item(body: str, phrase: str, outlet: str, **claim_kw):
    from .conftest import claim

    art = article(f"{outlet}-{abs(hash(body)) % 10**8}", "Harbour", body, outlet)
    made = claim(art, phrase, **claim_kw)
    return claim_item(view(art, ArticleAnalysis(art.id, claims=(made,))), made)


def test_polarity_layer_claims_are_read_as_the_layer_decided():
    # the same words, read by the layer two ways: the comparison follows the record, not the text
    text = "The harbour of Selm will not reopen on Monday."
    negative = _layer_item(text, text[:-1], "A", modality="negated", polarity="negative")
    positive = _layer_item(text, text[:-1], "B", modality="negated", polarity="positive")
    assert negative.negative and not positive.negative
    assert positive.polarity.holder_name == "writer"


def test_polarity_negation_in_others_words_has_no_known_holder():
    text = 'The envoy called the offer "not serious" on Monday.'
    quoted = _layer_item(text, text[:-1], "A", polarity="positive", others_negation=True)
    plain = "The envoy did not call the offer serious on Monday."
    negated = _layer_item(plain, plain[:-1], "B", modality="negated", polarity="negative")
    assert quoted.polarity == ("", "", False)
    assert relate(quoted, negated, CLOSE, OVERLAP, SETTINGS)[0] != "contradicts"
    # read as the writer's own positive, the same pair would be set against each other
    writer = _layer_item(text, text[:-1], "C", polarity="positive")
    assert relate(writer, negated, CLOSE, OVERLAP, SETTINGS)[0] == "contradicts"
