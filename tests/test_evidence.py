"""Which ranked hits a topic answer cites (evidence.py): exact outcomes on (coverage,
cosine) rows."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from teikei_qa.evidence import THRESHOLDS, cited, cliff, related, topic_cited


def test_cites_every_hit_over_the_cut_in_rank_order():
    rows = [(0.9, 0.4), (0.2, 0.9), (0.8, 0.3), (0.5, 0.1)]
    # confidences 1.3, 1.1, 1.1, 0.6; cut max(0.7, 0.6 × 1.3 = 0.78): the second lacks
    # coverage (0.2 < 0.3), the last the confidence
    assert cited(rows) == [0, 2]


def test_a_clear_lead_is_cited_alone():
    # Nothing reaches 0.6, but the top holds 0.4 of the words and 0.55 ≥ 1.8 × 0.3.
    assert cited([(0.4, 0.15), (0.1, 0.2), (0.05, 0.1)]) == [0]
    # The same lead with too few of the question's words, or too small a lead: nothing.
    assert cited([(0.35, 0.2), (0.1, 0.2)]) == []
    assert cited([(0.4, 0.15), (0.2, 0.2)]) == []
    no_lead = replace(THRESHOLDS, lead_ratio=float("inf"))
    assert cited([(0.4, 0.15), (0.1, 0.2), (0.05, 0.1)], no_lead) == []


def test_hits_holding_as_much_of_the_words_as_the_best_cited_are_cited_too():
    # 資料を相互に貸し借り: four summaries hold 資料の相互利用 (0.51 each); confidences 0.77,
    # 0.58, 0.70, 0.55 against the cut 0.6 keep two of them, the peers the other two
    rows = [(0.51, 0.26), (0.51, 0.07), (0.51, 0.19), (0.51, 0.04), (0.18, 0.15)]
    assert cited(rows) == [0, 1, 2, 3]
    # not with less than half of the words, nor a hit holding more than the cited one
    # (水漏れ対策: 対策 alone in one, 水 and 漏れ in the one cited)
    assert cited([(0.45, 0.40), (0.45, 0.10)]) == [0]
    assert cited([(0.45, 0.10), (0.47, 0.47)]) == [1]


def test_the_lead_is_the_most_confident_hit_not_the_first():
    assert cited([(0.15, 0.15), (0.45, 0.15), (0.0, 0.1)]) == [1]


def test_no_shared_word_cites_the_dense_top_hit_only_when_close():
    assert cited([(0.1, 0.4), (0.0, 0.35)]) == [0]
    assert cited([(0.1, 0.3), (0.0, 0.2)]) == []


def test_a_japanese_question_needs_a_nearer_dense_top_hit():
    # 看護師の海外研修や、病院どうしの医療交流: only 研修 and 交流 held (0.14), the teachers'
    # agreements read at 0.33: near for English, not for Japanese against Japanese summaries
    rows = [(0.14, 0.33), (0.14, 0.29), (0.14, 0.33)]
    assert cited(rows) == [0]
    assert cited(rows, japanese=True) == [] and cited([(0.14, 0.41)], japanese=True) == [0]


def test_a_compound_head_alone_cites_nothing_below_half_the_words_or_a_near_meaning():
    # クルーズ船の寄港誘致: 誘致 (of キャンプ誘致) leads at 0.46 of the words, cosine 0.22
    rows = [(0.46, 0.22), (0.15, 0.13), (0.0, 0.31)]
    assert cited(rows) == [0] and topic_cited(rows, [0.62, 0.37, 0.18]) == [0]
    assert topic_cited(rows, [0.62, 0.37, 0.18], bare_head=True) == []
    assert topic_cited([(0.5, 0.22), (0.15, 0.13)], [0.62, 0.37], bare_head=True) == [0]


def test_a_question_no_row_holds_a_word_of_cites_nothing_however_near():
    # 大きな地震や洪水のあとの復興や、災害への備え: no word held, even softly; the water
    # agreements' summaries read near (0.36, 0.33) and were cited, the first with its companion
    rows = [(0.0, 0.36), (0.0, 0.33), (0.0, 0.31)]
    assert cited(rows) == [] and topic_cited(rows, [0.216, 0.199, 0.186]) == []
    assert related(rows) == [0, 1]  # shown as near, not cited


def test_related_are_the_top_three_with_some_evidence():
    rows = [(0.25, 0.1), (0.0, 0.4), (0.0, 0.1), (0.9, 0.9)]
    assert related(rows) == [0, 1]
    assert cited([]) == [] and related([]) == []


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.floats(0, 1), st.floats(-1, 1)), max_size=20))
def test_cited_positions_are_valid_and_ordered(rows):
    got = cited(rows)
    assert got == sorted(set(got)) and all(0 <= i < len(rows) for i in got)
    assert all(rows[i][0] >= THRESHOLDS.coverage_floor for i in got) or \
        got == [0] and max(c for c, _ in rows) < THRESHOLDS.lexical_none


def test_a_cliff_keeps_the_head_above_the_first_fall():
    assert cliff([0.61, 0.42, 0.41, 0.39, 0.17, 0.14]) == [0, 1, 2, 3]
    assert cliff([0.50, 0.01, 0.0]) == [0]


def test_no_cliff_without_a_fall_or_a_strong_head():
    assert cliff([0.5, 0.4, 0.3, 0.25]) == []  # no score under half the one before
    assert cliff([0.29, 0.01]) == []            # the best is below cliff_min
    assert cliff([]) == []


@given(st.lists(st.floats(0, 1), max_size=30).map(lambda xs: sorted(xs, reverse=True)))
@settings(max_examples=200)
def test_a_cliff_is_a_prefix_that_falls_after(scores):
    kept = cliff(scores)
    assert kept == list(range(len(kept)))
    if kept:
        assert scores[0] >= THRESHOLDS.cliff_min
        assert scores[len(kept)] < THRESHOLDS.cliff_ratio * scores[len(kept) - 1]


def test_a_topic_answer_cites_a_clear_head_when_its_first_hit_shares_words():
    strong = [(0.4, 0.15), (0.3, 0.1), (0.3, 0.1), (0.0, 0.05)]  # no cut, no lead: the head
    assert cited(strong) == []
    assert topic_cited(strong, [0.6, 0.35, 0.34, 0.05]) == [0, 1, 2]
    some = [(0.24, 0.2), (0.1, 0.1), (0.0, 0.05)]  # a quarter of the words: still the head
    assert cited(some) == []
    assert topic_cited(some, [0.5, 0.2, 0.1]) == [0]
    assert topic_cited([(0.9, 0.5), (0.1, 0.0)], [0.9, 0.1]) == cited([(0.9, 0.5), (0.1, 0.0)])


def test_a_clear_head_keeps_the_hits_holding_near_as_much_as_the_first():
    # オリンピックの選手団に事前合宿で: the sports row holds オリンピック (0.35); the
    # fisheries rows only 団 of 代表団 (0.2, under 0.6 of it): ranked near, not cited
    rows = [(0.35, 0.22), (0.2, 0.14), (0.2, 0.04), (0.2, 0.07), (0.0, 0.23)]
    scores = [0.601, 0.385, 0.315, 0.284, 0.136]
    assert cliff(scores) == [0, 1, 2, 3]
    assert topic_cited(rows, scores) == [0]
    assert THRESHOLDS.cliff_coverage_rel == 0.6


def test_no_clear_head_without_shared_words_or_a_near_meaning():
    assert topic_cited([(0.1, 0.2), (0.0, 0.1)], [0.5, 0.1]) == []
    assert topic_cited([(0.1, 0.31), (0.0, 0.1)], [0.5, 0.1]) == [0]  # the meaning is near


def test_a_compound_head_alone_needs_half_the_words_or_a_near_meaning():
    weak = [(0.46, 0.22), (0.46, 0.12), (0.0, 0.23)]  # 宇宙開発 → 開発 alone
    assert topic_cited(weak, [0.64, 0.55, 0.14], bare_head=True) == []
    assert topic_cited(weak, [0.64, 0.55, 0.14]) == [0]  # (0.58 under the cut 0.6)
    assert topic_cited([(0.5, 0.1), (0.1, 0.0)], [0.6, 0.1], bare_head=True) == [0]
    assert topic_cited([(0.3, 0.3), (0.1, 0.0)], [0.6, 0.1], bare_head=True) == [0]


def test_companions_close_in_meaning_and_rank_join_the_cited():
    # the safe-tap-water question: the first holds the most words and is cited; the
    # second is as close in meaning (0.541 ≥ 0.9 × 0.569) and ranked with it
    # (0.534 ≥ 0.5 × 0.812); the others are further in meaning or in rank
    rows = [(0.354, 0.569), (0.173, 0.541), (0.143, 0.459), (0.241, 0.210)]
    scores = [0.812, 0.534, 0.529, 0.342]
    assert cited(rows) == [0]
    assert topic_cited(rows, scores) == [0, 1]
    # a low cosine says little: no companion under companion_cosine_min (0.3)
    low = [(0.534, 0.225), (0.109, 0.216), (0.164, 0.221)]
    assert topic_cited(low, [0.642, 0.541, 0.431]) == [0]
    # without companions (a depth of 0), the cited one alone
    assert topic_cited(rows, scores, t=replace(THRESHOLDS, companion_depth=0)) == [0]


def test_heads_alone_need_more_than_half_of_the_words():
    # 感染症対策: 対策 (the data's) is the head after a word the data never uses; the
    # first hit holds it, half the weight, at a low cosine: nothing is cited
    rows = [(0.5, 0.24), (0.0, 0.19), (0.0, 0.15)]
    scores = [0.64, 0.12, 0.09]
    assert topic_cited(rows, scores, bare_head=True, heads_only=True) == []
    assert topic_cited(rows, scores, bare_head=True) == [0]  # another word held: cited
    assert topic_cited([(0.6, 0.24), *rows[1:]], scores, bare_head=True,
                       heads_only=True) == [0]
