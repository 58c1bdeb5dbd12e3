"""Readers shared by the self-consistency tests of examples/gold and examples/heldout/gold."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GoldFolder:
    """One gold folder: text/, attributions/ and the JSON files beside them."""

    root: Path

    def text(self, slug: str) -> str:
        return (self.root / "text" / f"{slug}.txt").read_text(encoding="utf-8")

    def json(self, relative: str):
        return json.loads((self.root / relative).read_text(encoding="utf-8"))

    def ann(self, slug: str) -> tuple[dict, list[tuple[str, dict]]]:
        """T lines as {id: (label, [(start, end), ...], text)} and E lines as [(id, {role: T id})]."""
        spans, events = {}, []
        for line in (self.root / "attributions" / f"{slug}.ann").read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if fields[0].startswith("T"):
                label, offsets = fields[1].split(" ", 1)
                bounds = [tuple(map(int, part.split())) for part in offsets.split(";")]
                spans[fields[0]] = (label, bounds, fields[2])
            elif fields[0].startswith("E"):
                events.append((fields[0], dict(arg.split(":") for arg in fields[1].split())))
        return spans, events


def assert_span(text: str, record: dict, where: str) -> None:
    assert 0 <= record["start"] < record["end"] <= len(text), where
    assert text[record["start"] : record["end"]] == record["text"], where
