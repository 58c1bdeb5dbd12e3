"""The one query layer over the Store, shared by the web pages, the JSON API and the report.

Every function takes a store and returns plain JSON-ready dicts and lists, so that a page and
its ``/api`` twin render exactly the same data. Each layer (statements, claims, events,
stories) may still be missing: the functions then return empty lists, never fail.

Pages that span many articles read the records' JSON straight from the store's tables (as
dicts, through the indexed columns) instead of rebuilding every record object: that keeps
a 50-article story view well under the 300 ms budget.

Its building blocks (chunked reads from the store, rows made from record dicts) live in
``query_rows.py``.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Iterable, Optional

from ..errors import NotFoundError
from ..records import to_dict
from .query_rows import (
    EDGE_VERBS,
    META_SQL,
    _claim_row,
    _entity_rows,
    _event_row,
    _excerpt,
    _meta,
    _rows_for,
    _snippet_parts,
    _statement_row,
    article_metas,
    headline_checks,
    record_dicts,
    role_discrepancy_rows,
    search_hits,
)

VERDICT_ORDER = ("corroborated", "contradicted", "single-source", "speculation-only")
NAMED = ("named-person", "named-organisation")
LIST_LIMIT = 1000  # rows on one list page
UNKNOWN_OUTLET = "(unknown outlet)"


# ---------------------------------------------------------------- articles


def list_articles(store, q: str = "", outlet: str = "") -> list[dict]:
    """Articles, newest first, optionally filtered by a full-text query and an outlet."""
    if q:
        snippets = search_hits(store, q)
        metas = article_metas(store, snippets)
        rows = [dict(metas[i], snippet=_snippet_parts(s)) for i, s in snippets.items()
                if i in metas and (not outlet or metas[i]["outlet"] == outlet)]
        return sorted(rows, key=lambda r: r["published"] or "", reverse=True)
    where, params = ("WHERE outlet = ?", (outlet,)) if outlet else ("", ())
    sql = f"{META_SQL} {where} ORDER BY published DESC, id LIMIT {LIST_LIMIT}"
    return [dict(_meta(row), snippet=[]) for row in store.query(sql, params)]


def article_view(store, article_id: str) -> dict:
    """One article with its records, the lists for its side panel and its claims cited by stories."""
    return article_view_with_analysis(store, article_id)[0]


def article_view_with_analysis(store, article_id: str) -> tuple[dict, object]:
    """The article view plus the ArticleAnalysis record it was built from (for highlighting)."""
    article = store.article(article_id)
    record = store.analysis(article.id)
    analysis = to_dict(record)
    meta = article_metas(store, [article.id])[article.id]
    # an office the article's stories resolve ("Supreme Leader of Iran") shows as its holder, as in the story view
    holders = {k: v for i in store.story_ids_of(article.id) for k, v in _office_holders(store.story(i)).items()}
    names = _names_of(store, holders.values())
    shown = {office: names[holder] for office, holder in holders.items()}
    return {"article": meta, "text": article.text, "headline_check": headline_checks(store, [article.id]).get(article.id),
            "statements": [_statement_row(s, i) for i, s in enumerate(analysis["statements"])],
            "claims": [_claim_row(c, i, shown) for i, c in enumerate(analysis["claims"])],
            "events": [_event_row(e) for e in analysis["events"]],
            "entities": _entity_rows(analysis["entities"]),
            "stories": [{"id": i, "label": store.story(i).label} for i in store.story_ids_of(article.id)],
            "refs": _article_refs(store, article.id), "analysis": analysis}, record


def _article_refs(store, article_id: str) -> list[dict]:
    """The spans of this article that story verdicts cite (so the story view can link to them)."""
    refs = {}
    for story_id in store.story_ids_of(article_id):
        for verdict in store.verdicts(story_id):
            for ref in verdict.claims:
                if ref.article_id == article_id:
                    refs[(ref.span.start, ref.span.end)] = {"start": ref.span.start, "end": ref.span.end,
                                                            "text": ref.span.text, "verdict": verdict.verdict}
    for start, end, text in store.query(ARTICLE_ROLE_REFS, (article_id, article_id)):
        refs.setdefault((start, end), {"start": start, "end": end, "text": text, "verdict": "role"})
    return list(refs.values())


# The mentions of this article that a story's role-discrepancy links point at (compare/roles.py), on either side.
ARTICLE_ROLE_REFS = " UNION ALL ".join(
    f"SELECT {side}_start, {side}_end, json_extract(data, '$.{side}.span.text') FROM claim_links WHERE {side}_article_id = ? "
    "AND relation = 'contradicts' AND json_extract(data, '$.evidence.kind') = 'role'" for side in "ab")


# ---------------------------------------------------------------- stories


def list_stories(store, q: str = "", outlet: str = "", entity: str = "") -> list[dict]:
    """Stories, newest first, with outlets, span and verdict counts; filtered by search/outlet/entity."""
    outlets, counts = defaultdict(set), defaultdict(Counter)
    sql = "SELECT sa.story_id, a.outlet FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
    for story_id, name in store.query(sql):
        outlets[story_id].add(name)
    for story_id, verdict, n in store.query("SELECT story_id, verdict, count(*) FROM verdicts GROUP BY 1, 2"):
        counts[story_id][verdict] = n
    hits = set(search_hits(store, q)) if q else None
    rows = []
    for story in store.stories():
        if (outlet and outlet not in outlets[story.id]) or (entity and entity not in story.entities):
            continue
        if hits is not None and not (hits & set(story.article_ids)) and q.lower() not in story.label.lower():
            continue
        rows.append(_story_row(story, sorted(outlets[story.id]), counts[story.id]))
    rows.sort(key=lambda r: r["last_published"] or "", reverse=True)
    return rows


def _story_row(story, outlets: list[str], counts: Counter) -> dict:
    return {"id": story.id, "label": story.label, "articles": len(story.article_ids), "outlets": outlets,
            "first_published": story.first_published, "last_published": story.last_published,
            "entities": list(story.entities), "verdicts": {k: counts.get(k, 0) for k in VERDICT_ORDER}}


def story_facets(store) -> dict:
    """The outlets and entities the stories list can be filtered by."""
    outlets = [row[0] for row in store.query("SELECT DISTINCT outlet FROM articles WHERE outlet != '' ORDER BY 1")]
    ids = sorted({e for s in store.stories() for e in s.entities})
    names = dict(_rows_for(store, "SELECT canonical_id, max(json_extract(data, '$.name')) FROM entities", ids,
                           key="canonical_id", tail="GROUP BY canonical_id"))
    entities = sorted(({"id": i, "name": names.get(i) or i} for i in ids), key=lambda e: (e["name"].lower(), e["id"]))
    return {"outlets": outlets, "entities": entities}


def story_view(store, story_id: str) -> dict:
    """The side-by-side view of one story: outlet columns, verdict rows, sources, conditions, summary."""
    story = store.story(story_id)  # also resolves a unique id prefix
    metas = article_metas(store, story.article_ids)
    ordered = sorted(metas.values(), key=lambda m: (m["published"] or "", m["outlet"]))
    prefixes = {m["id"]: f"a{i}-" for i, m in enumerate(ordered)}
    conditional = "AND json_array_length(data, '$.conditions') > 0"  # only records that carry conditions
    claims, events = record_dicts(store, "claims", prefixes, conditional), record_dicts(store, "events", prefixes, conditional)
    # most widely carried first within each verdict
    rows = store.query("SELECT data FROM verdicts WHERE story_id = ? ORDER BY id", (story.id,))
    verdicts = sorted((json.loads(d) for (d,) in rows), key=lambda v: (_verdict_rank(v["verdict"]), -len(v["outlets"]), v["group"]))
    columns = _columns(ordered, headline_checks(store, prefixes), prefixes)
    holders = _office_holders(story)
    facts = _claim_facts(store, prefixes, holders, _names_of(store, holders.values()))
    roles = _role_discrepancies(store, story.id, ordered, prefixes)
    return {"story": _story_row(story, [c["outlet"] for c in columns], Counter(v["verdict"] for v in verdicts)),
            "columns": columns, "rows": [_verdict_row(v, metas, facts, prefixes) for v in verdicts],
            "summary": _summary(verdicts), "speakers": _speakers(store, ordered, prefixes, holders),
            "role_discrepancies": roles, "demands": _demands(ordered, claims, events, prefixes, verdicts),
            "refs": _refs_by_article(verdicts, roles)}


def _verdict_rank(verdict: str) -> int:
    return VERDICT_ORDER.index(verdict) if verdict in VERDICT_ORDER else len(VERDICT_ORDER)


def _columns(metas: list[dict], checks: dict, prefixes: dict) -> list[dict]:
    columns: dict[str, list] = {}
    for meta in metas:
        row = dict(meta, prefix=prefixes[meta["id"]], headline_check=checks.get(meta["id"]))
        columns.setdefault(meta["outlet"] or UNKNOWN_OUTLET, []).append(row)
    return [{"outlet": outlet, "articles": rows} for outlet, rows in columns.items()]


CLAIM_FACTS = "SELECT article_id, span_start, span_end, modality, holder, json_extract(data, '$.holder_id') FROM claims"


def _claim_facts(store, ids: Iterable[str], holders: dict, names: dict) -> dict[tuple, tuple[str, str, str]]:
    """``{(article_id, start, end): (modality, holder, holder as written)}`` from the claims table.

    A claim held by an office the story resolves ("Supreme Leader of Iran") shows under its
    holder's name, the article's own wording kept as the third item ("" when they are the same)."""
    facts = {}
    for a, start, end, modality, holder, holder_id in _rows_for(store, CLAIM_FACTS, ids):
        shown = names.get(holders.get(holder_id or ""), "") or holder
        facts[(a, start, end)] = (modality, shown, holder if shown != holder else "")
    return facts


def _role_discrepancies(store, story_id: str, metas: list[dict], prefixes: dict) -> list[dict]:
    """People the story's outlets give conflicting titles (compare/roles.py), outlets in column order."""
    links = [json.loads(d) for (d,) in store.query(ROLE_LINKS, (story_id,)).fetchall()]
    outlets = {m["id"]: m["outlet"] or UNKNOWN_OUTLET for m in metas}
    order = {outlet: i for i, outlet in enumerate(dict.fromkeys(outlets.values()))}
    rows = role_discrepancy_rows(links, outlets, prefixes)
    for row in rows:
        row["by_outlet"] = dict(sorted(row["by_outlet"].items(), key=lambda item: order[item[0]]))
    return rows


def _verdict_row(verdict: dict, metas: dict, facts: dict, prefixes: dict) -> dict:
    cells: dict[str, list] = defaultdict(list)
    for ref in verdict["claims"]:
        article_id, span = ref["article_id"], ref["span"]
        if article_id not in metas:
            continue
        modality, holder, written = facts.get((article_id, span["start"], span["end"]), ("", "", ""))
        cells[metas[article_id]["outlet"] or UNKNOWN_OUTLET].append({
            "article_id": article_id, "prefix": prefixes[article_id], "text": _excerpt(span["text"]),
            "anchor": f"ref-{span['start']}-{span['end']}", "modality": modality, "holder": holder,
            "holder_as_written": written})
    return {"group": verdict["group"], "verdict": verdict["verdict"], "label": verdict["label"],
            "outlets": list(verdict["outlets"]), "cells": dict(cells)}


def _summary(verdicts: list) -> dict:
    def labels(kind):
        return [{"label": v["label"], "outlets": list(v["outlets"])} for v in verdicts if v["verdict"] == kind]

    return {"agreed": labels("corroborated"), "disputed": labels("contradicted"),
            "single": labels("single-source"), "speculation": labels("speculation-only")}


STATEMENT_FACTS = ("SELECT article_id, idx, speaker_id, speaker_name, sourcing, kind, json_extract(data, '$.cue.text'), "
                   "json_extract(data, '$.content.text'), json_extract(data, '$.speaker.text'), "
                   "json_extract(data, '$.via') FROM statements")


HOLDER_NAME = "SELECT json_extract(data, '$.name') FROM entities WHERE canonical_id = ? LIMIT 1"
ROLE_LINKS = "SELECT data FROM claim_links WHERE story_id = ? AND relation = 'contradicts' ORDER BY id"


def _office_holders(story) -> dict[str, str]:
    """The story's office id -> holder id map (compare/identities.py), ignoring anything malformed."""
    found = story.evidence.get("office_holders") if isinstance(story.evidence, dict) else None
    if not isinstance(found, dict):
        return {}
    return {k: v for k, v in found.items() if isinstance(k, str) and isinstance(v, str) and v}


def _holder_names(store, rows: list, holders: dict) -> dict[str, str]:
    """Display names of office holders: as their own statements give them, else as the entities do."""
    names = {sid: name for _, _, sid, name, *_ in rows if sid in holders.values() and name}
    return {**_names_of(store, set(holders.values()) - set(names)), **names}


def _names_of(store, ids: Iterable[str]) -> dict[str, str]:
    """Entity display names by canonical id (the id itself when no entity names it)."""
    names = {}
    for pid in set(ids):
        row = store.query(HOLDER_NAME, (pid,)).fetchone()
        names[pid] = (row[0] if row else "") or pid
    return names


def _speakers(store, metas: list[dict], prefixes: dict, holders: dict | None = None) -> list[dict]:
    """Who said what, and how each outlet sourced it (read from indexed columns, not whole records).

    An office the story's articles show to be held by a named person ("Supreme Leader of Iran")
    joins that person's row and is listed under ``also``."""
    outlets = {m["id"]: m["outlet"] or UNKNOWN_OUTLET for m in metas}
    rows = list(_rows_for(store, STATEMENT_FACTS, prefixes, tail="ORDER BY article_id, idx"))
    holders = holders or {}
    names = _holder_names(store, rows, holders)
    # a name that some statement resolved to an id joins that id's row ("Israel" and ISR are one speaker)
    ids_by_name = {(name or "").lower(): sid for _, _, sid, name, *_ in rows if sid and name}
    speakers: dict[str, dict] = {}
    for a, idx, sid, name, sourcing, kind, cue, content, speaker, via in rows:
        name = name or speaker or ""
        sid = sid or ids_by_name.get(name.lower(), "")
        office, sid = (sid, holders[sid]) if sid in holders else ("", sid)
        entry = speakers.setdefault(sid or name or f"({sourcing})", {
            "id": sid, "name": names.get(sid) or name or f"({sourcing})", "also": [], "by_outlet": {}})
        if office and name and name not in entry["also"]:
            entry["also"].append(name)
        entry["by_outlet"].setdefault(outlets[a], []).append({
            "index": idx, "speaker": name, "speaker_id": sid, "kind": kind, "sourcing": sourcing, "cue": cue,
            "content": _excerpt(content, 160), "via": [v["span"]["text"] for v in json.loads(via or "[]")],
            "article_id": a, "prefix": prefixes[a], "anchor": f"stmt-{idx}"})
    order = {m["outlet"] or UNKNOWN_OUTLET: i for i, m in enumerate(metas)}
    for entry in speakers.values():
        entry["by_outlet"] = dict(sorted(entry["by_outlet"].items(), key=lambda item: order[item[0]]))
    return sorted(speakers.values(), key=lambda r: (-len(r["by_outlet"]), r["name"]))


def _demands(metas: list[dict], claims: dict, events: dict, prefixes: dict, verdicts: list[dict]) -> list[dict]:
    """Demands that carry conditions, grouped across outlets: by aligned claim group, else by holder and terms."""
    group_of = {(r["article_id"], r["span"]["start"], r["span"]["end"]): v["label"] for v in verdicts for r in v["claims"]}
    groups: dict[tuple, dict] = {}
    for meta in metas:
        rows = []
        for i, c in claims[meta["id"]]:
            r, label = _claim_row(c, i), group_of.get((meta["id"], c["span"]["start"], c["span"]["end"]))
            rows.append((r["holder"], r["modality"], r["text"], r["conditions"], f"claim-{i}", label))
        for _, event in events[meta["id"]]:
            r = _event_row(event)
            holder = ", ".join(a.get("text") or a["code"] for a in r["actors"])
            rows.append((holder, r["type"], r["sentence"], r["conditions"], "", None))
        for holder, kind, text, conditions, anchor, label in rows:
            key = ("group", label) if label else (holder, kind, tuple((c["connective"], c["required"]) for c in conditions))
            group = groups.setdefault(key, {"holder": holder, "type": kind, "text": text, "label": label or "",
                                            "conditions": conditions, "mentions": []})
            group["mentions"].append({"outlet": meta["outlet"], "article_id": meta["id"],
                                      "prefix": prefixes[meta["id"]], "anchor": anchor})
    return sorted(groups.values(), key=lambda g: (-len(g["mentions"]), g["holder"]))


def _refs_by_article(verdicts: list[dict], roles: list[dict] = ()) -> dict:
    """Spans the story view links to, per article: verdict claims and role-discrepancy mentions."""
    refs: dict[str, list] = defaultdict(list)
    for v in verdicts:
        for ref in v["claims"]:
            refs[ref["article_id"]].append(ref["span"])
    for mention in (m for row in roles for mentions in row["by_outlet"].values() for m in mentions):
        refs[mention["article_id"]].append(mention["span"])
    return dict(refs)


def story_texts(store, view: dict) -> dict:
    """``{article_id: (text, ArticleAnalysis)}`` for every article of a story view (for highlighting)."""
    ids = [a["id"] for column in view["columns"] for a in column["articles"]]
    return {i: (store.article(i).text, store.analysis(i)) for i in ids}


# ---------------------------------------------------------------- entities, graph, outlets


def list_entities(store, kind: str = "") -> list[dict]:
    """Entities with a canonical id, most mentioned first, with how many articles and outlets mention them."""
    sql = ("SELECT e.canonical_id, max(json_extract(e.data, '$.name')), max(e.kind), count(*), "
           "count(DISTINCT e.article_id), count(DISTINCT a.outlet) FROM entities e JOIN articles a ON a.id = e.article_id "
           "WHERE e.canonical_id != '' AND (? = '' OR e.kind = ?) GROUP BY e.canonical_id ORDER BY 4 DESC, 1 LIMIT ?")
    keys = ("id", "name", "kind", "mentions", "articles", "outlets")
    return [dict(zip(keys, row)) for row in store.query(sql, (kind, kind, LIST_LIMIT))]


def _like(code: str) -> str:
    escaped = code.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"% {escaped} %"


def entity_view(store, entity_id: str) -> dict:
    """An entity's mentions, statements across outlets, events and a PLOVER-score timeline."""
    mentions = [(a, json.loads(d)) for a, d in store.query(
        "SELECT article_id, data FROM entities WHERE canonical_id = ? ORDER BY article_id, idx", (entity_id,))]
    said = [(a, i, json.loads(d)) for a, i, d in store.query(
        "SELECT article_id, idx, data FROM statements WHERE speaker_id = ? ORDER BY article_id, idx", (entity_id,))]
    acted = [(a, json.loads(d)) for a, d in store.query(
        "SELECT article_id, data FROM events WHERE actor_codes LIKE ? ESCAPE '\\' OR recipient_codes LIKE ? ESCAPE '\\' "
        "ORDER BY article_id, idx", (_like(entity_id), _like(entity_id)))]
    if not (mentions or said or acted):
        raise NotFoundError(f"no entity {entity_id!r}")
    metas = article_metas(store, {a for a, *_ in mentions + said + acted})
    return dict(_entity_info(entity_id, mentions, said, acted, metas),
                statements=sorted((_entity_statement(st, i, metas[a]) for a, i, st in said), key=_by_date),
                events=sorted((_entity_event(e, entity_id, metas[a]) for a, e in acted), key=_by_date))


def _by_date(row: dict) -> tuple:
    return (row["published"] or "", -row.get("score", 0.0))


def _entity_info(entity_id: str, mentions: list, said: list, acted: list, metas: dict) -> dict:
    names = Counter(e.get("name") or e["span"]["text"] for _, e in mentions)
    names.update(st["speaker_name"] for _, _, st in said if st.get("speaker_name"))
    actors = [x for _, e in acted for x in e["actors"] + e["recipients"] if x["code"] == entity_id]
    names.update(x["text"] for x in actors if x.get("text"))
    last = mentions[-1][1] if mentions else {}
    return {"id": entity_id, "name": names.most_common(1)[0][0] if names else entity_id, "names": dict(names),
            "kind": last.get("kind", ""), "role": last.get("role", ""),
            "sector": last.get("sector") or next((x["sector"] for x in actors if x.get("sector")), ""),
            "outlets": dict(Counter(metas[a]["outlet"] for a, _ in mentions))}


def _entity_statement(st: dict, index: int, meta: dict) -> dict:
    return dict(_statement_row(st, index), article_id=meta["id"], outlet=meta["outlet"],
                published=meta["published"], headline=meta["headline"])


def _entity_event(event: dict, entity_id: str, meta: dict) -> dict:
    role = "actor" if any(a["code"] == entity_id for a in event["actors"]) else "recipient"
    return dict(_event_row(event), role=role, article_id=meta["id"], outlet=meta["outlet"], published=meta["published"])


def actor_graph(store, story_id: str = "", since: str = "", until: str = "") -> dict:
    """Nodes and labelled edges (who demands of / threatens / rejects whom) from events."""
    sql = ("SELECT e.article_id, e.data FROM events e JOIN articles a ON a.id = e.article_id "
           "WHERE e.actor_codes != '' AND e.recipient_codes != '' "
           "AND (? = '' OR substr(a.published, 1, 10) >= ?) AND (? = '' OR substr(a.published, 1, 10) <= ?)")
    params: tuple = (since, since, until, until)
    if story_id:
        story = store.story(story_id)
        story_id = story.id
        sql += " AND e.article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)"
        params += (story_id,)
    nodes: dict[str, dict] = {}
    edges: dict[tuple, dict] = {}
    for article_id, data in store.query(sql + " ORDER BY e.article_id, e.idx", params):
        event = json.loads(data)
        for src in event["actors"]:
            for dst in event["recipients"]:
                _add_edge(nodes, edges, src, dst, event, article_id)
    return {"story_id": story_id, "since": since, "until": until,
            "nodes": [dict(n, names=dict(n["names"])) for n in sorted(nodes.values(), key=lambda n: n["id"])],
            "edges": sorted(edges.values(), key=lambda e: (e["source"], e["target"], e["type"]))}


def _add_edge(nodes: dict, edges: dict, src: dict, dst: dict, event: dict, article_id: str) -> None:
    for actor in (src, dst):
        node = nodes.setdefault(actor["code"], {"id": actor["code"], "label": actor["code"], "names": Counter(),
                                                "sector": actor.get("sector", ""), "degree": 0})
        node["degree"] += 1
        node["names"][actor.get("text") or actor["code"]] += 1
        # the most frequent (then shortest) surface text names the node: "Iran" rather than "Iran's leader"
        node["label"] = min(node["names"].items(), key=lambda item: (-item[1], len(item[0]), item[0]))[0]
    edge = edges.setdefault((src["code"], dst["code"], event["type"]), {
        "source": src["code"], "target": dst["code"], "type": event["type"],
        "label": EDGE_VERBS.get(event["type"], event["type"].lower()), "count": 0, "articles": [], "conditional": False})
    edge["count"] += 1
    edge["conditional"] = edge["conditional"] or bool(event.get("conditions"))
    if article_id not in edge["articles"]:
        edge["articles"].append(article_id)


def list_outlets(store) -> list[dict]:
    """Every outlet with its article count and measured profile (when the compare layer ran)."""
    profiles = {p.outlet: p for p in store.outlet_profiles()}
    counts = store.query("SELECT outlet, count(*) FROM articles GROUP BY outlet ORDER BY outlet").fetchall()
    return [{"outlet": o, "articles": n, "profile": to_dict(profiles[o]) if o in profiles else None} for o, n in counts]


FIGURES = (  # key, label, unit: "share" (0..1) or "per100" (per 100 claims or words, as the profile gives it)
    ("named_source_rate", "Statements attributed to named sources", "share"),
    ("vague_sourcing_rate", "Vague sourcing (\u201cexperts say\u201d)", "share"),
    ("anonymous_sourcing_rate", "Anonymous officials", "share"),
    ("report_sourcing_rate", "Relayed from media reports (\u201creports say\u201d)", "share"),
    ("speculation_rate", "Speculative claims per 100 claims", "per100"),
    ("novelty", "New claims per 100 words (low = padding)", "per100"),
    ("headline_consistency", "Headlines their own body supports", "share"),
    ("derived_rate", "Articles copied from another outlet", "share"),
)


def outlet_view(store, outlet: str) -> dict:
    """An outlet's profile figures, each with the articles (and cited records) behind it."""
    ids = [row[0] for row in store.query("SELECT id FROM articles WHERE outlet = ?", (outlet,))]
    if not ids:
        raise NotFoundError(f"no outlet {outlet!r}")
    metas, checks = article_metas(store, ids), headline_checks(store, ids)
    sourcing, modality = _column_by_article(store, "statements", "sourcing", ids), _column_by_article(store, "claims", "modality", ids)
    relayed = _column_by_article(store, "statements", THROUGH_REPORTS, ids)
    rows = [_outlet_article_row(metas[i], sourcing[i], modality[i], checks.get(i), relayed[i]) for i in ids]
    rows.sort(key=lambda r: r["published"] or "", reverse=True)
    profile = next((p for p in store.outlet_profiles() if p.outlet == outlet), None)
    evidence = profile.evidence if profile else {}
    figures = [_figure(key, label, unit, profile, evidence.get(key) or {}, rows) for key, label, unit in FIGURES]
    return {"outlet": outlet, "profile": to_dict(profile) if profile else None, "figures": figures, "articles": rows}


def _figure(key: str, label: str, unit: str, profile, evidence: dict, rows: list[dict]) -> dict:
    """One figure: the profile's value, its numerator/denominator, and per article its own value and cited records."""
    cited = Counter(r.get("article_id") for r in evidence.get("records", ()) if isinstance(r, dict))
    articles = [{"article_id": r["id"], "headline": r["headline"], "value": r["figures"].get(key), "cited": cited[r["id"]]}
                for r in rows if key in r["figures"] or cited[r["id"]]]
    return {"key": key, "label": label, "unit": unit, "value": getattr(profile, key, None),
            "numerator": evidence.get("numerator"), "denominator": evidence.get("denominator"), "articles": articles}


def _column_by_article(store, table: str, column: str, ids: list[str]) -> dict[str, list]:
    out: dict[str, list] = {i: [] for i in ids}
    for article_id, value in _rows_for(store, f"SELECT article_id, {column} FROM {table}", ids):
        out[article_id].append(value)
    return out


# records.through_media_reports in SQL: the speaker is a media report, or a link of its chain is.
THROUGH_REPORTS = ("(sourcing = 'media-report' OR EXISTS (SELECT 1 FROM json_each(data, '$.via') "
                   "WHERE json_extract(value, '$.sourcing') = 'media-report'))")


def _outlet_article_row(meta: dict, sourcing: list[str], modality: list[str], check: Optional[dict],
                        relayed: list[int] = ()) -> dict:
    """The article's own figures, in the units of FIGURES (novelty here counts all its claims)."""
    figures = {"novelty": round(100 * len(modality) / max(meta["words"], 1), 2) if modality else None}
    if sourcing:
        figures["named_source_rate"] = sum(s in NAMED for s in sourcing) / len(sourcing)
        figures["vague_sourcing_rate"] = sourcing.count("vague-collective") / len(sourcing)
        figures["anonymous_sourcing_rate"] = sourcing.count("anonymous-official") / len(sourcing)
        figures["report_sourcing_rate"] = sum(map(bool, relayed)) / len(sourcing)
    if check is not None:
        figures["headline_consistency"] = 1.0 if check["stance"] in ("agree", "discuss") else 0.0
    if modality:
        figures["speculation_rate"] = round(100 * sum(m == "speculative" for m in modality) / len(modality), 2)
    return dict(meta, statements=len(sourcing), claims=len(modality),
                figures={k: v for k, v in figures.items() if v is not None})
