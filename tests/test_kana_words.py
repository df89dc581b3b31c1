"""Words written in hiragana read as the data's words (kana_words.py), with UniDic's
readings (the real tokenizer)."""

from __future__ import annotations

import pytest

from teikei_qa.kana_words import KanaWords
from teikei_qa.rewrite import Rewrite

WORDS = ["環境", "分野", "協定", "大学", "博物館", "陶磁器", "農地", "公園", "講演", "目指す",
         "めざす", "締結", "以内"]


@pytest.fixture(scope="module")
def kana(tokenizer):
    return KanaWords.of(WORDS, tokenizer.reading)


@pytest.mark.parametrize("written,read", [
    ("かんきょうぶんやの協定は何件", "環境分野の協定は何件"),     # two words, then grammar
    ("だいがくとの協定", "大学との協定"),
    # きょうてい is a word the grammar itself knows in hiragana: it stays.
    ("はくぶつかんとのきょうていはなんけんですか", "博物館とのきょうていは何件ですか"),
    ("とうじき（やきもの）の団体", "陶磁器（やきもの）の団体"),  # やきもの: no word of the list
    ("そのうち長崎県は？", "そのうち長崎県は？"),      # not そ + 農地: a character left over
    ("こうえんの協定", "こうえんの協定"),               # 公園 or 講演: left as written
    ("開設をめざす協定", "開設をめざす協定"),           # the data writes めざす itself
    ("長崎県が中国と結んだ協定は何件", "長崎県が中国と結んだ協定は何件"),
    ("かんきょうについておしえてください", "環境についておしえてください"),  # grammar between
    ("中国と協定していない", "中国と協定していない"),   # いない: grammar, not 以内
    ("としごとのかず", "年ごとのかず"),                 # とし: the year, not 都市
    ("いちばんおおいとしは", "いちばん多い年は"),       # いちばん: the grammar reads it
])
def test_hiragana_runs_read_as_the_datas_words(kana, written, read):
    assert kana.rewrite(Rewrite(written, ())).text == read


def test_each_word_read_is_a_change(kana):
    rw = kana.rewrite(Rewrite("かんきょうぶんやの協定", ()))
    assert [(c.written, c.canonical, c.how) for c in rw.changes] == [
        ("かんきょう", "環境", "reading"), ("ぶんや", "分野", "reading")]


def test_a_tally_by_year_typed_in_hiragana_is_one(engine):
    answer = engine.ask("としごとの きょうていの かずと、いちばん おおい としを おしえて")
    assert answer.text.splitlines()[:2] == [
        "平成28年9月現在のリストでは、協定を締結年別に数えると19グループ、計43件です。",
        "最も多いのは2014年で7件です。"]


def test_a_question_in_hiragana_gets_the_answer_of_its_kanji(engine):
    kanji = engine.ask("環境分野の協定は何件ですか")
    kana = engine.ask("かんきょうぶんやのきょうていはなんけんですか")
    assert kana.text.splitlines()[0] == kanji.text.splitlines()[0] == (
        "平成28年9月現在のリストでは、環境分野の協定は4件です。")


def test_the_readings_are_kept_under_cache_and_a_damaged_file_made_again(built, encoder,
                                                                       tokenizer):
    import json

    from teikei_qa.engine import Engine

    settings, _ = built
    kept = sorted((settings.index_dir / "cache").glob("kana-*.json"))
    assert len(kept) == 1  # made by the build
    table = KanaWords.from_state(json.loads(kept[0].read_text("utf-8")))
    assert table.by_reading["かんきょう"] == "環境"
    kept[0].write_text('{"by_reading": [1]', "utf-8")
    fresh = Engine.open(settings, encoder=encoder, tokenizer=tokenizer)
    assert fresh.read("かんきょうぶんやの協定").text == "環境分野の協定"
    assert KanaWords.from_state(json.loads(kept[0].read_text("utf-8"))).by_reading == \
        table.by_reading


@pytest.mark.parametrize("question, read", [
    # words typed apart, one too short to be read alone, joined where together they read
    ("けん ごと に きょうてい が なんけん あるか おしえて", "県ごとに協定 が何件 あるか おしえて"),
    ("ながさきけん の きょうてい、 くに べつ に したら どげん なると？",
     "長崎県 の 協定、 国別にしたらどげんなると?"),
    # a number's counter in hiragana, alone
    ("2000ねん より まえ に むすばれた きょうてい は どれ？",
     "2000年 より前 に 結ばれた 協定 はどれ?")])
def test_kana_typed_apart_reads_as_words(engine, question, read):
    # (the spaces kept depend on which joins read first: the words are what is asserted)
    assert engine.read(question).text.replace(" ", "") == read.replace(" ", "")
