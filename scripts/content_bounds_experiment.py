"""Experiment (not shipped): a learned chooser of content boundaries for attributed statements.

    python scripts/content_bounds_experiment.py                   # 2-fold CV inside the even half only
    python scripts/content_bounds_experiment.py --score-odd       # then one model on all 42 even files, odd half scored

For every statement the rules (and the shipped cue judge) give, candidate content starts and ends
are generated from the parse around the rules' own (subtree edges, commas, dashes, conjunctions,
the sentence's ends, with and without the closing punctuation), each is featurised (word class,
dependency label and phrase at the boundary, what the moved tokens hold, distance and direction
from the rules' boundary, cue class and lemma, quotation), and two logistic regressions (start,
end) are trained on the PolNeAR even half: each statement whose content overlap-matches a one-part
gold content is a group, the candidate equal to the gold boundary is the positive. The rules'
boundary is replaced only when a candidate scores at least ``margin`` above it; C and the margin
are chosen by two-fold cross-validation inside the even half (mean content exact F1 of the folds).

Result (2026-11-26): no configuration beat the rules' boundaries. Of the 721 even-half statements
whose content overlaps a one-part gold content, the rules have the gold start in 665 and the gold
end in 667; the candidates hold the gold start in 689 and the gold end in 708 (the most a perfect
chooser could fix). Cross-validated content exact F1 (mean of the two folds): rules 0.6085; the
chooser 0.6033-0.6085 over C in {0.1, 1, 10}, margins 0-0.5, with or without the rules' context
features and class weights; at its best it never moves a boundary. On the odd half (scored once):
content exact 0.5502 with and without it. The rules' boundary is right about 93 % of the time, and
where it is wrong the errors spread over dozens of small patterns (a few cases each, several of
them pointing both ways in the gold), too few for 42 documents to teach. Not shipped.
PolNeAR has no licence: research use only.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from spacy.tokens import Doc, Token

from newsprism.analyze.attribution import attributed_statements
from newsprism.analyze.cue_model import CueModel, load_cue_model
from newsprism.analyze.cues import cue_entry
from newsprism.analyze.quotes import CLOSING, OPENING, QUOTE_MARKS, segment_at
from newsprism.analyze.statement_forms import doc_quote_segments, doc_text
from newsprism.eval.attribution import (
    AttributionScore,
    Tokens,
    content_fragments,
    gold_roles,
    overlap_matches,
)
from newsprism.eval.cue_training import ParsedGold, parse_gold
from newsprism.records import Span, Statement

MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)
RULE_CONTEXT = True  # the rules' boundary also carries its features under "rule|" (where do the rules err?)
CLASS_WEIGHT: str | None = None  # or "balanced"


EDGE = set(",.;:—–-") | {"--"}
BREAKS = {",", ";", ":", "—", "–", "--", "-", "("}
SUBTREE_DEPS = {"advcl", "relcl", "conj", "prep", "acl", "appos", "npadvmod", "ccomp", "cc", "parataxis", "mark", "advmod"}
MAX_SHIFT = 40  # tokens: a candidate further from the rules' boundary is not generated


def _token_range(doc: Doc, span: Span) -> tuple[int, int] | None:
    """Token indices [first, last + 1) covering a character span."""
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    return (chars.start, chars.end) if chars is not None and len(chars) else None


def _word_class(token: Token) -> str:
    """A boundary token as a feature: punctuation and function words by their text, the rest by part of speech."""
    if token.is_punct or token.is_stop or token.text in QUOTE_MARKS:
        return token.lower_
    return token.pos_


def _end_char(doc: Doc, stop: int, floor: int, keep_punct: bool) -> int:
    """The character end of tokens ending before ``stop``, trimmed of edge punctuation unless ``keep_punct``."""
    while stop > floor + 1 and (doc[stop - 1].is_space or (not keep_punct and doc[stop - 1].text in EDGE)
                                or doc[stop - 1].text in OPENING):
        stop -= 1
    return doc[stop - 1].idx + len(doc[stop - 1].text)


def _start_char(doc: Doc, start: int, ceiling: int) -> int:
    """The character start of tokens from ``start``, past edge punctuation."""
    while start < ceiling - 1 and (doc[start].is_space or doc[start].text in EDGE):
        start += 1
    return doc[start].idx


def end_candidates(doc: Doc, first: int, stop: int) -> dict[int, int]:
    """{character end: token position after it} for the content tokens [first, stop)."""
    sentence = doc[stop - 1].sent
    positions = {stop, min(len(doc), stop + 1), sentence.end}
    for k in range(max(first + 2, stop - MAX_SHIFT), stop):
        token = doc[k]
        if token.text in BREAKS or token.dep_ == "cc" or token.text in CLOSING:
            positions.add(k)
        if any(t.left_edge.i == k and t.dep_ in SUBTREE_DEPS for t in (token, token.head)):
            positions.add(k)
    for k in range(stop, min(sentence.end, stop + MAX_SHIFT)):
        if doc[k].text in BREAKS or doc[k].dep_ == "cc":
            positions.add(k)
    out: dict[int, int] = {}
    for k in sorted(positions):
        if first < k <= len(doc):
            for keep in (False, True):
                out.setdefault(_end_char(doc, k, first, keep), k)
    return out


def start_candidates(doc: Doc, first: int, stop: int) -> dict[int, int]:
    """{character start: token position} for the content tokens [first, stop)."""
    sentence = doc[first].sent
    positions = {first, max(0, first - 1), min(stop - 1, first + 1), sentence.start}
    for k in range(first + 1, min(stop - 1, first + MAX_SHIFT)):
        if doc[k - 1].text in BREAKS or doc[k - 1].dep_ in ("cc", "mark") or doc[k - 1].text in CLOSING:
            positions.add(k)
    for token in doc[first : min(stop - 1, first + 12)]:  # a phrase of the content's first words
        if token.dep_ in START_DEPS and first < token.left_edge.i < stop - 1:
            positions.add(token.left_edge.i)
    for k in range(max(sentence.start, first - 8), first):
        if doc[k - 1].text in BREAKS or doc[k].dep_ in START_DEPS or doc[k].text in OPENING:
            positions.add(k)
    return {_start_char(doc, k, stop): k for k in sorted(positions, reverse=True) if k < stop}


START_DEPS = {"nsubj", "nsubjpass", "dobj", "xcomp", "ccomp", "prep", "pobj", "advcl", "mark", "aux", "conj"}


def _bucket(shift: int) -> str:
    size = abs(shift)
    band = "0" if size == 0 else "1" if size == 1 else "2" if size == 2 else "3-5" if size <= 5 else "6-10" if size <= 10 else "11+"
    return ("-" if shift < 0 else "+") + band


def _subtree_dep(doc: Doc, k: int) -> str:
    """The label of the phrase that starts at token ``k`` (its head lies inside the content), if any."""
    if k >= len(doc):
        return "end"
    heads = [t for t in (doc[k], *doc[k].ancestors) if t.left_edge.i == k]
    return heads[-1].dep_ if heads else "-"


def _phrase(doc: Doc, k: int) -> dict[str, float]:
    """The phrase that starts at token ``k``: its head's tag and the part of speech of what it hangs on."""
    if k >= len(doc):
        return {}
    heads = [t for t in (doc[k], *doc[k].ancestors) if t.left_edge.i == k]
    if not heads:
        return {"phrase=none": 1.0}
    head = heads[-1]
    return {f"phrase_tag={head.tag_}": 1.0, f"phrase_on={head.head.pos_}": 1.0,
            f"phrase={head.dep_}_on_{head.head.pos_}": 1.0}


def _span_flags(doc: Doc, a: int, b: int, prefix: str) -> dict[str, float]:
    """What the tokens a boundary moves over hold: a verb, a quote mark, a cue word, a full stop."""
    moved = doc[min(a, b) : max(a, b)]
    whole = bool(len(moved)) and all(moved.start <= t.head.i < moved.end or t.head.i == t.i for t in moved[1:])
    return {f"{prefix}whole_phrase": float(whole and len(moved) > 1),
            f"{prefix}verb": float(any(t.pos_ in ("VERB", "AUX") for t in moved)),
            f"{prefix}quote": float(any(t.text in QUOTE_MARKS for t in moved)),
            f"{prefix}cue": float(any(cue_entry(t) is not None for t in moved if t.pos_ == "VERB")),
            f"{prefix}stop": float(any(t.text in (".", "?", "!") for t in moved))}


def end_features(doc: Doc, char: int, k: int, stop: int, context: dict[str, str]) -> dict[str, float]:
    """Features of ending the content at ``char`` (token position ``k``; the rules end at ``stop``)."""
    shift = _bucket(k - stop)
    after = _word_class(doc[k]) if k < len(doc) else "END"
    last = doc.char_span(char - 1, char, alignment_mode="expand")
    last_class = _word_class(last[-1]) if last is not None and len(last) else "-"
    dep = _subtree_dep(doc, k)
    sentence_end = k >= doc[min(k, len(doc) - 1)].sent.end - 1 or k >= len(doc)
    features = {"bias_shift=" + shift: 1.0, "after=" + after: 1.0, "last=" + last_class: 1.0, "dep=" + dep: 1.0,
                f"shift{shift[0]}_after={after}": 1.0, f"shift{shift[0]}_dep={dep}": 1.0,
                f"shift{shift[0]}_last={last_class}": 1.0, "sentence_end": float(sentence_end),
                f"shift{shift[0]}_sentence_end": float(sentence_end),
                "after_closing": float(doc_text(doc)[char - 1 : char] in CLOSING + '"'),
                "in_quote": float(segment_at(doc_quote_segments(doc), char - 1) is not None)}
    features.update(_span_flags(doc, k, stop, f"moved{shift[0]}_"))
    features.update({f"{shift[0]}_{name}": value for name, value in _phrase(doc, k).items()})
    features.update({f"{shift[0]}_{key}={value}": 1.0 for key, value in context.items()})
    return features


def start_features(doc: Doc, char: int, k: int, first: int, context: dict[str, str]) -> dict[str, float]:
    """Features of starting the content at ``char`` (token position ``k``; the rules start at ``first``)."""
    shift = _bucket(k - first)
    before = _word_class(doc[k - 1]) if k > 0 else "START"
    head = doc.char_span(char, char + 1, alignment_mode="expand")
    head_token = head[0] if head is not None and len(head) else doc[k]
    first_class, dep = _word_class(head_token), head_token.dep_
    features = {"bias_shift=" + shift: 1.0, "before=" + before: 1.0, "first=" + first_class: 1.0, "dep=" + dep: 1.0,
                f"shift{shift[0]}_before={before}": 1.0, f"shift{shift[0]}_first={first_class}": 1.0,
                f"shift{shift[0]}_dep={dep}": 1.0, "sentence_start": float(head_token.is_sent_start or False),
                "opening": float(doc_text(doc)[char : char + 1] in OPENING + '"'),
                "in_quote": float(segment_at(doc_quote_segments(doc), char) is not None)}
    features.update(_span_flags(doc, k, first, f"moved{shift[0]}_"))
    features.update({f"{shift[0]}_{name}": value for name, value in _phrase(doc, k).items()})
    features.update({f"{shift[0]}_{key}={value}": 1.0 for key, value in context.items()})
    return features


def statement_context(doc: Doc, statement: Statement) -> dict[str, str]:
    """What the statement's form says about its content: cue class, cue side, quotedness."""
    cue = doc.char_span(statement.cue.start, statement.cue.end, alignment_mode="expand")
    entry = cue_entry(cue.root) if cue is not None and len(cue) else None
    side = "after_cue" if statement.content.start >= statement.cue.end else "before_cue"
    return {"cue_class": entry.cls if entry else ("colon" if statement.cue.text == ":" else "other"),
            "cue_lemma": cue.root.lemma_.lower() if cue is not None and len(cue) else "-",
            "side": side, "kind": statement.kind}


@dataclass(frozen=True)
class BoundsModel:
    """Two logistic regressions (content start, content end) and the margin a candidate must beat the rules by."""

    start_weights: dict[str, float]
    end_weights: dict[str, float]
    start_bias: float = 0.0
    end_bias: float = 0.0
    margin: float = 0.2

    def score(self, which: str, features: dict[str, float]) -> float:
        weights, bias = (self.start_weights, self.start_bias) if which == "start" else (self.end_weights, self.end_bias)
        total = bias + sum(weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


@dataclass(frozen=True)
class Candidates:
    """One statement's candidate starts and ends, each with its features; index 0 is the rules' own."""

    starts: list[tuple[int, dict[str, float]]]
    ends: list[tuple[int, dict[str, float]]]


def candidates(doc: Doc, statement: Statement) -> Candidates | None:
    """Candidate boundaries of a one-part content (None for contents in parts or off the token grid)."""
    if statement.content_parts:
        return None
    tokens = _token_range(doc, statement.content)
    if tokens is None:
        return None
    first, stop = tokens
    context = statement_context(doc, statement)
    rule_start, rule_end = statement.content.start, statement.content.end
    starts = [(rule_start, _as_rule(start_features(doc, rule_start, first, first, context)))]
    starts += [(c, start_features(doc, c, k, first, context)) for c, k in start_candidates(doc, first, stop).items()
               if c != rule_start and c < rule_end]
    ends = [(rule_end, _as_rule(end_features(doc, rule_end, stop, stop, context)))]
    ends += [(c, end_features(doc, c, k, stop, context)) for c, k in end_candidates(doc, first, stop).items()
             if c != rule_end and c > rule_start]
    return Candidates(starts, ends)


def _as_rule(features: dict[str, float]) -> dict[str, float]:
    """The rules' own boundary: its features once more under "rule|", so that the model learns where the rules err."""
    if not RULE_CONTEXT:
        return features | {"rule": 1.0}
    return features | {"rule|" + name: value for name, value in features.items()} | {"rule": 1.0}


def _choose(model: BoundsModel, which: str, options: list[tuple[int, dict[str, float]]]) -> int:
    """The best-scoring candidate when it beats the rules' own (index 0) by the margin, else the rules'."""
    scores = [model.score(which, features) for _, features in options]
    best = max(range(len(options)), key=scores.__getitem__)
    return options[best][0] if scores[best] >= scores[0] + model.margin else options[0][0]


def rebound_contents(doc: Doc, statements: list[Statement], model: BoundsModel | None) -> list[Statement]:
    """The statements with each one-part content's start and end chosen by ``model`` (None: unchanged)."""
    if model is None:
        return statements
    out = []
    for statement in statements:
        options = candidates(doc, statement)
        if options is not None:
            start, end = _choose(model, "start", options.starts), _choose(model, "end", options.ends)
            if start < end and (start, end) != (statement.content.start, statement.content.end):
                statement = replace(statement, content=Span.of(doc_text(doc), start, end))
        out.append(statement)
    return out


@dataclass
class BoundsCase:
    """One parsed gold document with the statements the rules (and cue judge) give it."""

    item: ParsedGold
    statements: list[Statement]


def bounds_cases(items: Sequence[ParsedGold], cue_model: CueModel | None) -> list[BoundsCase]:
    """The statements of every document, found once."""
    return [BoundsCase(item, attributed_statements(item.doc, cue_model)) for item in items]


def _gold_boundaries(case: BoundsCase) -> list[tuple[Statement, tuple[int, int]]]:
    """(statement, gold (start, end)) for statements whose content overlap-matches a one-part gold content."""
    tokens = Tokens(case.item.text)
    gold = gold_roles(case.item.gold, tokens)["content"]
    predicted = [tokens.trim(content_fragments(s)) for s in case.statements]
    pairs = overlap_matches([tokens.indices(f) for f in predicted], [tokens.indices(f) for f in gold])
    return [(case.statements[i], (gold[j][0][0], gold[j][-1][1])) for i, j in pairs if len(gold[j]) == 1]


def training_rows(cases: Sequence[BoundsCase]) -> dict[str, tuple[list[dict], list[bool]]]:
    """{"start": (features, labels), "end": (...)} over the groups whose gold boundary is a candidate."""
    rows: dict[str, tuple[list[dict], list[bool]]] = {"start": ([], []), "end": ([], [])}
    for case in cases:
        for statement, (gold_start, gold_end) in _gold_boundaries(case):
            options = candidates(case.item.doc, statement)
            if options is None:
                continue
            for which, group, target in (("start", options.starts, gold_start), ("end", options.ends, gold_end)):
                if any(char == target for char, _ in group):
                    rows[which][0].extend(features for _, features in group)
                    rows[which][1].extend(char == target for char, _ in group)
    return rows


def fit_bounds_model(cases: Sequence[BoundsCase], c: float = 1.0) -> BoundsModel:
    """Two logistic regressions over the candidates of ``cases`` (margin left at its default)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    fitted = {}
    for which, (features, labels) in training_rows(cases).items():
        vectorizer = DictVectorizer()
        regression = LogisticRegression(C=c, max_iter=5000, class_weight=CLASS_WEIGHT).fit(vectorizer.fit_transform(features), labels)
        fitted[which] = (dict(zip(vectorizer.get_feature_names_out(), regression.coef_[0].tolist())),
                         float(regression.intercept_[0]))
    return BoundsModel(fitted["start"][0], fitted["end"][0], fitted["start"][1], fitted["end"][1])


def score_bounds(cases: Sequence[BoundsCase], model: BoundsModel | None) -> dict:
    """The attribution scores of ``cases`` when ``model`` chooses content boundaries (None: the rules')."""
    score = AttributionScore()
    for case in cases:
        score.add_document(case.item.text, case.item.gold, rebound_contents(case.item.doc, case.statements, model))
    return score.as_dict()


def coverage(cases: Sequence[BoundsCase]) -> dict[str, int]:
    """How many matched statements have the gold start / end right, or among the candidates (an upper bound)."""
    counts = {"matched": 0, "start_right": 0, "end_right": 0, "start_candidate": 0, "end_candidate": 0}
    for case in cases:
        for statement, (gold_start, gold_end) in _gold_boundaries(case):
            options = candidates(case.item.doc, statement)
            counts["matched"] += 1
            counts["start_right"] += statement.content.start == gold_start
            counts["end_right"] += statement.content.end == gold_end
            if options is not None:
                counts["start_candidate"] += any(char == gold_start for char, _ in options.starts)
                counts["end_candidate"] += any(char == gold_end for char, _ in options.ends)
    return counts


def cross_validate(cases: Sequence[BoundsCase], c: float = 1.0) -> dict[float, float]:
    """{margin: mean content exact F1 of two folds}, each fold scored by the model fitted on the other."""
    folds = [cases[0::2], cases[1::2]]
    models = [fit_bounds_model(folds[1], c), fit_bounds_model(folds[0], c)]
    return {margin: sum(score_bounds(fold, replace(model, margin=margin))["content"]["exact"]["f1"]
                        for fold, model in zip(folds, models)) / 2
            for margin in MARGINS}


def _content(result: dict) -> dict:
    return {"content_exact": result["content"]["exact"], "content_overlap": result["content"]["overlap"],
            "statement": result["statement"]}


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(ROOT.parent / "shared" / "eval" / "polnear-dev"), help="brat gold folder")
    parser.add_argument("--c", type=float, nargs="+", default=[0.1, 1.0], help="regularisation strengths to try")
    parser.add_argument("--no-rule-context", action="store_true", help="the rules' boundary as one flag only")
    parser.add_argument("--balanced", action="store_true", help="class_weight='balanced'")
    parser.add_argument("--score-odd", action="store_true", help="fit on all even files with the CV choice; score odd")
    return parser.parse_args()


def main() -> int:
    global RULE_CONTEXT, CLASS_WEIGHT
    args = _arguments()
    RULE_CONTEXT, CLASS_WEIGHT = not args.no_rule_context, "balanced" if args.balanced else None
    parsed = parse_gold(args.gold)
    judge = load_cue_model("builtin")
    even = bounds_cases([item for i, item in enumerate(parsed) if i % 2 == 0], judge)
    folds = [even[0::2], even[1::2]]
    baseline = sum(score_bounds(fold, None)["content"]["exact"]["f1"] for fold in folds) / 2
    print(json.dumps({"coverage_even": coverage(even), "cv_rules_alone": round(baseline, 4)}))
    best = (baseline, None, None)
    for c in args.c:
        table = cross_validate(even, c)
        print(json.dumps({"C": c, "cv_content_exact_by_margin": {str(m): round(v, 4) for m, v in table.items()}}))
        for margin, value in table.items():  # ties go to the smaller margin: the model that acts most
            if value > best[0] or (best[1] is None and value >= best[0]):
                best = (value, c, margin)
    print(json.dumps({"chosen": {"cv": round(best[0], 4), "C": best[1], "margin": best[2]}}))
    if args.score_odd and best[1] is not None:
        odd = bounds_cases([item for i, item in enumerate(parsed) if i % 2 == 1], judge)
        model = replace(fit_bounds_model(even, best[1]), margin=best[2])
        print(json.dumps({"odd_rules": _content(score_bounds(odd, None)), "odd_model": _content(score_bounds(odd, model))}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
