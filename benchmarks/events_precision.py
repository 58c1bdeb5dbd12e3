"""Whole-article precision of the PLOVER events component on the bundled examples.

    .venv/bin/python benchmarks/events_precision.py [--gold GOLD_EVENTS_JSON] [--list] [--in-context] [--aligned]

Counts events whose trigger lies in a gold event sentence of the gold file (default
examples/gold/events.json; texts in the text/ folder beside it)
against events elsewhere in the same articles; ``--list`` prints the events outside gold
sentences (for reading, not for tuning to single sentences). ``--in-context`` also scores
each gold record (type, mode, actor, recipient ...) with the first event the full pipeline
finds in that sentence of its article, as a reader of the article gets it: pronouns, "both
sides" and "the minister" resolved from the sentences before (``newsprism eval events``
codes each record's sentence on its own). ``--aligned`` scores every record of a sentence that
holds several gold events with the event whose trigger lies in the record's eventText (the
main-event scorer gives them all the sentence's one main event), sentence alone and, with
``--in-context``, in the article: how much is lost to the main-event convention, not a new
headline figure.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from _common import ROOT


def main() -> None:
    from newsprism.analyze.pipeline import load_pipeline
    from newsprism.eval.events import article_precision

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "examples" / "gold" / "events.json")
    parser.add_argument("--list", action="store_true", help="print the events outside gold sentences")
    parser.add_argument("--in-context", action="store_true", help="score gold records with the events of their article")
    parser.add_argument("--aligned", action="store_true",
                        help="also score each record with the sentence's event whose trigger lies in its eventText")
    args = parser.parse_args()
    nlp = load_pipeline()
    print(json.dumps(article_precision(args.gold, nlp=nlp)))
    if args.list:
        _list_elsewhere(nlp, args.gold)
    if args.in_context:
        print(json.dumps({"in_context": _in_context(nlp, args.gold)}))
    if args.aligned:
        print(json.dumps({"aligned_sentence": _aligned_sentence(nlp, args.gold)}))
        if args.in_context:
            print(json.dumps({"aligned_in_context": _in_context(nlp, args.gold, aligned=True)}))


def _aligned(events: list, record: dict):
    """Of a sentence's events, the one whose trigger lies in the record's eventText (a sentence
    with several gold records codes each of them), else the first: the main-event scorer gives
    every record of such a sentence the same event, so all but one are wrong by construction."""
    words = set(str(record.get("eventText") or "").lower().replace('"', " ").split())
    hit = [e for e in events if e.trigger is not None and e.trigger.text.lower() in words]
    return (hit or events or [None])[0]


def _aligned_sentence(nlp, gold) -> dict:
    """The sentence-alone scorer with all events of the record's first eventful sentence."""
    from newsprism.analyze.plover import _conditions_of, code_sentence
    from newsprism.eval.events import Tally, add, gold_event, summary

    tally = Tally()
    for record in json.loads(gold.read_text(encoding="utf-8")):
        events = []
        for sent in nlp(record["text"]).sents:
            events = code_sentence(sent, _conditions_of(sent))
            if events:
                break
        add(tally, gold_event(record), _aligned(events, record))
    return summary(tally)


def _in_context(nlp, gold, aligned: bool = False) -> dict:
    """The events scorer's figures, each record coded by the first pipeline event in its sentence
    (``aligned``: by the event whose trigger lies in the record's eventText, else the first)."""
    from newsprism.eval.claims import parsed_gold_text
    from newsprism.eval.events import Tally, add, gold_event, summary

    records = json.loads(gold.read_text(encoding="utf-8"))
    docs, tally = {}, Tally()
    for record in records:
        name = record["article"]
        if name not in docs:
            docs[name] = list(parsed_gold_text(nlp, gold.parent / "text", name, "events")._.np_events or ())
        inside = [e for e in docs[name] if record["start"] <= (e.trigger or e.sentence).start < record["end"]]
        event = _aligned(inside, record) if aligned else (inside[0] if inside else None)
        add(tally, gold_event(record), event)
    return summary(tally)


def _list_elsewhere(nlp, gold) -> None:
    from newsprism.eval.claims import body_start_of
    from newsprism.eval.events import gold_sentences

    spans = gold_sentences(json.loads(gold.read_text(encoding="utf-8")))
    for name, sents in sorted(spans.items()):
        text = (gold.parent / "text" / f"{name}.txt").read_text(encoding="utf-8")
        doc = nlp.make_doc(text)
        doc._.np_body_start = body_start_of(text)
        for e in nlp(doc)._.np_events:
            mark = "GOLD" if any(s <= e.trigger.start < t for s, t in sents) else "ELSE"
            print(mark, name, e.type, e.mode, e.trigger.text, "|", e.sentence.text[:160].replace("\n", " "))


if __name__ == "__main__":
    main()
