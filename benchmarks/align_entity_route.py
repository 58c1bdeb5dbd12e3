"""Links that only a shared entity relates, under the shipped rule and under the rule before it.

    .venv/bin/python benchmarks/align_entity_route.py /tmp/ex.db
    .venv/bin/python benchmarks/align_entity_route.py /tmp/syn.pkl --show 40    # print 40 links the shipped rule drops

Input: a database with stored analyses, or a pickle of the synthetic mix from
``compare_links_diff.py corpus``. Two claims below ``related_similarity`` that share an entity are
related when their word overlap reaches ``related_overlap``; the shipped rule (align._related_through)
also asks, when no shared entity is named in the story's headlines, that the overlap without the
shared names' own words reach it. The rule before counted the name's words whatever the name.
Output per rule: entity-routed links (not both headlines), how many share a headline entity, and
on the synthetic mix how many join two filler remarks (compare_cost.OBJECTS), which are never
about one thing; then links only one rule makes.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from compare_cost import OBJECTS
from compare_links_diff import _inputs

# The filler remarks of the synthetic mix as patterns: "the mood in {town} remained tense" -> "the mood in .+ remained tense".
FILLER = re.compile("|".join(re.sub(r"\\\{\w+\\\}", ".+", re.escape(o.removeprefix("that "))) for o in OBJECTS))


def _before(a, b, shared, lexical, settings, stem_weight) -> bool:
    """The rule before: a shared entity and the word overlap, the entity's own words included."""
    return lexical >= settings.related_overlap


def entity_routed(articles, analyses, rule=None) -> dict:
    """(article, span) pair -> (texts, shares a headline entity) of every link only a shared entity makes."""
    from newsprism.compare import align, compare_corpus
    from newsprism.config import Settings

    routed, original, shipped = {}, align.relate, align._related_through

    def recording(a, b, similarity, lexical, settings, stem_weight=None):
        decided = original(a, b, similarity, lexical, settings, stem_weight)
        if decided and similarity < settings.related_similarity and not align._both_headlines(a, b):
            key = frozenset((a.ref, b.ref))
            routed[key] = ((a.text, b.text), bool(a.subjects & a.entities & b.entities))
        return decided

    align.relate, align._related_through = recording, rule or shipped
    try:
        result = compare_corpus(articles, analyses, Settings())
    finally:
        align.relate, align._related_through = original, shipped
    return {k: routed[k] for k in (frozenset((l.a, l.b)) for l in result.claim_links) if k in routed}


def _summary(name: str, links: dict) -> str:
    kinds = Counter("".join("F" if FILLER.search(t) else "E" for t in texts) for texts, _ in links.values())
    return (f"{name:<8} entity-routed links {len(links):>5}, sharing a headline entity {sum(h for _, h in links.values()):>5}, "
            f"filler-filler {kinds['FF']:>5}, other {len(links) - kinds['FF']:>5}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="database with stored analyses, or a .pkl from compare_links_diff.py corpus")
    parser.add_argument("--show", type=int, default=0, help="print this many links (a random sample) each rule makes alone")
    args = parser.parse_args()
    articles, analyses = _inputs(args.source)
    before, shipped = entity_routed(articles, analyses, _before), entity_routed(articles, analyses)
    print(_summary("before", before))
    print(_summary("shipped", shipped))
    for name, keys, side in (("before only", before.keys() - shipped.keys(), before),
                             ("shipped only", shipped.keys() - before.keys(), shipped)):
        print(f"{name}: {len(keys)}")
        for key in random.Random(0).sample(sorted(keys, key=str), min(args.show, len(keys))):
            (a, b), headline = side[key]
            print(f"  {a[:110]!r}\n    {b[:110]!r}{'  (headline entity)' if headline else ''}")


if __name__ == "__main__":
    main()
