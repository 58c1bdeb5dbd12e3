"""Gold for lakeside-herald-iran-terms (The Lakeside Herald): a syndicated near-copy of gulf-wire-critical-block-talks.

The copy has a new headline, four small wording changes and drops the last paragraph
(President Farahani), so its gold is the original's gold with the same edits.
"""

import runpy
from pathlib import Path

_ORIGINAL = runpy.run_path(str(Path(__file__).with_name("gulf-wire-critical-block-talks.py")))
_EDITS = [
    ("described as a critical block", "described as a major obstacle"),
    ("as a critical block to any early", "as a major obstacle to any early"),
    ("a critical block to any early resumption", "a major obstacle to any early resumption"),
    ("a gathering of military commanders", "a gathering of senior military commanders"),
    ("keeps roughly 40,000", "keeps about 40,000"),
    ("signalled some flexibility", "showed some flexibility"),
]
_DROPPED = ("Farahani", "His office", "address parliament", "Supreme Leader's conditions")


def _edit(value):
    if isinstance(value, str):
        for old, new in _EDITS:
            value = value.replace(old, new)
        return value
    if isinstance(value, (list, tuple)):
        return type(value)(_edit(v) for v in value)
    if isinstance(value, dict):
        return {k: _edit(v) for k, v in value.items()}
    return value


def _kept(items):
    return [_edit(item) for item in items if not any(d in repr(item) for d in _DROPPED)]


DATE = _ORIGINAL["DATE"]
ATTRIBUTIONS = _kept(_ORIGINAL["ATTRIBUTIONS"])
CLAIMS = [dict(text="Iran lays down terms for any dialogue with US", holder="writer", modality="asserted")] + _kept(_ORIGINAL["CLAIMS"])
EVENTS = [dict(text="Iran lays down terms for any dialogue with US", event="REQUEST", mode="change",
               context="diplomatic", source=[("Iran", "IRN", "GOV")], target=[("US", "USA", "GOV")],
               eventText="lays down terms for dialogue")] + _kept(_ORIGINAL["EVENTS"])
