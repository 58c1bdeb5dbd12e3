"""List speaker-name and sourcing disagreements between the pipeline and a gold folder.

    .venv/bin/python benchmarks/speaker_disagreements.py examples/gold [--field speaker_name]

For every gold attribution that a predicted statement matches (cue and content overlap, as in
``newsprism eval attribution``), prints the gold and predicted speaker name and sourcing when
they differ, with the speaker span and the sentence. Reading aid for error analysis.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def disagreements(gold_dir: Path, fields: tuple[str, ...]):
    """(document, gold attribution id, gold labels, predicted statement, sentence) per disagreement."""
    from newsprism.analyze.pipeline import analyze_articles
    from newsprism.config import Settings
    from newsprism.eval.attribution import (ATTRIBUTION_COMPONENTS, AttributionScore, Tokens, content_fragments,
                                            gold_article, gold_documents, predicted_roles)

    settings = Settings()
    settings = settings.replace(components=tuple(c for c in settings.components if c in ATTRIBUTION_COMPONENTS))
    meta = json.loads((gold_dir / "attributions_meta.json").read_text(encoding="utf-8"))
    docs = list(gold_documents(gold_dir))
    for doc, analysis in zip(docs, analyze_articles((gold_article(d.name, d.text) for d in docs), settings)):
        statements = analysis.statements
        tokens = Tokens(doc.text)
        predicted = [(((s.cue.start, s.cue.end),), content_fragments(s)) for s in statements]
        pairs = AttributionScore()._add_spans(tokens, predicted_roles(statements, tokens), predicted, doc.annotations)
        ids = [a.id for a in doc.annotations.attributions if a.cue is not None and a.content]
        for i, j in pairs:
            want, got = meta.get(doc.name, {}).get(ids[j]), statements[i]
            if want is None:
                continue
            if any(str(want.get(f) or "").lower() != str(getattr(got, f) or "").lower() for f in fields):
                yield doc.name, ids[j], want, got, _sentence(doc.text, got.cue.start)


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = min((e for e in (text.find(". ", at), text.find("\n", at), len(text)) if e >= 0))
    return text[start : end + 1].strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, help="gold folder with text/, attributions/ and attributions_meta.json")
    parser.add_argument("--field", action="append", help="speaker_name and/or sourcing (default: both)")
    args = parser.parse_args()
    fields = tuple(args.field or ("speaker_name", "sourcing"))
    count = 0
    for name, eid, want, got, sentence in disagreements(args.gold, fields):
        count += 1
        speaker = got.speaker.text if got.speaker else None
        print(f"{name} {eid}: gold {want.get('speaker_name')!r}/{want.get('sourcing')} "
              f"pred {got.speaker_name!r}/{got.sourcing} speaker {speaker!r}\n    {sentence[:300]}")
    print(f"{count} disagreements")


if __name__ == "__main__":
    main()
