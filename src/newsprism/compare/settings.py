"""Thresholds of the comparison layer, read from ``Settings.compare`` with defaults in code.

The defaults were chosen by measurement on examples/gold/stories.json and on a synthetic
mix of generated articles (benchmarks/compare_cost.py; docs/compare.md gives the figures).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ..errors import ConfigError


@dataclass(frozen=True)
class CompareSettings:
    """Typed options of ``[newsprism.compare]`` in newsprism.toml."""

    # Story clustering: score = w_text * text similarity + w_entities * entity similarity
    # + w_time * time proximity; an article joins the best story scoring >= story_threshold.
    # Measured (docs/compare.md): gold examples exact from 0.55 to 0.7; the angle corpus
    # (benchmarks/data/story_angles: markets and reaction pieces of one event, and different
    # events in the same countries) ARI 0.512 at 0.65/0.6 and 0.879 at 0.6/0.5 (0.922 at
    # 0.55/0.5); the synthetic mix prefers 0.7 because its articles on one event share template
    # wording. 0.55 since the sixth session: the development sets examples/dev3 split every
    # story at 0.6 (5 stories for 2, 5 for 3) and are exact or nearly so at 0.55, still at
    # precision 1.0, for synthetic ARI 0.961 -> 0.925.
    story_threshold: float = 0.55
    min_text_similarity: float = 0.5  # never join on entities and time alone
    w_text: float = 0.4
    w_entities: float = 0.4
    w_time: float = 0.2
    time_window_hours: float = 96.0  # proximity falls linearly to 0 over this gap; beyond it, no join
    # Syndication: word shingles, MinHash LSH, and the overlap above which a text is a copy.
    shingle_words: int = 4
    minhash_permutations: int = 128
    lsh_threshold: float = 0.3
    derived_overlap: float = 0.45  # containment of the later text in the earlier one
    # Claim alignment (cosines of claim texts).
    same_similarity: float = 0.72
    # ... or this cosine with this word overlap (align._paraphrase). Chosen on the claim-alignment
    # gold of the development sets (examples, heldout, dev3; docs/benchmarks.md): same-link precision
    # 0.917 -> 0.882 for recall 0.289 -> 0.337; 0.65 alone gave 0.724 / 0.392.
    same_similarity_with_overlap: float = 0.65
    same_overlap: float = 0.6
    related_similarity: float = 0.5
    contradiction_similarity: float = 0.65  # negation, numbers, attribution conflicts need a close paraphrase
    headline_similarity: float = 0.4  # headlines of one story are compared on a lower bar
    # Word overlap (align.word_overlap): the share of the lighter claim's IDF-squared word weight
    # that the other claim has too, in [0, 1]. The thresholds below were 0.25 / 0.4 / 0.5 while the
    # overlap summed squared weights over plain ones, a scale about 4.3 times larger (median over the
    # examples' claim pairs): 0.06 / 0.09 / 0.12 reproduce them. The prefilter is 0.1 because no link
    # of the examples or of a synthetic mix was lost at 0.1 and fewer claims are embedded (docs/compare.md).
    lexical_prefilter: float = 0.1  # word overlap below which a pair is not embedded (unless it shares an entity)
    # A shared entity and this word overlap make two claims related; when no shared entity is named in
    # the story's headlines (a town in a side remark), the overlap without the shared names' own words
    # must reach it too (align._related_through). Lower bars (0.03, 0.05) linked the same pairs on the
    # examples, the held-out set and the synthetic 1,000: no claim pair falls between.
    related_overlap: float = 0.1
    numbers_overlap: float = 0.12  # different counts of one noun contradict only in claims sharing this much wording
    # Claims per article compared (headline, lead and attributed claims first); each may cost an
    # embedding, the main cost of the layer. 8 until the seventh session left most of a 400-word
    # article's claims out: on the development sets' alignment gold same-link recall rose 0.121 ->
    # 0.264 at 16 (0.330 at 24) and the synthetic 1,000's CPU ratio 0.159 -> 0.198 (0.236 at 24;
    # target 0.20). docs/benchmarks.md, "Claim alignment".
    max_claims_per_article: int = 16


def compare_settings(raw: dict | None) -> CompareSettings:
    """``CompareSettings`` from the ``Settings.compare`` mapping, rejecting unknown keys."""
    raw = dict(raw or {})
    fields = {f.name: f for f in dataclasses.fields(CompareSettings)}
    unknown = sorted(set(raw) - set(fields))
    if unknown:
        raise ConfigError(f"unknown compare setting(s): {', '.join(unknown)}")
    values = {}
    for name, value in raw.items():
        expected = type(getattr(CompareSettings(), name))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ConfigError(f"compare setting {name!r} must be {expected.__name__}")
        values[name] = value
    return CompareSettings(**values)
