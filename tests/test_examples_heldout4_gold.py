"""Properties of the held-out set heldout4 (examples/heldout4), beyond the shared checks.

tests/test_examples_gold_folders.py checks every gold folder (fresh build, spans, no shared
article or headline) and tests/test_alignment_gold_files.py every alignment file; this file
checks what heldout4's README promises: six `h4-` articles in two stories of three, claim
holders that are attribution speakers, the mislabelled "Former" role, the one headline its own
body contradicts, the transcript's recorded clips as direct attributions, and alignment pairs
in both stories. It reads the gold files only; it runs nothing of newsprism on the articles.
"""

from __future__ import annotations

from pathlib import Path

from gold_files import GoldFolder

HELDOUT4 = Path(__file__).resolve().parent.parent / "examples" / "heldout4"
GOLD = GoldFolder(HELDOUT4 / "gold")
SLUGS = sorted(p.stem for p in (HELDOUT4 / "articles").glob("*.txt"))
TRANSCRIPT = "h4-silk-road-radio-transcript-kyrgyz-commission-osce"
CLIP_LABELS = ("AIDANA SYDYKOVA, ", "TOMASZ WIERZBICKI, ", "BAKYT JUMALIEV, ")


def test_heldout4_has_six_articles_in_two_stories_of_three():
    assert len(SLUGS) == 6 and all(slug.startswith("h4-") for slug in SLUGS)
    stories = GOLD.json("stories.json")["stories"]
    assert [len(story["articles"]) for story in stories] == [3, 3]
    assert sorted(slug for story in stories for slug in story["articles"]) == SLUGS


def test_heldout4_every_article_has_claims_events_and_entities():
    assert {event["article"] for event in GOLD.json("events.json")} == set(SLUGS)
    for slug in SLUGS:
        assert GOLD.json(f"claims/{slug}.json") and GOLD.json(f"entities/{slug}.json"), slug


def test_heldout4_claim_holders_are_the_writer_or_attribution_speakers():
    meta = GOLD.json("attributions_meta.json")
    for slug in SLUGS:
        speakers = {record["speaker_name"] for record in meta[slug].values()}
        holders = {claim["holder"] for claim in GOLD.json(f"claims/{slug}.json")} - {"writer"}
        assert holders <= speakers, (slug, holders - speakers)


def test_heldout4_mislabelled_role_is_a_former_title_for_a_sitting_minister():
    role = GOLD.json("stories.json")["mislabelled_role"]
    text = GOLD.text(role["article"])
    assert text[role["start"]:role["end"]] == role["text"] and role["text"].lower().startswith("former ")
    entities = GOLD.json(f"entities/{role['article']}.json")
    gold_roles = {e["role"] for e in entities if e["canonical_id"] == role["canonical_id"]}
    assert gold_roles == {role["correct_role"]} and "former" not in role["correct_role"].lower()


def test_heldout4_one_headline_is_contradicted_by_its_own_body():
    stances = GOLD.json("stories.json")["headline_stance"]
    assert set(stances) == set(SLUGS)
    assert [slug for slug, stance in stances.items() if stance == "disagree"] == [
        "h4-muchinga-times-tanzania-reopens-tunduma-border"]


def test_heldout4_transcript_clips_are_direct_attributions_cued_by_the_colon():
    text = GOLD.text(TRANSCRIPT)
    spans, _ = GOLD.ann(TRANSCRIPT)
    colon_cues = [bounds for label, bounds, covered in spans.values() if label == "Cue" and covered == ":"]
    clip_colons = [text.index(":", text.index(label)) for label in CLIP_LABELS]
    assert sorted(bounds[0][0] for bounds in colon_cues) == clip_colons
    meta = GOLD.json("attributions_meta.json")[TRANSCRIPT]
    assert sum(1 for r in meta.values() if r["kind"] == "direct") == len(CLIP_LABELS)


def test_heldout4_alignment_has_both_relations_in_both_stories():
    stories = GOLD.json("stories.json")["stories"]
    pairs = GOLD.json("alignment.json")["pairs"]
    for story in stories:
        relations = {p["relation"] for p in pairs if p["a"]["article"] in story["articles"]}
        assert relations == {"same", "contradicts"}, story["label"]
