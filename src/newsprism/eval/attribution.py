"""Score attributed statements against brat gold: per role (source, cue, content) and per statement.

Two matchings per role:
- exact: the predicted span has the same character ranges as a gold span (outer whitespace ignored);
- overlap: the two spans share at least half of the longer span's tokens; pairs are matched
  one-to-one, best overlap first.
A predicted statement matches a gold one when its cue and its content both overlap-match.
Counts are summed over documents (micro-averaged).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

from ..errors import EvalError
from ..records import Article, Statement
from .brat import BratDocument, Fragments, gold_documents, multiply_annotated
from .metrics import greedy_one_to_one, precision_recall_f1

ROLE_NAMES = {"source": "Source", "cue": "Cue", "content": "Content"}
_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass
class Counts:
    """True positives, predicted and gold totals for one measure."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    def prf(self) -> dict:
        """Precision, recall and F1 as fractions (0 when undefined)."""
        p, r, f1 = precision_recall_f1(self.tp, self.predicted, self.gold)
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)}


class Tokens:
    """Token offsets of one text, to turn character spans into token-index sets."""

    def __init__(self, text: str):
        self.text = text
        matches = list(_TOKEN.finditer(text))
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]

    def indices(self, fragments: Fragments) -> frozenset[int]:
        """Indices of tokens that overlap any fragment."""
        found: set[int] = set()
        for start, end in fragments:
            first = bisect.bisect_right(self.ends, start)
            last = bisect.bisect_left(self.starts, end)
            found.update(range(first, last))
        return frozenset(found)

    def trim(self, fragments: Fragments) -> Fragments:
        """Fragments without outer whitespace, empty ones dropped."""
        out = []
        for start, end in fragments:
            piece = self.text[start:end]
            start, end = start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())
            if end > start:
                out.append((start, end))
        return tuple(sorted(out))


def overlap_matches(predicted: Sequence[frozenset[int]], gold: Sequence[frozenset[int]]) -> list[tuple[int, int]]:
    """One-to-one pairs (i, j) sharing at least half of the longer span's tokens, best first."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            shared = len(p & g)
            longer = max(len(p), len(g))
            if longer and shared * 2 >= longer:
                candidates.append((shared / longer, i, j))
    return greedy_one_to_one(candidates)


def _distinct(items: Iterable[Fragments]) -> list[Fragments]:
    return list(dict.fromkeys(f for f in items if f))


def content_fragments(statement: Statement) -> Fragments:
    """The content's character ranges: every part when the cue breaks it, else the one span."""
    parts = statement.content_parts or (statement.content,)
    return tuple(sorted((part.start, part.end) for part in parts))


def predicted_roles(statements: Sequence[Statement], tokens: Tokens) -> dict[str, list[Fragments]]:
    """Distinct predicted spans per role."""
    spans = {
        "source": [((s.speaker.start, s.speaker.end),) for s in statements if s.speaker is not None],
        "cue": [((s.cue.start, s.cue.end),) for s in statements],
        "content": [content_fragments(s) for s in statements],
    }
    return {role: _distinct(tokens.trim(f) for f in items) for role, items in spans.items()}


def gold_roles(gold: BratDocument, tokens: Tokens) -> dict[str, list[Fragments]]:
    """Distinct gold spans per role (by label)."""
    return {role: _distinct(tokens.trim(s.fragments) for s in gold.role_spans(label)) for role, label in ROLE_NAMES.items()}


def _merged(spans: Iterable) -> Fragments:
    return tuple(sorted(fragment for span in spans if span is not None for fragment in span.fragments))


def gold_statements(gold: BratDocument) -> list[tuple[Fragments, Fragments]]:
    """(cue, content) fragments of every gold attribution that has both."""
    out = []
    for attribution in gold.attributions:
        if attribution.cue is not None and attribution.content:
            out.append((attribution.cue.fragments, _merged(attribution.content)))
    return out


class AttributionScore:
    """Accumulates counts over documents and reports them in the CLI's JSON shape."""

    def __init__(self) -> None:
        self.documents = 0
        self.roles = {role: {"exact": Counts(), "overlap": Counts()} for role in ROLE_NAMES}
        self.statement = Counts()
        self.labels: dict[str, list[int]] = {}  # label -> [agreeing, compared], when gold labels exist

    def add_document(self, text: str, gold: BratDocument, statements: Sequence[Statement], labels: Optional[dict] = None) -> None:
        """Score one document's predicted statements against its gold annotations (and per-E labels)."""
        tokens = Tokens(text)
        predicted = [(((s.cue.start, s.cue.end),), content_fragments(s)) for s in statements]
        pairs = self._add_spans(tokens, predicted_roles(statements, tokens), predicted, gold)
        if labels:
            self._add_labels(statements, gold, pairs, labels)
        self.documents += 1

    def add_annotations(self, text: str, gold: BratDocument, other: BratDocument) -> None:
        """Score another annotator's marking of the same text as if it were a prediction."""
        tokens = Tokens(text)
        self._add_spans(tokens, gold_roles(other, tokens), gold_statements(other), gold)
        self.documents += 1

    def _add_spans(self, tokens: "Tokens", predicted: dict, statements: list, gold: BratDocument) -> list:
        """Count role spans and (cue, content) statements; returns the matched statement pairs."""
        expected = gold_roles(gold, tokens)
        for role in ROLE_NAMES:
            self._add_role(role, predicted[role], expected[role], tokens)
        return self._add_statements(statements, gold_statements(gold), tokens)

    def _add_role(self, role: str, predicted: list[Fragments], gold: list[Fragments], tokens: Tokens) -> None:
        exact = len(set(predicted) & set(gold))
        self.roles[role]["exact"].add(exact, len(predicted), len(gold))
        pairs = overlap_matches([tokens.indices(f) for f in predicted], [tokens.indices(f) for f in gold])
        self.roles[role]["overlap"].add(len(pairs), len(predicted), len(gold))

    def _add_statements(self, predicted: list, gold: list, tokens: Tokens) -> list:
        """``predicted`` and ``gold`` are (cue fragments, content fragments) pairs."""
        pred_sets = [(tokens.indices(cue), tokens.indices(content)) for cue, content in predicted]
        gold_sets = [(tokens.indices(cue), tokens.indices(content)) for cue, content in gold]
        pairs = _statement_pairs(pred_sets, gold_sets)
        self.statement.add(len(pairs), len(pred_sets), len(gold_sets))
        return pairs

    def _add_labels(self, statements: Sequence[Statement], gold: BratDocument, pairs: list, labels: dict) -> None:
        """Agreement on kind, sourcing, speaker name and via length for matched statements."""
        ids = [a.id for a in gold.attributions if a.cue is not None and a.content]
        for i, j in pairs:
            expected, predicted = labels.get(ids[j]), statements[i]
            if not expected:
                continue
            got = {"kind": predicted.kind, "sourcing": predicted.sourcing,
                   "speaker_name": predicted.speaker_name.lower(), "via": len(predicted.via)}
            want = {"kind": expected.get("kind"), "sourcing": expected.get("sourcing"),
                    "speaker_name": (expected.get("speaker_name") or "").lower(), "via": len(expected.get("via") or ())}
            for key in got:
                tally = self.labels.setdefault(key, [0, 0])
                tally[0] += got[key] == want[key]
                tally[1] += 1

    def label_agreement(self) -> dict:
        """Share of matched statements whose kind / sourcing / speaker_name / via length agree with gold labels."""
        return {key: round(agree / total, 4) for key, (agree, total) in self.labels.items() if total}

    def as_dict(self) -> dict:
        """``{"documents": N, "source": {"exact": {p, r, f1}, "overlap": {...}}, ..., "statement": {...}}``."""
        out: dict = {"documents": self.documents}
        for role, by_matching in self.roles.items():
            out[role] = {matching: counts.prf() for matching, counts in by_matching.items()}
        out["statement"] = self.statement.prf()
        return out


def _covers_half(a: frozenset[int], b: frozenset[int]) -> float:
    longer = max(len(a), len(b))
    shared = len(a & b)
    return shared / longer if longer and shared * 2 >= longer else 0.0


def _statement_pairs(pred: list, gold: list) -> list[tuple[int, int]]:
    """One-to-one statement pairs whose cues and contents both overlap-match."""
    candidates = []
    for i, (pc, pt) in enumerate(pred):
        for j, (gc, gt) in enumerate(gold):
            cue, content = _covers_half(pc, gc), _covers_half(pt, gt)
            if cue and content:
                candidates.append((cue + content, i, j))
    return greedy_one_to_one(candidates)


def gold_article(name: str, text: str) -> Article:
    """An Article over a gold text, unchanged so that gold offsets stay valid."""
    cut = text.find("\n\n")
    return Article(id=name, text=text, body_start=cut + 2 if cut >= 0 else 0)


ATTRIBUTION_COMPONENTS = ("newsprism_paragraphs", "newsprism_entities", "newsprism_attribution")


def evaluate_attribution(gold_dir: str | Path, settings=None, select: Optional[callable] = None,
                         with_labels: bool = False) -> dict:
    """Run the pipeline over a gold folder and score it; ``select(index, name)`` picks documents.

    With ``with_labels`` the result also has ``labels``: agreement on kind, sourcing,
    speaker_name and via length with ``attributions_meta.json`` when the gold folder has one.
    """
    from ..analyze.pipeline import analyze_articles
    from ..config import Settings

    settings = settings or Settings()
    components = tuple(c for c in settings.components if c in ATTRIBUTION_COMPONENTS)
    settings = settings.replace(components=components)
    docs = [d for i, d in enumerate(gold_documents(gold_dir)) if select is None or select(i, d.name)]
    score = AttributionScore()
    analyses = analyze_articles((gold_article(d.name, d.text) for d in docs), settings)
    meta = _gold_labels(gold_dir)
    for doc, analysis in zip(docs, analyses):
        score.add_document(doc.text, doc.annotations, analysis.statements, meta.get(doc.name))
    result = score.as_dict()
    if with_labels:
        result["labels"] = score.label_agreement()
    return result


def annotator_agreement(gold_dir: str | Path, settings=None) -> dict:
    """The human ceiling: on texts several annotators marked, every annotator scored against every
    other (each pair once), beside the pipeline scored against each annotator; same scorer, same texts."""
    from ..analyze.pipeline import analyze_articles
    from ..config import Settings

    docs = list(multiply_annotated(gold_dir))
    if not docs:
        raise EvalError("no text has two annotation files (attributions/NAME_A.ann and NAME_B.ann)",
                        path=str(gold_dir))
    settings = settings or Settings()
    settings = settings.replace(components=tuple(c for c in settings.components if c in ATTRIBUTION_COMPONENTS))
    humans, system = AttributionScore(), AttributionScore()
    analyses = analyze_articles((gold_article(d.name, d.text) for d in docs), settings)
    for doc, analysis in zip(docs, analyses):
        for i, reference in enumerate(doc.annotations):
            for other in doc.annotations[i + 1 :]:
                humans.add_annotations(doc.text, reference, other)
            system.add_document(doc.text, reference, analysis.statements)
    return {"documents": len(docs), "annotations": sum(len(d.annotations) for d in docs),
            "annotator_vs_annotator": _comparisons(humans), "system_vs_annotators": _comparisons(system)}


def _comparisons(score: AttributionScore) -> dict:
    """A score whose "documents" counts scored pairs, renamed "comparisons" so that it is not read as texts."""
    result = score.as_dict()
    return {"comparisons": result.pop("documents"), **result}


def _gold_labels(gold_dir: str | Path) -> dict:
    """Per-attribution labels from ``attributions_meta.json`` ({name: {E id: {kind, sourcing, ...}}}), if present."""
    import json

    path = Path(gold_dir) / "attributions_meta.json"
    if not path.is_file():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvalError(f"cannot read gold labels: {exc}", path=str(path)) from exc
