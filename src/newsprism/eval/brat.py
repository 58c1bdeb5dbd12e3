"""Read and write brat standoff attribution files in the layout of the PolNeAR corpus.

PolNeAR marks each attribution with text-bound ``T`` lines (Source, Cue, Content, and an
``Attribution`` trigger on the cue span) and one ``E`` line that links them::

    T1  Source 89 106       The New York Post
    T2  Cue 107 114 reports
    T3  Content 115 290     that Hillary ...
    T4  Attribution 107 114 reports
    E1  Attribution:T4 Content:T3 Cue:T2 Source:T1

Spans may be discontinuous (``Content 315 448;463 553``) and a role may repeat with a
number (``Content2:T22``). Attributions without a source use the trigger type
``Attribution-no-source``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..errors import EvalError
from ..records import Statement

ROLES = ("Source", "Cue", "Content")
Fragments = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class TextBound:
    """One ``T`` line: a label over one or more character ranges."""

    id: str
    label: str
    fragments: Fragments
    text: str = ""

    @property
    def start(self) -> int:
        return min(a for a, _ in self.fragments)

    @property
    def end(self) -> int:
        return max(b for _, b in self.fragments)


@dataclass(frozen=True)
class Attribution:
    """One linked attribution: its source (if any), cue and content spans."""

    cue: Optional[TextBound]
    content: tuple[TextBound, ...]
    source: Optional[TextBound] = None
    trigger: str = "Attribution"
    id: str = ""  # the E (or R) line's id, e.g. "E3"


@dataclass
class BratDocument:
    """All annotations of one ``.ann`` file."""

    spans: dict[str, TextBound] = field(default_factory=dict)
    attributions: list[Attribution] = field(default_factory=list)

    def role_spans(self, role: str) -> list[TextBound]:
        """Distinct spans (by fragments) carrying label ``role``, in file order."""
        seen: dict[Fragments, TextBound] = {}
        for span in self.spans.values():
            if span.label == role and span.fragments not in seen:
                seen[span.fragments] = span
        return list(seen.values())


_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t?(.*)$")


def parse_fragments(text: str) -> Fragments:
    """``"315 448;463 553"`` -> ``((315, 448), (463, 553))``."""
    fragments = []
    for part in text.split(";"):
        start, end = part.split()
        fragments.append((int(start), int(end)))
    return tuple(fragments)


def _parse_t(line: str) -> TextBound:
    match = _T_LINE.match(line)
    if not match:
        raise ValueError("malformed T line")
    tid, label, offsets, text = match.groups()
    return TextBound(tid, label, parse_fragments(offsets.strip()), text)


def _parse_e(line: str) -> tuple[str, list[tuple[str, str]]]:
    """The trigger type and (role, T id) pairs of an ``E`` line."""
    _, args = line.split("\t", 1)
    pairs = [tuple(arg.split(":", 1)) for arg in args.split()]
    trigger_type = pairs[0][0]
    return trigger_type, [(re.sub(r"\d+$", "", role), ref) for role, ref in pairs[1:]]


def _parse_r(line: str) -> tuple[str, list[tuple[str, str]]]:
    """``R1 Attribution Arg1:T1 Arg2:T2``: roles come from the linked spans' labels."""
    _, args = line.split("\t", 1)
    parts = args.split()
    return parts[0], [("", arg.split(":", 1)[1]) for arg in parts[1:]]


def _attribution(trigger: str, links: list[tuple[str, str]], spans: dict[str, TextBound]) -> Attribution:
    by_role: dict[str, list[TextBound]] = {role: [] for role in ROLES}
    for role, ref in links:
        span = spans[ref]
        by_role.setdefault(role or span.label, []).append(span)
    first = lambda role: by_role[role][0] if by_role.get(role) else None  # noqa: E731
    return Attribution(cue=first("Cue"), content=tuple(by_role["Content"]), source=first("Source"), trigger=trigger)


def parse_ann(text: str, path: str = "") -> BratDocument:
    """Parse the contents of one ``.ann`` file."""
    doc = BratDocument()
    events = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line[0] in "#AMN":
            continue
        try:
            if line[0] == "T":
                span = _parse_t(line)
                doc.spans[span.id] = span
            elif line[0] == "E":
                events.append((line.split("\t", 1)[0], *_parse_e(line)))
            elif line[0] == "R":
                events.append((line.split("\t", 1)[0], *_parse_r(line)))
        except (ValueError, IndexError) as exc:
            raise EvalError(f"line {number}: cannot parse {line[:60]!r} ({exc})", path=path) from exc
    for event_id, trigger, links in events:
        try:
            doc.attributions.append(replace(_attribution(trigger, links, doc.spans), id=event_id))
        except KeyError as exc:
            raise EvalError(f"link to unknown span {exc}", path=path) from exc
    return doc


def read_ann(path: str | Path) -> BratDocument:
    """Read one ``.ann`` file."""
    try:
        return parse_ann(Path(path).read_text(encoding="utf-8"), str(path))
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"cannot read annotation file: {exc}", path=str(path)) from exc


# --- writing -------------------------------------------------------------------------


def _clean(text: str) -> str:
    """brat keeps one annotation per line: newlines in covered text become spaces."""
    return text.replace("\n", " ").replace("\r", " ")


class _AnnWriter:
    """Accumulates T and E lines, reusing a T id when the same labelled span recurs."""

    def __init__(self, text: str):
        self.text = text
        self.lines: list[str] = []
        self.ids: dict[tuple[str, Fragments], str] = {}
        self.events = 0
        self.count = 0

    def span(self, label: str, start: int, end: int, reuse: bool = True) -> str:
        return self.fragments(label, ((start, end),), reuse)

    def fragments(self, label: str, fragments: Fragments, reuse: bool = True) -> str:
        """A T line over one or more ranges (text of the pieces joined by one space)."""
        key = (label, fragments)
        if reuse and key in self.ids:
            return self.ids[key]
        self.count += 1
        tid = f"T{self.count}"
        offsets = ";".join(f"{a} {b}" for a, b in fragments)
        covered = " ".join(_clean(self.text[a:b]) for a, b in fragments)
        self.lines.append(f"{tid}\t{label} {offsets}\t{covered}")
        self.ids[key] = tid
        return tid

    def statement(self, statement: Statement) -> None:
        links = []
        if statement.speaker is not None:
            links.append(f"Source:{self.span('Source', statement.speaker.start, statement.speaker.end)}")
        links.append(f"Cue:{self.span('Cue', statement.cue.start, statement.cue.end)}")
        parts = statement.content_parts or (statement.content,)
        links.append(f"Content:{self.fragments('Content', tuple((p.start, p.end) for p in parts))}")
        trigger = "Attribution" if statement.speaker is not None else "Attribution-no-source"
        tid = self.span(trigger, statement.cue.start, statement.cue.end, reuse=False)
        self.events += 1
        self.lines.append(f"E{self.events}\t{trigger}:{tid} " + " ".join(links))


def format_ann(text: str, statements: Iterable[Statement]) -> str:
    """The ``.ann`` contents for ``statements`` found in ``text``."""
    writer = _AnnWriter(text)
    for statement in statements:
        writer.statement(statement)
    return "".join(line + "\n" for line in writer.lines)


def write_brat(out_dir: str | Path, name: str, text: str, statements: Iterable[Statement]) -> Path:
    """Write ``name.txt`` and ``name.ann`` into ``out_dir``; returns the ``.ann`` path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
    ann = out / f"{name}.ann"
    ann.write_text(format_ann(text, statements), encoding="utf-8")
    return ann


def export_brat(store, out_dir: str | Path) -> int:
    """Write ``<article_id>.txt`` and ``.ann`` for every stored article; returns the count."""
    count = 0
    for article in store.articles():
        analysis = store.analysis(article.id)
        statements = analysis.statements if analysis is not None else ()
        write_brat(out_dir, article.id, article.text, statements)
        count += 1
    return count


# --- gold folders --------------------------------------------------------------------


@dataclass(frozen=True)
class GoldDocument:
    """One gold text and the annotation file it is scored against."""

    name: str
    text: str
    ann_path: Path
    annotations: BratDocument


def gold_documents(gold_dir: str | Path) -> Iterator[GoldDocument]:
    """Texts in ``DIR/text/NAME.txt`` with the first ``DIR/attributions/NAME*.ann`` in sorted order."""
    root = Path(gold_dir)
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise EvalError("gold folder needs text/ and attributions/ subfolders", path=str(root))
    anns = sorted(p.name for p in ann_dir.glob("*.ann"))
    for txt in sorted(text_dir.glob("*.txt")):
        match = _first_ann(txt.stem, anns)
        if match is None:
            continue
        text = _read_text(txt)
        yield GoldDocument(txt.stem, text, ann_dir / match, read_ann(ann_dir / match))


@dataclass(frozen=True)
class SharedText:
    """A gold text that several annotators marked, with their files in sorted order."""

    name: str
    text: str
    annotations: tuple[BratDocument, ...]


def multiply_annotated(gold_dir: str | Path) -> Iterator[SharedText]:
    """Texts in ``DIR/text`` that have two or more ``DIR/attributions/NAME_*.ann`` files."""
    root = Path(gold_dir)
    anns = sorted(p.name for p in (root / "attributions").glob("*.ann"))
    for doc in gold_documents(root):
        files = [name for name in anns if name.startswith(doc.name + "_")]
        if len(files) >= 2:
            yield SharedText(doc.name, doc.text, tuple(read_ann(root / "attributions" / name) for name in files))


def _first_ann(stem: str, anns: list[str]) -> Optional[str]:
    """``NAME.ann`` itself, else the first ``NAME_*.ann`` / ``NAME*.ann`` in sorted order."""
    if f"{stem}.ann" in anns:
        return f"{stem}.ann"
    for name in anns:
        if name.startswith(stem + "_"):
            return name
    for name in anns:
        if name.startswith(stem):
            return name
    return None


def _read_text(path: Path) -> str:
    """The text exactly as stored: no newline translation, so offsets stay right."""
    try:
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"cannot read text file: {exc}", path=str(path)) from exc
