"""Claims on invented wire passages (tests/analyze/fixtures/claims_dev.json: fictional people,
bodies and outlets), written before the rules they test: hedges, negation forms, what counts as a
claim, claim boundaries and conditions. ``python -m tests.analyze.test_claims_dev`` lists misses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
CASES = json.loads((FIXTURES / "claims_dev.json").read_text(encoding="utf-8"))["cases"]
# Written after the rules, in new phrasings, and measured once: 24/24 (the code before this session: 5/24).
CHECK = json.loads((FIXTURES / "claims_check.json").read_text(encoding="utf-8"))["cases"]
# Measured before the rules were changed: 26/72 = 0.36 (the first 58 cases); after them 82/82 for
# all 66 (the floor leaves room for parser noise).
MIN_AGREEMENT = 0.9


def parsed(nlp, case: dict):
    """The case's text (behind its headline, if any) through the full pipeline."""
    headline = case.get("headline", "")
    text = f"{headline}\n\n{case['text']}" if headline else case["text"]
    doc = nlp.make_doc(text)
    doc._.np_body_start = len(headline) + 2 if headline else 0
    return nlp(doc)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return inter / shorter if inter > 0 and shorter > 0 else 0.0


def _span_of(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def case_results(nlp, case: dict) -> list[tuple[str, bool, str]]:
    """(expectation, met, what was predicted) for every expected claim and every non-claim."""
    doc = parsed(nlp, case)
    claims = list(doc._.np_claims)
    seen = "; ".join(f"{c.modality}/{c.holder}: {c.span.text!r}" for c in claims)
    out = []
    for want in case.get("claims", []):
        span = _span_of(doc.text, want["text"])
        met = any(_overlap(span, (c.span.start, c.span.end)) >= 0.5 and c.modality == want["modality"]
                  and want.get("holder", "").lower() in c.holder.lower() for c in claims)
        out.append((f"{want['modality']}/{want.get('holder', '*')}: {want['text']!r}", met, seen))
    for part in case.get("not_claims", []):
        span = _span_of(doc.text, part)
        met = not any(_overlap(span, (c.span.start, c.span.end)) >= 0.8
                      and abs((c.span.end - c.span.start) - len(part)) < 0.3 * len(part) for c in claims)
        out.append((f"no claim: {part!r}", met, seen))
    return out


def agreement(nlp, cases: list[dict]) -> float:
    """Share of expectations met over ``cases``."""
    results = [r for case in cases for r in case_results(nlp, case)]
    return sum(met for _e, met, _s in results) / len(results)


def test_claims_dev_set_is_varied_enough():
    causes = {c["cause"] for c in CASES}
    assert len(CASES) >= 50 and len(causes) >= 8


@pytest.mark.parametrize("name", ["dev", "check"])
def test_claims_dev_agreement_stays_above_threshold(nlp, name):
    assert agreement(nlp, CASES if name == "dev" else CHECK) >= MIN_AGREEMENT


if __name__ == "__main__":
    from newsprism.analyze import load_pipeline

    pipeline = load_pipeline()
    total = hits = 0
    for case in CASES:
        for expect, met, seen in case_results(pipeline, case):
            total, hits = total + 1, hits + met
            if not met:
                print(f"MISS [{case['cause']}] {expect}\n     text: {case['text']}\n     got: {seen}")
    print(f"agreement {hits}/{total} = {hits / total:.3f}")
