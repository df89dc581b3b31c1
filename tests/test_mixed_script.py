"""Words written half in kanji, half in kana (交ぜ書き), with the real UniDic and KANJIDIC."""

from __future__ import annotations

import pytest

from teikei_qa.glossary import kanji_readings
from teikei_qa.mixed_script import is_mixed, mixed_spellings, pieces


@pytest.fixture(scope="module")
def reading():
    from teikei_qa.tokenize import Tokenizer

    return Tokenizer().reading


@pytest.mark.parametrize("word, cut", [
    ("韓国", [("韓", "カン"), ("国", "コク")]),
    ("中国", [("中", "チュウ"), ("国", "ゴク")]),          # コク voiced inside the word
    ("学校", [("学", "ガッ"), ("校", "コウ")]),            # ガク cut short before コ
    ("長崎県", [("長", "ナガ"), ("崎", "サキ"), ("県", "ケン")]),
    ("美術館", [("美", "ビ"), ("術", "ジュツ"), ("館", "カン")]),
])
def test_a_word_is_cut_into_its_characters_readings(reading, word, cut):
    assert pieces(word, reading, kanji_readings(word)) == cut


def test_without_kanjidic_the_cuts_are_where_unidic_reads_a_part_as_the_whole(reading):
    assert pieces("長崎県", reading) == [("長", "ナガ"), ("崎", "サキ"), ("県", "ケン")]
    assert pieces("韓国", reading) == [("韓国", "カンコク")]  # (国 alone reads クニ)


def test_every_mix_but_all_kanji_and_all_kana(reading):
    assert mixed_spellings("大学", reading, kanji_readings("大学")) == ["大がく", "だい学"]
    assert mixed_spellings("韓国", reading, kanji_readings("韓国"), hiragana=False) == [
        "韓コク", "カン国"]
    assert len(mixed_spellings("長崎県", reading, kanji_readings("長崎県"))) == 6
    assert is_mixed("長さき県") and not is_mixed("長崎県") and not is_mixed("ながさき")
    # kana of the word kept as written; a kanji run read as in the word (組 of 取り組み:
    # くみ, not くみみ)
    assert mixed_spellings("東南アジア", reading, kanji_readings("東南")) == [
        "東なんアジア", "とう南アジア", "とうなんアジア"]
    assert mixed_spellings("取り組み", reading, kanji_readings("取組")) == ["取りくみ", "とり組み"]


@pytest.mark.parametrize("question, first", [
    ("かん国との協定は何件", "韓国と結んだ協定は10件です。"),
    ("長さき県の協定は何件", "長崎県（県内の自治体を含む）が結んだ協定は17件です。"),
    ("北きゅうしゅう市の協定は何件", "北九州市が結んだ協定は8件です。"),
    ("きょう育分野の協定は何件", "教育分野の協定は8件です。"),
    ("美術かんとの協定は何件", "「美術館」に関する協定は2件です。"),
    ("2010年以こうの協定は何件", "2010年以降に締結された協定は23件です。"),
    ("とう南アジアの国との協定は何こありますか。", "東南アジアと結んだ協定は9件です。"),
])
def test_a_question_written_half_in_kana_is_read_as_in_kanji(engine, question, first):
    assert engine.ask(question).text.splitlines()[0] == "平成28年9月現在のリストでは、" + first
