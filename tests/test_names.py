"""Names in any script, and the name index kept under the index's cache/."""

from __future__ import annotations

import json

import pytest

from teikei_qa.engine import Engine
from teikei_qa.names import NameIndex
from teikei_qa.text import japanese_forms

QUESTIONS = ["くまもとけんの協定", "Kitakyushu agreements", "ｼﾞｮﾎｰﾙ州との合意", "廣州市との覺書",
             "ハイフォソ市との協定", "プサンとの協定", "Nagasaki Prefecture's Korean partners"]


def test_saved_state_reads_back_the_same(engine):
    again = NameIndex.from_state(json.loads(json.dumps(engine.names.state())))
    for q in QUESTIONS:
        assert again.rewrite(q, engine.retriever.tokenizer.known) == engine.read(q)


def test_rewrites(engine):
    got = {q: engine.read(q).text for q in QUESTIONS}
    assert got == {
        "くまもとけんの協定": "熊本県の協定",
        "Kitakyushu agreements": "北九州 agreements",
        "ｼﾞｮﾎｰﾙ州との合意": "ジョホール州との合意",
        "廣州市との覺書": "広州市との覚書",
        "ハイフォソ市との協定": "ハイフォン市との協定",
        "プサンとの協定": "釜山との協定",
        "Nagasaki Prefecture's Korean partners": "長崎県 韓国 partners",
    }
    assert [c.note() for c in engine.read("ハイフォソ市との協定").corrections] == \
        ["「ハイフォソ」は「ハイフォン」として答えました。"]


def test_a_damaged_cache_is_built_again(built, encoder, tokenizer):
    settings, _ = built
    caches = sorted((settings.index_dir / "cache").glob("names-*.json"))
    assert len(caches) == 1
    caches[0].write_text('{"kana": [1, 2]', "utf-8")
    fresh = Engine.open(settings, encoder=encoder, tokenizer=tokenizer)
    assert fresh.read("くまもとけんの協定").text == "熊本県の協定"
    assert NameIndex.from_state(json.loads(caches[0].read_text("utf-8"))).kana


def test_a_partner_named_after_its_city_is_read_from_the_citys_latin_name(engine):
    # ライデン国立民族学博物館: GeoNames knows ライデン as Leiden (Latin → the data's katakana).
    assert "ライデン" in engine.read("Leiden の博物館との協定").text
    a = engine.ask("Leiden の博物館との協定")
    assert [c.record.title for c in a.citations] == [
        "長崎県(日本)とライデン国立民族学博物館(オランダ)の交流促進に関する協定書"]


def test_vietnamese_written_with_its_marks_is_read_as_without(engine):
    # Hải Phòng: Latin Extended Additional (ả) and đ are unmarked as á and ò are; thành
    # phố (city) before a name is the name alone
    a = engine.ask("Hải Phòng と北九州市の協定をおしえてください。")
    assert [c.record.line for c in a.citations] == [9, 12]
    assert "ハイフォン" in engine.read("Thành phố Hải Phòng の協定").text
    b = engine.ask("Thành phố Hồ Chí Minh と結んだ協定はありますか？")
    assert b.citations == () and b.related == ()


def test_pinyin_of_partners_written_in_kanji():
    from teikei_qa.readings import pinyin_names

    assert pinyin_names(["福建省", "江蘇省", "大連市", "ハイフォン市", "釜山"]) == {
        "fujian": "福建省", "fujian sheng": "福建省", "jiangsu": "江蘇省",
        "jiangsu sheng": "江蘇省", "dalian": "大連市", "fushan": "釜山"}


@pytest.mark.parametrize("latin, katakana, key", [
    ("Prado", "ブラド", "prt"), ("Iskandar", "イスカンダル", "skntr"),
    ("Leiden", "ライデン", "rtn"), ("Surabaya", "スラバヤ", "srp")])
def test_a_latin_spelling_and_the_katakana_share_their_consonants(latin, katakana, key):
    from teikei_qa.text import romaji, skeleton

    assert skeleton(latin) == skeleton(romaji(katakana)) == key


@pytest.mark.parametrize("question, first", [
    ("北 九州市の協定は何件", "北九州市が結んだ協定は8件です。"),   # not 九州's 43
    ("中 国との協定は何件", "中国と結んだ協定は18件です。"),
    ("アメ リカとの協定は何件", "米国と結んだ協定は3件です。"),
    ("福岡 県の協定は何件", "福岡県（県内の自治体を含む）が結んだ協定は22件です。"),
    ("韓　国との協定は何件", "韓国と結んだ協定は10件です。"),     # a full-width space
])
def test_a_space_inside_a_name_is_no_break(engine, question, first):
    assert engine.ask(question).text.splitlines()[0] == "平成28年9月現在のリストでは、" + first


def test_spaces_between_words_stay(engine):
    from teikei_qa.reader import joined_names
    names = engine.reader._name_terms
    assert joined_names("長崎県 中国 協定", names) == "長崎県 中国 協定"
    assert joined_names("北 九州市 と タ イ", names) == "北九州市 と タイ"


@pytest.mark.parametrize("written, japanese", [
    ("长崎县", "長崎県"), ("福冈市が结んだ协定", "福岡市が結んだ協定"), ("江苏省", "江蘇省"),
    ("中华人民共和国", "中華人民共和国"), ("釜庆大学", "釜慶大学"),
    # Japanese runs stay as written, even where OpenCC would change them (干潟 → 乾潟)
    ("干潟の大会", "干潟の大会"), ("里帰り", "里帰り"), ("長﨑県", "長﨑県"), ("Busan", "Busan")])
def test_chinese_characters_are_read_in_their_japanese_forms(written, japanese):
    assert japanese_forms(written) == japanese


@pytest.mark.parametrize("question, count", [
    ("长崎县の協定は何件？", 17), ("福冈市の協定は何件？", 14), ("江苏省との协定は何件？", 1),
    ("佐贺县が结んだ协定は何件", 2), ("大连市と福冈市の协定は何件", 1)])
def test_a_name_in_simplified_chinese_counts_as_in_japanese(engine, question, count):
    assert engine.ask(question).count == count


def test_a_japanese_name_in_hiragana_with_a_kana_dropped_or_doubled(engine):
    """(ながさきけ, ふくおかしし: one kana dropped or added; こうりゅう stays 交流, never
    広州: one kana for another is no slip here.)"""
    a = engine.ask("くまもとけの協定は何件")
    assert a.count == 2 and "「くまもとけ」は「熊本県」として答えました。" in a.text
    b = engine.ask("ふくおかししの協定は何件")
    assert b.count == 14 and "「ふくおかしし」は「福岡市」として答えました。" in b.text
    c = engine.reader.read("ちゅうごくと こうりゅう している ものは")
    assert "広州" not in c.text


def test_spellings_one_kana_more_or_less_are_every_one_and_in_order(engine):
    # near_spelling(dropped_only=True) looks them up by the word's deletions and
    # insertions; the same, in the same order, as comparing the word with every spelling
    names = engine.names

    def one_more(short: str, long: str) -> bool:
        return any(long[:i] + long[i + 1:] == short for i in range(len(long)))

    for word in ("ナガサキケ", "フクオカシシ", "ハイフォ", "キタキュウシュウシ", "クマモトケン",
                 "ア"):
        every = list(dict.fromkeys(
            c for c in names._near_choices(len(word)) if abs(len(c) - len(word)) == 1
            and one_more(*sorted((c, word), key=len))))
        assert names._one_kana_more_or_less(word) == every
    assert names.near_spelling("ナガサキケ", dropped_only=True) == "長崎県"
