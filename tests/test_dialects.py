"""dialects.standard_speech and kana_numbers.english_years: exact rewrites, pure."""

import pytest

from teikei_qa.dialects import standard_speech
from teikei_qa.kana_numbers import english_years


@pytest.mark.parametrize(("said", "standard"), [
    ("どん国と一番多く結んどっとけ？", "どの国と一番多く結んでいるのけ？"),
    ("熊本市が結んだ協定はどげんとがあっと？", "熊本市が結んだ協定はどんなのがあるの？"),
    ("どがんな協定", "どんな協定"),
    ("どぎゃん協定があると", "どんな協定があるの"),
    ("なんぼあると？", "いくつあるの？"),
    ("中国のが多かと？", "中国のが多いと？"),
    ("どこでもよかよ", "どこでもいいよ"),
    ("結ばれとらん協定", "結ばれていない協定"),
    ("持っとった", "持っていた"),
    ("どんくらいある？", "どのくらいある？"),
    # standard Japanese stays as it is
    ("福岡市にとって大事な協定", "福岡市にとって大事な協定"),
    ("どんな協定がある？", "どんな協定がある？"),
    ("どんどん増えている", "どんどん増えている"),
    ("みどりの協定", "みどりの協定"),
    ("受けとった", "受けとった"),  # 取る, no progressive
    ("聞きとった", "聞きとった"),
    ("ふくおかしとるーまにあ", "ふくおかしとるーまにあ"),  # a loanword in hiragana
    ("病院などがんセンターとの協定", "病院などがんセンターとの協定"),
    ("うどん県の協定", "うどん県の協定"),
    ("Fukuoka", "Fukuoka"),
])
def test_kyushu_speech_in_standard_japanese(said, standard):
    assert standard_speech(said) == standard


@pytest.mark.parametrize(("said", "digits"), [
    ("before twenty ten", "before 2010"),
    ("in nineteen ninety-three", "in 1993"),
    ("two thousand and five", "2005"),
    ("Two Thousand Fifteen", "2015"),
    ("twenty oh three", "2003"),
    ("twenty-fifteen", "2015"),
    ("two thousand", "2000"),
    ("two thousand twenty", "2020"),
    ("two thousand and twenty-one", "2021"),
    ("the twenty three newest", "the twenty three newest"),  # a count, no year
    ("twenty agreements", "twenty agreements"),
])
def test_years_said_in_english_words(said, digits):
    assert english_years(said) == digits
