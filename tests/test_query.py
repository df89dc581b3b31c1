"""Question understanding: question → intent and conditions, with the real tokenizer
and the vocabulary of the real data."""

from __future__ import annotations

import pytest

from teikei_qa.query import DateRange, Vocabulary, merge, parse, parse_dates
from teikei_qa.records import load_file

from .conftest import DATA


@pytest.fixture(scope="module")
def vocab():
    return Vocabulary.from_records(load_file(DATA).records)


def P(q, vocab, tokenizer):
    return parse(q, vocab, tokenizer.words)


# question → (intent, expected conditions; keys left out must be empty)
TABLE = [
    # parties, prefectures and their short forms
    ("北九州市の協定は何件ありますか", "count", {"parties": ["北九州市"]}),
    ("北九州の協定は何件？", "count", {"parties": ["北九州市"]}),
    ("福岡の協定を一覧で", "list", {"parties": ["福岡市"]}),
    ("長崎の協定をすべて", "list", {"prefectures": ["長崎県"]}),
    ("長崎県の協定は？", "list", {"prefectures": ["長崎県"]}),
    ("佐賀県の自治体の協定は？", "list", {"prefectures": ["佐賀県"]}),
    ("熊本市が結んだ協定の一覧", "list", {"parties": ["熊本市"]}),
    ("有田町が提携している団体はどこですか", "lookup", {"parties": ["有田町"]}),
    ("北海道の自治体の協定はありますか？", "list", {"prefectures": ["北海道"]}),
    ("札幌市の協定は何件？", "count", {"parties": ["札幌市"]}),
    ("東京都の協定の数は？", "count", {"prefectures": ["東京都"]}),
    # countries by any usual name
    ("米国との協定は？", "list", {"countries": ["米国"]}),
    ("アメリカとの協定は何件？", "count", {"countries": ["米国"]}),
    ("アメリカ合衆国の都市との協定", "list", {"countries": ["米国"]}),
    ("USAとの協定は？", "list", {"countries": ["米国"]}),
    ("How many agreements with China?", "count", {"countries": ["中国"]}),
    ("中華人民共和国との協定を全部", "list", {"countries": ["中国"]}),
    ("大韓民国との協定は何件", "count", {"countries": ["韓国"]}),
    ("Korea agreements list", "list", {"countries": ["韓国"]}),
    ("タイ王国との協定", "list", {"countries": ["タイ"]}),
    ("台湾との協定は？", "list", {"countries": ["台湾"]}),
    ("ブラジルとの協定はありますか", "list", {"countries": ["ブラジル"]}),
    ("イギリスとの協定は？", "list", {"countries": ["英国"]}),
    # partner cities and organisations
    ("福岡市が釜山と結んだ協定をすべて教えて", "list",
     {"parties": ["福岡市"], "partners": ["釜山"]}),
    ("北九州市とハイフォン市の協定は？", "lookup",
     {"parties": ["北九州市"], "partners": ["ハイフォン市"]}),
    ("福岡市とシアトルの覚書はいつ結ばれた？", "lookup",
     {"parties": ["福岡市"], "partners": ["シアトル"]}),
    ("熊本県と高雄市の覚書の目的は？", "lookup",
     {"prefectures": ["熊本県"], "partners": ["高雄市"]}),
    ("長崎県が中国と結んでいる協定は何件？", "count",
     {"prefectures": ["長崎県"], "countries": ["中国"]}),
    # fields, with the data's names and synonyms
    ("漁業の分野で協力している協定はありますか？", "list", {"fields": ["水産"]}),
    ("北九州市の水道分野の協定", "list", {"parties": ["北九州市"], "fields": ["水道"]}),
    ("福岡市が経済分野で結んだ協定の数は？", "count", {"parties": ["福岡市"], "fields": ["経済"]}),
    ("教育分野の協定は何件？", "count", {"fields": ["教育"]}),
    ("北九州市の環境に関する協定", "list", {"parties": ["北九州市"], "fields": ["環境"]}),
    ("長崎県教育委員会が結んだ協議書の一覧", "list",
     {"prefectures": ["長崎県"], "names": ["教育委員会"]}),
    # dates: years, era years, ranges
    ("2014年に締結された協定は？", "list", {"dates": (2014, 2014)}),
    ("平成26年に締結された協定は？", "list", {"dates": (2014, 2014)}),
    ("平成元年の協定", "list", {"dates": (1989, 1989)}),
    ("昭和63年に結ばれた協定", "list", {"dates": (1988, 1988)}),
    ("令和2年以降の協定", "list", {"dates": (2020, None)}),
    ("2000年より前の協定は何件？", "count", {"dates": (None, 1999)}),
    ("2000年以前の協定", "list", {"dates": (None, 2000)}),
    ("2010年以降に締結された協定", "list", {"dates": (2010, None)}),
    ("2011年から2014年の協定", "list", {"dates": (2011, 2014)}),
    ("2010年代の韓国との協定は何件？", "count", {"countries": ["韓国"], "dates": (2010, 2019)}),
    ("agreements signed before 2000", "list", {"dates": (None, 1999)}),
    # regions, months, the oldest or newest
    ("九州の協定は何件？", "count", {"prefectures": ["福岡県", "佐賀県", "長崎県", "熊本県", "大分県",
                                               "宮崎県", "鹿児島県"]}),
    ("関東地方の自治体の協定", "list", {"prefectures": ["茨城県", "栃木県", "群馬県", "埼玉県",
                                                "千葉県", "東京都", "神奈川県"]}),
    ("中国地方の自治体と中国の協定", "list",
     {"prefectures": ["鳥取県", "島根県", "岡山県", "広島県", "山口県"], "countries": ["中国"]}),
    ("2014年5月に締結された協定", "list", {"dates": (2014, 2014, 5)}),
    ("平成28年6月の協定", "list", {"dates": (2016, 2016, 6)}),
    ("福岡市の協定で最も古いものは？", "lookup", {"parties": ["福岡市"], "order": "oldest"}),
    ("一番新しい協定は？", "lookup", {"order": "newest"}),
    # an agreement's name quoted whole
    ("協力合意書について教えて", "lookup", {"titles": ["協力合意書"]}),
    ("第7次農林科学技術交流覚書はいつ？", "lookup", {"titles": ["第7次農林科学技術交流覚書"]}),
    ("長崎県・上海市友好交流項目協議書の内容", "lookup", {"titles": ["長崎県・上海市友好交流項目協議書"]}),
    # no condition: topic words go to ranked search
    ("美術館同士の交流協定を教えてください", "topic", {"keywords": ["美術館同士"]}),
    ("韓国語の先生を派遣する取り組みは？", "topic", {"keywords": ["韓国語", "先生", "派遣"]}),
    ("PM2.5などの大気汚染対策で連携している都市は？", "topic",
     {"keywords": ["pm", "大気汚染対策"]}),
    ("水道の漏水を減らすための協力について教えて", "topic",
     {"keywords": ["水道", "漏水", "減らす"]}),
    ("Which agreements are about air pollution?", "topic", {"keywords": ["air", "pollution"]}),
    ("こんにちは", "topic", {}),
    ("？", "topic", {}),
]


def _expected(cond: dict) -> dict:
    out = {"parties": [], "prefectures": [], "countries": [], "partners": [], "fields": [],
           "dates": None, "names": [], "titles": [], "keywords": [], "order": None}
    for k, v in cond.items():
        out[k] = v
    return out


@pytest.mark.parametrize("question,intent,cond", TABLE, ids=[t[0] for t in TABLE])
def test_conditions(vocab, tokenizer, question, intent, cond):
    q = P(question, vocab, tokenizer)
    got = q.conditions()
    if got["dates"] is not None:
        d = got["dates"]
        got["dates"] = (d["start"], d["end"]) + ((d["month"],) if d["month"] else ())
    assert (q.intent, got) == (intent, _expected(cond))


def test_table_is_large_enough():
    assert len(TABLE) >= 40


@pytest.mark.parametrize("text,expected", [
    ("2014年", DateRange(2014, 2014, "2014年")),
    ("平成26年度", DateRange(2014, 2014, "2014年")),
    ("2010年代", DateRange(2010, 2019, "2010年代")),
    ("2014年から2011年", DateRange(2011, 2014, "2011年から2014年")),
    ("2005年より後", DateRange(2006, None, "2005年より後")),
    ("PM2.5と2011", None),
])
def test_parse_dates(text, expected):
    assert parse_dates(text)[0] == expected


def test_language_is_not_a_country(vocab, tokenizer):
    assert P("韓国語を学ぶ協定", vocab, tokenizer).countries == ()
    assert P("中国人留学生", vocab, tokenizer).countries == ()


def test_katakana_inside_a_longer_word_is_not_a_country(vocab, tokenizer):
    assert P("インドネシアの協定", vocab, tokenizer).countries == ("インドネシア",)
    assert P("タイプ別の協定", vocab, tokenizer).countries == ()


def test_follow_up_narrows(vocab, tokenizer):
    first = P("北九州市の協定は何件ありますか", vocab, tokenizer)
    second = P("そのうち2014年のものは？", vocab, tokenizer)
    assert second.follow_up
    merged = merge(first, second)
    assert merged.parties == ("北九州市",) and merged.dates == DateRange(2014, 2014, "2014年")
    assert merged.intent == "count"
    third = P("教育分野だけにして", vocab, tokenizer)
    assert third.follow_up and third.fields == ("教育",)
    assert merge(merged, third).fields == ("教育",)
    fresh = P("長崎県の協定は？", vocab, tokenizer)
    assert not fresh.follow_up
