"""Does the body's lead sentence say what the headline's main clause says? Headline-ese aware.

:mod:`.headline_support` matches the headline against the claims layer's body claims, word
for word. News headlines are written in their own dialect, and three habits of it kept
faithful headlines at the model's ``discuss`` (or ``disagree``):

* a headline adds a context clause to its news: "Bonds slip **as disputed vote clouds
  review**", "X agree swap, **ceasefire still out of reach**", "Peace at last? X sign deal";
  the lead sentence says the news, and the context somewhere else (or not at all);
* a headline uses its own verbs: "slaps tariffs" for "will impose tariffs", "halts" for
  "stopped pumping", "slide" for "fell";
* the lead sentence states the news with its source at the end ("..., the government said
  on Tuesday"), where the claims layer does not always make a claim of it.

So this check reads the headline's **main clause** (the teaser before a question mark, a
clause after "as", "amid", "after", "while", "despite" or "but", and a clause after a comma
are left out) and looks for one of the body's first sentences that holds every verb of it
(or a verb of the same class, :data:`VERB_CLASSES`; never an opposite: "lifts" is not
"extends"), every number and most of its word weight (words of a class count as one), with
the headline's polarity, committed (no hedged, speculative or conditional claim over the
verb), no hearsay word, and no source that is unnamed or vague behind it. No other body
sentence may pass the news itself on as hearsay ("X reportedly signed ..."); hearsay about
something else does not count, except against a model ``disagree``, where any does.

The same reading finds a **flipped** headline (:func:`flip_finding`): a lead sentence that says
the opposite verb (:data:`OPPOSITE_VERBS`: "lifts ban" over "voted to extend its ban", "admits"
over "denied", "talks collapse" over "reached an agreement") about half or more of the main
clause's other words, committed and not negated, and none of the headline's own verbs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..excerpts import sentence_excerpt
from ..records import Article, ArticleAnalysis, Span
from .stance import claim_stems, stem, words

LEAD_SENTENCES = 3
MIN_WORDS = 4  # fewer words: a dateline, not a sentence of the lead
MATCH_COVER = 0.6  # as in headline_support: most of the main clause's word weight
# Words that open a context clause after a headline's news ("Bonds slip as vote clouds review").
CONTEXT_OPENERS = ("as", "amid", "after", "while", "despite", "but", "though", "although")
_CONTEXT = re.compile(r",?\s+(?:" + "|".join(CONTEXT_OPENERS) + r")\s+|,\s+|;\s+", re.IGNORECASE)
# Headline verbs and the plainer verbs a body uses for the same event. A word may sit in several
# classes; opposites never share one ("lift" a ban and "extend" it, "approve" and "reject").
VERB_CLASSES = {
    "fall": "fall slip slide drop dip sink tumble plunge slump decline sag lose weaken shed",
    "rise": "rise climb gain jump rally surge soar advance increase rebound strengthen",
    "halt": "halt stop suspend freeze shut close cease pause cut",
    "impose": "impose slap levy",
    "agree": "agree accept strike reach seal clinch",
    "resign": "resign quit step",
    "win": "win secure clinch",
    "reject": "reject refuse dismiss spurn rebuff",
    "approve": "approve pass adopt endorse authorise authorize",
    "release": "release free",
    "exchange": "exchange swap trade",
    "cut": "cut reduce slash trim lower",
    "recall": "recall withdraw",
    "probe": "probe investigate",
    "pledge": "pledge vow promise",
    "cancel": "cancel scrap axe",
    "blame": "blame accuse",
    "expel": "expel oust eject",
    "seize": "seize capture",
    "leave": "leave quit exit",
    "back": "back support endorse",
    "sign": "sign ink",
    "collapse": "collapse fail",
    "kill": "kill",
}
# Nouns headlines swap for the body's: a word of a class counts as any other of it.
NOUN_CLASSES = {
    "deal": "deal agreement accord pact",
    "talks": "talks negotiations",
    "row": "row dispute feud",
    "swap": "swap exchange",
    "prisoner": "prisoner detainee captive",
    "vote": "vote election poll ballot",
    "tariff": "tariff duty levy",
    "envoy": "envoy ambassador",
}


def _classes_of(table: dict) -> dict[str, frozenset]:
    found: dict[str, set] = {}
    for name, members in table.items():
        for word in members.split():
            found.setdefault(word, set()).add(name)
    return {word: frozenset(names) for word, names in found.items()}


VERB_CLASS_OF = _classes_of(VERB_CLASSES)
NOUN_CLASS_OF = _classes_of(NOUN_CLASSES)
_VERB_LEMMA = {}  # inflected form -> lemma, for every verb of the classes
for _lemma in VERB_CLASS_OF:
    for _form in (_lemma, _lemma + "s", _lemma + "es", _lemma + "d", _lemma + "ed", _lemma + "ing", _lemma[:-1] + "ing",
                  _lemma[:-1] + "ed", _lemma + _lemma[-1] + "ed", _lemma + _lemma[-1] + "ing"):
        _VERB_LEMMA.setdefault(_form, _lemma)
# Irregular past forms of the classes' verbs.
_VERB_LEMMA.update({"fell": "fall", "fallen": "fall", "slid": "slide", "sank": "sink", "sunk": "sink", "lost": "lose",
                    "rose": "rise", "risen": "rise", "shut": "shut", "struck": "strike", "won": "win", "froze": "freeze",
                    "frozen": "freeze", "cut": "cut", "quit": "quit", "left": "leave", "shed": "shed", "withdrew": "withdraw",
                    "withdrawn": "withdraw", "stepped": "step", "slapped": "slap", "stopped": "stop", "dropped": "drop",
                    "slipped": "slip", "dipped": "dip", "slashed": "slash", "scrapped": "scrap", "axed": "axe"})


def verb_keys(word: str) -> frozenset:
    """The classes of a verb form ("slaps" -> {"impose"}), or the bare stem when it has none."""
    lemma = _VERB_LEMMA.get(word.lower())
    if lemma is not None:
        return VERB_CLASS_OF.get(lemma, frozenset({lemma}))
    return frozenset({norm_stem(stem(word.lower()))})


@lru_cache(maxsize=65536)
def norm_stem(token_stem: str) -> str:
    """A stem the crude stemmer left in two shapes, made one: "agree"/"agre(ed)", "stopp(ed)"/"stop"."""
    base = token_stem.rstrip("e") if len(token_stem) > 3 else token_stem  # "agree" and "agre(ed)" both "agr"
    base = base if len(base) >= 3 else token_stem
    if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "aeiouls":
        base = base[:-1]
    return base


def word_keys(text: str) -> dict[str, str]:
    """The match keys of a text's content words (a noun class's name, a verb class's names, else the
    normal stem), each with the stem it came from (whose IDF it weighs)."""
    keys: dict[str, str] = {}
    for word, st in zip(_content_words(text), claim_stems(text)):
        noun = NOUN_CLASS_OF.get(word) or NOUN_CLASS_OF.get(word[:-1] if word.endswith("s") else word)
        verb = VERB_CLASS_OF.get(_VERB_LEMMA.get(word, ""))
        for key in noun or verb or (norm_stem(st),):
            keys.setdefault(key, st)
    return keys


def plain_keys(text: str) -> dict[str, str]:
    """The normal stems of a text's content words, each with its stem (no classes)."""
    return {norm_stem(st): st for st in claim_stems(text)}


def _content_words(text: str) -> list[str]:
    """The words ``claim_stems`` keeps, unstemmed (the two lists are parallel)."""
    from .stance import STOPWORDS, _POSSESSIVE

    return [w for w in words(_POSSESSIVE.sub("", text)) if w not in STOPWORDS]


# ---------------------------------------------------------------- the headline's main clause


# Of the clause openers, these introduce background to the news ("as row escalates"); the rest ("but",
# a comma, a semicolon) introduce more news, which the body must also say ("..., ceasefire out of reach").
BACKGROUND_OPENERS = frozenset(CONTEXT_OPENERS) - {"but"}
FURTHER_COVER = 0.5  # share of a further clause's word weight the lead must have


def further_news(headline: str, end: int) -> list[str]:
    """The clauses after the main clause that add news, not background: "ceasefire still out of reach"
    in "X agree swap, ceasefire still out of reach"; not "as palm oil row escalates"."""
    rest, found, opener = headline[end:], [], ""
    for piece in _CONTEXT_SPLIT.split(rest):
        if _CONTEXT_SPLIT.fullmatch(piece or " x"):
            opener = piece.strip(" ,;").lower()
        elif piece.strip() and opener not in BACKGROUND_OPENERS:
            found.append(piece.strip())
    return found


_CONTEXT_SPLIT = re.compile(r"(,?\s+(?:" + "|".join(CONTEXT_OPENERS) + r")\s+|,\s+|;\s+)", re.IGNORECASE)


def main_clause(headline: str) -> tuple[int, int] | None:
    """Offsets of the headline's news: after a teaser question, before a context clause; None for a question."""
    start = headline.rfind("?") + 1
    if start and len(words(headline[start:])) < 3:
        return None  # the headline asks
    match = _CONTEXT.search(headline, start)
    while match is not None and len(words(headline[start:match.start()])) < 3:  # "Merkel, Macron agree ..."
        match = _CONTEXT.search(headline, match.end())
    end = match.start() if match else len(headline)
    while start < end and not headline[start].isalnum():
        start += 1
    return start, end


# Dependencies of a participle that describes a noun ("disputed vote", "Kazakh-brokered talks"): no predicate.
_MODIFIER_DEPS = frozenset({"amod", "compound", "acl", "nmod"})


def main_verbs(doc, start: int, end: int, reporting: frozenset) -> list[str]:
    """The verb forms of the main clause (the parse's, else words the verb classes know); reporting verbs do not count."""
    from .headline_support import _misread_verb

    tokens = [t for t in doc if start <= t.idx < end]
    # A plural noun read as the subject of the verb after it may be the verb itself ("Lorvik lifts/NNS ban/VB"):
    # both must then be said ("Energia bonds/NNS slide/VB" is said by "Bonds of Energia fell").
    verbs = [t.lower_ for t in tokens if (t.pos_ == "VERB" or _misread_verb(t)) and t.dep_ not in _MODIFIER_DEPS
             and t.lemma_.lower() not in reporting]
    if verbs:
        return verbs
    return [t.lower_ for t in tokens if t.lower_ in _VERB_LEMMA and t.i > 0]  # "X and Y sign/NN ceasefire"


# ---------------------------------------------------------------- the lead sentence

VAGUE_SOURCING = frozenset({"anonymous-official", "vague-collective", "media-report", "none"})
WEAK_MODALITIES = frozenset({"hedged", "speculative", "conditional"})


def _verb_at(sentence: str, verb: str) -> int:
    """Offset in ``sentence`` of a word sharing a class with ``verb``, or -1."""
    wanted = verb_keys(verb)
    for m in re.finditer(r"[A-Za-z]+", sentence):
        if not wanted.isdisjoint(verb_keys(m.group(0))):
            return m.start()
    return -1


def _committed_at(analysis: ArticleAnalysis, at: int, negative: bool) -> bool:
    """The innermost claim over offset ``at`` commits to it with the headline's polarity, and no unnamed
    or vague source says it; with no claim there, the writer does."""
    over = [c for c in analysis.claims if c.span.start <= at < c.span.end]
    claim = min(over, key=lambda c: c.span.end - c.span.start, default=None)
    if claim is not None and (claim.modality in WEAK_MODALITIES or (claim.polarity == "negative") != negative):
        return False
    said_by = [st for st in analysis.statements
               if any(p.start <= at < p.end for p in (st.content, *st.content_parts))]
    return not any(st.sourcing in VAGUE_SOURCING for st in said_by)


# Words before a verb that make the sentence say less than it does: intention, consideration, likelihood
# ("is considering opening", "is being eyed to play", "plans to open", "may have").
WEAKENERS = frozenset("may might could would should consider considering considers considered plan plans planning planned "
                      "eye eyes eyed eyeing mull mulls mulling weigh weighs weighing seek seeks seeking hope hopes hoping "
                      "expect expects expected intend intends intended propose proposes proposed supposed likely "
                      "believed thought said reportedly allegedly poised set threaten threatens threatened want wants".split())


NEGATION_AFTER = 8  # words after the verb, within its clause, where a negator still takes its news back


def _negated_near(sentence: str, at: int) -> bool:
    """A negator in the three words before the verb or after it in its clause ("did not halt", "were
    confirmed not to be"); a negator after a comma belongs to another clause ("..., saying it would not")."""
    from .stance import NEGATION

    after = re.split(r"[,;:]", sentence[at:], maxsplit=1)[0]
    return not NEGATION.isdisjoint(words(sentence[:at])[-3:] + words(after)[1:1 + NEGATION_AFTER])


def _weakened(sentence: str, at: int) -> bool:
    """An intention or likelihood word in the four words before the verb."""
    return not WEAKENERS.isdisjoint(words(sentence[:at])[-4:])


def sentence_says(head_keys: dict, verbs: Sequence[str], numbers: frozenset, sentence: Span, analysis: ArticleAnalysis,
                  negative: bool, weight) -> bool:
    """True when one body sentence says the main clause: its verbs (by class), numbers, most word weight,
    committed, with the headline's polarity, no hearsay, no vague source."""
    from .headline_support import hearsay, numbers_in

    text = sentence.text
    if not numbers <= numbers_in(text) or hearsay(text):
        return False
    places = [_verb_at(text, v) for v in verbs]
    if any(p < 0 for p in places):
        return False
    if any(_negated_near(text, p) != negative or _weakened(text, p) or not _committed_at(analysis, sentence.start + p, negative)
           for p in places):
        return False
    return key_cover(head_keys, word_keys(text), weight) >= MATCH_COVER


PREFIX_MATCH = 5  # a headline word this long matches a body word it begins ("Kazakh" and "Kazakhstan's")


def key_cover(head_keys: dict, other, weight) -> float:
    """The share of the main clause's word weight (each key weighs as the headline's word) the other text has."""
    total = sum(weight(st) for st in set(head_keys.values()))
    shared = {st for key, st in head_keys.items() if key in other or _begins_one(key, other)}
    return sum(weight(st) for st in shared) / total if total else 0.0


def _begins_one(key: str, other) -> bool:
    return len(key) >= PREFIX_MATCH and any(o.startswith(key) for o in other)


def lead_sentences(article: Article, analysis: ArticleAnalysis, count: int = LEAD_SENTENCES) -> list[Span]:
    """The body's first ``count`` sentences with words (datelines such as "LONDON", "—" are sentences of the
    analysis too)."""
    return [s for s in analysis.sentences if s.start >= article.body_start and len(words(s.text)) >= MIN_WORDS][:count]


def further_news_missing(headline: str, end: int, lead: Sequence[Span], weight) -> bool:
    """True when some news after the main clause (after a comma or "but") is in no lead sentence, word for
    word (a class would let the noun "reach" of "out of reach" meet "agreed")."""
    lead_stems = [plain_keys(s.text) for s in lead]
    return any(not any(key_cover(plain_keys(more), stems, weight) >= FURTHER_COVER for stems in lead_stems)
               for more in further_news(headline, end))


def lead_sentence_support(article: Article, analysis: ArticleAnalysis, doc, weight, negative: bool,
                          reporting: frozenset, sentences: int = LEAD_SENTENCES) -> Span | None:
    """The first of the body's first ``sentences`` sentences that says the headline's main clause, or None."""
    from .headline_support import numbers_in, passes_on_hearsay

    clause = main_clause(article.headline)
    verbs = main_verbs(doc, *clause, reporting) if clause else []
    if not verbs or further_news_missing(article.headline, clause[1], lead_sentences(article, analysis), weight):
        return None
    text = article.headline[clause[0]:clause[1]]
    head_keys = word_keys(text)
    # Against a model disagree (sentences == 1) any hearsay in the body vetoes: FNC-1's debunking bodies
    # retell the story they debunk ("there's a story going round that ..."), then call it a rumour.
    if passes_on_hearsay(article, analysis) if sentences == 1 else hearsay_on_news(article, analysis, head_keys, verbs, weight):
        return None
    return next((s for s in lead_sentences(article, analysis, sentences)
                 if sentence_says(head_keys, verbs, numbers_in(text), s, analysis, negative, weight)), None)


LEAD_SUPPORTS = "lead-says-headline"
HEARSAY_COVER = 0.3  # a hearsay sentence with this share of the news's word weight passes the news itself on


def hearsay_on_news(article: Article, analysis: ArticleAnalysis, keys: dict, verbs: Sequence[str], weight) -> bool:
    """True when a body sentence passes the headline's news on as hearsay (one of its verbs and some of its
    words: "X reportedly signed ..."); hearsay about something else ("reports say the delegations shook
    hands", "X has reportedly demanded ...") leaves the news the writer's."""
    from .headline_support import MAX_SENTENCES, hearsay

    return any(hearsay(s.text) and any(_verb_at(s.text, v) >= 0 for v in verbs)
               and key_cover(keys, word_keys(s.text), weight) >= HEARSAY_COVER
               for s in analysis.sentences[:MAX_SENTENCES] if s.start >= article.body_start)
# A headline with one of these, or with quotation marks, passes someone's words on: it asserts nothing itself.
REPORTED_HEADLINE = frozenset("say says said tell tells told according claim claims claimed".split())
_QUOTED = re.compile(r"(?:^|\s)['‘\"“]|['’\"”](?:\s|$|[,:;.])")


def reported_headline(headline: str) -> bool:
    """True when the headline quotes or reports someone ("'detained at border'", "..., official says")."""
    return bool(_QUOTED.search(headline)) or not REPORTED_HEADLINE.isdisjoint(words(headline))


def lead_finding(article: Article, analysis: ArticleAnalysis, parse, weight, first_only: bool = False) -> dict | None:
    """A LEAD_SUPPORTS finding when an asserted, unconditioned headline's main clause is said by a lead sentence
    (by the first body sentence with ``first_only``), and no body sentence passes anything on as hearsay."""
    from .headline_support import COMMITTED, REPORTING_LEMMAS, hearsay, proposition

    if reported_headline(article.headline) or hearsay(article.headline):
        return None
    head = proposition(article, analysis, parse)
    if head is None or head.modality not in COMMITTED or head.conditioned:
        return None
    found = lead_sentence_support(article, analysis, parse([article.headline])[0], weight, head.negative, REPORTING_LEMMAS,
                                  1 if first_only else LEAD_SENTENCES)
    if found is None:
        return None
    clause = main_clause(article.headline)
    said = article.headline[clause[0]:clause[1]]
    return {"finding": LEAD_SUPPORTS, "headline_claim": {"span": list(clause), "text": said, "holder": head.holder,
                                                         "modality": head.modality},
            "matter": "", "claims": [{"span": [found.start, found.end], "text": found.text[:400]}],
            "reason": f'The body\'s lead says the headline\'s news "{said}": "{sentence_excerpt(found.text, 200)}".'}


# ---------------------------------------------------------------- a lead that says the opposite

LEAD_FLIPS = "lead-flips-headline"
# Verbs that say the opposite of each other about the same thing ("lifts ban" / "extended its ban").
# Generic verbs ("keep", "hold") are left out: they sit in too many sentences that flip nothing.
OPPOSITE_VERBS = (("lift", "extend impose"), ("approve", "reject block veto"), ("admit", "deny"),
                  ("collapse", "agree reach seal clinch"), ("rise climb gain", "fall drop slip slide"),
                  ("open reopen", "close shut"), ("resume restart", "halt stop suspend"), ("win", "lose"),
                  ("release free", "detain arrest"), ("accept", "reject refuse"), ("back support", "reject oppose"),
                  ("confirm", "deny"), ("raise hike", "cut lower"))
OPPOSITE_OF: dict[str, frozenset] = {}
for _one, _other in OPPOSITE_VERBS:
    for _a, _b in ((_one, _other), (_other, _one)):
        for _word in _a.split():
            OPPOSITE_OF[_word] = OPPOSITE_OF.get(_word, frozenset()) | frozenset(_b.split())
for _word in {w for pair in OPPOSITE_VERBS for half in pair for w in half.split()}:
    _VERB_LEMMA.setdefault(_word, _word)
    for _form in (_word + "s", _word + "ed", _word + "d", _word + "ing", _word[:-1] + "ing", _word[:-1] + "ed"):
        _VERB_LEMMA.setdefault(_form, _word)
_VERB_LEMMA.update({"denied": "deny", "denies": "deny", "lifted": "lift", "reopened": "reopen", "upheld": "uphold"})
FLIP_COVER = 0.5  # share of the main clause's other words (its subject and object) the flipping sentence must have


def _opposite_at(sentence: str, verb: str) -> int:
    """Offset in ``sentence`` of a verb of the opposite of ``verb`` ("extended" for "lifts"), or -1."""
    opposite = OPPOSITE_OF.get(_VERB_LEMMA.get(verb.lower(), ""), frozenset())
    for m in re.finditer(r"[A-Za-z]+", sentence):
        if _VERB_LEMMA.get(m.group(0).lower()) in opposite:
            return m.start()
    return -1


def sentence_flips(head_keys: dict, verbs: Sequence[str], sentence: Span, analysis: ArticleAnalysis, weight) -> bool:
    """True when a body sentence says the opposite of the headline's verbs (those that have one) about the same
    thing, committed, and none of those verbs itself."""
    text = sentence.text
    verbs = [v for v in verbs if _VERB_LEMMA.get(v.lower()) in OPPOSITE_OF]
    if any(_verb_at(text, v) >= 0 for v in verbs):
        return False
    places = [p for p in (_opposite_at(text, v) for v in verbs) if p >= 0]
    if not places or any(_negated_near(text, p) or _weakened(text, p) or not _committed_at(analysis, sentence.start + p, False)
                         for p in places):
        return False
    verb_keys_ = {k for v in verbs for k in verb_keys(v)}
    others = {k: st for k, st in head_keys.items() if k not in verb_keys_}
    return key_cover(others, word_keys(text), weight) >= FLIP_COVER


def flip_finding(article: Article, analysis: ArticleAnalysis, parse, weight) -> dict | None:
    """A LEAD_FLIPS finding when a lead sentence says the opposite of an asserted, positive headline's main clause."""
    from .headline_support import REPORTING_LEMMAS

    clause = main_clause(article.headline)
    if clause is None or reported_headline(article.headline):
        return None
    text = article.headline[clause[0]:clause[1]]
    verbs = main_verbs(parse([article.headline])[0], *clause, REPORTING_LEMMAS)
    if not verbs or not any(_VERB_LEMMA.get(v) in OPPOSITE_OF for v in verbs) or words(text)[:1] == ["no"]:
        return None
    keys = word_keys(text)
    found = next((s for s in lead_sentences(article, analysis) if sentence_flips(keys, verbs, s, analysis, weight)), None)
    if found is None:
        return None
    return {"finding": LEAD_FLIPS, "headline_claim": {"span": list(clause), "text": text}, "matter": "",
            "claims": [{"span": [found.start, found.end], "text": found.text[:400]}],
            "reason": f'The headline says "{text}", but the body\'s lead says the opposite: "{sentence_excerpt(found.text, 200)}".'}
