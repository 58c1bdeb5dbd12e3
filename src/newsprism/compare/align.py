"""Claim alignment within a story: ``same`` / ``contradicts`` / ``elaborates`` with evidence.

Structure decides first (holder, polarity, conditions, numbers, roles such as "former",
a speaker's demand against the writer's guess), embeddings second: a cheap IDF-weighted
word overlap (a fraction, ``word_overlap``) or a shared entity picks candidate pairs, and
only their texts are embedded. Embeddings alone do not see contradiction (a paraphrase
and its negation score alike), so they only say whether two claims are about the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

from ..records import Claim, ClaimLink, ClaimRef, Span
from .polarity import WRITER_POSITIVE, Polarity, claim_polarity, same_holder
from .roles import role_conflicts, roles_conflict, titled_mention
from .holders import holder_side
from .counts import conflicting_counts, counted_thing_owners, different_subjects, different_things
from .claim_routes import count_pairs, counted, item_shared_quote, quote_pairs, same_conditions, story_count_conflicts
from .quantities import headline_nouns
from .settings import CompareSettings
from .stance import claim_stems, stem_idf, words
from .views import ArticleView, story_names

# Conditions and obstacles on one side, "no barriers" on the other: a contradiction that
# embeddings cannot see ("talks impossible unless X" is close to "no barriers to talks").
CONDITION_CUES = re.compile(r"\b(only if|unless|as long as|contingent on|provided that|on condition that|so long as|"
                            r"conditions?|terms|block|obstacles?|barriers?|hurdles?|impossible)\b", re.I)
UNCONDITIONAL_CUES = re.compile(r"\b(no (pre)?conditions?|no barriers?|without (pre)?conditions?|unconditional(ly)?|no obstacles?)\b", re.I)
SPECULATIVE = frozenset({"speculative", "hedged"})
HEDGE_WORDS = frozenset("likely perhaps maybe may might could possibly probably seems appears suggests".split())


@dataclass
class ClaimItem:
    """One claim of one article, with the structure the alignment compares."""

    view: ArticleView
    claim: Claim
    text: str
    stems: set = field(default_factory=set)
    entities: set = field(default_factory=set)  # canonical ids as the story knows them (office -> holder)
    roles: dict = field(default_factory=dict)  # canonical id -> (former | sitting | "", title it is built on), roles.py
    numbers: dict | None = None  # counted noun -> values ("family" -> {"58"}); counts.py, filled when first needed
    negative: bool = False
    conditional: bool = False
    unconditional: bool = False
    aligned: bool = True  # False: kept for verdicts and rates, but not compared (cost cap)
    polarity: Polarity = WRITER_POSITIVE  # whose content is negated, and whether (polarity.py)
    written: dict = field(default_factory=dict)  # canonical id -> the mention as this article writes it
    names: dict = field(default_factory=dict)  # canonical id -> the story's display name (shared by a story's items)
    things: list | None = None  # what the claim names, as keys (counts.named_things), filled when first needed
    subjects: frozenset = frozenset()  # canonical ids the story's headlines name (shared by a story's items)
    name_stems: dict | None = None  # canonical id -> stems of its mentions in the claim, filled when first needed
    # Noun -> whose it is (counts.counted_thing_owners), filled when first needed: a claim meets many partners.
    owners: dict | None = field(default=None, compare=False, repr=False)
    side: str | None = None  # the state the holder speaks for (_holder_side), filled when first needed
    counted: list | None = None  # quantities.quantities of the text, filled when first needed
    salient: frozenset = frozenset()  # what the story's headlines name or count (shared by a story's items)
    quoted: tuple | None = None  # (quotes.quoted_phrases, quotes.word_string) of the text, filled when first needed

    def name(self, entity_id: str) -> str:
        """The story's display name for an entity or holder id (the id itself when unknown)."""
        return self.names.get(entity_id) or self.view.entities.get(entity_id) or entity_id

    @property
    def holder_name(self) -> str:
        """The holder under the story's name for them: "Mehdi Tavakoli" for "Supreme Leader of Iran"."""
        hid = self.claim.holder_id
        return (self.names.get(hid) or self.claim.holder) if hid else self.claim.holder

    @property
    def ref(self) -> ClaimRef:
        """Where the claim sits."""
        return ClaimRef(self.view.id, self.claim.span)

    @property
    def writer_guess(self) -> bool:
        """True when the writer, not a source, holds the claim as speculation."""
        return self.claim.holder == "writer" and self.claim.modality in SPECULATIVE


def _fallback_claims(view: ArticleView) -> list[Claim]:
    """Sentences as writer claims, for analyses that carry no claims (layer not run)."""
    claims = []
    for index, (start, end) in enumerate(view.body.offsets):
        span = Span.of(view.article.text, start, end)
        hedged = bool(HEDGE_WORDS & set(words(span.text)))
        claims.append(Claim(span, "writer", "speculative" if hedged else "asserted", "lead" if index < 2 else "body"))
    return claims


def _headline_claim(view: ArticleView) -> list[Claim]:
    headline = view.article.headline
    if not headline or not view.article.text.startswith(headline):
        return []
    hedged = bool(HEDGE_WORDS & set(words(headline)))
    return [Claim(Span.of(view.article.text, 0, len(headline)), "writer", "speculative" if hedged else "asserted", "headline")]


def _outermost(claims: list[Claim]) -> list[Claim]:
    """Drop claims nested inside a longer claim of the same holder (the claims layer nests them)."""
    kept, reach = [], {}  # reach: the furthest end of a kept claim, per holder
    for c in sorted(claims, key=lambda c: (c.span.start, -c.span.end)):
        if reach.get(c.holder, -1) < c.span.end:  # sorted by start, so only the end can nest it
            kept.append(c)
            reach[c.holder] = max(reach.get(c.holder, -1), c.span.end)
    return kept


def _priority(claim: Claim) -> tuple:
    # Headline and lead first, then what sources said, then the writer's own sentences.
    return ({"headline": 0, "lead": 1}.get(claim.position, 2), claim.holder == "writer", claim.span.start)


def all_claims(view: ArticleView) -> list[Claim]:
    """Every claim of the article (its sentences when the claims layer did not run)."""
    if view.analysis.claims:
        return list(view.analysis.claims)
    if view.fallback_claims is None:  # computed once: alignment, verdicts and profiles all ask
        view.fallback_claims = _fallback_claims(view)
    return list(view.fallback_claims)


def story_claims(view: ArticleView) -> list[Claim]:
    """Every outermost claim of the article, headline included, in text order."""
    claims = _outermost(all_claims(view))
    if not any(c.position == "headline" for c in claims):
        claims = _headline_claim(view) + claims  # headlines are compared across outlets too
    return claims


def claims_of(view: ArticleView, limit: int) -> list[Claim]:
    """The article's claims (its sentences when the claims layer did not run), plus its headline.

    Nested claims of one holder collapse into the outermost, and at most ``limit`` are kept
    (headline, lead and attributed claims first): every claim kept may cost an embedding.
    """
    chosen = sorted(story_claims(view), key=_priority)[:limit]
    return sorted(chosen, key=lambda c: (c.span.start, c.span.end))


def claim_item(view: ArticleView, claim: Claim) -> ClaimItem:
    """Extract the structure of one claim."""
    text = claim.span.text
    inside = [e for e in view.analysis.entities if claim.span.start <= e.span.start < claim.span.end and e.canonical_id]
    # Entities are compared as the story knows them: "the Supreme Leader" is the person holding the office.
    roles = {view.canonical(e.canonical_id): _status_and_base(view.article.text, e) for e in inside}
    written: dict = {}
    for e in inside:
        written.setdefault(view.canonical(e.canonical_id), e.span.text)
    polarity = claim_polarity(view, claim)
    return ClaimItem(
        view, claim, text, set(claim_stems(text)), set(written), roles, None,
        polarity.negative,
        (bool(claim.conditions) or claim.modality == "conditional" or bool(CONDITION_CUES.search(text)))
        and not UNCONDITIONAL_CUES.search(text),
        bool(UNCONDITIONAL_CUES.search(text)),
        polarity=polarity, written=written,
    )


def _status_and_base(text: str, entity) -> tuple[str, str]:
    mention = titled_mention(text, entity)
    return mention.status, mention.base


def _same_holder(a: ClaimItem, b: ClaimItem) -> bool:
    if a.claim.holder_id and b.claim.holder_id:
        return a.claim.holder_id == b.claim.holder_id
    return a.claim.holder.strip().lower() == b.claim.holder.strip().lower()


def _paraphrase(similarity: float, lexical: float, settings: CompareSettings) -> bool:
    """Close enough to be one proposition: a high cosine, or a fair one over mostly shared words
    (outlets rewording one report keep its words: "would not recognise the new government" /
    "will not recognise his government")."""
    return similarity >= settings.same_similarity or (
        similarity >= settings.same_similarity_with_overlap and lexical >= settings.same_overlap)


def _holders_agree(a: ClaimItem, b: ClaimItem) -> bool:
    """Whether one proposition can be carried by both claims' holders.

    An outlet corroborates a proposition whoever it cites for it: the writer in one article and
    a minister in another, or a spokesman and his ministry, report the same thing. What splits
    a proposition is two holders of different sides saying alike ("Hungary said the halt was
    illegal" / "Slovakia said the halt was illegal"): two claims, one per side.
    """
    if _same_holder(a, b):
        return True
    sides = _holder_side(a), _holder_side(b)
    return not (sides[0] and sides[1] and sides[0] != sides[1])


def _opposed(a: ClaimItem, b: ClaimItem) -> bool:
    """One claim negated and the other not (outside conditions, where "impossible unless X" and
    "possible only if X" agree): whoever holds them, they are not one proposition."""
    return a.negative != b.negative and not (a.conditional and b.conditional)


def _holder_side(item: ClaimItem) -> str:
    """The state a claim's holder speaks for (alpha-3), or "" when unknown or the writer;
    worked out once per claim, which meets many partners."""
    if item.side is None:
        item.side = holder_side(item.claim, item.view.analysis.entities)
    return item.side


def _contradiction(a: ClaimItem, b: ClaimItem, similarity: float, lexical: float, settings: CompareSettings) -> list[str]:
    """Structural signals that the two claims cannot both be true as reported."""
    signals = []
    # Negation and numbers only conflict within one proposition: demand a close paraphrase.
    close = similarity >= settings.contradiction_similarity
    # "impossible as long as X" and "possible only if not X" say the same: skip when both are conditional.
    # Opposite polarities of two different holders ("critics denied X" / "X") are not the outlets disagreeing.
    if close and _opposed(a, b) and same_holder(a.polarity, b.polarity):
        signals.append("polarity: one claim is negated")
    if (a.conditional and b.unconditional) or (b.conditional and a.unconditional):
        signals.append("conditions: conditional in one, unconditional in the other")
    for eid in a.entities & b.entities:
        if eid in a.roles and eid in b.roles and roles_conflict(a.roles[eid], b.roles[eid]):
            signals.append(f"role: {a.name(eid)} called former in one and sitting in the other ({eid})")
    if close and lexical >= settings.numbers_overlap:
        signals += _number_conflicts(a, b)
    if close and a.writer_guess != b.writer_guess and _speaker_vs_writer(a, b):
        signals.append("attribution: a source's statement in one, the writer's speculation in the other")
    return signals


def _number_conflicts(a: ClaimItem, b: ClaimItem) -> list[str]:
    """Different counts of the same thing ("12 people" / "40 people"), not of things in different places.

    Nor of different things of one kind: "the budget for the hospital was cut by 12 percent" and
    "the highway budget was cut by 40 percent" can both be true (``counts.different_things``).
    """
    conflicts = conflicting_counts(counted(a).numbers, counted(b).numbers)
    if not conflicts or different_subjects(a.things, b.things):
        return []
    if _different_things(a, b):  # rare: only pairs with conflicts
        return []
    return [f"numbers: {', '.join(v)} vs {', '.join(w)} ({noun or 'no counted noun'})" for noun, v, w in conflicts]


def _speaker_vs_writer(a: ClaimItem, b: ClaimItem) -> bool:
    """One claim held by a named source as a firm statement, the other the writer's guess."""
    guess, firm = (a, b) if a.writer_guess else (b, a)
    # Headlines drop their cues ("X says Y" reads like the writer's guess to the claims layer).
    if guess.claim.position == "headline":
        return False
    return firm.claim.holder != "writer" and firm.claim.modality in ("asserted", "conditional") and guess.writer_guess


def _both_headlines(a: ClaimItem, b: ClaimItem) -> bool:
    return a.claim.position == "headline" and b.claim.position == "headline"


def relate(a: ClaimItem, b: ClaimItem, similarity: float, lexical: float, settings: CompareSettings,
           stem_weight: Callable[[str], float] | None = None):
    """(relation, score, signals) for two claims, or None when they are about different things.

    ``stem_weight`` (``stem_idf`` of the IDF table) weighs the words two claims share beside an
    incidental name; without it every word weighs alike.
    """
    shared = sorted(a.entities & b.entities)
    base = [f"similarity {similarity:.2f}", f"word overlap {lexical:.2f}"] + ([f"shared entities: {_shown(a, b, shared)}"] if shared else [])
    counted = story_count_conflicts(a, b, related=similarity >= settings.related_similarity)
    if counted:  # the story's own count, given differently: whatever the rest of the sentences says
        return "contradicts", similarity, counted + base
    quote = item_shared_quote(a, b)
    topical = bool(quote) or similarity >= settings.related_similarity or (
        bool(shared) and _related_through(a, b, shared, lexical, settings, stem_weight or stem_idf({})))
    if _both_headlines(a, b):  # the story clustering already says both report the same event
        topical = similarity >= settings.headline_similarity or bool(shared)
    if not topical:
        return None
    conflicts = _contradiction(a, b, similarity, lexical, settings)
    if conflicts:
        return "contradicts", similarity, conflicts + base
    close = _paraphrase(similarity, lexical, settings) or (bool(quote) and same_conditions(a, b))
    if quote:
        base = [f'quoted alike: "{quote}"'] + base
    different = _different_things(a, b) if close else False
    agree = _holders_agree(a, b) and not _opposed(a, b)
    if close and agree and not different:
        held = f"same holder: {a.holder_name}" if _same_holder(a, b) else f"holders: {a.holder_name} / {b.holder_name}"
        return "same", similarity, [held] + base
    reason = ("related but not a paraphrase" if not close else "opposite polarity" if _opposed(a, b)
              else "different holders" if not agree
              else "different things of one kind")
    return "elaborates", similarity, [reason] + base


def _related_through(a: ClaimItem, b: ClaimItem, shared: list[str], lexical: float, settings: CompareSettings,
                     stem_weight: Callable[[str], float]) -> bool:
    """Whether claims that share entities but are not close paraphrases are about one thing.

    They must share wording too. A name the story's headlines carry is what the story is about,
    and claims naming it are on its topic: its own words count. An incidental name (a town in a
    side remark) only says where: "milk ran low in Pell" and "the mood in Pell was tense" share
    Pell and nothing else, and since an unseen name weighs as the rarest stem (``stem_idf``) its
    words alone pass ``related_overlap``; so without a headline entity the words beside the shared
    names must pass it on their own (the name would otherwise count twice: as entity and as words).
    """
    if lexical < settings.related_overlap:
        return False
    if a.subjects & set(shared):
        return True
    names = set().union(*(_name_stems(item).get(eid, ()) for item in (a, b) for eid in shared))
    return weighted_overlap(a.stems - names, b.stems - names, stem_weight) >= settings.related_overlap


def _name_stems(item: ClaimItem) -> dict:
    """Canonical id -> stems of its mentions in the claim, computed once and only for the pairs that ask."""
    if item.name_stems is None:
        view, span = item.view, item.claim.span
        item.name_stems = {}
        for e in view.analysis.entities:
            if span.start <= e.span.start < span.end and e.canonical_id:
                stems = claim_stems(e.span.text)
                item.name_stems.setdefault(view.canonical(e.canonical_id), set()).update(stems)
    return item.name_stems


def headline_entities(views: Sequence[ArticleView]) -> frozenset:
    """Canonical ids of the entities the articles' headlines name: what the story is about."""
    return frozenset(v.canonical(e.canonical_id) for v in views for e in v.analysis.entities
                     if e.canonical_id and e.span.end <= v.article.body_start)


def _different_things(a: ClaimItem, b: ClaimItem) -> bool:
    """"The hospital budget was cut" and "the highway budget was cut": alike in words, not the same claim."""
    return different_things(_owners(a), _owners(b))


def _owners(item: ClaimItem) -> dict:
    if item.owners is None:
        item.owners = counted_thing_owners(item.text)
    return item.owners


def _shown(a: ClaimItem, b: ClaimItem, ids: list[str]) -> str:
    """Shared entities by the story's names, with each article's own wording when it differs."""
    shown = []
    for eid in ids:
        name = a.name(eid)
        own = [w for w in dict.fromkeys((a.written.get(eid, ""), b.written.get(eid, ""))) if w and w != name]
        shown.append(f"{name} (as written: {' / '.join(own)})" if own else name)
    return ", ".join(shown)


def word_overlap(a: set, b: set, idf: dict) -> float:
    """The share of the lighter claim's word weight that the other claim has too, in [0, 1].

    An overlap coefficient over IDF-squared weights (the weights of a TF-IDF dot product, so a
    shared "not" or "said", IDF 1.4, counts for little beside a shared "Iran", 6.8): a short claim
    ("the port closed") inside a longer sentence that says more is fully covered, which Jaccard would not grant.
    """
    return weighted_overlap(a, b, stem_idf(idf))


def weighted_overlap(a: set, b: set, stem_weight: Callable[[str], float]) -> float:
    """``word_overlap`` with the IDF as a function (``stem_idf``), made once for many pairs."""
    if not a or not b:
        return 0.0
    weight = {w: stem_weight(w) ** 2 for w in a | b}
    shared = sum(weight[w] for w in a & b)
    return min(1.0, shared / min(sum(weight[w] for w in a), sum(weight[w] for w in b)))


def _incidence(rows_of: Sequence, weight):
    """Items x features (scipy sparse CSR): ``weight(feature)`` where an item has the feature."""
    from scipy.sparse import csr_matrix

    index: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for row, features in enumerate(rows_of):
        for feature in features:
            rows.append(row)
            cols.append(index.setdefault(feature, len(index)))
            vals.append(weight(feature))
    return csr_matrix((vals, (rows, cols)), shape=(len(rows_of), max(1, len(index))))


def candidate_pairs(items: Sequence[ClaimItem], idf: dict, settings: CompareSettings) -> list[tuple[int, int, float]]:
    """Pairs of claims from different articles that share enough words, or an entity, or are both headlines.

    Each pair comes with its ``word_overlap``. Word and entity overlaps of every pair come
    from sparse products, one per article, so a story of n claims costs O(n^2) multiply-adds
    in C rather than n^2 Python set operations.
    """
    stems = _incidence([it.stems for it in items], stem_idf(idf))  # the product squares the IDF
    weights = np.asarray(stems.multiply(stems).sum(axis=1)).ravel()
    entities = _incidence([it.entities for it in items], lambda e: 1.0)
    headline = np.array([it.claim.position == "headline" for it in items])
    pairs = []
    for start, end in _article_blocks(np.array([it.view.id for it in items])):
        if end == len(items):
            continue
        shared = (stems[start:end] @ stems[end:].T).toarray()
        same_entity = (entities[start:end] @ entities[end:].T).toarray() > 0
        for i in range(start, end):
            denom = np.minimum(weights[i], weights[end:])
            lexical = np.minimum(1.0, np.divide(shared[i - start], denom, out=np.zeros(len(denom)), where=denom > 0))
            keep = (lexical >= settings.lexical_prefilter) | same_entity[i - start] | (headline[i] & headline[end:])
            pairs += [(i, end + k, float(lexical[k])) for k in np.nonzero(keep)[0].tolist()]
    return pairs


def _article_blocks(article_ids: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each run of one article's items (items are grouped by article)."""
    blocks, start = [], 0
    for k in range(1, len(article_ids) + 1):
        if k == len(article_ids) or article_ids[k] != article_ids[start]:
            blocks.append((start, k))
            start = k
    return blocks


def _side(item: ClaimItem) -> dict:
    """One claim of a link: the holder under the story's name, and as the article wrote it."""
    side = {"text": item.text[:500], "holder": item.holder_name, "modality": item.claim.modality, "outlet": item.view.outlet}
    if item.claim.holder_id:
        side["holder_id"] = item.claim.holder_id
    if side["holder"] != item.claim.holder:
        side["holder_as_written"] = item.claim.holder
    return side


def _evidence(a: ClaimItem, b: ClaimItem, signals: list[str]) -> dict:
    shared = {eid: {"name": a.name(eid), "a": a.written.get(eid, ""), "b": b.written.get(eid, "")}
              for eid in sorted(a.entities & b.entities)}
    return {"a": _side(a), "b": _side(b), "signals": signals, **({"entities": shared} if shared else {})}


@dataclass
class StoryAlignment:
    """A story's claims and candidate pairs, ready to be linked once their texts are embedded."""

    story_id: str
    views: Sequence[ArticleView]
    items: list[ClaimItem]  # compared: the first ``max_claims_per_article`` of each article
    rest: list[ClaimItem]  # kept for verdicts and rates only
    names: dict
    pairs: list[tuple[int, int, float]]
    stem_weight: Callable[[str], float] | None = None  # stem_idf(idf): weighs words shared beside an incidental name

    @property
    def paired(self) -> list[int]:
        """Indices of the items in some candidate pair: the only ones whose texts are embedded."""
        return sorted({k for i, j, _ in self.pairs for k in (i, j)})

    @property
    def texts(self) -> list[str]:
        """The texts to embed before :func:`link_story`."""
        return [self.items[k].text for k in self.paired]


def prepare_story(story_id: str, views: Sequence[ArticleView], idf: dict, settings: CompareSettings) -> StoryAlignment:
    """The claim items of a story and their candidate pairs (no embedding yet)."""
    items = [claim_item(v, c) for v in views for c in claims_of(v, settings.max_claims_per_article)]
    rest = _unaligned(views, items)
    names, subjects = story_names(views), headline_entities(views)
    salient = headline_nouns([v.article.headline for v in views])
    for item in items + rest:
        item.names, item.subjects, item.salient = names, subjects, salient
    pairs = candidate_pairs(items, idf, settings)
    # Pairs the word and entity prefilter missed: one quote, or the story's count given differently.
    seen, weight = {(i, j) for i, j, _ in pairs}, stem_idf(idf)
    pairs += [(i, j, weighted_overlap(items[i].stems, items[j].stems, weight))
              for i, j in count_pairs(items, seen) + quote_pairs(items, seen)]
    return StoryAlignment(story_id, views, items, rest, names, pairs, weight)


def link_story(story: StoryAlignment, settings: CompareSettings, encoder) -> tuple[list[ClaimItem], list[ClaimLink]]:
    """Every claim item of the story and the links between claims of different articles.

    The texts are embedded here unless the encoder has them already: the corpus embeds every
    story's texts in one call first (fewer and fuller batches; a text's vector does not
    depend on its batch).
    """
    items, used = story.items, story.paired
    vectors = dict(zip(used, encoder.encode(story.texts))) if used else {}
    best: dict = {}
    for i, j, lexical in story.pairs:
        decided = relate(items[i], items[j], float(vectors[i] @ vectors[j]), lexical, settings, story.stem_weight)
        if decided is None:
            continue
        # Keep one link per claim and other article (its best match there), plus headline to headline,
        # and its best contradiction there apart: a closer paraphrase elsewhere in that article must
        # not hide that the article also denies the claim (development gold: contradicts R 0.078 -> 0.141).
        # Every contradiction is kept: they are few, and the headline and the body of an article may both
        # give the other count ("about 12,000 troops" against "masses 30,000" and "as many as 30,000").
        key = (i, items[j].view.id, _both_headlines(items[i], items[j]), j if decided[0] == "contradicts" else -1)
        if key not in best or decided[1] > best[key][3][1]:
            best[key] = (i, j, lexical, decided)
    links = [ClaimLink(story.story_id, items[i].ref, items[j].ref, rel, round(score, 4), _evidence(items[i], items[j], sig))
             for i, j, _, (rel, score, sig) in best.values()]
    return items + story.rest, links + role_conflicts(story.story_id, story.views, story.names)


def align_story(story_id: str, views: Sequence[ArticleView], idf: dict, settings: CompareSettings, encoder) -> tuple[list[ClaimItem], list[ClaimLink]]:
    """Every claim item of the story and the links between claims of different articles.

    Only ``max_claims_per_article`` claims per article are compared; the others come back
    with ``aligned=False`` so that verdicts and summaries still cover them.
    """
    return link_story(prepare_story(story_id, views, idf, settings), settings, encoder)


def _unaligned(views: Sequence[ArticleView], aligned: Sequence[ClaimItem]) -> list[ClaimItem]:
    seen = {(it.view.id, it.claim.span.start, it.claim.span.end) for it in aligned}
    # Never compared: verdicts and rates read only the view and the claim, so no structure is extracted
    # (claim_item's polarity and entity reading were most of the comparison's CPU spent on these).
    return [ClaimItem(v, c, c.span.text, aligned=False) for v in views for c in story_claims(v)
            if (v.id, c.span.start, c.span.end) not in seen]
