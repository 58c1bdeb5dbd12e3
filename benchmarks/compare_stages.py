"""CPU seconds of each comparison stage on stored analyses, for comparing two code versions.

    .venv/bin/python benchmarks/compare_stages.py corpus /tmp/syn.pkl --articles 1000 --words 600
    .venv/bin/python benchmarks/compare_stages.py stages /tmp/syn.pkl              # one JSON line
    PYTHONPATH=/tmp/before/src .venv/bin/python benchmarks/compare_stages.py stages /tmp/syn.pkl
    .venv/bin/python benchmarks/compare_stages.py table RUNS.jsonl                  # median and spread
    .venv/bin/python benchmarks/compare_stages.py profile /tmp/syn.pkl --top 40     # cProfile, cumulative

``corpus`` generates the synthetic mix of compare_cost.py, runs the real analysis once and
pickles ``(articles, analyses)`` (the format of compare_links_diff.py, whose ``dump`` reads it),
with the analysis's CPU and wall seconds in ``OUT.json``: the analysis code may change while
the comparison is measured, so every comparison run reads the same analyses.

``stages`` runs ``compare_corpus`` once in this process (spaCy, the encoder and the stance model
loaded first, as after ``newsprism run``) and times each step ``corpus._compare`` calls, plus
the encoder and the headline checks' parts, as CPU seconds of the whole process (the encoder
runs two threads). Times are exclusive: a step's time leaves out the timed steps inside it.
Run it several times, alternating versions, in fresh processes: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import pickle
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (module, attribute, stage name): what _compare calls, and the parts of the headline checks.
TIMED = [
    ("corpus", "build_views", "views"), ("corpus", "_derived_evidence", "syndication"),
    ("corpus", "cluster_stories", "stories"), ("corpus", "headline_checks", "headline checks (model, rest)"),
    ("headlines", "_features", "headline features"), ("headlines", "structural_finding", "headline conditions"),
    ("headlines", "agreement_finding", "headline agreement"), ("headlines", "support_finding", "headline support"),
    ("corpus", "office_holders", "office holders"), ("corpus", "resolved_view", "resolved views"),
    ("corpus", "prepare_story", "align: prepare"), ("corpus", "link_story", "align: link"),
    ("corpus", "story_verdicts", "verdicts"), ("corpus", "novel_claims", "novel claims"),
    ("corpus", "_with_summary", "story summary"), ("corpus", "outlet_profiles", "outlet profiles"),
]


class StageClock:
    """Exclusive CPU seconds per stage: nested timed calls are charged to the inner stage only."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[float] = []  # time already charged to children of each open call

    def wrap(self, name: str, function):
        """``function``, timed under ``name``."""
        def timed(*args, **kwargs):
            self._stack.append(0.0)
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent = time.process_time() - started
                children = self._stack.pop()
                self.seconds[name] += spent - children
                self.calls[name] += 1
                if self._stack:
                    self._stack[-1] += spent
        return timed


def _load_models(settings):
    from newsprism.compare.embeddings import load_encoder
    from newsprism.compare.headline_conditions import spacy_parser
    from newsprism.compare.stance import load_stance_model

    spacy_parser(getattr(settings, "model", ""))  # loads the pipeline, as the analysis would have
    load_stance_model()
    encoder = load_encoder()
    encoder._memo.clear()
    return encoder


def _instrument(clock: StageClock, encoder) -> None:
    import importlib

    for module_name, attribute, name in TIMED:
        module = importlib.import_module(f"newsprism.compare.{module_name}")
        if hasattr(module, attribute):
            setattr(module, attribute, clock.wrap(name, getattr(module, attribute)))
    headlines = importlib.import_module("newsprism.compare.headlines")
    for method in ("__call__", "syntax"):  # a full parse, and one without entities where the code has it
        if hasattr(getattr(headlines, "_LazyParser", None), method):
            setattr(headlines._LazyParser, method, clock.wrap("spaCy parse (headline checks)", getattr(headlines._LazyParser, method)))
    encoder.encode = clock.wrap("encoder", encoder.encode)


def stages(args) -> None:
    """Run compare_corpus once with stage timers; print one JSON line."""
    from newsprism.compare import compare_corpus
    from newsprism.config import Settings

    with open(args.corpus, "rb") as handle:
        articles, analyses = pickle.load(handle)
    settings = Settings()
    encoder = _load_models(settings)
    clock = StageClock()
    _instrument(clock, encoder)
    for repeat in range(args.repeat):
        # Later repeats run with warm memos (word stems, lru caches), but embed everything anew.
        encoder._memo.clear()
        clock.seconds.clear()
        clock.calls.clear()
        started, cpu = time.perf_counter(), time.process_time()
        result = compare_corpus(articles, analyses, settings, encoder=encoder)
        total_cpu, total_wall = time.process_time() - cpu, time.perf_counter() - started
        stage_seconds = {k: round(v, 3) for k, v in clock.seconds.items()}
        stage_seconds["other (compare_corpus itself)"] = round(total_cpu - sum(clock.seconds.values()), 3)
        label = args.label if repeat == 0 else f"{args.label} (warm)"
        print(json.dumps({"label": label, "compare_cpu_s": round(total_cpu, 3), "compare_wall_s": round(total_wall, 3),
                          "load": _load(), "links": len(result.claim_links), "stories": len(result.stories),
                          "stages": stage_seconds, "calls": dict(clock.calls)}), flush=True)


def _load() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def table(args) -> None:
    """Median (min-max) CPU seconds per stage and label from a file of ``stages`` lines."""
    runs = defaultdict(list)
    for line in Path(args.runs).read_text().splitlines():
        if line.startswith("{"):
            run = json.loads(line)
            runs[run["label"]].append(run)
    labels = list(runs)
    names = list(dict.fromkeys(n for label in labels for r in runs[label] for n in r["stages"]))
    print("| stage | " + " | ".join(f"{label} (n={len(runs[label])})" for label in labels) + " |")
    print("| --- |" + " --- |" * len(labels))
    for name in names + ["compare_cpu_s", "compare_wall_s", "load"]:
        cells = [_cell([r["stages"].get(name, 0.0) if name in r["stages"] else r.get(name, 0.0) for r in runs[label]])
                 for label in labels]
        print(f"| {name} | " + " | ".join(cells) + " |")


def _cell(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def profile(args) -> None:
    """cProfile of one compare_corpus run, the top functions by cumulative and by own time."""
    import cProfile
    import pstats

    from newsprism.compare import compare_corpus
    from newsprism.config import Settings

    with open(args.corpus, "rb") as handle:
        articles, analyses = pickle.load(handle)
    settings = Settings()
    encoder = _load_models(settings)
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    compare_corpus(articles, analyses, settings, encoder=encoder)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)


def corpus(args) -> None:
    """Generate and analyse the synthetic mix once; pickle it and write the analysis seconds beside it."""
    sys.path.insert(0, str(HERE))
    from compare_cost import _analysed, synthetic_mix
    from newsprism.config import Settings

    articles, _, _ = synthetic_mix(args.articles, seed=args.seed, words=args.words)
    analyses, (wall, cpu) = _analysed(articles, Settings())
    with open(args.corpus, "wb") as handle:
        pickle.dump((articles, analyses), handle)
    claims = sum(len(a.claims) for a in analyses.values())
    Path(args.corpus + ".json").write_text(json.dumps({"articles": len(articles), "claims": claims, "analysis_wall_s": round(wall, 2),
                                                      "analysis_cpu_s": round(cpu, 2), "load": _load()}) + "\n")
    print(Path(args.corpus + ".json").read_text(), end="")


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("corpus", "stages", "table", "profile"))
    parser.add_argument("corpus", help="pickle of (articles, analyses); for table, the file of stages lines")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--label", default="current", help="stages: the name this run goes under in the table")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=1, help="stages: runs in this process; the later ones go under 'LABEL (warm)'")
    args = parser.parse_args()
    if args.mode == "table":
        args.runs = args.corpus
    {"corpus": corpus, "stages": stages, "table": table, "profile": profile}[args.mode](args)


if __name__ == "__main__":
    main()
