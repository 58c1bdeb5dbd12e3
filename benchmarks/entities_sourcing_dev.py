"""Agreement on the invented development cases for organisation names, roles and sourcing.

    .venv/bin/python benchmarks/entities_sourcing_dev.py [--show]

Reads tests/analyze/fixtures/dev_entities_sourcing.json (sentences and three short articles
from fictional outlets, written for these rules) and prints, per section, how many cases
the full pipeline gets right; ``--show`` lists the cases it gets wrong. These are
development figures: the cases were written while the rules were changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
FIXTURE = ROOT / "tests" / "analyze" / "fixtures" / "dev_entities_sourcing.json"


def organisation_ok(doc, name: str) -> tuple[bool, str]:
    """The name is one ORG entity with an organisation id."""
    found = [(e.kind, e.canonical_id) for e in doc._.np_entities if e.span.text == name]
    return bool(found) and all(k == "ORG" and c.startswith("org:") for k, c in found), str(found)


def role_ok(doc, name: str, role: str) -> tuple[bool, str]:
    """The person's first mention carries the role as written."""
    found = [e.role for e in doc._.np_entities if e.span.text == name and e.kind == "PERSON"]
    return bool(found) and found[0] == role, str(found)


def statement_ok(doc, cue: str, nth: int, field: str, wanted: str) -> tuple[bool, str]:
    """The ``nth`` statement whose cue is ``cue`` (any case) has ``field`` equal to ``wanted``."""
    found = [s for s in doc._.np_statements if s.cue.text.lower() == cue.lower()]
    if len(found) <= nth:
        return False, f"no statement {nth} with cue {cue!r}"
    got = getattr(found[nth], field)
    return got == wanted, f"{got!r} (speaker {found[nth].speaker.text if found[nth].speaker else None!r})"


def cases(data: dict):
    """(section, text, check) for every case of the fixture (sections may be missing)."""
    for text, name in data.get("organisations", []):
        yield "organisations", text, lambda d, n=name: organisation_ok(d, n)
    for text, name, role in data.get("roles", []):
        yield "roles", text, lambda d, n=name, r=role: role_ok(d, n, r)
    for text, cue, cls in data.get("sourcing", []):
        yield "sourcing", text, lambda d, c=cue, k=cls: statement_ok(d, c, 0, "sourcing", k)
    for text, cue, name in data.get("speaker_names", []):
        yield "speaker_names", text, lambda d, c=cue, k=name: statement_ok(d, c, 0, "speaker_name", k)
    for article in data.get("articles", []):
        yield from _article_cases(article)


def _article_cases(article: dict):
    text = article["text"]
    for name in article["organisations"]:
        yield "articles", text, lambda d, n=name: organisation_ok(d, n)
    for name, role in article["roles"]:
        yield "articles", text, lambda d, n=name, r=role: role_ok(d, n, r)
    for cue, cls, *nth in article["sourcing"]:
        yield "articles", text, lambda d, c=cue, k=cls, i=(nth or [0])[0]: statement_ok(d, c, i, "sourcing", k)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the cases the pipeline gets wrong")
    parser.add_argument("--fixture", default=str(FIXTURE), help="the cases file (default: the development cases)")
    args = parser.parse_args()
    from newsprism.analyze.pipeline import load_pipeline
    from newsprism.config import Settings

    settings = Settings()
    nlp = load_pipeline(settings.model, settings.components)
    data = json.loads(Path(args.fixture).read_text(encoding="utf-8"))
    totals: dict[str, list[int]] = {}
    docs: dict[str, object] = {}
    for section, text, check in cases(data):
        doc = docs.setdefault(text, None) or docs.__setitem__(text, nlp(text)) or docs[text]
        ok, got = check(doc)
        totals.setdefault(section, [0, 0])
        totals[section][0] += ok
        totals[section][1] += 1
        if args.show and not ok:
            print(f"WRONG [{section}] {text[:90]!r}: got {got}")
    for section, (right, total) in totals.items():
        print(f"{section}: {right}/{total}")


if __name__ == "__main__":
    main()
