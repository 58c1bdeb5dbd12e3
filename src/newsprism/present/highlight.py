"""Turn an article's records into escaped HTML with highlighted, correctly nested spans.

Spans from different layers overlap freely (a claim covers part of a quote, a condition
straddles two claims). HTML elements must nest, so a mark that crosses another one's
boundary is split into several elements; only the first piece carries the element id,
so that ``#claim-...`` anchors stay unique.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from markupsafe import Markup, escape

from ..records import ArticleAnalysis, Span

MAX_TEXT_CHARS = 200_000  # hostile input: never highlight more than this

# Lower rank = outer element when two marks start together and have the same length.
RANK = {"ref": 0, "claim": 1, "stmt": 2, "cond": 3, "speaker": 4, "cue": 4, "hedge": 5, "ent": 6}


@dataclass(frozen=True)
class Mark:
    """One highlighted span: a tag, CSS classes, an optional id/href and data attributes."""

    start: int
    end: int
    kind: str
    classes: str
    element_id: str = ""
    href: str = ""
    title: str = ""
    data: tuple[tuple[str, str], ...] = field(default=())

    def sort_key(self) -> tuple:
        return (self.start, -(self.end - self.start), RANK.get(self.kind, 9))


def claim_anchor(prefix: str, span: Span) -> str:
    """The element id of a highlighted claim reference span."""
    return f"{prefix}ref-{span.start}-{span.end}"


def analysis_marks(
    analysis: Optional[ArticleAnalysis],
    prefix: str = "",
    entity_href: Optional[Callable[[str], str]] = None,
) -> list[Mark]:
    """All marks for one article's analysis: entities, statements, claims, conditions."""
    if analysis is None:
        return []
    marks = _entity_marks(analysis, entity_href)
    marks += _statement_marks(analysis, prefix)
    marks += _claim_marks(analysis, prefix)
    marks += _event_condition_marks(analysis)
    return marks


def _entity_marks(analysis: ArticleAnalysis, entity_href) -> list[Mark]:
    marks, taken_until = [], -1
    # Links cannot nest inside links: keep the first of any overlapping entities.
    for ent in sorted(analysis.entities, key=lambda e: (e.span.start, -e.span.end)):
        if ent.span.start < taken_until:
            continue
        taken_until = ent.span.end
        href = entity_href(ent.canonical_id) if (entity_href and ent.canonical_id) else ""
        title = " · ".join(x for x in (ent.name, ent.kind, ent.role) if x)
        marks.append(Mark(ent.span.start, ent.span.end, "ent", f"ent ent-{ent.kind}", href=href, title=title))
    return marks


def _statement_marks(analysis: ArticleAnalysis, prefix: str) -> list[Mark]:
    marks = []
    for i, st in enumerate(analysis.statements):
        data = (("stmt", str(i)),)
        title = f"{st.speaker_name or 'unnamed'} · {st.kind} · {st.sourcing}"
        marks.append(Mark(st.content.start, st.content.end, "stmt", f"stmt stmt-{st.kind}",
                          f"{prefix}stmt-{i}", title=title, data=data))
        marks.append(Mark(st.cue.start, st.cue.end, "cue", "cue", title="cue", data=data))
        if st.speaker is not None:
            marks.append(Mark(st.speaker.start, st.speaker.end, "speaker", f"speaker src-{st.sourcing}",
                              title=title, data=data))
        for via in st.via:
            marks.append(Mark(via.span.start, via.span.end, "speaker", f"via src-{via.sourcing}",
                              title=f"via · {via.sourcing}", data=data))
    return marks


def _claim_marks(analysis: ArticleAnalysis, prefix: str) -> list[Mark]:
    marks = []
    for i, claim in enumerate(analysis.claims):
        title = f"claim · {claim.modality} · holder: {claim.holder}"
        marks.append(Mark(claim.span.start, claim.span.end, "claim", f"claim mod-{claim.modality}",
                          f"{prefix}claim-{i}", title=title, data=(("claim", str(i)),)))
        for cue in claim.cues:
            marks.append(Mark(cue.start, cue.end, "hedge", f"hedge mod-{claim.modality}", title=claim.modality))
        marks += [_condition_mark(c) for c in claim.conditions]
    return marks


def _event_condition_marks(analysis: ArticleAnalysis) -> list[Mark]:
    return [_condition_mark(c) for event in analysis.events for c in event.conditions]


def _condition_mark(cond) -> Mark:
    title = f"condition · {cond.connective} · {cond.required}" + (f" · by {cond.actor}" if cond.actor else "")
    return Mark(cond.span.start, cond.span.end, "cond", f"cond cond-{cond.polarity}", title=title)


def ref_marks(spans: Iterable[Span], prefix: str = "") -> list[Mark]:
    """Marks for claim references (from story verdicts) so that story rows can link to them."""
    seen, marks = set(), []
    for span in spans:
        if (span.start, span.end) not in seen:
            seen.add((span.start, span.end))
            marks.append(Mark(span.start, span.end, "ref", "ref", claim_anchor(prefix, span)))
    return marks


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """Escaped HTML of ``text`` with every mark wrapped in a well-nested element."""
    text = text[:MAX_TEXT_CHARS]
    valid = sorted({m for m in marks if 0 <= m.start < m.end <= len(text)}, key=Mark.sort_key)
    cuts = sorted({0, len(text)} | {m.start for m in valid} | {m.end for m in valid})
    out: list[str] = []
    stack: list[Mark] = []
    active: list[Mark] = []
    opened: set[Mark] = set()
    nxt = 0
    for left, right in zip(cuts, cuts[1:]):
        active = [m for m in active if m.end > left]
        while nxt < len(valid) and valid[nxt].start == left:
            active.append(valid[nxt])
            nxt += 1
        wanted = sorted(active, key=Mark.sort_key)
        common = _common_prefix(stack, wanted)
        out.extend(_close(stack[common:]))
        for mark in wanted[common:]:
            out.append(_open(mark, first=mark not in opened))
            opened.add(mark)
        stack = wanted
        out.append(str(escape(text[left:right])))
    out.extend(_close(stack))
    return Markup("".join(out))


def _common_prefix(a: list[Mark], b: list[Mark]) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] is b[n]:
        n += 1
    return n


def _close(marks: list[Mark]) -> list[str]:
    return ["</a>" if m.href else "</span>" for m in reversed(marks)]


def _open(mark: Mark, first: bool) -> str:
    attrs = [("class", mark.classes if first else mark.classes + " cont")]
    if mark.element_id and first:
        attrs.append(("id", mark.element_id))
    if mark.href:
        attrs.append(("href", mark.href))
    if mark.title:
        attrs.append(("title", mark.title))
    attrs += [(f"data-{k}", v) for k, v in mark.data]
    rendered = " ".join(f'{k}="{escape(v)}"' for k, v in attrs)
    return f"<{'a' if mark.href else 'span'} {rendered}>"


def highlighted_article(
    text: str,
    analysis: Optional[ArticleAnalysis],
    prefix: str = "",
    entity_href: Optional[Callable[[str], str]] = None,
    refs: Iterable[Span] = (),
) -> Markup:
    """The article text as highlighted HTML: the one call pages and the report use."""
    marks = analysis_marks(analysis, prefix, entity_href) + ref_marks(refs, prefix)
    return highlight(text, marks)
