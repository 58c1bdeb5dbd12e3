"""Self-consistency of the held-out articles and their hand-made gold (examples/heldout).

The held-out gold is built by the same scripts as examples/gold (make_gold_text.py and
build_gold.py with folder arguments); these tests check the files on disk are a fresh
build, that every span matches its text, and that the demo folder never picks them up.
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
HELDOUT = EXAMPLES / "heldout"
ARTICLES = HELDOUT / "articles"
GOLD = HELDOUT / "gold"
MAKE_GOLD_TEXT = runpy.run_path(str(EXAMPLES / "make_gold_text.py"))
BUILD_GOLD = runpy.run_path(str(EXAMPLES / "gold" / "build_gold.py"))
SLUGS = sorted(p.stem for p in ARTICLES.glob("*.txt"))

FOLDER = GoldFolder(GOLD)
gold_text, load_json, parse_ann = FOLDER.text, FOLDER.json, FOLDER.ann


def test_heldout_gold_files_are_a_fresh_build():
    outputs = BUILD_GOLD["gold_outputs"](GOLD)
    assert "events.json" in outputs and len(outputs) == 2 + 3 * len(SLUGS)
    stale = [path for path, content in outputs.items() if (GOLD / path).read_text(encoding="utf-8") != content]
    assert not stale, f"run examples/gold/build_gold.py examples/heldout/gold: {stale}"


def test_heldout_build_differs_from_examples_build():
    # The folder argument is really used: the two builds share no article.
    heldout = BUILD_GOLD["gold_outputs"](GOLD)
    examples = BUILD_GOLD["gold_outputs"]()
    assert not {p for p in heldout if p.endswith(".ann")} & {p for p in examples if p.endswith(".ann")}


@pytest.mark.parametrize("slug", SLUGS)
def test_heldout_text_matches_rule_and_front_matter(slug):
    raw = (ARTICLES / f"{slug}.txt").read_text(encoding="utf-8")
    meta, body = MAKE_GOLD_TEXT["split_front_matter"](raw)
    assert {"headline", "outlet", "byline", "url", "published"} <= meta.keys()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", meta["published"])
    assert 300 <= len(body.split()) <= 550
    assert gold_text(slug) == MAKE_GOLD_TEXT["gold_text"](raw)


def test_heldout_articles_are_not_in_the_demo_folder():
    demo = [a for a in Ingestor().ingest([EXAMPLES / "articles"]) if hasattr(a, "text")]
    heldout_headlines = {MAKE_GOLD_TEXT["split_front_matter"]((ARTICLES / f"{s}.txt").read_text())[0]["headline"] for s in SLUGS}
    assert len(demo) == len(list((EXAMPLES / "articles").glob("*.txt")))
    assert not heldout_headlines & {a.headline for a in demo}
    assert not set(SLUGS) & {p.stem for p in (EXAMPLES / "articles").glob("*.txt")}


@pytest.mark.parametrize("slug", SLUGS)
def test_heldout_attributions(slug):
    text = gold_text(slug)
    spans, events = parse_ann(slug)
    for tid, (_, bounds, covered) in spans.items():
        assert covered == " ".join(text[s:e] for s, e in bounds), tid
    meta = load_json("attributions_meta.json")[slug]
    assert sorted(meta) == sorted(eid for eid, _ in events)
    for record in meta.values():
        assert record["kind"] in STATEMENT_KINDS and record["sourcing"] in SOURCING_CLASSES
        assert record["speaker_name"] or record["sourcing"] == "none"


@pytest.mark.parametrize("slug", SLUGS)
def test_heldout_entities_and_claims(slug):
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


def test_heldout_events_and_stories():
    for event in load_json("events.json"):
        assert event["text"] == gold_text(event["article"])[event["start"] : event["end"]]
        assert event["event"] in PLOVER_TYPES and event["source"]
    stories = load_json("stories.json")
    assert sorted(s for story in stories["stories"] for s in story["articles"]) == SLUGS
    assert sorted(stories["headline_stance"]) == SLUGS and set(stories["headline_stance"].values()) <= set(STANCES)
    role = stories["mislabelled_role"]
    assert_span(gold_text(role["article"]), role, "mislabelled_role")
