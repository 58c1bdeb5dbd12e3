"""Which state a claim's holder speaks for: what splits one proposition into two claims.

"Hungary said the halt was illegal" and "Slovakia said the halt was illegal" are two claims,
one per side; a spokesman and his ministry, or the writer and a minister, are one side
(align._holders_agree).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..analyze.gazetteer import actor_code, country_code, is_alpha3, lookup
from ..records import Claim, Entity

CAPITALISED = re.compile(r"[A-Z][\w’'-]*")


def holder_side(claim: Claim, entities: Sequence[Entity]) -> str:
    """The state a claim's holder speaks for (alpha-3), or "" when unknown or the writer: the id
    itself when a country, the actor code of a body or office ("org:us-state-department" ->
    USA, "office:irn:supreme-leader" -> IRN), else the one country its name or role names."""
    if claim.holder == "writer":
        return ""
    hid = claim.holder_id
    if hid:
        code = hid if is_alpha3(hid) else actor_code(hid)[:3]
        if is_alpha3(code):
            return code
        if hid.startswith("office:"):
            return hid.split(":")[1].upper()
    # Every role the article gives the person: "President" in one mention, "Azerbaijani President" in another.
    roles = dict.fromkeys(e.role for e in entities if hid and e.canonical_id == hid and e.role)
    return country_named(" ".join([claim.holder, *roles]))


def country_named(text: str) -> str:
    """The one country a short phrase names by name or demonym ("Israeli defence officials",
    "Foreign Minister of Oman") or through a state body ("State Department spokesman", "Kremlin
    aide"), or "" when it names none or several."""
    found = set()
    tokens = CAPITALISED.findall(text)
    for n in (3, 2, 1):
        for i in range(len(tokens) - n + 1):
            code = country_code(" ".join(tokens[i:i + n])) or _state_body(" ".join(tokens[i:i + n]))
            if code:
                found.add(code)
    return found.pop() if len(found) == 1 else ""


def _state_body(name: str) -> str:
    """The state a named government body belongs to ("White House" -> USA), or ""."""
    place = lookup(name)
    actor = place.actor if place is not None and place.kind == "ORG" else ""
    return actor if is_alpha3(actor) else ""
