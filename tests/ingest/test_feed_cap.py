"""settings.max_feed_entries: a feed is cut before its first entry over the cap, and the cut is recorded."""

from __future__ import annotations

import codecs
import io

import feedparser
import pytest
from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st

from newsprism.config import Settings, load_settings
from newsprism.ingest import Ingestor
from newsprism.ingest.feed_cap import cut_after_entries
from newsprism.ingest.feeds import feed_outcomes, looks_like_feed, read_feed_file, utf8_feed
from newsprism.records import Article, IngestFailure

TOWNS = ["Harrowgate", "Lindqvist Bay", "Orrin Falls", "Peltham", "Saltmarch", "Tevery"]


def story(number: int) -> str:
    """A full-content paragraph (over FULL_CONTENT_MIN_CHARS) unique to ``number``."""
    town = TOWNS[number % len(TOWNS)]
    return (f"<p>The council of {town} met for the {number}th time this year to discuss the ferry timetable. "
            f"Councillor Ada Brenner said the {number} extra crossings would start in spring, and the harbour "
            f"master, Tomas Ekdahl, said the pier at {town} needed repairs first. Residents asked for a later "
            f"evening boat; the council promised an answer at its next meeting on item {number}.</p>")


def rss_feed(count: int, extra: str = "") -> str:
    items = "".join(
        f"<item><title>Ferry update {n}</title><link>https://harbour-herald.example/{n}</link>"
        f"<content:encoded><![CDATA[{story(n)}{extra}]]></content:encoded></item>"
        for n in range(1, count + 1)
    )
    return ("<?xml version='1.0' encoding='utf-8'?>\n<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'>"
            f"<channel><title>Harbour Herald</title><language>en</language>{items}</channel></rss>")


def atom_feed(count: int) -> str:
    entries = "".join(
        f"<entry><title>Tram notice {n}</title><id>urn:tram:{n}</id><updated>2026-05-0{1 + n % 9}T08:00:00Z</updated>"
        f"<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>{story(n)}</div></content></entry>"
        for n in range(1, count + 1)
    )
    return f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Valdoran Wire</title>{entries}</feed>"


def rdf_feed(count: int) -> str:
    items = "".join(f"<item rdf:about='urn:r:{n}'><title>Notice {n}</title><description>{story(n).replace('<', '&lt;')}"
                    f"</description></item>" for n in range(1, count + 1))
    return ("<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns='http://purl.org/rss/1.0/'>"
            f"<channel rdf:about='urn:c'><title>Peltham Notices</title></channel>{items}</rdf:RDF>")


def written(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_feed_cap_over_the_cap_keeps_the_first_entries_and_records_the_cut(tmp_path):
    path = written(tmp_path, "herald.xml", rss_feed(7))
    outcomes = list(read_feed_file(path, Settings(max_feed_entries=4)))
    articles, (cut,) = outcomes[:-1], outcomes[-1:]
    assert [a.headline for a in articles] == [f"Ferry update {n}" for n in range(1, 5)]
    assert all(isinstance(a, Article) and a.outlet == "Harbour Herald" for a in articles)
    assert isinstance(cut, IngestFailure) and cut.code == "NP112" and cut.path == str(path)
    assert "settings.max_feed_entries (4)" in cut.reason and "7 <item>/<entry> tags" in cut.reason
    assert "first 4 entries were read" in cut.reason


def test_feed_cap_exactly_at_the_cap_reads_everything(tmp_path):
    path = written(tmp_path, "herald.xml", rss_feed(4))
    outcomes = list(read_feed_file(path, Settings(max_feed_entries=4)))
    assert [type(o) for o in outcomes] == [Article] * 4
    assert outcomes[-1].headline == "Ferry update 4"


def test_feed_cap_atom_and_rss1_are_cut_into_well_formed_feeds(tmp_path):
    for name, text, outlet in (("wire.atom", atom_feed(6), "Valdoran Wire"), ("notices.rdf.xml", rdf_feed(6), "Peltham Notices")):
        data = text.encode()
        cut = cut_after_entries(data, 2)
        parsed = feedparser.parse(io.BytesIO(cut.data))
        assert not parsed.bozo and len(parsed.entries) == 2 and cut.entry_tags == 6
        outcomes = list(read_feed_file(written(tmp_path, name, text), Settings(max_feed_entries=2)))
        assert [type(o) for o in outcomes] == [Article, Article, IngestFailure]
        assert outcomes[0].outlet == outlet


def test_feed_cap_entry_words_inside_content_do_not_count(tmp_path):
    # "<item>" written in CDATA is text, not an entry: two real entries are within a cap of two.
    path = written(tmp_path, "herald.xml", rss_feed(2, extra="<item><entry><item>"))
    outcomes = list(read_feed_file(path, Settings(max_feed_entries=2)))
    assert [type(o) for o in outcomes] == [Article, Article]


def test_feed_cap_malformed_feed_is_cut_too(tmp_path):
    # An undefined entity makes the XML malformed; feedparser's lenient parser still reads the first entries.
    text = rss_feed(5).replace("<title>Harbour Herald</title>", "<title>Harbour&nbsp;Herald</title>")
    outcomes = list(read_feed_file(written(tmp_path, "herald.xml", text), Settings(max_feed_entries=3)))
    assert [type(o) for o in outcomes] == [Article] * 3 + [IngestFailure]
    assert [o.headline for o in outcomes[:3]] == ["Ferry update 1", "Ferry update 2", "Ferry update 3"]


def test_feed_cap_ingestor_counts_the_cut_as_a_failure(tmp_path):
    written(tmp_path, "herald.xml", rss_feed(5))
    written(tmp_path, "wire.atom", atom_feed(2))
    ingestor = Ingestor(Settings(max_feed_entries=2))
    outcomes = list(ingestor.ingest([tmp_path]))
    failures = [o for o in outcomes if isinstance(o, IngestFailure)]
    assert ingestor.stats.articles == 4 and ingestor.stats.failures == 1
    assert failures[0].path.endswith("herald.xml") and failures[0].code == "NP112"


def test_feed_cap_setting_default_and_config_file(tmp_path):
    config = written(tmp_path, "newsprism.toml", "[newsprism]\nmax_feed_entries = 3\n")
    assert Settings().max_feed_entries == 5_000 and load_settings(config).max_feed_entries == 3


ENTRY_TEXT = st.lists(st.sampled_from(list("abc <>&;[]/!-") + ["<item>", "]]>", "<entry/>", "&amp;"]), max_size=12).map("".join)


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@st.composite
def feeds(draw):
    """RSS 2.0 or Atom feeds with a few entries whose text holds entry-like words as text, CDATA or comments;
    some malformed by an undefined entity, which sends feedparser to its lenient parser."""
    atom = draw(st.booleans())
    title = draw(st.sampled_from(["F", "F&nbsp;"]))
    parts = []
    for n in range(draw(st.integers(0, 7))):
        text = draw(ENTRY_TEXT)
        wrap = draw(st.sampled_from(["escaped", "cdata", "comment"]))
        body = {"escaped": _escaped(text), "cdata": f"<![CDATA[{text.replace(']]>', '')}]]>",
                "comment": f"<!--{text.replace('-', '')}-->x"}[wrap]
        tag = "entry" if atom else "item"
        parts.append(f"<{tag}><title>t{n}</title><summary>{body}</summary></{tag}>")
    if atom:
        return f"<feed xmlns='http://www.w3.org/2005/Atom'><title>{title}</title>{''.join(parts)}</feed>".encode()
    return f"<rss version='2.0'><channel><title>{title}</title>{''.join(parts)}</channel></rss>".encode()


@hypothesis_settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=feeds(), cap=st.integers(0, 8))
def test_feed_cap_cut_feed_parses_to_the_first_entries(data, cap):
    whole = feedparser.parse(io.BytesIO(data)).entries
    cut = cut_after_entries(data, cap)
    kept = feedparser.parse(io.BytesIO(cut.data)).entries if cut else whole
    assert kept == whole[:cap]
    assert (cut is not None) == (len(whole) > cap)


@hypothesis_settings(max_examples=60, deadline=None)
@given(data=feeds(), cap=st.integers(0, 8))
def test_feed_cap_outcomes_hold_at_most_cap_entries_and_one_cut_failure(data, cap):
    total = len(feedparser.parse(io.BytesIO(data)).entries)
    if total == 0:
        return  # a feed without entries is a BAD_FEED error (tested in test_feeds)
    outcomes = list(feed_outcomes(data, "f.xml", "F", cap))
    cuts = [o for o in outcomes if isinstance(o, IngestFailure) and o.code == "NP112"]
    assert len(outcomes) - len(cuts) == min(total, cap)
    assert len(cuts) == (1 if total > cap else 0)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_feed_cap_utf16_feed_is_read_and_cut_like_utf8(tmp_path, encoding):
    # UTF-16 puts a NUL beside every letter of "<rss" and "<item": the feed is re-encoded first.
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}[encoding]
    text = rss_feed(7).replace("encoding='utf-8'", "encoding='UTF-16'").replace("Ferry update", "Fähre update")
    path = tmp_path / "herald.xml"
    path.write_bytes(bom + text.encode(encoding))
    assert looks_like_feed(path.read_bytes())
    outcomes = list(Ingestor(Settings(max_feed_entries=4)).ingest([path]))
    articles, cut = outcomes[:-1], outcomes[-1]
    assert [a.headline for a in articles] == [f"Fähre update {n}" for n in range(1, 5)]
    assert "Councillor Ada Brenner" in articles[0].text and articles[0].outlet == "Harbour Herald"
    assert isinstance(cut, IngestFailure) and cut.code == "NP112" and "7 <item>/<entry> tags" in cut.reason


def test_feed_cap_utf16_declaration_is_rewritten_to_utf8():
    data = utf8_feed("<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version='2.0'/>")
    assert data.startswith(b'<?xml version="1.0" encoding="utf-8"?>')
    assert utf8_feed("<rss encoding='UTF-16'/>") == b"<rss encoding='UTF-16'/>"  # only the declaration names the encoding
