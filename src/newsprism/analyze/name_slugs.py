"""Keys for names read from articles: ASCII as English news spells the name.

Unicode decomposition strips accents ("Élysée" -> "Elysee") but drops letters that are not
a base letter plus an accent: "Tromsø" became "troms", "Sør-Varanger" "sr-varanger". Those
letters are transliterated first, as English writes them ("Tromso", "Sor-Varanger"), and a
possessive apostrophe joins its word ("Lloyd's of London" -> "lloyds-of-london", not "lloyd-s").
"""

from __future__ import annotations

import unicodedata

from .people import slug

# Letters NFKD does not decompose into an ASCII base letter, with their usual English spelling.
TRANSLITERATIONS = str.maketrans({
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H",
})
APOSTROPHES = str.maketrans({"'": None, "’": None, "ʼ": None})


def ascii_name(name: str) -> str:
    """``name`` without accents ("Veľké Zlievce" -> "Velke Zlievce", "Tromsø" -> "Tromso")."""
    spelled = unicodedata.normalize("NFC", name).translate(TRANSLITERATIONS)
    return unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode("ascii")


def name_slug(name: str) -> str:
    """The key part for a name ("Sør-Varanger" -> "sor-varanger", "Lloyd's" -> "lloyds")."""
    return slug(ascii_name(name).translate(APOSTROPHES))
