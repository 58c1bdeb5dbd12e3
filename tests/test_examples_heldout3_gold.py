"""Properties of held-out set 3 (examples/heldout3), beyond the shared checks.

tests/test_examples_gold_folders.py checks every gold folder (fresh build, spans, no shared
article or headline); this file checks what the set's README promises: six articles in two
stories of three with `h3-` slugs, gold records that refer only to its own articles, claim
holders that are attribution speakers, the mislabelled role, the pair of contradicting
headlines and the headline that contradicts its own body. It reads only the gold, never
newsprism's output on the set.
"""

from __future__ import annotations

from pathlib import Path

from gold_files import GoldFolder, assert_span

HELDOUT3 = Path(__file__).resolve().parent.parent / "examples" / "heldout3"
GOLD = GoldFolder(HELDOUT3 / "gold")
SLUGS = sorted(p.stem for p in (HELDOUT3 / "articles").glob("*.txt"))
STORIES = GOLD.json("stories.json")


def test_heldout3_has_six_articles_in_two_stories_of_three():
    assert len(SLUGS) == 6 and all(slug.startswith("h3-") for slug in SLUGS)
    assert [len(story["articles"]) for story in STORIES["stories"]] == [3, 3]
    assert sorted(slug for story in STORIES["stories"] for slug in story["articles"]) == SLUGS


def test_heldout3_events_and_claims_name_only_its_own_articles():
    assert {event["article"] for event in GOLD.json("events.json")} == set(SLUGS)
    for slug in SLUGS:
        assert GOLD.json(f"claims/{slug}.json"), slug


def test_heldout3_speaker_names_of_claims_are_attribution_speakers():
    meta = GOLD.json("attributions_meta.json")
    for slug in SLUGS:
        speakers = {record["speaker_name"] for record in meta[slug].values()}
        holders = {claim["holder"] for claim in GOLD.json(f"claims/{slug}.json")} - {"writer"}
        assert holders <= speakers, (slug, holders - speakers)


def test_heldout3_mislabelled_role_is_a_person_of_the_lexicon_with_another_role():
    role = STORIES["mislabelled_role"]
    text = GOLD.text(role["article"])
    assert_span(text, role, "mislabelled_role")
    assert "former" in role["text"].lower() and "former" not in role["correct_role"].lower()
    entities = GOLD.json(f"entities/{role['article']}.json")
    inside = [e for e in entities if role["start"] <= e["start"] and e["end"] <= role["end"]]
    assert [e["canonical_id"] for e in inside if e["kind"] == "PERSON"] == [role["canonical_id"]]
    assert {e["role"] for e in entities if e["canonical_id"] == role["canonical_id"]} == {role["correct_role"]}


def test_heldout3_contradicting_headlines_are_one_story_and_one_contradicts_its_body():
    [pair] = STORIES["contradicting_headlines"]
    story_of = {slug: i for i, story in enumerate(STORIES["stories"]) for slug in story["articles"]}
    assert story_of[pair[0]] == story_of[pair[1]]
    stances = STORIES["headline_stance"]
    assert sorted(stances) == SLUGS
    assert [slug for slug in SLUGS if stances[slug] == "disagree"] == [STORIES["speculative_rewrite"]]
    assert STORIES["speculative_rewrite"] in pair


def test_heldout3_headline_body_pairs_cross_articles_of_the_set():
    for record in STORIES["headline_body_pairs"]:
        assert record["headline_of"] != record["body_of"]
        assert {record["headline_of"], record["body_of"]} <= set(SLUGS)
