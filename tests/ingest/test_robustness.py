"""Hostile input: whatever bytes a file holds, ingest yields articles or failures and never raises."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.config import Settings
from newsprism.ingest import IngestStats, ingest_paths
from newsprism.ingest.feeds import feed_outcomes
from newsprism.records import Article, IngestFailure

SUFFIXES = [".txt", ".md", ".html", ".jsonl", ".xml", ".atom"]
MARKUP_BITS = ["<html>", "<p>", "</p>", "<rss>", "<feed>", "<item>", "<entry>", "---\n", "title: x\n", "# Head\n",
               "By Someone\n", '{"text": "a"}\n', "{", "\n", "\r\n", "\x00", "\u00e9", "&amp;", "<![CDATA[", "<?xml ?>", "words "]
HOSTILE_TEXT = st.lists(st.sampled_from(MARKUP_BITS) | st.text(max_size=10), max_size=40).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from(SUFFIXES), data=st.binary(max_size=400) | HOSTILE_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_robustness_ingest_never_raises(tmp_path, suffix, data):
    target = tmp_path / f"input{suffix}"
    target.write_bytes(data)
    outcomes = list(ingest_paths([target], Settings(max_bytes=2_000)))
    assert all(isinstance(o, (Article, IngestFailure)) for o in outcomes)
    for outcome in outcomes:
        if isinstance(outcome, Article):
            assert outcome.text and outcome.text[outcome.body_start:].strip()


@settings(max_examples=80, deadline=None)
@given(fmt=st.sampled_from(["auto", "html", "text", "markdown", "jsonl", "rss"]),
       data=st.binary(max_size=400) | HOSTILE_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_robustness_stdin_never_raises(fmt, data):
    # The same bytes on standard input, in any format, read as bytes and as a stream.
    for stdin in (data, io.BufferedReader(io.BytesIO(data))):
        stats = IngestStats()
        outcomes = list(ingest_paths(["-"], Settings(max_bytes=200), stdin=stdin, stdin_format=fmt, stats=stats))
        assert outcomes or stats.skipped_entries  # the input is always accounted for
        assert all(isinstance(o, (Article, IngestFailure)) for o in outcomes)


PATHOLOGICAL = {
    "unclosed-links.md": "# T\n\n" + "[" * 200_000,
    "unclosed-bold.md": "# T\n\n" + "**a " * 100_000,
    "unclosed-italic.md": "# T\n\n" + "*a " * 100_000,
    "heading-spaces.md": "# T\n\n## a" + " " * 200_000 + "b\nbody",
    "byline-spaces.txt": "Title\nBy A" + " " * 200_000 + "B\nBody text.",
    "headline-spaces.jsonl": '{"text": "Body.", "headline": "a' + " " * 200_000 + 'b\\n c"}\n',
}


@pytest.mark.timeout(20)  # a guard against quadratic regexes (minutes when they go wrong), not a speed figure
@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_robustness_pathological_inputs_finish(tmp_path, name):
    target = tmp_path / name
    target.write_text(PATHOLOGICAL[name])
    (outcome,) = ingest_paths([target])
    assert isinstance(outcome, Article)


# --- hostile content inside well-formed containers ---------------------------------------------

BODY = "The harbour office of Port Velmar said on Monday that the night ferry would run again from March. " * 4
SECRET = "VELMAR-DTD-SECRET-1729"


def _rss(item_title: str, description: str, doctype: str = "") -> bytes:
    return (f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>Velmar Wire</title>'
            f"<item><title>{item_title}</title><description>{description}</description></item>"
            f"<item><title>Second</title><description>{BODY}</description></item></channel></rss>").encode()


def test_robustness_jsonl_lone_surrogate_escapes_become_replacement_characters(tmp_path):
    # json.loads turns "\ud800" into a lone surrogate, which UTF-8 (ids, the database) cannot encode.
    target = tmp_path / "wire.jsonl"
    target.write_text('{"text": "' + BODY + '\\ud800 end", "headline": "Ferry \\udc80", "outlet": "Wire \\ud83d"}\n'
                      '{"text": "Paired escapes stay one character: \\ud83d\\ude00 after the vote."}\n')
    broken, paired = ingest_paths([target])
    assert broken.text.endswith("\ufffd end") and broken.headline == "Ferry \ufffd" and broken.outlet == "Wire \ufffd"
    assert "\U0001F600" in paired.text


def test_robustness_jsonl_nul_escapes_become_replacement_characters(tmp_path):
    # A NUL byte makes a file binary; the same character must not come in through a JSON escape.
    target = tmp_path / "wire.jsonl"
    target.write_text('{"text": "' + BODY + '\\u0000 end", "headline": "Ferry\\u0000"}\n')
    (article,) = ingest_paths([target])
    assert "\x00" not in article.text and article.text.endswith("\ufffd end") and article.headline == "Ferry\ufffd"


@pytest.mark.parametrize("reference", ["&#xD800;", "&#56320;", "&#x110000;", "&#99999999999;", "&#0;"])
def test_robustness_feed_character_references_to_no_character(tmp_path, reference):
    # feedparser itself raises on these; they become U+FFFD and both entries still ingest.
    target = tmp_path / "wire.xml"
    target.write_bytes(_rss(f"Ferry {reference}", BODY + reference))
    first, second = ingest_paths([target])
    assert first.headline == "Ferry \ufffd" and first.text.endswith("\ufffd") and second.headline == "Second"


def test_robustness_feed_valid_character_references_are_kept(tmp_path):
    target = tmp_path / "wire.xml"
    target.write_bytes(_rss("Caf&#233; &#x1F600;", BODY))
    first, _ = ingest_paths([target])
    assert first.headline == "Caf\u00e9 \U0001F600"


def test_robustness_jsonl_deeply_nested_json_is_a_failure_and_the_next_line_reads(tmp_path):
    target = tmp_path / "deep.jsonl"
    target.write_text('{"text": "Body.", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}\n" + '{"text": "' + BODY + '"}\n')
    failure, article = ingest_paths([target])
    assert isinstance(failure, IngestFailure) and failure.code == "NP108" and failure.reason == "JSON is nested too deeply"
    assert isinstance(article, Article)


@pytest.mark.timeout(20)
def test_robustness_feed_entity_expansion_is_not_expanded(tmp_path):
    # "Billion laughs": ten levels of ten references would be 10^9 copies if a parser expanded them.
    entities = '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    data = _rss("&l9;", BODY + "&l9;", f"<!DOCTYPE rss [{entities}]>")
    target = tmp_path / "laughs.xml"
    target.write_bytes(data)
    (refused,) = ingest_paths([target])  # an inline DTD before the root is not a feed we read
    assert isinstance(refused, IngestFailure) and refused.code == "NP109"
    parsed = list(feed_outcomes(data, "laughs.xml", "Wire"))  # and the parser itself does not expand them
    assert parsed and all(len(o.text) < 2 * len(BODY) for o in parsed if isinstance(o, Article))


def test_robustness_feed_external_entities_are_not_read(tmp_path):
    secret = tmp_path / "secret.dtd"
    secret.write_text(f'<!ENTITY leak "{SECRET}">')
    external_dtd = _rss("Ferry &leak;", BODY + "&leak;", f'<!DOCTYPE rss SYSTEM "{secret.as_uri()}">')
    external_entity = _rss("Ferry &leak;", BODY + "&leak;", f'<!DOCTYPE rss [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>')
    for data in (external_dtd, external_entity):
        target = tmp_path / "feed.xml"
        target.write_bytes(data)
        outcomes = list(ingest_paths([target])) + list(feed_outcomes(data, "feed.xml", "Wire"))
        assert outcomes and not any(SECRET in (o.text if isinstance(o, Article) else o.reason) for o in outcomes
                                    if isinstance(o, (Article, IngestFailure)))


@pytest.mark.timeout(30)  # a guard against recursion or quadratic work, not a speed figure
@pytest.mark.parametrize("where", ["page", "feed"])
def test_robustness_deeply_nested_html_finishes_without_raising(tmp_path, where):
    nested = "<div>" * 30_000 + f"<p>{BODY}</p>" + "</div>" * 30_000
    if where == "page":
        target = tmp_path / "deep.html"
        target.write_text(f"<html><body><article><h1>Deep</h1>{nested}</article></body></html>")
    else:
        target = tmp_path / "deep.xml"
        target.write_bytes(_rss("Deep", f"<![CDATA[{nested}]]>"))
    stats = IngestStats()
    outcomes = list(ingest_paths([target], stats=stats))
    assert all(isinstance(o, (Article, IngestFailure)) for o in outcomes)
    assert outcomes or stats.skipped_entries  # something was reported, even if the text was too deep to keep
