"""Negation decided once: which negators still negate for the holder of the words around them.

The claims layer (``modality.py``) uses this on a claim's tokens to set ``Claim.polarity``; the
comparison reads that polarity and falls back on the same rules over plain text only for claims
the layer did not make (headlines without a verb, sentences when the layer did not run).

- A negator right before a predicate that is negative in itself cancels it: "never closed the
  door", "did not rule out", "not impossible", "no barriers", "no longer refuses", "not nothing"
  say something positive. A negative predicate alone ("closed the door") is not counted as a
  negation: the lexicon cannot list every negative word, and a false "negative" would set two
  paraphrases against each other.
- "X, not Y" only sets off a contrast.
- Words inside quotation marks in a claim the writer holds are someone else's (``quoted_ranges``).
"""

from __future__ import annotations

# Predicates that are negative in themselves: a negator right before one cancels it.
NEGATIVE_PREDICATES = frozenset(
    "close closes closed closing shut shuts deny denies denied reject rejects rejected refuse refuses "
    "refused refusing oppose opposes opposed against halt halted stop stops stopped ban banned block blocks "
    "blocked barrier barriers obstacle obstacles hurdle hurdles precondition preconditions abandon "
    "abandoned cancel cancelled canceled suspend suspended end ends ended fail fails failed impossible "
    "nothing nobody none "
    # the event coder's refusals (data/plover_lexicon.tsv, REJECT): "did not dismiss the offer" is no refusal
    "veto vetoes vetoed dismiss dismisses dismissed decline declines declined rebuff rebuffs rebuffed "
    "spurn spurns spurned snub snubs snubbed repudiate repudiates repudiated resist resists resisted "
    "defy defies defied".split()
)
RULE_OUT = frozenset("rule rules ruled ruling".split())  # negative only with "out"
AUXILIARIES = frozenset("be been being is are was were will would shall should can could may might must have has had do does did to".split())
# Words that may sit between a negator and the predicate it negates ("will not be closed",
# "no longer refuses").
BRIDGE = AUXILIARIES | frozenset(
    "ever yet entirely fully completely really formally publicly officially longer the a an any its their his her our your get got".split()
)
DENIAL_VERBS = frozenset("deny denies denied denying".split())
# Double quotes only: a single curly quote is mostly an apostrophe ("Iran’s").
OPENING = "\"“"
CLOSING = "\"”"


def negated_predicate(words: list[str], i: int) -> int | None:
    """Index of the negative predicate the negator at ``i`` negates ("never closed"), if any.

    ``words`` are lower-cased, with "n't" for every contracted negator."""
    j = i + 1
    while j < len(words) and j - i <= 3 and words[j] in BRIDGE:
        j += 1
    if j >= len(words) or j - i > 3:
        return None
    if words[j] in NEGATIVE_PREDICATES or (words[j] in RULE_OUT and j + 1 < len(words) and words[j + 1] == "out"):
        return j
    return None


def contrastive(words: list[str], i: int) -> bool:
    """"a principle, not a position" / ", but not": the "not" sets off a contrast."""
    if words[i] != "not":
        return False
    before = words[i - 2] if i >= 2 and words[i - 1] == "but" else words[i - 1] if i else ""
    return before == "," and i + 1 < len(words) and words[i + 1] not in AUXILIARIES


def live_negators(words: list[str], candidates: list[int]) -> list[int]:
    """The candidate negator indices that still negate: not contrastive, and not cancelled by a
    negative predicate (or another negator: "not impossible") right after them."""
    live, cancelled = [], set()
    for i in sorted(candidates):
        if i in cancelled or contrastive(words, i):
            continue
        target = negated_predicate(words, i)
        if target is not None:
            cancelled.add(target)
            continue
        live.append(i)
    return live


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


def is_denial(cue_text: str) -> bool:
    """A reporting cue that denies its content ("critics denied that ...")."""
    return bool(set(cue_text.lower().split()) & DENIAL_VERBS)
