"""Format and consistency of the claim alignment gold (``<set>/gold/alignment.json``).

Every alignment file found under examples/ is checked against its own set: the snippets are
verbatim and unique in ``gold/text/<slug>.txt``, both articles belong to one story of the set's
``stories.json``, ``a`` sorts before ``b`` and no pair is listed twice. The format is described
in examples/gold/README.md ("Claim alignment gold").
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ALIGNMENT_FILES = sorted(EXAMPLES.glob("**/gold/alignment.json"))
FILE_IDS = [str(p.relative_to(EXAMPLES)) for p in ALIGNMENT_FILES]
# Sets whose alignment gold has been written; a file that disappears fails here.
EXPECTED_SETS = ["heldout2/gold", "heldout3/gold", "dev3/a/gold", "dev3/b/gold", "dev4/a/gold", "dev4/b/gold", "heldout/gold", "heldout4/gold", "gold"]
RELATIONS = {"same", "contradicts"}
PAIR_KEYS = {"a", "b", "relation", "why"}
SIDE_KEYS = {"article", "text"}


def story_index(gold_dir: Path) -> dict[str, int]:
    """Map each article slug of the set to the index of its story in stories.json."""
    stories = json.loads((gold_dir / "stories.json").read_text(encoding="utf-8"))["stories"]
    return {slug: i for i, story in enumerate(stories) for slug in story["articles"]}


def load_texts(gold_dir: Path) -> dict[str, str]:
    """The gold texts of the set by slug."""
    return {p.stem: p.read_text(encoding="utf-8") for p in (gold_dir / "text").glob("*.txt")}


def side_problems(side: object, texts: dict[str, str], where: str) -> list[str]:
    """Problems of one side ({article, text}) of a pair."""
    if not isinstance(side, dict) or set(side) != SIDE_KEYS:
        return [f"{where}: side must have exactly the keys {sorted(SIDE_KEYS)}"]
    article, text = side["article"], side["text"]
    if not isinstance(text, str) or not text.strip():
        return [f"{where}: empty snippet"]
    if article not in texts:
        return [f"{where}: no gold text for article {article!r}"]
    count = texts[article].count(text)
    return [] if count == 1 else [f"{where}: snippet occurs {count} times in {article}: {text!r}"]


def pair_problems(pair: object, stories: dict[str, int], texts: dict[str, str], where: str) -> list[str]:
    """Problems of one pair: keys, relation, snippets, story membership and slug order."""
    if not isinstance(pair, dict) or set(pair) != PAIR_KEYS:
        return [f"{where}: pair must have exactly the keys {sorted(PAIR_KEYS)}"]
    problems = side_problems(pair["a"], texts, f"{where}.a") + side_problems(pair["b"], texts, f"{where}.b")
    if pair["relation"] not in RELATIONS:
        problems.append(f"{where}: relation {pair['relation']!r} not in {sorted(RELATIONS)}")
    if not isinstance(pair["why"], str) or not pair["why"].strip() or "\n" in pair["why"]:
        problems.append(f"{where}: why must be one non-empty line")
    if problems:
        return problems
    first, second = pair["a"]["article"], pair["b"]["article"]
    if first not in stories or second not in stories or stories[first] != stories[second]:
        problems.append(f"{where}: {first} and {second} are not in one story")
    if not first < second:
        problems.append(f"{where}: a ({first}) must sort before b ({second})")
    return problems


def alignment_problems(alignment: object, stories: dict[str, int], texts: dict[str, str]) -> list[str]:
    """Every problem of a parsed alignment file, including duplicate pairs."""
    if not isinstance(alignment, dict) or set(alignment) != {"pairs"} or not isinstance(alignment["pairs"], list):
        return ['top level must be {"pairs": [...]}']
    problems, seen = [], set()
    for i, pair in enumerate(alignment["pairs"]):
        found = pair_problems(pair, stories, texts, f"pairs[{i}]")
        problems += found
        if found:
            continue
        key = (pair["a"]["article"], pair["a"]["text"], pair["b"]["article"], pair["b"]["text"])
        if key in seen:
            problems.append(f"pairs[{i}]: duplicate pair {key}")
        seen.add(key)
    return problems


def test_every_written_set_has_its_file() -> None:
    found = {str(p.parent.relative_to(EXAMPLES)) for p in ALIGNMENT_FILES}
    assert set(EXPECTED_SETS) <= found


@pytest.mark.parametrize("path", ALIGNMENT_FILES, ids=FILE_IDS)
def test_alignment_file_is_valid(path: Path) -> None:
    gold_dir = path.parent
    alignment = json.loads(path.read_text(encoding="utf-8"))
    assert alignment_problems(alignment, story_index(gold_dir), load_texts(gold_dir)) == []


@pytest.mark.parametrize("path", ALIGNMENT_FILES, ids=FILE_IDS)
def test_every_story_of_several_articles_has_pairs(path: Path) -> None:
    # The gold is exhaustive: stories of two or more articles always share some proposition.
    stories = story_index(path.parent)
    pairs = json.loads(path.read_text(encoding="utf-8"))["pairs"]
    covered = {stories[p["a"]["article"]] for p in pairs}
    multi = {i for i in set(stories.values()) if list(stories.values()).count(i) > 1}
    assert multi <= covered


def broken_variants(alignment: dict) -> dict[str, dict]:
    """Copies of a valid alignment with one defect each, to show the checker catches it."""
    pair = alignment["pairs"][0]
    variants = {name: copy.deepcopy(alignment) for name in ("swapped", "duplicate", "missing", "relation", "same")}
    variants["swapped"]["pairs"][0]["a"], variants["swapped"]["pairs"][0]["b"] = pair["b"], pair["a"]
    variants["duplicate"]["pairs"].append(copy.deepcopy(pair))
    variants["missing"]["pairs"][0]["a"]["text"] = pair["a"]["text"] + " zzqx"
    variants["relation"]["pairs"][0]["relation"] = "similar"
    variants["same"]["pairs"][0]["b"] = copy.deepcopy(pair["a"])
    return variants


@pytest.mark.parametrize("path", ALIGNMENT_FILES[:1], ids=FILE_IDS[:1])
def test_checker_flags_each_defect(path: Path) -> None:
    gold_dir = path.parent
    alignment = json.loads(path.read_text(encoding="utf-8"))
    stories, texts = story_index(gold_dir), load_texts(gold_dir)
    for name, variant in broken_variants(alignment).items():
        assert alignment_problems(variant, stories, texts), name
