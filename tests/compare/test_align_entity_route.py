"""Claims that share an entity but are no close paraphrase: related only when they share a topic too."""

from __future__ import annotations

import re

import pytest

from newsprism.compare.align import (
    align_story,
    headline_entities,
    prepare_story,
    relate,
    word_overlap,
)
from newsprism.compare.settings import CompareSettings
from newsprism.compare.stance import load_stance_model
from newsprism.records import ArticleAnalysis, Entity, Span

from .conftest import article, claim, view

SETTINGS = CompareSettings()
PELL, VESMERIA, QUESARIA = "gpe:pell", "gpe:vesmeria", "gpe:quesaria"
# Below related_similarity, where only the shared entity and the word overlap can relate two claims.
LOOSE = 0.42


@pytest.fixture(scope="module")
def idf():
    return load_stance_model()["idf"]


def _view(aid: str, outlet: str, headline: str, body: str, phrase: str, names: dict):
    """One article with one writer claim; ``names`` maps each name to its id, tagged wherever it occurs."""
    art = article(aid, headline, body, outlet)
    ents = [Entity(Span.of(art.text, m.start(), m.end()), "GPE", cid, name)
            for name, cid in names.items() for m in re.finditer(re.escape(name), art.text)]
    analysis = ArticleAnalysis(art.id, entities=tuple(sorted(ents, key=lambda e: e.span.start)), claims=(claim(art, phrase),))
    return view(art, analysis)


def _flood_story(headline_b: str = "Vesmeria counts the damage"):
    """Two outlets on a flood in Vesmeria, each with a side remark about the town of Pell."""
    names = {"Vesmeria": VESMERIA, "Pell": PELL}
    return [_view("f-a", "Harbor Times", "Floods cut roads across Vesmeria",
                  "Rivers rose across Vesmeria. Aid workers said supplies of milk were running low in Pell.",
                  "supplies of milk were running low in Pell", names),
            _view("f-b", "Daily Meridian", headline_b,
                  "Floodwater closed roads in Vesmeria. Teachers said the mood in Pell remained tense.",
                  "the mood in Pell remained tense", names)]


def _pair(views, idf):
    """The two body claims of a two-article story, their word overlap and the story's stem weights."""
    story = prepare_story("s", views, idf, SETTINGS)
    a, b = (next(it for it in story.items if it.view is v and it.claim.position == "body") for v in views)
    return a, b, word_overlap(a.stems, b.stems, idf), story.stem_weight


def test_headline_entities_are_the_names_the_headlines_carry():
    views = _flood_story()
    assert headline_entities(views) == {VESMERIA}  # Pell is named in the bodies only
    assert headline_entities(_flood_story("Pell waits for help as Vesmeria floods")) == {VESMERIA, PELL}


def test_a_side_remark_sharing_only_a_town_is_not_related(idf):
    a, b, lexical, weight = _pair(_flood_story(), idf)
    assert a.entities & b.entities == {PELL}
    # The unseen name alone carries the overlap past related_overlap: the entity would count twice.
    assert lexical >= SETTINGS.related_overlap
    assert relate(a, b, LOOSE, lexical, SETTINGS, weight) is None


def test_the_same_remarks_are_related_when_the_story_is_about_the_town(idf):
    a, b, lexical, weight = _pair(_flood_story("Pell waits for help as Vesmeria floods"), idf)
    assert relate(a, b, LOOSE, lexical, SETTINGS, weight)[0] == "elaborates"


def test_claims_sharing_a_town_and_a_topic_are_related(idf):
    names = {"Vesmeria": VESMERIA, "Pell": PELL}
    first, second = "the bridge in Pell had been closed since Monday", "Engineers kept the old Pell bridge closed for repairs"
    views = [_view("b-a", "Harbor Times", "Floods cut roads across Vesmeria", f"Officials said {first}.", first, names),
             _view("b-b", "Daily Meridian", "Vesmeria counts the damage", f"{second}.", second, names)]
    a, b, lexical, weight = _pair(views, idf)
    assert a.entities & b.entities == {PELL} and PELL not in a.subjects  # words beside the town carry the pair
    assert relate(a, b, LOOSE, lexical, SETTINGS, weight)[0] == "elaborates"


def test_claims_naming_the_storys_subject_are_related_without_other_shared_words(idf):
    # "dialogue" and "negotiations" say one thing in different words: the shared subject carries the pair.
    names = {"Quesaria": QUESARIA}
    first, second = "there would be no dialogue with Quesaria under pressure", "Negotiations with Quesaria depend on an end to sanctions"
    views = [_view("q-a", "Harbor Times", "Talks with Quesaria stall", f"The minister said {first}.", first, names),
             _view("q-b", "Daily Meridian", "Quesaria sanctions remain", f"{second}.", second, names)]
    a, b, lexical, weight = _pair(views, idf)
    assert a.stems & b.stems == {"quesaria"} and QUESARIA in a.subjects
    assert relate(a, b, LOOSE, lexical, SETTINGS, weight)[0] == "elaborates"


def test_a_story_links_no_side_remarks_that_share_only_a_town(encoder, idf):
    views = _flood_story()
    a, b, _, _ = _pair(views, idf)
    similarity = float(encoder.encode([a.text])[0] @ encoder.encode([b.text])[0])
    assert similarity < SETTINGS.related_similarity  # else the embeddings alone relate them and this proves nothing
    _, links = align_story("s", views, idf, SETTINGS, encoder)
    assert {(l.a.span.text, l.b.span.text) for l in links} == {(views[0].article.headline, views[1].article.headline)}
