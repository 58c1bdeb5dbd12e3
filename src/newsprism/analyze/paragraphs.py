"""A component that starts a new sentence at every paragraph break (blank line).

The parser sometimes joins a headline (which has no final full stop) to the first
sentence of the body, or runs a sentence across a paragraph break; both corrupt
statement and claim spans. Setting sentence starts before the parser prevents it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newsprism_paragraphs", assigns=["token.is_sent_start"])
def paragraph_sentence_starts(doc: Doc) -> Doc:
    """Start a sentence at the first token after each blank line (a paragraph break)."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:  # "\n\n", also a blank line holding spaces
            token.is_sent_start = False  # whitespace stays with the sentence before it
            doc[token.i + 1].is_sent_start = True
    return doc
