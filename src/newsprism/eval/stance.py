"""Score headline-body stance in the Fake News Challenge (FNC-1) format.

Inputs are the two FNC-1 CSV files: bodies (``Body ID``, ``articleBody``) and stances
(``Headline``, ``Body ID``, ``Stance``). The split by body id is fixed (seeded), so the
held-out figures of the shipped model can be reproduced with ``--split heldout``.
"""

from __future__ import annotations

import csv
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..errors import EvalError
from ..records import STANCES

SPLIT_SEED = 1234
HELDOUT_FRACTION = 0.2
RELATED = ("agree", "disagree", "discuss")


@dataclass(frozen=True)
class StancePair:
    """One gold headline-body pair."""

    headline: str
    body_id: str
    stance: str


def _rows(path: Path, required: Sequence[str]) -> list[dict]:
    if not path.exists():
        raise EvalError("file not found", path=str(path))
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # FNC bodies exceed the default limit
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise EvalError(f"missing column(s): {', '.join(missing)}", path=str(path))
            return list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise EvalError(f"cannot read CSV: {exc}", path=str(path)) from exc


def read_fnc(bodies_csv: str | Path, stances_csv: str | Path) -> tuple[dict[str, str], list[StancePair]]:
    """Bodies by id and the gold pairs, checked: every pair's body exists, every stance is known."""
    bodies = {r["Body ID"]: r["articleBody"] for r in _rows(Path(bodies_csv), ("Body ID", "articleBody"))}
    pairs = []
    for n, row in enumerate(_rows(Path(stances_csv), ("Headline", "Body ID", "Stance")), start=2):
        if row["Stance"] not in STANCES:
            raise EvalError(f"line {n}: unknown stance {row['Stance']!r}", path=str(stances_csv))
        if row["Body ID"] not in bodies:
            raise EvalError(f"line {n}: body {row['Body ID']!r} is not in the bodies file", path=str(stances_csv))
        pairs.append(StancePair(row["Headline"], row["Body ID"], row["Stance"]))
    return bodies, pairs


def split_by_body(body_ids: Sequence[str], seed: int = SPLIT_SEED, fraction: float = HELDOUT_FRACTION) -> tuple[set, set]:
    """(train, held-out) body ids: a fixed shuffle, so no body is on both sides."""
    ids = sorted(set(body_ids), key=lambda b: (len(b), b))
    random.Random(seed).shuffle(ids)
    cut = int(round(len(ids) * fraction))
    return set(ids[cut:]), set(ids[:cut])


def select_split(pairs: Sequence[StancePair], split: str) -> list[StancePair]:
    """The pairs of ``split``: ``all``, ``train`` or ``heldout``."""
    if split == "all":
        return list(pairs)
    train, heldout = split_by_body([p.body_id for p in pairs])
    wanted = {"train": train, "heldout": heldout}.get(split)
    if wanted is None:
        raise EvalError(f"unknown split {split!r}: use heldout, train or all")
    return [p for p in pairs if p.body_id in wanted]


def fnc_score(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """The FNC-1 score as a fraction of the best possible score."""
    def points(g: str, p: str) -> float:
        score = 0.25 if (g == "unrelated") == (p == "unrelated") else 0.0
        return score + (0.75 if g == p and g != "unrelated" else 0.0)

    best = sum(points(g, g) for g in gold)
    return sum(points(g, p) for g, p in zip(gold, predicted)) / best if best else 0.0


def stance_scores(gold: Sequence[str], predicted: Sequence[str]) -> dict:
    """Pairs, FNC score, accuracy, macro-F1 and per-class F1 in the CLI's JSON shape."""
    per_class = {}
    for label in STANCES:
        tp = sum(1 for g, p in zip(gold, predicted) if g == p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, predicted) if g == label and p != label)
        per_class[label] = round(2 * tp / (2 * tp + fp + fn), 4) if tp + fp + fn else 0.0
    accuracy = sum(1 for g, p in zip(gold, predicted) if g == p) / len(gold) if gold else 0.0
    return {
        "pairs": len(gold),
        "fnc_score": round(fnc_score(gold, predicted), 4),
        "accuracy": round(accuracy, 4),
        "macro_f1": round(sum(per_class.values()) / len(STANCES), 4),
        "per_class_f1": per_class,
    }


def evaluate_stance(bodies_csv: str | Path, stances_csv: str | Path, split: str = "heldout", cache: str | None = "fnc-sentences") -> dict:
    """Predict every pair of ``split`` with the shipped model and score it."""
    from ..compare.stance import load_stance_model, pairs_matrix, predict_stances

    bodies, pairs = read_fnc(bodies_csv, stances_csv)
    chosen = select_split(pairs, split)
    if not chosen:
        raise EvalError(f"no pairs in split {split!r}", path=str(stances_csv))
    bundle = load_stance_model()
    matrix, _ = pairs_matrix([(p.headline, bodies[p.body_id]) for p in chosen], bundle["idf"], cache)
    predicted, _ = predict_stances(matrix, bundle)
    return stance_scores([p.stance for p in chosen], predicted)


def confusion(gold: Sequence[str], predicted: Sequence[str]) -> dict:
    """Counts of (gold, predicted) as ``{gold: {predicted: n}}`` over the four stances."""
    table = {g: {p: 0 for p in STANCES} for g in STANCES}
    for g, p in zip(gold, predicted):
        table[g][p] += 1
    return table


def _article_slugs(articles_dir: Path) -> tuple[list, dict]:
    from ..ingest import ingest_paths
    from ..records import Article

    articles = [a for a in ingest_paths([articles_dir]) if isinstance(a, Article)]
    return articles, {a.id: Path(a.source_path).stem for a in articles}


def _gold_headline_stances(gold_json: Path) -> dict[str, str]:
    import json

    if not gold_json.exists():
        raise EvalError("file not found", path=str(gold_json))
    try:
        gold = json.loads(gold_json.read_text(encoding="utf-8")).get("headline_stance")
    except (OSError, ValueError) as exc:
        raise EvalError(f"cannot read gold JSON: {exc}", path=str(gold_json)) from exc
    if not isinstance(gold, dict) or any(s not in STANCES for s in gold.values()):
        raise EvalError("'headline_stance' must map article slugs to agree/disagree/discuss/unrelated", path=str(gold_json))
    return gold


def _report_row(slug: str, gold: str, check) -> dict:
    """One article's row: the final stance, the model's own call and probabilities, and any structural finding."""
    structural = check.evidence.get("structural")
    acted_on = structural["model_stance"] if structural else check.stance
    return {"article": slug, "gold": gold, "predicted": check.stance, "probabilities": check.evidence["probabilities"],
            "model_stance": check.evidence.get("tie", {}).get("model_stance", acted_on),  # a near-tie read as its runner-up
            "structural": structural and {k: structural[k] for k in ("finding", "matter", "reason")}}


def evaluate_headline_stance(articles_dir: str | Path, gold_json: str | Path, settings=None) -> dict:
    """Each article's own-headline check against ``headline_stance`` gold (slug = file stem).

    Runs the headline checks exactly as ``compare_corpus`` does (ingest, analyse, embed the
    headline and candidate sentences, :func:`~newsprism.compare.headlines.headline_checks`):
    the analysis feeds the structural check (the body's conditions).
    """
    from ..analyze.pipeline import analyze_articles
    from ..compare.embeddings import load_encoder
    from ..compare.headlines import headline_checks
    from ..compare.stance import load_stance_model
    from ..compare.views import build_views

    gold = _gold_headline_stances(Path(gold_json))
    articles, slugs = _article_slugs(Path(articles_dir))
    articles = [a for a in articles if slugs[a.id] in gold]
    if not articles:
        raise EvalError("no article file matches a slug of the gold 'headline_stance'", path=str(articles_dir))
    analyses = {a.article_id: a for a in analyze_articles(articles, settings)}
    views = build_views(articles, analyses, load_stance_model()["idf"], load_encoder())
    model = settings.model if settings is not None else ""
    rows = [_report_row(slugs[c.article_id], gold[slugs[c.article_id]], c) for c in headline_checks(views, model=model)]
    rows.sort(key=lambda r: r["article"])
    golds, predicted = [r["gold"] for r in rows], [r["predicted"] for r in rows]
    return {"articles": len(rows), "correct": sum(g == p for g, p in zip(golds, predicted)),
            "confusion": confusion(golds, predicted), "per_article": rows}
