"""Write examples/gold/text/<slug>.txt: the Article.text that ingest must produce for each example.

Article.text = normalise(headline) + "\n\n" + normalise(body), where normalise is:
Unicode NFC; "\r\n" and "\r" to "\n"; tabs and non-breaking spaces to a plain space;
strip trailing whitespace on each line; collapse runs of 3+ newlines to exactly 2; strip.
All gold offsets in examples/gold are character offsets into these files.

Usage: python examples/make_gold_text.py [ARTICLES_DIR GOLD_TEXT_DIR]
(default examples/articles -> examples/gold/text; the held-out set is
examples/heldout/articles -> examples/heldout/gold/text)
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent
ARTICLES = EXAMPLES / "articles"
GOLD_TEXT = EXAMPLES / "gold" / "text"


def normalise(text: str) -> str:
    """Apply the ingest normalisation rule to one string."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", " ").replace("\u00a0", " ")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def split_front_matter(raw: str) -> tuple[dict[str, str], str]:
    """The `key: value` pairs between the first two `---` lines, and the body after them."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    fences = [i for i, line in enumerate(lines) if line.strip() == "---"][:2]
    if len(fences) < 2:
        raise ValueError("no front-matter block")
    meta = {}
    for line in lines[fences[0] + 1 : fences[1]]:
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip()] = value.strip()
    return meta, "\n".join(lines[fences[1] + 1 :])


def gold_text(raw: str) -> str:
    """The normalised Article.text for one raw example file."""
    meta, body = split_front_matter(raw)
    headline = normalise(meta.get("headline", ""))
    body = normalise(body)
    return f"{headline}\n\n{body}" if headline else body


def write_gold_texts(articles: Path = ARTICLES, gold_text_dir: Path = GOLD_TEXT) -> None:
    """Regenerate the gold text file of every article in a folder; print one line per article."""
    gold_text_dir.mkdir(parents=True, exist_ok=True)
    for path in sorted(articles.glob("*.txt")):
        text = gold_text(path.read_text(encoding="utf-8"))
        (gold_text_dir / path.name).write_text(text, encoding="utf-8", newline="\n")
        print(f"{path.stem}\t{len(text)} chars")


def main(argv: list[str]) -> int:
    """Regenerate the gold texts: no arguments for examples/, or ARTICLES_DIR GOLD_TEXT_DIR."""
    if len(argv) not in (0, 2):
        print("usage: make_gold_text.py [ARTICLES_DIR GOLD_TEXT_DIR]", file=sys.stderr)
        return 2
    write_gold_texts(*(Path(a) for a in argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
