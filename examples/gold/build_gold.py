"""Build the gold annotation files from the hand-written annotation data.

The annotations live in examples/gold/annotations/: one Python data file per article
(<slug>.py, plain dict/list literals) plus lexicon.py for entity mentions. Every span is
written as the exact substring it covers; this script turns substrings into character
offsets into examples/gold/text/<slug>.txt, so the gold can be regenerated after an edit.

Span specs:
  "text"            the only occurrence (an error if it occurs more than once);
  ("text", n)       the n-th occurrence (0-based) in the article;
  for attribution sources and cues, "text" means the occurrence nearest the content
  (outside it), since "said" and "he" occur many times.

Usage: python examples/make_gold_text.py && python examples/gold/build_gold.py [GOLD_DIR]
GOLD_DIR (default examples/gold) holds text/ and annotations/; the held-out set is built with
python examples/gold/build_gold.py examples/heldout/gold
"""

from __future__ import annotations

import json
import re
import runpy
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent


class GoldError(Exception):
    """An annotation that does not match its article text."""


def _occurrences(text: str, needle: str) -> list[int]:
    # Word boundaries at word-character ends, so "he" never matches inside "the".
    left = r"\b" if needle[:1].isalnum() else ""
    right = r"\b" if needle[-1:].isalnum() else ""
    pattern = left + re.escape(needle) + right
    return [m.start() for m in re.finditer(pattern, text)]


def locate(text: str, spec, slug: str) -> tuple[int, int]:
    """Offsets of a unique substring or of ("substring", n)."""
    needle, index = (spec, None) if isinstance(spec, str) else spec
    starts = _occurrences(text, needle)
    if index is None and len(starts) != 1:
        raise GoldError(f"{slug}: {needle!r} occurs {len(starts)} times")
    if index is not None and index >= len(starts):
        raise GoldError(f"{slug}: {needle!r} has no occurrence {index}")
    start = starts[index or 0]
    return start, start + len(needle)


def paragraph_of(text: str, start: int) -> tuple[int, int]:
    """Bounds of the paragraph (blank-line separated block) holding an offset."""
    lo = text.rfind("\n\n", 0, start)
    hi = text.find("\n\n", start)
    return (0 if lo < 0 else lo + 2), (len(text) if hi < 0 else hi)


def locate_near(text: str, spec, around: list[tuple[int, int]], slug: str) -> tuple[int, int]:
    """A substring's occurrence in the same paragraph nearest to (and outside) the given spans."""
    if not isinstance(spec, str):
        return locate(text, spec, slug)
    para_lo, para_hi = paragraph_of(text, around[0][0])
    best = None
    for start in _occurrences(text, spec):
        end = start + len(spec)
        if start < para_lo or end > para_hi or any(start < e and s < end for s, e in around):
            continue
        gap = min(s - end if end <= s else start - e for s, e in around)
        if best is None or gap < best[0]:
            best = (gap, start, end)
    if best is None:
        raise GoldError(f"{slug}: {spec!r} not found near {text[around[0][0]:around[0][1]][:40]!r}")
    return best[1], best[2]


def span(text: str, bounds: tuple[int, int]) -> dict:
    """A JSON span record."""
    start, end = bounds
    return {"start": start, "end": end, "text": text[start:end]}


def body_bounds(text: str) -> tuple[int, int]:
    """(body start, end of the lead paragraph) for headline + blank line + body."""
    body = text.index("\n\n") + 2
    lead_end = text.find("\n\n", body)
    return body, len(text) if lead_end < 0 else lead_end


def position(text: str, start: int) -> str:
    """headline | lead | body for an offset."""
    body, lead_end = body_bounds(text)
    if start < body:
        return "headline"
    return "lead" if start < lead_end else "body"


# ---------------------------------------------------------------- attributions


def attribution_spans(text: str, item: dict, slug: str) -> dict:
    """Resolve source, cue and (possibly discontinuous) content of one attribution."""
    contents = item["content"] if isinstance(item["content"], list) else [item["content"]]
    content = [locate(text, c, slug) for c in contents]
    cue = locate_near(text, item["cue"], content, slug)
    source = None
    if item.get("source"):
        source = locate_near(text, item["source"], [cue] + content, slug)
    return {"content": content, "cue": cue, "source": source}


def brat_lines(text: str, resolved: list[dict]) -> list[str]:
    """brat standoff lines in the PolNeAR layout (Source, Cue, Content, Attribution trigger, E)."""
    lines, t = [], 0
    for number, spans in enumerate(resolved, start=1):
        ids = {}
        parts = [("Source", [spans["source"]] if spans["source"] else []), ("Cue", [spans["cue"]]),
                 ("Content", spans["content"])]
        for label, bounds in parts:
            if not bounds:
                continue
            t += 1
            ids[label] = f"T{t}"
            offsets = ";".join(f"{s} {e}" for s, e in bounds)
            lines.append(f"T{t}\t{label} {offsets}\t{' '.join(text[s:e] for s, e in bounds)}")
        trigger = "Attribution" if spans["source"] else "Attribution-no-source"
        t += 1
        lines.append(f"T{t}\t{trigger} {spans['cue'][0]} {spans['cue'][1]}\t{text[slice(*spans['cue'])]}")
        args = [f"{trigger}:T{t}"] + [f"{label}:{ids[label]}" for label in ("Content", "Cue", "Source") if label in ids]
        lines.append(f"E{number}\t{' '.join(args)}")
    return lines


def attribution_outputs(slug: str, text: str, data: dict) -> tuple[str, dict]:
    """The .ann file content and the per-E metadata for one article."""
    items = data.get("ATTRIBUTIONS", [])
    resolved = [attribution_spans(text, item, slug) for item in items]
    meta = {}
    for number, item in enumerate(items, start=1):
        meta[f"E{number}"] = {
            "kind": item["kind"], "sourcing": item["sourcing"],
            "speaker_name": item.get("speaker", ""), "via": item.get("via", []),
        }
    return "\n".join(brat_lines(text, resolved)) + "\n", meta


# ---------------------------------------------------------------- entities


def entity_mentions(slug: str, text: str, lexicon: list[tuple], data: dict) -> list[dict]:
    """All lexicon matches (longest match wins, no overlaps), minus ENTITY_SKIP."""
    entries = lexicon + [tuple(e) for e in data.get("ENTITY_EXTRA", [])]
    candidates = [(m.start(), m.end(), entry) for entry in entries for m in re.finditer(entry[0], text)]
    taken, found = [], []
    for start, end, (_, kind, cid, name, role) in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        found.append({**span(text, (start, end)), "kind": kind, "canonical_id": cid, "name": name, "role": role})
    skips = {locate(text, s, slug) for s in data.get("ENTITY_SKIP", [])}
    missing = skips - {(f["start"], f["end"]) for f in found}
    if missing:
        raise GoldError(f"{slug}: ENTITY_SKIP entries match no mention: {missing}")
    return sorted((f for f in found if (f["start"], f["end"]) not in skips), key=lambda f: f["start"])


# ---------------------------------------------------------------- claims


def claim_record(slug: str, text: str, item: dict) -> dict:
    """One claim with its cues and conditions resolved inside (or near) the claim span."""
    bounds = locate(text, item["text"], slug)
    cues = [span(text, locate_in(text, c, bounds, slug)) for c in item.get("cues", [])]
    conditions = []
    for cond in item.get("conditions", []):
        record = span(text, locate_in(text, cond["text"], bounds, slug))
        record.update({k: cond[k] for k in ("connective", "required", "actor")})
        record["polarity"] = cond.get("polarity", "for")
        conditions.append(record)
    return {**span(text, bounds), "holder": item["holder"], "modality": item["modality"],
            "cues": cues, "position": position(text, bounds[0]), "conditions": conditions}


def locate_in(text: str, spec, bounds: tuple[int, int], slug: str) -> tuple[int, int]:
    """A substring inside the claim span if it is there, else the nearest one outside."""
    needle, index = (spec, 0) if isinstance(spec, str) else spec
    inside = [s for s in _occurrences(text[bounds[0]:bounds[1]], needle)]
    if len(inside) > index:
        start = bounds[0] + inside[index]
        return start, start + len(needle)
    return locate_near(text, spec, [bounds], slug)


# ---------------------------------------------------------------- events


def event_record(slug: str, text: str, item: dict, number: int) -> dict:
    """One PLOVER gold-standard record for one event sentence."""
    start, end = locate(text, item["text"], slug)
    actors = lambda rows: [{"actorText": a, "code": c, **({"sector": s} if s else {})} for a, c, s in rows]
    record = {
        "id": f"NEWSPRISM-EX-{slug}-{number:02d}",
        "date": item.get("date", ""),
        "source": actors(item["source"]),
        "target": actors(item.get("target", [])),
        "event": item["event"],
        "eventText": item.get("eventText", ""),
        "mode": item.get("mode", ""),
        "context": item.get("context", ""),
        "text": text[start:end],
        "language": "en",
        "publication": slug,
        "coder": "newsprism examples (hand-coded)",
        "version": "PLOVER 2024 types",
        "article": slug,
        "start": start,
        "end": end,
    }
    if item.get("comment"):
        record["comment"] = item["comment"]
    return record


# ---------------------------------------------------------------- main


def dumps(data) -> str:
    """Pretty JSON, UTF-8, stable layout."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def article_outputs(slug: str, lexicon: list[tuple], gold: Path = GOLD) -> tuple[dict[str, str], dict, list[dict]]:
    """One article's gold files (relative path -> content), attribution metadata and event records."""
    text = (gold / "text" / f"{slug}.txt").read_text(encoding="utf-8")
    data = runpy.run_path(str(gold / "annotations" / f"{slug}.py"))
    ann, meta = attribution_outputs(slug, text, data)
    entities = entity_mentions(slug, text, lexicon, data)
    claims = sorted((claim_record(slug, text, item) for item in data.get("CLAIMS", [])),
                    key=lambda c: (c["start"], c["end"]))
    date = data.get("DATE", "")
    events = [event_record(slug, text, {"date": date, **item}, n)
              for n, item in enumerate(data.get("EVENTS", []), start=1)]
    files = {f"attributions/{slug}.ann": ann, f"entities/{slug}.json": dumps(entities),
             f"claims/{slug}.json": dumps(claims)}
    return files, meta, events


def gold_outputs(gold: Path = GOLD) -> dict[str, str]:
    """Every generated gold file (path relative to the gold folder -> content)."""
    annotations = gold / "annotations"
    lexicon = [tuple(e) for e in runpy.run_path(str(annotations / "lexicon.py"))["LEXICON"]]
    files, all_meta, all_events = {}, {}, []
    for path in sorted((gold / "text").glob("*.txt")):
        if not (annotations / f"{path.stem}.py").exists():
            raise GoldError(f"{path.stem}: no annotation file in {annotations}")
        article_files, meta, events = article_outputs(path.stem, lexicon, gold)
        files.update(article_files)
        all_meta[path.stem] = meta
        all_events.extend(events)
    files["attributions_meta.json"] = dumps(all_meta)
    files["events.json"] = dumps(all_events)
    return files


def main(argv: list[str]) -> int:
    """Rebuild all gold files of GOLD_DIR (default examples/gold) from its annotations/."""
    if len(argv) > 1:
        print("usage: build_gold.py [GOLD_DIR]", file=sys.stderr)
        return 2
    gold = Path(argv[0]) if argv else GOLD
    try:
        outputs = gold_outputs(gold)
    except GoldError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for relative, content in outputs.items():
        path = gold / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8", newline="\n")
    print(f"wrote {len(outputs)} gold files under {gold}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
