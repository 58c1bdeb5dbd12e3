"""The claim-alignment scorer on tiny hand-made gold and hand-built links and verdicts."""

from __future__ import annotations

import json

import pytest

from newsprism.errors import EvalError
from newsprism.eval.alignment import covers, locate, read_alignment_gold, score_alignment
from newsprism.records import Article, ClaimLink, ClaimRef, Span, Verdict

A_TEXT = "Port closes\n\nThe port closed on Tuesday. About 40 ships waited offshore. The mayor was angry."
B_TEXT = "Harbour shut\n\nThe harbour closed on Tuesday, officials said. Some 90 ships waited. Fishermen protested."


def _articles():
    return {"a": Article(id="ida", text=A_TEXT, headline="Port closes", outlet="A", source_path="a.txt", body_start=13),
            "b": Article(id="idb", text=B_TEXT, headline="Harbour shut", outlet="B", source_path="b.txt", body_start=14)}


def _gold(tmp_path, pairs):
    path = tmp_path / "alignment.json"
    path.write_text(json.dumps({"pairs": pairs}), encoding="utf-8")
    return path


def _pair(a, b, relation):
    return {"a": {"article": "a", "text": a}, "b": {"article": "b", "text": b}, "relation": relation}


def _ref(article: Article, phrase: str) -> ClaimRef:
    start = article.text.index(phrase)
    return ClaimRef(article.id, Span(start, start + len(phrase), phrase))


def _located(tmp_path):
    path = _gold(tmp_path, [_pair("The port closed on Tuesday", "The harbour closed on Tuesday", "same"),
                            _pair("About 40 ships", "Some 90 ships", "contradicts")])
    return locate(read_alignment_gold(path), _articles(), path)


def test_alignment_scorer_perfect_links_and_groups_score_one(tmp_path):
    arts = _articles()
    same = ClaimLink("s", _ref(arts["a"], "The port closed on Tuesday."), _ref(arts["b"], "The harbour closed on Tuesday"), "same", 0.9)
    ships = ClaimLink("s", _ref(arts["b"], "Some 90 ships waited."), _ref(arts["a"], "About 40 ships waited offshore."), "contradicts", 0.8)
    verdicts = [Verdict("s", 0, "corroborated", "", (same.a, same.b)), Verdict("s", 1, "contradicted", "", (ships.a, ships.b))]
    report = score_alignment(_located(tmp_path), [same, ships], verdicts, {"ida", "idb"})
    for relation in ("same", "contradicts"):
        assert (report[relation]["p"], report[relation]["r"], report[relation]["f1"], report[relation]["grouped"]) == (1.0, 1.0, 1.0, 1.0)
    assert report["claims_cover_both"] == 1.0


def test_alignment_scorer_wrong_relation_and_extra_links_count_against(tmp_path):
    arts = _articles()
    # The ships pair linked as "same" is a miss for contradicts and a false "same"; the mayor/fishermen
    # link matches no gold pair (the gold is exhaustive), so it is a false "same" too.
    ships = ClaimLink("s", _ref(arts["a"], "About 40 ships waited offshore."), _ref(arts["b"], "Some 90 ships waited."), "same", 0.8)
    extra = ClaimLink("s", _ref(arts["a"], "The mayor was angry."), _ref(arts["b"], "Fishermen protested."), "same", 0.75)
    elaborates = ClaimLink("s", _ref(arts["a"], "The port closed on Tuesday."), _ref(arts["b"], "The harbour closed on Tuesday"), "elaborates", 0.6)
    verdicts = [Verdict("s", 0, "corroborated", "", (ships.a, ships.b))]
    report = score_alignment(_located(tmp_path), [ships, extra, elaborates], verdicts, {"ida", "idb"})
    assert report["same"]["predicted"] == 2 and report["same"]["p"] == 0.0 and report["same"]["r"] == 0.0
    assert report["contradicts"]["r"] == 0.0 and report["contradicts"]["grouped"] == 0.0
    assert [row["linked_as"] for row in report["per_pair"]] == ["", "same"]
    assert report["claims_cover_both"] == 0.5  # the port claims are in no verdict group here


def test_covers_needs_half_the_shorter_span():
    snippet = Span(10, 20, "x" * 10)
    assert covers(Span(0, 15, ""), snippet) and not covers(Span(0, 14, ""), snippet)
    assert covers(Span(12, 14, ""), snippet)  # a short mention inside the snippet
    assert not covers(Span(18, 40, ""), Span(10, 22, ""))  # 4 shared, the shorter has 12
    assert not covers(Span(30, 40, ""), snippet) and not covers(Span(20, 30, ""), snippet)


@pytest.mark.parametrize("pairs, message", [
    ([_pair("The port closed", "The harbour closed", "maybe")], "pair 1: needs a and b"),
    ([_pair("The port closed", "no such words", "same")], "pair 1: snippet 'no such words' not found in b"),
    ([_pair("The ", "The harbour closed", "same")], "pair 1: snippet 'The ' found more than once in a"),
    ([{"a": {"article": "zz", "text": "x"}, "b": {"article": "b", "text": "y"}, "relation": "same"}], "pair 1: no article file for slug 'zz'"),
])
def test_alignment_gold_errors_name_the_file_and_the_pair(tmp_path, pairs, message):
    path = _gold(tmp_path, pairs)
    with pytest.raises(EvalError, match=message) as caught:
        locate(read_alignment_gold(path), _articles(), path)
    assert caught.value.path == str(path) and str(path) in caught.value.line()


def test_alignment_gold_that_is_not_json_is_an_eval_error(tmp_path):
    path = tmp_path / "alignment.json"
    path.write_text("{oops", encoding="utf-8")
    with pytest.raises(EvalError, match="cannot read alignment gold"):
        read_alignment_gold(path)
