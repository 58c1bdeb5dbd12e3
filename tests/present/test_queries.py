"""The query layer over a real Store filled with hand-made records."""

from __future__ import annotations

import pytest

from newsprism.errors import NotFoundError
from newsprism.present import queries
from .conftest import HOSTILE_STORY, plain_article


def test_queries_list_stories_newest_first_with_counts(store, demo_story_id):
    rows = queries.list_stories(store)
    assert [r["id"] for r in rows] == [HOSTILE_STORY, demo_story_id]
    demo = rows[1]
    assert demo["outlets"] == ["Daily Meridian", "Northgate Wire", "The Harbour Ledger"]
    assert demo["articles"] == 3
    assert demo["verdicts"] == {"corroborated": 2, "contradicted": 1, "single-source": 1, "speculation-only": 2}


@pytest.mark.parametrize("kwargs,expected", [
    ({"q": "blockade"}, ["story-port-selm"]),
    ({"q": "Dusek"}, ["story-port-selm"]),
    ({"q": "nosuchwordanywhere"}, []),
    ({"q": 'zzqx" AND ('}, []),
    ({"outlet": "Northgate Wire"}, ["story-port-selm"]),
    ({"outlet": "Nobody"}, []),
    ({"entity": "KST"}, ["story-port-selm"]),
    ({"entity": "<script>"}, [HOSTILE_STORY]),
])
def test_queries_list_stories_filters(store, kwargs, expected):
    assert [r["id"] for r in queries.list_stories(store, **kwargs)] == expected


def test_queries_story_view_has_columns_rows_and_summary(store, demo_story_id):
    view = queries.story_view(store, demo_story_id)
    assert [c["outlet"] for c in view["columns"]] == ["The Harbour Ledger", "Daily Meridian", "Northgate Wire"]
    assert [r["verdict"] for r in view["rows"]][:3] == ["corroborated", "corroborated", "contradicted"]
    contradicted = view["rows"][2]
    assert set(contradicted["cells"]) == {"Daily Meridian", "Northgate Wire"}
    cell = contradicted["cells"]["Daily Meridian"][0]
    assert cell["modality"] == "conditional" and cell["holder"] == "Pavel Dusek"
    assert cell["prefix"] == "a1-" and cell["anchor"].startswith("ref-")
    assert [s["label"] for s in view["summary"]["disputed"]] == ["Whether the blockade ends this week"]
    assert len(view["summary"]["speculation"]) == 2 and len(view["summary"]["agreed"]) == 2
    assert view["columns"][2]["articles"][0]["headline_check"]["stance"] == "discuss"


def test_queries_story_view_sources_and_conditions(store, demo_story_id):
    view = queries.story_view(store, demo_story_id)
    varga = next(s for s in view["speakers"] if s["id"] == "elena-varga")
    assert set(varga["by_outlet"]) == {"The Harbour Ledger", "Daily Meridian", "Northgate Wire"}
    assert view["speakers"][0]["id"] == "elena-varga"  # quoted by the most outlets comes first
    sourcing = {st["sourcing"] for s in view["speakers"] for sts in s["by_outlet"].values() for st in sts}
    assert {"anonymous-official", "vague-collective", "media-report"} <= sourcing
    connectives = {c["connective"] for d in view["demands"] for c in d["conditions"]}
    assert connectives == {"only if", "as long as"}


def test_queries_story_view_accepts_an_id_prefix(store, demo_story_id):
    assert queries.story_view(store, demo_story_id[:10])["story"]["id"] == demo_story_id


def test_queries_article_view_of_unanalysed_article_is_empty_not_failing(store):
    view = queries.article_view(store, plain_article().id)
    assert view["statements"] == view["claims"] == view["events"] == view["entities"] == []
    assert view["headline_check"] is None


def test_queries_entity_view_collects_statements_and_events(store):
    varga = queries.entity_view(store, "elena-varga")
    assert varga["name"] == "Elena Varga" and len(varga["statements"]) == 4
    assert {s["outlet"] for s in varga["statements"]} == {"The Harbour Ledger", "Daily Meridian", "Northgate Wire"}
    kestria = queries.entity_view(store, "KST")
    roles = {(e["type"], e["role"]) for e in kestria["events"]}
    assert ("THREATEN", "actor") in roles and ("REQUEST", "recipient") in roles
    assert [e["published"] for e in kestria["events"]] == sorted(e["published"] for e in kestria["events"])


def test_queries_actor_graph_aggregates_labelled_edges(store, demo_story_id):
    graph = queries.actor_graph(store, story_id=demo_story_id)
    edges = {(e["source"], e["label"], e["target"]): e for e in graph["edges"]}
    assert edges[("VLD", "demands of", "KST")]["count"] == 2
    assert edges[("VLD", "demands of", "KST")]["conditional"] is True
    assert ("KST", "threatens", "VLD") in edges and ("KST", "rejects", "VLD") in edges
    assert {n["id"] for n in graph["nodes"]} == {"VLD", "KST"}


def test_queries_actor_graph_date_range(store):
    only_21st = queries.actor_graph(store, since="2026-11-21", until="2026-11-21")
    assert [(e["source"], e["type"]) for e in only_21st["edges"]] == [("VLD", "CONSULT")]


def test_queries_outlet_view_figures_have_articles_behind_them(store):
    view = queries.outlet_view(store, "Daily Meridian")
    figures = {f["key"]: f for f in view["figures"]}
    anonymous = figures["anonymous_sourcing_rate"]
    assert anonymous["articles"][0]["value"] == pytest.approx(1 / 3)
    assert (anonymous["numerator"], anonymous["denominator"], anonymous["articles"][0]["cited"]) == (1, 3, 1)
    assert figures["speculation_rate"]["value"] == pytest.approx(25.0)  # per 100 claims, as the profile gives it
    assert figures["speculation_rate"]["articles"][0]["value"] == pytest.approx(25.0)
    assert figures["headline_consistency"]["articles"][0]["value"] == 1.0
    assert len(view["articles"]) == 1


def test_queries_list_articles_search_gives_snippets(store):
    rows = queries.list_articles(store, q="smuggling")
    assert [r["outlet"] for r in rows] == ["Daily Meridian"]
    assert any(part["hit"] and part["text"].lower() == "smuggling" for part in rows[0]["snippet"])


@pytest.mark.parametrize("call", [
    lambda s: queries.story_view(s, "no-such-story"),
    lambda s: queries.article_view(s, "no-such-article"),
    lambda s: queries.entity_view(s, "no-such-entity"),
    lambda s: queries.outlet_view(s, "No Such Outlet"),
    lambda s: queries.actor_graph(s, story_id="no-such-story"),
])
def test_queries_unknown_ids_raise_not_found(store, call):
    with pytest.raises(NotFoundError):
        call(store)


def test_queries_story_facets_name_the_entities(store):
    facets = queries.story_facets(store)
    assert {"id": "elena-varga", "name": "Elena Varga"} in facets["entities"]
    assert {"id": "<script>", "name": "<script>"} in facets["entities"]  # no entity record: the id stands in
    assert "Northgate Wire" in facets["outlets"]


def test_queries_two_story_demo_lists_newest_first(tmp_path):
    from newsprism.present.web.demo import FEES_STORY_ID, STORY_ID, add_fees_story, build_demo_db, demo_records

    with build_demo_db(tmp_path / "two.db", corpus=add_fees_story(demo_records())) as store:
        rows = queries.list_stories(store)
        assert [r["id"] for r in rows] == [FEES_STORY_ID, STORY_ID]
        assert rows[0]["verdicts"]["speculation-only"] == 2 and rows[0]["articles"] == 2
        assert [r["id"] for r in queries.list_stories(store, q="consumers")] == [FEES_STORY_ID]
        assert len(queries.outlet_view(store, "Daily Meridian")["articles"]) == 2


def test_queries_list_entities_most_mentioned_first(store):
    rows = queries.list_entities(store)
    assert rows[0]["mentions"] >= rows[-1]["mentions"]
    varga = next(r for r in rows if r["id"] == "elena-varga")
    assert (varga["name"], varga["kind"], varga["articles"], varga["outlets"]) == ("Elena Varga", "PERSON", 3, 3)
    assert {r["kind"] for r in queries.list_entities(store, kind="GPE")} == {"GPE"}


def test_queries_story_view_groups_demands_by_aligned_claim(store, demo_story_id):
    demands = queries.story_view(store, demo_story_id)["demands"]
    talks = next(d for d in demands if d["label"] == "Varga: talks only if the blockade ends")
    assert [m["outlet"] for m in talks["mentions"]] == ["The Harbour Ledger", "Daily Meridian"]
    assert demands[0] is talks  # carried by the most outlets, so listed first


def test_queries_outlet_view_counts_statements_relayed_from_media_reports(store):
    # The Ledger's third statement reaches it "according to reports from regional media":
    # the per-article figure (computed in SQL over the `via` chain) equals the profile's.
    view = queries.outlet_view(store, "The Harbour Ledger")
    relayed = {f["key"]: f for f in view["figures"]}["report_sourcing_rate"]
    assert relayed["value"] == pytest.approx(1 / 3)
    assert relayed["articles"][0]["value"] == pytest.approx(1 / 3)
