"""Counting helpers shared by the scorers."""

from __future__ import annotations

from typing import Iterable


def precision_recall_f1(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0 where undefined)."""
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def greedy_one_to_one(candidates: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Pairs (i, j) taken best score first (ties by i, then j), each i and each j used once."""
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs
