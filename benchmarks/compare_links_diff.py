"""Claim links before and after a change to the comparison, on the same stored analyses.

    .venv/bin/newsprism run examples/articles --db /tmp/ex.db        # analyses once
    git archive REV src | tar -x -C /tmp/before                      # the code before the change
    PYTHONPATH=/tmp/before/src .venv/bin/python benchmarks/compare_links_diff.py dump /tmp/ex.db /tmp/before.json
    .venv/bin/python benchmarks/compare_links_diff.py dump /tmp/ex.db /tmp/after.json
    .venv/bin/python benchmarks/compare_links_diff.py diff /tmp/before.json /tmp/after.json

``dump`` runs ``compare_corpus`` over the analyses stored in a database (nothing is written to
it) and saves every link with both texts; ``diff`` prints the links whose relation changed and
the links found on one side only, for reading each one.

A change meant to leave every result alone (a speed-up) is checked on everything the store
saves, not only the links: ``dump`` also writes ``OUT.records``, the repr of every story, link,
verdict, headline check and outlet profile, one a line, and ``diff`` counts the lines that differ.
Run both sides with the same PYTHONHASHSEED (evidence may hold sets). The synthetic corpus of
benchmarks/compare_cost.py, analysed once, serves as a second input (a pickle instead of a db)::

    .venv/bin/python benchmarks/compare_links_diff.py corpus /tmp/syn.pkl 1000   # [words, default 600]
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/compare_links_diff.py dump /tmp/syn.pkl /tmp/after.json
"""

from __future__ import annotations

import json
import pickle
import sys
from collections import Counter
from pathlib import Path


def corpus(out: str, n_articles: str, words: str = "600") -> None:
    """Generate and analyse the synthetic mix of compare_cost.py; pickle (articles, analyses) to ``out``."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from compare_cost import _analysed, synthetic_mix
    from newsprism.config import Settings

    articles, _, _ = synthetic_mix(int(n_articles), words=int(words))
    analyses, _ = _analysed(articles, Settings())
    with open(out, "wb") as handle:
        pickle.dump((articles, analyses), handle)


def _inputs(source: str) -> tuple[list, dict]:
    if source.endswith(".pkl"):
        with open(source, "rb") as handle:
            return pickle.load(handle)
    from newsprism.store import Store

    store = Store.open(source)
    articles = list(store.articles())
    return articles, {a.id: store.analysis(a.id) for a in articles}


def _write_records(result, out: str) -> None:
    with open(out + ".records", "w", encoding="utf-8") as handle:
        for name in ("stories", "claim_links", "verdicts", "headline_checks", "outlet_profiles"):
            for record in getattr(result, name):
                handle.write(f"{name}\t{record!r}\n")


def dump(db: str, out: str) -> None:
    """Compare the stored analyses of ``db`` and write every claim link to ``out`` (JSON)."""
    from newsprism.compare import compare_corpus
    from newsprism.config import Settings

    articles, analyses = _inputs(db)
    outlet = {a.id: a.outlet for a in articles}
    result = compare_corpus(articles, analyses, Settings())
    _write_records(result, out)
    label = {s.id: s.label for s in result.stories}
    links = [{"story": label[l.story_id], "a": [l.a.article_id, l.a.span.start, l.a.span.end],
              "b": [l.b.article_id, l.b.span.start, l.b.span.end], "relation": l.relation,
              "outlets": [outlet[l.a.article_id], outlet[l.b.article_id]], "texts": [l.a.span.text, l.b.span.text],
              "signals": l.evidence.get("signals", [])} for l in result.claim_links]
    verdicts = Counter(v.verdict for v in result.verdicts)
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"links": links, "verdicts": verdicts}, handle, ensure_ascii=False, indent=1)
    print(json.dumps({"links": Counter(l["relation"] for l in links), "verdicts": verdicts}))


def _key(link: dict) -> tuple:
    return link["story"], frozenset((tuple(link["a"]), tuple(link["b"])))


def _show(link: dict, relation: str) -> str:
    (oa, ob), (ta, tb) = link["outlets"], link["texts"]
    return f"  {relation} | {oa}: {ta[:150]!r}\n      || {ob}: {tb[:150]!r}\n      signals: {link['signals'][:3]}"


def diff(before_path: str, after_path: str) -> None:
    """Print links whose relation changed, then links only one side has."""
    with open(before_path, encoding="utf-8") as b, open(after_path, encoding="utf-8") as a:
        before, after = ({_key(l): l for l in json.load(f)["links"]} for f in (b, a))
    changed = [k for k in before.keys() & after.keys() if before[k]["relation"] != after[k]["relation"]]
    print(f"links before {len(before)}, after {len(after)}; relation changed: {len(changed)}")
    for k in changed:
        print(_show(after[k], f"{before[k]['relation']} -> {after[k]['relation']}"))
    for name, keys, side in (("only before", before.keys() - after.keys(), before), ("only after", after.keys() - before.keys(), after)):
        print(f"{name}: {len(keys)}")
        for k in keys:
            print(_show(side[k], side[k]["relation"]))
    _diff_records(before_path, after_path)


def _diff_records(before_path: str, after_path: str) -> None:
    if not (Path(before_path + ".records").exists() and Path(after_path + ".records").exists()):
        return
    before, after = (Path(p + ".records").read_text(encoding="utf-8").splitlines() for p in (before_path, after_path))
    differing = sum(1 for b, a in zip(before, after) if b != a) + abs(len(before) - len(after))
    kinds = Counter(line.split("\t", 1)[0] for line in after)
    print(f"records before {len(before)}, after {len(after)} ({dict(kinds)}); lines differing: {differing}")


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] not in ("dump", "diff", "corpus"):
        sys.exit(__doc__)
    {"dump": dump, "diff": diff, "corpus": corpus}[sys.argv[1]](*sys.argv[2:])
