"""Fusion is pure: invariants with plain arrays and id lists (no encoder needed)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from teikei_qa.retrieve import convex, rrf
from teikei_qa.settings import COVERAGE_WEIGHT


def test_rrf_known_values():
    fused = rrf([[1, 2, 3], [3, 1]], k=60)
    assert [d for d, _ in fused] == [1, 3, 2]
    assert abs(dict(fused)[1] - (1 / 61 + 1 / 62)) < 1e-12


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.permutations(list(range(8))), min_size=1, max_size=3))
def test_rrf_bounded_and_agrees_when_lists_agree(rankings):
    fused = rrf(rankings, k=60)
    assert all(0 < s <= len(rankings) / 61 + 1e-12 for _, s in fused)
    if all(r == rankings[0] for r in rankings):
        assert [d for d, _ in fused] == list(rankings[0])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.floats(0, 50), st.floats(-1, 1)), min_size=1, max_size=30),
       st.floats(0, 1))
def test_convex_bounded_and_monotone(pairs, w):
    b = np.array([p[0] for p in pairs], dtype=np.float32)
    d = np.array([p[1] for p in pairs], dtype=np.float32)
    f = convex(b, d, w)
    assert np.all(f >= -1e-6) and np.all(f <= 1 + 1e-6)
    # a record better on both legs is never ranked below
    for i in range(len(pairs)):
        for j in range(len(pairs)):
            if b[i] >= b[j] and max(d[i], 0) >= max(d[j], 0):
                assert f[i] >= f[j] - 1e-6


def test_sparse_bm25_equals_bm25s(built, tokenizer):
    import bm25s

    from teikei_qa.bm25 import SparseBM25
    from teikei_qa.index import read_manifest

    settings, _ = built
    folder = settings.index_dir / read_manifest(settings.index_dir).generation / "bm25"
    ours, theirs = SparseBM25.load(folder), bm25s.BM25.load(str(folder), show_progress=False)
    for q in ["漁業 協力", "美術館 美術館 交流", "北九州市 水道 ハイフォン"]:
        toks = [t for t in tokenizer(q) if t in ours.vocab_dict]
        assert np.allclose(ours.get_scores(toks), theirs.get_scores(toks), atol=1e-5)


def test_coverage_lifts_the_row_that_holds_more_of_the_question(engine):
    # 研究 and 展示 are both in the row of the Rocky Mountain museum (御船町), which names
    # one museum; other museum rows name two or three and outrank it on BM25 and cosine
    # alone. The coverage (the share of the question's words a row holds) brings it in
    # (研究や展示 would offer them as alternatives: either would do, alternatives.py).
    q = "研究と展示で協力する美術館と博物館"
    r = engine.retriever
    assert r.coverage_weight == COVERAGE_WEIGHT > 0
    assert "姉妹館提携" in [h.record.title for h in engine.search(q, 5)]
    r.coverage_weight = 0.0
    try:
        assert "姉妹館提携" not in [h.record.title for h in engine.search(q, 5)]
    finally:
        r.coverage_weight = COVERAGE_WEIGHT
