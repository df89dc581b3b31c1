"""Alternatives in a question (「AやB」, "A or B"): read by the real tokenizer, and a
record holding either alternative holds the pair in the coverage."""

import numpy as np
import pytest

from teikei_qa import alternatives


@pytest.mark.parametrize("text, want", [
    ("漁業や農業の協定", [(("漁業",), ("農業",))]),
    ("美術品の修復や保存について", [(("修復",), ("保存",))]),
    ("環境保全または廃棄物処理に関する協定", [(("環境", "保全"), ("廃棄", "物", "処理"))]),
    ("農業や林業や水産業の交流", [(("農業",), ("林業",), ("水産", "業"))]),
    ("教育もしくは文化の分野", [(("教育",), ("文化",))]),
    ("漁師さんの団体や魚の業者さん", [(("団体",), ("魚",))]),
    # や in a verb's ending, or with no noun before it: no alternatives
    ("はやく教えて", []),
    ("長崎県の協定を教えてや", []),
])
def test_japanese_alternatives(engine, text, want):
    assert alternatives.japanese(engine.retriever.tokenizer.words(text)) == want


@pytest.mark.parametrize("text, want", [
    ("Which agreements include training or capacity building for city officials?",
     [(("training",), ("capacity", "building"))]),
    ("Are there any agreements about healthcare, medicine or hospitals?",
     [(("healthcare",), ("medicine",), ("hospitals",))]),
    ("fisheries and/or agriculture", [(("fisheries",), ("agriculture",))]),
    # a function word after "or" ends the alternative: nothing is left of it
    ("signed in 2011 or in 2013", []),
    ("agreements about fisheries", []),
])
def test_english_alternatives(text, want):
    assert alternatives.english(text) == want


def test_a_record_holding_either_alternative_holds_the_pair(engine):
    r = engine.retriever
    pair = r.coverage("漁業や農業の協定")
    each = np.maximum(r.coverage("漁業の協定"), r.coverage("農業の協定"))
    assert pair == pytest.approx(each)
    assert pair.max() == pytest.approx(1.0)
    # without the marker the two words are both asked: a row holds half of them
    both = r.coverage("漁業 農業の協定")
    assert both.max() < 1.0
