"""The recall round's rules (sixth session), each on invented sentences that fail without the rule."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsprism.analyze.attribution import _ends_cue_sentence
from newsprism.analyze.quotes import QUOTE_MARKS


def statements(nlp, text):
    return nlp(text)._.np_statements


def find(found, cue_word):
    """The statement whose cue contains ``cue_word``."""
    matches = [s for s in found if cue_word in s.cue.text]
    assert matches, f"no statement with cue {cue_word!r} in {[s.cue.text for s in found]}"
    return matches[0]


def parts(statement):
    return [part.text for part in statement.content_parts or (statement.content,)]


def test_quote_goes_on_after_the_rest_of_the_cue_sentence(nlp):
    text = ('“The tunnel will open in spring,” Ana Ruiz said at a briefing in Corvale, Wash., on Tuesday. '
            '“Nobody should plan around a later date.”')
    statement = find(statements(nlp, text), "said")
    assert parts(statement) == ["“The tunnel will open in spring,”", "“Nobody should plan around a later date.”"]


def test_quote_after_a_second_sentence_is_not_joined(nlp):
    text = ('“The tunnel will open in spring,” said Ana Ruiz. She left the room. '
            '“Nobody should plan around a later date.”')
    statement = find(statements(nlp, text), "said")
    assert parts(statement) == ["“The tunnel will open in spring,”"]


def test_quote_with_its_own_cue_is_not_joined(nlp):
    text = ('“The tunnel will open in spring,” said Ana Ruiz, the director. '
            '“Not before summer,” her deputy replied.')
    statement = find(statements(nlp, text), "said")
    assert parts(statement) == ["“The tunnel will open in spring,”"]


def test_passive_subject_is_the_first_part_of_the_content(nlp):
    statement = find(statements(nlp, "The harbour master was once asked how the channel would be dredged."), "asked")
    assert statement.speaker is None
    assert parts(statement) == ["The harbour master", "how the channel would be dredged"]


def test_expletive_passive_subject_is_not_content(nlp):
    statement = find(statements(nlp, "It was announced that the ferry would stop running."), "announced")
    assert parts(statement) == ["that the ferry would stop running"]


def test_gerund_after_a_cue_preposition_is_the_content(nlp):
    found = statements(nlp, "Mayor Ana Ruiz called for closing the old bridge. The union leader talked about raising the fares.")
    assert find(found, "called").content.text == "closing the old bridge"
    assert find(found, "talked").content.text == "raising the fares"


def test_declined_to_comment_is_a_refusal_with_the_infinitive_as_content(nlp):
    found = statements(nlp, "Through a spokeswoman, the mayor declined to comment. The mayor refused to endorse the harbour plan.")
    declined = find(found, "declined")
    assert (declined.cue.text, declined.speaker.text, declined.content.text) == ("declined", "the mayor", "to comment")
    assert find(found, "refused").cue.text == "refused to endorse"  # a governed cue with content still speaks for both


def test_recipient_of_two_objects_is_not_content(nlp):
    statement = find(statements(nlp, "Ruiz could deny them new permits."), "deny")
    assert statement.content.text == "new permits"


def test_second_complement_after_an_adverb_of_manner(nlp):
    statement = find(statements(nlp, "The mayor compared the plan favorably to the old bridge."), "compared")
    assert statement.content.text == "the plan favorably to the old bridge"


def test_gerund_of_saying_after_a_preposition_without_a_reachable_speaker(nlp):
    statement = find(statements(nlp, "The clinic drew scorn for its adverts and for saying that the pills cured colds."), "saying")
    assert statement.speaker is None
    assert statement.content.text == "that the pills cured colds"


def test_continued_act_is_the_cue_and_its_target_the_content(nlp):
    statement = find(statements(nlp, "The rival clubs continued to plot against the mayor."), "continued")
    assert (statement.cue.text, statement.speaker.text, statement.content.text) == (
        "continued to plot against", "The rival clubs", "the mayor")


def test_continued_speech_keeps_its_quote(nlp):
    statement = find(statements(nlp, "Ruiz continued: “The dam will hold.”"), "continued")
    assert statement.content.text == "“The dam will hold.”"


def test_poll_a_finding_is_reported_in_is_its_source(nlp):
    statement = find(statements(nlp, "In the latest Corvale Herald poll, Ruiz leads Brandt by five points."), "In")
    assert (statement.cue.text, statement.speaker.text, statement.content.text) == (
        "In", "the latest Corvale Herald poll", "Ruiz leads Brandt by five points")


def test_poll_in_a_subordinate_clause_is_the_writers_comparison(nlp):
    found = statements(nlp, "Though support has fallen in the new survey, Ruiz is calm.")
    assert not [s for s in found if s.cue.text.lower() == "in"]


def test_further_act_of_saying_after_a_comma_is_not_content(nlp):
    statement = find(statements(nlp, "Ruiz said the dam would hold, arguing that the walls were thick."), "said")
    assert statement.content.text == "the dam would hold"


def test_concession_about_the_speaker_is_the_writers_aside(nlp):
    text = "Ruiz claimed that the levy was fair, although she again refused to publish the accounts."
    assert find(statements(nlp, text), "claimed").content.text == "that the levy was fair"


def test_concession_inside_the_report_stays_content(nlp):
    text = "The agency said more rain was possible, although the heaviest rain would move east."
    assert find(statements(nlp, text), "said").content.text == "more rain was possible, although the heaviest rain would move east"


def test_unpaired_dash_opens_the_writers_comment(nlp):
    found = statements(nlp, "Ruiz linked the floods to the new dam — a charge her rivals dismissed.")
    assert find(found, "linked").content.text == "the floods to the new dam"


def test_paired_dashes_and_spaced_hyphens_stay_in_content(nlp):
    assert find(statements(nlp, "Ruiz said the dam — built in 1950 — would hold."), "said").content.text == (
        "the dam — built in 1950 — would hold")
    assert find(statements(nlp, "Ruiz said the dam would hold - at least until spring."), "said").content.text == (
        "the dam would hold - at least until spring")


def test_cue_set_off_by_commas_reports_the_words_before_it(nlp):
    text = "The town resisted the plan, but the floods got so bad, the mayor noted, that the council relented."
    statement = find(statements(nlp, text), "noted")
    assert parts(statement) == ["the floods got so bad", "that the council relented"]


def test_cue_without_the_second_comma_keeps_one_part(nlp):
    statement = find(statements(nlp, "The floods got so bad that the mayor noted the council relented."), "noted")
    assert parts(statement) == ["the council relented"]


def test_passive_cue_takes_its_preposition(nlp):
    statement = find(statements(nlp, "The harbour plan has been criticized for its cost."), "criticized")
    assert statement.cue.text == "has been criticized for"
    assert parts(statement) == ["The harbour plan", "its cost"]


def test_according_to_content_loses_the_writers_connective(nlp):
    statement = find(statements(nlp, "But the dam will hold, according to the harbour board."), "according")
    assert statement.content.text == "the dam will hold"


@given(st.text(max_size=60), st.sampled_from(sorted(QUOTE_MARKS)))
def test_gap_with_a_quote_mark_never_ends_the_cue_sentence(text, mark):
    assert not _ends_cue_sentence(text + mark + " more words.")


@given(st.text(alphabet="abcdefgh ,", max_size=40))
def test_gap_of_plain_words_ends_the_cue_sentence_only_with_a_full_stop(words):
    assert _ends_cue_sentence(" " + words + ". ") == (len((words + ".").split()) <= 25)
    assert not _ends_cue_sentence(" " + words + "\n\n")


def test_that_clause_the_parser_gives_to_in_a_statement_is_the_content(nlp):
    """spaCy hangs the clause on "statement" (acl): the commonest wire form had no statement."""
    statement = find(statements(nlp, "Ana Ruiz said in a statement that the dam is safe."), "said")
    assert statement.content.text == "that the dam is safe"
    assert statement.speaker.text == "Ana Ruiz"


def test_relative_clause_on_the_statement_noun_is_not_content(nlp):
    found = statements(nlp, "Ana Ruiz said in a statement that she regretted.")
    assert all("regretted" not in (s.content.text if s.content else "") for s in found)


def test_that_parsed_as_a_second_subject_still_opens_the_content(nlp):
    """spaCy can give the clause two subjects ("that" and "flows"): "that" is the complementiser."""
    statement = find(statements(nlp, "The operator said in a statement that flows fell to zero."), "said")
    assert statement.content.text == "that flows fell to zero"
