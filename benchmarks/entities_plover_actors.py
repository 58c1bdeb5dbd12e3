"""Agreement of entity codes with the actors of the PLOVER gold-standard records (dev half).

    .venv/bin/python benchmarks/entities_plover_actors.py [--gold ../shared/eval/plover-gsr-dev/plover_gsr_dev.json]

For every gold actor with a country code whose text occurs in its sentence, the actor
counts as found when an entity overlapping that text has the code: through its canonical
id, :func:`~newsprism.analyze.gazetteer.actor_code` (seats of power, armed groups) or, for
people, :func:`~newsprism.analyze.entities.person_country`. IGO/NGO actors are left out
(PLOVER codes them all "IGO"). The data is read in place and never copied.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "plover-gsr-dev" / "plover_gsr_dev.json"
OLD_CODES = {"JAP": "JPN"}  # CAMEO's own code for Japan


def entity_codes(doc, start: int, end: int) -> set[str]:
    """Every code the entities overlapping [start, end) stand for."""
    from newsprism.analyze.entities import person_country
    from newsprism.analyze.gazetteer import actor_code

    codes = set()
    for e in doc._.np_entities:
        if e.span.start < end and start < e.span.end:
            codes |= {e.canonical_id, actor_code(e.canonical_id), person_country(doc, e.canonical_id)}
    return codes - {""}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    args = parser.parse_args()
    from newsprism.analyze.pipeline import load_pipeline

    records = json.loads(args.gold.read_text(encoding="utf-8"))
    nlp = load_pipeline(components=("newsprism_paragraphs", "newsprism_entities"))
    found = total = 0
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records)):
        for actor in (record.get("source") or []) + (record.get("target") or []):
            code, text = actor.get("code") or "", (actor.get("actorText") or "").strip()
            start = doc.text.find(text) if text else -1
            if len(code) != 3 or code in ("IGO", "NGO", "ISM") or start < 0:
                continue
            total += 1
            found += OLD_CODES.get(code, code) in entity_codes(doc, start, start + len(text))
    print(json.dumps({"actors": total, "found": found, "agreement": round(found / total, 4) if total else 0.0}))


if __name__ == "__main__":
    main()
