"""The one query layer over the Store, shared by the web pages, the JSON API and the report.

Every function takes a store and returns plain JSON-ready dicts and lists, so that a page
and its ``/api`` twin render exactly the same data. Each layer (statements, claims, events,
stories) may still be missing: the functions then return empty lists, never fail.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Optional

from ..errors import NotFoundError, StoreError
from ..records import Article, ArticleAnalysis, Span, to_dict
from .highlight import claim_anchor

VERDICT_ORDER = ("corroborated", "contradicted", "single-source", "speculation-only")
NAMED = ("named-person", "named-organisation")
EDGE_VERBS = {
    "AGREE": "agrees with", "CONSULT": "consults", "SUPPORT": "supports", "CONCEDE": "concedes to",
    "COOPERATE": "cooperates with", "AID": "aids", "RETREAT": "retreats from", "REQUEST": "demands of",
    "ACCUSE": "accuses", "REJECT": "rejects", "THREATEN": "threatens", "PROTEST": "protests against",
    "SANCTION": "sanctions", "MOBILIZE": "mobilizes against", "COERCE": "coerces", "ASSAULT": "attacks",
}
EXCERPT_CHARS = 280


def article_meta(article: Article) -> dict:
    """The article's metadata without its text."""
    return {"id": article.id, "headline": article.headline, "outlet": article.outlet,
            "byline": article.byline, "url": article.url, "published": article.published,
            "words": len(article.text.split())}


def _excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _analysis(store, article_id: str) -> ArticleAnalysis:
    return store.analysis(article_id) or ArticleAnalysis(article_id=article_id)


def _article(store, article_id: str) -> Article:
    article = store.article(article_id)
    if article is None:
        raise NotFoundError(f"no article {article_id!r}")
    return article


def _story(store, story_id: str):
    story = store.story(story_id)
    if story is None:
        raise NotFoundError(f"no story {story_id!r}")
    return story


def search_hits(store, query: str, limit: int = 200) -> dict[str, str]:
    """``{article_id: snippet}`` for a full-text query (the store's FTS5 index), best first."""
    try:
        hits = store.search(query, limit, marks=("\x02", "\x03"))
    except StoreError:
        return {}  # a query with no searchable words finds nothing rather than failing the page
    return {hit.article_id: hit.snippet for hit in hits}


# ---------------------------------------------------------------- articles


def list_articles(store, q: str = "", outlet: str = "") -> list[dict]:
    """Articles, newest first, optionally filtered by a full-text query and an outlet."""
    articles = list(store.articles(outlet=outlet or None))
    snippets = search_hits(store, q) if q else {}
    if q:
        articles = [a for a in articles if a.id in snippets]
    articles.sort(key=lambda a: a.published or "", reverse=True)
    return [dict(article_meta(a), snippet=_snippet_parts(snippets.get(a.id, ""))) for a in articles]


def _snippet_parts(snippet: str) -> list[dict]:
    """A search snippet as [{text, hit}] pieces, so templates can mark hits without raw HTML."""
    parts = []
    for i, chunk in enumerate(snippet.replace("\x03", "\x02").split("\x02")):
        if chunk:
            parts.append({"text": chunk, "hit": i % 2 == 1})
    return parts


def article_view(store, article_id: str) -> dict:
    """One article with its records and the lists for its side panel."""
    article = _article(store, article_id)
    analysis = _analysis(store, article_id)
    checks = {h.article_id: h for h in store.headline_checks()}
    return {"article": article_meta(article), "text": article.text,
            "headline_check": _check_dict(checks.get(article_id)),
            "statements": [_statement_row(s, i) for i, s in enumerate(analysis.statements)],
            "claims": [_claim_row(c, i) for i, c in enumerate(analysis.claims)],
            "events": [_event_row(e) for e in analysis.events],
            "entities": _entity_rows(analysis), "analysis": to_dict(analysis)}


def _check_dict(check) -> Optional[dict]:
    return {"stance": check.stance, "score": check.score} if check else None


def _statement_row(st, index: int) -> dict:
    return {"index": index, "speaker": st.speaker_name or (st.speaker.text if st.speaker else ""),
            "speaker_id": st.speaker_id, "kind": st.kind, "sourcing": st.sourcing, "cue": st.cue.text,
            "content": _excerpt(st.content.text), "via": [v.span.text for v in st.via]}


def _claim_row(claim, index: int) -> dict:
    return {"index": index, "text": _excerpt(claim.span.text), "holder": claim.holder,
            "modality": claim.modality, "position": claim.position,
            "cues": [c.text for c in claim.cues], "conditions": [_condition_row(c) for c in claim.conditions]}


def _condition_row(cond) -> dict:
    return {"text": cond.span.text, "connective": cond.connective, "required": cond.required,
            "actor": cond.actor, "polarity": cond.polarity}


def _event_row(event) -> dict:
    return {"type": event.type, "verb": EDGE_VERBS.get(event.type, event.type.lower()), "mode": event.mode,
            "score": event.score, "cameo": event.cameo, "sentence": _excerpt(event.sentence.text),
            "actors": [_actor_row(a) for a in event.actors], "recipients": [_actor_row(a) for a in event.recipients],
            "conditions": [_condition_row(c) for c in event.conditions]}


def _actor_row(actor) -> dict:
    return {"code": actor.code, "sector": actor.sector, "text": actor.text}


def _entity_rows(analysis: ArticleAnalysis) -> list[dict]:
    counts: Counter = Counter()
    info: dict = {}
    for ent in analysis.entities:
        key = ent.canonical_id or ent.span.text
        counts[key] += 1
        info.setdefault(key, {"id": ent.canonical_id, "name": ent.name or ent.span.text, "kind": ent.kind,
                              "role": ent.role})
    return [dict(info[k], mentions=n) for k, n in counts.most_common()]


# ---------------------------------------------------------------- stories


def list_stories(store, q: str = "", outlet: str = "", entity: str = "") -> list[dict]:
    """Stories, newest first, with outlets, span and verdict counts; filtered by search/outlet/entity."""
    stories = list(store.stories())
    counts = _verdict_counts(store.verdicts())
    metas = {a.id: a for a in store.articles()}
    hits = set(search_hits(store, q)) if q else None
    rows = []
    for story in stories:
        outlets = sorted({metas[a].outlet for a in story.article_ids if a in metas})
        if outlet and outlet not in outlets:
            continue
        if entity and entity not in story.entities:
            continue
        if hits is not None and not (hits & set(story.article_ids)) and q.lower() not in story.label.lower():
            continue
        rows.append(_story_row(story, outlets, counts.get(story.id, Counter())))
    rows.sort(key=lambda r: r["last_published"] or "", reverse=True)
    return rows


def _verdict_counts(verdicts: Iterable) -> dict:
    counts: dict = defaultdict(Counter)
    for v in verdicts:
        counts[v.story_id][v.verdict] += 1
    return counts


def _story_row(story, outlets: list[str], counts: Counter) -> dict:
    return {"id": story.id, "label": story.label, "articles": len(story.article_ids), "outlets": outlets,
            "first_published": story.first_published, "last_published": story.last_published,
            "entities": list(story.entities), "verdicts": {k: counts.get(k, 0) for k in VERDICT_ORDER}}


def story_facets(store) -> dict:
    """The outlets and entities the stories list can be filtered by."""
    outlets = sorted({a.outlet for a in store.articles() if a.outlet})
    entities = sorted({e for s in store.stories() for e in s.entities})
    return {"outlets": outlets, "entities": entities}


def story_view(store, story_id: str) -> dict:
    """The side-by-side view of one story: outlet columns, verdict rows, sources, conditions, summary."""
    return story_view_with_texts(store, story_id)[0]


def story_view_with_texts(store, story_id: str) -> tuple[dict, dict]:
    """The story view plus ``{article_id: (text, analysis)}`` for highlighting its articles."""
    story = _story(store, story_id)
    story_id = story.id  # the store also accepts a unique id prefix
    articles = [a for a in (store.article(i) for i in story.article_ids) if a is not None]
    articles.sort(key=lambda a: (a.published or "", a.outlet))
    analyses = {a.id: _analysis(store, a.id) for a in articles}
    prefixes = {a.id: f"a{i}-" for i, a in enumerate(articles)}
    verdicts = sorted(store.verdicts(story_id), key=lambda v: (VERDICT_ORDER.index(v.verdict)
                                                               if v.verdict in VERDICT_ORDER else 9, v.group))
    checks = {h.article_id: h for h in store.headline_checks()}
    columns = _columns(articles, checks, prefixes)
    by_id = {a.id: a for a in articles}
    texts = {a.id: (a.text, analyses[a.id]) for a in articles}
    return {"story": _story_row(story, [c["outlet"] for c in columns], Counter(v.verdict for v in verdicts)),
            "columns": columns, "rows": [_verdict_row(v, by_id, analyses, prefixes) for v in verdicts],
            "summary": _summary(verdicts), "speakers": _speakers(articles, analyses, prefixes),
            "demands": _demands(articles, analyses), "article_ids": [a.id for a in articles],
            "refs": _refs_by_article(verdicts)}, texts


def _columns(articles: list[Article], checks: dict, prefixes: dict) -> list[dict]:
    columns: dict[str, list] = {}
    for a in articles:
        meta = dict(article_meta(a), prefix=prefixes[a.id], headline_check=_check_dict(checks.get(a.id)))
        columns.setdefault(a.outlet or "(unknown outlet)", []).append(meta)
    return [{"outlet": outlet, "articles": metas} for outlet, metas in columns.items()]


def _verdict_row(verdict, by_id: dict, analyses: dict, prefixes: dict) -> dict:
    cells: dict[str, list] = defaultdict(list)
    for ref in verdict.claims:
        article = by_id.get(ref.article_id)
        if article is None:
            continue
        claim = _claim_at(analyses[ref.article_id], ref.span)
        cells[article.outlet or "(unknown outlet)"].append({
            "article_id": ref.article_id, "text": _excerpt(ref.span.text),
            "anchor": claim_anchor(prefixes[ref.article_id], ref.span),
            "modality": claim.modality if claim else "", "holder": claim.holder if claim else ""})
    return {"group": verdict.group, "verdict": verdict.verdict, "label": verdict.label,
            "outlets": list(verdict.outlets), "cells": dict(cells)}


def _claim_at(analysis: ArticleAnalysis, span: Span):
    for claim in analysis.claims:
        if claim.span.start == span.start and claim.span.end == span.end:
            return claim
    return None


def _summary(verdicts: list) -> dict:
    def labels(kind):
        return [{"label": v.label, "outlets": list(v.outlets)} for v in verdicts if v.verdict == kind]

    return {"agreed": labels("corroborated"), "disputed": labels("contradicted"),
            "single": labels("single-source"), "speculation": labels("speculation-only")}


def _speakers(articles: list[Article], analyses: dict, prefixes: dict) -> list[dict]:
    """Who said what, and how each outlet sourced it."""
    speakers: dict[str, dict] = {}
    for a in articles:
        for i, st in enumerate(analyses[a.id].statements):
            key = st.speaker_id or st.speaker_name or f"({st.sourcing})"
            row = speakers.setdefault(key, {"id": st.speaker_id, "name": st.speaker_name or key, "by_outlet": {}})
            row["by_outlet"].setdefault(a.outlet or "(unknown outlet)", []).append({
                "article_id": a.id, "kind": st.kind, "sourcing": st.sourcing, "cue": st.cue.text,
                "content": _excerpt(st.content.text, 160), "anchor": f"{prefixes[a.id]}stmt-{i}",
                "via": [v.span.text for v in st.via]})
    return sorted(speakers.values(), key=lambda r: (-len(r["by_outlet"]), r["name"]))


def _demands(articles: list[Article], analyses: dict) -> list[dict]:
    """Claims and events that carry conditions, per outlet."""
    rows = []
    for a in articles:
        analysis = analyses[a.id]
        for claim in analysis.claims:
            if claim.conditions:
                rows.append({"outlet": a.outlet, "article_id": a.id, "holder": claim.holder, "type": claim.modality,
                             "text": _excerpt(claim.span.text), "conditions": [_condition_row(c) for c in claim.conditions]})
        for event in analysis.events:
            if event.conditions:
                actors = ", ".join(x.text or x.code for x in event.actors)
                rows.append({"outlet": a.outlet, "article_id": a.id, "holder": actors, "type": event.type,
                             "text": _excerpt(event.sentence.text), "conditions": [_condition_row(c) for c in event.conditions]})
    return rows


def _refs_by_article(verdicts: list) -> dict:
    refs: dict[str, list] = defaultdict(list)
    for v in verdicts:
        for ref in v.claims:
            refs[ref.article_id].append(to_dict(ref.span))
    return dict(refs)


def ref_spans(view: dict, article_id: str) -> list[Span]:
    """The claim-reference spans a story view holds for one article (for highlighting)."""
    return [Span(**s) for s in view["refs"].get(article_id, [])]


# ---------------------------------------------------------------- entities, graph, outlets


def _analysed_articles(store, article_ids: Optional[Iterable[str]] = None):
    ids = None if article_ids is None else set(article_ids)
    for article in store.articles():
        if ids is None or article.id in ids:
            yield article, _analysis(store, article.id)


def entity_view(store, entity_id: str) -> dict:
    """An entity's mentions, statements across outlets, events and a PLOVER-score timeline."""
    names: Counter = Counter()
    info = {"kind": "", "role": "", "sector": ""}
    statements, events, outlets = [], [], Counter()
    for article, analysis in _analysed_articles(store):
        for ent in analysis.entities:
            if ent.canonical_id == entity_id:
                names[ent.name or ent.span.text] += 1
                outlets[article.outlet] += 1
                info = {"kind": ent.kind, "role": ent.role or info["role"], "sector": ent.sector or info["sector"]}
        statements += _entity_statements(article, analysis, entity_id, names)
        events += _entity_events(article, analysis, entity_id, names)
    if not names and not statements and not events:
        raise NotFoundError(f"no entity {entity_id!r}")
    events.sort(key=lambda e: (e["published"] or "", -e["score"]))
    return {"id": entity_id, "name": names.most_common(1)[0][0], "names": dict(names), **info,
            "outlets": dict(outlets), "statements": statements, "events": events}


def _entity_statements(article, analysis, entity_id: str, names: Counter) -> list[dict]:
    rows = []
    for i, st in enumerate(analysis.statements):
        if st.speaker_id == entity_id:
            if st.speaker_name:
                names[st.speaker_name] += 0
            rows.append(dict(_statement_row(st, i), article_id=article.id, outlet=article.outlet,
                             published=article.published, headline=article.headline))
    return rows


def _entity_events(article, analysis, entity_id: str, names: Counter) -> list[dict]:
    rows = []
    for event in analysis.events:
        as_actor = any(a.code == entity_id for a in event.actors)
        as_recipient = any(a.code == entity_id for a in event.recipients)
        if as_actor or as_recipient:
            names[next((a.text for a in event.actors + event.recipients if a.code == entity_id and a.text),
                       entity_id)] += 0
            rows.append(dict(_event_row(event), role="actor" if as_actor else "recipient",
                             article_id=article.id, outlet=article.outlet, published=article.published))
    return rows


def actor_graph(store, story_id: str = "", since: str = "", until: str = "") -> dict:
    """Nodes and labelled edges (who demands of / threatens / rejects whom) from events."""
    ids = _story(store, story_id).article_ids if story_id else None
    nodes: dict[str, dict] = {}
    edges: dict[tuple, dict] = {}
    for article, analysis in _analysed_articles(store, ids):
        day = (article.published or "")[:10]
        if (since and day and day < since) or (until and day and day > until):
            continue
        for event in analysis.events:
            for src in event.actors:
                for dst in event.recipients:
                    _add_edge(nodes, edges, src, dst, event, article)
    return {"story_id": story_id, "since": since, "until": until,
            "nodes": sorted(nodes.values(), key=lambda n: n["id"]),
            "edges": sorted(edges.values(), key=lambda e: (e["source"], e["target"], e["type"]))}


def _add_edge(nodes: dict, edges: dict, src, dst, event, article) -> None:
    for actor in (src, dst):
        node = nodes.setdefault(actor.code, {"id": actor.code, "label": actor.text or actor.code,
                                             "sector": actor.sector, "degree": 0})
        node["degree"] += 1
    key = (src.code, dst.code, event.type)
    edge = edges.setdefault(key, {"source": src.code, "target": dst.code, "type": event.type,
                                  "label": EDGE_VERBS.get(event.type, event.type.lower()), "count": 0,
                                  "articles": [], "conditional": False})
    edge["count"] += 1
    edge["conditional"] = edge["conditional"] or bool(event.conditions)
    if article.id not in edge["articles"]:
        edge["articles"].append(article.id)


def list_outlets(store) -> list[dict]:
    """Every outlet with its article count and measured profile (when the compare layer ran)."""
    profiles = {p.outlet: p for p in store.outlet_profiles()}
    counts = Counter(a.outlet for a in store.articles())
    return [{"outlet": o, "articles": n, "profile": to_dict(profiles[o]) if o in profiles else None}
            for o, n in sorted(counts.items())]


FIGURES = (
    ("named_source_rate", "Attributed to named sources"),
    ("vague_sourcing_rate", "Vague sourcing"),
    ("anonymous_sourcing_rate", "Anonymous officials"),
    ("speculation_rate", "Speculation"),
    ("novelty", "New claims per 100 words (low = padding)"),
    ("headline_consistency", "Headline consistency"),
    ("derived_rate", "Copies of other outlets"),
)


def outlet_view(store, outlet: str) -> dict:
    """An outlet's profile figures, each with the per-article numbers behind it."""
    ids = [a.id for a in store.articles() if a.outlet == outlet]
    checks = {h.article_id: h for h in store.headline_checks()}
    rows = [_outlet_article_row(a, an, checks.get(a.id)) for a, an in _analysed_articles(store, ids)]
    if not rows:
        raise NotFoundError(f"no outlet {outlet!r}")
    profile = next((p for p in store.outlet_profiles() if p.outlet == outlet), None)
    figures = [{"key": key, "label": label, "value": getattr(profile, key, None) if profile else None,
                "articles": [{"article_id": r["id"], "headline": r["headline"], "value": r["figures"].get(key)}
                             for r in rows if r["figures"].get(key) is not None]} for key, label in FIGURES]
    rows.sort(key=lambda r: r["published"] or "", reverse=True)
    return {"outlet": outlet, "profile": to_dict(profile) if profile else None, "figures": figures,
            "articles": rows}


def _outlet_article_row(article: Article, analysis: ArticleAnalysis, check) -> dict:
    sts, claims = analysis.statements, analysis.claims
    words = max(len(article.text.split()), 1)
    figures = {"novelty": round(100 * len(claims) / words, 2) if claims else None}
    if sts:
        figures["named_source_rate"] = sum(s.sourcing in NAMED for s in sts) / len(sts)
        figures["vague_sourcing_rate"] = sum(s.sourcing == "vague-collective" for s in sts) / len(sts)
        figures["anonymous_sourcing_rate"] = sum(s.sourcing == "anonymous-official" for s in sts) / len(sts)
    if check is not None:
        figures["headline_consistency"] = 1.0 if check.stance == "agree" else 0.0
    if claims:
        figures["speculation_rate"] = sum(c.modality in ("hedged", "speculative") for c in claims) / len(claims)
    return dict(article_meta(article), statements=len(sts), claims=len(claims),
                figures={k: v for k, v in figures.items() if v is not None})
