"""Alignment routes that do not rest on a close cosine: the story's counts, shared quotes, polarity."""

from __future__ import annotations

from newsprism.compare.align import align_story, relate
from newsprism.compare.quantities import TIME
from newsprism.compare.settings import CompareSettings
from newsprism.records import ArticleAnalysis

from .conftest import article, claim, view
from .test_align import _item

SETTINGS = CompareSettings()


def _story(encoder, first: tuple[str, str, str], second: tuple[str, str, str]):
    """Two one-claim articles (headline, body, claimed phrase) aligned as one story."""
    views = []
    for n, (headline, body, phrase) in enumerate((first, second)):
        art = article(f"a{n}", headline, body, f"Outlet {n}")
        views.append(view(art, ArticleAnalysis(art.id, claims=(claim(art, phrase),))))
    return align_story("s", views, {}, SETTINGS, encoder)[1]


def test_different_counts_of_what_the_headlines_count_contradict_at_low_similarity(encoder):
    links = _story(encoder,
                   ("Corvania masses 30,000 troops near Eskel", "The drills involve about 12,000 troops, tanks and river boats.",
                    "The drills involve about 12,000 troops, tanks and river boats"),
                   ("Eskel fears invasion as Corvania masses troops", "Corvania has gathered as many as 30,000 troops on its frontier.",
                    "Corvania has gathered as many as 30,000 troops on its frontier"))
    counted = [l for l in links if l.relation == "contradicts" and l.a.span.start > 0 and l.b.span.start > 0]
    assert counted and any(s.startswith("numbers: about 12,000 troops") for s in counted[0].evidence["signals"])


def test_compatible_or_side_counts_do_not_contradict(encoder):
    # "several hundred" and "about 800" agree; the tonnes of fuel are no count the headlines name
    links = _story(encoder,
                   ("Hundreds of marchers reach Velmora", "Several hundred marchers and 40 tonnes of food reached Velmora.",
                    "Several hundred marchers and 40 tonnes of food reached Velmora"),
                   ("Velmora marchers arrive", "Police counted about 800 marchers; the trucks carried 900 tonnes of cement.",
                    "Police counted about 800 marchers; the trucks carried 900 tonnes of cement"))
    assert not [l for l in links if l.relation == "contradicts"]


def test_the_same_quoted_words_make_one_claim_at_low_similarity(encoder):
    links = _story(encoder,
                   ("Ostrava responds", 'Minister Hana Bel said the strikes were "entirely proportionate and lawful" in a late statement.',
                    'Minister Hana Bel said the strikes were "entirely proportionate and lawful" in a late statement'),
                   ("Border tension", 'Bel insisted that everything her pilots did was entirely proportionate and lawful.',
                    'everything her pilots did was entirely proportionate and lawful'))
    same = [l for l in links if l.relation == "same" and l.a.span.start > 0 and l.b.span.start > 0]
    assert same and 'quoted alike: "entirely proportionate and lawful"' in same[0].evidence["signals"]


def test_opposite_polarity_of_different_holders_is_not_one_claim():
    a = _item("Ransom", "Minister Dana Ruiz said Lorvia did not pay ransoms.", "Lorvia did not pay ransoms", holder="Dana Ruiz",
              modality="negated", polarity="negative")
    b = _item("Ransom", "Lorvian newspapers say Lorvia paid ransoms.", "Lorvia paid ransoms", outlet="B", holder="Lorvian newspapers")
    relation, _, signals = relate(a, b, 0.85, 0.7, SETTINGS)
    assert relation == "elaborates" and signals[0] == "opposite polarity"


def test_durations_conflict_only_between_related_claims():
    a = _item("Navy holds freighter for six hours", "The navy held the freighter for about six hours.", "The navy held the freighter for about six hours")
    b = _item("Freighter released", "Talks with the owners lasted nearly nine hours.", "Talks with the owners lasted nearly nine hours", outlet="B")
    for item in (a, b):
        item.salient = frozenset({TIME})  # the headlines give a duration
    assert relate(a, b, 0.3, 0.1, SETTINGS) is None
    relation, _, signals = relate(a, b, 0.6, 0.1, SETTINGS)
    assert relation == "contradicts" and signals[0].startswith("numbers: about six hours vs nearly nine hours")
