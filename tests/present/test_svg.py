"""Server-side SVG: labelled actor-graph edges and a PLOVER-score timeline, all text escaped."""

from __future__ import annotations

import re
from xml.etree import ElementTree

from newsprism.present.web.svg import actor_graph_svg, timeline_svg

SVG_NS = "{http://www.w3.org/2000/svg}"


def _graph(edges):
    nodes = {}
    for e in edges:
        for code in (e["source"], e["target"]):
            nodes.setdefault(code, {"id": code, "label": code.lower(), "sector": "", "degree": 0})["degree"] += 1
    return {"nodes": list(nodes.values()), "edges": edges}


def _edge(src, dst, label, count=1, type_="REQUEST", conditional=False):
    return {"source": src, "target": dst, "type": type_, "label": label, "count": count, "articles": [],
            "conditional": conditional}


def test_svg_actor_graph_has_one_labelled_path_per_edge():
    graph = _graph([_edge("VLD", "KST", "demands of", 2, conditional=True), _edge("KST", "VLD", "rejects", type_="REJECT"),
                    _edge("KST", "ABC", "threatens", type_="THREATEN")])
    svg = str(actor_graph_svg(graph)).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    root = ElementTree.fromstring(svg)  # well-formed XML
    labels = [t.text for g in root.iter(SVG_NS + "g") if "edge" in g.get("class", "") for t in g.iter(SVG_NS + "text")]
    assert labels == ["demands of ×2 (if…)", "rejects", "threatens"]
    paths = [p.get("d") for p in root.iter(SVG_NS + "path") if p.get("marker-end")]
    assert len(set(paths)) == 3  # reciprocal edges between VLD and KST do not overlap


def test_svg_escapes_labels():
    graph = _graph([_edge("<script>", "B", "</text><script>alert(1)</script>")])
    svg = str(actor_graph_svg(graph))
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_svg_timeline_places_scores_on_the_scale():
    events = [{"published": "2026-11-20", "score": -6.0, "type": "THREATEN", "role": "actor", "outlet": "o", "sentence": "s"},
              {"published": "2026-11-21", "score": 4.0, "type": "AGREE", "role": "actor", "outlet": "o", "sentence": "<b>"}]
    svg = str(timeline_svg(events))
    ys = [float(y) for y in re.findall(r'class="dot [a-z]+" cx="[\d.]+" cy="([\d.]+)"', svg)]
    assert len(ys) == 2 and ys[0] > ys[1]  # the threat sits lower than the agreement
    assert "&lt;b&gt;" in svg and "<b>" not in svg
    assert str(timeline_svg([])) == ""
