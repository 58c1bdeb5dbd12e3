"""What the text says of a person's gender, so that "she" does not go to a man named last.

Evidence: an honorific before the name ("Mr Vega", "Ms. Ruiz") or a gendered word in the
speaker's own description ("a spokeswoman, Ana Ruiz,", "the chairman"). Pronouns already
resolved to a person are not evidence: one wrong "she" would then turn away every later "he".
Without evidence anyone fits.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .people import FEMALE_WORDS as FEMALE_TITLES, MALE_WORDS as MALE_TITLES

# The entity layer's titles of address and role words, and kin words a speaker is described by
# ("the victim's father said").
MALE_WORDS = MALE_TITLES | {"father", "son", "husband", "brother", "king", "prince"}
FEMALE_WORDS = FEMALE_TITLES | {"mother", "daughter", "wife", "widow", "sister", "queen", "princess"}
PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
LOOK_BEFORE = 2  # tokens before a name where an honorific stands ("Mr." is one token, "Mr" "." two)


def word_gender(word: str) -> str:
    """"m", "f" or "" for one lower-case word (a pronoun, an honorific or a gendered noun)."""
    word = word.rstrip(".")  # "Mr." and "Mr"
    return PRONOUNS.get(word) or ("m" if word in MALE_WORDS else "f" if word in FEMALE_WORDS else "")


def mention_gender(doc: Doc, start: int, end: int) -> str:
    """The gender the words of tokens [start, end) and the honorific before them give, or ""."""
    words = (t.lower_ for t in doc[max(start - LOOK_BEFORE, 0) : end] if t.lower_ not in PRONOUNS)
    found = {word_gender(w) for w in words} - {""}
    return found.pop() if len(found) == 1 else ""


class GenderNotes:
    """Gender evidence per speaker name, gathered while resolving one document."""

    def __init__(self) -> None:
        self.by_name: dict[str, str] = {}

    def note(self, name: str, gender: str) -> None:
        """Remember evidence; conflicting evidence makes the name unknown again."""
        if name and gender:
            known = self.by_name.get(name)
            self.by_name[name] = gender if known in (None, gender) else "?"

    def fits(self, name: str, gender: str, fallback: str = "") -> bool:
        """True unless the evidence for ``name`` (else ``fallback``) says the other gender."""
        known = self.by_name.get(name) or fallback
        return not gender or known in ("", "?", gender)
