"""Syndication and near-duplicates: MinHash LSH over word shingles (datasketch).

A copy or a lightly edited rewrite is *derived* from the earliest version of its text (by
publication time, then ingest order). Derived articles do not count as independent
corroboration. Candidates come from LSH; the decision uses the exact shingle overlap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..records import Article
from .settings import CompareSettings

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Derivation:
    """``article_id`` is a copy (or light rewrite) of ``origin_id``."""

    article_id: str
    origin_id: str
    jaccard: float
    containment: float  # share of the copy's shingles found in the origin

    def evidence(self) -> dict:
        """JSON-ready evidence for Story.evidence and outlet profiles."""
        return {"from": self.origin_id, "jaccard": round(self.jaccard, 3), "containment": round(self.containment, 3)}


def shingles(text: str, size: int) -> set[str]:
    """Lower-cased word ``size``-grams of ``text``."""
    tokens = _WORD.findall(text.lower())
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


def chronological(articles: Sequence[Article]) -> list[Article]:
    """Articles by publication time (undated last), then by ingest order."""
    position = {a.id: i for i, a in enumerate(articles)}
    return sorted(articles, key=lambda a: (a.published is None, a.published or "", a.ingested_at or "", position[a.id]))


def _body(article: Article) -> str:
    return article.text[article.body_start:] if article.body_start else article.text


class _ShingleHashes:
    """datasketch's 32-bit SHA-1 of each shingle, computed once per distinct shingle.

    Copies and rewrites share most of their shingles with their origin, and hashing each
    occurrence anew was most of the sketching time. Used as the MinHash's hash function,
    so the sketches are the ones datasketch computes from the shingles themselves.
    """

    def __init__(self) -> None:
        from datasketch.hashfunc import sha1_hash32

        self._hash = sha1_hash32
        self._known: dict[str, int] = {}

    def __call__(self, shingle: str) -> int:
        found = self._known.get(shingle)
        if found is None:
            found = self._known[shingle] = self._hash(shingle.encode("utf-8"))
        return found


def _candidates(ordered: list[Article], sets: dict, settings: CompareSettings):
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=settings.lsh_threshold, num_perm=settings.minhash_permutations)
    # One sketch's permutations serve every sketch: they depend only on the seed (drawing them anew was a sixth of the time).
    empty = MinHash(num_perm=settings.minhash_permutations, seed=1, hashfunc=_ShingleHashes())
    for article in ordered:
        sketch = empty.copy()
        sketch.update_batch(sets[article.id])
        yield article, lsh.query(sketch)
        if sets[article.id] and article.id not in lsh:
            lsh.insert(article.id, sketch)


def derivations(articles: Sequence[Article], settings: CompareSettings) -> dict[str, Derivation]:
    """For each derived article, where it was copied from (the earliest version of its text)."""
    ordered = chronological(articles)
    sets = {a.id: shingles(_body(a), settings.shingle_words) for a in ordered}
    found: dict[str, Derivation] = {}
    for article, earlier in _candidates(ordered, sets, settings):
        mine = sets[article.id]
        best = None
        for other in earlier:
            shared = len(mine & sets[other])
            containment = shared / max(1, len(mine))
            if containment >= settings.derived_overlap and (best is None or containment > best.containment):
                jaccard = shared / max(1, len(mine | sets[other]))
                best = Derivation(article.id, other, jaccard, containment)
        if best:
            root = found.get(best.origin_id)  # a copy of a copy derives from the first version
            found[article.id] = Derivation(article.id, root.origin_id, best.jaccard, best.containment) if root else best
    return found
