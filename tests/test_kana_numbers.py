"""Numbers typed in hiragana before a counter read as digits (kana_numbers.py), and the
questions holding them plan as those in kanji do (the real tokenizer and index)."""

import pytest

from teikei_qa.kana_numbers import kana_numbers


@pytest.mark.parametrize("said,read", [
    ("にせんじゅうよねんの協定", "2014年の協定"),
    ("せんきゅうひゃくきゅうじゅうきゅうねん", "1999年"),
    ("へいせい にじゅうさんねんに", "平成23年に"),  # (the era in kanji before a number)
    ("しょうわろくじゅうねん", "昭和60年"),
    ("えーとへいせいにじゅうごねんに", "えーと平成25年に"),  # (not 25年: 1925)
    ("にせん じゅうよ ねん", "2014年"),
    ("ろっぴゃくねん", "600年"),
    ("はっせんけん", "8000件"),
    ("しがつに結んだ", "4月に結んだ"),
    ("きょうていはさんけん", "きょうていは3件"),
    ("じゅうねんいじょう前", "10年いじょう前"),
    ("いちまんにせんけん", "12000件"),
    # not a number: inside a word, a unit alone, two digits in a row, no counter
    ("あいちけんの協定", "あいちけんの協定"),
    ("ぜんけん", "ぜんけん"),
    ("ふくしまけん", "ふくしまけん"),
    ("いちにねん", "いちにねん"),
    ("にほんの協定", "にほんの協定"),
    ("なんけん", "なんけん"),
])
def test_a_hiragana_number_before_a_counter_is_digits(said, read):
    assert kana_numbers(said) == read


@pytest.mark.parametrize("question,kanji", [
    ("へいせい にじゅうさんねんに むすばれた きょうてい", "平成23年に結ばれた協定"),
    ("にせんじゅうねん いこうの ちゅうごくとの きょうていは なんけん",
     "2010年以降の中国との協定は何件"),
    ("せんきゅうひゃくきゅうじゅうきゅうねんの協定", "1999年の協定"),
])
def test_a_question_with_hiragana_numbers_plans_as_in_kanji(engine, question, kanji):
    def shown(text):
        plan = engine.plan(text)
        return plan.operation, [(f.kind, f.values, f.exclude) for f in plan.filters]
    assert shown(question) == shown(kanji)
