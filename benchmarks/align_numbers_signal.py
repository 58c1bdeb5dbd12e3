"""Claim links flagged by the numbers signal on the synthetic mix of compare_cost.py.

    .venv/bin/python benchmarks/align_numbers_signal.py --articles 150 --show 10

The mix's filler sentences ("58 families were waiting for help in Orrin") repeat across the
articles of a story with other numbers and other towns; those pairs are not contradictions.
Prints the count of ``contradicts`` links and of those carrying a numbers signal, how many
of the latter set two different things of the mix against each other ("the budget for the
hospital" / "the budget for the highway": ``different_things``, always false), and a sample. To compare against an older tree, copy this file into its
benchmarks/ directory and run it there (compare_cost.py puts its own src/ first on the path).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare_cost import THINGS, synthetic_mix  # noqa: E402


def _things(text: str) -> set[str]:
    return {thing for thing in THINGS if f"the {thing}" in text}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--show", type=int, default=10, help="how many numbers-signal links to print")
    args = parser.parse_args()
    from newsprism.compare import compare_corpus
    from newsprism.config import Settings

    articles, analyses, _ = synthetic_mix(args.articles, seed=args.seed)
    result = compare_corpus(articles, analyses, Settings())
    flagged = [l for l in result.claim_links if any(s.startswith("numbers") for s in l.evidence.get("signals", []))]
    different = [l for l in flagged if _things(l.a.span.text) and _things(l.b.span.text)
                 and not _things(l.a.span.text) & _things(l.b.span.text)]
    print(json.dumps({"links": Counter(l.relation for l in result.claim_links), "numbers_signal": len(flagged),
                      "different_things": len(different)}))
    for link in random.Random(0).sample(flagged, min(args.show, len(flagged))):
        signals = [s for s in link.evidence["signals"] if s.startswith(("numbers", "word overlap"))]
        print(f"- {link.a.span.text!r}\n  {link.b.span.text!r}\n  {signals}")


if __name__ == "__main__":
    main()
