"""Properties of development set dev4, part B (examples/dev4/b), beyond the shared checks.

tests/test_examples_gold_folders.py checks every gold folder (fresh build, spans, no shared
article or headline) and tests/test_alignment_gold_files.py the alignment file; this file
checks what part B promises in its README: six `d4b-` articles in three stories of two, claim
holders that are attribution speakers, the mislabelled role, the contradicting headline pair
and the headline that contradicts its own body.
"""

from __future__ import annotations

from pathlib import Path

from gold_files import GoldFolder

DEV4B = Path(__file__).resolve().parent.parent / "examples" / "dev4" / "b"
SLUGS = sorted(p.stem for p in (DEV4B / "articles").glob("*.txt"))
GOLD = GoldFolder(DEV4B / "gold")
STORIES = GOLD.json("stories.json")


def test_dev4b_has_six_prefixed_articles_in_three_stories():
    assert len(SLUGS) == 6 and all(slug.startswith("d4b-") for slug in SLUGS)
    assert [len(story["articles"]) for story in STORIES["stories"]] == [2, 2, 2]


def test_claim_holders_are_the_writer_or_attribution_speakers():
    meta = GOLD.json("attributions_meta.json")
    for slug in SLUGS:
        speakers = {record["speaker_name"] for record in meta[slug].values()}
        holders = {claim["holder"] for claim in GOLD.json(f"claims/{slug}.json")}
        assert holders - speakers <= {"writer"}, slug


def test_mislabelled_role_is_a_former_title_for_the_sitting_minister():
    role = STORIES["mislabelled_role"]
    assert role["text"].startswith("Former") and "former" not in role["correct_role"].lower()
    mentions = [e for e in GOLD.json(f"entities/{role['article']}.json") if e["canonical_id"] == role["canonical_id"]]
    inside = [e for e in mentions if role["start"] <= e["start"] and e["end"] <= role["end"]]
    assert len(inside) == 1 and inside[0]["role"].startswith("former")


def test_one_headline_contradicts_its_body_and_the_other_headline_of_its_story():
    stances = STORIES["headline_stance"]
    disagreeing = [slug for slug, stance in stances.items() if stance == "disagree"]
    assert len(disagreeing) == 1
    story = next(s["articles"] for s in STORIES["stories"] if disagreeing[0] in s["articles"])
    assert sorted(story) in [sorted(pair) for pair in STORIES["contradicting_headlines"]]
