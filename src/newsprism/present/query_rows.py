"""Building blocks of the query layer: chunked reads from the Store and the rows made from stored records."""

from __future__ import annotations

import json
from collections import Counter
from typing import Iterable, Iterator

from ..errors import StoreError
from ..excerpts import clipped

EDGE_VERBS = {
    "AGREE": "agrees with", "CONSULT": "consults", "SUPPORT": "supports", "CONCEDE": "concedes to",
    "COOPERATE": "cooperates with", "AID": "aids", "RETREAT": "retreats from", "REQUEST": "demands of",
    "ACCUSE": "accuses", "REJECT": "rejects", "THREATEN": "threatens", "PROTEST": "protests against",
    "SANCTION": "sanctions", "MOBILIZE": "mobilizes against", "COERCE": "coerces", "ASSAULT": "attacks",
}
EXCERPT_CHARS = 280
CHUNK = 500  # ids per SQL IN (...) list
META_SQL = ("SELECT id, headline, outlet, byline, url, published, "
            "length(text) - length(replace(replace(text, ' ', ''), char(10), '')) + 1 FROM articles")


# ---------------------------------------------------------------- store access


def _chunks(items: list, size: int = CHUNK) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _meta(row: tuple) -> dict:
    keys = ("id", "headline", "outlet", "byline", "url", "published", "words")
    return dict(zip(keys, row))


def _rows_for(store, select: str, ids: Iterable[str], key: str = "article_id", tail: str = "") -> Iterator[tuple]:
    """Rows of ``select`` for the given article ids (chunked IN lists), with ``tail`` appended to the WHERE."""
    for chunk in _chunks(list(ids)):
        yield from store.query(f"{select} WHERE {key} IN ({','.join('?' * len(chunk))}) {tail}", chunk)


def article_metas(store, ids: Iterable[str]) -> dict[str, dict]:
    """``{id: metadata}`` (no text) for the given article ids."""
    return {row[0]: _meta(row) for row in _rows_for(store, META_SQL, ids, key="id")}


def record_dicts(store, table: str, ids: Iterable[str], tail: str = "") -> dict[str, list[tuple[int, dict]]]:
    """``{article_id: [(idx, record dict), ...]}`` from one analysis table (entities/statements/claims/events)."""
    ids = list(ids)
    out: dict[str, list] = {i: [] for i in ids}
    for article_id, idx, data in _rows_for(store, f"SELECT article_id, idx, data FROM {table}", ids,
                                          tail=f"{tail} ORDER BY article_id, idx"):
        out[article_id].append((idx, json.loads(data)))
    return out


def headline_checks(store, ids: Iterable[str]) -> dict[str, dict]:
    """``{article_id: {stance, score, reason}}`` for the given articles; ``reason`` says why a
    structural finding (a headline denying the conditions its body reports) decided the stance."""
    rows = _rows_for(store, "SELECT article_id, stance, score, data FROM headline_checks", ids)
    return {a: {"stance": stance, "score": score, "reason": _structural_reason(data)} for a, stance, score, data in rows}


def _structural_reason(data: str) -> str:
    try:
        structural = json.loads(data).get("evidence", {}).get("structural") or {}
    except (ValueError, AttributeError):
        return ""
    return str(structural.get("reason", "")) if isinstance(structural, dict) else ""


def search_hits(store, query: str, limit: int = 200) -> dict[str, str]:
    """``{article_id: snippet}`` for a full-text query (the store's FTS5 index), best first."""
    try:
        hits = store.search(query, limit, marks=("\x02", "\x03"))
    except StoreError:
        return {}  # a query with no searchable words finds nothing rather than failing the page
    return {hit.article_id: hit.snippet for hit in hits}


def _snippet_parts(snippet: str) -> list[dict]:
    """A search snippet as [{text, hit}] pieces, so templates can mark hits without raw HTML."""
    chunks = snippet.replace("\x03", "\x02").split("\x02")
    return [{"text": chunk, "hit": i % 2 == 1} for i, chunk in enumerate(chunks) if chunk]


def _excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    return clipped(" ".join(text.split()), limit)


# ---------------------------------------------------------------- record rows (dicts in, dicts out)


def _statement_row(st: dict, index: int) -> dict:
    speaker = st.get("speaker") or {}
    return {"index": index, "speaker": st.get("speaker_name") or speaker.get("text", ""),
            "speaker_id": st.get("speaker_id", ""), "kind": st["kind"], "sourcing": st["sourcing"],
            "cue": st["cue"]["text"], "content": _excerpt(st["content"]["text"]),
            "via": [v["span"]["text"] for v in st.get("via", ())]}


def _claim_row(claim: dict, index: int, shown: dict | None = None) -> dict:
    """One claim for the article page; ``shown`` maps an office id its story resolves to the holder's name."""
    holder = (shown or {}).get(claim.get("holder_id") or "", "") or claim["holder"]
    return {"index": index, "text": _excerpt(claim["span"]["text"]), "holder": holder,
            "holder_as_written": claim["holder"] if holder != claim["holder"] else "",
            "modality": claim["modality"], "position": claim["position"],
            "cues": [c["text"] for c in claim.get("cues", ())],
            "conditions": [_condition_row(c) for c in claim.get("conditions", ())]}


def _condition_row(cond: dict) -> dict:
    return {"text": cond["span"]["text"], "connective": cond["connective"], "required": cond["required"],
            "actor": cond.get("actor", ""), "polarity": cond.get("polarity", "for")}


def _event_row(event: dict) -> dict:
    return {"type": event["type"], "verb": EDGE_VERBS.get(event["type"], event["type"].lower()),
            "mode": event.get("mode", ""), "score": event.get("score", 0.0), "cameo": event.get("cameo", ""),
            "sentence": _excerpt(event["sentence"]["text"]), "actors": list(event.get("actors", ())),
            "recipients": list(event.get("recipients", ())),
            "conditions": [_condition_row(c) for c in event.get("conditions", ())]}


def _entity_rows(entities: list[dict]) -> list[dict]:
    counts: Counter = Counter()
    info: dict = {}
    for ent in entities:
        key = ent.get("canonical_id") or ent["span"]["text"]
        counts[key] += 1
        info.setdefault(key, {"id": ent.get("canonical_id", ""), "name": ent.get("name") or ent["span"]["text"],
                              "kind": ent["kind"], "role": ent.get("role", "")})
    return [dict(info[k], mentions=n) for k, n in counts.most_common()]


# ---------------------------------------------------------------- role discrepancies (compare/roles.py links)


def role_discrepancy_rows(links: Iterable[dict], outlets: dict[str, str], prefixes: dict[str, str]) -> list[dict]:
    """One row per person the story's outlets give conflicting titles, with each outlet's wording.

    ``links`` are stored claim-link dicts; only entity-level role links (``evidence.kind ==
    "role"``) count. ``outlets`` maps the story's article ids to outlet names."""
    people: dict[str, dict] = {}
    for link in links:
        evidence = link.get("evidence") or {}
        person = evidence.get("person") or {}
        if evidence.get("kind") != "role" or not isinstance(person, dict):
            continue
        pid = str(person.get("id") or "")
        entry = people.setdefault(pid, {"id": pid, "name": str(person.get("name") or pid), "by_outlet": {}})
        for side in ("a", "b"):
            _add_role_mention(entry, link.get(side) or {}, evidence.get(side) or {}, outlets, prefixes)
    return sorted(people.values(), key=lambda r: r["name"].lower())


def _add_role_mention(entry: dict, ref: dict, said: dict, outlets: dict, prefixes: dict) -> None:
    article_id, span = ref.get("article_id"), ref.get("span") or {}
    if article_id not in outlets or "start" not in span:
        return
    mention = {"title": str(said.get("title") or said.get("role") or ""), "status": str(said.get("role") or ""),
               "text": _excerpt(str(span.get("text", "")), 160), "article_id": article_id,
               "span": {"start": span["start"], "end": span["end"], "text": str(span.get("text", ""))},
               "prefix": prefixes[article_id], "anchor": f"ref-{span['start']}-{span['end']}"}
    mentions = entry["by_outlet"].setdefault(outlets[article_id], [])
    if mention not in mentions:
        mentions.append(mention)
