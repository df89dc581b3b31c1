"""Questions without Japanese give the BM25 leg the measured smaller weight
(settings.BM25_WEIGHT_NO_JAPANESE, swept by benchmarks/encoders.py)."""

from __future__ import annotations

import numpy as np
import pytest

from teikei_qa.retrieve import convex
from teikei_qa.settings import BM25_WEIGHT, BM25_WEIGHT_NO_JAPANESE, COVERAGE_WEIGHT
from teikei_qa.text import has_japanese

UBCF = "U-BCF普及に向けた相互協力協定締結"


@pytest.mark.parametrize("text, japanese", [
    ("漁業の協力", True),
    ("Which agreements are about air pollution?", False),
    ("ｼﾞｮﾎｰﾙ州との合意はいつ？", True),        # half-width katakana
    ("Hangzhouとの覚書は何年に", True),         # romaji with one particle
    ("Yangon 覚書 締結年", True),
    ("PM2.5", False),
    ("ＡＢＣ　１２３", False),                   # full-width Latin and digits
    ("々", True),
    ("", False),
    ("😀 emoji \u200f rtl", False),
    ("Kaohsiung 高雄", True),
])
def test_has_japanese(text, japanese):
    assert has_japanese(text) is japanese


def test_the_measured_weight_is_a_down_weight():
    assert 0.0 < BM25_WEIGHT_NO_JAPANESE < BM25_WEIGHT


def test_weight_follows_the_question(engine):
    r = engine.retriever
    assert r.weight_for("U-BCFの協定") == r.bm25_weight == BM25_WEIGHT
    assert r.weight_for("Who is the partner of the U-BCF agreement?") == BM25_WEIGHT_NO_JAPANESE


def test_english_fusion_uses_the_small_weight(engine):
    q = "Who is the partner of the U-BCF agreement?"
    assert not has_japanese(engine.plan(q).text)
    hits = engine.search(q, 3)
    top = hits[0]
    assert top.record.title == UBCF and top.bm25 > 0
    r = engine.retriever
    bm25 = r.bm25_scores(q)
    dense = r.dense_scores(r.query_vector(q))
    cover = r.coverage(q)
    expect = convex(bm25, dense, BM25_WEIGHT_NO_JAPANESE) + COVERAGE_WEIGHT * cover
    assert [h.score for h in hits] == pytest.approx(
        sorted(expect, reverse=True)[:3], abs=1e-6)
    assert top.score == pytest.approx(
        BM25_WEIGHT_NO_JAPANESE + (1 - BM25_WEIGHT_NO_JAPANESE) * float(np.clip(top.dense, 0, 1))
        + COVERAGE_WEIGHT * float(cover[engine.records.index(top.record)]), abs=1e-6)


def test_english_without_matching_words_ranks_by_the_dense_leg(engine):
    # Words the reading of names cannot put into the list's Japanese, none of the data's
    # Latin tokens and none near a word of the data (thesaurus.py): BM25 is 0
    # everywhere, so the dense leg alone orders them.
    q = "Anything on quantum computing?"
    text = engine.plan(q).text
    assert not has_japanese(text)
    r = engine.retriever
    assert r.soft_terms(text) == {}
    assert not r.bm25_scores(text).any()
    assert r.weight_for(text) == BM25_WEIGHT_NO_JAPANESE
    dense = r.dense_scores(r.query_vector(text))
    want = [engine.records[int(i)].title for i in np.argsort(-dense, kind="stable")[:5]]
    assert [h.record.title for h in engine.search(q, 5)] == want


def test_english_words_near_the_datas_keep_the_full_weight(engine):
    # "officials" stands for the data's 職員 (thesaurus.py): the BM25 leg ranks by
    # Japanese words, so it keeps its usual weight.
    text = engine.plan("Which ones talk about capacity building for officials?").text
    r = engine.retriever
    assert not has_japanese(text)
    assert [n.word for n in r.soft_terms(text)["officials"]][:1] == ["職員"]
    assert r.bm25_scores(text).any()
    assert r.weight_for(text) == BM25_WEIGHT


def test_english_read_into_japanese_keeps_the_full_weight(engine):
    # A question whose words the engine reads as the list's (air pollution → 大気汚染)
    # has Japanese in the text it ranks by, so BM25 keeps its usual weight.
    text = engine.plan("Which agreements are about air pollution?").text
    assert has_japanese(text)
    assert engine.retriever.weight_for(text) == BM25_WEIGHT
