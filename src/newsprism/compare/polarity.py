"""Polarity of a claim for the holder whose content it is: who holds it, and is it negated?

A ``contradicts`` link on polarity means two outlets disagree about one proposition, so
polarity is taken for the claim's own holder and content, not for every negation word in
its span. The claims layer decides that once (``analyze/modality.holder_polarity``: double
negatives cancel, quoted or reported words of another speaker do not count, a denial cue
flips), and this module reads its ``Claim.polarity``:

- a claim that only reports a source ("Officials said the strait "will not be closed"") is
  held by that source, with the polarity of the layer's claim over the reported content;
- a claim negated only in another speaker's words (``Claim.others_negation``) has no known
  holder, so it never sets two holders against each other.

Claims the layer did not make (a headline without a verb, sentences when the layer did not
run) are read from text with the same rules (``analyze/negation.py``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..analyze.negation import is_denial, live_negators, quoted_ranges
from ..records import Claim, Span, Statement
from .stance import NEGATION
from .views import ArticleView

NEGATORS = NEGATION | {"impossible"}  # the stance features' negators, and a negative predicate that stands alone
_TOKEN = re.compile(r"[A-Za-z]+n['’]t|[A-Za-z]+|[,;:]")
_REPORTED = re.compile(
    r"^(?P<who>[A-Z][^,;:\"“]{0,60}?)\s+(?P<cue>said|says|say|told(?:\s+\w+)?|tells(?:\s+\w+)?|added|adds|stated|"
    r"insisted|insists|warned|warns|claimed|claims|argued|argues|denied|denies|deny)(?:\s+that)?\s+(?P<what>\S.*)$", re.S)
_REPORTED_AFTER = re.compile(r"^(?P<what>.*\S),?[\"”]?\s+(?P<who>[\w' ]{1,60}?)\s+(?P<cue>said|says|say|added|denied)\W*$", re.S)
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


def negation_cues(text: str, skip: list[tuple[int, int]] = ()) -> list[int]:
    """Offsets of the negators of ``text`` that still negate (read from text, for claims the
    layer did not make): outside ``skip``, not contrastive, not cancelled by a negative
    predicate (or another negator) right after them."""
    tokens = [(m.start(), m.group(0).lower().replace("’", "'")) for m in _TOKEN.finditer(text)]
    words = ["n't" if w.endswith("n't") else w for _, w in tokens]
    candidates = [i for i, (offset, _w) in enumerate(tokens)
                  if words[i] in NEGATORS and not any(a <= offset < b for a, b in skip)]
    return [tokens[i][0] for i in live_negators(words, candidates)]


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


def claim_polarity(view: ArticleView, claim: Claim) -> Polarity:
    """The holder of the claim's content and whether that holder negates it."""
    if claim in view.analysis.claims:
        return _layer_polarity(view, claim)
    return _text_polarity(view, claim)


def _layer_polarity(view: ArticleView, claim: Claim) -> Polarity:
    """A claim of the claims layer: its own polarity, unless it only reports another speaker."""
    negative = claim.polarity == "negative"
    main = _main_report(reported_statements(claim, view))
    if main is not None and not negative and (claim.holder == "writer" or _covers_most(main, claim)):
        return _reported_polarity(view, main)  # the claim only reports: the content is the source's
    if claim.others_negation and not negative:
        return Polarity("", "", False)  # negated only in someone else's words: no known holder
    return Polarity(claim.holder_id, _name(claim.holder), negative)


def _main_report(reported: list[Statement]) -> Statement | None:
    """The longest reported statement: the one the claim mostly reports."""
    return max(reported, key=lambda st: st.content.end - st.content.start, default=None)


def _text_polarity(view: ArticleView, claim: Claim) -> Polarity:
    """A claim the layer did not make (a verbless headline, a sentence): read from its text."""
    writer = claim.holder.strip().lower() == "writer"
    reported = reported_statements(claim, view)
    own_text = _masked(claim.span, reported)
    own_negative = bool(negation_cues(own_text, quoted_ranges(own_text) if writer else []))
    main = _main_report(reported)
    if main is not None and not own_negative and (writer or _covers_most(main, claim)):
        return _reported_polarity(view, main)
    if not writer:
        own = _own_statement(claim, view)
        return Polarity(claim.holder_id, _name(claim.holder), own_negative != bool(own and is_denial(own.cue.text)))
    if not view.analysis.statements:
        found = text_report(claim.span.text)
        if found is not None:
            return found
    if not own_negative and negation_cues(own_text):
        return Polarity("", "", False)  # negated only inside a quote of an unnamed speaker
    return Polarity("", "writer", own_negative)


def _covers_most(st: Statement, claim: Claim) -> bool:
    """A source-held claim whose span is mostly another speaker's content ("reports say X said ...")."""
    return 2 * (st.content.end - st.content.start) >= claim.span.end - claim.span.start


def _reported_polarity(view: ArticleView, st: Statement) -> Polarity:
    """The reporting source's polarity: the layer's claim over the content when there is one
    (its polarity already counts a denying cue), else the content read from text."""
    span = Span.of(view.article.text, st.content.start, st.content.end)
    name = st.speaker_name or (st.speaker.text if st.speaker else "")
    layer = _layer_claim(view, span)
    if layer is not None:
        negative = layer.polarity == "negative"
    else:
        negative = bool(negation_cues(span.text)) != is_denial(st.cue.text)
    return Polarity(st.speaker_id, _name(name), negative)


def text_report(text: str) -> Polarity | None:
    """"Officials said (that) X" / "X, officials said" read from text alone (no attribution layer)."""
    match = _REPORTED.match(text.strip()) or _REPORTED_AFTER.match(text.strip())
    if match is None:
        return None
    negative = bool(negation_cues(match.group("what"))) != is_denial(match.group("cue"))
    return Polarity("", _name(match.group("who")), negative)
