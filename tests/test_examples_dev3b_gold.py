"""Self-consistency of the dev3 part B development set and its hand-made gold (examples/dev3/b).

Built by the same scripts as examples/gold and examples/heldout2 (make_gold_text.py and
build_gold.py with folder arguments); these tests check the files on disk are a fresh
build, that every span matches its text, and that no other example set shares an article
with it.
"""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import pytest
from gold_files import GoldFolder, assert_span

from newsprism.ingest.ingestor import Ingestor
from newsprism.records import (
    ENTITY_KINDS,
    MODALITIES,
    PLOVER_TYPES,
    SOURCING_CLASSES,
    STANCES,
    STATEMENT_KINDS,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DEV3B = EXAMPLES / "dev3" / "b"
ARTICLES = DEV3B / "articles"
GOLD = DEV3B / "gold"
MAKE_GOLD_TEXT = runpy.run_path(str(EXAMPLES / "make_gold_text.py"))
BUILD_GOLD = runpy.run_path(str(EXAMPLES / "gold" / "build_gold.py"))
SLUGS = sorted(p.stem for p in ARTICLES.glob("*.txt"))
OTHER_SETS = [EXAMPLES / "heldout" / "articles", EXAMPLES / "heldout2" / "articles", EXAMPLES / "dev3" / "a" / "articles"]

FOLDER = GoldFolder(GOLD)
gold_text, load_json, parse_ann = FOLDER.text, FOLDER.json, FOLDER.ann


def headlines(folder: Path) -> set[str]:
    """The front-matter headlines of every article in a folder."""
    split = MAKE_GOLD_TEXT["split_front_matter"]
    return {split(p.read_text(encoding="utf-8"))[0]["headline"] for p in folder.glob("*.txt")}


def test_dev3b_has_six_articles_in_three_stories():
    assert len(SLUGS) == 6
    assert [len(story["articles"]) for story in load_json("stories.json")["stories"]] == [2, 2, 2]


def test_dev3b_gold_files_are_a_fresh_build():
    outputs = BUILD_GOLD["gold_outputs"](GOLD)
    assert "events.json" in outputs and len(outputs) == 2 + 3 * len(SLUGS)
    stale = [path for path, content in outputs.items() if (GOLD / path).read_text(encoding="utf-8") != content]
    assert not stale, f"run examples/gold/build_gold.py examples/dev3/b/gold: {stale}"


def test_dev3b_gold_text_is_a_fresh_build():
    on_disk = sorted(p.stem for p in (GOLD / "text").glob("*.txt"))
    assert on_disk == SLUGS, "run examples/make_gold_text.py examples/dev3/b/articles examples/dev3/b/gold/text"


@pytest.mark.parametrize("slug", SLUGS)
def test_dev3b_text_matches_rule_and_front_matter(slug):
    raw = (ARTICLES / f"{slug}.txt").read_text(encoding="utf-8")
    meta, body = MAKE_GOLD_TEXT["split_front_matter"](raw)
    assert {"headline", "outlet", "byline", "url", "published"} <= meta.keys()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", meta["published"])
    assert 300 <= len(body.split()) <= 600
    assert gold_text(slug) == MAKE_GOLD_TEXT["gold_text"](raw)


def test_dev3b_shares_no_article_with_the_demo_or_other_sets():
    demo = [a for a in Ingestor().ingest([EXAMPLES / "articles"]) if hasattr(a, "text")]
    assert len(demo) == len(list((EXAMPLES / "articles").glob("*.txt")))
    assert not headlines(ARTICLES) & {a.headline for a in demo}
    for other in [EXAMPLES / "articles", *OTHER_SETS]:
        assert not headlines(ARTICLES) & headlines(other)
        assert not set(SLUGS) & {p.stem for p in other.glob("*.txt")}


@pytest.mark.parametrize("slug", SLUGS)
def test_dev3b_attributions(slug):
    text = gold_text(slug)
    spans, events = parse_ann(slug)
    assert events
    for tid, (_, bounds, covered) in spans.items():
        assert covered == " ".join(text[s:e] for s, e in bounds), tid
    meta = load_json("attributions_meta.json")[slug]
    assert sorted(meta) == sorted(eid for eid, _ in events)
    for record in meta.values():
        assert record["kind"] in STATEMENT_KINDS and record["sourcing"] in SOURCING_CLASSES
        assert record["speaker_name"] or record["sourcing"] == "none"


@pytest.mark.parametrize("slug", SLUGS)
def test_dev3b_entities_and_claims(slug):
    text = gold_text(slug)
    previous_end = 0
    for entity in load_json(f"entities/{slug}.json"):
        assert_span(text, entity, slug)
        assert entity["kind"] in ENTITY_KINDS and entity["start"] >= previous_end
        previous_end = entity["end"]
    for claim in load_json(f"claims/{slug}.json"):
        assert_span(text, claim, slug)
        assert claim["modality"] in MODALITIES
        assert claim["position"] == BUILD_GOLD["position"](text, claim["start"])
        assert (claim["modality"] == "conditional") <= bool(claim["conditions"]), claim["text"]


def test_dev3b_events_and_stories():
    for event in load_json("events.json"):
        assert event["text"] == gold_text(event["article"])[event["start"] : event["end"]]
        assert event["event"] in PLOVER_TYPES and event["source"]
    stories = load_json("stories.json")
    assert sorted(s for story in stories["stories"] for s in story["articles"]) == SLUGS
    assert sorted(stories["headline_stance"]) == SLUGS and set(stories["headline_stance"].values()) <= set(STANCES)
    for pair in stories["headline_body_pairs"]:
        assert {pair["headline_of"], pair["body_of"]} <= set(SLUGS) and pair["stance"] in STANCES
    role = stories["mislabelled_role"]
    assert_span(gold_text(role["article"]), role, "mislabelled_role")
