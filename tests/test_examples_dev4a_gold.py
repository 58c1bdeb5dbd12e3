"""Properties of development set dev4, part A (examples/dev4/a), beyond the shared checks.

tests/test_examples_gold_folders.py checks every gold folder (fresh build, spans, no shared
article or headline) and tests/test_alignment_gold_files.py every alignment file; this file
checks what part A promises in its README: six articles in two stories of three, `d4a-` slugs
that cannot clash with part B, claim holders that are attribution speakers, the mislabelled
"former" role, the headline its own body contradicts, and the interview turns.
"""

from __future__ import annotations

import json
from pathlib import Path

from gold_files import GoldFolder

DEV4A = Path(__file__).resolve().parent.parent / "examples" / "dev4" / "a"
GOLD = GoldFolder(DEV4A / "gold")
SLUGS = sorted(p.stem for p in (DEV4A / "articles").glob("*.txt"))
INTERVIEW = "d4a-gulf-sentinel-interview-charity-chief-chad-hostages"


def test_dev4a_has_six_articles_in_two_stories_of_three():
    assert len(SLUGS) == 6 and all(slug.startswith("d4a-") for slug in SLUGS)
    stories = GOLD.json("stories.json")["stories"]
    assert [len(story["articles"]) for story in stories] == [3, 3]
    assert sorted(slug for story in stories for slug in story["articles"]) == SLUGS


def test_dev4a_events_and_claims_name_only_its_own_articles():
    assert {event["article"] for event in GOLD.json("events.json")} == set(SLUGS)
    for slug in SLUGS:
        assert GOLD.json(f"claims/{slug}.json"), slug


def test_dev4a_mislabelled_role_is_a_former_title_for_a_sitting_minister():
    role = GOLD.json("stories.json")["mislabelled_role"]
    text = (DEV4A / "gold" / "text" / f"{role['article']}.txt").read_text(encoding="utf-8")
    assert text[role["start"]:role["end"]] == role["text"] and role["text"].startswith("former ")
    entities = GOLD.json(f"entities/{role['article']}.json")
    gold_roles = {e["role"] for e in entities if e["canonical_id"] == role["canonical_id"]}
    assert gold_roles == {role["correct_role"]} and "former" not in role["correct_role"]


def test_dev4a_one_headline_is_contradicted_by_its_own_body():
    stances = GOLD.json("stories.json")["headline_stance"]
    assert set(stances) == set(SLUGS)
    assert [slug for slug, stance in stances.items() if stance == "disagree"] == [
        "d4a-finnmark-coast-post-kirkenes-russian-trawlers"]


def test_dev4a_speaker_names_of_claims_are_attribution_speakers():
    meta = json.loads((DEV4A / "gold" / "attributions_meta.json").read_text(encoding="utf-8"))
    for slug in SLUGS:
        speakers = {record["speaker_name"] for record in meta[slug].values()}
        holders = {claim["holder"] for claim in GOLD.json(f"claims/{slug}.json")} - {"writer"}
        assert holders <= speakers, (slug, holders - speakers)


def test_dev4a_interview_answers_are_direct_attributions_of_the_interviewee():
    ann = (DEV4A / "gold" / "attributions" / f"{INTERVIEW}.ann").read_text(encoding="utf-8")
    text = (DEV4A / "gold" / "text" / f"{INTERVIEW}.txt").read_text(encoding="utf-8")
    meta = json.loads((DEV4A / "gold" / "attributions_meta.json").read_text(encoding="utf-8"))[INTERVIEW]
    colon_cues = [line for line in ann.splitlines() if line.startswith("T") and "\tCue " in line and line.endswith("\t:")]
    turns = text.count("\n\nColombo: ")
    assert turns == 8 and len(colon_cues) == turns + 1  # every answer plus the headline quote
    assert sum(1 for r in meta.values() if r["speaker_name"] == "Marta Colombo" and r["kind"] == "direct") == turns + 1
