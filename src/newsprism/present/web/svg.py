"""Inline SVG drawn on the server: the actor graph and the PLOVER-score timeline.

Styling lives in CSS classes (the Content-Security-Policy forbids inline style attributes);
every text node is escaped.
"""

from __future__ import annotations

import math
from collections import Counter

from markupsafe import Markup, escape

GRAPH_W, GRAPH_H, NODE_R = 900, 560, 26
TIME_W, TIME_H, PAD = 860, 260, 40
SCORE_MIN, SCORE_MAX = -10.0, 10.0  # the PLOVER / Goldstein-style intensity scale
MAX_NODES = 60
EDGE_GAP = 70


def _layout(nodes: list[dict]) -> dict[str, tuple[float, float]]:
    """Nodes on an ellipse; the busiest are spread apart so that their many edges do not bunch up."""
    ordered = sorted(nodes, key=lambda n: (-n["degree"], n["id"]))[:MAX_NODES]
    cx, cy = GRAPH_W / 2, GRAPH_H / 2
    radius = min(cx, cy) - 70
    n = len(ordered)
    if n == 1:
        return {ordered[0]["id"]: (cx, cy)}
    step = max(1, round(n * 0.382))  # near the golden section: consecutive nodes land far apart
    while math.gcd(step, n) != 1:
        step += 1
    slot = 2 * math.pi / max(n, 1)
    # Slot 0 is on the left: with two actors the edges run horizontally and their labels stack vertically.
    return {node["id"]: (cx - radius * 1.3 * math.cos((i * step % n) * slot), cy + radius * math.sin((i * step % n) * slot))
            for i, node in enumerate(ordered)}


def _edge_path(a: tuple, b: tuple, bend: float) -> tuple[str, tuple[float, float]]:
    """A quadratic curve from a to b that stops at the node rims, and its label point."""
    (x1, y1), (x2, y2) = a, b
    dx, dy = x2 - x1, y2 - y1
    dist = math.hypot(dx, dy) or 1.0
    ux, uy = dx / dist, dy / dist
    sx, sy, ex, ey = x1 + ux * NODE_R, y1 + uy * NODE_R, x2 - ux * (NODE_R + 6), y2 - uy * (NODE_R + 6)
    mx, my = (sx + ex) / 2 - uy * bend, (sy + ey) / 2 + ux * bend
    label = ((sx + ex) / 4 + mx / 2, (sy + ey) / 4 + my / 2)
    return f"M{sx:.1f},{sy:.1f} Q{mx:.1f},{my:.1f} {ex:.1f},{ey:.1f}", label


def actor_graph_svg(graph: dict) -> Markup:
    """The actor graph as an SVG element with arrowed, labelled edges."""
    pos = _layout(graph["nodes"])
    parts = [f'<svg class="graph" viewBox="0 0 {GRAPH_W} {GRAPH_H}" role="img" aria-label="Actor graph">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
             'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>']
    edges = [e for e in graph["edges"] if e["source"] in pos and e["target"] in pos and e["source"] != e["target"]]
    per_pair = Counter(_pair(e) for e in edges)
    seen: Counter = Counter()
    for edge in edges:
        pair = _pair(edge)
        # Edges between the same two actors fan out symmetrically so that their labels do not overlap.
        offset = (seen[pair] - (per_pair[pair] - 1) / 2) * EDGE_GAP
        seen[pair] += 1
        parts.append(_edge_svg(edge, pos, offset if edge["source"] < edge["target"] else -offset))
    for node in graph["nodes"]:
        if node["id"] in pos:
            parts.append(_node_svg(node, pos[node["id"]]))
    parts.append("</svg>")
    return Markup("".join(parts))


def _pair(edge: dict) -> tuple[str, str]:
    return tuple(sorted((edge["source"], edge["target"])))


def _edge_svg(edge: dict, pos: dict, bend: float) -> str:
    path, (lx, ly) = _edge_path(pos[edge["source"]], pos[edge["target"]], bend)
    label = edge["label"] + (f" ×{edge['count']}" if edge["count"] > 1 else "") + (" (if…)" if edge["conditional"] else "")
    title = f"{edge['source']} {edge['label']} {edge['target']} · {edge['type']} · {edge['count']} event(s)"
    return (f'<g class="edge edge-{escape(edge["type"].lower())}"><title>{escape(title)}</title>'
            f'<path d="{path}" marker-end="url(#arrow)"/>'
            f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="middle">{escape(label)}</text></g>')


def _node_svg(node: dict, xy: tuple[float, float]) -> str:
    x, y = xy
    label = node["label"] if len(node["label"]) <= 22 else node["label"][:21] + "…"
    return (f'<g class="node"><title>{escape(node["id"])} {escape(node["sector"])}</title>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{NODE_R}"/>'
            f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" class="code">{escape(node["id"][:8])}</text>'
            f'<text x="{x:.1f}" y="{y + NODE_R + 15:.1f}" text-anchor="middle">{escape(label)}</text></g>')


def timeline_svg(events: list[dict]) -> Markup:
    """Events over time (x: publication date, y: PLOVER score), one dot per event."""
    dated = [e for e in events if e.get("published")]
    if not dated:
        return Markup("")
    days = sorted({e["published"][:10] for e in dated})
    x_of = {d: PAD + (TIME_W - 2 * PAD) * (i + 0.5) / len(days) for i, d in enumerate(days)}
    parts = [f'<svg class="timeline" viewBox="0 0 {TIME_W} {TIME_H}" role="img" aria-label="Timeline by PLOVER score">',
             _axis_svg(days, x_of)]
    stacked: Counter = Counter()
    for e in dated:
        d = e["published"][:10]
        x = x_of[d] + 9 * stacked[d] - 4
        stacked[d] += 1
        cls = "pos" if e["score"] > 0 else "neg" if e["score"] < 0 else "zero"
        title = f'{d} · {e["type"]} · score {e["score"]:g} · {e["role"]} · {e["outlet"]}: {e["sentence"]}'
        parts.append(f'<circle class="dot {cls}" cx="{x:.1f}" cy="{_y(e["score"]):.1f}" r="6">'
                     f'<title>{escape(title)}</title></circle>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _y(score: float) -> float:
    score = max(SCORE_MIN, min(SCORE_MAX, score))
    return PAD + (TIME_H - 2 * PAD) * (SCORE_MAX - score) / (SCORE_MAX - SCORE_MIN)


def _axis_svg(days: list[str], x_of: dict) -> str:
    parts = [f'<line class="axis" x1="{PAD}" y1="{_y(0):.1f}" x2="{TIME_W - PAD}" y2="{_y(0):.1f}"/>']
    for score in (SCORE_MAX, 0.0, SCORE_MIN):
        parts.append(f'<text class="tick" x="{PAD - 6}" y="{_y(score) + 4:.1f}" text-anchor="end">{f"{score:+g}" if score else "0"}</text>')
    every = max(1, len(days) // 8)
    for i, d in enumerate(days):
        if i % every == 0:
            parts.append(f'<text class="tick" x="{x_of[d]:.1f}" y="{TIME_H - 10}" text-anchor="middle">{escape(d)}</text>')
    return "".join(parts)
