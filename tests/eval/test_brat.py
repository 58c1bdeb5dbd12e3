"""brat standoff: parse PolNeAR-style files, write them back, find gold pairs (all text invented)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.errors import EvalError
from newsprism.eval.brat import export_brat, format_ann, gold_documents, parse_ann, parse_fragments, read_ann
from newsprism.records import ArticleAnalysis, Span, Statement

TEXT = "Officials in Lumeria said the bridge would reopen.\n\n“It is safe,” the engineer said, “and tested.”"
ANN = (
    "T1\tSource 0 20\tOfficials in Lumeria\n"
    "T2\tCue 21 25\tsaid\n"
    "T3\tContent 26 50\tthe bridge would reopen.\n"
    "T4\tAttribution 21 25\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tSource 66 78\tthe engineer\n"
    "T6\tCue 79 83\tsaid\n"
    "T7\tContent 52 65;85 98\t“It is safe,” “and tested.”\n"
    "T8\tAttribution 79 83\tsaid\n"
    "E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7\n"
    "T9\tCue 79 83\tsaid\n"
    "T10\tContent 85 98\t“and tested.”\n"
    "T11\tAttribution-no-source 79 83\tsaid\n"
    "E3\tAttribution-no-source:T11 Content:T10 Cue:T9\n"
    "#1\tAnnotatorNotes T1\ta note\n"
)


def statement(text, source, cue, content):
    """A Statement whose spans are found by substring in ``text``."""
    def span(part):
        start = text.index(part)
        return Span(start, start + len(part), part)

    return Statement(cue=span(cue), content=span(content), kind="indirect", sourcing="named-organisation",
                     speaker=span(source) if source else None)


def test_brat_parses_spans_events_and_discontinuous_fragments():
    doc = parse_ann(ANN)
    assert len(doc.attributions) == 3
    first, second, third = doc.attributions
    assert (first.source.text, first.cue.text, first.content[0].text) == ("Officials in Lumeria", "said", "the bridge would reopen.")
    assert second.content[0].fragments == ((52, 65), (85, 98))
    assert third.source is None and third.trigger == "Attribution-no-source"
    assert [s.fragments for s in doc.role_spans("Cue")] == [((21, 25),), ((79, 83),)]


def test_brat_numbered_roles_are_merged():
    ann = ANN.replace("Content:T7", "Content:T7 Content2:T10")
    second = parse_ann(ann).attributions[1]
    assert [c.id for c in second.content] == ["T7", "T10"]


@pytest.mark.parametrize("bad", ["T1\tSource zero 4\tword\n", "E1\tAttribution:T9 Cue:T8\n"])
def test_brat_malformed_lines_raise_eval_error(bad):
    with pytest.raises(EvalError):
        parse_ann(bad, path="bad.ann")


def test_brat_write_then_read_round_trips_statements():
    statements = [
        statement(TEXT, "Officials in Lumeria", "said", "the bridge would reopen"),
        statement(TEXT, "the engineer", "said,", "“It is safe,”"),
        statement(TEXT, None, "said,", "“and tested.”"),
    ]
    doc = parse_ann(format_ann(TEXT, statements))
    assert len(doc.attributions) == 3
    for original, parsed in zip(statements, doc.attributions):
        assert (parsed.cue.start, parsed.cue.end) == (original.cue.start, original.cue.end)
        assert (parsed.content[0].start, parsed.content[0].end) == (original.content.start, original.content.end)
        assert (parsed.source is None) == (original.speaker is None)
    assert doc.attributions[2].trigger == "Attribution-no-source"


def test_brat_writer_reuses_a_repeated_source_span():
    text = "Ana Pardo said yes. Ana Pardo said no."
    statements = [statement(text, "Ana Pardo", "said", "yes")]
    repeated = Statement(cue=Span(30, 34, "said"), content=Span(35, 37, "no"), kind="indirect", sourcing="named-person",
                         speaker=statements[0].speaker)
    ann = format_ann(text, statements + [repeated])
    assert ann.count("\tSource ") == 1
    assert len(parse_ann(ann).attributions) == 2


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 500), st.integers(1, 50)), min_size=1, max_size=4))
def test_brat_fragments_round_trip(pairs):
    fragments = tuple((start, start + length) for start, length in pairs)
    assert parse_fragments(";".join(f"{a} {b}" for a, b in fragments)) == fragments


def test_brat_gold_folder_uses_first_annotation_in_sorted_order(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "story.txt").write_bytes(TEXT.encode("utf-8"))
    (tmp_path / "attributions" / "story_b2.ann").write_text("", encoding="utf-8")
    (tmp_path / "attributions" / "story_a1.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "text" / "unannotated.txt").write_text("No gold.", encoding="utf-8")
    docs = list(gold_documents(tmp_path))
    assert [d.ann_path.name for d in docs] == ["story_a1.ann"]
    assert docs[0].text == TEXT and len(docs[0].annotations.attributions) == 3


def test_brat_gold_folder_without_subfolders_is_an_error(tmp_path):
    with pytest.raises(EvalError):
        list(gold_documents(tmp_path))


def test_brat_export_writes_text_and_ann_per_article(tmp_path):
    article = SimpleNamespace(id="abc123", text=TEXT)
    analysis = ArticleAnalysis(article_id="abc123", statements=(statement(TEXT, "the engineer", "said,", "“It is safe,”"),))
    store = SimpleNamespace(articles=lambda: [article], analysis=lambda article_id: analysis)
    assert export_brat(store, tmp_path) == 1
    assert (tmp_path / "abc123.txt").read_bytes().decode("utf-8") == TEXT
    parsed = read_ann(tmp_path / "abc123.ann")
    assert parsed.attributions[0].source.text == "the engineer"


def test_brat_writes_content_parts_as_one_discontinuous_span():
    first, second = Span(0, 13, TEXT[0:13]), Span(20, 30, TEXT[20:30])
    multi = Statement(cue=Span(14, 19, TEXT[14:19]), content=second, kind="direct", sourcing="none",
                      content_parts=(first, second))
    parsed = parse_ann(format_ann(TEXT, [multi])).attributions[0]
    assert parsed.content[0].fragments == ((0, 13), (20, 30))
    assert parsed.content[0].text == f"{first.text} {second.text}"
