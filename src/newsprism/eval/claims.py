"""Score claims (modality per class) and conditions against examples/gold/claims/*.json.

Each gold file holds a JSON array of claims ({start, end, text, holder, modality, cues,
position, conditions: [{start, end, text, connective, required, actor, polarity}]}) with
offsets into examples/gold/text/<name>.txt (headline, blank line, body).

Matching rule: a predicted and a gold span match when their character overlap covers at
least half of the shorter of the two (``min_overlap``); pairs are matched one-to-one, greedily
by overlap. Modality class c: precision over predicted claims of class c, recall over gold
claims of class c, a hit being a matched pair of class c on both sides. Conditions: all
conditions of all claims, matched by the same span rule.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Iterable

from ..errors import EvalError
from ..records import MODALITIES, Claim
from .metrics import precision_recall_f1

MIN_OVERLAP = 0.5


def overlap_ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap of two spans as a share of the shorter one (0 when disjoint or empty)."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return inter / shorter if inter > 0 and shorter > 0 else 0.0


def match_count(pred: list[tuple[int, int]], gold: list[tuple[int, int]], min_overlap: float = MIN_OVERLAP) -> int:
    """Number of one-to-one matches between predicted and gold spans (greedy by overlap)."""
    pairs = sorted(
        ((overlap_ratio(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)), reverse=True
    )
    used_p, used_g, hits = set(), set(), 0
    for ratio, i, j in pairs:
        if ratio < min_overlap:
            break
        if i not in used_p and j not in used_g:
            used_p.add(i), used_g.add(j)
            hits += 1
    return hits


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    """Precision, recall and F1 (rounded) from counts."""
    p, r, f = precision_recall_f1(tp, n_pred, n_gold)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": n_gold, "predicted": n_pred}


def load_gold_dir(directory: str | Path) -> dict[str, list[dict]]:
    """Gold claims per article name from ``directory/*.json``."""
    folder = Path(directory)
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        raise EvalError("no gold claim files (*.json) found", path=str(directory))
    out = {}
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise EvalError(f"cannot read gold claims: {exc}", path=str(path)) from exc
        if not isinstance(data, list):
            raise EvalError("gold claims must be a JSON array", path=str(path))
        out[path.stem] = data
    return out


def _spans(items: Iterable) -> list[tuple[int, int]]:
    return [(int(x["start"]), int(x["end"])) for x in items]


def score_article(gold: list[dict], pred: list[Claim], counts: Counter) -> None:
    """Add one article's per-class and condition counts to ``counts``."""
    for cls in MODALITIES:
        g = _spans(c for c in gold if c.get("modality") == cls)
        p = [(c.span.start, c.span.end) for c in pred if c.modality == cls]
        counts[cls, "tp"] += match_count(p, g)
        counts[cls, "pred"] += len(p)
        counts[cls, "gold"] += len(g)
    g_cond = _spans(cond for c in gold for cond in c.get("conditions", []))
    p_cond = [(cond.span.start, cond.span.end) for c in pred for cond in c.conditions]
    counts["conditions", "tp"] += match_count(p_cond, g_cond)
    counts["conditions", "pred"] += len(p_cond)
    counts["conditions", "gold"] += len(g_cond)


def summarise(counts: Counter, articles: int) -> dict:
    """The report printed by ``newsprism eval claims``."""
    modality = {cls: prf(counts[cls, "tp"], counts[cls, "pred"], counts[cls, "gold"]) for cls in MODALITIES}
    return {"articles": articles, "modality": modality,
            "conditions": prf(counts["conditions", "tp"], counts["conditions", "pred"], counts["conditions", "gold"])}


def body_start_of(text: str) -> int:
    """Where the body starts in a gold text (after the headline and blank line)."""
    cut = text.find("\n\n")
    return cut + 2 if cut >= 0 else 0


def parsed_gold_text(nlp, texts: Path, name: str, what: str):
    """The gold text ``texts/NAME.txt`` run through ``nlp``, its headline marked as such; ``what`` names the gold."""
    path = texts / f"{name}.txt"
    if not path.exists():
        raise EvalError(f"gold {what} have no matching text file", path=str(path))
    text = path.read_text(encoding="utf-8")
    doc = nlp.make_doc(text)
    doc._.np_body_start = body_start_of(text)
    return nlp(doc)


def score_claims(gold_dir: str | Path, text_dir: str | Path | None = None, nlp=None, settings=None) -> dict:
    """Analyse each gold article's text and score its claims against the gold.

    The pipeline is ``nlp`` when given, else the one ``settings`` describe (model, components,
    cue model; defaults when None), as every eval command builds it.
    """
    from ..analyze.pipeline import pipeline_for, register_extensions
    from ..config import Settings

    register_extensions()
    gold = load_gold_dir(gold_dir)
    texts = Path(text_dir) if text_dir else Path(gold_dir).parent / "text"
    nlp = nlp or pipeline_for(settings or Settings())
    counts: Counter = Counter()
    for name, items in gold.items():
        doc = parsed_gold_text(nlp, texts, name, "claims")
        score_article(items, list(doc._.np_claims or ()), counts)
    return summarise(counts, len(gold))
