"""Cost and clustering quality of the comparison layer on a synthetic news mix.

    .venv/bin/python benchmarks/compare_cost.py cost --articles 1000      # compare vs. analysis time
    .venv/bin/python benchmarks/compare_cost.py cost --words 600 --pinned /tmp/syn.pkl  # analyses of compare_stages.py corpus
    .venv/bin/python benchmarks/compare_cost.py tune --articles 600       # story thresholds sweep
    .venv/bin/python benchmarks/compare_cost.py growth                    # cost vs. corpus and story size
    .venv/bin/python benchmarks/compare_cost.py encoder                   # embedding sentences/s

The mix is generated here: fictional events (floods, talks, trade deals, strikes,
elections, ...) in several countries, so that events of the same kind differ only in
their actors, places and dates; each event is reported by several fictional outlets
with different wordings, plus syndicated copies. Entities are known from the generator,
so the clustering can be measured before (and independently of) the entity layer.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsprism.records import Article, ArticleAnalysis, Entity, Span  # noqa: E402

# Forty fictional countries and people; an event of one kind in one country is rarely repeated
# within the time window, as in real news, but events of one kind differ only in their names.
_SYLLABLES = ["nor", "ves", "kal", "ost", "bel", "tar", "que", "lun", "mer", "sar", "dra", "pel", "vin", "gor", "tal",
              "bri", "cas", "dun", "el", "fen"]
PLACES = [(f"{a.capitalize()}{b}ia", (a[:2] + b[:1]).upper()) for a, b in zip(_SYLLABLES * 2, _SYLLABLES[7:] + _SYLLABLES[:7] + _SYLLABLES[3:] + _SYLLABLES[:3])]
PLACES = list({code: (name, code) for name, code in PLACES}.values())
_FIRST = ["Anna", "Tomas", "Lidia", "Piotr", "Mina", "Jonas", "Rhea", "Ivo", "Sara", "Omar", "Elena", "Yusuf", "Clara", "Hugo"]
_LAST = ["Keller", "Reyna", "Okafor", "Vance", "Salgado", "Brandt", "Castell", "Mendel", "Lindqvist", "Faris", "Marsh", "Demir"]
PEOPLE = [f"{f} {l}" for f in _FIRST for l in _LAST]
OUTLETS = ["Harbor Times", "Daily Meridian", "North Star Post", "Civic Ledger", "Valley Courier", "Metro Wire",
           "Evening Sentinel", "Coastline News", "Summit Journal", "Plains Gazette"]
WIRE = "Global Wire Service"

KINDS = {
    "flood": (["Floods force thousands from homes in {place}", "Heavy rain swamps {place}, thousands evacuated",
               "{place} declares emergency as rivers burst their banks"],
              ["Days of heavy rain flooded towns across {place}, forcing {n} people from their homes, officials said.",
               "Rivers burst their banks in {place} after torrential rain, and {n} residents were evacuated.",
               "Flooding in {place} has displaced {n} people, according to the national disaster agency."]),
    "talks": (["{person} says talks with {other} possible only if sanctions end",
               "{place} sets conditions for talks with {other}", "{person}: no dialogue with {other} under pressure"],
              ["{person}, the leader of {place}, said talks with {other} could resume only if sanctions were lifted.",
               "{place} will not negotiate with {other} while sanctions remain, {person} told reporters.",
               "Negotiations with {other} depend on an end to sanctions, {person} of {place} said on Monday."]),
    "trade": (["{place} and {other} sign trade deal cutting tariffs", "{other} and {place} agree to scrap tariffs",
               "Tariff pact between {place} and {other} takes effect"],
              ["{place} and {other} signed an agreement that removes tariffs on {n} categories of goods.",
               "Trade ministers from {place} and {other} agreed to cut tariffs on {n} kinds of products.",
               "A new trade pact between {other} and {place} scraps duties on {n} product lines."]),
    "strike": (["Rail workers in {place} walk out over pay", "Train strike halts services across {place}",
                "{place} rail unions begin indefinite strike"],
               ["Rail workers across {place} went on strike over pay, cancelling {n} trains, the operator said.",
                "A walkout by train staff in {place} halted {n} services as unions demanded higher wages.",
                "Unions representing rail workers in {place} began a strike that cancelled {n} journeys."]),
    "election": (["{person} wins presidential vote in {place}", "{place} elects {person} as president",
                  "Voters in {place} hand victory to {person}"],
                 ["{person} won the presidential election in {place} with {n} thousand votes, the commission said.",
                  "Electoral officials in {place} declared {person} the winner, with a margin of {n} thousand votes.",
                  "{person} was elected president of {place}, taking {n} thousand more votes than the runner-up."]),
    "quake": (["Earthquake shakes {place}, buildings damaged", "Strong quake hits {place}",
               "{place} counts damage after powerful earthquake"],
              ["A strong earthquake struck {place} on Sunday, damaging {n} buildings, seismologists said.",
               "An earthquake rattled {place}, and rescuers said {n} buildings were damaged.",
               "{n} buildings were damaged when a powerful quake hit {place}, officials reported."]),
}
# Filler is built from parts, so that unrelated articles share few word sequences.
SUBJECTS = ["Officials", "Residents", "Analysts", "Several diplomats", "Local reporters", "Opposition figures",
            "Aid workers", "Business leaders", "Economists", "Teachers", "Farmers", "Doctors", "Students", "Police"]
VERBS = ["said", "warned", "noted", "argued", "suggested", "complained", "told local radio", "wrote in a statement",
         "cautioned", "insisted", "predicted", "acknowledged"]
OBJECTS = ["that prices for {good} had risen sharply in recent weeks", "that the {thing} would need months of repairs",
           "that {n2} families were waiting for help in {town}", "that the {thing} in {town} had been closed since {day}",
           "that a review of the {thing} was overdue", "that talks on the {thing} would continue on {day}",
           "that the budget for the {thing} had been cut by {n2} percent", "that the mood in {town} remained tense",
           "that supplies of {good} were running low in {town}", "that the {thing} had been debated for years"]
GOODS = ["bread", "fuel", "rice", "medicine", "cement", "coffee", "fertiliser", "cooking oil", "timber", "milk"]
THINGS = ["bridge", "port", "hospital", "school programme", "power grid", "water plant", "border crossing",
          "highway", "pension plan", "housing scheme", "railway depot", "airport terminal"]
TOWNS = ["Alder", "Brisk", "Corvan", "Dunmore", "Elsk", "Fenwick", "Galt", "Harrow", "Istel", "Jorvik", "Kestrel",
         "Lorne", "Marrow", "Nesbit", "Orrin", "Pell", "Quarry", "Rusk", "Selby", "Tarn"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the weekend", "last month", "early spring"]


def _filler(rng: random.Random) -> str:
    obj = rng.choice(OBJECTS).format(good=rng.choice(GOODS), thing=rng.choice(THINGS), town=rng.choice(TOWNS),
                                     day=rng.choice(DAYS), n2=rng.randint(2, 95))
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {obj}."


def _mention_entities(text: str, names: dict) -> tuple[Entity, ...]:
    found = []
    for name, (kind, cid) in names.items():
        start = text.find(name)
        while start != -1:
            found.append(Entity(Span.of(text, start, start + len(name)), kind, cid, name))
            start = text.find(name, start + 1)
    return tuple(sorted(found, key=lambda e: e.span.start))


def _event(rng: random.Random, n: int, start: datetime) -> dict:
    kind = rng.choice(sorted(KINDS))
    place, other = rng.sample(PLACES, 2)
    person = rng.choice(PEOPLE)
    when = start + timedelta(hours=rng.uniform(0, 24 * 60))
    return {"id": n, "kind": kind, "place": place, "other": other, "person": person, "when": when, "n": rng.randint(20, 900)}


def _article(rng: random.Random, event: dict, outlet: str, words: int) -> tuple[Article, ArticleAnalysis]:
    heads, leads = KINDS[event["kind"]]
    fill = {"place": event["place"][0], "other": event["other"][0], "person": event["person"], "n": event["n"]}
    headline = rng.choice(heads).format(**fill)
    body = [rng.choice(leads).format(**fill)]
    while sum(len(s.split()) for s in body) < words:
        body.append(_filler(rng) if rng.random() < 0.85 else rng.choice(leads).format(**fill))
    paragraphs = [" ".join(body[i:i + 3]) for i in range(0, len(body), 3)]
    published = event["when"] + timedelta(hours=rng.uniform(0, 30))
    return _make(headline, "\n\n".join(paragraphs), outlet, published, event)


def _make(headline: str, body: str, outlet: str, published: datetime, event: dict) -> tuple[Article, ArticleAnalysis]:
    text = headline + "\n\n" + body
    aid = f"syn-{abs(hash((text, outlet, published.isoformat()))) % 10**12:012d}"
    article = Article(aid, text, headline, outlet, published=published.isoformat(), body_start=len(headline) + 2)
    names = {event["place"][0]: ("GPE", event["place"][1]), event["other"][0]: ("GPE", event["other"][1]),
             event["person"]: ("PERSON", "person:" + event["person"].lower().replace(" ", "-"))}
    return article, ArticleAnalysis(aid, entities=_mention_entities(text, names))


def synthetic_mix(n_articles: int, seed: int = 3, words: int = 300, per_story: tuple = (2, 8)) -> tuple[list, dict, dict]:
    """(articles, analyses, gold story of each article id) for a generated corpus."""
    rng = random.Random(seed)
    start = datetime(2026, 10, 1, tzinfo=timezone.utc)
    articles, analyses, gold = [], {}, {}
    n = 0
    while len(articles) < n_articles:
        event = _event(rng, n, start)
        size = rng.randint(*per_story)
        # Large stories: outlets cover an event more than once (updates, follow-ups).
        outlets = rng.sample(OUTLETS, size) if size <= len(OUTLETS) else [rng.choice(OUTLETS) for _ in range(size)]
        for outlet in outlets:
            article, analysis = _article(rng, event, outlet, words)
            copies = [(article, analysis)]
            if rng.random() < 0.15:  # a syndicated copy, lightly edited, a few hours later
                body = article.text[article.body_start:].replace("officials said", "officials told reporters")
                copies.append(_make(article.headline, body, WIRE, datetime.fromisoformat(article.published) + timedelta(hours=3), event))
            for a, an in copies:
                articles.append(a)
                analyses[a.id] = an
                gold[a.id] = n
        n += 1
    return articles[:n_articles], analyses, gold


def partition_scores(stories, gold: dict) -> dict:
    """Pairwise precision/recall/F1, adjusted Rand index and exact match of a clustering to gold."""
    from sklearn.metrics import adjusted_rand_score

    predicted = {a: s.id for s in stories for a in s.article_ids if a in gold}
    ids = sorted(predicted)
    same_pred = {(a, b) for i, a in enumerate(ids) for b in ids[i + 1:] if predicted[a] == predicted[b]}
    same_gold = {(a, b) for i, a in enumerate(ids) for b in ids[i + 1:] if gold[a] == gold[b]}
    tp = len(same_pred & same_gold)
    precision = tp / len(same_pred) if same_pred else 1.0
    recall = tp / len(same_gold) if same_gold else 1.0
    pred_sets = {frozenset(a for a in ids if predicted[a] == s) for s in set(predicted.values())}
    gold_sets = {frozenset(a for a in ids if gold[a] == g) for g in set(gold[a] for a in ids)}
    return {"pair_precision": round(precision, 4), "pair_recall": round(recall, 4),
            "pair_f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
            "ari": round(adjusted_rand_score([gold[a] for a in ids], [predicted[a] for a in ids]), 4),
            "exact": pred_sets == gold_sets, "stories": len(pred_sets), "gold_stories": len(gold_sets)}


def _views(articles, analyses):
    from newsprism.compare.embeddings import load_encoder
    from newsprism.compare.stance import load_stance_model
    from newsprism.compare.views import build_views

    return build_views(articles, analyses, load_stance_model()["idf"], load_encoder())


def tune(args) -> None:
    """Sweep story_threshold and the weights on the synthetic mix; print one JSON line each."""
    from newsprism.compare.settings import CompareSettings
    from newsprism.compare.stories import cluster_stories

    articles, analyses, gold = synthetic_mix(args.articles, seed=args.seed, words=args.words)
    views = _views(articles, analyses)
    for min_text in (0.35, 0.5, 0.6, 0.7):
        for threshold in (0.5, 0.55, 0.6, 0.65, 0.7, 0.75):
            for w_text, w_ent, w_time in ((0.6, 0.25, 0.15), (0.4, 0.4, 0.2), (1.0, 0.0, 0.0)):
                options = CompareSettings(story_threshold=threshold, min_text_similarity=min_text, w_text=w_text, w_entities=w_ent, w_time=w_time)
                scores = partition_scores(cluster_stories(views, options), gold)
                print(json.dumps({"min_text": min_text, "threshold": threshold, "weights": [w_text, w_ent, w_time], **scores}), flush=True)


def _analysed(articles, settings) -> tuple[dict, float]:
    """The real per-article analysis of ``articles`` and the seconds it took."""
    from newsprism.analyze import analyze_articles

    started, cpu = time.perf_counter(), time.process_time()
    analyses = {a.article_id: a for a in analyze_articles(articles, settings)}
    return analyses, (time.perf_counter() - started, time.process_time() - cpu)


def _pinned(path: str, generated: list, gold: dict) -> tuple:
    """Articles, analyses, gold and analysis seconds from ``compare_stages.py corpus`` (same --articles/--words/--seed).

    Ids hash the text, so they differ between hash seeds: gold is matched by position instead."""
    import pickle

    with open(path, "rb") as handle:
        articles, analyses = pickle.load(handle)
    timing = json.loads(Path(path + ".json").read_text())
    by_position = {a.id: gold[g.id] for a, g in zip(articles, generated)}
    return articles, analyses, by_position, (timing["analysis_wall_s"], timing["analysis_cpu_s"])


def cost(args) -> None:
    """Seconds for the per-article analysis and for compare_corpus over its output."""
    from newsprism.compare import compare_corpus
    from newsprism.compare.embeddings import load_encoder
    from newsprism.config import Settings

    articles, generated, gold = synthetic_mix(args.articles, seed=args.seed, words=args.words)
    settings = Settings(compare=_compare_overrides(args.set))
    # Wall seconds swing with other jobs on a shared machine; CPU seconds (all threads) do not.
    if args.pinned:
        from newsprism.compare.headline_conditions import spacy_parser

        articles, analyses, gold, (analysis_s, analysis_cpu) = _pinned(args.pinned, articles, gold)
        spacy_parser(settings.model)  # loaded by the analysis in a real run, not by the comparison
    else:
        analyses, (analysis_s, analysis_cpu) = (generated, (None, None)) if args.skip_analysis else _analysed(articles, settings)
    encoder = load_encoder()
    encoder._memo.clear()
    started, cpu = time.perf_counter(), time.process_time()
    result = compare_corpus(articles, analyses, settings, encoder=encoder)
    compare_s, compare_cpu = time.perf_counter() - started, time.process_time() - cpu
    words = sum(len(a.text.split()) for a in articles)
    claims = sum(len(a.claims) for a in analyses.values())
    print(json.dumps({"articles": len(articles), "words": words, "claims": claims, "analysis_s": analysis_s and round(analysis_s, 2),
                      "compare_s": round(compare_s, 2), "ratio": analysis_s and round(compare_s / analysis_s, 3),
                      "analysis_cpu_s": analysis_cpu and round(analysis_cpu, 2), "compare_cpu_s": round(compare_cpu, 2),
                      "cpu_ratio": analysis_cpu and round(compare_cpu / analysis_cpu, 3),
                      "stories": len(result.stories), "links": len(result.claim_links),
                      **partition_scores(result.stories, gold)}))


def _compare_overrides(pairs: list[str]) -> dict:
    """``--set max_claims_per_article=16`` -> {"max_claims_per_article": 16} (ints stay ints)."""
    overrides = {}
    for pair in pairs or ():
        key, _, value = pair.partition("=")
        overrides[key] = int(value) if value.lstrip("-").isdigit() else float(value)
    return overrides


def growth(args) -> None:
    """compare_corpus seconds as the corpus grows and as stories grow (no analysis)."""
    from newsprism.compare import compare_corpus
    from newsprism.compare.embeddings import load_encoder
    from newsprism.config import Settings

    sizes = ((250, (2, 8)), (500, (2, 8)), (1000, (2, 8)), (2000, (2, 8)), (1000, (10, 10)), (1000, (30, 30)), (1000, (60, 60)))
    for n, per_story in sizes[args.first:]:
        articles, analyses, _ = synthetic_mix(n, seed=args.seed, words=args.words, per_story=per_story)
        encoder = load_encoder()
        encoder._memo.clear()
        started = time.perf_counter()
        result = compare_corpus(articles, analyses, Settings(), encoder=encoder)
        print(json.dumps({"articles": n, "per_story": per_story, "seconds": round(time.perf_counter() - started, 2),
                          "stories": len(result.stories), "links": len(result.claim_links)}))


def encoder_speed(args) -> None:
    """Sentences per second of the ONNX encoder, sorted by length (as shipped) and unsorted."""
    from newsprism.compare.embeddings import BATCH, load_encoder

    rng = random.Random(args.seed)
    sentences = list({_filler(rng) + " " + " ".join(_filler(rng) for _ in range(rng.randint(0, 2))) for _ in range(2000)})
    encoder = load_encoder()
    encoder.encode(sentences[:64])
    started = time.perf_counter()
    for start in range(0, len(sentences), BATCH):  # unsorted: the order the texts came in
        encoder._run(sentences[start:start + BATCH])
    unsorted_s = time.perf_counter() - started
    encoder._memo.clear()
    started = time.perf_counter()
    encoder.encode(sentences)
    sorted_s = time.perf_counter() - started
    words = sum(len(t.split()) for t in sentences)
    print(json.dumps({"sentences": len(sentences), "mean_words": round(words / len(sentences), 1), "threads": encoder.threads,
                      "sorted_per_s": round(len(sentences) / sorted_s, 1), "unsorted_per_s": round(len(sentences) / unsorted_s, 1)}))


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("cost", "tune", "growth", "encoder"))
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--words", type=int, default=300, help="body words per generated article")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--skip-analysis", action="store_true", help="time compare_corpus only")
    parser.add_argument("--pinned", help="cost: analyses (and their seconds) stored by compare_stages.py corpus, "
                        "so that two versions of the comparison are timed on the same analysis")
    parser.add_argument("--first", type=int, default=0, help="growth: skip the first N corpus sizes")
    parser.add_argument("--set", action="append", metavar="KEY=VALUE", help="cost: a compare setting to override (repeatable)")
    args = parser.parse_args()
    {"cost": cost, "tune": tune, "growth": growth, "encoder": encoder_speed}[args.mode](args)


if __name__ == "__main__":
    main()
