"""Properties of development set dev3, part A (examples/dev3/a), beyond the shared checks.

tests/test_examples_gold_folders.py checks every gold folder (fresh build, spans, no shared
article or headline); this file checks what part A promises in its README: six articles in
two stories of three, slugs that cannot clash with part B, and gold records that refer only to
its own articles and people.
"""

from __future__ import annotations

import json
from pathlib import Path

from gold_files import GoldFolder

DEV3A = Path(__file__).resolve().parent.parent / "examples" / "dev3" / "a"
GOLD = GoldFolder(DEV3A / "gold")
SLUGS = sorted(p.stem for p in (DEV3A / "articles").glob("*.txt"))


def test_dev3a_has_six_articles_in_two_stories_of_three():
    assert len(SLUGS) == 6 and all(slug.startswith("a-") for slug in SLUGS)
    assert [len(story["articles"]) for story in GOLD.json("stories.json")["stories"]] == [3, 3]


def test_dev3a_events_and_claims_name_only_its_own_articles():
    assert {event["article"] for event in GOLD.json("events.json")} == set(SLUGS)
    for slug in SLUGS:
        assert GOLD.json(f"claims/{slug}.json"), slug


def test_dev3a_mislabelled_role_is_a_person_of_the_lexicon():
    role = GOLD.json("stories.json")["mislabelled_role"]
    ids = {e["canonical_id"] for slug in SLUGS for e in GOLD.json(f"entities/{slug}.json") if e["kind"] == "PERSON"}
    assert role["canonical_id"] in ids
    entities = GOLD.json(f"entities/{role['article']}.json")
    gold_roles = {e["role"] for e in entities if e["canonical_id"] == role["canonical_id"]}
    assert gold_roles == {role["correct_role"]}


def test_dev3a_speaker_names_of_claims_are_attribution_speakers():
    meta = json.loads((DEV3A / "gold" / "attributions_meta.json").read_text(encoding="utf-8"))
    for slug in SLUGS:
        speakers = {record["speaker_name"] for record in meta[slug].values()}
        holders = {claim["holder"] for claim in GOLD.json(f"claims/{slug}.json")} - {"writer"}
        assert holders <= speakers, (slug, holders - speakers)
