"""The source phrase of a statement: the speaker's subtree, without what the writer added.

PolNeAR's sources keep an appositive and the comma that closes it ("Kerr Putney, the chief,")
and party labels ("(D-Md.)"); they drop participle asides ("Trump, speaking to veterans,"),
datelines ("BRUSSELS - European leaders"), dashed or bracketed remarks and clauses that hold
their own cue.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cues import cue_entry


def source_range(head: Token) -> tuple[int, int]:
    """The source phrase: the subject's subtree without participle clauses and clauses that hold their own cue."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    for child in head.children:
        if child.i > head.i and _cut_from_source(child):
            end = min(end, child.left_edge.i)
    doc = head.doc
    start, end = _without_dashed_parts(doc, head, start, end)
    while end - 1 > start and doc[end - 1].text in ("(", "—", "-", ","):
        if doc[end - 1].text == "," and _closes_apposition(doc, start, end - 1):
            break  # PolNeAR keeps the comma that closes an appositive: "Kerr Putney, the chief,"
        end -= 1
    return start, end


DASHES = {"-", "—", "―", "–", "--"}


def _without_dashed_parts(doc: Doc, head: Token, start: int, end: int) -> tuple[int, int]:
    """The source phrase without a dateline or stray words before a dash ("BRUSSELS - European
    leaders") and without an aside after the head in dashes or in a parenthesis that is not
    a party label ("The film ― which weaves ... ―", "Mr. Burman (a view echoed by everyone)")."""
    for token in doc[start : head.i]:
        if _spaced_dash(token):
            start = token.i + 1
    for token in doc[head.i + 1 : end]:
        if _spaced_dash(token) or token.text == "(" and _aside_in_brackets(doc, token.i, end):
            return start, token.i
    return start, end


def _spaced_dash(token: Token) -> bool:
    """A dash standing between words ("BRUSSELS - Leaders"), not a hyphen ("well-known", "D-Md.")."""
    before = token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text in DASHES and before and bool(token.whitespace_)


def _aside_in_brackets(doc: Doc, opening: int, end: int) -> bool:
    """A bracketed remark rather than a label such as "(D-Md.)" or "(R)"."""
    closing = next((t.i for t in doc[opening + 1 : end] if t.text == ")"), end)
    inner = list(doc[opening + 1 : closing])
    return len(inner) > 4 or any(t.pos_ in ("VERB", "AUX") for t in inner)


def _closes_apposition(doc: Doc, start: int, end: int) -> bool:
    inner = doc[start:end]
    return any(t.text == "," for t in inner) and any(t.dep_ in ("appos", "relcl", "prep", "npadvmod") for t in inner)


def _cut_from_source(child: Token) -> bool:
    if child.dep_ == "acl" and child.tag_ in ("VBG", "VBN"):  # "Trump, speaking to veterans, said"
        return child.i > 0 and child.doc[child.left_edge.i - 1].text == ","
    if child.dep_ == "relcl":  # "who said that ...", but not "who asked not to be named"
        return any(cue_entry(t) is not None and any(c.dep_ == "ccomp" for c in t.children) for t in child.subtree)
    if child.dep_ == "prep" and child.lower_ in ("like", "unlike") and child.doc[child.i - 1].text == ",":
        return True  # "Hillary Clinton, like Obama, has said": the comparison is the writer's
    return child.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)
