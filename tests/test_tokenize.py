"""The tokenizer's words (UniDic through fugashi, the real tagger)."""

from __future__ import annotations


def test_letters_and_the_number_written_on_to_them_are_one_word(tokenizer):
    assert [w.surface for w in tokenizer.words("CO2を減らすPM2.5の対策")] == \
        ["CO2", "を", "減らす", "PM2.5", "の", "対策"]
    # written apart (fugashi's white_space before the number): two words
    assert [w.surface for w in tokenizer.words("PM 2.5")] == ["PM", "2", ".", "5"]
