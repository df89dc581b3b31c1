"""homophones.py with the real KANJIDIC readings (jamdict-data) and UniDic: a word typed
with a wrong kanji of the same sound, and the words it must leave alone."""

import pytest

from teikei_qa.glossary import common_kanji_readings, kanji_readings
from teikei_qa.homophones import Homophones
from teikei_qa.rewrite import Rewrite
from teikei_qa.tokenize import Tokenizer

WORDS = ["協定", "締結", "博物館", "大学", "分野", "長崎県", "市町", "長期", "市長", "科学", "昨年"]


@pytest.fixture(scope="module")
def table():
    tok = Tokenizer()
    return Homophones.of(WORDS, tok.reading, kanji_readings("".join(WORDS)),
                         common_kanji_readings()), tok


@pytest.mark.parametrize("said, read", [
    ("強定は何件", "協定は何件"),           # 強 キョウ for 協
    ("協低の一覧", "協定の一覧"),           # 低 テイ for 定
    ("2014年に締決された", "2014年に締結された"),  # 決 ケツ for 結 (決さ: MeCab's cut)
    ("拍物館との交流", "博物館との交流"),
    ("大楽と結んだ", "大学と結んだ"),       # a family name in UniDic: no word of its own
])
def test_a_kanji_of_the_same_sound_is_read_as_the_word(table, said, read):
    h, tok = table
    rw = h.rewrite(Rewrite(said, ()), tok.common_or_place, tok.cuts)
    assert rw.text == read and len(rw.corrections) == 1


@pytest.mark.parametrize("said", [
    "協力の協定",       # 協力 is a word (力 is not read テイ anyway)
    "長崎の協定",       # a place: never 長期
    "市長が訪れた",     # a word: never 市町
    "化学の協定",       # a word: never 科学
    "市町村の協定",     # 市町 of 市町村: part of a longer word
    "私立大学",         # 立大 is no stretch of its own
    "数年おきに",       # 数 is read サク only rarely: its principal readings are スウ, かず
])
def test_words_and_places_stay(table, said):
    h, tok = table
    assert h.rewrite(Rewrite(said, ()), tok.common_or_place, tok.cuts).text == said


def test_state_round_trips_and_refuses_a_damaged_table(table):
    h, _ = table
    back = Homophones.from_state(h.state())
    assert back.alike == h.alike and back.words == h.words
    with pytest.raises(ValueError):
        Homophones.from_state({"alike": {"協定": ["強"]}, "words": []})  # one per character
