"""Score normalised entities against gold: ``DIR/text/NAME.txt`` + ``DIR/entities/NAME.json``.

Gold entities are a JSON list of {start, end, text, kind, canonical_id, name, role}.
Measures, micro-averaged over documents:
- mentions: a predicted (start, end) equals a gold one (kind not compared);
- ids: a predicted (start, end, canonical_id) triple equals a gold one;
- ids by kind: the same, split by the gold (or predicted) kind;
- roles, over gold PERSON mentions with an exact-span PERSON prediction: ``strict`` when
  the roles are equal ignoring case, ``lenient`` when every word of the predicted role is
  in the gold role ("President" for "President of the United States"), both empty counting;
  ``title`` when the titles alone agree (:func:`role_title`: the role without the country or
  body it is qualified by, "Foreign Minister of Guyana" -> "foreign minister",
  "spokeswoman, Kazakh foreign ministry" and "Kazakh foreign ministry Spokeswoman" ->
  "spokeswoman"), so that a qualifier convention does not hide whether the title is right.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from ..errors import EvalError
from ..records import Article, Entity
from .metrics import precision_recall_f1

KINDS = ("PERSON", "GPE", "NORP", "ORG", "LOC")
_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class Counts:
    """True positives, predicted and gold totals for one measure."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, predicted: set, gold: set) -> None:
        """Count one document's predicted and gold items."""
        self.tp += len(predicted & gold)
        self.predicted += len(predicted)
        self.gold += len(gold)

    def prf(self) -> dict:
        """Precision, recall and F1 (0 when undefined) with the raw counts."""
        p, r, f1 = precision_recall_f1(self.tp, self.predicted, self.gold)
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4), "tp": self.tp,
                "predicted": self.predicted, "gold": self.gold}


@dataclass
class EntityScore:
    """Running totals over documents."""

    documents: int = 0
    mentions: Counts = field(default_factory=Counts)
    ids: Counts = field(default_factory=Counts)
    by_kind: dict = field(default_factory=lambda: {kind: Counts() for kind in KINDS})
    roles: dict = field(default_factory=lambda: {"matched": 0, "strict": 0, "lenient": 0, "title": 0})
    errors: list = field(default_factory=list)

    def add_document(self, name: str, gold: Sequence[dict], predicted: Sequence[Entity]) -> None:
        """Score one document."""
        self.documents += 1
        gold_ids = {(g["start"], g["end"], g["canonical_id"]) for g in gold}
        pred_ids = {(e.span.start, e.span.end, e.canonical_id) for e in predicted}
        self.mentions.add({t[:2] for t in pred_ids}, {t[:2] for t in gold_ids})
        self.ids.add(pred_ids, gold_ids)
        for kind, counts in self.by_kind.items():
            counts.add({(e.span.start, e.span.end, e.canonical_id) for e in predicted if e.kind == kind},
                       {(g["start"], g["end"], g["canonical_id"]) for g in gold if g["kind"] == kind})
        self._add_roles(gold, predicted)
        self._add_errors(name, gold, predicted, gold_ids, pred_ids)

    def _add_roles(self, gold: Sequence[dict], predicted: Sequence[Entity]) -> None:
        people = {(e.span.start, e.span.end): e for e in predicted if e.kind == "PERSON"}
        for g in gold:
            match = people.get((g["start"], g["end"])) if g["kind"] == "PERSON" else None
            if match is not None:
                self.roles["matched"] += 1
                self.roles["strict"] += match.role.lower() == (g.get("role") or "").lower()
                self.roles["lenient"] += role_matches(match.role, g.get("role") or "")
                self.roles["title"] += role_title(match.role) == role_title(g.get("role") or "")

    def _add_errors(self, name: str, gold, predicted, gold_ids: set, pred_ids: set) -> None:
        for g in gold:
            if (g["start"], g["end"], g["canonical_id"]) not in pred_ids:
                self.errors.append({"doc": name, "type": "missed", "text": g["text"], "start": g["start"], "id": g["canonical_id"]})
        for e in predicted:
            if (e.span.start, e.span.end, e.canonical_id) not in gold_ids:
                self.errors.append({"doc": name, "type": "spurious", "text": e.span.text, "start": e.span.start, "id": e.canonical_id})

    def as_dict(self) -> dict:
        """The scores as a JSON-ready dict."""
        matched = self.roles["matched"]
        return {
            "documents": self.documents,
            "mentions": self.mentions.prf(),
            "ids": self.ids.prf(),
            "ids_by_kind": {kind: counts.prf() for kind, counts in self.by_kind.items()},
            "roles": {"matched": matched,
                      "strict": round(self.roles["strict"] / matched, 4) if matched else 0.0,
                      "lenient": round(self.roles["lenient"] / matched, 4) if matched else 0.0,
                      "title": round(self.roles["title"] / matched, 4) if matched else 0.0},
            "errors": self.errors,
        }


def role_matches(predicted: str, gold: str) -> bool:
    """Lenient role agreement: every predicted word appears in the gold role."""
    pred_words, gold_words = _WORD.findall(predicted.lower()), set(_WORD.findall(gold.lower()))
    if not pred_words:
        return not gold_words
    return all(word in gold_words for word in pred_words)


# Where a role's qualifier starts: "Minister of X", "spokeswoman, X", "chair; ...".
_QUALIFIER = re.compile(r",|;| of | at | for | to ")
_TITLE_WORD = re.compile(r"[a-z]+")


def role_title(role: str) -> str:
    """The title of a role without its qualifier, lower case: the words before ", ", " of ",
    " at ", " for " or " to ", less any leading country, demonym or body name ("Kazakh foreign
    ministry Spokeswoman", "United Nations Secretary-General"); "former" kept."""
    head = _QUALIFIER.split(f" {role.strip()} ", maxsplit=1)[0]
    words = [w for w in head.replace("-", " ").split() if _TITLE_WORD.fullmatch(w.lower())]
    former = bool(words) and words[0].lower() == "former"
    words = words[1:] if former else words
    cut = _body_prefix_end(words)
    title = " ".join(words[cut:]).lower()
    return f"former {title}" if former and title else title


def _body_prefix_end(words: list[str]) -> int:
    """How many leading words name a country, a people or a body (never the last word)."""
    from ..analyze.gazetteer import lookup
    from ..analyze.organisations import ORGANISATION_WORDS

    cut = 0
    for end in range(1, len(words)):
        if words[end - 1].lower() in ORGANISATION_WORDS | {"house"}:
            cut = end
        elif any(lookup(" ".join(words[start:end])) is not None for start in range(max(0, end - 3), end)):
            cut = end
    return cut


def gold_entity_documents(gold_dir: str | Path) -> list[tuple[str, str, list[dict]]]:
    """(name, text, gold entities) for every text that has an entities file."""
    root = Path(gold_dir)
    if not (root / "text").is_dir():
        raise EvalError("gold folder has no text/ subfolder", path=str(root))
    documents = []
    for text_path in sorted((root / "text").glob("*.txt")):
        gold_path = root / "entities" / f"{text_path.stem}.json"
        if gold_path.exists():
            documents.append((text_path.stem, text_path.read_text(encoding="utf-8"), _read_gold(gold_path)))
    return documents


def _read_gold(path: Path) -> list[dict]:
    """The gold entity list in ``path``, checked for the fields we score."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"cannot read gold entities: {exc}", path=str(path)) from exc
    if not isinstance(data, list) or any(not isinstance(g, dict) or not {"start", "end", "kind", "canonical_id"} <= set(g) for g in data):
        raise EvalError("gold entities must be a list of {start, end, kind, canonical_id, ...}", path=str(path))
    return data


def gold_article(name: str, text: str) -> Article:
    """An Article over a gold text, unchanged so that gold offsets stay valid."""
    cut = text.find("\n\n")
    return Article(id=name, text=text, body_start=cut + 2 if cut >= 0 else 0)


def _components_upto_entities(components: tuple[str, ...]) -> tuple[str, ...]:
    """The configured components up to entity normalisation (later layers are not scored)."""
    if "newsprism_entities" not in components:
        return tuple(components) + ("newsprism_entities",)
    return tuple(components[: components.index("newsprism_entities") + 1])


def evaluate_entities(gold_dir: str | Path, settings=None, nlp=None) -> dict:
    """Run the pipeline (up to entity normalisation, or ``nlp``) over a gold folder and score it."""
    from ..analyze.pipeline import analyze_articles, load_pipeline
    from ..config import Settings

    settings = settings or Settings()
    documents = gold_entity_documents(gold_dir)
    nlp = nlp or load_pipeline(settings.model, _components_upto_entities(settings.components))
    score = EntityScore()
    articles = (gold_article(name, text) for name, text, _ in documents)
    with nlp.select_pipes(disable=_pipes_after_entities(nlp)):
        for (name, _, gold), analysis in zip(documents, analyze_articles(articles, settings, nlp=nlp)):
            score.add_document(name, gold, analysis.entities)
    return score.as_dict()


def _pipes_after_entities(nlp) -> list[str]:
    """Components after newsprism_entities: not needed to score entities."""
    names = nlp.pipe_names
    if "newsprism_entities" not in names:
        raise EvalError("the pipeline has no newsprism_entities component")
    return names[names.index("newsprism_entities") + 1 :]
