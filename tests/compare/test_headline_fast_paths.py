"""The headline checks' shortcuts give what the plain definitions give (they only skip work)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.analyze.conditions import connectives
from newsprism.compare.headline_conditions import may_have_condition
from newsprism.compare.headline_support import HEARSAY, HEARSAY_PREFIXES, Proposition, hearsay, matches
from newsprism.compare.stance import claim_stems, load_stance_model, words
from newsprism.records import Claim, Span

IDF = load_stance_model()["idf"]
CONNECTIVE_WORDS = sorted({w for c in connectives() for w in c.words})
# Words that make the shortcuts' substring tests pass without a whole-word match.
NEAR_MISSES = ["reporter", "resourceful", "apparently", "claimant", "rumour", "allegedly", "ifs", "unless,", "onlyif",
               "n't", "isn't", "Won’t", "10,000", "5,000", "2.5", "reopens", "reopen", "closing", "closed", "ban", "bans"]
TEXT_WORDS = st.sampled_from(CONNECTIVE_WORDS + sorted(HEARSAY) + list(HEARSAY_PREFIXES) + NEAR_MISSES
                             + ["the", "port", "will", "as", "long", "Mayor", "said", "it", "Report", "SOURCES"])
TEXTS = st.lists(st.one_of(TEXT_WORDS, st.text(max_size=8)), max_size=14).map(" ".join)


def _plain_may_have_condition(text: str) -> bool:
    tokens = words(text)
    return any(tuple(tokens[i:i + len(c.words)]) == c.words for c in connectives() for i in range(len(tokens)))


def _plain_hearsay(text: str) -> bool:
    return any(w in HEARSAY or w.startswith(HEARSAY_PREFIXES) for w in words(text))


@settings(max_examples=400)
@given(TEXTS)
def test_may_have_condition_scans_only_connectives_whose_words_are_there(text):
    assert may_have_condition(text) == _plain_may_have_condition(text)


def test_may_have_condition_finds_multiword_connectives():
    assert may_have_condition("Talks possible as long as sanctions end")
    assert not may_have_condition("The port will reopen as the storm passes, long after")  # all three words, not in sequence


@settings(max_examples=400)
@given(TEXTS)
def test_hearsay_prefilter_never_hides_a_hearsay_word(text):
    assert hearsay(text) == _plain_hearsay(text)


def _plain_matches(head: Proposition, claim: Claim) -> bool:
    from newsprism.compare.headline_support import MATCH_COVER, cover, numbers_in

    said = set(words(claim.span.text))
    with_holder = set(claim_stems(claim.span.text)) | set(claim_stems(claim.holder if claim.holder != "writer" else ""))
    if not numbers_in(head.span.text) <= numbers_in(claim.span.text):
        return False
    return all(forms & said for forms in head.predicates) and cover(head.stems, with_holder, IDF) >= MATCH_COVER


PREDICATES = st.lists(st.frozensets(st.sampled_from(["reopen", "reopens", "close", "closed", "ban", "n't", "10,000", "lift"]),
                                    min_size=1, max_size=3), max_size=2).map(tuple)


@settings(max_examples=300)
@given(TEXTS, TEXTS, PREDICATES, st.sampled_from(["writer", "Mayor Ana Ruiz"]))
def test_matches_tests_verbs_by_substring_first_without_changing_the_answer(head_text, claim_text, predicates, holder):
    head_span, claim_span = Span.of(head_text, 0, len(head_text)), Span.of(claim_text, 0, len(claim_text))
    head = Proposition(head_span, frozenset(claim_stems(head_text)), predicates, "writer", "", "asserted", False, False)
    claim = Claim(claim_span, holder, "asserted", "body")
    assert matches(head, claim, IDF) == _plain_matches(head, claim)


class _TwoParsers:
    """A parser with a syntax-only mode that records which mode each text went to."""

    def __init__(self):
        self.calls = []

    def __call__(self, texts):
        self.calls.append(("full", list(texts)))
        return [f"full:{t}" for t in texts]

    def syntax(self, texts):
        self.calls.append(("syntax", list(texts)))
        return [f"syntax:{t}" for t in texts]


def test_syntax_requests_reuse_a_full_parse_and_parse_the_rest_without_entities():
    from newsprism.compare.headlines import _ParsedOnce

    parser = _TwoParsers()
    parsed = _ParsedOnce(parser)
    parsed.prefetch(["a"])
    assert parsed.syntax(["a", "b", "b"]) == ["full:a", "syntax:b", "syntax:b"]
    assert parsed(["b"]) == ["full:b"]  # a check that reads entities never gets a syntax-only doc
    assert parser.calls == [("full", ["a"]), ("syntax", ["b"]), ("full", ["b"])]
    assert _ParsedOnce(lambda texts: [t.upper() for t in texts]).syntax(["x"]) == ["X"]  # a plain parser serves both


def test_syntax_only_parse_has_the_full_parse_tags_lemmas_and_dependencies(nlp):
    from newsprism.compare.headline_conditions import spacy_parser

    heads = ["Varnia lifts ban on grain exports as talks resume", "Mayor says the bridge will not reopen until May",
             "Floods force 4,000 from homes in Pell; Ostel sends aid"]
    full, syntax = spacy_parser()(heads), spacy_parser(syntax_only=True)(heads)
    read = [[(t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i) for t in doc] for doc in full]
    assert read == [[(t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i) for t in doc] for doc in syntax]
    assert any(doc.ents for doc in full) and not any(doc.ents for doc in syntax)
