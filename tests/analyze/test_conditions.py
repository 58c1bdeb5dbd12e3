"""Conditions: connectives, coordinated requirements, negated forms."""

from __future__ import annotations

import pytest

from newsprism.analyze.conditions import conditions_in


def _conditions(nlp, text):
    return [c for sent in nlp(text).sents for c in conditions_in(sent)]


def test_conditions_coordinated_requirements_split_in_two(nlp):
    text = "Talks with Norway are contingent on Denmark ending its fishing ban and returning the seized boats."
    conds = _conditions(nlp, text)
    assert [c.connective for c in conds] == ["contingent on", "contingent on"]
    assert conds[0].required.startswith("end its fishing ban")
    assert conds[1].required.startswith("return the seized boats")
    assert {c.actor for c in conds} == {"DNK"}
    assert all(c.polarity == "for" for c in conds)


@pytest.mark.parametrize(
    "text, connective",
    [
        ("Chile will sign the pact only if Peru lowers its tariffs.", "only if"),
        ("Chile will not sign the pact unless Peru lowers its tariffs.", "unless"),
        ("Chile will sign the pact provided that Peru lowers its tariffs.", "provided that"),
        ("If Peru lowers its tariffs, Chile will sign the pact.", "if"),
    ],
)
def test_conditions_connectives_found_with_actor(nlp, text, connective):
    conds = _conditions(nlp, text)
    assert [c.connective for c in conds] == [connective]
    assert conds[0].actor == "PER"
    assert "lower" in conds[0].required
    assert text[conds[0].span.start : conds[0].span.end] == conds[0].span.text


def test_conditions_negated_main_clause_blocks(nlp):
    conds = _conditions(nlp, "A deal is impossible as long as Ghana keeps its border closed.")
    assert len(conds) == 1 and conds[0].polarity == "against"
    assert conds[0].actor == "GHA"


@pytest.mark.parametrize(
    "text",
    [
        "The minister spoke while the crowd waited outside.",
        "This may mean a deal, even if its leaders will not say so.",
        "The envoy asked whether the talks would resume.",
    ],
)
def test_conditions_not_invented(nlp, text):
    assert _conditions(nlp, text) == []


@pytest.mark.parametrize(
    "text, required",
    [
        ("Norway would act alone if necessary.", "necessary"),
        ("The coalition cannot pass the budget without support from the Greens.", "support"),
    ],
)
def test_conditions_elliptical_and_without_forms(nlp, text, required):
    conds = _conditions(nlp, text)
    assert len(conds) == 1 and conds[0].required.startswith(required)


def test_conditions_without_needs_a_negative_main_clause(nlp):
    assert _conditions(nlp, "The minister left without a word.") == []


@pytest.mark.parametrize("brk", ["\n\n", "\n\n\n", " \n\n"])
@pytest.mark.parametrize("clause", [
    "Talks with Varnia possible only if Doravia ends the blockade",
    "Lisvik will sign the pact provided that Tarno lowers its tariffs",
])
def test_conditions_end_before_a_paragraph_break(nlp, clause, brk):
    # A headline has no final full stop: its condition must not run into the break after it,
    # or it no longer lies inside the headline's claim.
    text = f"{clause}{brk}The envoy spoke to reporters on Monday."
    conds = _conditions(nlp, text)
    assert conds and conds[0].span.end == len(clause) and not conds[0].span.text[-1].isspace()


@pytest.mark.parametrize(
    "text, span",
    [
        ("Peru demands the boats back. Until then, Chile has nothing to discuss.", "Until then"),
        ("Peru demands the boats back. Chile has nothing to discuss until then.", "until then"),
        ("Peru must return the boats. There will be no deal unless that happens.", "unless that happens"),
    ],
)
def test_conditions_pointing_back_cover_only_the_connective_phrase(nlp, text, span):
    """"nothing to discuss until then" must not take the main clause's verb into the condition."""
    conds = _conditions(nlp, text)
    assert [c.span.text for c in conds] == [span]
    assert "discuss" not in conds[0].required


def test_conditions_pointer_needs_a_negative_main_clause_for_until(nlp):
    assert _conditions(nlp, "Peru demands the boats back. The talks went on until then.") == []


@pytest.mark.parametrize("text, found", [
    ('"I will trust the truce when the guns are silent," said a shopkeeper.', True),
    ("The airport will reopen once the runway has been inspected.", True),
    ("When the minister visited the port last year, dockers protested.", False),
    ("When the water goes down, the problems do not end.", False),
    ("The board will decide when to hold the vote.", False),
])
def test_conditions_when_and_once_condition_only_a_future_claim(nlp, text, found):
    from newsprism.analyze.conditions import conditions_in

    doc = nlp(text)
    conds = [c for s in doc.sents for c in conditions_in(s)]
    assert bool([c for c in conds if c.connective in ("when", "once")]) == found
