"""Role discrepancies within a story: a title held in one outlet and past in another."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.compare.identities import resolved_view
from newsprism.compare.roles import ROLE_KIND, role_conflicts, role_mentions, role_words
from newsprism.records import ArticleAnalysis, Entity, Span

from .conftest import article, entity, view

ALDEN = "person:gregory-alden"


def _views(*bodies: tuple[str, str, tuple], holders: dict | None = None):
    """One view per (outlet, body, entities); entities are (phrase, id[, role])."""
    views = []
    for n, (outlet, body, ents) in enumerate(bodies):
        art = article(f"r{n}", "Talks", body, outlet)
        found = tuple(entity(art, phrase, "PERSON", cid, *role) for phrase, cid, *role in ents)
        views.append(resolved_view(view(art, ArticleAnalysis(art.id, entities=found)), holders or {}))
    return views


def test_roles_former_against_sitting_title_is_one_link_with_both_wordings():
    views = _views(("Harbor Times", "Former President Gregory Alden said it would wait.", (("Gregory Alden", ALDEN, "former President"),)),
                   ("Daily Meridian", "President Gregory Alden told reporters the border stays open.", (("Gregory Alden", ALDEN, "President"),)))
    links = role_conflicts("s", views, {ALDEN: "Gregory Alden"})
    assert len(links) == 1
    evidence = links[0].evidence
    assert evidence["kind"] == ROLE_KIND and evidence["person"] == {"id": ALDEN, "name": "Gregory Alden"}
    assert (evidence["a"]["text"], evidence["a"]["title"], evidence["a"]["role"]) == ("Former President Gregory Alden", "former President", "former")
    assert (evidence["b"]["text"], evidence["b"]["title"], evidence["b"]["role"]) == ("President Gregory Alden", "President", "sitting")
    assert evidence["signals"][0].startswith("role: Gregory Alden called former President in Harbor Times")


def test_roles_different_titles_or_dated_titles_are_no_discrepancy():
    # a former foreign minister can be prime minister now; "then-President" dates the title
    views = _views(("Harbor Times", "Former Foreign Minister Lina Moreau arrived.", (("Lina Moreau", "person:lina-moreau", "former Foreign Minister"),)),
                   ("Daily Meridian", "Prime Minister Lina Moreau arrived.", (("Lina Moreau", "person:lina-moreau", "Prime Minister"),)),
                   ("Civic Ledger", "Then-President Lina Moreau signed the pact in 2019.", (("Lina Moreau", "person:lina-moreau", "then-President"),)),
                   ("Port Gazette", "President Lina Moreau spoke.", (("Lina Moreau", "person:lina-moreau", "President"),)))
    assert role_conflicts("s", views) == []


def test_roles_office_mention_counts_as_its_holder_within_the_story():
    office, holder = "office:aut:chancellor", "person:ilse-varga"
    bodies = (("Alpine Courier", "Former Chancellor Ilse Varga said the crossings stay open.", (("Ilse Varga", holder, "former Chancellor"),)),
              ("Danube Post", "Austria's Chancellor said the crossings stay open.", (("Chancellor", office, "Chancellor"),)))
    assert role_conflicts("s", _views(*bodies)) == []  # without the story's map they are two people
    links = role_conflicts("s", _views(*bodies, holders={office: holder}), {holder: "Ilse Varga"})
    assert len(links) == 1 and links[0].evidence["person"]["id"] == holder
    assert links[0].b.span.text == "Chancellor" and links[0].evidence["b"]["role"] == "sitting"


def test_roles_each_person_status_and_title_is_listed_once_per_article():
    art = article("m", "Talks", "Former President Gregory Alden spoke. Later, Alden said more. President Gregory Alden left.", "Harbor Times")
    spans = ((art.text.index("Gregory Alden"), 13), (art.text.index("Alden said"), 5), (art.text.rindex("Gregory Alden"), 13))
    ents = tuple(Entity(Span.of(art.text, s, s + n), "PERSON", ALDEN, "Gregory Alden") for s, n in spans)
    assert [e.span.text for e in ents] == ["Gregory Alden", "Alden", "Gregory Alden"]
    found = role_mentions(view(art, ArticleAnalysis(art.id, entities=ents)))
    # the bare "Alden" carries no title of its own; the two titled mentions differ in status
    assert [(m.status, m.base, m.span.text) for m in found] == [
        ("former", "president", "Former President Gregory Alden"), ("sitting", "president", "President Gregory Alden")]


NAMES = st.from_regex(r"[A-Z][a-z]{2,8} [A-Z][a-z]{2,10}", fullmatch=True)
TITLES = st.sampled_from(["President", "Prime Minister", "Chancellor", "Governor", "Mayor"])


@settings(max_examples=60, deadline=None)
@given(NAMES, TITLES, st.sampled_from(["former ", "Former ", "ex-", "one-time "]))
def test_roles_a_past_modifier_before_a_title_reads_former(name, title, past):
    for text, expected in ((f"Yesterday {past}{title} {name} spoke.", "former"), (f"Yesterday {title} {name} spoke.", "sitting"),
                           (f"Yesterday {name} spoke.", "")):
        start = text.index(name)
        assert role_words(text, Entity(Span.of(text, start, start + len(name)), "PERSON", "person:x", name)) == expected


# ---------------------------------------------------------------- the bundled examples


def test_roles_examples_flag_only_the_sitting_president_called_former(nlp):
    import json
    from pathlib import Path

    from newsprism.analyze import analyze_articles
    from newsprism.compare.identities import office_holders
    from newsprism.config import Settings
    from newsprism.ingest import ingest_paths
    from newsprism.records import Article

    root = Path(__file__).resolve().parents[2]
    articles = {Path(a.source_path).stem: a for a in ingest_paths([root / "examples" / "articles"]) if isinstance(a, Article)}
    analyses = {a.article_id: a for a in analyze_articles(list(articles.values()), Settings(), nlp=nlp)}
    gold = json.loads((root / "examples" / "gold" / "stories.json").read_text(encoding="utf-8"))
    found = []
    for story in gold["stories"]:
        ids = [articles[slug].id for slug in story["articles"]]
        holders = office_holders(ids, analyses)
        views = [resolved_view(view(articles[slug], analyses[articles[slug].id]), holders) for slug in story["articles"]]
        found += role_conflicts(story["label"], views)
    wrong = gold["mislabelled_role"]
    assert {link.evidence["person"]["id"] for link in found} == {wrong["canonical_id"]}
    assert {(link.a.article_id, link.a.span.start, link.a.span.end) for link in found} == {
        (articles[wrong["article"]].id, wrong["start"], wrong["end"])}
    assert sorted(link.evidence["b"]["outlet"] for link in found) == ["Atlas Monitor", "Capital Dispatch"]
    assert {link.evidence["b"]["title"] for link in found} == {"President"}


@pytest.mark.parametrize("sentence, mention, status, base", [
    ("He met the former foreign minister Lina Moreau in Dakra.", "former foreign minister Lina Moreau", "former", "foreign minister"),
    ("Secretary of State Lina Moreau arrived.", "Secretary of State Lina Moreau", "sitting", "secretary of state"),
    ("Reporters asked the President Lina Moreau about it.", "President Lina Moreau", "sitting", "president"),
    ("Lina Moreau spoke.", "Lina Moreau", "", ""),
    ("Then-President Lina Moreau spoke.", "Then-President Lina Moreau", "", "president"),
])
def test_roles_titled_mention_takes_the_whole_title_in_front(sentence, mention, status, base):
    from newsprism.compare.roles import titled_mention

    start = sentence.index("Lina Moreau")
    found = titled_mention(sentence, Entity(Span.of(sentence, start, start + 11), "PERSON", "person:lina-moreau", "Lina Moreau"))
    assert (found.span.text, found.status, found.base) == (mention, status, base)


def test_roles_an_honorific_alone_is_no_title():
    text = "Mr. Lina Moreau spoke."
    assert role_words(text, Entity(Span.of(text, 4, 15), "PERSON", "person:lina-moreau", "Lina Moreau")) == ""


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["the", "of", "former", "Foreign", "Minister", "said", "Dakra,", "President", "ex-", "x"]), max_size=8), NAMES)
def test_roles_titled_mention_span_ends_at_the_name_and_never_starts_with_a_linking_word(before, name):
    from newsprism.compare.roles import titled_mention

    text = " ".join(before + [name, "spoke."])
    start = text.index(name, len(" ".join(before)))
    found = titled_mention(text, Entity(Span.of(text, start, start + len(name)), "PERSON", "person:x", name))
    assert found.span.end == start + len(name) and found.span.start <= start
    assert found.span.text.endswith(name) and not found.span.text.lower().startswith(("the ", "of "))
    assert found.span.text == text[found.span.start:found.span.end]


# ---------------------------------------------------------------- real analyses of invented articles

CROSSINGS = (
    ("Alpine Courier", "Chancellor Ilse Varga of Austria said on Monday that the mountain crossings would stay open all winter."),
    ("Danube Post", "Former chancellor Ilse Varga said on Monday that the mountain crossings would stay open all winter."),
    ("Linz Evening News", "Austria's chancellor said on Monday that the mountain crossings would stay open all winter."),
)


def test_roles_pipeline_finds_the_outlet_that_makes_a_sitting_chancellor_former(nlp):
    from newsprism.analyze.pipeline import analyze_articles
    from newsprism.compare.identities import office_holders
    from newsprism.compare.views import story_names
    from newsprism.config import Settings

    arts = [article(f"cross-{n}", "Crossings stay open", body, outlet) for n, (outlet, body) in enumerate(CROSSINGS)]
    analyses = {a.article_id: a for a in analyze_articles(arts, Settings(), nlp=nlp)}
    holders = office_holders([a.id for a in arts], analyses)
    assert holders == {"office:aut:chancellor": "person:ilse-varga"}
    views = [resolved_view(view(a, analyses[a.id]), holders) for a in arts]
    links = role_conflicts("s", views, story_names(views))
    # the Danube Post conflicts with both others: the outlet that names her and the one that names only the office
    assert sorted((l.evidence["a"]["outlet"], l.evidence["b"]["outlet"]) for l in links) == [
        ("Alpine Courier", "Danube Post"), ("Danube Post", "Linz Evening News")]
    assert {l.evidence["person"]["name"] for l in links} == {"Ilse Varga"}
    former = {side["text"] for l in links for side in (l.evidence["a"], l.evidence["b"]) if side["role"] == "former"}
    assert former == {"Former chancellor Ilse Varga"}
