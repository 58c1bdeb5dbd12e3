"""Hostile input: whatever bytes a file holds, ingest yields articles or failures and never raises."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.config import Settings
from newsprism.ingest import ingest_paths
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
