"""The word overlap that picks and relates claim pairs is a fraction, and shared entities make candidates."""

from __future__ import annotations

import re
from types import SimpleNamespace

from hypothesis import given, settings as hsettings, strategies as st

from newsprism.compare.align import ClaimItem, align_story, candidate_pairs, claim_item, stem_idf, word_overlap
from newsprism.compare.settings import CompareSettings
from newsprism.records import ArticleAnalysis

from .conftest import article, claim, entity, view

SETTINGS = CompareSettings()


def _bare(article_id: str, stems: set, entities: set = frozenset(), position: str = "body") -> ClaimItem:
    """A claim item carrying only what candidate_pairs reads."""
    return ClaimItem(SimpleNamespace(id=article_id), SimpleNamespace(position=position), " ".join(sorted(stems)),
                     set(stems), set(entities))


def _real(aid: str, outlet: str, text: str, ents=()) -> ClaimItem:
    art = article(aid, "Crossings", text, outlet)
    c = claim(art, text)
    return claim_item(view(art, ArticleAnalysis(art.id, entities=tuple(entity(art, *e) for e in ents), claims=(c,))), c)


def test_overlap_of_identical_claims_is_one_whatever_the_idf():
    # The product of the IDF-weighted matrix with itself, over plain weights, gave the IDF here (4.0).
    a, b = _bare("a", {"flood", "clos", "harbour"}), _bare("b", {"flood", "clos", "harbour"})
    assert candidate_pairs([a, b], {"flood": 4.0, "clos": 4.0, "harbour": 4.0}, SETTINGS) == [(0, 1, 1.0)]


def test_overlap_is_the_share_of_the_lighter_claims_weight():
    idf = {"flood": 4.0, "clos": 4.0, "harbour": 4.0, "delay": 4.0, "ferri": 4.0}
    assert word_overlap({"flood", "clos", "harbour"}, {"flood", "delay", "ferri"}, idf) == 1 / 3
    # a short claim inside a longer one is fully covered
    assert word_overlap({"flood", "clos"}, {"flood", "clos", "harbour", "delay", "ferri"}, idf) == 1.0


def test_a_shared_common_word_counts_for_less_than_a_shared_rare_one():
    idf = {"not": 1.4, "accept": 4.6, "iran": 6.8, "negoti": 5.9}
    common = word_overlap({"not", "accept"}, {"not", "negoti"}, idf)
    rare = word_overlap({"iran", "accept"}, {"iran", "negoti"}, idf)
    assert common < SETTINGS.related_overlap < rare


def test_a_shared_entity_makes_a_candidate_without_a_shared_word():
    shared = [_bare("a", {"chancellor", "tour"}, {"person:varga"}), _bare("b", {"varga", "inspect"}, {"person:varga"})]
    apart = [_bare("a", {"chancellor", "tour"}, {"person:varga"}), _bare("b", {"varga", "inspect"}, {"person:moreau"})]
    assert candidate_pairs(shared, {}, SETTINGS) == [(0, 1, 0.0)]
    assert candidate_pairs(apart, {}, SETTINGS) == []


def test_headlines_are_candidates_and_claims_of_one_article_never_are():
    items = [_bare("a", {"port"}, position="headline"), _bare("a", {"port"}), _bare("b", {"storm"}, position="headline")]
    assert [(i, j) for i, j, _ in candidate_pairs(items, {}, SETTINGS)] == [(0, 2)]


STEMS = st.sets(st.sampled_from("port storm clos harbour ferri delay flood dakra said not".split()), max_size=6)


@hsettings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abc"), STEMS), min_size=2, max_size=7),
       st.dictionaries(st.sampled_from("port storm clos harbour ferri flood said not".split()), st.floats(1.0, 8.0)))
def test_candidate_overlap_matches_the_set_formula(claims, idf):
    items = sorted((_bare(aid, stems) for aid, stems in claims), key=lambda it: it.view.id)
    everything = CompareSettings(lexical_prefilter=0.0)
    pairs = candidate_pairs(items, idf, everything)
    expected = [(i, j) for i in range(len(items)) for j in range(i + 1, len(items)) if items[i].view.id != items[j].view.id]
    assert [(i, j) for i, j, _ in pairs] == expected
    for i, j, lexical in pairs:
        assert 0.0 <= lexical <= 1.0
        assert abs(lexical - word_overlap(items[i].stems, items[j].stems, idf)) < 1e-9
        assert abs(lexical - word_overlap(items[j].stems, items[i].stems, idf)) < 1e-9


def test_signals_show_the_overlap_as_a_fraction(encoder):
    one = article("f1", "Port closes", "The port of Dakra closed on Tuesday because of the storm.", "Harbor Times")
    two = article("f2", "Storm shuts port", "The port of Dakra closed on Tuesday because of a storm.", "Daily Meridian")
    analyses = [ArticleAnalysis(a.id, claims=(claim(a, a.text.split("\n\n")[1]),)) for a in (one, two)]
    _, links = align_story("s", [view(one, analyses[0]), view(two, analyses[1])], {"dakra": 7.0, "storm": 5.0}, SETTINGS, encoder)
    body = [l for l in links if l.a.span.start > 0 and l.b.span.start > 0]
    assert len(body) == 1 and body[0].relation == "same"
    shown = [s for s in body[0].evidence["signals"] if s.startswith("word overlap")]
    assert shown == ["word overlap 1.00"]  # same content words, the article differs
    assert all(re.fullmatch(r"word overlap (0\.\d\d|1\.00)", s) for l in links for s in l.evidence["signals"] if s.startswith("word overlap"))


def test_a_word_the_table_lacks_weighs_as_the_rarest_word_it_has():
    idf = {"not": 1.4, "port": 4.9, "gulf": 6.6}
    of = stem_idf(idf)
    assert of("kufstein") == 6.6 and of("not") == 1.4
    assert stem_idf({})("kufstein") == 1.0  # no table: every word alike


@hsettings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from("port storm clos harbour ferri flood said not".split()), st.floats(1.0, 8.0), min_size=1),
       st.sampled_from("dakra varga kufstein".split()))
def test_an_unseen_word_never_weighs_less_than_a_seen_one(idf, unseen):
    assert all(stem_idf(idf)(unseen) >= value for value in idf.values())


def test_a_shared_name_the_table_lacks_makes_two_claims_candidates():
    # "Kufstein" is in no training body of the shipped table: a shared place name, the most telling
    # word of the two claims, and before it weighed 1.0 (below "said") and left the pair unpaired.
    from newsprism.compare.stance import load_stance_model

    idf = load_stance_model()["idf"]
    assert "kufstein" not in idf
    near = [_real("a", "Outlet A", "Ilse Varga inspected the frontier post at Kufstein"),
            _real("b", "Outlet B", "On Monday evening the chancellor toured a mountain checkpoint near Kufstein with customs officers")]
    apart = [near[0], _real("b", "Outlet B", "On Monday evening the chancellor toured a mountain checkpoint with customs officers")]
    assert word_overlap(near[0].stems, near[1].stems, idf) >= SETTINGS.lexical_prefilter
    assert [(i, j) for i, j, _ in candidate_pairs(near, idf, SETTINGS)] == [(0, 1)]
    assert candidate_pairs(apart, idf, SETTINGS) == []
