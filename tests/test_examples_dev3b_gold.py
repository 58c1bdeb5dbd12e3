"""Properties of development set dev3, part B (examples/dev3/b), beyond the shared checks.

tests/test_examples_gold_folders.py checks every gold folder (fresh build, spans, no shared
article or headline); this file checks what part B promises in its README: six articles in
three stories of two.
"""

from __future__ import annotations

from pathlib import Path

from gold_files import GoldFolder

DEV3B = Path(__file__).resolve().parent.parent / "examples" / "dev3" / "b"
SLUGS = sorted(p.stem for p in (DEV3B / "articles").glob("*.txt"))


def test_dev3b_has_six_articles_in_three_stories():
    assert len(SLUGS) == 6
    stories = GoldFolder(DEV3B / "gold").json("stories.json")["stories"]
    assert [len(story["articles"]) for story in stories] == [2, 2, 2]
