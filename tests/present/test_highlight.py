"""Highlighting: escaped text, well-nested elements, overlapping spans split with one id each."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.present.highlight import Mark, analysis_marks, claim_anchor, highlight, highlighted_article


class NestingChecker(HTMLParser):
    """Parses highlight output; records text, open/close order problems and the text under each class."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.errors, self.ids = [], [], [], []
        self.covered: dict[str, set[int]] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.stack.append((tag, attrs.get("class", "").split()))
        if "id" in attrs:
            self.ids.append(attrs["id"])

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"unexpected </{tag}>")
        else:
            self.stack.pop()

    def handle_data(self, data):
        start = sum(map(len, self.text))
        self.text.append(data)
        for _, classes in self.stack:
            for cls in classes:
                self.covered.setdefault(cls, set()).update(range(start, start + len(data)))


def parse(markup: str) -> NestingChecker:
    checker = NestingChecker()
    checker.feed(markup)
    checker.close()
    return checker


TEXT = st.text(alphabet="ab <>&\"'\n", min_size=1, max_size=40)


@st.composite
def text_and_marks(draw):
    text = draw(TEXT)
    marks = []
    for i in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        kind = draw(st.sampled_from(["claim", "stmt", "cond", "cue", "ent"]))
        marks.append(Mark(start, end, kind, f"k{i}", element_id=f"id{i}"))
    return text, marks


@settings(max_examples=200, deadline=None)
@given(text_and_marks())
def test_highlight_output_is_well_nested_and_keeps_the_text(case):
    text, marks = case
    checker = parse(highlight(text, marks))
    assert checker.errors == [] and checker.stack == []
    assert "".join(checker.text) == text
    for mark in marks:  # every character of a mark sits inside an element with its class
        assert set(range(mark.start, mark.end)) <= checker.covered.get(mark.classes, set())
    assert sorted(checker.ids) == sorted({m.element_id for m in marks})  # one id per mark, never repeated


def test_highlight_splits_crossing_spans_and_marks_continuations():
    text = "alpha beta gamma"
    out = highlight(text, [Mark(0, 10, "claim", "claim", "c1"), Mark(6, 16, "cond", "cond")])
    assert out.count('class="cond"') == 1 and out.count('class="cond cont"') == 1
    assert out.count('id="c1"') == 1
    assert parse(out).errors == []


def test_highlight_escapes_markup_in_text_and_attributes():
    text = '<script>alert(1)</script> "x"'
    out = str(highlight(text, [Mark(0, 8, "ent", "ent", href="/entity/a", title='"><script>')]))
    assert "<script>" not in out
    assert "&lt;script&gt;" in out and "&#34;&gt;&lt;script&gt;" in out


def test_highlight_drops_out_of_range_marks():
    out = highlight("abc", [Mark(2, 9, "claim", "claim"), Mark(-1, 2, "claim", "claim")])
    assert str(out) == "abc"


def test_highlighted_article_links_entities_and_anchors_refs(store, demo_story_id):
    story = store.story(demo_story_id)
    article = store.article(story.article_ids[0])
    analysis = store.analysis(article.id)
    ref = analysis.claims[1].span
    out = str(highlighted_article(article.text, analysis, "a0-", lambda i: f"/entity/{i}", [ref]))
    assert f'id="{claim_anchor("a0-", ref)}"' in out
    assert 'href="/entity/elena-varga"' in out and 'class="speaker src-named-person"' in out
    assert re.search(r'class="hedge mod-speculative"[^>]*>may<', out)
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == article.text


def test_analysis_marks_of_missing_analysis_is_empty():
    assert analysis_marks(None) == []
    assert str(highlight("plain", analysis_marks(None))) == "plain"
