"""Confusion of language detection on the invented sample sentences in tests/fixtures/language/samples.tsv.

    .venv/bin/python benchmarks/language_confusion.py

Prints, per kind of sample (long, short, mixed) and overall, how often each language was
detected as each code ("und" is undetermined: not a wrong answer, but not a right one either).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from _common import ROOT

SAMPLES = ROOT / "tests" / "fixtures" / "language" / "samples.tsv"


def load_samples() -> list[tuple[str, str, str]]:
    """(language, kind, text) for every sample line; "\\n" in a text is a line break."""
    rows = []
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            language, kind, text = line.split("\t")
            rows.append((language, kind, text.replace("\\n", "\n")))
    return rows


def confusion(rows) -> dict[str, Counter]:
    """For each true language, a Counter of the codes detected."""
    from newsprism.ingest.language import detect_language

    table: dict[str, Counter] = defaultdict(Counter)
    for language, _, text in rows:
        table[language][detect_language(text)] += 1
    return table


def report(title: str, table: dict[str, Counter]) -> None:
    right = sum(counts[language] for language, counts in table.items())
    total = sum(sum(counts.values()) for counts in table.values())
    wrong = sum(n for language, counts in table.items() for code, n in counts.items() if code not in (language, "und"))
    print(f"{title}: {right}/{total} right, {wrong} wrong, {total - right - wrong} und")
    for language in sorted(table):
        detected = ", ".join(f"{code} {n}" for code, n in table[language].most_common())
        print(f"  {language}: {detected}")


def main() -> None:
    rows = load_samples()
    for kind in ("long", "short", "mixed", "heldout"):
        report(kind, confusion([row for row in rows if row[1] == kind]))
    report("all", confusion(rows))


if __name__ == "__main__":
    main()
