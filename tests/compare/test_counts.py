"""Counts in claims and the numbers signal of claim alignment: same thing counted, same place."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsprism.compare.align import claim_item, relate
from newsprism.compare.counts import conflicting_counts, counts, different_subjects, named_things, unlinked_names
from newsprism.compare.settings import CompareSettings
from newsprism.records import ArticleAnalysis

from .conftest import article, claim, entity, view

SETTINGS = CompareSettings()


def _item(sentence, outlet="A", entities=()):
    art = article(f"{outlet}-{abs(hash(sentence)) % 10**6}", "Story", sentence, outlet)
    ents = tuple(entity(art, p, k, c) for p, k, c in entities)
    c = claim(art, sentence.rstrip("."))
    return claim_item(view(art, ArticleAnalysis(art.id, entities=ents, claims=(c,))), c)


def _numbers_signals(a_text, b_text, a_entities=(), b_entities=()):
    _, _, signals = relate(_item(a_text, "A", a_entities), _item(b_text, "B", b_entities), 0.9, 0.6, SETTINGS)
    return [s for s in signals if s.startswith("numbers")]


def test_counts_reads_the_counted_noun():
    assert counts("The storm killed 12 people and injured 40 more residents.") == {"people": {"12"}, "resident": {"40"}}
    assert counts("Officials said 1,200 families were moved.") == {"family": {"1200"}}
    assert counts("He won by 12 thousand votes, a 4% margin.") == {"vote": {"12 thousand"}, "percent": {"4"}}
    assert counts("Between 12 and 15 people were hurt.") == {"people": {"12", "15"}}


def test_counts_ignores_years_dates_and_clock_times():
    assert counts("In 2019 the port closed on March 12 at 3 p.m. and reopened at 10:30 on 4 May.") == {}
    assert counts("The dam, built in 1998, held.") == {}
    # a four-digit count is still a count
    assert counts("A total of 2000 people marched.") == {"people": {"2000"}}


def test_conflicting_counts_only_for_a_shared_noun():
    assert conflicting_counts({"people": {"12"}}, {"people": {"40"}}) == [("people", ["12"], ["40"])]
    assert conflicting_counts({"people": {"12"}}, {"building": {"40"}}) == []
    assert conflicting_counts({"people": {"12", "40"}}, {"people": {"40"}}) == []


def test_unlinked_names_skip_sentence_starts_holders_and_entity_spans():
    text = "Aid workers said that 58 families waited in Orrin. Nadia Pell said so"
    assert unlinked_names(text, [], "Aid workers") == {"orrin", "pell"}
    assert unlinked_names(text, [(text.index("Orrin"), text.index("Orrin") + 5)], "Nadia Pell") == frozenset()


def test_different_subjects_needs_something_on_both_sides():
    selm, velmar = frozenset({"gpe:selm", "selm"}), frozenset({"velmar"})
    assert different_subjects([selm], [velmar])
    assert not different_subjects([selm], [selm, velmar])  # one side adds a name: still one subject
    # linked in one article, unknown to the entity layer in the other: one place
    assert not different_subjects(named_things({"gpe:selm": {"Selm"}}, frozenset(), ""), [frozenset({"selm"})])


def test_same_place_different_toll_contradicts():
    selm = [("Selm", "GPE", "gpe:selm")]
    signals = _numbers_signals("The blast in Selm killed 12 people.", "The blast in Selm killed 40 people.", selm, selm)
    assert signals == ["numbers: 12 vs 40 (people)"]


def test_same_toll_unlinked_place_contradicts():
    assert _numbers_signals("Rescuers said 12 people died near Harlow.", "Rescuers said 40 people died near Harlow.")


def test_different_places_do_not_contradict():
    a, b = "Officials said 58 families were waiting for help in Orrin.", "Officials said 94 families were waiting for help in Pell."
    assert _numbers_signals(a, b) == []
    selm, velmar = [("Selm", "GPE", "gpe:selm")], [("Velmar", "GPE", "gpe:velmar")]
    assert _numbers_signals("The blast killed 12 people in Selm.", "The blast killed 40 people in Velmar.", selm, velmar) == []


def test_years_and_different_nouns_do_not_contradict():
    assert _numbers_signals("The bridge in Selm opened in 2019 after a long delay.", "The bridge in Selm opened in 2021 after a long delay.") == []
    assert _numbers_signals("The quake damaged 40 buildings in Selm.", "The quake damaged 12 schools in Selm.") == []


@given(st.text(max_size=80))
def test_counts_never_fails_and_values_hold_digits(text):
    for noun, values in counts(text).items():
        assert values and all(any(ch.isdigit() for ch in v) for v in values)
        assert noun == noun.lower()
