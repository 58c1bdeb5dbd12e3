"""Hashes of code and data folders, for stamps that say which code made a stored result."""

from __future__ import annotations

import hashlib
from pathlib import Path


def folder_digest(root: Path) -> "hashlib._Hash":
    """A SHA-1 over every file below ``root`` (relative path and bytes, in sorted order, no caches)."""
    digest = hashlib.sha1()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest
