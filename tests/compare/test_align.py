"""Claim alignment on hand-built claims: structure decides contradiction, embeddings relatedness."""

from __future__ import annotations

import pytest

from newsprism.compare.align import align_story, claim_item, relate
from newsprism.compare.settings import CompareSettings
from newsprism.records import ArticleAnalysis, Claim, Span

from .conftest import article, claim, entity, view

SETTINGS = CompareSettings()


def _item(headline, body, phrase, outlet="A", entities=(), **claim_kw):
    art = article(f"{outlet}-{abs(hash(body)) % 10**6}", headline, body, outlet)
    ents = tuple(entity(art, p, k, c, *rest) for p, k, c, *rest in entities)
    c = claim(art, phrase, **claim_kw)
    return claim_item(view(art, ArticleAnalysis(art.id, entities=ents, claims=(c,))), c)


def test_align_opposite_polarity_contradicts():
    a = _item("Talks", "The ministry said the border will reopen on Monday.", "the border will reopen on Monday")
    # polarity and modality as the claims layer gives them for this sentence
    b = _item("Talks", "The ministry said the border will not reopen on Monday.", "the border will not reopen on Monday", outlet="B",
              modality="negated", polarity="negative")
    relation, _, signals = relate(a, b, 0.9, 0.8, SETTINGS)
    assert relation == "contradicts" and any(s.startswith("polarity") for s in signals)


def test_align_conditional_against_unconditional_contradicts():
    a = _item("Iran", "Talks with Washington are possible only if sanctions end.", "Talks with Washington are possible only if sanctions end", holder="Mehdi Tavakoli")
    b = _item("Iran", "There are no barriers to talks with Washington.", "There are no barriers to talks with Washington", outlet="B", holder="Mehdi Tavakoli")
    relation, _, signals = relate(a, b, 0.6, 0.4, SETTINGS)
    assert relation == "contradicts" and any(s.startswith("conditions") for s in signals)


def test_align_former_against_sitting_role_contradicts():
    ent = [("Lina Moreau", "PERSON", "person:lina-moreau")]
    a = _item("Visit", "President Lina Moreau arrived in Dakra.", "President Lina Moreau arrived in Dakra", entities=ent)
    b = _item("Visit", "Former president Lina Moreau arrived in Dakra.", "Former president Lina Moreau arrived in Dakra", outlet="B", entities=ent)
    relation, _, signals = relate(a, b, 0.9, 0.9, SETTINGS)
    assert relation == "contradicts" and any(s.startswith("role") for s in signals)


def test_align_former_and_sitting_of_different_titles_do_not_contradict():
    # a former foreign minister who is prime minister now: both can be true
    ent = [("Lina Moreau", "PERSON", "person:lina-moreau")]
    a = _item("Visit", "Prime Minister Lina Moreau arrived in Dakra.", "Prime Minister Lina Moreau arrived in Dakra", entities=ent)
    b = _item("Visit", "Former foreign minister Lina Moreau arrived in Dakra.", "Former foreign minister Lina Moreau arrived in Dakra",
              outlet="B", entities=ent)
    assert (a.roles, b.roles) == ({"person:lina-moreau": ("sitting", "prime minister")}, {"person:lina-moreau": ("former", "foreign minister")})
    relation, _, signals = relate(a, b, 0.9, 0.9, SETTINGS)
    assert relation == "same" and not any(s.startswith("role") for s in signals)


def test_align_conflicting_numbers_contradict():
    a = _item("Floods", "Floods forced 4000 people from their homes in Dakra.", "Floods forced 4000 people from their homes in Dakra")
    b = _item("Floods", "Floods forced 9000 people from their homes in Dakra.", "Floods forced 9000 people from their homes in Dakra", outlet="B")
    relation, _, signals = relate(a, b, 0.95, 0.9, SETTINGS)
    assert relation == "contradicts" and any(s.startswith("numbers") for s in signals)


def test_align_speaker_demand_against_writer_speculation_contradicts():
    a = _item("Iran", "Tavakoli demanded that sanctions be lifted first.", "sanctions be lifted first", holder="Mehdi Tavakoli")
    b = _item("Iran", "He probably wants sanctions lifted first.", "He probably wants sanctions lifted first", outlet="B", modality="speculative")
    relation, _, signals = relate(a, b, 0.7, 0.5, SETTINGS)
    assert relation == "contradicts" and any(s.startswith("attribution") for s in signals)


@pytest.mark.parametrize("similarity, lexical, holder_b, expected", [
    (0.9, 0.3, "writer", "same"),
    (0.9, 0.3, "Dana Ruiz", "same"),  # the writer's report and a named source's corroborate each other
    (0.68, 0.7, "writer", "same"),  # a fair cosine over mostly shared words
    (0.68, 0.3, "writer", "elaborates"),
    (0.6, 0.9, "writer", "elaborates"),
    (0.2, 0.3, "writer", None),
])
def test_align_same_needs_similarity_or_shared_words(similarity, lexical, holder_b, expected):
    a = _item("Port", "The port of Dakra closed for the storm.", "The port of Dakra closed for the storm")
    b = _item("Port", "Dakra's port was shut because of the storm.", "Dakra's port was shut because of the storm", outlet="B", holder=holder_b)
    decided = relate(a, b, similarity, lexical, SETTINGS)
    assert (decided[0] if decided else None) == expected


@pytest.mark.parametrize("holder_a, id_a, holder_b, id_b, expected", [
    ("Hungary", "HUN", "Slovakia", "SVK", "elaborates"),  # two sides saying alike: two claims
    ("Hungary", "HUN", "Hungarian officials", "", "same"),  # one side, named and unnamed
    ("Hungary", "HUN", "analysts", "", "same"),  # an unnamed source has no side
])
def test_align_holders_of_different_sides_do_not_make_one_claim(holder_a, id_a, holder_b, id_b, expected):
    a = _item("Gas", "Hungary said the halt was illegal.", "the halt was illegal", holder=holder_a, holder_id=id_a)
    b = _item("Gas", "Slovakia said the halt was illegal.", "the halt was illegal", outlet="B", holder=holder_b, holder_id=id_b)
    assert relate(a, b, 0.95, 1.0, SETTINGS)[0] == expected


def test_align_story_links_paraphrases_with_real_embeddings(encoder):
    one = article("a1", "Port closes", "The port of Dakra closed on Tuesday because of the storm. Fishing boats stayed in the harbour.", "Harbor Times")
    two = article("b1", "Storm shuts port", "Dakra's port was shut on Tuesday because of the storm. Ferry services resume Friday.", "Daily Meridian")
    analyses = [ArticleAnalysis(a.id, claims=(claim(a, a.text.split("\n\n")[1].split(". ")[0]),)) for a in (one, two)]
    items, links = align_story("s1", [view(one, analyses[0]), view(two, analyses[1])], {}, SETTINGS, encoder)
    assert [it.claim.position for it in items] == ["headline", "body", "headline", "body"]  # headlines are claims too
    body_links = [l for l in links if l.a.span.start > 0 and l.b.span.start > 0]
    assert len(body_links) == 1
    link = body_links[0]
    assert link.relation == "same" and link.score >= SETTINGS.same_similarity
    assert {link.a.article_id, link.b.article_id} == {"a1", "b1"}
    assert link.evidence["a"]["text"] and link.evidence["signals"]


def test_align_role_conflict_across_articles_without_a_shared_claim():
    from newsprism.compare.align import role_conflicts

    one = article("r1", "Talks", "In Dakra, former President Lina Moreau's government said it would wait.", "Harbor Times")
    two = article("r2", "Visit", "President Lina Moreau told reporters the border would stay open.", "Daily Meridian")
    three = article("r3", "Visit", "Lina Moreau spoke briefly.", "Civic Ledger")
    views = [view(a, ArticleAnalysis(a.id, entities=(entity(a, "Lina Moreau", "PERSON", "person:lina-moreau"),))) for a in (one, two, three)]
    links = role_conflicts("s", views)
    assert len(links) == 1  # the untitled mention in r3 neither agrees nor conflicts
    link = links[0]
    assert link.relation == "contradicts" and link.a.span.text == "former President Lina Moreau"
    assert link.b.span.text == "President Lina Moreau" and link.evidence["signals"][0].startswith("role")


# ---------------------------------------------------------------- one person named two ways within a story

OFFICE, VARGA = "office:aut:chancellor", "person:ilse-varga"


def _chancellor_views(holders: dict, named_claim: str, office_claim: str):
    """Two outlets: one names Chancellor Ilse Varga, the other only "the chancellor"; one writer claim each."""
    from newsprism.compare.identities import resolved_view

    named = article("cv-named", "Crossings", f"Chancellor {named_claim}.", "Alpine Courier")
    office = article("cv-office", "Crossings", f"{office_claim}.", "Danube Post")
    ents = (entity(named, "Ilse Varga", "PERSON", VARGA, "Chancellor"), entity(office, "chancellor", "PERSON", OFFICE, "Chancellor"))
    return [resolved_view(view(art, ArticleAnalysis(art.id, entities=(ent,), claims=(claim(art, text),))), holders)
            for art, ent, text in zip((named, office), ents, (named_claim, office_claim))]


FAR = ("Ilse Varga inspected the frontier post at Kufstein",
       "On Monday evening the chancellor toured a mountain checkpoint with customs officers")
CLOSE = ("Ilse Varga visited the frontier post at Kufstein on Monday", "On Monday the chancellor visited the frontier post at Kufstein")


def test_align_office_inside_a_claim_is_compared_as_its_holder():
    from newsprism.compare.align import candidate_pairs, word_overlap
    from newsprism.compare.stance import load_stance_model

    unresolved = [claim_item(v, v.analysis.claims[0]) for v in _chancellor_views({}, *FAR)]
    resolved = [claim_item(v, v.analysis.claims[0]) for v in _chancellor_views({OFFICE: VARGA}, *FAR)]
    assert unresolved[1].entities == {OFFICE} and resolved[1].entities == {VARGA}
    assert resolved[1].written == {VARGA: "chancellor"}  # the article's own wording is kept
    # No shared word: only the shared person makes the two claims worth comparing.
    idf = load_stance_model()["idf"]
    assert word_overlap(unresolved[0].stems, unresolved[1].stems, idf) < SETTINGS.lexical_prefilter
    assert candidate_pairs(unresolved, idf, SETTINGS) == []
    assert [(i, j) for i, j, _ in candidate_pairs(resolved, idf, SETTINGS)] == [(0, 1)]


@pytest.mark.parametrize("holders, shown", [({OFFICE: VARGA}, "Ilse Varga (as written: chancellor)"), ({}, None)])
def test_align_story_shows_one_name_with_each_outlets_wording(encoder, holders, shown):
    _, links = align_story("s", _chancellor_views(holders, *CLOSE), {}, SETTINGS, encoder)
    body = [l for l in links if l.a.span.start > 0 and l.b.span.start > 0]
    assert len(body) == 1
    evidence = body[0].evidence
    if shown:
        assert evidence["entities"] == {VARGA: {"name": "Ilse Varga", "a": "Ilse Varga", "b": "chancellor"}}
        assert f"shared entities: {shown}" in evidence["signals"]
    else:  # without the story's map the office and the person are two entities
        assert "entities" not in evidence and not any(s.startswith("shared entities") for s in evidence["signals"])


def test_align_link_evidence_names_an_office_holder_and_keeps_the_wording(encoder):
    from newsprism.compare.identities import resolved_view

    named = article("h-named", "Crossings", "Ilse Varga said the mountain crossings would stay open through the winter.", "Alpine Courier")
    office = article("h-office", "Crossings", "Austria's chancellor said the mountain crossings would stay open through the winter.", "Danube Post")
    analyses = (ArticleAnalysis(named.id, claims=(claim(named, "the mountain crossings would stay open through the winter",
                                                        holder="Ilse Varga", holder_id=VARGA),)),
                ArticleAnalysis(office.id, claims=(claim(office, "the mountain crossings would stay open through the winter",
                                                         holder="Chancellor of Austria", holder_id=OFFICE),)))
    views = [resolved_view(view(a, an), {OFFICE: VARGA}) for a, an in zip((named, office), analyses)]
    views[0].entities[VARGA] = "Ilse Varga"  # as story_entities gives it when the entity layer ran
    _, links = align_story("s", views, {}, SETTINGS, encoder)
    link = next(l for l in links if l.a.span.start > 0 and l.b.span.start > 0)
    assert link.relation == "same" and "same holder: Ilse Varga" in link.evidence["signals"]
    assert link.evidence["a"] == {**link.evidence["a"], "holder": "Ilse Varga", "holder_id": VARGA}
    assert "holder_as_written" not in link.evidence["a"]
    assert (link.evidence["b"]["holder"], link.evidence["b"]["holder_as_written"]) == ("Ilse Varga", "Chancellor of Austria")


def test_align_story_keeps_a_contradiction_beside_a_closer_paraphrase(encoder):
    one = article("a2", "Border", "The border with Tarsia will reopen on Monday. Trucks are waiting.", "Harbor Times")
    two = article("b2", "Border news", "The border with Tarsia will reopen on Monday. The border with Tarsia will not reopen on Monday.",
                  "Daily Meridian")
    first = claim(one, "The border with Tarsia will reopen on Monday")
    same = claim(two, "The border with Tarsia will reopen on Monday")
    denied = Claim(Span(two.text.rindex("The border"), len(two.text) - 1, "The border with Tarsia will not reopen on Monday"),
                   "writer", "negated", "body", polarity="negative")
    views = [view(one, ArticleAnalysis(one.id, claims=(first,))), view(two, ArticleAnalysis(two.id, claims=(same, denied)))]
    _, links = align_story("s2", views, {}, SETTINGS, encoder)
    from_first = {(l.relation, l.b.span.start if l.a.article_id == "a2" else l.a.span.start) for l in links
                  if first.span in (l.a.span, l.b.span)}
    assert ("same", same.span.start) in from_first and ("contradicts", denied.span.start) in from_first
