"""Template helpers: only http(s) links survive; figures format predictably."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.present.web.render import ENV, Links, day, num, pct, safe_url


@pytest.mark.parametrize("url", ["https://example.org/a?b=1", "http://example.org", "HTTPS://EXAMPLE.ORG/x"])
def test_render_safe_url_keeps_http_links(url):
    assert safe_url(url) == url


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                                 "java\tscript:alert(1)", "java\nscript:alert(1)", "data:text/html,<script>",
                                 "vbscript:msgbox", "//evil.example/x", "/relative", "https://", "http:evil",
                                 "", None, "https://example.org/" + "a" * 3000])
def test_render_safe_url_drops_everything_else(url):
    assert safe_url(url) == ""


@given(st.text(max_size=60))
def test_render_safe_url_never_returns_a_non_http_scheme(url):
    kept = safe_url(url)
    assert kept == "" or kept.lower().startswith(("http://", "https://"))


def test_render_formats_figures():
    assert (pct(None), pct(0.256), num(None), num(2.5), num(3), day("2026-11-20T08:00:00Z"), day(None)) == \
        ("–", "26%", "–", "2.5", "3", "2026-11-20", "undated")


def test_render_links_point_in_page_for_the_report():
    web, report = Links(), Links(static_report=True)
    assert web.outlet("A/B <c>") == "/outlet/A%2FB%20%3Cc%3E"
    assert report.article("abc") == "#article-abc" and report.entity("KST") == "" and report.story("s") == ""


def test_render_environment_autoescapes_every_template():
    assert ENV.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"
