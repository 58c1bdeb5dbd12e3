"""The country an article is about, for actors the sentence names without one.

"A police spokesman said twelve people had been detained", "Hours earlier, police fired tear
gas": a domestic office or force with no country in its sentence belongs to the article's
country. That is the dateline's country ("GEORGETOWN —") or else the one country the text
before the sentence names clearly most often. A sentence coded alone has no text before it,
so this never applies there.
"""

from __future__ import annotations

from collections import Counter
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..records import Actor
from .actors import ISO3, ORG_CODES, mentions, phrase_sector, phrase_tokens
from .lexicons import text_of
from .places import dateline_country

# Mentions a country needs before the sentence, and its lead over the next country.
MIN_MENTIONS = 2
MIN_LEAD = 2


def home_country(sent: SpacySpan) -> str:
    """The dateline's country, else the country named clearly most often before ``sent``; or ""."""
    doc = sent.doc
    if sent.start == 0:
        return ""
    dateline = dateline_country(doc)
    if dateline:
        return dateline
    counts = Counter(code for first, code in _country_mentions(doc) if first < sent.start)
    ranked = counts.most_common(2) + [("", 0), ("", 0)]
    top, runner_up = ranked[0], ranked[1]
    return top[0] if top[1] >= MIN_MENTIONS and top[1] - runner_up[1] >= MIN_LEAD else ""


CACHE_KEY = "np_plover_home_mentions"


def _country_mentions(doc) -> list[tuple[int, str]]:
    """(first token, country code) of every country mention in ``doc``, found once per doc
    (an article asks again for each actorless event)."""
    if CACHE_KEY not in doc.user_data:
        doc.user_data[CACHE_KEY] = [(m[0], m[2]) for m in mentions(list(doc)) if ISO3.match(m[2]) and m[2] not in ORG_CODES]
    return doc.user_data[CACHE_KEY]


def drop_home_cache(doc) -> None:
    """Forget the mention cache once the doc's events are coded (the text may change after)."""
    doc.user_data.pop(CACHE_KEY, None)


def home_actor(head: Token) -> tuple[Actor, ...]:
    """An office, force or body with a sector and no country of its own ("police", "a
    government spokesman") as an actor of the article's country; () when either is missing."""
    sector = phrase_sector(head)
    code = home_country(head.sent) if sector else ""
    if not code:
        return ()
    tokens = phrase_tokens(head)
    text = text_of(head.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    return (Actor(code=code, sector=sector, text=text),)
