"""Reading bytes: size limit before reading, binary sniffing, charset decoding."""

from __future__ import annotations

import codecs
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.errors import IngestError
from newsprism.ingest import decode
from newsprism.ingest.decode import check_not_binary, decode_text, format_size, read_limited


@pytest.mark.parametrize(("size", "text"), [(812, "812 bytes"), (14_200, "14.2 kB"), (7_200_000, "7.2 MB"), (5_000_000, "5 MB")])
def test_decode_format_size(size, text):
    assert format_size(size) == text


def test_decode_size_is_checked_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2_500)
    monkeypatch.setattr(decode, "_read_at_most", lambda *a: pytest.fail("read an oversized file"))
    with pytest.raises(IngestError) as caught:
        read_limited(big, max_bytes=1_000)
    assert caught.value.code == "NP103"
    assert caught.value.message == "file is larger than the 1 kB limit (2.5 kB)"


def test_decode_missing_and_empty(tmp_path):
    with pytest.raises(IngestError) as missing:
        read_limited(tmp_path / "nope.txt", 100)
    (tmp_path / "blank.txt").write_bytes(b" \n\t\n")
    with pytest.raises(IngestError) as empty:
        read_limited(tmp_path / "blank.txt", 100)
    assert (missing.value.code, empty.value.code) == ("NP101", "NP104")


@pytest.mark.parametrize("data", [b"text\x00with a NUL", bytes(range(1, 32)) * 4, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_decode_binary_is_refused(data):
    with pytest.raises(IngestError) as caught:
        check_not_binary(data, "blob")
    assert caught.value.code == "NP105"


def test_decode_bom_variants():
    assert decode_text(codecs.BOM_UTF8 + "Café".encode()) == "Café"
    assert decode_text("Café".encode("utf-16")) == "Café"  # BOM + NULs, still text


def test_decode_declared_html_charset():
    page = '<html><head><meta charset="windows-1252"></head><body>Caf\u00e9 \u20ac5</body></html>'
    assert "Café €5" in decode_text(page.encode("cp1252"), markup=True)
    xml = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Caf\u00e9</title></rss>'
    assert "Café" in decode_text(xml.encode("latin-1"), markup=True)


def test_decode_latin1_without_declaration_is_undecodable():
    with pytest.raises(IngestError) as caught:
        decode_text("Caf\u00e9 au lait".encode("latin-1"), "menu.txt")
    assert caught.value.code == "NP106"
    assert "not UTF-8 (byte 0xe9 at position 3)" in caught.value.message


def test_decode_declared_charset_is_ignored_for_plain_text():
    data = '<meta charset="latin-1"> Caf\u00e9'.encode("latin-1")
    with pytest.raises(IngestError):
        decode_text(data, markup=False)
    assert decode_text(data, markup=True).endswith("Café")


@given(st.binary(max_size=3000), st.integers(min_value=0, max_value=3000), st.integers(min_value=1, max_value=700))
@settings(max_examples=150, deadline=None)
def test_decode_rejoined_stream_reads_the_head_then_the_rest(data, cut, limit):
    # What was sniffed from a pipe is read again, line by line and capped, as if never taken out.
    rest = io.BytesIO(data)
    head = decode.read_up_to(rest, cut)
    assert head == data[:cut]
    stream = decode.rejoined(head, rest)
    lines = list(iter(lambda: stream.readline(limit), b""))
    assert b"".join(lines) == data
    assert all(len(line) <= limit for line in lines)
