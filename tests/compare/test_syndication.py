"""Syndication: copies and light rewrites derive from the earliest version."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsprism.compare.settings import CompareSettings
from newsprism.compare.syndication import derivations, shingles

from .conftest import article

BODY = ("The regional council of Dakra voted on Thursday to close the old harbour bridge for repairs that engineers "
        "expect to last until the spring. Council members said the bridge had shown cracks since the winter storms, "
        "and that ferries would carry commuters across the estuary while the work went on. Shop owners on the north "
        "bank warned that fewer visitors would reach their streets during the closure.")
OTHER = ("A new exhibition of textile art opened at the Fenwick museum, showing rugs and tapestries woven by three "
         "generations of one family. The curator said the collection had never been shown in public before and that "
         "the museum hoped to tour it abroad next year.")
SETTINGS = CompareSettings()


def test_syndication_copy_and_rewrite_derive_from_earliest():
    original = article("orig", "Harbour bridge to close", BODY, "Dakra Post", "2026-03-02T08:00:00Z")
    copy = article("copy", "Bridge closes for repairs", BODY, "Wire Echo", "2026-03-02T11:00:00Z")
    rewrite = article("rewrite", "Dakra bridge shut", BODY.replace("voted on Thursday", "decided on Thursday")
                      .replace("Shop owners", "Traders"), "Coast Daily", "2026-03-02T12:00:00Z")
    unrelated = article("museum", "Textiles on show", OTHER, "Dakra Post", "2026-03-02T09:00:00Z")
    found = derivations([rewrite, unrelated, copy, original], SETTINGS)  # input order must not matter
    assert set(found) == {"copy", "rewrite"}
    assert found["copy"].origin_id == "orig" and found["rewrite"].origin_id == "orig"
    assert found["copy"].containment == 1.0 and found["rewrite"].containment < 1.0


def test_syndication_same_time_uses_ingest_order():
    first = article("first", "Bridge", BODY, "A", None)
    second = article("second", "Bridge", BODY, "B", None)
    assert derivations([first, second], SETTINGS)["second"].origin_id == "first"


def test_syndication_copy_of_copy_points_to_first_version():
    times = ["2026-03-02T08:00:00Z", "2026-03-02T09:00:00Z", "2026-03-02T10:00:00Z"]
    chain = [article(f"v{n}", "Bridge", BODY + " Extra line number %d." % n * min(n, 1), f"O{n}", t) for n, t in enumerate(times)]
    found = derivations(chain, SETTINGS)
    assert found["v1"].origin_id == "v0" and found["v2"].origin_id == "v0"


@given(st.lists(st.sampled_from("alpha beta gamma delta epsilon zeta eta".split()), min_size=0, max_size=40), st.integers(1, 6))
def test_syndication_shingles_cover_every_window(tokens, size):
    found = shingles(" ".join(tokens), size)
    if len(tokens) >= size:
        assert len(found) <= len(tokens) - size + 1
        assert all(len(s.split()) == size for s in found)
    else:
        assert found == ({" ".join(tokens)} if tokens else set())


@given(st.lists(st.text(max_size=12), max_size=30))
def test_syndication_shingle_hashes_are_datasketchs_sha1(texts):
    from datasketch.hashfunc import sha1_hash32

    from newsprism.compare.syndication import _ShingleHashes

    hashes = _ShingleHashes()
    assert [hashes(t) for t in texts + texts] == [sha1_hash32(t.encode("utf-8")) for t in texts + texts]


def test_syndication_sketches_equal_datasketch_defaults(monkeypatch):
    import datasketch
    from datasketch import MinHash, MinHashLSH

    from newsprism.compare import syndication

    sets = {"a": shingles("Rivers burst their banks across Dakra after three days of rain", 4),
            "b": shingles("Rivers burst their banks across Dakra, officials said", 4)}
    queried = []

    class RecordingLSH(MinHashLSH):
        def query(self, minhash):
            queried.append(minhash.digest())
            return super().query(minhash)

    monkeypatch.setattr(datasketch, "MinHashLSH", RecordingLSH)
    list(syndication._candidates([article("a", "H", "x", "X"), article("b", "H", "y", "Y")], sets, CompareSettings()))
    for digest, aid in zip(queried, "ab", strict=True):
        plain = MinHash(num_perm=CompareSettings().minhash_permutations, seed=1)
        plain.update_batch([s.encode("utf-8") for s in sets[aid]])
        assert (digest == plain.digest()).all()
