"""Self-consistency of the bundled example articles and their hand-made gold (examples/gold)."""

from __future__ import annotations

import difflib
import re
import runpy
from pathlib import Path

import pytest
from gold_files import GoldFolder, assert_span
from hypothesis import given
from hypothesis import strategies as st

from newsprism.records import (
    ENTITY_KINDS,
    MODALITIES,
    PLOVER_TYPES,
    POSITIONS,
    SOURCING_CLASSES,
    STANCES,
    STATEMENT_KINDS,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARTICLES = EXAMPLES / "articles"
GOLD = EXAMPLES / "gold"
MAKE_GOLD_TEXT = runpy.run_path(str(EXAMPLES / "make_gold_text.py"))
BUILD_GOLD = runpy.run_path(str(GOLD / "build_gold.py"))
SLUGS = sorted(p.stem for p in ARTICLES.glob("*.txt"))

FOLDER = GoldFolder(GOLD)
gold_text, load_json, parse_ann = FOLDER.text, FOLDER.json, FOLDER.ann


def raw_article(slug: str) -> tuple[dict[str, str], str]:
    return MAKE_GOLD_TEXT["split_front_matter"]((ARTICLES / f"{slug}.txt").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- articles and gold text


def test_examples_gold_corpus_shape():
    outlets = {raw_article(slug)[0]["outlet"] for slug in SLUGS}
    assert len(SLUGS) >= 10
    assert len(outlets) >= 4


@pytest.mark.parametrize("slug", SLUGS)
def test_examples_gold_front_matter_and_length(slug):
    meta, body = raw_article(slug)
    assert {"headline", "outlet", "byline", "url", "published"} <= meta.keys()
    assert meta["url"].startswith("https://")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", meta["published"])
    assert 300 <= len(body.split()) <= 1500


@pytest.mark.parametrize("slug", SLUGS)
def test_examples_gold_text_matches_rule(slug):
    raw = (ARTICLES / f"{slug}.txt").read_text(encoding="utf-8")
    text = gold_text(slug)
    assert text == MAKE_GOLD_TEXT["gold_text"](raw)
    headline = MAKE_GOLD_TEXT["normalise"](raw_article(slug)[0]["headline"])
    assert text.startswith(headline + "\n\n")


@given(st.text(alphabet=st.sampled_from(list("ab é\t\u00a0\r\n")), max_size=60))
def test_examples_gold_normalise_properties(raw):
    normalise = MAKE_GOLD_TEXT["normalise"]
    out = normalise(raw)
    assert normalise(out) == out
    assert not any(ch in out for ch in "\r\t\u00a0")
    assert "\n\n\n" not in out and out == out.strip()
    assert all(line == line.rstrip() for line in out.split("\n"))


def test_examples_gold_messy_whitespace_is_normalised():
    raw = (ARTICLES / "trendpulse-iran-leader-what-he-wants.txt").read_text(encoding="utf-8")
    assert "\u00a0" in raw and "\t" in raw and "\n\n\n" in raw  # the fixture really is messy
    text = gold_text("trendpulse-iran-leader-what-he-wants")
    assert "So what happened? And what" in text and "\n\n\n" not in text


# ---------------------------------------------------------------- generated files are current


def test_examples_gold_files_are_regenerated():
    outputs = BUILD_GOLD["gold_outputs"]()
    stale = [path for path, content in outputs.items() if (GOLD / path).read_text(encoding="utf-8") != content]
    assert not stale, f"run examples/gold/build_gold.py: {stale}"


# ---------------------------------------------------------------- attributions


@pytest.mark.parametrize("slug", SLUGS)
def test_examples_gold_ann_spans_and_links(slug):
    text = gold_text(slug)
    spans, events = parse_ann(slug)
    for tid, (label, bounds, covered) in spans.items():
        assert covered == " ".join(text[s:e] for s, e in bounds), tid
    for eid, args in events:
        assert all(tid in spans for tid in args.values()), eid
        trigger = "Attribution" if "Attribution" in args else "Attribution-no-source"
        assert {"Cue", "Content", trigger} <= args.keys(), eid
        assert spans[args[trigger]][1] == spans[args["Cue"]][1], eid
        assert ("Source" in args) == (trigger == "Attribution"), eid


def test_examples_gold_attribution_meta():
    meta = load_json("attributions_meta.json")
    assert sorted(meta) == SLUGS
    for slug in SLUGS:
        eids = [eid for eid, _ in parse_ann(slug)[1]]
        assert sorted(meta[slug]) == sorted(eids), slug
        for record in meta[slug].values():
            assert record["kind"] in STATEMENT_KINDS
            assert record["sourcing"] in SOURCING_CLASSES
            assert isinstance(record["via"], list)
            assert record["speaker_name"] or record["sourcing"] == "none"


def test_examples_gold_story_has_required_sourcing():
    story = load_json("stories.json")["stories"][0]["articles"]
    meta = load_json("attributions_meta.json")
    records = [r for slug in story for r in meta[slug].values()]
    assert {"direct", "indirect", "mixed"} <= {r["kind"] for r in records}
    assert {"media-report", "anonymous-official", "vague-collective", "named-person", "named-organisation"} <= {
        r["sourcing"] for r in records
    }
    assert any("foreign media" in via for r in records for via in r["via"])


# ---------------------------------------------------------------- entities, claims, events


@pytest.mark.parametrize("slug", SLUGS)
def test_examples_gold_entities(slug):
    text = gold_text(slug)
    entities = load_json(f"entities/{slug}.json")
    assert entities
    previous_end = 0
    for entity in entities:
        assert_span(text, entity, f"{slug} {entity}")
        assert entity["kind"] in ENTITY_KINDS and entity["canonical_id"] and entity["name"]
        assert entity["start"] >= previous_end, "entity mentions overlap"
        previous_end = entity["end"]
        if entity["kind"] in ("GPE", "NORP") and re.fullmatch(r"[A-Z]{3}", entity["canonical_id"]):
            continue
        assert entity["kind"] != "PERSON" or entity["canonical_id"].startswith("person:")


def test_examples_gold_entity_canonical_ids_are_consistent():
    names = {}
    for slug in SLUGS:
        for entity in load_json(f"entities/{slug}.json"):
            names.setdefault(entity["canonical_id"], set()).add(entity["name"])
    assert all(len(n) == 1 for n in names.values()), {k: v for k, v in names.items() if len(v) > 1}
    assert names["IRN"] == {"Iran"} and names["person:mehdi-tavakoli"] == {"Mehdi Tavakoli"}


@pytest.mark.parametrize("slug", SLUGS)
def test_examples_gold_claims(slug):
    text = gold_text(slug)
    position = BUILD_GOLD["position"]
    for claim in load_json(f"claims/{slug}.json"):
        assert_span(text, claim, slug)
        assert claim["modality"] in MODALITIES and claim["position"] in POSITIONS
        assert claim["position"] == position(text, claim["start"])
        for cue in claim["cues"]:
            assert_span(text, cue, f"{slug} cue {cue}")
        for condition in claim["conditions"]:
            assert_span(text, condition, f"{slug} condition {condition}")
            assert condition["polarity"] in ("for", "against") and condition["connective"]
        assert (claim["modality"] == "conditional") <= bool(claim["conditions"]), claim["text"]


def test_examples_gold_two_conditions_on_contingent_claim():
    claims = load_json("claims/gulf-wire-critical-block-talks.json")
    contingent = [c for c in claims if "contingent on" in c["text"]]
    assert len(contingent) == 1 and len(contingent[0]["conditions"]) == 2


def test_examples_gold_speculative_rewrite_is_writer_speculation():
    slug = load_json("stories.json")["speculative_rewrite"]
    speculative = [c for c in load_json(f"claims/{slug}.json") if c["modality"] == "speculative"]
    assert len(speculative) >= 5
    assert any("likely wants sanctions" in c["text"] and c["holder"] == "writer" for c in speculative)


def test_examples_gold_events():
    events = load_json("events.json")
    assert {e["article"] for e in events} <= set(SLUGS)
    for event in events:
        text = gold_text(event["article"])
        assert text[event["start"] : event["end"]] == event["text"], event["id"]
        assert event["event"] in PLOVER_TYPES, event["id"]
        assert event["source"] and all(a["actorText"] and a["code"] for a in event["source"] + event["target"])
    assert len({e["id"] for e in events}) == len(events)


# ---------------------------------------------------------------- stories


def test_examples_gold_stories():
    stories = load_json("stories.json")
    clustered = [slug for story in stories["stories"] for slug in story["articles"]]
    assert sorted(clustered) == SLUGS, "every article in exactly one story"
    assert max(len(story["articles"]) for story in stories["stories"]) >= 7
    referenced = [stories["speculative_rewrite"], stories["mislabelled_role"]["article"]]
    referenced += [slug for pair in stories["contradicting_headlines"] for slug in pair]
    referenced += [slug for pair in stories["syndicated"] for slug in pair.values()]
    assert set(referenced) <= set(SLUGS)
    assert sorted(stories["headline_stance"]) == SLUGS
    assert set(stories["headline_stance"].values()) <= set(STANCES)


def test_examples_gold_mislabelled_role_span():
    role = load_json("stories.json")["mislabelled_role"]
    assert_span(gold_text(role["article"]), role, "mislabelled_role")
    assert role["text"].startswith("former President")


def test_examples_gold_syndicated_copy_is_near_identical():
    for pair in load_json("stories.json")["syndicated"]:
        original, copy = (raw_article(pair[k])[1] for k in ("original", "copy"))
        ratio = difflib.SequenceMatcher(None, original, copy).ratio()
        assert 0.85 < ratio < 1.0
        assert raw_article(pair["original"])[0]["outlet"] != raw_article(pair["copy"])[0]["outlet"]
