"""Questions typed in romaji read as typed in kana (romaji_words.py), with jaconv and
JMdict's English words, then through the engine's whole reading (names, kana words)."""

from __future__ import annotations

import pytest

from teikei_qa.glossary import english_word
from teikei_qa.romaji_words import from_romaji, joined_kana, kana_of, read_kana

NAMES = {"nagasaki", "fukuoka", "busan", "kitakyushu"}


def _name(word: str) -> bool:
    return word.casefold() in NAMES


@pytest.mark.parametrize("word,kana", [
    ("kyoutei", "きょうてい"),
    ("kyōtei", "きょうてい"),      # a macron doubles its vowel
    ("bunya", "ぶんや"),           # n before y after a vowel: ん (Hepburn's bun'ya)
    ("bun'ya", "ぶんや"),
    ("konnyaku", "こんにゃく"),    # nn: ん, then にゃ
    ("hachigatsu", "はちがつ"),
    ("Aug", None),                 # a Japanese word ends in a vowel or n
    ("Sept", None),
    ("water", None),               # no romaji whole
])
def test_kana_of(word, kana):
    assert kana_of(word) == kana


def test_a_long_vowel_left_out_is_put_in_where_only_that_reads():
    reads = {"きょうてい", "かんきょう", "ちゅうごく"}.__contains__
    assert read_kana("kyotei", reads) == "きょうてい"
    assert read_kana("kankyo", reads) == "かんきょう"
    assert read_kana("chugoku", reads) == "ちゅうごく"
    assert read_kana("minzokugaku", reads) == "みんぞくがく"  # nothing reads: as spelled
    assert read_kana("to", reads) == "と"                    # a particle: never とう


READS = {"きょうてい", "かんこく", "すいどう", "なんけん", "ちゅうごく"}.__contains__


@pytest.mark.parametrize("text,read", [
    ("Kankoku igai no Nagasaki-ken no kyoutei", "かんこく いがい の Nagasaki-ken の きょうてい"),
    ("suidou no kyoutei wa nan-ken desu ka", "すいどう の きょうてい は なんけん です か"),
    ("Chugoku dake", "ちゅうごく だけ"),         # one word and a particle: Japanese
    # no word reads as the data's: a name or a near miss of one, left for the name layer
    ("Syanghai", "Syanghai"),
    ("indonesa", "indonesa"),
    # English, or English naming places: as written (water-related keeps its hyphen)
    ("How many agreements does Kitakyushu have?", "How many agreements does Kitakyushu have?"),
    ("Busan Fukuoka agreements", "Busan Fukuoka agreements"),
    ("water-related agreements of Fukuoka", "water-related agreements of Fukuoka"),
    ("Is there no agreement with Busan?", "Is there no agreement with Busan?"),
    ("Prado 美術館との覚書", "Prado 美術館との覚書"),  # one Latin word in Japanese: a name
])
def test_from_romaji(text, read):
    assert from_romaji(text, english_word, _name, READS) == read


def test_short_kana_words_spaced_apart_are_joined():
    assert joined_kana("その うち 韓国") == "そのうち 韓国"
    assert joined_kana("その なか で") == "そのなかで"
    # longer runs keep their spaces: retrieval cuts them so
    assert joined_kana("りょうしさんとか さかなの しごとで") == "りょうしさんとか さかなの しごとで"


@pytest.mark.parametrize("question,read", [
    ("Kankoku igai no Nagasaki-ken no kyoutei", "韓国 以外 の 長崎県 の 協定"),
    ("Nagasaki-ken ga Kankoku to musunda kyoutei wa nan-ken?",
     "長崎県 が 韓国 と 結んだ 協定 は 何件?"),
    ("kankyo bunya", "環境 分野"),                    # the long vowel of かんきょう put in
    ("hachigatsu ni musunda kyoutei", "8月 に 結んだ 協定"),  # months read (pykakasi)
    ("kyōiku bun'ya no kyōtei", "教育 分野 の 協定"),
    ("Busan Fukuoka agreements", "釜山 福岡 agreements"),     # names: the name layer's
    ("Aug. の協定", "Aug. の協定"),
])
def test_the_engine_reads_romaji_as_kana(engine, question, read):
    # (spaces between words the kana layer joins are not asserted: the words are)
    assert engine.read(question).text.replace(" ", "") == read.replace(" ", "")
