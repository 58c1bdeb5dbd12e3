"""Reading input bytes safely: size cap before reading, binary sniffing, charset decoding."""

from __future__ import annotations

import codecs
import io
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

from ..errors import IngestError
from . import codes

SNIFF_BYTES = 8192
CHUNK_BYTES = 64 * 1024
# Share of control characters above which a file is treated as binary rather than text.
MAX_CONTROL_SHARE = 0.10
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\b\x1b")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_INVALID_CHARACTER = re.compile("[\x00\ud800-\udfff]")
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)


def replace_invalid_characters(text: str) -> str:
    """``text`` with NUL and lone UTF-16 surrogates as U+FFFD, as an HTML parser makes them.

    Escapes put them there ("\\u0000", "\\ud800" in JSON; "&#xD800;" in feeds): a lone surrogate
    cannot be encoded as UTF-8, so it would make hashing, storing or printing the article fail,
    and a NUL is what marks a file as binary, so it should not pass in through an escape.
    """
    return _INVALID_CHARACTER.sub("\ufffd", text) if _INVALID_CHARACTER.search(text) else text


def format_size(n_bytes: float) -> str:
    """A human size in decimal units: "812 bytes", "14.2 kB", "7.2 MB"."""
    for unit, scale in (("MB", 1e6), ("kB", 1e3)):
        if n_bytes >= scale:
            return f"{n_bytes / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{int(n_bytes)} bytes"


def too_large_reason(what: str, size: float, limit: int) -> str:
    """The one-line reason for an input over the size limit."""
    return f"{what} is larger than the {format_size(limit)} limit ({format_size(size)})"


def file_size(path: Path) -> int:
    """The size of an existing, readable file; IngestError for a missing path or a failed stat."""
    try:
        status = path.stat()
    except FileNotFoundError:
        raise IngestError("no such file or folder", path=str(path), code=codes.MISSING) from None
    except OSError as exc:
        raise IngestError(f"cannot read the file: {exc.strerror}", path=str(path), code=codes.UNREADABLE) from None
    if not stat.S_ISREG(status.st_mode):
        # Reading a FIFO or a device would block or never end.
        raise IngestError("not a regular file", path=str(path), code=codes.UNREADABLE)
    return status.st_size


def open_binary(path: Path) -> BinaryIO:
    """The file opened for reading bytes, with OS errors turned into IngestError."""
    try:
        return open(path, "rb")
    except OSError as exc:
        raise IngestError(f"cannot read the file: {exc.strerror}", path=str(path), code=codes.UNREADABLE) from None


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing missing, unreadable, oversized and empty files (size checked first)."""
    size = file_size(path)
    if size > max_bytes:
        raise IngestError(too_large_reason("file", size, max_bytes), path=str(path), code=codes.TOO_LARGE)
    data = _read_at_most(path, max_bytes)
    if not data.strip():
        raise IngestError("file is empty", path=str(path), code=codes.EMPTY)
    return data


def _read_at_most(path: Path, max_bytes: int) -> bytes:
    with open_binary(path) as handle:
        try:
            data = handle.read(max_bytes + 1)
        except OSError as exc:  # e.g. EISDIR or an I/O error after open
            raise IngestError(f"cannot read the file: {exc.strerror}", path=str(path), code=codes.UNREADABLE) from None
    # The file may have grown between stat() and read().
    if len(data) > max_bytes:
        raise IngestError(too_large_reason("file", os.path.getsize(path), max_bytes), path=str(path), code=codes.TOO_LARGE)
    return data


def read_up_to(stream: BinaryIO, limit: int) -> bytes:
    """At most ``limit`` bytes of ``stream``, fewer only at its end (a pipe hands over a few per read)."""
    chunks, size = [], 0
    while size < limit and (chunk := stream.read(min(CHUNK_BYTES, limit - size))):
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


class _Rejoined(io.RawIOBase):
    """Bytes already read from a stream, then the rest of the stream."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head, self._rest = memoryview(head), rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def rejoined(head: bytes, rest: BinaryIO) -> BinaryIO:
    """One buffered stream of ``head`` followed by ``rest``: a stream that cannot seek back, sniffed and read on."""
    return io.BufferedReader(_Rejoined(head, rest), buffer_size=CHUNK_BYTES)


def check_not_binary(data: bytes, path: str = "") -> None:
    """Raise IngestError when ``data`` looks binary (NUL bytes, or mostly control characters)."""
    if any(data.startswith(bom) for bom, _ in _BOMS[1:]):
        return  # UTF-16 text is full of NULs but is still text.
    sample = data[:SNIFF_BYTES]
    controls = sum(1 for byte in sample if byte < 32 and byte not in _TEXT_CONTROLS)
    if b"\x00" in sample or controls > MAX_CONTROL_SHARE * len(sample):
        raise IngestError("file looks binary (not text); ingest reads HTML, text, Markdown, JSONL and RSS/Atom", path=path, code=codes.BINARY)


def decode_text(data: bytes, path: str = "", markup: bool = False) -> str:
    """Text from bytes: a BOM, else UTF-8, else (for HTML/XML, ``markup``) the declared charset."""
    check_not_binary(data, path)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_or_fail(data, encoding, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    declared = declared_charset(data) if markup else None
    if declared and declared.replace("-", "").lower() != "utf8":
        return _decode_or_fail(data, declared, path)
    raise IngestError(_undecodable_reason(utf8_error), path=path, code=codes.UNDECODABLE)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML <meta> or XML declaration names in the first bytes, if it is a known codec."""
    match = _DECLARED_CHARSET.search(data[:SNIFF_BYTES])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _decode_or_fail(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        reason = f"text is not valid {encoding} (bad byte at position {exc.start})"
        raise IngestError(reason, path=path, code=codes.UNDECODABLE) from None


def _undecodable_reason(exc: UnicodeDecodeError) -> str:
    byte = exc.object[exc.start:exc.start + 1].hex()
    return f"text is not UTF-8 (byte 0x{byte} at position {exc.start}) and declares no other charset; save it as UTF-8"
