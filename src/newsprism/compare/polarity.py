"""Polarity of a claim for the holder whose content it is: who holds it, and is it negated?

A ``contradicts`` link on polarity means two outlets disagree about one proposition, so
polarity is taken for the claim's own holder and content, not for every negation word in
its span:

- a writer's sentence that only reports a source ("Officials said the strait "will not be
  closed"") is held by that source, with the reported content's polarity; a denial cue
  ("critics denied that ...") flips it;
- quoted words inside a claim the writer holds belong to someone else and are skipped;
- a negated negative predicate ("never closed the door", "no barriers", "not impossible")
  counts as positive, and "X, not Y" only sets off a contrast.

The analysis layer's polarity (scoped to the claim's main verb) is trusted when it says
positive, except for a coordinated predicate it cannot see ("and would not negotiate"); the
cues found here can cancel its negatives. Claims without that layer are read from text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..records import Claim, Span, Statement
from .stance import NEGATION
from .views import ArticleView

NEGATORS = NEGATION | {"impossible"}  # the stance features' negators, and a negative predicate that stands alone
# Predicates that are negative in themselves: a negator right before one cancels it.
NEGATIVE_PREDICATES = frozenset(
    "close closes closed closing shut shuts deny denies denied reject rejects rejected refuse refuses "
    "refused oppose opposes opposed against halt halted stop stops stopped ban banned block blocks "
    "blocked barrier barriers obstacle obstacles hurdle hurdles precondition preconditions abandon "
    "abandoned cancel cancelled canceled suspend suspended end ends ended fail fails failed impossible "
    "nothing nobody none".split()
)
RULE_OUT = frozenset("rule rules ruled ruling".split())  # negative only with "out"
AUXILIARIES = frozenset("be been being is are was were will would shall should can could may might must have has had do does did to".split())
# Words that may sit between a negator and the predicate it negates ("will not be closed").
BRIDGE = AUXILIARIES | frozenset(
    "ever yet entirely fully completely really formally publicly officially the a an any its their his her our your get got".split()
)
DENIAL_CUES = frozenset("deny denies denied denying".split())
_TOKEN = re.compile(r"[A-Za-z]+n['’]t|[A-Za-z]+|[,;:]")
# Double quotes only: a single curly quote is mostly an apostrophe ("Iran’s").
OPENING = "\"“"
CLOSING = "\"”"
_REPORTED = re.compile(
    r"^(?P<who>[A-Z][^,;:\"“]{0,60}?)\s+(?P<cue>said|says|say|told(?:\s+\w+)?|tells(?:\s+\w+)?|added|adds|stated|"
    r"insisted|insists|warned|warns|claimed|claims|argued|argues|denied|denies|deny)(?:\s+that)?\s+(?P<what>\S.*)$", re.S)
_REPORTED_AFTER = re.compile(r"^(?P<what>.*\S),?[\"”]?\s+(?P<who>[\w' ]{1,60}?)\s+(?P<cue>said|says|say|added|denied)\W*$", re.S)
_COORDINATED = re.compile(r"\b(and|but)\s+((" + "|".join(sorted(AUXILIARIES)) + r")\s+){0,2}$", re.I)
_LEADING_DETERMINER = re.compile(r"^(the|a|an)\s+", re.I)


class Polarity(NamedTuple):
    """The holder of a claim's content (id and lower-cased name; "" when unknown) and whether it is negated."""

    holder_id: str
    holder_name: str
    negative: bool


WRITER_POSITIVE = Polarity("", "writer", False)


def same_holder(a: Polarity, b: Polarity) -> bool:
    """True when both polarities belong to one holder (ids when both have one, names otherwise)."""
    if a.holder_id and b.holder_id:
        return a.holder_id == b.holder_id
    return bool(a.holder_name) and a.holder_name == b.holder_name  # "": unknown, never the same


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` inside quotation marks (a span may cut a quote open)."""
    ranges, start, done = [], None, 0  # done: end of the last range (an unmatched closing quote starts there)
    for i, ch in enumerate(text):
        if ch not in OPENING and ch not in CLOSING:
            continue
        opens = ch == "“" or (ch == '"' and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—-"))
        if opens and start is None:
            start = i
        elif not opens:
            ranges.append((done if start is None else start, i + 1))
            start, done = None, i + 1
    if start is not None:
        ranges.append((start, len(text)))
    return ranges


def negation_cues(text: str, skip: list[tuple[int, int]] = ()) -> list[int]:
    """Offsets of the negators of ``text`` that still negate: outside ``skip``, not contrastive,
    not cancelled by a negative predicate (or another negator) right after them."""
    tokens = [(m.start(), m.group(0).lower().replace("’", "'")) for m in _TOKEN.finditer(text)]
    words = ["n't" if w.endswith("n't") else w for _, w in tokens]
    live, cancelled = [], set()
    for i, (offset, _raw) in enumerate(tokens):
        if words[i] not in NEGATORS or i in cancelled or any(a <= offset < b for a, b in skip):
            continue
        if _contrastive(words, i):
            continue
        target = _negated_predicate(words, i)
        if target is not None:
            cancelled.add(target)
            continue
        live.append(offset)
    return live


def _contrastive(words: list[str], i: int) -> bool:
    """"a principle, not a position" / ", but not": the "not" sets off a contrast."""
    if words[i] != "not":
        return False
    before = words[i - 2] if i >= 2 and words[i - 1] == "but" else words[i - 1] if i else ""
    return before == "," and i + 1 < len(words) and words[i + 1] not in AUXILIARIES


def _negated_predicate(words: list[str], i: int) -> int | None:
    """Index of the negative predicate a negator at ``i`` negates ("never closed"), if any."""
    j = i + 1
    while j < len(words) and j - i <= 3 and words[j] in BRIDGE:
        j += 1
    if j >= len(words) or j - i > 3:
        return None
    if words[j] in NEGATIVE_PREDICATES or (words[j] in RULE_OUT and j + 1 < len(words) and words[j + 1] == "out"):
        return j
    return None


def _name(text: str) -> str:
    return _LEADING_DETERMINER.sub("", " ".join(text.lower().split()))


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and inner.end > inner.start


def _speaks(st: Statement, holder: str, holder_id: str) -> bool:
    if st.speaker_id and holder_id:
        return st.speaker_id == holder_id
    return (st.speaker_name or (st.speaker.text if st.speaker else "")).strip().lower() == holder.strip().lower()


def reported_statements(claim: Claim, view: ArticleView) -> list[Statement]:
    """Statements of another speaker that the claim reports: their cue and a content of three
    words or more sit inside the claim ("Officials said the strait ...")."""
    return [st for st in view.analysis.statements
            if _inside(st.content, claim.span) and _inside(st.cue, claim.span) and len(_TOKEN.findall(st.content.text)) >= 3
            and (st.speaker is not None or st.speaker_name) and not _speaks(st, claim.holder, claim.holder_id)]


def _own_statement(claim: Claim, view: ArticleView) -> Statement | None:
    """The statement whose content is this (source-held) claim, for its cue."""
    return next((st for st in view.analysis.statements
                 if _inside(claim.span, st.content) and _speaks(st, claim.holder, claim.holder_id)), None)


def _masked(span: Span, parts: list[Statement]) -> str:
    """The claim's text with the reported contents blanked out (offsets kept)."""
    chars = list(span.text)
    for st in parts:
        chars[st.content.start - span.start:st.content.end - span.start] = " " * (st.content.end - st.content.start)
    return "".join(chars)


def _layer_claim(view: ArticleView, span: Span) -> Claim | None:
    """The analysis layer's claim over exactly ``span``, if it made one."""
    return next((c for c in view.analysis.claims if c.span.start == span.start and c.span.end == span.end), None)


def _negative(text: str, layer: Claim | None, quotes_are_others: bool) -> bool:
    """Negated after cancellations; a layer claim must also be negative by its own (scoped) reading."""
    cues = negation_cues(text, quoted_ranges(text) if quotes_are_others else [])
    if layer is not None and layer.polarity != "negative" and layer.modality != "negated":
        # The layer scopes negation to the main verb, so it misses a coordinated one ("and would not negotiate").
        return any(_COORDINATED.search(text[:offset]) for offset in cues)
    return bool(cues)


def _denial(cue_text: str) -> bool:
    return bool(set(cue_text.lower().split()) & DENIAL_CUES)


def claim_polarity(view: ArticleView, claim: Claim) -> Polarity:
    """The holder of the claim's content and whether that holder negates it."""
    writer = claim.holder.strip().lower() == "writer"
    layer = claim if claim in view.analysis.claims else None
    reported = reported_statements(claim, view)
    own_text = _masked(claim.span, reported)
    own_negative = _negative(own_text, layer, writer)
    main = max(reported, key=lambda st: st.content.end - st.content.start, default=None)
    if main is not None and not own_negative and (writer or _covers_most(main, claim)):
        return _reported_polarity(view, main)  # the claim only reports: the content is the source's
    if writer:
        return _writer_polarity(view, claim, own_text, own_negative, layer)
    own = _own_statement(claim, view)
    return Polarity(claim.holder_id, _name(claim.holder), own_negative != bool(own and _denial(own.cue.text)))


def _writer_polarity(view: ArticleView, claim: Claim, own_text: str, own_negative: bool, layer: Claim | None) -> Polarity:
    """A claim the writer holds: "X said Y" read from text when no attribution layer ran; a claim
    negated only inside a quote of an unnamed speaker has no known holder."""
    if not view.analysis.statements:
        found = text_report(claim.span.text)
        if found is not None:
            return found
    if not own_negative and _negative(own_text, layer, False):
        return Polarity("", "", False)
    return Polarity("", "writer", own_negative)


def _covers_most(st: Statement, claim: Claim) -> bool:
    """A source-held claim whose span is mostly another speaker's content ("reports say X said ...")."""
    return 2 * (st.content.end - st.content.start) >= claim.span.end - claim.span.start


def _reported_polarity(view: ArticleView, st: Statement) -> Polarity:
    span = Span.of(view.article.text, st.content.start, st.content.end)
    name = st.speaker_name or (st.speaker.text if st.speaker else "")
    negative = _negative(span.text, _layer_claim(view, span), False) != _denial(st.cue.text)
    return Polarity(st.speaker_id, _name(name), negative)


def text_report(text: str) -> Polarity | None:
    """"Officials said (that) X" / "X, officials said" read from text alone (no attribution layer)."""
    match = _REPORTED.match(text.strip()) or _REPORTED_AFTER.match(text.strip())
    if match is None:
        return None
    negative = bool(negation_cues(match.group("what"))) != _denial(match.group("cue"))
    return Polarity("", _name(match.group("who")), negative)
