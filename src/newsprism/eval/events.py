"""Score the PLOVER coder against records in the PLOVER gold-standard (GSR) format.

Metrics (documented in docs/benchmarks.md):
- type accuracy and macro-F1 over the gold types, comparing the coder's main event of each
  record's ``text`` with the gold ``event`` (old names mapped: DEMAND->REQUEST,
  DISAPPROVE->ACCUSE, FIGHT->ASSAULT, INVESTIGATE->ACCUSE);
- actor and recipient F1: micro-averaged over records, each record's codes taken as a set,
  after both sides pass through ``CODE_EQUIVALENTS`` (one convention: PLOVER's generic
  ``IGO`` / ``NGO`` for named organisations such as EU, UN or WFP, and ISO3 for old country
  codes such as ``JAP``), so gold written in either convention scores alike;
- sector accuracy: over gold actors/recipients that carry a sector and whose code was found,
  the share where our sector equals the gold sector's first three letters (ethnic suffixes
  such as "CVLalb" and the placeholder "***" are not ours to guess; "***" is skipped);
- mode accuracy: over records whose gold has a mode, the share where our type and mode
  both equal the gold's;
- context accuracy: over records whose gold has a context, the share where our context is
  one of the gold's comma-separated contexts ("resources" counts as "resource").
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..errors import EvalError
from ..records import PLOVER_TYPES, Event

OLD_NAMES = {"DEMAND": ("REQUEST", ""), "DISAPPROVE": ("ACCUSE", ""), "FIGHT": ("ASSAULT", ""),
             "INVESTIGATE": ("ACCUSE", "investigate")}
CONTEXT_ALIASES = {"resources": "resource", "politics": "political"}
# Organisation codes and old country codes -> the convention we score in (PLOVER GSR: IGO/NGO).
_IGOS = ("EU EEC EC UN UNO UNSC UNHCR UNICEF UNDP UNESCO UNRWA WFP WHO FAO ILO IAEA IMF WB WTO NATO "
         "AU OAU ASEAN APEC OPEC OSCE OECD GCC ARL LEAG ICC ICJ SCO CIS ECOWAS MERCOSUR "
         # regional bodies some of our gold names by acronym (none of them is an ISO3 country code)
         "CARICOM SADC PIF OAS EAC IGAD ECCAS CELAC SAARC COMESA CSTO OIC")
_NGOS = "ICRC IFRC RCS MSF AMN HRW OXF"
CODE_EQUIVALENTS = {**{c: "IGO" for c in _IGOS.split()}, **{c: "NGO" for c in _NGOS.split()},
                    "JAP": "JPN", "UK": "GBR", "GER": "DEU", "PAL": "PSE"}


def equivalent_code(code: str) -> str:
    """``code`` in the scoring convention (organisations as IGO/NGO, ISO3 countries)."""
    code = code.strip().upper()
    if code[:3] in ("IGO", "NGO"):  # CAMEO compounds such as IGOUNO
        return code[:3]
    return CODE_EQUIVALENTS.get(code, code)


@dataclass(frozen=True)
class GoldEvent:
    """One gold record, normalised to today's PLOVER names."""

    id: str
    text: str
    type: str
    mode: str = ""
    contexts: tuple[str, ...] = ()
    sources: tuple[tuple[str, str], ...] = ()  # (code, sector)
    targets: tuple[tuple[str, str], ...] = ()


def _actors(value) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        return ()
    return tuple((equivalent_code(str(a.get("code"))), str(a.get("sector") or ""))
                 for a in value if isinstance(a, dict) and a.get("code"))


def _contexts(value) -> tuple[str, ...]:
    if not isinstance(value, str) or value in ("", "None"):
        return ()
    return tuple(CONTEXT_ALIASES.get(c.strip(), c.strip()) for c in value.split(",") if c.strip())


def gold_event(record: dict) -> GoldEvent:
    """A GoldEvent from one GSR JSON record (raises EvalError when it has no text or event)."""
    if not isinstance(record, dict) or not record.get("text") or not record.get("event"):
        raise EvalError(f"record {record.get('id', '?') if isinstance(record, dict) else '?'} has no text or event")
    typ, mode = OLD_NAMES.get(record["event"], (record["event"], ""))
    if typ not in PLOVER_TYPES:
        raise EvalError(f"record {record.get('id', '?')}: unknown event type {record['event']!r}")
    return GoldEvent(
        id=str(record.get("id", "")), text=record["text"], type=typ, mode=mode or str(record.get("mode") or ""),
        contexts=_contexts(record.get("context")), sources=_actors(record.get("source")),
        targets=_actors(record.get("target")),
    )


def load_gold(path: str | Path) -> list[GoldEvent]:
    """All records of a GSR JSON file (a JSON array of objects)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"cannot read PLOVER gold: {exc}", path=str(path)) from exc
    if not isinstance(data, list):
        raise EvalError("PLOVER gold must be a JSON array of records", path=str(path))
    try:
        return [gold_event(r) for r in data]
    except EvalError as exc:
        raise EvalError(exc.message, path=str(path)) from exc


@dataclass
class Tally:
    """Running counts for one scoring pass."""

    records: int = 0
    type_correct: int = 0
    pairs: list[tuple[str, str]] = field(default_factory=list)
    actor: Counter = field(default_factory=Counter)
    recipient: Counter = field(default_factory=Counter)
    sector: Counter = field(default_factory=Counter)
    context: Counter = field(default_factory=Counter)
    mode: Counter = field(default_factory=Counter)


def _set_counts(counter: Counter, gold: set[str], pred: set[str]) -> None:
    counter["tp"] += len(gold & pred)
    counter["fp"] += len(pred - gold)
    counter["fn"] += len(gold - pred)


def _sector_counts(counter: Counter, gold: Iterable[tuple[str, str]], pred: Iterable) -> None:
    ours = {equivalent_code(a.code): a.sector for a in pred}
    for code, sector in gold:
        if sector and sector != "***" and code in ours:
            counter["total"] += 1
            counter["correct"] += ours[code] == sector[:3].upper()


def _codes(actors) -> set[str]:
    return {equivalent_code(a.code) for a in actors}


def add(tally: Tally, gold: GoldEvent, event: Optional[Event]) -> None:
    """Add one record's comparison to ``tally``."""
    tally.records += 1
    pred_type = event.type if event else "NONE"
    tally.type_correct += pred_type == gold.type
    tally.pairs.append((gold.type, pred_type))
    _set_counts(tally.actor, {c for c, _ in gold.sources}, _codes(event.actors) if event else set())
    _set_counts(tally.recipient, {c for c, _ in gold.targets}, _codes(event.recipients) if event else set())
    _sector_counts(tally.sector, gold.sources, event.actors if event else ())
    _sector_counts(tally.sector, gold.targets, event.recipients if event else ())
    if gold.mode:
        tally.mode["total"] += 1
        tally.mode["correct"] += bool(event and event.type == gold.type and event.mode == gold.mode)
    if gold.contexts:
        tally.context["total"] += 1
        tally.context["correct"] += bool(event and set(event.context) & set(gold.contexts))


def f1(counts: Counter) -> float:
    """F1 from tp/fp/fn counts (0 when there is nothing to find and nothing found)."""
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    """Macro-F1 over the gold types present."""
    scores = []
    for label in sorted({g for g, _ in pairs}):
        counts = Counter(tp=sum(g == p == label for g, p in pairs), fp=sum(p == label != g for g, p in pairs),
                         fn=sum(g == label != p for g, p in pairs))
        scores.append(f1(counts))
    return sum(scores) / len(scores) if scores else 0.0


def _ratio(counter: Counter) -> float:
    return counter["correct"] / counter["total"] if counter["total"] else 0.0


def summary(tally: Tally) -> dict:
    """The figures of one pass as the JSON object printed by ``newsprism eval events --json``."""
    n = tally.records
    return {
        "records": n,
        "type_accuracy": round(tally.type_correct / n, 4) if n else 0.0,
        "type_macro_f1": round(macro_f1(tally.pairs), 4),
        "actor_f1": round(f1(tally.actor), 4),
        "recipient_f1": round(f1(tally.recipient), 4),
        "sector_accuracy": round(_ratio(tally.sector), 4),
        "context_accuracy": round(_ratio(tally.context), 4),
        "mode_accuracy": round(_ratio(tally.mode), 4),
    }


def score_events(gold: list[GoldEvent], coder: Callable[[str], Optional[Event]]) -> dict:
    """Run ``coder`` on each gold text and summarise the comparison."""
    tally = Tally()
    for record in gold:
        add(tally, record, coder(record.text))
    return summary(tally)


def pipeline_coder(nlp=None, settings=None) -> Callable[[str], Optional[Event]]:
    """A coder that parses one sentence with ``nlp`` (else the pipeline ``settings`` describe) and returns its main event."""
    from ..analyze.pipeline import pipeline_for
    from ..analyze.plover import main_event_of_text
    from ..config import Settings

    nlp = nlp or pipeline_for(settings or Settings())
    return lambda text: main_event_of_text(nlp, text)


def split(gold: list[GoldEvent], which: str) -> list[GoldEvent]:
    """The ``even`` (development) or ``odd`` (unseen) records by index, or ``all``."""
    if which == "even":
        return gold[0::2]
    if which == "odd":
        return gold[1::2]
    return list(gold)


def gold_sentences(records: list[dict]) -> dict[str, list[tuple[int, int]]]:
    """The gold event sentences of an examples-style gold file, per article: (start, end)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for record in records:
        if isinstance(record, dict) and record.get("article") and isinstance(record.get("start"), int):
            out.setdefault(record["article"], []).append((record["start"], record["end"]))
    return out


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def article_precision(gold_path: str | Path, text_dir: str | Path | None = None, nlp=None, settings=None) -> dict:
    """Whole-article precision of the events component on gold articles (examples/gold/events.json).

    Each gold article's text (``text/<article>.txt`` beside the gold file) goes through the full
    pipeline; an event counts as ``in_gold`` when its trigger lies inside a gold event sentence,
    else ``elsewhere`` (the gold codes every event sentence of these articles, so those are
    false events). ``gold_sentences_hit`` is how many gold sentences got at least one event.
    The pipeline is ``nlp`` when given, else the one ``settings`` describe (defaults when None).
    """
    from ..analyze.pipeline import pipeline_for, register_extensions
    from ..config import Settings
    from .claims import parsed_gold_text

    try:
        records = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"cannot read events gold: {exc}", path=str(gold_path)) from exc
    register_extensions()
    texts = Path(text_dir) if text_dir else Path(gold_path).parent / "text"
    nlp = nlp or pipeline_for(settings or Settings())
    counts: Counter = Counter()
    for name, spans in sorted(gold_sentences(records).items()):
        events = list(parsed_gold_text(nlp, texts, name, "events")._.np_events or ())
        hits = [_inside(e.trigger.start if e.trigger else e.sentence.start, spans) for e in events]
        counts["in_gold"] += sum(hits)
        counts["elsewhere"] += len(hits) - sum(hits)
        counts["gold_sentences"] += len(spans)
        counts["gold_sentences_hit"] += sum(any(s <= (e.trigger or e.sentence).start < t for e in events) for s, t in spans)
    total = counts["in_gold"] + counts["elsewhere"]
    return {**dict(counts), "precision": round(counts["in_gold"] / total, 4) if total else 0.0}
