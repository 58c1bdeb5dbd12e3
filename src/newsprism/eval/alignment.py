"""Score cross-outlet claim alignment against hand-made pairs (``<set>/gold/alignment.json``).

The gold lists, for each story, every proposition carried by two or more of its articles as
pairs of verbatim snippets, ``same`` (the articles report the same thing, whoever they cite
for it) or ``contradicts`` (both cannot be true as reported). It is exhaustive, so a predicted
``same``/``contradicts`` link that matches no gold pair counts against precision.

A predicted claim *covers* a snippet when the two share at least half of the shorter one's
characters (most of the snippet, or a short claim such as a titled mention inside it). A gold pair is:

- **linked** when a predicted link of the same relation joins a claim covering one snippet
  and a claim covering the other (either way round);
- **grouped** when claims covering the two snippets end in one verdict group, which is what
  the reader sees: for ``same`` a corroborated (or contradicted) group, for ``contradicts`` a
  contradicted one.

By default the articles are grouped into the gold stories before alignment (``stories="gold"``),
so the figures measure alignment alone; ``stories="clustered"`` runs the whole comparison,
clustering included, and counts pairs whose articles ended in different stories as missed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..errors import EvalError
from ..records import Article, ClaimLink, Span, Story, Verdict

RELATIONS = ("same", "contradicts")
COVER_SHARE = 0.5  # of the shorter span's characters shared


@dataclass(frozen=True)
class GoldPair:
    """One gold pair: two snippets located in their articles, and how they relate."""

    a: tuple[str, Span]  # (article id, snippet span)
    b: tuple[str, Span]
    relation: str
    why: str = ""


def read_alignment_gold(path: Path) -> list[dict]:
    """The raw pairs of an alignment.json, checked for shape (errors name the file and the pair)."""
    if not path.exists():
        raise EvalError("file not found", path=str(path))
    try:
        pairs = json.loads(path.read_text(encoding="utf-8"))["pairs"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EvalError(f"cannot read alignment gold (expected {{\"pairs\": [...]}}): {exc}", path=str(path)) from exc
    for n, pair in enumerate(pairs, 1):
        ok = isinstance(pair, dict) and pair.get("relation") in RELATIONS and all(
            isinstance(pair.get(side), dict) and isinstance(pair[side].get("article"), str)
            and isinstance(pair[side].get("text"), str) and pair[side]["text"] for side in ("a", "b"))
        if not ok:
            raise EvalError(f"pair {n}: needs a and b ({{article, text}}) and a relation in {RELATIONS}", path=str(path))
    return pairs


def locate(pairs: Sequence[dict], articles: dict[str, Article], path: Path) -> list[GoldPair]:
    """Gold pairs with their snippets found in the article texts (each must occur exactly once)."""
    located = []
    for n, pair in enumerate(pairs, 1):
        ends = []
        for side in ("a", "b"):
            slug, snippet = pair[side]["article"], pair[side]["text"]
            article = articles.get(slug)
            if article is None:
                raise EvalError(f"pair {n}: no article file for slug {slug!r}", path=str(path))
            start = article.text.find(snippet)
            if start < 0 or article.text.find(snippet, start + 1) >= 0:
                found = "not found" if start < 0 else "found more than once"
                raise EvalError(f"pair {n}: snippet {snippet[:60]!r} {found} in {slug}", path=str(path))
            ends.append((article.id, Span(start, start + len(snippet), snippet)))
        located.append(GoldPair(ends[0], ends[1], pair["relation"], pair.get("why", "")))
    return located


def covers(claim: Span, snippet: Span) -> bool:
    """True when the two spans share at least half of the shorter one's characters: a claim
    holding most of the snippet, or a short claim (a titled mention, a clause) inside it."""
    inside = min(claim.end, snippet.end) - max(claim.start, snippet.start)
    shorter = min(claim.end - claim.start, snippet.end - snippet.start)
    return inside > 0 and inside >= COVER_SHARE * shorter


def _link_matches(link: ClaimLink, pair: GoldPair) -> bool:
    ends = ((link.a.article_id, link.a.span), (link.b.article_id, link.b.span))
    for first, second in (ends, ends[::-1]):
        if first[0] == pair.a[0] and second[0] == pair.b[0] and covers(first[1], pair.a[1]) and covers(second[1], pair.b[1]):
            return True
    return False


def _group_of(verdicts: Sequence[Verdict], end: tuple[str, Span]) -> set:
    """(story, group) keys of the verdict groups holding a claim that covers the snippet."""
    return {(v.story_id, v.group) for v in verdicts for ref in v.claims
            if ref.article_id == end[0] and covers(ref.span, end[1])}


def _grouped(verdict: dict, relation: str, groups_a: set, groups_b: set) -> bool:
    """Whether a group holding both snippets has the verdict the gold relation calls for."""
    wanted = {"contradicted"} if relation == "contradicts" else {"corroborated", "contradicted"}
    return any(verdict[key] in wanted for key in groups_a & groups_b)


def score_alignment(pairs: Sequence[GoldPair], links: Sequence[ClaimLink], verdicts: Sequence[Verdict],
                    article_ids: set[str]) -> dict:
    """Precision, recall and F1 per relation, group recall, and one row per gold pair."""
    predicted = [l for l in links if l.relation in RELATIONS and l.a.article_id in article_ids and l.b.article_id in article_ids]
    verdict = {(v.story_id, v.group): v.verdict for v in verdicts}
    rows, report = [], {}
    for pair in pairs:
        found = [l.relation for l in predicted if _link_matches(l, pair)]
        groups_a, groups_b = _group_of(verdicts, pair.a), _group_of(verdicts, pair.b)
        rows.append({"relation": pair.relation, "a": pair.a[1].text, "b": pair.b[1].text, "why": pair.why,
                     "linked_as": found[0] if found else "", "grouped": _grouped(verdict, pair.relation, groups_a, groups_b),
                     "claims_cover": bool(groups_a) and bool(groups_b)})
    for relation in RELATIONS:
        gold = [r for r, p in zip(rows, pairs) if p.relation == relation]
        hits = sum(r["linked_as"] == relation for r in gold)
        mine = [l for l in predicted if l.relation == relation]
        right = sum(any(_link_matches(l, p) and p.relation == relation for p in pairs) for l in mine)
        report[relation] = {**_prf(right, len(mine), hits, len(gold)), "gold": len(gold), "predicted": len(mine),
                            "grouped": round(sum(r["grouped"] for r in gold) / len(gold), 4) if gold else 0.0}
    report["claims_cover_both"] = round(sum(r["claims_cover"] for r in rows) / len(rows), 4) if rows else 0.0
    report["per_pair"] = rows
    return report


def _prf(right: int, predicted: int, hits: int, gold: int) -> dict:
    """P over predicted links (a link is right when it matches a gold pair of its relation),
    R over gold pairs (a pair is found when some link of its relation matches it)."""
    p = right / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def _articles(articles_dir: Path) -> dict[str, Article]:
    from ..ingest import ingest_paths

    articles = [a for a in ingest_paths([articles_dir]) if isinstance(a, Article)]
    return {Path(a.source_path).stem: a for a in articles}


def _gold_stories(stories_json: Path, articles: dict[str, Article]) -> list[Story]:
    """The gold grouping as stories a comparison keeps ("previous" stories)."""
    try:
        groups = json.loads(stories_json.read_text(encoding="utf-8"))["stories"]
    except (OSError, ValueError, KeyError) as exc:
        raise EvalError(f"cannot read gold stories: {exc}", path=str(stories_json)) from exc
    return [Story(f"gold-{n}", group.get("label", ""), tuple(articles[s].id for s in group["articles"] if s in articles))
            for n, group in enumerate(groups)]


def evaluate_alignment(articles_dir: str | Path, gold_json: str | Path, settings=None, stories: str = "gold") -> dict:
    """Run analysis and comparison on the articles and score the links against the gold pairs.

    ``stories``: "gold" groups the articles as the ``stories.json`` beside the gold does;
    "clustered" lets the comparison cluster them itself.
    """
    from ..analyze.pipeline import analyze_articles
    from ..compare import compare_corpus
    from ..config import Settings

    if stories not in ("gold", "clustered"):
        raise EvalError(f"stories must be 'gold' or 'clustered', not {stories!r}")
    settings = settings or Settings()
    gold_path = Path(gold_json)
    articles = _articles(Path(articles_dir))
    pairs = locate(read_alignment_gold(gold_path), articles, gold_path)
    previous = _gold_stories(gold_path.parent / "stories.json", articles) if stories == "gold" else None
    chosen = list(articles.values())
    analyses = {a.article_id: a for a in analyze_articles(chosen, settings)}
    comparison = compare_corpus(chosen, analyses, settings, previous=previous)
    report = score_alignment(pairs, comparison.claim_links, comparison.verdicts, {a.id for a in chosen})
    return {"articles": len(chosen), "stories": stories, **report}
