"""Self-consistency of every gold folder built like examples/gold from its own articles.

examples/heldout, examples/heldout2 and the development sets under examples/dev3 each hold
``articles/*.txt`` and ``gold/`` (annotations as data, built by examples/make_gold_text.py and
examples/gold/build_gold.py with folder arguments). For each folder these tests check that the
files on disk are a fresh build, that every span matches its text, and that no folder shares an
article or a headline with the demo folder or with another set: a held-out set that leaked into
development data would measure nothing.
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
MAKE_GOLD_TEXT = runpy.run_path(str(EXAMPLES / "make_gold_text.py"))
BUILD_GOLD = runpy.run_path(str(EXAMPLES / "gold" / "build_gold.py"))
SETS = sorted(p.parent.parent for p in EXAMPLES.glob("**/gold/annotations") if (p.parent.parent / "articles").is_dir()
              and p.parent.parent != EXAMPLES)
SET_IDS = [str(s.relative_to(EXAMPLES)) for s in SETS]
ARTICLE_CASES = [(s, p.stem) for s in SETS for p in sorted((s / "articles").glob("*.txt"))]
ARTICLE_IDS = [f"{s.relative_to(EXAMPLES)}:{slug}" for s, slug in ARTICLE_CASES]


def slugs(folder: Path) -> list[str]:
    return sorted(p.stem for p in (folder / "articles").glob("*.txt"))


def headlines(articles: Path) -> set[str]:
    """The front-matter headlines of every article in a folder."""
    split = MAKE_GOLD_TEXT["split_front_matter"]
    return {split(p.read_text(encoding="utf-8"))[0]["headline"] for p in articles.glob("*.txt")}


def test_the_known_sets_are_found():
    assert {"heldout", "heldout2", "heldout4"} <= set(SET_IDS)


@pytest.mark.parametrize("folder", SETS, ids=SET_IDS)
def test_gold_files_are_a_fresh_build(folder):
    gold = folder / "gold"
    outputs = BUILD_GOLD["gold_outputs"](gold)
    assert "events.json" in outputs and len(outputs) == 2 + 3 * len(slugs(folder))
    stale = [path for path, content in outputs.items() if (gold / path).read_text(encoding="utf-8") != content]
    assert not stale, f"run examples/gold/build_gold.py {gold.relative_to(EXAMPLES.parent)}: {stale}"
    on_disk = sorted(p.stem for p in (gold / "text").glob("*.txt"))
    assert on_disk == slugs(folder), f"run examples/make_gold_text.py on {folder.relative_to(EXAMPLES.parent)}"


@pytest.mark.parametrize("folder, slug", ARTICLE_CASES, ids=ARTICLE_IDS)
def test_text_matches_rule_and_front_matter(folder, slug):
    raw = (folder / "articles" / f"{slug}.txt").read_text(encoding="utf-8")
    meta, body = MAKE_GOLD_TEXT["split_front_matter"](raw)
    assert {"headline", "outlet", "byline", "url", "published"} <= meta.keys()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", meta["published"])
    assert 250 <= len(body.split()) <= 650
    assert GoldFolder(folder / "gold").text(slug) == MAKE_GOLD_TEXT["gold_text"](raw)


def test_no_two_sets_share_an_article_or_a_headline():
    demo = [a for a in Ingestor().ingest([EXAMPLES / "articles"]) if hasattr(a, "text")]
    assert len(demo) == len(list((EXAMPLES / "articles").glob("*.txt")))
    seen_headlines = {a.headline for a in demo}
    seen_slugs = {p.stem for p in (EXAMPLES / "articles").glob("*.txt")}
    for folder in SETS:
        assert not headlines(folder / "articles") & seen_headlines, folder
        assert not set(slugs(folder)) & seen_slugs, folder
        seen_headlines |= headlines(folder / "articles")
        seen_slugs |= set(slugs(folder))


@pytest.mark.parametrize("folder, slug", ARTICLE_CASES, ids=ARTICLE_IDS)
def test_attributions(folder, slug):
    gold = GoldFolder(folder / "gold")
    text = gold.text(slug)
    spans, events = gold.ann(slug)
    for tid, (_, bounds, covered) in spans.items():
        assert covered == " ".join(text[s:e] for s, e in bounds), tid
    meta = gold.json("attributions_meta.json")[slug]
    assert sorted(meta) == sorted(eid for eid, _ in events)
    for record in meta.values():
        assert record["kind"] in STATEMENT_KINDS and record["sourcing"] in SOURCING_CLASSES
        assert record["speaker_name"] or record["sourcing"] == "none"


@pytest.mark.parametrize("folder, slug", ARTICLE_CASES, ids=ARTICLE_IDS)
def test_entities_and_claims(folder, slug):
    gold = GoldFolder(folder / "gold")
    text = gold.text(slug)
    previous_end = 0
    for entity in gold.json(f"entities/{slug}.json"):
        assert_span(text, entity, slug)
        assert entity["kind"] in ENTITY_KINDS and entity["start"] >= previous_end
        previous_end = entity["end"]
    for claim in gold.json(f"claims/{slug}.json"):
        assert_span(text, claim, slug)
        assert claim["modality"] in MODALITIES
        assert claim["position"] == BUILD_GOLD["position"](text, claim["start"])
        assert (claim["modality"] == "conditional") <= bool(claim["conditions"]), claim["text"]


@pytest.mark.parametrize("folder", SETS, ids=SET_IDS)
def test_events_and_stories(folder):
    gold, names = GoldFolder(folder / "gold"), slugs(folder)
    for event in gold.json("events.json"):
        assert event["text"] == gold.text(event["article"])[event["start"] : event["end"]]
        assert event["event"] in PLOVER_TYPES and event["source"]
    stories = gold.json("stories.json")
    assert sorted(s for story in stories["stories"] for s in story["articles"]) == names
    assert sorted(stories["headline_stance"]) == names and set(stories["headline_stance"].values()) <= set(STANCES)
    for pair in stories.get("headline_body_pairs", []):
        assert {pair["headline_of"], pair["body_of"]} <= set(names) and pair["stance"] in STANCES
    role = stories.get("mislabelled_role")
    if role:
        assert_span(gold.text(role["article"]), role, "mislabelled_role")
