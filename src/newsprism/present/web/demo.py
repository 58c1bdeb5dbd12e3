"""A hand-made demo corpus (fictional outlets, countries and people) for screenshots, benchmarks and tests.

Every record is built from phrases located in the article text, so spans are always exact.
``demo_records(copies=n)`` repeats the three base articles under n times as many outlets,
which gives the benchmark its 50-article story.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from ...records import (Actor, Article, ArticleAnalysis, Claim, ClaimRef, Condition, Entity, Event,
                        HeadlineCheck, OutletProfile, Span, Statement, Story, Verdict, ViaSource,
                        through_media_reports)

STORY_ID = "story-port-selm"
ENTITIES = (("Valdoria", "GPE", "VLD", "Valdoria", "", "GOV"), ("Kestria", "GPE", "KST", "Kestria", "", "GOV"),
            ("Elena Varga", "PERSON", "elena-varga", "Elena Varga", "Foreign Minister", "GOV"),
            ("Varga", "PERSON", "elena-varga", "Elena Varga", "Foreign Minister", "GOV"),
            ("Pavel Dusek", "PERSON", "pavel-dusek", "Pavel Dusek", "Defence Minister", "MIL"),
            ("Port Selm", "LOC", "port-selm", "Port Selm", "", ""))
VLD, KST = Actor("VLD", "GOV", "Valdoria"), Actor("KST", "GOV", "Kestria")

BASE = (
    dict(outlet="The Harbour Ledger", byline="Mara Lind", published="2026-11-20T08:00:00Z",
         headline="Valdoria offers talks with Kestria only if blockade ends",
         body="Valdoria's foreign minister Elena Varga said on Tuesday that her government would open talks with "
              "Kestria only if the naval blockade of Port Selm ends. \"We will not negotiate under pressure,\" Varga "
              "told reporters in the capital.\n\nKestria's defence ministry rejected the demand. According to reports "
              "from regional media, Kestrian ships may withdraw within days.",
         stance="agree"),
    dict(outlet="Daily Meridian", byline="Tom Okafor", published="2026-11-20T11:30:00Z",
         headline="Kestria rejects Valdorian ultimatum over Port Selm",
         body="Kestria on Tuesday rejected a demand from Valdoria to lift its blockade of Port Selm. Defence minister "
              "Pavel Dusek said the ships would stay \"as long as smuggling continues\".\n\nOfficials who asked not to "
              "be named said Kestria could threaten new sanctions. Elena Varga said talks were possible only if the "
              "blockade ends.",
         stance="agree"),
    dict(outlet="Northgate Wire", byline="", published="2026-11-21T07:15:00Z",
         headline="Blockade of Port Selm to end, sources say",
         body="The blockade of Port Selm will end this week, people familiar with the matter said. Valdoria's foreign "
              "minister Elena Varga welcomed the reports and said she was ready for talks.\n\nAnalysts said the "
              "dispute might flare again in spring.",
         stance="discuss"),
)


def sp(text: str, phrase: str, after: str = "") -> Span:
    """The span of the first ``phrase`` in ``text`` (at or after ``after``, when given)."""
    origin = text.index(after) if after else 0
    start = text.index(phrase, origin)
    return Span(start, start + len(phrase), phrase)


def make_article(spec: dict, outlet: str, n: int) -> Article:
    """An Article from a base spec; ``n`` > 0 adds a line so that copies get their own id."""
    body = spec["body"] + (f"\n\nUpdated edition {n}." if n else "")
    text = spec["headline"] + "\n\n" + body
    return Article(id=hashlib.sha256(text.encode()).hexdigest()[:16], text=text, headline=spec["headline"],
                   outlet=outlet, byline=spec["byline"], url=f"https://example.org/{n}/{len(spec['headline'])}",
                   published=spec["published"], body_start=len(spec["headline"]) + 2)


def _entities(text: str) -> tuple[Entity, ...]:
    found, taken = [], set()
    for surface, kind, cid, name, role, sector in ENTITIES:
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            whole_word = end == len(text) or not text[end].isalpha()
            if whole_word and not any(s <= start < e for s, e in taken):
                taken.add((start, start + len(surface)))
                found.append(Entity(Span(start, start + len(surface), surface), kind, cid, name, role, sector))
            start = text.find(surface, start + 1)
    return tuple(sorted(found, key=lambda e: e.span.start))


def _cond(text: str, phrase: str, connective: str, required: str, actor: str, polarity: str = "for") -> Condition:
    return Condition(sp(text, phrase), connective, required, actor, polarity)


def _analysis_ledger(a: Article) -> ArticleAnalysis:
    t = a.text
    only_if = _cond(t, "only if the naval blockade of Port Selm ends", "only if", "end the naval blockade", "KST")
    statements = (
        Statement(sp(t, "said", "Elena Varga said"), sp(t, "her government would open talks with Kestria only if "
                  "the naval blockade of Port Selm ends"), "indirect", "named-person", sp(t, "Elena Varga", "minister"),
                  "Elena Varga", "elena-varga"),
        Statement(sp(t, "told"), sp(t, "\"We will not negotiate under pressure,\""), "direct", "named-person",
                  sp(t, "Varga", "pressure"), "Elena Varga", "elena-varga"),
        Statement(sp(t, "According to"), sp(t, "Kestrian ships may withdraw within days"), "indirect",
                  "media-report", None, via=(ViaSource(sp(t, "reports from regional media"), "media-report"),)),
    )
    claims = (
        Claim(sp(t, "her government would open talks with Kestria only if the naval blockade of Port Selm ends"),
              "Elena Varga", "conditional", "lead", (sp(t, "only if", "government"),), (only_if,), "elena-varga"),
        Claim(sp(t, "Kestria's defence ministry rejected the demand"), "writer", "asserted", "body"),
        Claim(sp(t, "Kestrian ships may withdraw within days"), "writer", "speculative", "body", (sp(t, "may"),)),
    )
    events = (Event(sp(t, statements[0].content.text), "REQUEST", "", (), (VLD,), (KST,), (only_if,), -2.0, "112"),
              Event(sp(t, "Kestria's defence ministry rejected the demand."), "REJECT", "", (), (KST,), (VLD,), (), -4.0, "12"))
    return ArticleAnalysis(a.id, _entities(t), statements, claims, events, pipeline="demo")


def _analysis_meridian(a: Article) -> ArticleAnalysis:
    t = a.text
    as_long = _cond(t, "as long as smuggling continues", "as long as", "smuggling continues", "VLD", "against")
    only_if = _cond(t, "only if the blockade ends", "only if", "end the blockade", "KST")
    statements = (
        Statement(sp(t, "said", "Dusek"), sp(t, "the ships would stay \"as long as smuggling continues\""), "mixed",
                  "named-person", sp(t, "Pavel Dusek"), "Pavel Dusek", "pavel-dusek"),
        Statement(sp(t, "said", "named"), sp(t, "Kestria could threaten new sanctions"), "indirect", "anonymous-official",
                  sp(t, "Officials who asked not to be named")),
        Statement(sp(t, "said", "Elena Varga said"), sp(t, "talks were possible only if the blockade ends"), "indirect",
                  "named-person", sp(t, "Elena Varga", "sanctions"), "Elena Varga", "elena-varga"),
    )
    claims = (
        Claim(sp(t, "Kestria on Tuesday rejected a demand from Valdoria to lift its blockade of Port Selm"), "writer",
              "asserted", "lead"),
        Claim(sp(t, "the ships would stay \"as long as smuggling continues\""), "Pavel Dusek", "conditional", "lead",
              (sp(t, "as long as"),), (as_long,), "pavel-dusek"),
        Claim(sp(t, "Kestria could threaten new sanctions"), "anonymous officials", "speculative", "body", (sp(t, "could"),)),
        Claim(sp(t, "talks were possible only if the blockade ends"), "Elena Varga", "conditional", "body",
              (sp(t, "only if", "possible"),), (only_if,), "elena-varga"),
    )
    events = (Event(sp(t, "Kestria on Tuesday rejected a demand from Valdoria to lift its blockade of Port Selm."),
                    "REJECT", "", (), (KST,), (VLD,), (), -4.0, "12"),
              Event(sp(t, "Officials who asked not to be named said Kestria could threaten new sanctions."), "THREATEN",
                    "speculative", (), (KST,), (VLD,), (), -6.0, "13"),
              Event(sp(t, "Elena Varga said talks were possible only if the blockade ends."), "REQUEST", "", (), (VLD,),
                    (KST,), (only_if,), -2.0, "112"))
    return ArticleAnalysis(a.id, _entities(t), statements, claims, events, pipeline="demo")


def _analysis_northgate(a: Article) -> ArticleAnalysis:
    t = a.text
    statements = (
        Statement(sp(t, "said", "matter"), sp(t, "The blockade of Port Selm will end this week"), "indirect",
                  "vague-collective", sp(t, "people familiar with the matter")),
        Statement(sp(t, "said", "welcomed"), sp(t, "she was ready for talks"), "indirect", "named-person",
                  sp(t, "Elena Varga", "minister"), "Elena Varga", "elena-varga"),
        Statement(sp(t, "said", "Analysts"), sp(t, "the dispute might flare again in spring"), "indirect",
                  "vague-collective", sp(t, "Analysts")),
    )
    claims = (
        Claim(sp(t, "The blockade of Port Selm will end this week"), "people familiar with the matter", "asserted", "lead"),
        Claim(sp(t, "she was ready for talks"), "Elena Varga", "asserted", "lead", (), (), "elena-varga"),
        Claim(sp(t, "the dispute might flare again in spring"), "analysts", "speculative", "body", (sp(t, "might"),)),
    )
    events = (Event(sp(t, "Valdoria's foreign minister Elena Varga welcomed the reports and said she was ready for talks."),
                    "CONSULT", "", (), (VLD,), (KST,), (), 1.0, "03"),)
    return ArticleAnalysis(a.id, _entities(t), statements, claims, events, pipeline="demo")


ANALYSERS = (_analysis_ledger, _analysis_meridian, _analysis_northgate)


@dataclass
class DemoCorpus:
    """Every record the demo database holds."""

    articles: list = field(default_factory=list)
    analyses: list = field(default_factory=list)
    stories: list = field(default_factory=list)
    verdicts: list = field(default_factory=list)
    checks: list = field(default_factory=list)
    profiles: list = field(default_factory=list)


def demo_records(copies: int = 1, articles: int = 0) -> DemoCorpus:
    """The demo story: 3 articles, or 3 x ``copies`` articles under as many outlets (cut to ``articles``)."""
    corpus = _demo_records(copies)
    if articles and articles < len(corpus.articles):
        keep = {a.id for a in corpus.articles[:articles]}
        corpus.articles, corpus.analyses, corpus.checks = (corpus.articles[:articles], corpus.analyses[:articles],
                                                           corpus.checks[:articles])
        corpus.stories = [replace(s, article_ids=tuple(i for i in s.article_ids if i in keep)) for s in corpus.stories]
        corpus.verdicts = [replace(v, claims=tuple(c for c in v.claims if c.article_id in keep)) for v in corpus.verdicts]
    return corpus


def _demo_records(copies: int) -> DemoCorpus:
    corpus = DemoCorpus()
    for n in range(copies):
        for spec, analyser in zip(BASE, ANALYSERS):
            outlet = spec["outlet"] if copies == 1 else f"{spec['outlet']} {n + 1}"
            article = make_article(spec, outlet, n)
            corpus.articles.append(article)
            corpus.analyses.append(analyser(article))
            corpus.checks.append(HeadlineCheck(article.id, spec["stance"], 0.8 if spec["stance"] == "agree" else 0.4))
    corpus.stories = [Story(STORY_ID, "Port Selm blockade: Valdoria and Kestria", tuple(a.id for a in corpus.articles),
                            corpus.articles[0].published, corpus.articles[-1].published, ("VLD", "KST", "elena-varga"))]
    corpus.verdicts = _verdicts(corpus)
    corpus.profiles = [_profile(o, corpus) for o in sorted({a.outlet for a in corpus.articles})]
    return corpus


GROUPS = (  # (verdict, label, [(base article index, claim index)])
    ("corroborated", "Kestria rejected Valdoria's demand", [(0, 1), (1, 0)]),
    ("corroborated", "Varga: talks only if the blockade ends", [(0, 0), (1, 3)]),
    ("contradicted", "Whether the blockade ends this week", [(1, 1), (2, 0)]),
    ("speculation-only", "Kestria could threaten new sanctions", [(1, 2)]),
    ("speculation-only", "Kestrian ships may withdraw within days", [(0, 2)]),
    ("single-source", "Varga is ready for talks", [(2, 1)]),
)


def _verdicts(corpus: DemoCorpus) -> list[Verdict]:
    verdicts = []
    for group, (verdict, label, members) in enumerate(GROUPS):
        refs, outlets = [], []
        for i in range(0, len(corpus.articles), 3):
            for base, claim in members:
                article, analysis = corpus.articles[i + base], corpus.analyses[i + base]
                refs.append(ClaimRef(article.id, analysis.claims[claim].span))
                outlets.append(article.outlet)
        verdicts.append(Verdict(STORY_ID, group, verdict, label, tuple(refs), tuple(dict.fromkeys(outlets))))
    return verdicts


def _profile(outlet: str, corpus: DemoCorpus) -> OutletProfile:
    analyses = [an for a, an in zip(corpus.articles, corpus.analyses) if a.outlet == outlet]
    sts = [s for an in analyses for s in an.statements]
    claims = [c for an in analyses for c in an.claims]
    rate = lambda items, ok: sum(map(ok, items)) / len(items) if items else None  # noqa: E731
    return OutletProfile(outlet, len(analyses),
                         named_source_rate=rate(sts, lambda s: s.sourcing.startswith("named")),
                         vague_sourcing_rate=rate(sts, lambda s: s.sourcing == "vague-collective"),
                         anonymous_sourcing_rate=rate(sts, lambda s: s.sourcing == "anonymous-official"),
                         report_sourcing_rate=rate(sts, through_media_reports),
                         speculation_rate=100 * rate(claims, lambda c: c.modality == "speculative"),
                         headline_consistency=1.0 if outlet != "Northgate Wire" else 0.0,
                         novelty=4.5, derived_rate=0.0, evidence=_evidence(analyses, corpus))


def _evidence(analyses: list[ArticleAnalysis], corpus: DemoCorpus) -> dict:
    """Evidence in the compare layer's shape: numerator, denominator and cited records per figure."""
    anonymous = [{"article_id": an.article_id, "span": [s.content.start, s.content.end]}
                 for an in analyses for s in an.statements if s.sourcing == "anonymous-official"]
    total = sum(len(an.statements) for an in analyses)
    return {"anonymous_sourcing_rate": {"numerator": len(anonymous), "denominator": total, "records": anonymous},
            "articles": [an.article_id for an in analyses]}


FEES_STORY_ID = "story-port-selm-fees"
FEES = (
    dict(outlet="Daily Meridian", byline="Tom Okafor", published="2026-11-23T09:00:00Z",
         headline="Valdoria doubles harbour fees at Port Selm",
         body="Valdoria will double harbour fees at Port Selm from January, the transport ministry said on Monday. "
              "Shipping groups warned that costs could rise for consumers.", stance="agree"),
    dict(outlet="The Harbour Ledger", byline="Mara Lind", published="2026-11-23T12:00:00Z",
         headline="Port Selm fees to double in January",
         body="Harbour fees at Port Selm will double from January, Valdoria's transport ministry said. A union "
              "leader said the move was probably aimed at Kestrian ships.", stance="agree"),
)


def _fees_analyses(first: Article, second: Article) -> tuple[ArticleAnalysis, ArticleAnalysis]:
    t, u = first.text, second.text
    ministry = ("the transport ministry", "Valdoria's transport ministry")
    a = ArticleAnalysis(first.id, _entities(t), (
        Statement(sp(t, "said", "ministry"), sp(t, "Valdoria will double harbour fees at Port Selm from January"),
                  "indirect", "named-organisation", sp(t, ministry[0]), "Transport Ministry", "vld-transport"),
        Statement(sp(t, "warned"), sp(t, "costs could rise for consumers"), "indirect", "vague-collective",
                  sp(t, "Shipping groups"))), (
        Claim(sp(t, "Valdoria will double harbour fees at Port Selm from January"), "Transport Ministry", "asserted", "lead"),
        Claim(sp(t, "costs could rise for consumers"), "shipping groups", "speculative", "body", (sp(t, "could"),))),
        pipeline="demo")
    b = ArticleAnalysis(second.id, _entities(u), (
        Statement(sp(u, "said", "ministry"), sp(u, "Harbour fees at Port Selm will double from January"), "indirect",
                  "named-organisation", sp(u, ministry[1]), "Transport Ministry", "vld-transport"),
        Statement(sp(u, "said", "leader"), sp(u, "the move was probably aimed at Kestrian ships"), "indirect",
                  "vague-collective", sp(u, "A union leader"))), (
        Claim(sp(u, "Harbour fees at Port Selm will double from January"), "Transport Ministry", "asserted", "lead"),
        Claim(sp(u, "the move was probably aimed at Kestrian ships"), "a union leader", "hedged", "body",
              (sp(u, "probably"),))), pipeline="demo")
    return a, b


def add_fees_story(corpus: DemoCorpus) -> DemoCorpus:
    """A second, smaller story (two articles), so that lists and screenshots show more than one."""
    articles = [make_article(spec, spec["outlet"], 0) for spec in FEES]
    analyses = _fees_analyses(*articles)
    corpus.articles += articles
    corpus.analyses += analyses
    corpus.checks += [HeadlineCheck(a.id, "agree", 0.9) for a in articles]
    corpus.stories.append(Story(FEES_STORY_ID, "Port Selm harbour fees to double", tuple(a.id for a in articles),
                                articles[0].published, articles[1].published, ("VLD", "port-selm")))
    refs = [ClaimRef(an.article_id, an.claims[i].span) for an in analyses for i in (0,)]
    corpus.verdicts += [
        Verdict(FEES_STORY_ID, 0, "corroborated", "Port Selm fees double from January", tuple(refs),
                tuple(a.outlet for a in articles)),
        Verdict(FEES_STORY_ID, 1, "speculation-only", "Costs could rise for consumers",
                (ClaimRef(analyses[0].article_id, analyses[0].claims[1].span),), (articles[0].outlet,)),
        Verdict(FEES_STORY_ID, 2, "speculation-only", "The fees target Kestrian ships",
                (ClaimRef(analyses[1].article_id, analyses[1].claims[1].span),), (articles[1].outlet,))]
    corpus.profiles = [_profile(o, corpus) for o in sorted({a.outlet for a in corpus.articles})]
    return corpus


def build_demo_db(path: str | Path, copies: int = 1, corpus: DemoCorpus | None = None):
    """Write the demo corpus (or ``corpus``) into a new database at ``path``; returns the open Store."""
    from ...store.db import Store

    corpus = corpus or demo_records(copies)
    store = Store.open(str(path))
    store.add_articles(corpus.articles)
    for analysis in corpus.analyses:
        store.save_analysis(analysis)
    store.save_comparison(corpus.stories, (), corpus.verdicts, corpus.checks, corpus.profiles)
    return store
