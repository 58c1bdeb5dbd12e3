"""What the clause around a speaker says about it: a generic speaker ("everyone knows"), a name
a vox-pop speaker gives ("who gave only his first name, Toky"), the subject a pronoun is bound
to ("after Caracas began what it called ..."), the owner of "its own figures"."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan, Token

from .source_shapes import DOCUMENT_NOUNS, STATEMENT_NOUNS

REPORT_NOUNS = {"estimate", "figure", "report", "study", "survey", "poll", "data", "analysis", "statistic"}


def is_generic(span: SpacySpan) -> bool:
    """"everyone knows", "nobody believes", "when a leader says": a speaker who is nobody in particular."""
    root = span.root
    if root.lower_ in EVERYONE and len(span) == 1:
        return True
    clause = root.head
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children) and root.dep_ == "nsubj"
    return indefinite and clause.dep_ == "advcl" and any(c.lower_ in ("when", "whenever") for c in clause.children)


def given_name(span: SpacySpan) -> Optional[SpacySpan]:
    """"A student, who gave only his first name, Toky,", "a trader identified only as Rami": the
    name a vox-pop speaker gives at the end of the description."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    name_end = len(words)
    while name_end > 0 and words[name_end - 1].pos_ == "PROPN":
        name_end -= 1
    if name_end == len(words) or name_end == 0 or len(words) - name_end > 2:
        return None
    cue = words[name_end - 1]
    before = words[name_end - 2].lemma_.lower() if name_end >= 2 else ""
    if cue.lower_ == "as" and before in ("only", "name") or cue.lemma_.lower() == "name":
        return span.doc[words[name_end].i : words[-1].i + 1]
    return None


def clause_subject(token: Token) -> Optional[SpacySpan]:
    """The subject of the nearest clause above ``token`` that has one, up to the sentence root."""
    head = token.head
    while head.i != token.i:
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return token.doc[subject.left_edge.i : subject.i + 1]
        token, head = head, head.head
    return None


def pronoun_owner(span: SpacySpan) -> Optional[SpacySpan]:
    """"its own figures", "their latest estimate": the pronoun whose report speaks."""
    root = span.root
    if root.lemma_.lower() not in REPORT_NOUNS | DOCUMENT_NOUNS | STATEMENT_NOUNS:
        return None
    owner = next((c for c in root.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    return span.doc[owner.i : owner.i + 1] if owner is not None else None


def governing_subject(span: SpacySpan) -> Optional[SpacySpan]:
    """The named subject of the clause a pronoun subject's clause is embedded in ("Caracas began
    what it called ...", "Guyana said Venezuela had begun what it called ..."), or None."""
    pronoun = span.root
    if pronoun.dep_ != "nsubj" or len(span) != 1:
        return None
    verb = pronoun.head
    while verb.dep_ in EMBEDDED and verb.head.i != verb.i:
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        before = span.doc[verb.i - 1] if verb.i > 0 else None
        if subject is None and before is not None and before.pos_ == "PROPN" and before.dep_ == "pobj":
            subject = before  # "after Caracas began": spaCy may hang the subject on "after"
        if subject is not None:
            return span.doc[subject.left_edge.i : subject.i + 1] if subject.pos_ == "PROPN" else None
    return None


def introduced_here(token: Token) -> bool:
    """"a protest note", "an open letter": a thing introduced, not taken up."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)


EVERYONE = {"everyone", "everybody", "anyone", "anybody", "nobody", "whoever"}


EMBEDDED = {"ccomp", "relcl", "dobj", "pobj", "prep", "acl", "advcl", "xcomp", "pcomp"}
