"""Questions → plans, written by hand: what a demanding Japanese reader of the list means.

Each row of PLAN_ROWS is a question (with the conversation before it, for follow-ups)
and the plan it should give: the operation, the filters as (kind, values, exclude),
and where relevant the grouping, the order and limit, the sides of a comparison and
the spellings read as near misses. Expectations come from the data file
(data/teikei_list_H28-09.txt), never from the code's output; rows the code gets wrong
are strict xfails whose reason says what it does instead.

Then one answer per operation with its exact first line, and a property: any text
gives a plan and an answer without an exception, and the first line names every
filter the answer applied.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teikei_qa.conditions import Filter
from teikei_qa.gazetteer import REGIONS, WORLD_REGIONS, alpha2_of
from teikei_qa.geonames import capital_of
from teikei_qa.restate import restate

AS_OF = "平成28年9月現在のリストでは、"
LISTING = frozenset({"list", "lookup"})  # "tell me about …": every row, details or not
KYUSHU = ("福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県")


# ------------------------------------------------------------------ row helpers

def F(kind: str, *values: str, ex: bool = False) -> tuple:
    return (kind, tuple(values), ex)


def R(region: str, ex: bool = False) -> tuple:
    """A world region: the countries it holds."""
    return ("country", WORLD_REGIONS[region], ex)


def D(start, end, ex: bool = False, months: tuple[int, ...] = ()) -> tuple:
    """A signing-date range, (year, month) or None at each end, both inclusive; `months`:
    the months of any year it must fall in."""
    return ("date", (start, end, months), ex)


def M(*months: int) -> tuple:
    """Those months of any year (8月に締結)."""
    return D(None, None, months=months)


def Y(year: int) -> tuple:
    return D((year, 1), (year, 12))


def row(question, operation, filters=(), *, history=(), group_by=None, top=None,
        distinct=None, count_of=None, order=None, limit=None, compare=None, topic=None,
        no_topic=(), near=None, text_has=None, xfail=None, id=None):
    spec = dict(operation=operation, filters=list(filters), history=tuple(history),
                group_by=group_by, top=top, distinct=distinct, count_of=count_of,
                order=order, limit=limit,
                compare=compare, topic=topic, no_topic=tuple(no_topic), near=near,
                text_has=text_has)
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    name = id or " / ".join([*history, question])
    return pytest.param(question, spec, marks=marks, id=name[:60])


PLAN_ROWS = [
    # ---------------------------------------------------------------- parties
    row("北九州市が結んでいる提携を全部教えて", "list", [F("party", "北九州市")]),
    row("北九州の協定はいくつありますか", "count", [F("party", "北九州市")]),
    row("福岡市の協定を一覧で見せて", "list", [F("party", "福岡市")]),
    row("くまもとしの協定はある？", LISTING, [F("party", "熊本市")]),
    row("フクオカシが締結した協定は何件？", "count", [F("party", "福岡市")]),
    row("ﾌｸｵｶｼの協定は何件？", "count", [F("party", "福岡市")]),
    row("ﾅｶﾞｻｷｹﾝの協定はいくつ", "count", [F("party", "長崎県")]),
    row("ながさきけんの協定の数は？", "count", [F("party", "長崎県")]),
    row("きたきゅうしゅうしの協定は何件", "count", [F("party", "北九州市")]),
    row("みふねまちの協定の相手は", LISTING, [F("party", "御船町")]),
    row("カシマシの協定", LISTING, [F("party", "鹿島市")]),
    row("ありたちょうの協定", LISTING, [F("party", "有田町")]),
    row("アリタチョウが結んだ協定は何件", "count", [F("party", "有田町")]),
    row("Kitakyushu の協定をリストして", "list", [F("party", "北九州市")]),
    row("How many agreements does Nagasaki Prefecture have?", "count", [F("party", "長崎県")]),
    row("List all agreements of Fukuoka City", "list", [F("party", "福岡市")]),
    row("List agreements signed by the city of Fukuoka", "list", [F("party", "福岡市")]),
    row("kumamoto city agreements", LISTING, [F("party", "熊本市")]),
    row("Arita town agreement", LISTING, [F("party", "有田町")]),
    row("有田町の協定について教えて", LISTING, [F("party", "有田町")]),
    row("鹿島市はどこと協定を結んでいますか", LISTING, [F("party", "鹿島市")]),
    row("鹿島の協定はいつ締結", LISTING, [F("party", "鹿島市")]),
    row("御船町の協定の相手はどこ？", LISTING, [F("party", "御船町")]),
    row("熊本県の協定は何件ありますか", "count", [F("party", "熊本県")]),
    row("熊本の協定を全部", "list", [F("party", "熊本県")]),
    row("熊本県の協定の相手はどこ？", LISTING, [F("party", "熊本県")]),
    row("佐賀の協定は何件", "count", [F("party", "佐賀県")]),
    row("佐賀県の自治体が結んだ協定を全て挙げて", "list", [F("party", "佐賀県")]),
    row("福岡県内の自治体の協定は何件？", "count", [F("party", "福岡県")]),
    row("鹿児島県の協定は何件", "count", [F("party", "鹿児島県")]),
    row("九州の自治体の協定はいくつ？", "count", [F("party", *KYUSHU)]),
    row("九州地方の自治体が結んだ協定の件数は", "count", [F("party", *KYUSHU)]),
    row("福岡市と北九州市の協定は何件", "count", [F("party", "福岡市", "北九州市")]),
    # a body of the party's side named with the party's name before it: the whole name
    # (長崎県美術館 is one museum; 美術館 alone any)
    row("長崎県美術館が結んだ協定", LISTING, [F("party", "長崎県"), F("name", "長崎県美術館")]),
    row("長崎歴史文化博物館が交わした協定は何件", "count",
        [F("party", "長崎県"), F("name", "長崎歴史文化博物館")]),

    # ---------------------------------------------------------------- countries
    row("中国との協定は何件？", "count", [F("country", "中国")]),
    # one-kanji country names after 対 and 日
    row("対米の協定は何件", "count", [F("country", "米国")]),
    row("日韓協定を一覧で", "list", [F("country", "韓国")]),
    row("対タイ協定はいくつ", "count", [F("country", "タイ")]),
    row("本日中に長崎県の協定を知りたい", LISTING, [F("party", "長崎県")]),
    row("日中韓の協定は何件？", "count", [F("country", "中国", "韓国")]),
    row("日比谷で結ばれた協定", "topic", []),
    row("ラグビーに関する協定はありますか", "topic", [], id="a katakana word is no city"),
    row("四日市市の協定は何件？", "count", [F("party", "四日市市")],
        id="a Japanese city the data lacks"),
    row("福岡市と四日市市の協定は？", LISTING, [F("party", "福岡市", "四日市市")],
        id="a city the data lacks joins the other named one"),
    row("国立と結んだ協定はいくつ？", "count", [], id="a word of the data is no absent place"),
    # a place run into a noun names a thing when no party of the data is there
    row("東京五輪に向けた協定は？", "topic", []),
    row("東京都の協定はある？", LISTING, [F("party", "東京都")]),
    row("中華人民共和国との協定の件数を教えて", "count", [F("country", "中国")]),
    row("米国との協定を全部見せて", "list", [F("country", "米国")]),
    row("アメリカと結んだ協定は何件ありますか", "count", [F("country", "米国")]),
    row("USAとの協定の数", "count", [F("country", "米国")]),
    row("How many agreements with the United States?", "count", [F("country", "米国")]),
    row("韓国と結ばれた協定の一覧", "list", [F("country", "韓国")]),
    row("大韓民国との協定は何件", "count", [F("country", "韓国")]),
    row("Korean partners: list all agreements", "list", [F("country", "韓国")]),
    row("Chinese agreements, how many?", "count", [F("country", "中国")]),
    row("タイ王国との協定はいくつ", "count", [F("country", "タイ")]),
    row("ベトナムとの協定を一覧にして", "list", [F("country", "ベトナム")]),
    row("How many agreements with Vietnam?", "count", [F("country", "ベトナム")]),
    row("オランダとの協定はありますか", LISTING, [F("country", "オランダ")]),
    row("スペインと結んだ協定について教えて", LISTING, [F("country", "スペイン")]),
    row("台湾との協定は何件？", "count", [F("country", "台湾")]),
    row("ドイツとの協定はある？", LISTING, [F("country", "ドイツ")]),

    # ---------------------------------------------------------------- world regions
    row("アジアの国との協定は何件ありますか", "count", [R("アジア")]),
    row("東アジアとの協定を全部教えて", "list", [R("東アジア")]),
    row("東南アジアの国と結んだ協定の一覧", "list", [R("東南アジア")]),
    row("欧州との協定は何件？", "count", [R("欧州")]),
    row("ヨーロッパの相手との協定を見せて", "list", [R("欧州")]),
    row("北米との協定はいくつ", "count", [R("北米")]),
    row("オセアニアとの協定はある？", LISTING, [R("オセアニア")]),
    row("中南米との協定は何件", "count", [R("中南米")]),
    row("How many agreements with Southeast Asia?", "count", [R("東南アジア")]),
    row("List the agreements with Europe", "list", [R("欧州")]),
    row("North American partners: how many agreements?", "count", [R("北米")]),

    # ---------------------------------------------------------------- partners
    row("釜山との協定は何件？", "count", [F("partner", "釜山")]),
    row("How many agreements with Busan?", "count", [F("partner", "釜山")]),
    row("プサンとの協定を全部教えて", "list", [F("partner", "釜山")]),
    row("釜山市との協定は何件ありますか", "count", [F("partner", "釜山")]),
    row("上海市との協定を一覧で", "list", [F("partner", "上海")]),
    row("シャンハイと結んだ協定は何件", "count", [F("partner", "上海")]),
    row("Shanghai agreements list", "list", [F("partner", "上海")]),
    row("廣州市との協定は？", LISTING, [F("partner", "広州")]),
    row("大連との協定はいつ結ばれた？", LISTING, [F("partner", "大連")]),
    row("Dalian agreement", LISTING, [F("partner", "大連")]),
    row("How many agreements with Qingdao?", "count", [F("partner", "青島")]),
    row("Hangzhou", LISTING, [F("partner", "杭州")]),
    row("青島市との協定について", LISTING, [F("partner", "青島")]),
    row("福建省との協定は何件ありますか", "count", [F("partner", "福建省")]),
    row("湖北省との協定は何件", "count", [F("partner", "湖北")]),
    row("ハイフォン市との協定を教えて", LISTING, [F("partner", "ハイフォン")]),
    row("シアトルとの協定の締結年は", LISTING, [F("partner", "シアトル")]),
    row("高雄市との協定の中身は", LISTING, [F("partner", "高雄")]),
    row("ヤンゴンとの協定はいつ締結された", LISTING, [F("partner", "ヤンゴン")]),
    row("スラバヤとの協定について詳しく", LISTING, [F("partner", "スラバヤ")]),
    row("ジョホール州との協定は", LISTING, [F("partner", "ジョホール")]),
    row("米国のアトランタ市との協定はいつ締結？", LISTING,
        [F("country", "米国"), F("partner", "アトランタ")]),
    row("中国の上海と天津との協定を全部", "list",
        [F("country", "中国"), F("partner", "上海", "天津")]),
    row("スラバヤ市と北九州市の協定", LISTING,
        [F("partner", "スラバヤ"), F("party", "北九州市")]),
    row("鹿島市が交流している団体はどこ？", "lookup", [F("party", "鹿島市")]),
    row("福岡市の観光以外の協定を見たい", "list",
        [F("party", "福岡市"), F("field", "観光", ex=True)]),
    row("熊本県と結んでいる相手国は？", "aggregate", [F("party", "熊本県")], group_by="country"),
    row("韓国の相手を都市ごとに数えて", "aggregate", [F("country", "韓国")], group_by="partner"),
    row("最近結ばれた協定を4件", "extreme", order="newest", limit=4),
    row("Seattle agreement details", LISTING, [F("partner", "シアトル")]),
    row("ライデン国立民族学博物館とブラド美術館の協定は", LISTING,
        [F("partner", "ライデン国立民族学博物館", "国立ブラド美術館")]),
    row("U-BCF普及に向けた相互協力協定締結の内容は", LISTING,
        [F("title", "U-BCF普及に向けた相互協力協定締結")]),
    row("Ｕ－ＢＣＦの協定について教えて", "topic", [], text_has="U-BCF"),
    # near misses
    row("ハイフォソとの協定は何件", "count", [F("partner", "ハイフォン")],
        near=("ハイフォソ", "ハイフォン")),
    row("ハイホン市との協定は何件", "count", [F("partner", "ハイフォン")],
        near=("ハイホン", "ハイフォン")),
    row("アトランダとの協定はいつ？", LISTING, [F("partner", "アトランタ")],
        near=("アトランダ", "アトランタ")),
    row("Which agreements were signed in March 2013?", LISTING, [D((2013, 3), (2013, 3))]),
    row("Which agreements have more than one Japanese party?", LISTING,
        [("many", ("party",), False)]),
    row("Which agreements have no recorded signing date?", LISTING,
        [("date", ("締結年の記載なし",), False)]),
    # non- before a name or a field: left out (not non-revenue water: a word of the text)
    row("Non-Chinese agreements of Nagasaki Prefecture", LISTING,
        [F("party", "長崎県"), F("country", "中国", ex=True)]),
    row("Non-economic agreements of Fukuoka City", LISTING,
        [F("party", "福岡市"), F("field", "経済", ex=True)]),
    # who is asking, said first in English: their city is no condition when the question
    # names its own place
    row("As a student in Seoul, I wonder how many agreements there are with Korea?", "count",
        [F("country", "韓国")]),
    row("I'm a journalist based in Beijing. How many agreements with China?", "count",
        [F("country", "中国")]),
    row("Speaking as someone from Bangkok, which agreements are with Thailand?", LISTING,
        [F("country", "タイ")]),
    # the n-th of a table said in English (comes second, ranks third)
    row("Which country comes second in number of agreements?", "aggregate", [],
        group_by="country", top=True),
    # a span back from the list's date in English
    row("agreements older than 15 years", LISTING, [D(None, (2001, 9))]),
    row("Which agreements were signed more than 20 years before the list date?", LISTING,
        [D(None, (1996, 9))]),
    # decades and bounds in English words; a month with a relation
    row("How many agreements in the noughties?", "count", [D((2000, 1), (2009, 12))]),
    row("agreements signed in the nineties", LISTING, [D((1990, 1), (1999, 12))]),
    row("How many agreements in the twenty-tens?", "count", [D((2010, 1), (2019, 12))]),
    row("pre-2000 agreements", LISTING, [D(None, (1999, 12))]),
    row("post-2010 agreements", LISTING, [D((2011, 1), None)]),
    row("agreements signed on or after 1 January 2014", LISTING, [D((2014, 1), None)]),
    row("How many agreements from 1 April 2013 onwards?", "count", [D((2013, 4), None)]),
    row("Which agreements were signed after August 2011?", LISTING, [D((2011, 9), None)]),
    row("agreements before March 2010", LISTING, [D(None, (2010, 2))]),
    # a range with a month at one end only, or a day at either: the year alone is all of it
    row("2011年8月から2012年までの協定は何件", "count", [D((2011, 8), (2012, 12))]),
    row("平成25年から平成26年3月までの協定は何件", "count", [D((2013, 1), (2014, 3))]),
    row("2014年1月1日から2014年6月30日までの協定", LISTING, [D((2014, 1), (2014, 6))]),
    row("2014年3月1日から5月31日まで", LISTING, [D((2014, 3), (2014, 5))]),
    row("2011年8月以降2012年以前の協定は何件", "count", [D((2011, 8), (2012, 12))]),
    row("2010年より後2014年3月より前の協定", LISTING, [D((2011, 1), (2014, 2))]),
    row("Agreements of Nagasaki in the Showa era", LISTING,
        [F("party", "長崎県"), D((1926, 12), (1989, 1))]),
    row("the two oldest agreements", "extreme", order="oldest", limit=2),
    row("Southeast Asian partners except Vietnam", LISTING,
        [R("東南アジア"), F("country", "ベトナム", ex=True)]),
    row("北九洲市が結んだ協定は何件", "count", [F("party", "北九州市")],
        near=("北九洲市", "北九州市")),
    row("長﨑県の協定を全部", "list", [F("party", "長崎県")], near=False),
    row("長碕県は何件", "count", [F("party", "長崎県")], near=False),  # 碕: a variant of 崎
    row("髙雄市と結んだ覚書の内容は", "lookup", [F("partner", "高雄")]),
    row("シヤトルとの協定", LISTING, [F("partner", "シアトル")], near=("シヤトル", "シアトル")),
    row("カオシュンとの協定", LISTING, [F("partner", "高雄")]),
    row("アトランタとの協定", LISTING, [F("partner", "アトランタ")], near=False),
    row("Atlanta agreement when was it signed?", LISTING, [F("partner", "アトランタ")],
        near=False),

    # ---------------------------------------------------------------- fields
    row("環境分野の協定は何件？", "count", [F("field", "環境")]),
    row("教育分野の協定を全部教えて", "list", [F("field", "教育")]),
    row("経済に関する協定はいくつ", "count", [F("field", "経済")]),
    row("水道の協定を一覧で", "list", [F("field", "水道")]),
    row("水産関係の協定は何件ありますか", "count", [F("field", "水産")]),
    row("文化の協定はいくつある？", "count", [F("field", "文化")]),
    row("漁業の協定は何件", "count", [F("field", "水産")]),
    # the field named before its value
    row("分野が水産の協定は何件", "count", [F("field", "水産")]),
    row("経済がらみの協定を全部", "list", [F("field", "経済")]),
    row("上下水道の整備に関する分野の協定", LISTING, [F("field", "水道")], topic=()),
    row("提携先の国はいくつありますか", "aggregate", group_by="country", distinct=True),
    row("福岡市の観光系の協定", LISTING, [F("party", "福岡市"), F("field", "観光")]),
    row("Show the sports-related agreements", LISTING, [F("field", "スポーツ")]),
    row("Saga県のeducation関係の協定は？", LISTING, [F("party", "佐賀県"), F("field", "教育")]),
    row("分野に教育を含む協定を全部", "list", [F("field", "教育")]),
    row("宇宙分野の協定は何件", "count", [F("field", "宇宙")]),
    row("鹿島市の医療分野の協定", LISTING, [F("party", "鹿島市"), F("field", "医療")]),
    row("How many agreements are in the field of culture?", "count", [F("field", "文化")]),
    row("スポーツ分野の協定について", LISTING, [F("field", "スポーツ")]),
    row("観光分野の協定は何件", "count", [F("field", "観光")]),
    row("科学技術分野の協定の一覧", "list", [F("field", "科学技術")]),
    row("How many education agreements are there?", "count", [F("field", "教育")]),
    row("List environmental agreements", "list", [F("field", "環境")]),
    row("水道と環境の協定は何件", "count", [F("field", "水道", "環境")]),
    row("長崎県の文化分野の協定は何件", "count", [F("party", "長崎県"), F("field", "文化")]),
    row("北九州市の環境の協定をすべて", "list", [F("party", "北九州市"), F("field", "環境")]),

    # ---------------------------------------------------------------- exclusions
    row("中国以外の国との協定は何件？", "count", [F("country", "中国", ex=True)]),
    row("長崎県以外の自治体の協定はいくつ", "count", [F("party", "長崎県", ex=True)]),
    row("長崎以外の自治体の協定は何件", "count", [F("party", "長崎県", ex=True)]),
    row("福岡市を除く協定の数は", "count", [F("party", "福岡市", ex=True)]),
    row("北九州市じゃない自治体の協定は何件", "count", [F("party", "北九州市", ex=True)]),
    row("福岡県以外の自治体の協定", LISTING, [F("party", "福岡県", ex=True)]),
    row("韓国じゃない国との協定を全部", "list", [F("country", "韓国", ex=True)]),
    row("教育分野以外の協定は何件", "count", [F("field", "教育", ex=True)]),
    row("経済分野を除いた協定の一覧", "list", [F("field", "経済", ex=True)]),
    row("環境じゃない分野の協定は何件", "count", [F("field", "環境", ex=True)]),
    row("福岡市の経済分野以外の協定は何件？", "count",
        [F("party", "福岡市"), F("field", "経済", ex=True)]),
    row("アジア以外の国との協定は何件？", "count", [R("アジア", ex=True)]),
    row("東南アジアを除く協定の数は", "count", [R("東南アジア", ex=True)]),
    row("ヨーロッパ以外との協定は何件", "count", [R("欧州", ex=True)]),
    row("釜山以外との長崎県の協定は何件", "count",
        [F("partner", "釜山", ex=True), F("party", "長崎県")]),
    row("上海を除く中国との協定は何件", "count",
        [F("country", "中国"), F("partner", "上海", ex=True)]),
    row("長崎県が中国以外と結んだ協定は何件", "count",
        [F("party", "長崎県"), F("country", "中国", ex=True)]),
    row("長崎県の協定で中国ではないものは何件", "count",
        [F("party", "長崎県"), F("country", "中国", ex=True)]),
    row("北九州市以外で環境分野の協定はいくつ", "count",
        [F("party", "北九州市", ex=True), F("field", "環境")]),
    row("北九州市の協定のうちタイ以外の相手は何件", "count",
        [F("party", "北九州市"), F("country", "タイ", ex=True)]),
    row("List agreements other than Fukuoka City's", "list", [F("party", "福岡市", ex=True)]),
    row("Agreements excluding Korea: how many?", "count", [F("country", "韓国", ex=True)]),
    row("apart from China, how many agreements are there?", "count",
        [F("country", "中国", ex=True)]),
    row("besides Korea, list the agreements", "list", [F("country", "韓国", ex=True)]),
    row("How many Chinese agreements other than Shanghai?", "count",
        [F("country", "中国"), F("partner", "上海", ex=True)]),
    row("How many agreements except education?", "count", [F("field", "教育", ex=True)]),
    row("How many agreements except those with China?", "count",
        [F("country", "中国", ex=True)]),
    row("熊本県のもの以外の協定を一覧で", "list", [F("party", "熊本県", ex=True)]),
    row("長崎県内の自治体以外が結んだ協定は何件", "count", [F("party", "長崎県", ex=True)]),
    row("Agreements of Nagasaki with partners not in China", LISTING,
        [F("party", "長崎県"), F("country", "中国", ex=True)]),
    row("欧米との協定は何件", "count", [R("欧米")]),
    row("韓国の協定以外は何件", "count", [F("country", "韓国", ex=True)]),
    row("中国と韓国以外との協定は何件", "count",
        [F("country", "中国", ex=True), F("country", "韓国", ex=True)]),
    row("韓国と中国を除く国との協定は何件", "count",
        [F("country", "中国", ex=True), F("country", "韓国", ex=True)]),
    row("中国以外の国との協定の数", "count", [F("country", "中国", ex=True)],
        no_topic=("以外",), id="以外 is not a topic word"),
    row("経済分野を除く協定はいくつ", "count", [F("field", "経済", ex=True)],
        no_topic=("除く",), id="除く is not a topic word"),

    # ---------------------------------------------------------------- dates
    row("2014年に締結された協定は何件？", "count", [Y(2014)]),
    row("平成27年に結ばれた協定はありますか", LISTING, [Y(2015)]),
    row("平成26年の協定を一覧で", "list", [Y(2014)]),
    row("平成元年の協定は何件", "count", [Y(1989)]),
    row("平成に締結された協定は何件", "count", [D((1989, 1), (2019, 4))]),
    row("昭和の協定はある？", LISTING, [D((1926, 12), (1989, 1))]),
    row("令和の協定は何件", "count", [D((2019, 5), None)]),
    row("2001年から2004年までに結ばれた協定は", LISTING, [D((2001, 1), (2004, 12))]),
    row("2004年以降2007年以前の協定は何件", "count", [D((2004, 1), (2007, 12))]),
    row("平成21〜22年の協定を教えて", LISTING, [D((2009, 1), (2010, 12))]),
    row("1990年代に結んだ協定は何件？", "count", [D((1990, 1), (1999, 12))]),
    row("平成10年代の協定を一覧で", "list", [D((1998, 1), (2007, 12))]),
    row("水産分野の協定で最新のものは", "extreme", [F("field", "水産")], order="newest",
        no_topic=("最新",)),
    row("1990年代から2000年代にかけて締結された協定は何件", "count", [D((1990, 1), (2009, 12))]),
    row("1980年代〜1990年代の協定", LISTING, [D((1980, 1), (1999, 12))]),
    # a fiscal year's half (April–September, October–March); months counted back from the
    # list's date (2016年9月)
    row("2013年度下半期に結ばれた協定は？", LISTING, [D((2013, 10), (2014, 3))]),
    row("2014年度上半期の協定は何件", "count", [D((2014, 4), (2014, 9))]),
    row("ここ半年で結ばれた協定は？", LISTING, [D((2016, 3), (2016, 9))]),
    row("過去3か月の協定", LISTING, [D((2016, 6), (2016, 9))]),
    row("agreements signed in the last six months", LISTING, [D((2016, 3), (2016, 9))]),
    # two open ends said apart (平成になってから … 2000年より前): one range; an English
    # range said with through
    row("平成になってから2000年より前にむすばれた協定は何件", "count", [D((1989, 1), (1999, 12))]),
    row("2000年より前で平成以降の協定は何件", "count", [D((1989, 1), (1999, 12))]),
    row("agreements per year for 2010 through 2013", "aggregate", [D((2010, 1), (2013, 12))],
        group_by="year"),
    row("1980年代の協定は何件", "count", [D((1980, 1), (1989, 12))]),
    row("90年代の協定は？", LISTING, [D((1990, 1), (1999, 12))]),
    row("2013年4月から2014年3月までの協定", LISTING, [D((2013, 4), (2014, 3))]),
    row("How many agreements were signed in the 2000s?", "count", [D((2000, 1), (2009, 12))]),
    row("How many agreements during the 1990s?", "count", [D((1990, 1), (1999, 12))]),
    row("2014年5月に締結された協定は", LISTING, [D((2014, 5), (2014, 5))]),
    row("2013年の3〜5月に結ばれた協定は何件", "count", [D((2013, 3), (2013, 5))]),
    row("How many agreements were signed before 2000?", "count", [D(None, (1999, 12))]),
    row("List agreements signed after 2012", "list", [D((2013, 1), None)]),
    row("Agreements since 2014: how many?", "count", [D((2014, 1), None)]),
    row("How many agreements until 2003?", "count", [D(None, (2003, 12))]),
    row("How many agreements between 2003 and 2005?", "count", [D((2003, 1), (2005, 12))]),
    row("List agreements from 2010 to 2012", "list", [D((2010, 1), (2012, 12))]),
    row("How many agreements in 2014?", "count", [Y(2014)]),
    row("2010年以前の協定は何件", "count", [D(None, (2010, 12))]),
    row("2011年より後に結ばれた協定の一覧", "list", [D((2012, 1), None)]),
    row("2005年より前の協定はいくつ", "count", [D(None, (2004, 12))]),
    row("2012年から締結された協定", LISTING, [D((2012, 1), None)]),
    row("長崎県が2014年に結んだ協定は何件", "count", [F("party", "長崎県"), Y(2014)]),
    row("北九州市が2011年に締結した協定を全部", "list", [F("party", "北九州市"), Y(2011)]),
    row("中国と2005年に結んだ協定は", LISTING, [F("country", "中国"), Y(2005)]),
    row("2000年代に結ばれた教育分野の協定は", LISTING,
        [D((2000, 1), (2009, 12)), F("field", "教育")]),
    row("2010年から2012年の北九州市の協定", LISTING,
        [D((2010, 1), (2012, 12)), F("party", "北九州市")]),
    row("Nagasaki's agreements with Korea in 2014: how many?", "count",
        [F("party", "長崎県"), F("country", "韓国"), Y(2014)]),
    row("平成26年度の協定は何件", "count", [D((2014, 4), (2015, 3))]),
    row("2014年4月以降の協定は何件", "count", [D((2014, 4), None)]),
    # counted back from the list's own date (平成28年9月現在 = 2016年9月)
    row("ここ5年で結ばれた協定は何件", "count", [D((2011, 9), (2016, 9))]),
    row("リストの時点から10年以内の長崎県の協定", LISTING,
        [F("party", "長崎県"), D((2006, 9), (2016, 9))]),
    row("結ばれてから15年以上たつ協定を一覧で", "list", [D(None, (2001, 9))]),
    row("このリストが作られた年の協定は？", LISTING, [Y(2016)]),
    row("How many agreements were signed within the last 3 years?", "count",
        [D((2013, 9), (2016, 9))]),
    # an era's initial, Latin letters with marks
    row("Ｈ27年の協定は何件", "count", [Y(2015)]),
    row("S63年より前の協定", LISTING, [D(None, (1987, 12))]),
    row("Kitakyūshū の協定は何件", "count", [F("party", "北九州市")]),
    # numbers in kanji, units in hiragana
    row("平成二十五年に結ばれた協定を一覧で", "list", [Y(2013)]),
    row("二〇一四年の協定はなんけん？", "count", [Y(2014)]),
    row("2012ねんの協定", LISTING, [Y(2012)]),
    row("一番新しい協定を三つ", "extreme", order="newest", limit=3),
    row("最近5年の協定は？", LISTING, [D((2011, 9), (2016, 9))], id="最近 in a date is no order"),
    row("10年以上続いている協定は？", LISTING, [D(None, (2006, 9))]),
    row("1年以内に更新される協定は？", "topic", [], id="N年以内 without signing is no date"),
    row("2014年の8月に締結された協定", LISTING, [D((2014, 8), (2014, 8))]),
    # a month of any year
    row("7月に結ばれた協定は何件？", "count", [M(7)]),
    row("5月から6月に締結された協定を一覧で", "list", [M(5, 6)]),
    row("How many agreements were signed in May?", "count", [M(5)]),
    row("長崎県が8月に締結した協定", LISTING, [F("party", "長崎県"), M(8)]),
    row("12月締結の協定の数", "count", [M(12)]),
    row("2014年8月31日に締結された協定", LISTING, [D((2014, 8), (2014, 8))],
        id="a day of a month and year: that month"),
    row("長崎県の協定のうち1990年代より前のもの", LISTING,
        [F("party", "長崎県"), D(None, (1989, 12))]),

    # ---------------------------------------------------------------- newest / oldest
    row("一番新しい協定を3つ教えて", "extreme", order="newest", limit=3),
    row("最も古い協定はどれ？", "extreme", order="oldest", limit=None),
    row("最新の協定は？", "extreme", order="newest", limit=None),
    row("新しい順に5件の協定を挙げて", "extreme", order="newest", limit=5),
    row("What are the oldest 2 agreements?", "extreme", order="oldest", limit=2),
    row("長崎県の一番古い協定は", "extreme", [F("party", "長崎県")], order="oldest"),
    row("北九州市で最も新しい協定はいつ結ばれた", "extreme", [F("party", "北九州市")],
        order="newest"),
    row("中国との協定で一番古いものを2件", "extreme", [F("country", "中国")], order="oldest",
        limit=2),
    row("What is the most recent agreement with Korea?", "extreme", [F("country", "韓国")],
        order="newest"),
    row("福岡市が最初に結んだ協定は", "extreme", [F("party", "福岡市")], order="oldest"),

    # ---------------------------------------------------------------- aggregates
    row("国別の協定の件数を教えて", "aggregate", group_by="country", top=False),
    row("それぞれの国の協定数は？", "aggregate", group_by="country"),
    row("分野それぞれの件数を教えて", "aggregate", group_by="field"),
    row("Break the agreements down by partner country, please", "aggregate",
        group_by="country"),
    row("Which Japanese prefecture has the most agreements?", "aggregate",
        group_by="prefecture", top=True),
    row("自治体ごとに協定を数えて", "aggregate", group_by="municipality"),
    row("県別の協定数は", "aggregate", group_by="prefecture"),
    row("都道府県別に協定数を集計して", "aggregate", group_by="prefecture"),
    row("年別に協定の数を出して", "aggregate", group_by="year"),
    row("年度別の協定件数を教えて", "aggregate", group_by="fiscal"),  # April to March
    row("分野にはどんな種類がある？", "aggregate", group_by="field"),
    row("分野の一覧", "aggregate", group_by="field"),
    row("How many agreements are in this list?", "count"),
    row("協定が結ばれていない年はどれ", "aggregate", group_by="year"),
    row("2000年以降、長崎県が協定を結んでいない年は", "aggregate",
        [F("party", "長崎県"), D((2000, 1), None)], group_by="year"),
    row("協定が一番多い年度は", "aggregate", group_by="fiscal", top=True),
    row("毎年何件の協定が結ばれていますか", "aggregate", group_by="year"),
    row("締結年ごとの件数", "aggregate", group_by="year"),
    row("4年ごとに更新される覚書はどれ", "topic"),  # every four years: how often, no table
    row("分野別の件数", "aggregate", group_by="field"),
    row("相手国ごとに何件ずつ？", "aggregate", group_by="country"),
    row("相手国は何か国ありますか", "aggregate", group_by="country", distinct=True),
    row("長崎県は何カ国と協定を結んでいますか", "aggregate", [F("party", "長崎県")],
        group_by="country", distinct=True),
    row("How many countries do the agreements involve?", "aggregate", group_by="country",
        distinct=True),
    # the number of countries or partners asked bare: 国の数は, 何都市と, how many cities
    row("北九州市が協定を結んでいる国の数は", "aggregate", [F("party", "北九州市")],
        group_by="country", distinct=True),
    row("the number of partner countries of Nagasaki", "aggregate", [F("party", "長崎県")],
        group_by="country", distinct=True),
    row("中国の何都市と協定がありますか", "aggregate", [F("country", "中国")],
        group_by="partner", distinct=True),
    row("How many partner cities does Fukuoka City have?", "aggregate",
        [F("party", "福岡市")], group_by="partner", distinct=True),
    row("県と市が一緒に結んだ協定は", LISTING, [("many", ("party",), False)]),
    row("ナガサキケンノキョウテイハナンケン", "count", [F("party", "長崎県")]),  # all katakana
    row("list them", "list", [F("party", "長崎県"), Y(2014)],
        history=["How many agreements did Nagasaki Prefecture sign in 2014?"]),
    row("一覧で", "list", [F("party", "長崎県")], history=["長崎県の協定は何件？"]),
    row("協定をすべて挙げて", "list", history=["長崎県の協定は何件？"]),  # every agreement
    row("exclude the ones with Korea", LISTING,
        [F("party", "長崎県"), F("country", "韓国", ex=True)], history=["Nagasaki's agreements"]),
    row("List agreements with non-Asian partners.", "list", [R("アジア", ex=True)]),
    row("List all partner countries.", "aggregate", group_by="country"),
    row("Which agreements are on education?", LISTING, [F("field", "教育")]),
    row("2000年代前半に福岡市が結んだ協定", LISTING,
        [F("party", "福岡市"), D((2000, 1), (2004, 12))]),
    row("自治体ごとに相手国がいくつ", "aggregate", group_by="municipality"),
    row("韓国は何件", "count", [F("country", "韓国")]),  # a country's name, not 国は何
    row("韓国の数は？", "count", [F("country", "韓国")]),
    row("福岡市の教育", LISTING, [F("party", "福岡市"), F("field", "教育")]),  # none: a field
    row("教育一覧", "list", [F("field", "教育")]),
    row("教育何件", "count", [F("field", "教育")]),
    row("education agreements", LISTING, [F("field", "教育")]),
    row("2014は何件", "count", [Y(2014)]),
    row("H26は何件", "count", [Y(2014)]),
    row("ソウルは何件", "count", [F("partner", "ソウル")]),
    row("中国は何件ある？", "count", [F("country", "中国")]),
    row("Rank municipalities by number of agreements", "aggregate", group_by="municipality"),
    row("長崎県と福建省の協定は分野がいくつに分かれている", "aggregate",
        [F("party", "長崎県"), F("partner", "福建省")], group_by="field", distinct=True),
    row("カンボジアも加えて", LISTING, [F("country", "ベトナム", "カンボジア")],
        history=["ベトナムとの協定"]),
    row("2013年ならどう？", LISTING, [F("party", "長崎県", ex=True), Y(2013)],
        history=["2014年の協定", "長崎県以外"]),
    row("文化分野を除いたら？", LISTING, [F("party", "長崎県"), F("field", "文化", ex=True)],
        history=["長崎県の協定"]),
    row("韓国で同じことをして", "aggregate", [F("country", "韓国")],
        history=["中国との協定を自治体別に"], group_by="municipality"),
    row("And with China instead?", LISTING, [F("party", "長崎県"), F("country", "中国")],
        history=["Nagasaki's agreements with Korea"]),
    row("How many is that?", "count", [F("party", "長崎県"), F("country", "中国")],
        history=["Nagasaki's agreements with China"]),
    row("長崎県が結んだ協定で、相手がアジアの国じゃないものは", LISTING,
        [F("party", "長崎県"), R("アジア", ex=True)]),
    row("福岡市の協定で、上海が相手のものは除いて全部", "list",
        [F("party", "福岡市"), F("partner", "上海", ex=True)]),
    row("北九州市が東南アジアの国々と交わした協定や覚書を全部", "list",
        [F("party", "北九州市"), R("東南アジア")]),  # 協定や覚書: any agreement
    row("どこの県や市町村がいちばんたくさん協定を結んでる？", "aggregate",
        group_by="municipality", top=True),  # any level: the question names them all
    row("相手は何か国・地域？いちばん多い相手国も教えて", "aggregate", group_by="country",
        distinct=True),
    row("agreements about tourism with Korea", LISTING, [F("country", "韓国"), F("field", "観光")]),
    row("Which agreements have a URL?", LISTING, [("url", ("url",), False)]),
    row("URLが載っている協定は何件", "count", [("url", ("url",), False)]),
    row("農林科学技術の覚書は何年ごとに更新される？", ("topic", "lookup", "list")),  # how often
    row("How many times has the conference met?", ("topic", "lookup", "list")),
    row("ちゅうごくとのきょうていでいちばんあたらしいのは", "extreme", [F("country", "中国")],
        order="newest", no_topic=("きょう", "いでる")),  # きょうてい: 協定, cut whole
    row("福岡市と長崎県と北九州市ではどこが一番多い？", "compare",
        compare=("福岡市", "長崎県", "北九州市")),
    row("中国とアメリカ、福岡市が多く結んでいるのは？", "compare", [F("party", "福岡市")],
        compare=("中国", "米国")),
    row("平成と昭和ではどちらが多い", "compare", [], compare=("平成", "昭和"), topic=()),
    row("協定相手の国数を教えて", "aggregate", [], group_by="country", distinct=True),
    row("2番目は？", "aggregate", history=["どこの国と一番多く協定を結んでいる？"],
        group_by="country"),
    # a date restated in brackets is one date; English months and years as people say them
    row("平成26年度（2014年4月〜2015年3月）に締結された協定を一覧に", "list",
        [D((2014, 4), (2015, 3))], no_topic=("平成", "年度")),
    row("How many were signed in the month of August?", "count", [M(8)]),
    row("agreements signed by 2000", LISTING, [D(None, (2000, 12))]),
    row("Break down Fukuoka City's agreements by the year they were signed", "aggregate",
        [F("party", "福岡市")], group_by="year"),
    # a prefecture written before its own municipality says where it is: no party
    row("佐賀県有田町の協定を見せて", LISTING, [F("party", "有田町")]),
    row("佐賀県の有田町か熊本県の御船町の協定", LISTING, [F("party", "有田町", "御船町")]),
    row("佐賀県と有田町の協定", LISTING, [F("party", "佐賀県", "有田町")]),
    # a kind of partner or a country said not to be the partner: 博物館が相手でない
    row("中国が相手ではない長崎県の協定は何件", "count",
        [F("party", "長崎県"), F("country", "中国", ex=True)]),
    row("長崎県が韓国とむすんだ協定は何こですか？", "count",  # 何こ: 何個 in kana
        [F("party", "長崎県"), F("country", "韓国")]),
    row("欧州と北米とでは、いずれの地域との協定が多いか。", "compare", [],
        compare=("欧州", "北米")),
    # a field the agreement was made in (教育で結んだ): none with Thailand, not both rows
    row("タイと教育で結んだ協定は？", LISTING, [F("country", "タイ"), F("field", "教育")]),
    row("アメリカが相手になっていない福岡市の協定", LISTING,
        [F("party", "福岡市"), F("country", "米国", ex=True)]),
    # grammar written in hiragana, conjugated: のぞいた, のぞいて
    row("長崎県の協定のうち、中国をのぞいた相手", LISTING,
        [F("party", "長崎県"), F("country", "中国", ex=True)]),
    row("ちゅうごくをのぞいて、ながさきけんのきょうていはなんけん", "count",
        [F("party", "長崎県"), F("country", "中国", ex=True)]),
    row("協定が一番多い国はどこ？", "aggregate", group_by="country", top=True),
    row("どの自治体が一番多く協定を結んでいる？", "aggregate", group_by="municipality", top=True),
    row("協定を一番多く結んでいる県は", "aggregate", group_by="prefecture", top=True),
    row("長崎県が最も多く協定を結んでいる相手国は", "aggregate", [F("party", "長崎県")],
        group_by="country", top=True),
    row("最も協定を結んだ年は", "aggregate", group_by="year", top=True),
    row("福岡市が最も協定を結んだ年は", "aggregate", [F("party", "福岡市")], group_by="year",
        top=True),
    row("Which year had the most agreements?", "aggregate", group_by="year", top=True),
    row("In which year were the most agreements signed?", "aggregate", group_by="year",
        top=True),
    row("Which prefecture has the most agreements?", "aggregate", group_by="prefecture",
        top=True),
    row("How many agreements per country?", "aggregate", group_by="country"),
    row("Count the agreements by municipality", "aggregate", group_by="municipality"),
    row("How many agreements by field?", "aggregate", group_by="field"),
    row("長崎県の協定を分野別に数えて", "aggregate", [F("party", "長崎県")], group_by="field"),
    row("長崎県の協定を年別に", "aggregate", [F("party", "長崎県")], group_by="year"),
    row("福岡県の協定を年別に集計して", "aggregate", [F("party", "福岡県")], group_by="year"),
    row("中国との協定を自治体ごとに", "aggregate", [F("country", "中国")],
        group_by="municipality"),
    row("福岡市の協定の相手国別の件数", "aggregate", [F("party", "福岡市")], group_by="country"),
    row("2010年代の協定を年ごとに数えて", "aggregate", [D((2010, 1), (2019, 12))],
        group_by="year"),
    row("最も協定が多い分野は", "aggregate", group_by="field", top=True),
    row("国ごとの件数を多い順に並べて", "aggregate", group_by="country", top=False),

    # ---------------------------------------------------------------- comparisons
    row("北九州市と福岡市ではどちらが協定が多い？", "compare", compare=("北九州市", "福岡市")),
    row("福岡市と北九州市、協定が多いのはどちらか", "compare", compare=("福岡市", "北九州市")),
    row("長崎県と福岡県を比べるとどちらが多い", "compare", compare=("長崎県", "福岡県")),
    row("中国と韓国、協定が多いのは？", "compare", compare=("中国", "韓国")),
    row("1990年代と2000年代ではどちらが多い", "compare", compare=("1990年代", "2000年代")),
    row("2005年から2010年までの協定は中国と韓国ではどちらが多い", "compare",
        [D((2005, 1), (2010, 12))], compare=("中国", "韓国"), id="a range is no pair of sides"),
    row("3月の協定と5月の協定、多いのは？", "compare", compare=("3月", "5月")),
    row("長崎県と福岡市の件数を対比して", "compare", compare=("長崎県", "福岡市")),
    row("タイとベトナムで協定数が多い方", "compare", compare=("タイ", "ベトナム")),
    row("国別で一番多いのは？", "aggregate", group_by="country", top=True),
    row("熊本県と佐賀県はどっちが協定が多い？", "compare", compare=("熊本県", "佐賀県")),
    row("中国と韓国ではどちらとの協定が多いですか", "compare", compare=("中国", "韓国")),
    row("韓国と台湾ではどちらとの協定が多い？", "compare", compare=("韓国", "台湾")),
    row("2013年と2014年ではどっちが多い", "compare", compare=("2013", "2014")),
    row("アジアと欧州ではどちらの協定が多い", "compare", compare=("アジア", "欧州")),
    row("アジアとヨーロッパ、どっちが多い？", "compare", compare=("アジア", "欧州")),
    row("東アジアと東南アジアの協定数を比較して", "compare", compare=("東アジア", "東南アジア")),
    row("長崎県の協定は中国と韓国でどちらが多い", "compare", [F("party", "長崎県")],
        compare=("中国", "韓国")),
    row("環境分野で北九州市と長崎県を比べると", "compare", [F("field", "環境")],
        compare=("北九州市", "長崎県")),
    row("Are there more agreements with China or Korea?", "compare", compare=("中国", "韓国")),
    row("Which has more agreements, Kitakyushu or Fukuoka City?", "compare",
        compare=("北九州市", "福岡市")),
    row("Did Nagasaki Prefecture sign more agreements in 2013 or 2014?", "compare",
        [F("party", "長崎県")], compare=("2013", "2014")),
    row("Compare China and Korea", "compare", compare=("中国", "韓国")),
    row("平成25年と平成26年を比較すると", "compare", compare=("2013", "2014"),
        no_topic=("平成",)),
    row("教育と文化ではどちらの分野が多い", "compare", compare=("教育", "文化")),

    # ---------------------------------------------------------------- topic words on conditions
    row("長崎県の博物館との協定は何件", "count", [F("party", "長崎県")], topic=("博物館",)),
    row("美術館相手 協定件数", "count", topic=("美術館",)),  # (a note's 美術館相手)
    row("長崎県が結んだ留学に関する協定を教えて", LISTING, [F("party", "長崎県")],
        topic=("留学",)),
    row("北九州市の大気汚染の協定は", LISTING, [F("party", "北九州市")], topic=("大気汚染",)),
    row("長崎県の大学との協定を一覧で", "list", [F("party", "長崎県")], topic=("大学",)),
    row("museum agreements of Nagasaki Prefecture", LISTING, [F("party", "長崎県")],
        topic=("博物館", "美術館")),  # a museum is either kind the list names
    row("中国との漁業協力の協定は何件", "count", [F("country", "中国"), F("field", "水産")]),
    row("廃棄物に関する協定はありますか", "topic", topic=("廃棄物",)),
    row("オリンピックに関係する協定は", "topic", topic=("オリンピック",)),
    row("陶磁器の協定について教えて", "topic", topic=("陶磁器",)),
    # a foreign city the data does not hold is a partner condition that matches nothing
    row("福岡市とソウル市の協定は？", LISTING, [F("party", "福岡市"), F("partner", "ソウル市")]),
    row("成都との協定はありますか", LISTING, [F("partner", "成都")]),
    # …or said as a place of the country named before it (韓国の済州島との): not that
    # country's every agreement
    row("韓国の済州島との協定は何件", "count", [F("country", "韓国"), F("partner", "済州島")]),
    row("福岡市と韓国の仁川との協定は", LISTING,
        [F("party", "福岡市"), F("country", "韓国"), F("partner", "仁川")]),
    row("韓国の地方自治体との協定は何件", "count", [F("country", "韓国")]),
    row("ベトナムの水道会社と結んだ協定は", LISTING, [F("country", "ベトナム")],
        id="a description of a partner is no place"),

    # ---------------------------------------------------------------- follow-ups
    row("そのうち中国とのものは？", "count", [F("party", "長崎県"), F("country", "中国")],
        history=["長崎県の協定は何件？"]),
    row("その中で長崎県のものは何件", "count", [F("country", "中国"), F("party", "長崎県")],
        history=["中国との協定を全部教えて"]),
    row("うち2003年のものは", "count", [F("party", "福岡市"), Y(2003)],
        history=["福岡市の協定は何件"]),
    row("文化分野だけ", "count", [F("party", "長崎県"), F("field", "文化")],
        history=["長崎県の協定は何件"]),
    row("韓国とのものだけ", "count", [F("party", "長崎県"), F("country", "韓国")],
        history=["長崎県の協定は何件"]),
    row("中国以外は？", "list", [F("party", "長崎県"), F("country", "中国", ex=True)],
        history=["長崎県の協定を一覧で"]),
    row("長崎県以外は？", "count", [F("country", "中国"), F("party", "長崎県", ex=True)],
        history=["中国との協定は何件"]),
    row("環境分野以外は？", "count", [F("party", "北九州市"), F("field", "環境", ex=True)],
        history=["北九州市の協定の数"]),
    row("では福岡市は？", "count", [F("party", "福岡市")], history=["北九州市の協定は何件？"]),
    row("じゃあ韓国は？", "count", [F("party", "長崎県"), F("country", "韓国")],
        history=["長崎県の協定は何件"]),
    row("では2013年は？", LISTING, [F("party", "長崎県"), Y(2013)],
        history=["長崎県が2014年に結んだ協定"]),
    row("では教育分野は？", "list", [F("party", "長崎県"), F("field", "教育")],
        history=["長崎県の文化分野の協定を一覧で"]),
    row("有田町だけでは？", "count", [F("party", "有田町")], history=["佐賀県の協定は何件"]),
    row("韓国だけだと？", "count", [F("party", "長崎県"), F("country", "韓国")],
        history=["長崎県の中国との協定は何件"]),
    row("そのうち教育分野は何件", "count", [F("country", "韓国"), F("field", "教育")],
        history=["韓国との協定は何件"]),
    row("うち釜山との協定は何件", "count", [F("party", "長崎県"), F("partner", "釜山")],
        history=["長崎県の協定"]),
    row("そのうち水道分野じゃないものは", "count",
        [F("party", "北九州市"), F("field", "水道", ex=True)], history=["北九州市の協定は何件"]),
    row("さらに2013年以降に絞って", "list", [F("party", "北九州市"), D((2013, 1), None)],
        history=["北九州市の協定を一覧で"]),
    row("そのうち文化分野のものは", "aggregate", [F("party", "長崎県"), F("field", "文化")],
        group_by="country", history=["長崎県の協定を国別に数えて"]),
    row("その中で分野別に数えて", "aggregate", [F("party", "長崎県")], group_by="field",
        history=["長崎県の協定を一覧で"]),
    row("そのうち一番新しいのは？", "extreme", [F("country", "中国")], order="newest",
        history=["中国との協定は何件"]),
    row("その中で一番古いのは", "extreme", [F("party", "福岡市")], order="oldest",
        history=["福岡市の協定を全部"]),
    row("中国との協定は何件？", "count", [F("country", "中国")],
        history=["長崎県の協定は何件"], id="a new question does not follow on"),
    row("what about Fukuoka City?", "count", [F("party", "福岡市")],
        history=["How many agreements does Kitakyushu have?"]),
    row("what about Korea?", "count", [F("country", "韓国")],
        history=["How many agreements with China?"]),
    row("of those, how many with Nagasaki Prefecture?", "count",
        [F("country", "中国"), F("party", "長崎県")], history=["How many agreements with China?"]),
    row("of these, how many are cultural?", "count", [F("party", "長崎県"), F("field", "文化")],
        history=["How many agreements does Nagasaki Prefecture have?"]),
    row("Among them, which is the oldest?", "extreme", [F("country", "韓国")], order="oldest",
        history=["How many agreements with Korea?"]),
    row("2014年のものは？", "count", [F("party", "長崎県"), F("country", "中国"), Y(2014)],
        history=["長崎県の中国との協定は何件"]),
    row("そのうち長崎県は？", "compare", [F("party", "長崎県")], compare=("中国", "韓国"),
        history=["中国と韓国ではどちらが多い？"]),
    # Kinds of partner: the name's last word (省, 庁, 局, 協会) says what signed.
    row("外国の省庁と結んだ協定は？", LISTING, [F("kind", "政府機関")]),
    row("中国の役所と結んだ協定は何件", "count", [F("country", "中国"), F("kind", "行政機関")]),
    row("北九州市が役所や省庁と結んだ協定を全部", "list",   # either
        [F("party", "北九州市"), F("kind", "行政機関", "政府機関")]),
    row("中央政府の役所と結んだ協定は何件", "count", [F("kind", "政府機関")]),  # the narrower
    row("中国の省と結んだ協定は何件", "count", [F("country", "中国"), F("kind", "州・省")]),
    row("企業や民間団体との協定は？", LISTING, [F("kind", "企業・団体")]),
    row("政府機関以外との協定は何件？", "count", [F("kind", "政府機関", ex=True)]),
    row("How many agreements are with foreign ministries?", "count", [F("kind", "政府機関")]),
    row("List Nagasaki's agreements with Chinese provinces", "list",
        [F("party", "長崎県"), F("country", "中国"), F("kind", "州・省")]),
    row("地元企業の海外展開を支援する協定は？", "topic", no_topic=("地元",)),  # own side
    row("省エネルギーの協定は？", "topic", []),   # 省 of 省エネ is no province
    row("As a teacher I'm curious: list the agreements in the field of education.", "list",
        [F("field", "教育")], topic=()),
    # A topic word excluded: the rows whose text holds it are left out.
    row("大学以外との協定は何件", "count", [F("text", "大学", ex=True)], topic=()),
    row("博物館以外で長崎県が結んだ協定を全部", "list",
        [F("party", "長崎県"), F("text", "博物館", ex=True)], topic=()),
    row("Which agreements did Kitakyushu sign with national governments?", LISTING,
        [F("party", "北九州市"), F("kind", "政府機関")]),
    row("How many agreements were signed after 2010 and before 2014?", "count",
        [D((2011, 1), (2013, 12))]),
    row("How many agreements were signed in 2011 on the environment?", "count",
        [Y(2011), F("field", "環境")]),                # on: not "onwards"
    row("How many agreements in or before 2005?", "count", [D(None, (2005, 12))]),
    # Narration that names a condition keeps it.
    row("福岡市職員として釜山との協定に関心があります。何件ですか", "count",
        [F("party", "福岡市"), F("partner", "釜山")]),
    row("I'm a teacher in Nagasaki, how many agreements with China?", "count",
        [F("party", "長崎県"), F("country", "中国")], topic=()),
    # Found by a review: exclusions over a list, kinds in context, names after particles.
    row("大学と博物館を除く長崎県の協定は何件？", "count",
        [F("party", "長崎県"), F("text", "大学", ex=True), F("text", "博物館", ex=True)], topic=()),
    row("省以外の中国との協定は何件？", "count",
        [F("kind", "州・省", ex=True), F("country", "中国")]),
    row("政府機関等との協定は何件？", "count", [F("kind", "政府機関")]),
    row("長崎県の役所が結んだ協定は何件？", "count", [F("party", "長崎県")]),  # its own office
    row("中国の地方政府との協定は何件", "count",
        [F("country", "中国"), F("kind", "州・省", "都市")]),
    row("福建省の政府機関との協定は？", LISTING, [F("partner", "福建省"), F("kind", "行政機関")]),
    row("企業のビジネス参入を支援する協定は？", "topic", []),        # 企業の…: no partner
    row("市役所の職員を派遣する協定はありますか", "topic", []),
    row("How many agreements did Fukuoka sign in association with Busan?", "count",
        [F("party", "福岡市"), F("partner", "釜山")]),
    row("福岡市がぷさんと結んだ協定は何件？", "count",
        [F("party", "福岡市"), F("partner", "釜山")]),
    row("ふくおかしとぷさんのきょうていはなんけん", "count",
        [F("party", "福岡市"), F("partner", "釜山")]),
    row("2010年いこうの協定は何件？", "count", [D((2010, 1), None)]),   # 以降, not 意向
    row("中国と協定しない自治体", "aggregate", [F("country", "中国", ex=True)],
        group_by="municipality", no_topic=("市内",)),  # those with none (test_parties_without)
    row("都市との協定は何件？", "count", [F("kind", "都市")]),
    row("中国の都市と結んだ協定は何件", "count", [F("country", "中国"), F("kind", "都市")]),
    row("米国の都市や博物館との協定は何件", "count", [F("country", "米国")]),  # any partner
    row("大韓民国の団体や都市と結んだ協定は全部で何件", "count", [F("country", "韓国")]),  # any
    # A foreign name typed in hiragana: its sound (ぷさん → 釜山), up to a particle.
    row("ぷさん にある あいて との きょうていって 何件？", "count", [F("partner", "釜山")]),
    row("しゃんはいとの協定", LISTING, [F("partner", "上海")]),
    row("韓国の市政府と結んだ協定は？", LISTING, [F("country", "韓国"), F("kind", "都市")]),
    # A place run on into a noun names a thing, in English too (not Tokyo Prefecture).
    row("hosting a national team training camp ahead of the Tokyo Olympics", "topic", []),
    row("Tokyo Agreements with China", LISTING, [F("party", "東京都"), F("country", "中国")]),
    # A relation said after the year, in English.
    row("Kitakyushu's environment agreements signed in 2011 or later", "list",
        [F("party", "北九州市"), F("field", "環境"), D((2011, 1), None)]),
    row("agreements from 2010 onwards", LISTING, [D((2010, 1), None)]),
    row("How many agreements were signed 2005 or earlier?", "count", [D(None, (2005, 12))]),
    row("How many agreements were signed no later than 2003?", "count", [D(None, (2003, 12))]),
    # Words typed in hiragana: the data's words of that reading (kana_words.py).
    row("かんきょうぶんやの協定は何件", "count", [F("field", "環境")]),
    row("すいどうの協定を全部", "list", [F("field", "水道")]),
    row("せいふきかんとの協定", LISTING, [F("kind", "政府機関")]),
    row("ちゅうごくとのきょうていはなんけん", "count", [F("country", "中国")]),
    # Kinds left out, the English way (not a …, other than …) and in Japanese lists.
    row("How many agreements with Vietnam are not with a city?", "count",
        [F("country", "ベトナム"), F("kind", "都市", ex=True)]),
    row("Agreements with Taiwan other than universities and museums", LISTING,
        [F("country", "台湾"), F("text", "大学", ex=True), F("text", "博物館", ex=True),
         F("text", "美術館", ex=True)], topic=()),
    row("Chinese partners that are not a province, a museum or a company", LISTING,
        [F("country", "中国"), F("kind", "州・省", ex=True), F("text", "博物館", ex=True),
         F("text", "美術館", ex=True), F("kind", "企業・団体", ex=True)], topic=()),
    row("How many agreements are with a city government in China?", "count",
        [F("kind", "都市"), F("country", "中国")]),
    row("agreements not in China or Korea", LISTING,
        [F("country", "中国", ex=True), F("country", "韓国", ex=True)]),
    row("米国の相手で市以外のものは何件？", "count",
        [F("country", "米国"), F("kind", "都市", ex=True)]),
    row("タイの協定で、市以外（省庁や公社など）と結んだものは？", LISTING,
        [F("country", "タイ"), F("kind", "都市", ex=True)]),
    row("中国の市と結んだ協定の数", "count", [F("country", "中国"), F("kind", "都市")]),
    row("大学、美術館、団体以外の韓国の協定は何件", "count",
        [F("text", "大学", ex=True), F("text", "美術館", ex=True),
         F("kind", "企業・団体", ex=True), F("country", "韓国")], topic=()),
    row("団体と結んだ協定は何件", "count", [F("kind", "企業・団体")]),
    row("北九州市が交流している団体はどこ", LISTING, [F("party", "北九州市")]),  # any partner
    # Negation said with a verb, and English cues with words between.
    row("分野に観光が含まれていない熊本県の協定", LISTING,
        [F("field", "観光", ex=True), F("party", "熊本県")]),
    row("教育が入っていない長崎県の協定は何件", "count",
        [F("field", "教育", ex=True), F("party", "長崎県")]),
    row("Which agreements were not made by Nagasaki Prefecture?", LISTING,
        [F("party", "長崎県", ex=True)]),
    row("Show Fukuoka's agreements except those about the economy", LISTING,
        [F("party", "福岡市"), F("field", "経済", ex=True)]),
    row("協会や財団のような民間団体との協定は？", LISTING, [F("kind", "企業・団体")]),
    # A date left out, and a date that is the moment asked about (現在, 時点, as of).
    row("2013年以外の熊本県の協定は何件", "count",
        [D((2013, 1), (2013, 12), ex=True), F("party", "熊本県")]),
    row("平成15年を除く福岡市の協定", LISTING,
        [D((2003, 1), (2003, 12), ex=True), F("party", "福岡市")]),
    row("1990年代じゃない韓国との協定は？", LISTING,
        [D((1990, 1), (1999, 12), ex=True), F("country", "韓国")]),
    row("How many agreements were not signed in 2005?", "count",
        [D((2005, 1), (2005, 12), ex=True)]),
    row("平成28年9月現在、佐賀県の協定は何件？", "count", [F("party", "佐賀県")]),
    row("2016年時点で福岡市が結んでいる協定の数", "count", [F("party", "福岡市")]),
    row("2005年時点で長崎県が結んでいた協定は何件", "count",
        [D(None, (2005, 12)), F("party", "長崎県")]),
    row("How many agreements did Fukuoka City have as of 2004?", "count",
        [F("party", "福岡市"), D(None, (2004, 12))]),
    # How many municipalities; a prefecture's short name in romaji (two kana, four letters).
    row("中国と協定を結んでいる自治体はいくつ？", "aggregate", [F("country", "中国")],
        group_by="municipality", distinct=True),
    row("How many municipalities have agreements in Southeast Asia?", "aggregate",
        [R("東南アジア")], group_by="municipality", distinct=True),
    row("How many agreements does Saga have?", "count", [F("party", "佐賀県")]),
    # Years joined: any of them (not the first alone; not a comparison without one).
    # Follow-ups: a condition left out of the last answer, a new shape for its rows, a
    # field said alone.
    row("佐賀県を除くと？", LISTING, [F("country", "韓国"), F("party", "佐賀県", ex=True)],
        history=("韓国との協定を見せて",)),
    row("長崎県以外で", LISTING, [F("country", "中国"), F("party", "長崎県", ex=True)],
        history=("中国との協定",)),
    row("分野別に数えると？", "aggregate", [F("party", "長崎県")], group_by="field",
        history=("長崎県の協定は何件？",)),
    row("古い順に2つ", "extreme", [F("party", "福岡市")], order="oldest", limit=2,
        history=("福岡市の協定",)),
    row("では水道は？", LISTING, [F("party", "北九州市"), F("field", "水道")],
        history=("北九州市の協定を教えて",)),
    # The level of the party: a prefecture itself, a city, a town or village.
    row("県が結んだ協定は全部で何件", "count", [F("level", "県")]),
    row("市町村が韓国と結んだ協定", LISTING, [F("level", "市", "町村"), F("country", "韓国")]),
    row("町が結んでいる協定は？", LISTING, [F("level", "町村")]),
    row("下水道の協定", LISTING, [F("field", "下水")]),  # sewerage: not the water supply's
    row("長崎県の町が結んだ協定", ("none", "list", "lookup"),
        [F("party", "長崎県"), F("level", "町村")]),
    row("焼き物の町の協定", ("topic", "list", "lookup")),  # a town known for it: no level
    row("中国の市と結んだ協定は？", LISTING, [F("country", "中国"), F("kind", "都市")]),  # partner
    # The partner said to be of a kind (相手が都市の, 相手が市ではない): the partner's, not
    # the party's level.
    row("相手が都市の協定は何件", "count", [F("kind", "都市")]),
    row("相手が都市ではないものは何件", "count", [F("kind", "都市", ex=True)]),
    row("相手が市の協定は何件", "count", [F("kind", "都市")]),
    row("相手先が団体の協定", LISTING, [F("kind", "企業・団体")]),
    row("How many agreements where the partner is not a city?", "count",
        [F("kind", "都市", ex=True)]),
    # Levels set side by side: each said level a side (市町村 one side).
    row("市が結んだ協定と県が結んだ協定はどちらが多い", "compare",
        compare=("市", "県（県そのもの）")),
    row("県と市、どちらが協定が多い", "compare", compare=("県（県そのもの）", "市")),
    row("県が結んだ協定と市町村が結んだ協定、どっちが多い", "compare",
        compare=("県（県そのもの）", "市町村")),
    row("長崎県と福岡市、どちらが多い", "compare", compare=("長崎県", "福岡市")),
    # A grouping asked of the last answer (県ごとに分けると？): its rows grouped.
    row("県ごとに分けると？", "aggregate", [F("country", "中国")], group_by="prefecture",
        history=("中国と結んだ協定は何件",)),
    row("年別に見たら？", "aggregate", [F("party", "長崎県")], group_by="year",
        history=("長崎県の協定は何件",)),
    row("分野で分けると協定はいくつずつ？", "aggregate", group_by="field"),
    row("国によって分類すると何件ずつ", "aggregate", group_by="country"),
    # The rest of a wider place than the last answer's (それ以外の東南アジア after タイ).
    row("それ以外の東南アジアは", LISTING, [R("東南アジア"), F("country", "タイ", ex=True)],
        history=("東南アジアの協定", "タイとの協定は")),
    row("それ以外のアジアは何件", "count", [R("アジア"), F("country", "中国", ex=True)],
        history=("中国との協定",)),
    # The parties of a level asked for themselves: how many cities, which towns.
    row("協定を結んでいる市はいくつ？", "aggregate", [F("level", "市")], group_by="municipality",
        distinct=True),
    row("何町が協定を結んでいますか", "aggregate", [F("level", "町村")],
        group_by="municipality", distinct=True),
    row("協定を結んでいる市の名前を教えて", "aggregate", [F("level", "市")],
        group_by="municipality"),
    row("協定のある町はどこ", "aggregate", [F("level", "町村")], group_by="municipality"),
    # Which parties hold a value, asked bare; then the two values of the last two answers
    # held both (両方と結んでいるのは？): as 韓国と中国の両方と結んでいる自治体 is read.
    row("韓国と協定を結んでいる自治体は？", "aggregate", [F("country", "韓国")],
        group_by="municipality"),
    row("両方と結んでいるのは？", "aggregate", [F("country", "韓国", "中国")],
        group_by="municipality", count_of="country",
        history=("韓国と協定を結んでいる自治体は？", "中国だと？")),
    row("どちらとも協定がある自治体は？", "aggregate", [F("country", "韓国", "中国")],
        group_by="municipality", count_of="country", history=("韓国との協定", "中国との協定")),
    # A Japanese party said as another's partner (福岡市に熊本県との): a partner no row has;
    # two parties joined (福岡市と熊本県の) stay either's.
    row("福岡市に熊本県との協定はある？", ("none", "list", "lookup"),
        [F("party", "福岡市"), F("partner", "熊本県")]),
    row("長崎県が福岡県と結んだ協定は", ("none", "list", "lookup"),
        [F("party", "長崎県"), F("partner", "福岡県")]),
    row("福岡市と熊本県の協定は何件", "count", [F("party", "福岡市", "熊本県")]),
    # A value set apart (は別として, とのは別で), a gloss between a kind and its particle
    # (市（都市）と), the municipalities inside said as included (県内の市町の分も含む).
    row("タイは別として、東南アジアの協定は何件", "count",
        [R("東南アジア"), F("country", "タイ", ex=True)]),
    row("韓国は別として、アジアとの協定は何件", "count",
        [R("アジア"), F("country", "韓国", ex=True)]),
    row("政府の省庁とのは別で、東南アジアとの協定は何件", "count",
        [F("kind", "政府機関", ex=True), R("東南アジア")]),
    row("中国の市（都市）と結んだ協定は何件", "count", [F("country", "中国"), F("kind", "都市")]),
    row("県別の件数を出して（県内の市町の分も含む）", "aggregate", group_by="prefecture"),
    row("海外の複数の自治体と組んでいる協定", LISTING,
        [("many", ("partner",), False), F("kind", "都市")], topic=()),
    # Each group's first or last agreement (自治体ごとに一番古い協定), the groups of a count
    # said with the verb (協定が2件結ばれた年).
    row("自治体ごとに一番古い協定を教えて", "aggregate", group_by="municipality",
        order="oldest"),
    row("国ごとの最新の協定は", "aggregate", group_by="country", order="newest"),
    row("協定が2件結ばれた年はどれ？", "aggregate", group_by="year"),
    # The countries a party signed with, asked bare (協定を結んだ国は？: a table).
    row("長崎県が協定を結んだ国は？", "aggregate", [F("party", "長崎県")], group_by="country"),
    # Which partner has the most (中国のどの都市との協定が一番多い): a table of the partners.
    row("中国のどの都市との協定が一番多い", "aggregate", [F("country", "中国"), F("kind", "都市")],
        group_by="partner", top=True),
    row("韓国のどの相手との協定が最も多い", "aggregate", [F("country", "韓国")],
        group_by="partner", top=True),
    # The prefecture itself, and the designated cities (政令指定都市).
    row("福岡県が直接結んだ協定は？", LISTING, [F("party", "福岡県"), F("level", "県")]),
    row("長崎県そのものが結んだ協定は何件", "count", [F("party", "長崎県"), F("level", "県")]),
    row("政令指定都市が結んだ協定は何件", "count", [F("level", "政令市")]),
    row("政令市以外の自治体が中国と結んだ協定", LISTING,
        [F("level", "政令市", ex=True), F("country", "中国")]),
    row("How many agreements did designated cities sign?", "count", [F("level", "政令市")]),
    row("How many agreements have a city as one of the parties?", "count", [F("level", "市")]),
    row("How many agreements have a town as a party?", "count", [F("level", "町村")]),
    row("How many cities have agreements?", "aggregate", [F("level", "市")],
        group_by="municipality", distinct=True),  # the Japanese cities, not the partners
    row("Which towns have agreements?", LISTING, [F("level", "町村")]),
    row("Compare cities and prefectures by number of agreements", "compare",
        compare=("市", "県（県そのもの）")),
    row("Which year between 1999 and 2016 had no agreements?", "aggregate",
        [D((1999, 1), (2016, 12))], group_by="year"),
    # The kind of document the agreement's name says it is; not for one agreement named.
    row("覚書は全部で何件？", "count", [F("doc", "覚書")]),
    row("長崎県が結んだ協議書は？", LISTING, [F("party", "長崎県"), F("doc", "協議書")]),
    row("合意書の形で交わしたものはどれ", LISTING, [F("doc", "合意書")]),
    row("覚書で経済分野のもの", LISTING, [F("field", "経済"), F("doc", "覚書")]),
    row("覚書は？", LISTING, [F("doc", "覚書")]),
    row("agreements about tourism", LISTING, [F("field", "観光")]),
    row("agreements with 中国 before 2005", LISTING,
        [F("country", "中国"), ("date", (None, (2004, 12), ()), False)], topic=()),
    row("2010年超の協定は何件", "count", [("date", ((2011, 1), None, ()), False)]),
    row("2003年以下の協定", LISTING, [("date", (None, (2003, 12), ()), False)], topic=()),
    row("2003年未満の協定", LISTING, [("date", (None, (2002, 12), ()), False)]),
    row("中国は何件？韓国は何件？", "compare", compare=("中国", "韓国")),
    row("上位三か国は？", "aggregate", group_by="country"),
    row("上位二県は？", "aggregate", group_by="prefecture"),
    row("🇰🇷との協定は何件", "count", [F("country", "韓国")]),
    row("韓国との協定で一番ふるいのわ", "extreme", [F("country", "韓国")], order="oldest"),
    row("協定を結んでいる自治体は全部でいくつ？", "aggregate", group_by="municipality",
        distinct=True),
    row("相手国は全部でいくつ？", "aggregate", group_by="country", distinct=True),
    row("Which agreement is about attracting an Olympic training camp ahead of Tokyo 2020?",
        "topic", []),
    row("中国、韓国、米国のうちどれが一番多い？", "compare", compare=("中国", "韓国", "米国")),
    row("北九州市と福岡市と長崎県で一番多いのは？", "compare",
        compare=("北九州市", "福岡市", "長崎県")),
    row("2011年と2013年では？", "compare", compare=("2011", "2013")),
    row("協定締結主体別の協定件数の集計", "aggregate", group_by="municipality"),
    row("締結年次別の件数", "aggregate", group_by="year"),
    row("分野別協定件数（複数分野に該当するものは各分野に計上）", "aggregate", [],
        group_by="field"),
    row("ｹｲｻﾞｲ分野の協定は何件", "count", [F("field", "経済")]),
    row("カンキョウの協定は？", LISTING, [F("field", "環境")]),
    row("ハワイとかグアムとの観光の提携ってありますか？", LISTING,
        [F("field", "観光"), F("partner", "ハワイ", "グアム")], topic=()),
    row("🇨🇳🇰🇷どっちが多い？", "compare", compare=("中国", "韓国")),
    row("2014/8/5に締結された協定", LISTING, [("date", ((2014, 8), (2014, 8), ()), False)]),
    row("H26.8.5の協定", LISTING, [("date", ((2014, 8), (2014, 8), ()), False)]),
    row("2013-09-09の協定", LISTING, [("date", ((2013, 9), (2013, 9), ()), False)]),
    row("20140805の協定", LISTING, [("date", ((2014, 8), (2014, 8), ()), False)]),
    row("2014/08の協定", LISTING, [("date", ((2014, 8), (2014, 8), ()), False)]),
    row("福岡市に係る協定のうち経済分野に該当するものを除いたものの件数", "count",
        [F("party", "福岡市"), F("field", "経済", ex=True)]),
    row("長崎県に係る協定のうち文化分野に該当しないものの一覧", LISTING,
        [F("party", "長崎県"), F("field", "文化", ex=True)]),
    row("中華人民共和国を相手方とする協定のうち長崎県に係るものを除外したものの件数", "count",
        [F("country", "中国"), F("party", "長崎県", ex=True)]),
    row("締結相手国が大韓民国であるものを除いた協定の件数", "count",
        [F("country", "韓国", ex=True)]),
    row("魚をとったり育てたりする産業で中国の地方と手を組んでいる取り決め", ("list", "topic"),
        [F("country", "中国")]),
    row("浙江省との漁業協力の協議書の締結時期は？", LISTING, [F("partner", "浙江省"),
                                                  F("field", "水産")]),
    row("幅広い分野で交流して双方の繁栄を目指す協議書を教えてください。",
        ("topic", "list"), []),
    row("大学と組んでる協定どれ？", "list", []),
    row("海外の大学を相手にした協定について調べたいという方がいらしています。"
        "該当するものを全部教えてください。", "list", [], topic=("大学",)),
    row("外国の大学と直接結んだ協定はどれですか？", "list", []),
    row("干潟でどろんこになって競う大会がきっかけで、大学と結んだ交流協定はどれですか",
        "topic", []),
    row("For agreements with South Korea, how many does each Japanese party have?", "aggregate",
        [F("country", "韓国")], group_by="municipality"),
    row("Which agreements are with European partners, such as the museum in Leiden?", LISTING,
        [R("欧州")]),
    row("合意書を教えて", LISTING, [F("doc", "合意書")]),
    row("長崎県の協定のうち中国のは要らない", LISTING,
        [F("country", "中国", ex=True), F("party", "長崎県")], topic=()),
    row("中国は不要で、長崎県の協定", LISTING,
        [F("country", "中国", ex=True), F("party", "長崎県")], topic=()),
    row("14年の締結数は", "count", [Y(2014)], text_has="2014年"),
    row("03年の協定", LISTING, [Y(2003)]),
    row("88年の協定", LISTING, [Y(1988)]),
    row("ここ10年で結んだ協定", LISTING, [("date", ((2006, 9), (2016, 9), ()), False)]),
    row("さがけんの市とか町がむすんだ協定って何がある？", LISTING,
        [F("party", "佐賀県"), F("level", "町村", "市")]),
    row("長崎県内の市町の協定", LISTING, [F("party", "長崎県"), F("level", "市", "町村")]),
    row("長崎県と県内の市町が結んでいる協定は合わせて何件", "count", [F("party", "長崎県")]),
    row("経斉分野の協定は何件", "count", [F("field", "経済")]),
    row("文学の分野の協定", LISTING, [F("field", "文学")]),
    row("文花の分野の協定を全部リストにして", LISTING, [F("field", "文化")], topic=()),
    row("ベトナムの首都ハノイと結んだ協定は？", LISTING,
        [F("country", "ベトナム"), F("partner", "首都ハノイ")]),
    row("協議書で教育分野のもの", LISTING, [F("field", "教育"), F("doc", "協議書")]),
    row("協定書以外の協定の数", "count", [F("doc", "協定書", ex=True)]),
    row("名称に協定書とつくものは何件", "count", [F("doc", "協定書")], no_topic=("名称",)),
    row("シアトル市との覚書の内容を教えて", "lookup", [F("partner", "シアトル")]),
    # Ranked groups: トップ3, 上位, 2番目に多い, the most common, within a region.
    row("協定の多い分野トップ5を教えて", "aggregate", [], group_by="field", top=True),
    row("上位3つの国はどこ？", "aggregate", [], group_by="country", top=True),
    row("Which is the most common field?", "aggregate", [], group_by="field", top=True),
    row("ヨーロッパの国で協定が一番多いのは？", "aggregate", [R("欧州")], group_by="country",
        top=True),
    # The agreements whose signing date the list does not give.
    row("締結日の記載がない協定は何件ですか", "count", [("date", ("締結年の記載なし",), False)]),
    row("Which of Nagasaki's agreements have no signing date?", LISTING,
        [F("party", "長崎県"), ("date", ("締結年の記載なし",), False)]),
    row("それ以外の自治体は？", LISTING, [F("party", "北九州市", ex=True)],
        history=("北九州市の協定",)),
    row("それ以外の国は何件？", "count", [F("party", "長崎県"), F("country", "中国", ex=True)],
        history=("長崎県が中国と結んだ協定",)),
    # A year named from the list's date, half a year, an era's single-digit years.
    row("昨年結ばれた協定はありますか", LISTING, [D((2015, 1), (2015, 12))]),
    row("おととしの長崎県の協定", LISTING, [D((2014, 1), (2014, 12)), F("party", "長崎県")]),
    row("2013年の上半期に締結された協定は何件", "count", [D((2013, 1), (2013, 6))]),
    row("平成一桁に結ばれた協定は？", LISTING, [D((1989, 1), (1997, 12))]),
    # A negated verb leaves the value out: 結んでいない, 締結していない, 関係ない, 相手としない.
    row("中国と結んでいない協定は何件", "count", [F("country", "中国", ex=True)]),
    row("韓国とは協定を締結していない長崎県の協定", LISTING,
        [F("country", "韓国", ex=True), F("party", "長崎県")]),
    row("アメリカとは関係ない協定を全部", "list", [F("country", "米国", ex=True)]),
    row("中国を相手としない協定の数", "count", [F("country", "中国", ex=True)]),
    row("福岡市が結んでいない協定は何件", "count", [F("party", "福岡市", ex=True)]),
    row("2014年に締結していない協定は？", LISTING, [D((2014, 1), (2014, 12), ex=True)]),
    # An era with a relation; ranges whose first year has no 年; 以来.
    row("平成より前に結ばれた協定", LISTING, [D(None, (1988, 12))]),
    row("平成以降の協定は何件", "count", [D((1989, 1), None)]),
    row("昭和以前の協定", LISTING, [D(None, (1989, 1))]),
    row("2000～2005年の福岡市の協定は何件", "count", [D((2000, 1), (2005, 12)),
                                                  F("party", "福岡市")]),
    row("2011-2013の協定", LISTING, [D((2011, 1), (2013, 12))]),
    row("2011年以来の協定は何件", "count", [D((2011, 1), None)]),
    # Values of one kind joined by か, と, または are either; a field written into 協定.
    row("文化か教育の協定", "list", [F("field", "文化", "教育")]),
    row("観光または経済の協定は何件", "count", [F("field", "観光", "経済")]),
    row("韓国との教育協定は何件", "count", [F("country", "韓国"), F("field", "教育")]),
    row("ヨーロッパかアメリカとの協定", "list", [("country", WORLD_REGIONS["欧州"] + ("米国",),
                                                  False)]),
    row("東南アジアと中国の協定は何件", "count",
        [("country", WORLD_REGIONS["東南アジア"] + ("中国",), False)]),
    row("東南アジアのタイとの協定", LISTING, [R("東南アジア"), F("country", "タイ")]),
    row("ヨーロッパとアメリカではどちらが多い", "compare", [], compare=("欧州", "米国")),
    row("中国との協定は韓国より多い？", "compare", [], compare=("中国", "韓国")),
    row("Does Fukuoka have more agreements than Kitakyushu?", "compare", [],
        compare=("福岡市", "北九州市")),
    row("水産業の協定", "list", [F("field", "水産")]),
    row("ロボット産業の協定", "topic", []),  # 産業 (経済) as a compound's tail: no field
    # Two kanji and a suffix with one wrong kanji: the one name it can be, or read alike.
    row("長先県の協定は何件", "count", [F("party", "長崎県")], near=("長先県", "長崎県")),
    # a country with the wrong kanji of the same sound; not a word of its own (中東)
    row("中獄との協定は何件", "count", [F("country", "中国")], near=("中獄", "中国")),
    # a homophone the dictionary knows, where a partner is said (a recogniser's 勧告)
    row("長崎県が勧告と結んだ協定", LISTING, [F("country", "韓国"), F("party", "長崎県")],
        near=("勧告", "韓国")),
    row("勧告を受けた協定", "topic", topic=("勧告", "受ける")),  # (no partner said: the word)
    row("米刻との協定", LISTING, [F("country", "米国")], near=("米刻", "米国")),
    row("中東との協定は", ("none", "list", "lookup"), [R("中東")]),
    row("東南アジアと欧州の協定数の違いは", "compare", compare=("東南アジア", "欧州")),
    row("年代別（10年ごと）の協定数は？", "aggregate", group_by="decade", topic=()),
    row("福丘市の協定は何件", "count", [F("party", "福岡市")], near=("福丘市", "福岡市")),
    row("福山市の協定は何件", "count", [F("party", "福山市")], near=False),  # a real city
    row("ASEAN諸国との協定は何件", "count", [R("ASEAN")]),
    row("アセアンと結んだ協定", LISTING, [R("ASEAN")]),
    row("agreements in Heisei 26", LISTING, [Y(2014)]),
    # でも…でもない, neither … nor; a date is not left out by an exclusion after it.
    row("中国でも韓国でもない国との協定は何件？", "count",
        [F("country", "中国", ex=True), F("country", "韓国", ex=True)]),
    row("経済でも文化でもない協定は何件？", "count",
        [F("field", "経済", ex=True), F("field", "文化", ex=True)]),
    row("How many agreements are neither economic nor cultural?", "count",
        [F("field", "経済", ex=True), F("field", "文化", ex=True)]),
    row("文化分野で2010年以降、中国以外の協定は何件？", "count",
        [F("field", "文化"), D((2010, 1), None), F("country", "中国", ex=True)]),
    row("Does Fukuoka City have any agreement with Shanghai?", LISTING,
        [F("party", "福岡市"), F("partner", "上海")]),
    row("Does Saga Prefecture itself have any agreements?", LISTING,
        [F("party", "佐賀県"), F("level", "県")]),
    # Chinese partners in pinyin; a foreign city in Latin letters the data lacks.
    row("How many agreements does Nagasaki have with Fujian?", "count",
        [F("party", "長崎県"), F("partner", "福建")]),  # 福建博物院 too, as 福建省と
    row("Which agreements are with Zhejiang?", LISTING, [F("partner", "浙江省")]),
    row("Does Kitakyushu have an agreement with Seoul?", LISTING,
        [F("party", "北九州市"), F("partner", "seoul")]),
    # a museum's name, not the small city of Brazil; its katakana (ブラド) by the consonants
    row("Is there an agreement with the Prado Museum?", LISTING,
        [F("partner", "国立ブラド美術館")]),
    row("What is the agreement with Iskandar about?", LISTING,
        [F("partner", "イスカンダル地域開発庁")]),
    # Which fields, which countries: the groups themselves, with their counts.
    row("北九州市はどんな分野で協力している？", "aggregate", [F("party", "北九州市")],
        group_by="field"),
    row("What fields does Kitakyushu cooperate in?", "aggregate", [F("party", "北九州市")],
        group_by="field"),
    row("長崎県はどんな国と協定を結んでいる？", "aggregate", [F("party", "長崎県")],
        group_by="country"),
    # Found by eval/heldout11, measured once as written: levels joined, とのものは除いて,
    # とも…結んでいない, before the year 2000, 何年に何件ずつ, a tally (not Italy).
    row("さがけんの町や市が海外と結んでいる提携を全部出してください", "list",
        [F("party", "佐賀県"), F("level", "市", "町村")]),
    row("平成23年に北九州市が東南アジアの相手と交わした協定を、カンボジアとのものは除いて挙げて",
        "list", [Y(2011), F("party", "北九州市"), R("東南アジア"),
                 F("country", "カンボジア", ex=True)]),
    row("長崎県の協定で、中国とも韓国とも結んでいないものはいくつ？", "count",
        [F("party", "長崎県"), F("country", "中国", ex=True), F("country", "韓国", ex=True)]),
    row("Which agreements in the economy field were concluded before the year 2000?",
        LISTING, [F("field", "経済"), D(None, (1999, 12))]),
    row("福岡市の協定は何年に何件ずつ結ばれている？", "aggregate", [F("party", "福岡市")],
        group_by="year"),
    row("Which field comes up most often? Give me the tally per field.", "aggregate", [],
        group_by="field"),
    # Found by a third probe: 自治体の数, 未満, 少なくとも N件, a field alone, fields each,
    # several fields or parties, differences and ratios, shares.
    row("韓国と協定を結んでいる自治体の数", "aggregate", [F("country", "韓国")],
        group_by="municipality", distinct=True),
    row("2010年未満の協定は何件", "count", [D(None, (2009, 12))]),
    row("少なくとも3件の協定がある国は？", "aggregate", [], group_by="country"),
    row("中国の協定は韓国の何倍？", "compare", [], compare=("中国", "韓国")),
    row("長崎県は福岡市より何件多い？", "compare", [], compare=("長崎県", "福岡市")),
    row("中国との協定の割合は？", "count", [F("country", "中国")]),
    # Several fields are read as ORed values of one filter, 両方 as one filter each.
    row("経済と教育の両方の分野の協定は", LISTING, [F("field", "経済"), F("field", "教育")]),
    # A field said to be held too (…で教育も含むもの): a condition of its own, both to
    # hold; those joined by や before it are either. Not 含めて (included besides).
    row("観光の協定で教育も含むものは", LISTING, [F("field", "観光"), F("field", "教育")]),
    row("まちづくりの協定のうち水道や廃棄物処理を含むもの", LISTING,
        [F("field", "まちづくり"), F("field", "水道", "廃棄物処理")]),
    row("経済分野の協定で観光も対象にしているのは何件", "count",
        [F("field", "経済"), F("field", "観光")]),
    row("agreements on the economy that also cover tourism or education", LISTING,
        [F("field", "経済"), F("field", "観光", "教育")]),
    row("which culture agreements also include the economy?", LISTING,
        [F("field", "文化"), F("field", "経済")]),
    row("環境の協定、水道も含めて一覧で", LISTING, [F("field", "環境", "水道")]),
    row("水道を含む協定は", LISTING, [F("field", "水道")]),
    row("分野が複数ある協定は何件", "count", [("many", ("field",), False)]),
    row("分野が2つ以上ある協定は何件", "count", [("many", ("field",), False)]),
    row("二つ以上の分野にまたがる協定", LISTING, [("many", ("field",), False)]),
    # More than one partner in one agreement: the partner cell lists them (上海市、武漢市…;
    # 湖北省3館 (…記念館、…博物館、…)); 都市 said: cities.
    row("複数の相手と結んだ協定は何件", "count", [("many", ("partner",), False)]),
    row("複数の都市と結んだ協定は", LISTING,
        [("many", ("partner",), False), F("kind", "都市")]),
    row("How many agreements have several partners?", "count",
        [("many", ("partner",), False)]),
    row("複数の自治体が共同で結んだ協定は", LISTING, [("many", ("party",), False)]),
    # English dates: a fiscal year, a range of months, half a year.
    row("How many agreements were signed in fiscal year 2014?", "count",
        [D((2014, 4), (2015, 3))]),
    row("How many agreements were signed from April 2014 to March 2015?", "count",
        [D((2014, 4), (2015, 3))]),
    row("Agreements signed in the first half of 2014?", LISTING, [D((2014, 1), (2014, 6))]),
    # Each of two, counted apart; follow-ups of a year alone, of a comparison, in English.
    row("福岡市の協定は中国と韓国それぞれ何件？", "compare", [F("party", "福岡市")],
        compare=("中国", "韓国")),
    row("What about 2012?", LISTING, [Y(2012)], history=("Agreements signed in 2011?",)),
    row("2012は？", LISTING, [Y(2012)], history=("2011年の協定",)),
    row("では長崎県と比べると？", "compare", [],
        history=("北九州市と福岡市、どちらが協定が多い？",),
        compare=("北九州市", "福岡市", "長崎県")),
    row("長崎県と福岡市で比べると？", "compare", [F("country", "中国")],
        history=("中国との協定は何件？",), compare=("長崎県", "福岡市")),
    row("How many of those were signed after 2010?", "count",
        [F("country", "中国"), D((2011, 1), None)], history=("List agreements with China.",)),
    # Tables picked from: the fewest, the N-th, exactly N, N or more; decades; in order.
    row("協定が最も少ない自治体は", "aggregate", [], group_by="municipality"),
    row("協定が2番目に多い国は", "aggregate", [], group_by="country", top=True),
    row("1件しか協定がない国はどこ？", "aggregate", [], group_by="country"),
    row("協定が一番多かった年は何年", "aggregate", [], group_by="year", top=True),
    row("北九州市は何年に一番多く協定を結んだ？", "aggregate", [F("party", "北九州市")],
        group_by="year", top=True),
    row("韓国との協定を一番多く結んでいるのはどこ", "aggregate", [F("country", "韓国")],
        group_by="municipality", top=True),
    row("年代別の協定数", "aggregate", [], group_by="decade"),
    row("10年ごとに数えて", "aggregate", [], group_by="decade"),
    row("相手国は何カ国ありますか", "aggregate", [], group_by="country", distinct=True),
    row("韓国との協定を古い順に", "extreme", [F("country", "韓国")], order="oldest", limit=0),
    # Parties that signed together: each of them, not either.
    row("熊本県と熊本市が共同で締結した協定は？", LISTING,
        [F("party", "熊本県"), F("party", "熊本市")]),
    row("熊本県と熊本市の協定は何件", "count", [F("party", "熊本県", "熊本市")]),  # either
    row("2001年か2009年に締結された協定は何件", "count",
        [("date", ((2001, 1), (2009, 12), ()), False)]),
    row("平成13年と平成21年の福岡市の協定", LISTING,
        [("date", ((2001, 1), (2009, 12), ()), False), F("party", "福岡市")]),
    # Years counted back as one year (N年前), centuries, a day; superlatives in hiragana
    # with spaces; a Japanese city's name inside a partner's (津市 in 天津市); English
    # negation of a field.
    row("4年前に調印された協定はどれ", LISTING, [Y(2012)]),
    row("六年前の協定はいくつ", "count", [Y(2010)]),
    row("7年前以降に結んだ協定", LISTING, [D((2009, 1), None)]),
    row("agreements signed 2 years ago", LISTING, [Y(2014)]),
    row("20世紀の協定は何件ある", "count", [D((1901, 1), (2000, 12))]),
    row("21世紀になってからの協定を数えて", "count", [D((2001, 1), (2100, 12))]),
    row("21世紀に入ってから結ばれた協定", LISTING, [D((2001, 1), None)]),
    row("Which agreements date from the 20th century?", LISTING, [D((1901, 1), (2000, 12))]),
    row("ふくおかしの いちばん ふるい 協定", "extreme", [F("party", "福岡市")], order="oldest"),
    row("長崎県で一番 新しい協定は", "extreme", [F("party", "長崎県")], order="newest"),
    row("天津市と結んだ協定は何件", "count", [F("partner", "天津市")]),
    row("How many agreements have nothing to do with tourism?", "count",
        [F("field", "観光", ex=True)]),
    row("agreements that are not related to culture", LISTING, [F("field", "文化", ex=True)]),
    # The kind of document said after it (協定書という名称); 毎年 of an activity is no
    # grouping; parties both (両方, both … and) signed it.
    row("合意書という名前の協定は何件", "count", [F("doc", "合意書")]),
    row("毎年代表団を派遣しあう協定", "topic", []),
    row("毎年何件ずつ協定を結んだ？", "aggregate", [], group_by="year"),
    row("熊本県と熊本市の両方が締結した協定", LISTING,
        [F("party", "熊本県"), F("party", "熊本市")]),
    row("agreements signed by both Kumamoto City and Kumamoto Prefecture", LISTING,
        [F("party", "熊本県"), F("party", "熊本市")]),
    row("教育面で協力している協定は何件", "count", [F("field", "教育")]),  # 面: an aspect
    # Follow-ups keep the last question's operation (the oldest, a comparison, a table)
    # and add exclusions said with さらに / そのうち / も除く; English exclusions said once
    # before several values, and not across a comma into the next condition.
    row("じゃあ米国は？", "extreme", [F("country", "米国")], order="oldest",
        history=("韓国との協定で最も古いのはどれ",)),
    row("長崎県では？", "extreme", [F("country", "中国"), F("party", "長崎県")],
        order="newest", history=("中国との一番新しい協定",)),
    row("中国との協定では？", "compare", [F("country", "中国")],
        compare=("北九州市", "長崎県"), history=("北九州市と長崎県ではどちらが多い？",)),
    row("長崎県に限ると？", "aggregate", [F("party", "長崎県")], group_by="country",
        history=("国別の件数を出して",)),
    row("さらに台湾も除くと？", LISTING,
        [F("party", "熊本県"), F("country", "米国", ex=True), F("country", "台湾", ex=True)],
        history=("熊本県の協定", "米国を除くと？")),
    row("そのうち米国を除くと？", "count",
        [F("party", "福岡市"), F("country", "中国", ex=True), F("country", "米国", ex=True)],
        history=("福岡市の協定は何件？", "中国以外では？")),
    row("中国と協定を結んでいる県は？", "aggregate", [F("country", "中国")],
        group_by="prefecture"),
    row("Which prefectures signed agreements with Taiwan?", "aggregate",
        [F("country", "台湾")], group_by="prefecture"),
    row("どの県が協定が最も多い？", "aggregate", [], group_by="prefecture", top=True),
    row("How many partner countries does Nagasaki have?", "aggregate",
        [F("party", "長崎県")], group_by="country", distinct=True),
    row("agreements connected to the Tokyo 2020 Olympics", "topic", []),
    row("じゃあ博物館は？", LISTING, [F("party", "長崎県")], topic=("博物館",),
        history=("長崎県の協定", "大学のものは？")),  # じゃあ: other words instead
    row("そのうち美術館は？", LISTING, [F("party", "長崎県")], topic=("大学", "美術館"),
        history=("長崎県の協定", "大学のものは？")),  # そのうち: more words
    row("韓国との協定ってどのくらいあるの", "count", [F("country", "韓国")]),
    row("一昨年と去年に結ばれた協定", LISTING,
        [("date", ((2014, 1), (2015, 12), ()), False)]),  # either year (only_years)
    row("Which partner cities have the most agreements?", "aggregate", [],
        group_by="partner", top=True),
    row("Which city has the most agreements?", "aggregate", [], group_by="municipality",
        top=True),
    row("agreements not involving Korea or Taiwan", LISTING,
        [F("country", "韓国", ex=True), F("country", "台湾", ex=True)]),
    row("agreements that are not about the economy, signed by Fukuoka City", LISTING,
        [F("field", "経済", ex=True), F("party", "福岡市")]),
    row("中国と韓国では、いずれが多いでしょうか", "compare", compare=("中国", "韓国")),
    row("平成15年と平成17年、どれが多い？", "compare", compare=("2003", "2005")),
    # two-kana foreign names typed in hiragana (たい), several in one run of hiragana
    row("たいとの協定はなんけん？", "count", [F("country", "タイ")]),
    row("中国とたいの協定は何件", "count", [F("country", "中国", "タイ")]),
    row("かんぼじあとべとなむの協定は何件", "count", [F("country", "カンボジア", "ベトナム")]),
    row("教えてもらいたいです、中国の協定", LISTING, [F("country", "中国")]),
    # which is largest, said without 一番 (協定が多いのはどこ); most countries: the parties
    row("協定が多いのはどこ", "aggregate", [], group_by="municipality", top=True),
    row("協定がすごく多い自治体は？", "aggregate", [], group_by="municipality", top=True),
    row("中国との協定が多いのはどこ", "aggregate", [F("country", "中国")],
        group_by="municipality", top=True),
    row("最も多くの国と協定を結んでいるのはどこ？", "aggregate", [], group_by="municipality",
        top=True, count_of="country"),
    row("いちばん多くの国と提携しているのは？", "aggregate", [], group_by="municipality",
        top=True, count_of="country"),
    row("最も多くの国と協定を結んでいる県は", "aggregate", [], group_by="prefecture",
        top=True, count_of="country"),
    row("Which city has agreements with the most countries?", "aggregate", [],
        group_by="municipality", top=True, count_of="country"),
    # English negation contracted; an exclusion after four words
    row("List every agreement signed after 2012 that isn't with China or Korea.", LISTING,
        [D((2013, 1), None), F("country", "中国", ex=True), F("country", "韓国", ex=True)]),
    row("How many agreements don't involve China?", "count", [F("country", "中国", ex=True)]),
    row("Which agreements weren’t signed with Korea?", LISTING, [F("country", "韓国", ex=True)]),
    row("List the agreements with Chinese partners other than the ones signed by Nagasaki "
        "Prefecture.", LISTING, [F("country", "中国"), F("party", "長崎県", ex=True)]),
    # airport codes are no names (can ≠ 広州, sea ≠ シアトル)
    row("I can not find the agreements with the sea", ("list", "lookup", "topic"), [],
        no_topic=("広州", "シアトル")),
    # memoranda, memoranda of understanding (MOU), 覚え書き and メモランダム are 覚書
    row("How many memoranda are there?", "count", [F("doc", "覚書")]),
    row("How many memorandums of understanding with China?", "count",
        [F("country", "中国"), F("doc", "覚書")]),
    row("MOUは何件ある？", "count", [F("doc", "覚書")]),
    row("福岡市の覚え書きを一覧で", LISTING, [F("party", "福岡市"), F("doc", "覚書")]),
    row("メモランダムは何件", "count", [F("doc", "覚書")]),
    # a kind's own word in katakana is a topic, not a body's name; a country as Chinese
    # writes it
    row("韓国のミュージアムと長崎県の協定", LISTING,
        [F("country", "韓国"), F("party", "長崎県")], topic=("ミュージアム",)),
    row("美国的协定は何件", "count", [F("country", "米国")]),
    # a left-out left out again keeps the value; the undated left out are the dated;
    # のぞいたら
    row("アジア以外との協定を除いた件数", "count", [R("アジア")]),
    row("中国以外を除いた協定", LISTING, [F("country", "中国")]),
    row("締結日不明のものを除いた中国との協定", LISTING,
        [("date", ("締結年の記載あり",), False), F("country", "中国")]),
    # a table by the kind of document the agreement's name says; 覚書 and 協定書 compared
    row("一番多い文書の種類は？", "aggregate", group_by="doc", top=True),
    row("How many agreements of each document type?", "aggregate", group_by="doc"),
    row("覚書と協定書はどちらが多い？", "compare", compare=("覚書", "協定書")),
    # the calendar year against the fiscal one; FY before Japanese
    row("Which agreements were signed in calendar year 2011?", LISTING, [D((2011, 1), (2011, 12))]),
    row("2011暦年の協定", LISTING, [D((2011, 1), (2011, 12))]),
    row("FY2011の協定", LISTING, [D((2011, 4), (2012, 3))]),
    # a place suffix typed as a kanji of its reading; 水道 in a preamble is no place
    row("北九州氏の協定", LISTING, [F("party", "北九州市")]),
    row("水道局に勤めている者です。タイとの協定を教えてください", LISTING, [F("country", "タイ")],
        no_topic=("水道",)),
    row("中国と韓国をのぞいたら、ほかの国との提携って何件？", "count",
        [F("country", "中国", ex=True), F("country", "韓国", ex=True)]),
    # English halves of a decade, era years with a relation, the N newest, the first
    row("agreements signed in the early 2000s", LISTING, [D((2000, 1), (2004, 12))]),
    row("How many in the late 1990s?", "count", [D((1995, 1), (1999, 12))]),
    row("Agreements of Fukuoka City before Heisei 15", LISTING,
        [D(None, (2002, 12)), F("party", "福岡市")]),
    row("signed after Showa 60", LISTING, [D((1986, 1), None)]),
    row("Show the 3 newest agreements", "extreme", order="newest", limit=3),
    row("The 5 most recent agreements with China", "extreme", [F("country", "中国")],
        order="newest", limit=5),
    row("First agreement with China", "extreme", [F("country", "中国")], order="oldest"),
    # two letters typed the other way round: the name, the correction shown
    row("How many agreements with Chnia?", "count", [F("country", "中国")],
        near=("Chnia", "中国")),
    row("Agreements with Koera", LISTING, [F("country", "韓国")], near=("Koera", "韓国")),
    row("Nagaaski agreements", LISTING, [F("party", "長崎県")], near=("Nagaaski", "長崎")),
    # English: Western countries, signed by towns / prefectures, a country's cities, vs
    row("How many agreements with Western countries?", "count", [R("欧米")]),
    row("How many agreements signed by towns?", "count", [F("level", "町村")]),
    row("How many agreements were signed by prefectures?", "count", [F("level", "県")]),
    row("count agreements by prefecture", "aggregate", [], group_by="prefecture"),
    row("How many agreements with Chinese cities?", "count",
        [F("country", "中国"), F("kind", "都市")]),
    row("Kitakyushu vs Nagasaki agreements with China", "compare", [F("country", "中国")],
        compare=("北九州市", "長崎県")),
    # named values side by side: 、いちばん多いのは, 同じ件数, 多い順 (not …と数えると、)
    row("米国とタイとベトナム、いちばん多いのは？", "compare",
        compare=("米国", "タイ", "ベトナム")),
    row("ベトナムとタイは同じ件数？", "compare", compare=("ベトナム", "タイ")),
    row("2014年と2011年と2013年、多い順に", "compare", compare=("2014", "2011", "2013")),
    row("Do Vietnam and Thailand have the same number of agreements?", "compare",
        compare=("ベトナム", "タイ")),
    row("福岡市と北九州市の協定で、多い分野は？", "aggregate", [F("party", "福岡市", "北九州市")],
        group_by="field", top=True),
    row("朝鮮半島との協定は何件", "count", [R("朝鮮半島")]),
    row("中華圏の協定は何件", "count", [R("中華圏")]),
    row("agreements with the Korean peninsula", LISTING, [R("朝鮮半島")]),
    # a sentence saying what the asker does is no condition; 漏れなく is すべて; ご/お
    row("国際交流担当として庁内向けのメモを作成しております。長崎県が平成22年から平成25年までの間に"
        "締結した協定のうち、分野に教育を含まないものを漏れなくお示しいただけますでしょうか。",
        "list", [F("party", "長崎県"), D((2010, 1), (2013, 12)), F("field", "教育", ex=True)],
        topic=()),
    row("卒論を書いています。中国との協定は何件？", "count", [F("country", "中国")], topic=()),
    row("長崎県の協定をご教示ください", "list", [F("party", "長崎県")], topic=()),
    row("長崎県の協定をすべてお示しください", "list", [F("party", "長崎県")], topic=()),
    # a table asked of a region's members is a table, not each member a side
    row("九州各県の動きを比べたいので、協定の件数を県ごとに集計してもらえますか。", "aggregate",
        [F("party", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県")],
        group_by="prefecture"),
    # a bare name listed with prefectures is one (福岡・佐賀・長崎); a region restated
    row("福岡・佐賀・長崎の協定は何件", "count", [F("party", "福岡県", "佐賀県", "長崎県")]),
    row("福岡と北九州の協定", LISTING, [F("party", "福岡市", "北九州市")]),
    row("九州北部（福岡・佐賀・長崎）の自治体が台湾と結んだ協定は何件？", "count",
        [F("party", "福岡県", "佐賀県", "長崎県"), F("country", "台湾")]),
    row("九州（福岡県を除く）の協定は何件", "count",
        [F("party", *REGIONS["九州"]), F("party", "福岡県", ex=True)]),
    row("List Fukuoka City's agreements chronologically", "extreme", [F("party", "福岡市")],
        order="oldest", limit=0),
    row("sort by date", "extreme", [F("party", "長崎県"), F("country", "中国")],
        history=("Nagasaki agreements with China",), order="oldest", limit=0),
    row("日付順で", "extreme", [F("party", "長崎県")], history=("長崎県の協定",),
        order="oldest", limit=0),
    # English bounds and short forms of years; two names joined by a hyphen
    row("agreements signed up to 2001", LISTING, [D(None, (2001, 12))]),
    row("How many were signed prior to 2001?", "count", [D(None, (2000, 12))]),
    row("agreements signed through 2001", LISTING, [D(None, (2001, 12))]),
    row("List agreements from 2013", LISTING, [Y(2013)]),
    row("agreements in H26", LISTING, [Y(2014)]),
    row("agreements in the 80s", LISTING, [D((1980, 1), (1989, 12))]),
    row("'14年の協定は何件？", "count", [Y(2014)]),
    row("What is the Nagasaki-Shanghai agreement about?", ("lookup", "list"),
        [F("party", "長崎県"), F("partner", "上海")]),
    # a sentence of katakana words and kana particles (no kanji): read as kana
    row("チュウゴクとのキョウテイはナンケン？", "count", [F("country", "中国")], near=False),
    # the parties or countries themselves asked with 挙げて / 教えて / はどこ
    row("中国と協定を結んでいる自治体を全部挙げて", "aggregate", [F("country", "中国")],
        group_by="municipality"),
    row("福岡市が協定を結んでいる国をすべて教えて", "aggregate", [F("party", "福岡市")],
        group_by="country"),
    row("長崎県が協定を結んでいる国はどこ？", "aggregate", [F("party", "長崎県")],
        group_by="country"),
    row("韓国はどこですか", ("list", "lookup", "count"), [F("country", "韓国")]),
    row("佐賀県と熊本県の協定数は同じ？", "compare", compare=("佐賀県", "熊本県")),
    row("協定が最も多かった年代はいつ？", "aggregate", [], group_by="decade", top=True),
    row("1990年代で一番多い国は", "aggregate", [D((1990, 1), (1999, 12))], group_by="country",
        top=True),
    # months of any year as a range or a season; fiscal-year ranges
    row("6〜8月に締結された協定", LISTING, [M(6, 7, 8)]),
    # months across the turn of a year; months said apart from the years they narrow; a
    # value corrected as it is said
    row("11月から1月までに締結された協定は何件", "count", [M(11, 12, 1)]),
    row("2012年の協定のうち4月から6月のものは？", LISTING,
        [D((2012, 1), (2012, 12), months=(4, 5, 6))]),
    row("7月〜9月に結んだ2010年代の協定", LISTING, [D((2010, 1), (2019, 12), months=(7, 8, 9))]),
    row("2013年の3月と9月に締結された協定", LISTING, [D((2013, 1), (2013, 12), months=(3, 9))]),
    row("佐賀県…いや、熊本県の協定は何件", "count", [F("party", "熊本県")]),
    row("2012年、あ、間違えた、2015年に結んだ協定", LISTING, [Y(2015)]),
    row("環境分野、じゃなくて経済分野の協定", LISTING, [F("field", "経済")]),
    row("韓国との協定を…やっぱり台湾との協定を見せて", LISTING, [F("country", "台湾")]),
    row("上半期（1〜6月）の協定", LISTING, [M(1, 2, 3, 4, 5, 6)]),
    row("夏に締結された協定", LISTING, [M(6, 7, 8)]),
    row("冬に締結された協定は？", LISTING, [M(12, 1, 2)]),
    row("agreements signed in winter", LISTING, [M(12, 1, 2)]),
    row("春日市の協定", LISTING, [F("party", "春日市")]),
    row("平成26〜27年度の協定", LISTING, [D((2014, 4), (2016, 3))]),
    row("2011年度から2013年度までの協定", LISTING, [D((2011, 4), (2014, 3))]),
    row("5月と8月ではどちらが多い？", "compare", compare=("5月", "8月")),
    # a word the agreement's name is said to hold
    row("「友好」という言葉が協定名に入っているものは？", "list", [F("doc", "友好")]),
    row("名称に「交流」を含む協定は何件", "count", [F("doc", "交流")]),
    # …said not to hold it, whatever the order and the verb
    row("名称に「交流」を含まない協定は何件", "count", [F("doc", "交流", ex=True)]),
    row("「友好」が名前に入っていない協定は何件", "count", [F("doc", "友好", ex=True)]),
    row("北九州市の協定のうち、名前に「協定」が入っていないもの", LISTING,
        [F("party", "北九州市"), F("doc", "協定", ex=True)]),
    row("名前に「覚書」を含まない福岡市の協定は？", LISTING,
        [F("doc", "覚書", ex=True), F("party", "福岡市")]),
    row("名称に「協議書」を含まない長崎県の協定は何件？", "count",
        [F("doc", "協議書", ex=True), F("party", "長崎県")]),
    row('agreements with "経済" in the name', "list", [F("doc", "経済")]),
    row("How many agreements are with cities?", "count", [F("kind", "都市")]),
    row("List the municipalities", "aggregate", [], group_by="municipality"),
    row("北九州市のぶんを除いて、東南アジアの国と結んでる協定ってどれ？", LISTING,
        [F("party", "北九州市", ex=True), R("東南アジア")]),
    row("この一覧の時点から見て、前の年と今年に結ばれた協定はどれですか", LISTING,
        [("date", ((2015, 1), (2016, 12), ()), False)]),
    row("平成26年の夏に長崎県が結んだ協定の数を教えてください", "count",
        [F("party", "長崎県"), D((2014, 6), (2014, 8))]),
    row("2013年の冬の協定", LISTING, [D((2013, 12), (2014, 2))]),
    row("平成20年代（2008年〜2017年）に結ばれた、文化交流の分野の協定は何件？", "count",
        [D((2008, 1), (2017, 12)), F("field", "文化")], no_topic=("平成", "年代")),
    row("熊本県の協定と韓国との協定、多いのはどっち", "compare",
        compare=("熊本県", "韓国")),  # two values of different kinds, side by side
    row("べトナムとの協定は何件", "count", [F("country", "ベトナム")]),  # hiragana べ
    row("廃棄物処理に関する協力は？", "topic"),  # a topic said alone, not a bare condition
    # a bureau's written Japanese: the partner said as 相手方, a party's 締結分 left out
    row("熊本市締結の協定のうち、米国を相手方とするものを除いたもの", LISTING,
        [F("party", "熊本市"), F("country", "米国", ex=True)]),
    row("韓国を相手方とする協定の件数（福岡市締結分を除く）", "count",
        [F("country", "韓国"), F("party", "福岡市", ex=True)]),
    row("北九州市締結分と中国を相手方とする協定とでは、いずれが多いか", "compare",
        compare=("北九州市", "中国")),
    # the value said first and then left out is left out; said again otherwise: the second
    row("佐賀県は韓国ばかりの印象ですが、逆に韓国以外の協定は？", LISTING,
        [F("party", "佐賀県"), F("country", "韓国", ex=True)]),
    row("分野別、つまり国ごとに数えて", "aggregate", group_by="country"),
    row("Saga or Kumamoto Prefecture: which one has signed the most agreements?", "compare",
        compare=("佐賀県", "熊本県")),
    row("台湾との協定はいくつ？ あ、まちがえた、タイとの協定はいくつ？", "count",
        [F("country", "タイ")]),
    row("けえざいのきょうていはなんけん", "count", [F("field", "経済")]),  # as it sounds
    # a province said in English is the province the data names, as in Japanese
    row("Agreements with Zhejiang province", LISTING, [F("partner", "浙江省")]),
    row("How many agreements with Chinese provinces?", "count",
        [F("country", "中国"), F("kind", "州・省")]),
    # a correction said after the question, as a value alone or in English
    row("2003年の協定は何件？いや、2009年でした", "count", [Y(2009)]),
    row("ベトナムとの協定を教えて。あ、カンボジアのほうでした", LISTING,
        [F("country", "カンボジア")]),
    row("How many agreements with Korea, sorry, I meant China?", "count",
        [F("country", "中国")]),
    row("2011年の10月から翌年3月までの協定", LISTING, [D((2011, 10), (2012, 3))]),
    row("2013年の協定と台湾との協定はどちらが多い？", "compare",
        compare=("2013", "台湾")),  # a date against a country
    row("地域ごとの協定の数を知りたい", "aggregate", group_by="region"),  # M49 subregions
    row("Break the agreements down by world region", "aggregate", group_by="region"),
    row("国・地域別の件数", "aggregate", group_by="country"),
    row("1900年代に締結された協定は何件", "count", [D((1900, 1), (1999, 12))]),  # a century
    row("1900年代後半の協定", LISTING, [D((1950, 1), (1999, 12))]),
    row("人的交流分野の協定は？", LISTING, [F("field", "人的")]),  # the exchange's field
    row("科学技術交流の分野の協定は何件", "count", [F("field", "科学技術")]),
    row("2001年より前と2012年以降ではどちらが多い？", "compare",
        compare=("2001年より前", "2012年以降")),  # two dates said any way: each a side
    row("平成10年代と平成20年代の協定数を比べて", "compare",
        compare=("平成10年代（1998年から2007年）", "平成20年代（2008年から2017年）")),
    row("平成の後半（平成16〜28年）の協定は何件", "count", [D((2004, 1), (2016, 12))],
        topic=()),  # an era's word is no topic word
    row("長崎県の協定を確認させてください", LISTING, [F("party", "長崎県")], topic=()),
    row("中国の都市や省と結んだ協定の数", "count",
        [F("country", "中国"), F("kind", "都市", "州・省")]),
    row("協定を締結している自治体ごとの件数、ならびに最も件数の多い自治体をお示しください。",
        "aggregate", [], group_by="municipality", topic=()),
    row("冬（12月・1月・2月）に締結された協定ってある？", LISTING, [M(12, 1, 2)]),
    row("5月と8月の協定", LISTING, [M(5, 8)]),
    row("長崎県の協定を締結年別に集計してください。締結年の記載がないものは別扱いでお願いします。",
        "aggregate", [F("party", "長崎県")], group_by="year"),
    row("北九州市がベトナムと結んだ水道分野の協定で新しい方は？", "extreme",
        [F("party", "北九州市"), F("country", "ベトナム"), F("field", "水道")], order="newest"),
    row("Which of Kitakyushu's Vietnam water agreements is newer?", "extreme",
        [F("party", "北九州市"), F("country", "ベトナム"), F("field", "水道")], order="newest"),
    row("Kitakyushu, Fukuoka City and Nagasaki — how many agreements each?", "compare",
        compare=("北九州市", "福岡市", "長崎県")),
    row("福岡市の協定で、相手が中国、分野は経済、2004年以降に締結されたものを全部リストアップして"
        "ください。ただし広州市との覚書は除外で。", LISTING,
        [F("party", "福岡市"), F("country", "中国"), F("field", "経済"), D((2004, 1), None),
         F("partner", "広州市", ex=True)]),
    row("福岡市の協定相手の国は？", "aggregate", [F("party", "福岡市")], group_by="country"),
    row("Nagasaki agreements with China, not in culture, signed in 2000 or later", LISTING,
        [F("party", "長崎県"), F("country", "中国"), F("field", "文化", ex=True),
         D((2000, 1), None)]),
    row("北九州市が一番最近結んだ協定は何の分野？", "extreme", [F("party", "北九州市")],
        order="newest"),
    row("When was the Fukuoka-Busan joint tourism agreement signed?", "lookup",
        [F("party", "福岡市"), F("partner", "釜山"), F("field", "観光")]),
    row("any agreements w/ western partners (US or europe)? list pls", LISTING,
        [("country", (*WORLD_REGIONS["欧米"], *WORLD_REGIONS["欧州"], "米国"), False)]),
    # by month, by era
    row("月別の協定数", "aggregate", [], group_by="month"),
    row("何月の締結が一番多い？", "aggregate", [], group_by="month", top=True),
    row("agreements by month", "aggregate", [], group_by="month"),
    row("元号別に数えて", "aggregate", [], group_by="era"),
    row("4月の協定", LISTING, [M(4)]),
    # grouping words in kana, hyphenated English; notes in brackets that widen; a region
    # restated by its members before 以外; exclusions said with のもの, 除き
    row("福岡市の協定をくにべつに数えて", "aggregate", [F("party", "福岡市")],
        group_by="country"),
    row("a per-country tally of Kitakyushu's agreements", "aggregate",
        [F("party", "北九州市")], group_by="country"),
    row("熊本県（県そのものと県内の市町村を含む）の協定は何件", "count", [F("party", "熊本県")]),
    row("長崎県の文化分野の協定（複数の分野にまたがるものも含めて）を全部", "list",
        [F("party", "長崎県"), F("field", "文化")]),
    row("年ごとの件数（共同で結んだものも1件として数えて）", "aggregate", [],
        group_by="year"),
    row("東南アジア（タイ・ベトナムなど）の協定は何件", "count",
        [("country", WORLD_REGIONS["東南アジア"], False)]),
    # (the members said in brackets: the region itself left out)
    row("欧州（スペイン・オランダ）以外との協定は何件", "count", [R("欧州", ex=True)]),
    row("北九州市の協定で、水道分野のものを除いたもの", "list",
        [F("party", "北九州市"), F("field", "水道", ex=True)]),
    row("韓国を除き、2010年以降の協定は何件", "count",
        [F("country", "韓国", ex=True), D((2010, 1), None)]),
    row("北九州市の協定のうち環境分野のものを除いた残りを全部", "list",
        [F("party", "北九州市"), F("field", "環境", ex=True)]),
    # a place of no party run into the noun after it names a thing; one voicing mark off
    row("agreements about the tokyo olympics", "topic", [], topic=("東京", "olympics")),
    row("ありだちょうの協定", LISTING, [F("party", "有田町")]),
    row("ぶくおかしと中国の協定は何件", "count", [F("party", "福岡市"), F("country", "中国")]),
    # exclusions said with other verbs: 抜き, 省く, 外す, 入れない, 含めず, なし, 数えない, 引く
    row("韓国抜きだと協定はいくつ", "count", [F("country", "韓国", ex=True)]),
    row("米国を省いて福岡市の協定を数えて", "count",
        [F("country", "米国", ex=True), F("party", "福岡市")]),
    row("北九州市を外すと環境分野の協定は？", LISTING,
        [F("party", "北九州市", ex=True), F("field", "環境")]),
    row("タイは入れずに東南アジアとの協定を全部", "list",
        [F("country", "タイ", ex=True), ("country", WORLD_REGIONS["東南アジア"], False)]),
    row("経済分野を含めない長崎県の協定", LISTING,
        [F("field", "経済", ex=True), F("party", "長崎県")]),
    row("韓国なしの協定一覧", "list", [F("country", "韓国", ex=True)]),
    row("福岡市の協定から韓国との協定を引くと何件", "count",
        [F("party", "福岡市"), F("country", "韓国", ex=True)]),
    row("how many are there not counting Nagasaki Prefecture", "count",
        [F("party", "長崎県", ex=True)]),
    # open ranges with a wave dash; two bounds; either of two open ranges; neither of two
    row("平成22年〜の協定は何件", "count", [D((2010, 1), None)]),
    row("2013〜の協定", LISTING, [D((2013, 1), None)]),
    row("〜2003年の協定は何件", "count", [D(None, (2003, 12))]),
    row("2011年より後、2013年より前に結んだ協定", LISTING, [D((2012, 1), (2012, 12))]),
    row("2003年を超えて2006年未満の協定は何件", "count", [D((2004, 1), (2005, 12))]),
    row("1999年以前または2014年以降の協定は何件", "count",
        [("date", ((1868, 1), (2100, 12), ()), False)], id="either of two open ranges"),
    row("文化分野でも教育分野でもない協定は何件", "count",
        [F("field", "文化", ex=True), F("field", "教育", ex=True)]),
    # 最多 / 最少; how many prefectures, how many signing years
    row("協定数が最多の国は", "aggregate", [], group_by="country", top=True),
    row("協定が最少の県は？", "aggregate", [], group_by="prefecture", top=True),
    row("中国と協定のある県は何県", "aggregate", [F("country", "中国")],
        group_by="prefecture", distinct=True),
    row("How many prefectures have agreements with China?", "aggregate", [F("country", "中国")],
        group_by="prefecture", distinct=True),
    row("締結年は何種類？", "aggregate", [], group_by="year", distinct=True),
    # comparisons said otherwise: より多いですか, 少ない方, fewer, bigger, 倍, 半分
    row("福岡市は北九州市より協定が多い？", "compare", compare=("福岡市", "北九州市")),
    row("長崎県と福岡県、協定が少ないほうは", "compare", compare=("長崎県", "福岡県")),
    row("Which has fewer agreements, the US or Thailand?", "compare", compare=("米国", "タイ")),
    row("韓国との協定は中国との協定の半分以上？", "compare", compare=("韓国", "中国")),
    # follow-ups: the rest of the condition said last; a comparison with the last value;
    # a new pair; the sides summed; a group of the last table; a ranking of all values
    row("それ以外は？", LISTING, [F("party", "北九州市"), F("country", "タイ", ex=True)],
        history=("北九州市のタイとの協定",)),
    row("それ以外は何件", "count", [F("party", "長崎県"), D((2013, 1), None)],
        history=("長崎県の協定", "2012年以前のもの")),
    row("それ以外は？", LISTING, [F("party", "北九州市"), F("field", "水道")],
        history=("北九州市の協定", "水道以外")),
    row("それ以外の中国との協定は？", LISTING,
        [F("partner", "上海", ex=True), F("country", "中国")], history=("上海との協定",)),
    row("and without Thailand too?", "count",
        [F("party", "北九州市"), F("country", "ベトナム", ex=True),
         F("country", "タイ", ex=True)],
        history=("How many agreements does Kitakyushu have?", "without Vietnam?")),
    row("北九州市と比べると？", "compare", compare=("長崎県", "北九州市"),
        history=("長崎県の協定は何件",)),
    row("compare with Fukuoka City", "compare", compare=("北九州市", "福岡市"),
        history=("How many agreements does Kitakyushu have?",)),
    row("では米国とタイは？", "compare", compare=("米国", "タイ"),
        history=("中国と韓国、どちらが多い？",)),
    row("合計は？", "count", [F("party", "福岡市", "北九州市")],
        history=("福岡市と北九州市はそれぞれ何件？",)),
    row("韓国のものを挙げて", "list", [F("party", "長崎県"), F("country", "韓国")],
        history=("長崎県の協定を国別に数えて",)),
    row("3番目に多い国は？", "aggregate", [], group_by="country",
        history=("韓国との協定は何件？",)),
    row("not water ones", LISTING, [F("party", "北九州市"), F("field", "水道", ex=True)],
        history=("Kitakyushu agreements",)),
    # one kanji alone is a subject (水, 魚), not the piece of a word said elsewhere (上下水道と
    # 水), nor beside longer words; a short katakana word is no piece of a name (アート)
    row("魚に関する協定", "topic", [], topic=("魚",)),
    row("韓国との水に関する協定", LISTING, [F("country", "韓国")], topic=("水",)),
    row("上下水道とか水の協定", "topic", [], topic=("上下水道",), no_topic=("水",)),
    row("料金にならない水を減らす協定", "topic", [], no_topic=("水",)),
    row("アートに関する協定", "topic", [], topic=("アート",)),
    row("北九州市のごみに関する協定", LISTING, [F("party", "北九州市")], topic=("ごみ",)),
    # exactly N; English numbers in words; the past decade; ROK; grouping words in hiragana
    row("ちょうど1件の自治体は", "aggregate", [], group_by="municipality", top=True),
    row("Which countries have exactly three agreements?", "aggregate", [], group_by="country",
        top=True),
    row("agreements signed in the last three years", LISTING, [D((2013, 9), (2016, 9))]),
    row("How many agreements from the past decade?", "count", [D((2006, 9), (2016, 9))]),
    row("agreements with the ROK", LISTING, [F("country", "韓国")]),
    row("くにべつのきょうていすう", "aggregate", [], group_by="country"),
    row("けんべつに数えて", "aggregate", [], group_by="prefecture"),
    # an open range said not to hold: its other side; signed jointly, in English
    row("2012年より前じゃない協定は何件", "count", [D((2012, 1), None)]),
    row("agreements not signed after 2005", LISTING, [D(None, (2005, 12))]),
    row("Which agreements were signed jointly by more than one local government?", LISTING,
        [("many", ("party",), False)]),
    # values joined by または before 以外; 〜と結んだもの以外; a known date said はっきり;
    # URLのない; 最後に結んだ; English levels; 九州 at the head of an organisation's name;
    # a mean per year said 1年に平均
    row("米国または韓国以外の国との協定は何件", "count",
        [F("country", "米国", ex=True), F("country", "韓国", ex=True)]),
    row("博物館と結んだもの以外の長崎県の協定", LISTING,
        [F("party", "長崎県"), ("text", ("博物館",), True)]),
    row("締結日がはっきりしている協定は何件", "count", [("date", ("締結年の記載あり",), False)]),
    row("締結年が明記されていない協定は何件", "count", [("date", ("締結年の記載なし",), False)]),
    row("How many agreements have a signing date?", "count",
        [("date", ("締結年の記載あり",), False)]),
    row("URLのない協定", LISTING, [("url", ("none",), False)]),
    row("北九州市が最後に結んだ協定は？", "extreme", [F("party", "北九州市")], order="newest"),
    row("How many agreements did towns sign?", "count", [F("level", "町村")]),
    row("What are the agreements of prefectures themselves?", LISTING, [F("level", "県")]),
    # not the region 九州: an institution the data lacks (institutions.py), as a partner
    row("九州大学との協定", ("topic", "lookup", "list"), [("partner", ("九州大学",), False)]),
    row("1年に平均何件協定が結ばれていますか", "aggregate", [], group_by="year"),
    row("米国もタイも協定を結んでいる自治体は", "aggregate", [F("country", "米国", "タイ")],
        group_by="municipality"),
    row("Nagasaki's longest-running agreement", "extreme", [F("party", "長崎県")],
        order="oldest"),
    # English follow-ups: how about, other than, just a year; 全部でいくつ after two counts;
    # a detail of the oldest; the other half of the year
    row("How about Korea?", "count", [F("party", "福岡市"), D((2003, 1), (2003, 12)),
                                      F("country", "韓国")],
        history=("How many agreements does Fukuoka City have?", "Only the ones from 2003?")),
    row("Other than Korea?", "count", [F("party", "福岡市"), F("country", "韓国", ex=True)],
        history=("How many agreements does Fukuoka City have?",)),
    row("Just 2005?", LISTING, [F("party", "福岡市"), D((2005, 1), (2005, 12))],
        history=("福岡市の協定",)),
    row("全部でいくつ？", "count", [F("country", "米国", "タイ")],
        history=("米国との協定は何件？", "タイは？")),
    row("その分野は？", "extreme", [F("party", "福岡市")], order="oldest",
        history=("福岡市の一番古い協定は？",)),
    row("後半は？", LISTING, [D((2014, 7), (2014, 12))], history=("2014年の前半の協定",)),
    # English months and seasons of a year, with a relation; a web link
    row("agreements signed before April 2011", LISTING, [D(None, (2011, 3))]),
    row("How many agreements since May 2013?", "count", [D((2013, 5), None)]),
    row("agreements from spring 2014", LISTING, [D((2014, 3), (2014, 5))]),
    row("Which agreements have a web link?", LISTING, [("url", ("url",), False)]),
    # What a summary tells of an agreement's history: the other side's proposal; a name
    # changed (history.py)
    row("相手方からの申し出で結ばれた協定は何件", "count", [("history", ("proposed",), False)]),
    row("先方から要請されて結んだ覚書", LISTING,
        [("history", ("proposed",), False), ("doc", ("覚書",), False)]),
    row("agreements initiated by the partner", LISTING, [("history", ("proposed",), False)]),
    row("名称が途中で改まった相手先", LISTING, [("history", ("renamed",), False)]),
    row("Which partners were renamed?", LISTING, [("history", ("renamed",), False)]),
    # 〜に所在するものを除いた; two values and a grouping of another kind (a table, not sides);
    # 相手国が…でもない (a condition, not the countries asked); from the year before the list's
    row("大学を相手とする協定のうち、相手が中国に所在するものを除いたもの", LISTING,
        [F("country", "中国", ex=True)], topic=("大学",)),
    row("相手が米国またはタイの協定は、自治体別にそれぞれ何件？", "aggregate",
        [F("country", "米国", "タイ")], group_by="municipality"),
    row("福岡市の協定で、相手国が米国でも韓国でもないものは？", LISTING,
        [F("party", "福岡市"), F("country", "米国", ex=True), F("country", "韓国", ex=True)]),
    row("去年から今までに結ばれた協定は何件", "count", [D((2015, 1), None)]),
    # which municipalities …? List the agreements.: the list asked in a sentence after
    row("Which municipalities have agreements with Thailand? List the agreements.", "list",
        [F("country", "タイ")]),
    row("韓国と協定を結んでいる自治体は？その協定をすべて見せて", "list", [F("country", "韓国")]),
    # a place the data lacks between a party and の協定; the newer / older of a few
    row("福岡市とパリの協定はありますか", LISTING, [F("party", "福岡市"), F("partner", "パリ")]),
    row("協議書はありますか", LISTING, [("doc", ("協議書",), False)]),
    row("How many declarations are there?", "count", [("doc", ("宣言",), False)]),
    row("福岡市と釜山の宣言はいつ？", "lookup",
        [F("party", "福岡市"), F("partner", "釜山"), ("doc", ("宣言",), False)]),
    row("福岡市と熊本県、どちらが先に協定を結んだ？", "compare", compare=("福岡市", "熊本県"),
        order="oldest"),
    row("中国と韓国、どちらと先に協定を結んだ？", "compare", compare=("中国", "韓国"),
        order="oldest"),  # (どちらと先に: by the date)
    row("福岡市のアメリカとの協定でどっちが新しい？", "extreme",
        [F("party", "福岡市"), F("country", "米国")], order="newest"),
    row("北九州市のタイとの協定はどちらが先？", "extreme",
        [F("party", "北九州市"), F("country", "タイ")], order="oldest"),
    row("あと、このなかで一番古いのは？", "extreme", [F("party", "長崎県")], order="oldest",
        history=("長崎県の協定",), no_topic=("あと", "なか")),
    # A sentence saying who asks is no condition; its party stays when the question
    # names none; a partner it names stays for the question to point back at.
    row("県の国際課で文化交流について資料を作っている者です。長崎県が韓国の美術館と結んだ"
        "協定を挙げてください。", LISTING,
        [F("party", "長崎県"), F("country", "韓国")], topic=("美術館",)),
    row("長崎県の職員です。中国との協定は何件？", "count",
        [F("party", "長崎県"), F("country", "中国")], topic=()),
    row("長崎県の職員です。福岡市の協定は何件？", "count", [F("party", "福岡市")], topic=()),
    row("熊本市で国際交流を担当しております。台湾との協定は？", LISTING,
        [F("party", "熊本市"), F("country", "台湾")], topic=()),
    row("私はベトナムのハイフォン出身です。北九州市と私の町の協定を全部教えて", "list",
        [F("party", "北九州市"), F("country", "ベトナム"), F("partner", "ハイフォン")]),
    # the list's year and the one before it, joined as two years
    row("このリストがまとめられた年と、その前の年に締結された協定は？", LISTING,
        [("date", ((2015, 1), (2016, 12), ()), False)]),
    row("このリストが作られた年以降の協定は何件？", "count", [D((2016, 1), None)]),
    # the groups named, then the count of each
    row("平成25年に協定を結んだ自治体と、それぞれの件数を教えてください。", "aggregate",
        [Y(2013)], group_by="municipality"),
    row("相手国とその件数を一覧にして", "aggregate", group_by="country"),
    # the logic written in hiragana too, after a name in hiragana
    row("ちゅうごくいがいのきょうていのかず", "count", [F("country", "中国", ex=True)]),
    row("ながさきけんいがいのきょうてい", LISTING, [F("party", "長崎県", ex=True)]),
    row("かんこくをのぞいたきょうていはなんけん", "count", [F("country", "韓国", ex=True)]),
    row("くにべつのきょうていのかず", "aggregate", group_by="country"),
    row("ぶんやごとにかぞえて", "aggregate", group_by="field"),
    row("2010ねんいぜんのきょうていのかず", "count", [D(None, (2010, 12))]),
    row("へいせい10ねんだいのきょうていはなんけん", "count", [D((1998, 1), (2007, 12))]),
    # a year's relation said in words
    row("2010年を含めてそれより前の協定は何件？", "count", [D(None, (2010, 12))]),
    row("2010年を含まずそれ以前の協定の数", "count", [D(None, (2009, 12))]),
    row("2005年を過ぎてから結ばれた協定の件数", "count", [D((2006, 1), None)]),
    row("平成22年も含めてそれ以降の長崎県の協定", LISTING,
        [F("party", "長崎県"), D((2010, 1), None)]),
    row("How many agreements were signed up to and including 2010?", "count",
        [D(None, (2010, 12))]),
    # 年台 for 年代, ゼロ年代, two years sharing an era and 年
    row("2010年台の協定", LISTING, [D((2010, 1), (2019, 12))]),
    row("ゼロ年代に結ばれた協定は何件", "count", [D((2000, 1), (2009, 12))]),
    row("平成26・27年の協定", LISTING, [("date", ((2014, 1), (2015, 12), ()), False)]),
    # それ以前は？ after a question of dates: the dates on that side of them
    row("それ以前は？", "count", [F("country", "韓国"), D(None, (2009, 12))],
        history=("韓国との協定は何件", "そのうち2010年以降は？")),
    row("じゃあそれより前は？", "count", [F("party", "福岡市"), D(None, (2002, 12))],
        history=("福岡市の2003年以降の協定は何件",)),
    row("それより後は？", LISTING, [D((2014, 1), None)], history=("2013年の協定",)),
    # the newest or oldest asked through its party or partner: that agreement, not a table
    row("最も新しい協定を結んだ自治体はどこ", "extreme", order="newest"),
    row("Which city signed the most recent agreement?", "extreme", order="newest"),
    row("韓国と最後に協定を結んだのはどこの自治体？", "extreme", [F("country", "韓国")],
        order="newest"),
    row("一番古い協定の相手国はどこ？", "extreme", order="oldest"),
    row("最近協定が多い国はどこ", "aggregate", group_by="country", top=True),
    row("What are the three most recently signed agreements?", "extreme", order="newest",
        limit=3),
    # N years counted from a year said
    row("平成28年より前の3年間に結ばれた教育分野の協定", LISTING,
        [D((2013, 1), (2015, 12)), F("field", "教育")]),
    row("2010年からの5年間に結ばれた協定は何件", "count", [D((2010, 1), (2014, 12))]),
    row("How many agreements were signed in the 3 years before 2016?", "count",
        [D((2013, 1), (2015, 12))]),
    # two counts asked side by side: a comparison of the two values
    row("長崎県の協定のうち中国が何件、韓国が何件？", "compare", [F("party", "長崎県")],
        compare=("中国", "韓国")),
    row("長崎県と福岡市の協定数をそれぞれ教えて", "compare", compare=("長崎県", "福岡市")),
    row("福岡市は何件、長崎県は何件？", "compare", compare=("福岡市", "長崎県")),
    # a bare count asked of the last answer; the N-th said 件目, つ目, 4th
    row("件数を教えて", "count", [F("party", "長崎県")], history=("長崎県の協定",)),
    row("Count?", "count", [F("party", "長崎県")], history=("Nagasaki agreements",)),
    row("3件目の相手は？", LISTING, [F("party", "北九州市")], history=("北九州市の協定",)),
    # partnerships are agreements; partner countries are countries; 1990s beside Japanese
    row("How many partnerships does Nagasaki have?", "count", [F("party", "長崎県")]),
    row("Top 3 partner countries", "aggregate", group_by="country", top=True),
    row("2000sの協定は何件", "count", [D((2000, 1), (2009, 12))]),
    # 最初の…に戻って is the first question, not the oldest agreement
    row("最初の長崎県に戻って、韓国は？", "count", [F("party", "長崎県"), F("country", "韓国")],
        history=("長崎県の協定は何件？", "福岡市は？")),
    # the last answer's value compared with one named now: dates keep their ranges
    row("2014年と比べて？", "compare", compare=("2013", "2014"),
        history=("2013年の協定は何件？",)),
    row("福岡市のほうが多い？", "compare", compare=("北九州市", "福岡市"),
        history=("北九州市の協定は何件？",)),
    # a count and, of it, a part: the part as a share of the whole, both counts said
    row("北九州市は何件で、そのうち環境は何件？", "count",
        [F("party", "北九州市"), F("field", "環境")]),
    # the rest of the last answer: 残りは？ the others?
    row("残りは？", "count", [F("party", "福岡市"), F("field", "経済", ex=True)],
        history=("福岡市の経済分野の協定は何件",)),
    row("残りの長崎県の協定は？", LISTING | {"count"},  # 残り: how many remain, too
        [F("party", "長崎県"), F("field", "文化", ex=True)],
        history=("長崎県の文化分野の協定",)),
    row("the others?", LISTING, [F("party", "北九州市"), F("field", "環境", ex=True)],
        history=("Kitakyushu's environment agreements",)),
    row("長崎県は何件？福岡市は？", "compare", compare=("長崎県", "福岡市")),
    row("How many agreements were signed in 2013 and 2014 respectively?", "compare",
        compare=("2013", "2014")),
    # back to the first question of the conversation
    row("最初のに戻って、そのうち韓国は？", "count", [F("party", "長崎県"), F("country", "韓国")],
        history=("長崎県の協定は何件？", "福岡市は？", "北九州市は？")),
    row("最初の質問に戻って、2005年以降", LISTING, [F("party", "福岡市"), D((2005, 1), None)],
        history=("福岡市の協定", "長崎県の協定")),
    # 以外の県: the prefectures, municipalities in them; both left out; upper bound first
    row("福岡県以外の県の協定は何件ですか？", "count", [F("party", "福岡県", ex=True)]),
    row("中国も韓国も除いた協定は何件ですか", "count",
        [F("country", "中国", ex=True), F("country", "韓国", ex=True)]),
    row("中国と韓国を両方除いた協定の数は？", "count",
        [F("country", "中国", ex=True), F("country", "韓国", ex=True)]),
    row("2014年より前、2010年より後に結ばれた協定の数", "count", [D((2011, 1), (2013, 12))]),
    row("2013年以前で2011年以降の協定は何件？", "count", [D((2011, 1), (2013, 12))]),
    # regions, this year and last, より前 in hiragana
    row("ひがしあじあとのきょうていはなんけん", "count", [R("東アジア")]),
    row("ことしのきょうてい", LISTING, [Y(2016)]),
    row("2005ねんよりまえのきょうていはなんけん", "count", [D(None, (2004, 12))]),
    # English: H26 at a sentence's end, the year before last, an era's decade, a date left out
    row("List all of Nagasaki Prefecture's agreements with Asia in H26.", "list",
        [F("party", "長崎県"), R("アジア"), Y(2014)]),
    row("How many agreements were signed the year before last?", "count", [Y(2014)]),
    row("Which tourism agreements were concluded in Heisei 20s?", LISTING,
        [F("field", "観光"), D((2008, 1), (2017, 12))]),
    row("How many agreements are there if we leave out those signed since 2010?", "count",
        [D(None, (2009, 12))]),
    # the N biggest, which N … the most: the top N of the table
    row("Name the three biggest partner countries.", "aggregate", group_by="country", top=True),
    row("Which two municipalities have the most agreements?", "aggregate",
        group_by="municipality", top=True),
    # one value against the rest; an open range against its other side
    row("中国と中国以外ではどちらが多いですか", "compare", compare=("中国", "中国以外")),
    row("経済分野とそれ以外の分野、協定はどちらが多い？", "compare", compare=("経済", "経済以外")),
    row("2010年より前と2010年以降、どちらが多い？", "compare",
        compare=("2010年より前", "2010年以降")),
    # decades either of which will do (2000年代 kept whole: not ゼロ年代's 00年代)
    row("1990年代または2000年代の協定は何件", "count", [D((1990, 1), (2009, 12))]),
    row("2000年代の協定は何件", "count", [D((2000, 1), (2009, 12))]),
    row("2000年以前と2015年以降の協定は合わせて何件ですか", "count",
        [("date", ((1868, 1), (2100, 12), ()), False)], id="two open ranges summed"),
    row("平成20年代前半に締結された協定は？", LISTING, [D((2008, 1), (2012, 12))]),
    row("ちゅうごくいがいのくにとのきょうていはなんけん？", "count",
        [F("country", "中国", ex=True)]),  # くに: a one-kanji word of the questions
    row("協定持ってる自治体って何個？", "aggregate", group_by="municipality", distinct=True),
    # periods compared; one value against the rest under a shared condition; どの県 is no
    # level; the list's date restated in brackets; examples in brackets
    row("2000〜2004年と2010〜2014年では、どちらの期間に締結された協定が多い？", "compare",
        compare=("2000〜2004", "2010〜2014")),
    row("文化分野については、長崎県の協定と、長崎県以外の協定では、どちらが多い？", "compare",
        [F("field", "文化")], compare=("長崎県", "長崎県以外")),
    row("県別に見ると、どの県の協定がいちばん多い？", "aggregate", group_by="prefecture", top=True),
    row("このリストの時点（平成28年9月）から見て、直近1年以内に締結された協定は？", LISTING,
        [D((2015, 9), (2016, 9))]),
    row("外国の中央政府の省庁（省やその下の局など）と結んだ協定は？", LISTING,
        [F("kind", "政府機関")]),
    # a party's kind of document left out: the document, not the party
    row("福岡市の覚書以外の協定", LISTING, [F("party", "福岡市"), ("doc", ("覚書",), True)]),
    row("長崎県の協議書以外の協定は何件", "count",
        [F("party", "長崎県"), ("doc", ("協議書",), True)]),
    row("外国政府との協定", LISTING, [F("kind", "政府機関")]),
    row("北米の国の機関との協定", LISTING, [F("country", "米国", "カナダ")]),
    row("米国、タイ、韓国の3か国を比べると協定が一番多いのは", "compare",
        compare=("米国", "タイ", "韓国")),
    # a relative date with the user's range in brackets; a bare year first; 国際; 内訳
    row("ここ5年（2012年以降）に締結された協定は何件", "count", [D((2012, 1), None)]),
    row("2013 中国", LISTING, [Y(2013), F("country", "中国")]),
    row("国際協定は何件ありますか", "count", [], topic=()),
    row("長崎県の相手国の内訳", "aggregate", [F("party", "長崎県")], group_by="country"),
]


@pytest.mark.parametrize("question, place", [
    ("福岡市は北京と協定していますか", "北京"),
    ("長崎県はソウルと協定を結んでいますか", "ソウル"),
    ("福岡市はパリと協定を結んでいますか", "パリ"),
])
def test_a_place_said_with_と協定_that_the_data_lacks_is_none(engine, question, place):
    first = engine.ask(question).text.split("\n")[0]
    assert first.endswith(f"協定はこのデータにはありません（{place}との協定がありません）。")


def test_a_japanese_municipality_the_data_lacks_is_a_party_with_none(engine):
    """伊万里市 (not in the data, nor in GeoNames' cities): a party with no agreement, not
    every party's agreements with Korea."""
    first = engine.ask("伊万里市と韓国の協定は？").text.split("\n")[0]
    assert first.endswith("伊万里市が韓国と結んだ協定はこのデータにはありません"
                          "（伊万里市の協定がありません）。")
    assert engine.ask("姉妹都市の協定は？").intent != "none"  # 都市: no municipality's name


# ------------------------------------------------------------------ comparing plans

def _norm(engine, kind: str, values, exclude: bool, dates=None) -> tuple:
    """A filter as what it means: partners by the rows they select (上海 = 上海市), dates
    by their range, other values as a set."""
    if kind == "partner":
        rows = engine.table.rows_of(Filter("p", "partner", tuple(values)))
        return ("partner", rows, exclude)
    if kind == "date":
        return ("date", tuple(values) if dates is None else (dates.start, dates.end,
                                                                dates.months), exclude)
    return (kind, frozenset(values), exclude)


def _actual(engine, plan) -> Counter:
    return Counter(_norm(engine, f.kind, f.values, f.exclude, f.dates) for f in plan.filters)


def _expected(engine, filters) -> Counter:
    return Counter(_norm(engine, k, v, ex) for k, v, ex in filters)


def test_table_size():
    assert len(PLAN_ROWS) >= 150


@pytest.mark.parametrize("question,spec", PLAN_ROWS)
def test_plan(engine, question, spec):
    plan = engine.plan(question, spec["history"])
    shown = [(f.kind, f.values, f.exclude) for f in plan.filters]
    ops = spec["operation"]
    ops = {ops} if isinstance(ops, str) else set(ops)
    assert plan.operation in ops, (plan.operation, shown)
    assert _actual(engine, plan) == _expected(engine, spec["filters"]), shown
    if spec["operation"] == "aggregate" or spec["group_by"]:
        assert plan.group_by == spec["group_by"]
    if spec["top"] is not None:
        assert plan.top is spec["top"]
    if spec["distinct"] is not None:
        assert plan.distinct is spec["distinct"]
    if spec["count_of"] is not None:
        assert plan.count_of == spec["count_of"]
    if spec["order"] is not None:
        assert plan.order == spec["order"]
        assert plan.limit == spec["limit"]
    if spec["compare"] is not None:
        sides = tuple(f.label.removesuffix("年") for f in plan.compare)
        assert sides == spec["compare"]
    else:
        assert plan.compare == ()
    if spec["topic"] is not None:
        assert plan.topic == spec["topic"]
    for word in spec["no_topic"]:
        assert word not in plan.topic, plan.topic
    near = [(c.written, c.canonical) for c in plan.changes if c.how == "near"]
    if spec["near"] is False:
        assert near == []
    elif spec["near"]:
        written, canonical = spec["near"]
        assert any(w == written and c.startswith(canonical) for w, c in near), plan.changes
    if spec["text_has"]:
        assert spec["text_has"] in plan.text


# ------------------------------------------------------------------ golden answers

GOLDEN = [
    pytest.param("長崎県が中国と結んだ協定は何件？", "count",
                 AS_OF + "長崎県（県内の自治体を含む）が中国と結んだ協定は11件です。", id="count"),
    pytest.param("北九州市の水道分野の協定を全部見せて", "list",
                 AS_OF + "北九州市が結んだ水道分野の協定は3件あります。すべて挙げます。",
                 id="list"),
    pytest.param("アトランタ市との協定はいつ締結？", "lookup",
                 AS_OF + "アトランタ市と結んだ協定は1件で、1993年に締結されています。",
                 id="lookup"),
    pytest.param("第7次農林科学技術交流覚書はいつ？", "lookup",
                 AS_OF + "「第7次農林科学技術交流覚書」という名の協定は1件で、"
                 "締結日の記載はありません。",
                 id="lookup-undated"),
    pytest.param("陶磁器の協定について教えて", "topic",
                 AS_OF + "ご質問に関係する協定は次の1件です。", id="topic"),
    pytest.param("長崎県が結んだ覚書は何件ですか", "count",
                 AS_OF + "長崎県（県内の自治体を含む）が結んだ名称に「覚書」を含む協定は3件です。",
                 id="count-document"),
    pytest.param("熊本県自体が結んだ協定は？", "list",
                 AS_OF + "熊本県（県そのもの）が結んだ協定は1件あります。すべて挙げます。",
                 id="list-prefecture-itself"),
    pytest.param("福岡市がアトランタ市と結んだ覚書を挙げて", "none",
                 AS_OF + "福岡市がアトランタ市と結んだ名称に「覚書」を含む協定は"
                 "このデータにはありません（条件はそれぞれ該当がありますが、"
                 "すべてを満たす協定はありません）。",
                 id="document-listed-strictly"),
    pytest.param("福岡市がアトランタ市と結んだ覚書は何件", "none",
                 AS_OF + "福岡市がアトランタ市と結んだ名称に「覚書」を含む協定は"
                 "このデータにはありません（条件はそれぞれ該当がありますが、"
                 "すべてを満たす協定はありません）。該当は0件です。",
                 id="document-counted-strictly"),
    pytest.param("1990年代か2010年代の協定は何件", "count",
                 AS_OF + "1990年代・2010年代に締結された協定は26件です。",
                 id="count-either-decade"),
    pytest.param("2014年2015年の協定は何件", "count",
                 AS_OF + "2014年・2015年に締結された協定は8件です。",
                 id="count-years-side-by-side"),
    pytest.param("中国とは関係ない長崎県の協定は何件", "count",
                 AS_OF + "長崎県（県内の自治体を含む）が中国以外と結んだ協定は6件です。",
                 id="count-negated-verb"),
    pytest.param("中国の都市とスモッグ対策で協力している取り組みは？", "topic",
                 AS_OF + "中国と結んだ協定18件のうち、「スモッグ対策」に近いものは次の1件です。",
                 id="topic-within-conditions"),
    pytest.param("長崎県の協定", "list",
                 AS_OF + "長崎県（県内の自治体を含む）が結んだ協定は17件あります。すべて挙げます。",
                 id="list-with-no-topic-words"),
    pytest.param("1911年の中国の革命を記念する施設と結んだ協定", "list",
                 AS_OF + "中国と結んだ協定のうち、「革命」「記念」に関するものは1件あります。"
                 "すべて挙げます。", id="year-of-something-else"),
    pytest.param("2020年に結ばれた大気汚染の協定", "none",
                 AS_OF + "2020年に締結された協定はこのデータにはありません。",
                 id="year-of-the-signing"),
    pytest.param("1999年の協定と2009年の協定は合わせて何件？", "count",
                 AS_OF + "1999年・2009年に締結された協定は3件です。", id="count-two-years-joined"),
    pytest.param("Does Kitakyushu have an agreement with Seoul?", "none",
                 AS_OF + "北九州市がSeoulと結んだ協定はこのデータにはありません"
                 "（Seoulとの協定がありません）。", id="none-latin-city"),
    pytest.param("美術館とか博物館が相手になってる協定って全部で何件ある？", "count",
                 AS_OF + "「美術館または博物館」に関する協定は7件です。",
                 id="count-museums-either"),
    pytest.param("分野で比べると、文化と教育はどちらが協定数で上回っている？", "compare",
                 AS_OF + "協定の件数は、文化が8件、教育が8件で、文化と教育は同数です。",
                 id="compare-field-items"),
    pytest.param("環境分野の協定は何件", "count", AS_OF + "環境分野の協定は4件です。",
                 id="count-field-and-its-parenthesis"),  # 科学技術(環境) said, not counted
    pytest.param("大邱市との協定は？", "none", AS_OF + "大邱市との協定はこのデータにはありません。",
                 id="none-venue-only"),
    pytest.param("マレーシア南部の開発地区で、CO2の少ない街づくりを手伝う合意", "list",
                 AS_OF + "マレーシアと結んだ協定は1件あります。すべて挙げます。",
                 id="field-word-of-an-activity"),  # 街づくり: no まちづくり field there
    pytest.param("ベトナムとの環境協定", "none",
                 AS_OF + "ベトナムと結んだ環境分野の協定はこのデータにはありません"
                 "（条件はそれぞれ該当がありますが、すべてを満たす協定はありません）。",
                 id="field-of-the-agreement"),
    pytest.param("分野が経済だけの協定は何件", "count",
                 AS_OF + "経済分野のみの協定は13件です。", id="count-field-alone"),
    pytest.param("水道分野の協定は何件？", "count", AS_OF + "水道分野の協定は3件です。",
                 id="count-of-a-field-as-the-table-counts-it"),
    pytest.param("いちばん古い協定3つ", "extreme",
                 AS_OF + "協定のうち、締結日が古い順に4件を挙げます（3件目と同じ日付のものを"
                 "含めて。締結日の記載があるもの42件から）。", id="a tie at the cut"),
    pytest.param("北九州市は何件で、そのうち環境は何件？", "count",
                 AS_OF + "北九州市が結んだ環境分野の協定は4件で、"
                 "北九州市が結んだ協定8件の50%です。",
                 id="count-and-a-part-of-it"),
    pytest.param("長崎県の協定のうち中国の割合は何パーセント？", "count",
                 AS_OF + "長崎県（県内の自治体を含む）が中国と結んだ協定は11件で、長崎県（県内の"
                 "自治体を含む）が結んだ協定17件の65%です。", id="count-share"),
    pytest.param("北京との協定はありますか", "none",
                 AS_OF + "北京との協定はこのデータにはありません。",
                 id="none-partner-only-mentioned"),
    pytest.param("長崎県の協定を国別に数えて", "aggregate",
                 AS_OF + "長崎県（県内の自治体を含む）が結んだ協定を国・地域別に数えると4グループ、"
                 "計17件です。", id="aggregate"),
    pytest.param("北九州市と福岡市ではどちらが協定が多い？", "compare",
                 AS_OF + "協定の件数は、福岡市が14件、北九州市が8件で、福岡市のほうが多いです。",
                 id="compare"),
    pytest.param("一番新しい協定を3つ教えて", "extreme",
                 AS_OF + "協定のうち、締結日が新しい順に3件を挙げます"
                         "（締結日の記載があるもの42件から）。",
                 id="extreme"),
    pytest.param("8月に締結された協定は何件？", "count",
                 AS_OF + "8月（年を問わず）に締結された協定は6件です。", id="month of any year"),
    pytest.param("Which agreements are about training for city officials?", "topic",
                 AS_OF + "ご質問に関係する協定は次の4件です。", id="topic in English, soft words"),
    pytest.param("中国の省と結んだ協定は何件？", "count",
                 AS_OF + "中国の州・省と結んだ協定は7件です。", id="kind of partner"),
    pytest.param("大学以外との協定は何件？", "count",
                 AS_OF + "協定（「大学」に関するものを除く）は38件です。",
                 id="topic word excluded"),
    pytest.param("協会や財団のような民間団体との協定は何件？", "count",
                 AS_OF + "企業・団体と結んだ協定は2件です。", id="examples of a kind"),
    pytest.param("How many agreements with China are not with a city?", "count",
                 AS_OF + "中国（都市を除く）と結んだ協定は11件です。", id="English kind excluded"),
    pytest.param("How many of the agreements are with a museum?", "count",
                 AS_OF + "「博物館または美術館」に関する協定は7件です。",
                 id="museum in English: either kind"),
    pytest.param("福岡県の協定で北九州市以外のものは何件？", "count",
                 AS_OF + "福岡県（県内の自治体を含む、北九州市を除く）が結んだ協定は14件です。",
                 id="a party left out of a prefecture"),
    pytest.param("2014年以外の協定は何件？", "count",
                 AS_OF + "2014年以外に締結された協定は35件です。", id="a year left out"),
    pytest.param("韓国と協定を結んでいる自治体はいくつ？", "aggregate",
                 AS_OF + "韓国と結んだ協定がある自治体は4自治体です（計10件）。",
                 id="how many municipalities"),
    pytest.param("2001年か2009年に締結された協定は何件？", "count",
                 AS_OF + "2001年・2009年に締結された協定は2件です。", id="either of two years"),
    pytest.param("締結年がわからない協定は何件？", "count",
                 AS_OF + "締結日の記載がない協定は1件です。", id="no signing date"),
    pytest.param("締結日がわかっている協定は何件", "count",
                 AS_OF + "締結日の記載がある協定は42件です。", id="a signing date given"),
    pytest.param("How many agreements have a known date?", "count",
                 AS_OF + "締結日の記載がある協定は42件です。", id="a known date, English"),
    pytest.param("Agreements with unknown date", "list",
                 AS_OF + "締結日の記載がない協定は1件あります。すべて挙げます。",
                 id="an unknown date, English"),
    pytest.param("URLがない協定は何件", "count",
                 AS_OF + "URLの記載がない協定は42件です。", id="no URL"),
    pytest.param("URLの記載がない協定は？", "list",
                 AS_OF + "URLの記載がない協定は42件あります。すべて挙げます。",
                 id="no URL given (記載: not its having one)"),
    pytest.param("福岡県の協定は全体の何パーセント？", "count",
                 AS_OF + "福岡県（県内の自治体を含む）が結んだ協定は22件で、全協定43件の51%です。",
                 id="a share of the whole said"),
    pytest.param("協定を結んでいる市町村はいくつ？", "aggregate",
                 AS_OF + "市・町村が結んだ協定がある自治体は6自治体です（計26件）。",
                 id="how many 市町村: not the prefectures, nor 熊本県 beside 熊本市"),
    pytest.param("何市町村が中国と協定を結んでいる？", "aggregate",
                 AS_OF + "市・町村が中国と結んだ協定がある自治体は2自治体です（計7件）。",
                 id="何市町村"),
    pytest.param("何月の締結が一番多い？", "aggregate",
                 AS_OF + "協定を締結月別に数えると13グループ、計43件です。", id="by month"),
    pytest.param("元号別に数えて", "aggregate",
                 AS_OF + "協定を元号別に数えると3グループ、計43件です。", id="by era"),
    pytest.param("中国の何都市と協定を結んでる？", "aggregate",
                 AS_OF + "中国と結んだ協定の相手の都市は8です（計18件）。", id="cities counted"),
    pytest.param("韓国の何都市と協定がある？", "aggregate",  # 釜山広域市, 釜山市, 釜山: one
                 AS_OF + "韓国と結んだ協定の相手の都市は1です（計10件）。", id="one city"),
    pytest.param("最も古い協定と最も新しい協定はそれぞれいつ？", "extreme",
                 AS_OF + "協定のうち、締結日が最も古いものは1988年5月11日、最も新しいものは"
                 "2016年8月22日の締結です。", id="both ends"),
    pytest.param("1年あたりの平均締結数は？", "aggregate",
                 AS_OF + "協定は、締結年ごとに平均2.3件です"
                 "（各締結年の件数の和42件を18で割った値）。",
                 id="mean per year (of the years given)"),
    pytest.param("県が結んだ協定は何件？", "count",
                 AS_OF + "県（県そのもの）が結んだ協定は18件です。", id="level of the party"),
    pytest.param("熊本県と熊本市が共同で結んだ協定は何件？", "count",
                 AS_OF + "熊本県と熊本市（県内の自治体を含む）が共同で結んだ協定は1件です。",
                 id="parties that signed together"),
    pytest.param("2014年8月5日に締結された協定は何件？", "count",
                 AS_OF + "2014年8月5日に締結された協定は2件です。", id="a day"),
    pytest.param("3年前に結んだ協定の数", "count",
                 AS_OF + "リストの時点（2016年9月）から3年前（2013年）に締結された協定は4件です。",
                 id="years ago"),
    pytest.param("熊本市が単独で結んだ協定は何件？", "none",
                 AS_OF + "熊本市（単独）の協定はこのデータにはありません。該当は0件です。",
                 id="a party alone: the joint agreement is not its own"),
    pytest.param("北九州市だけで結んだ協定は何件？", "count",
                 AS_OF + "北九州市（単独）が結んだ協定は8件です。", id="a party alone"),
    pytest.param("福岡市で2番目に古い協定はどれ", "extreme",
                 AS_OF + "福岡市が結んだ協定のうち、締結日が2番目に古いもの（1999年）は"
                         "2件あります。",
                 id="the N-th oldest"),
    pytest.param("協定の数が上位2つの県は？", "aggregate",
                 AS_OF + "協定を都道府県別に数えると4グループ、計43件です。", id="top N"),
    pytest.param("佐賀県で最も多い分野はどれ", "aggregate",
                 AS_OF + "佐賀県（県内の自治体を含む）が結んだ協定を分野別に数えると"
                         "2グループ、計2件です。", id="a place before the top of a table"),
    pytest.param("都道府県ごとの相手国の数は？", "aggregate",
                 AS_OF + "協定について、都道府県ごとに国・地域の数を数えると4都道府県、"
                         "協定は計43件です。", id="each group's number of countries"),
    pytest.param("観光関連の協定は何件？", "count",
                 AS_OF + "観光分野か名称に「観光」を含む協定は3件です。",
                 id="a field said loosely"),
    pytest.param("観光分野の協定は何件？", "count",
                 AS_OF + "観光分野の協定は2件です。", id="a field said as a field"),
    pytest.param("1自治体あたり平均で何件の協定がありますか", "aggregate",
                 AS_OF + "協定は、自治体ごとに平均5.5件です"
                         "（各自治体の件数の和44件を8で割った値）。",
                 id="the mean of a table"),
    pytest.param("ドイツとの協定は何件？", "none",
                 AS_OF + "ドイツとの協定はこのデータにはありません。該当は0件です。", id="none"),
    pytest.param("1999年以前または2014年以降の協定は何件", "count",
                 AS_OF + "1999年以前または2014年以降に締結された協定は14件です。",
                 id="either of two open ranges"),
    pytest.param("中国と協定のある県は何県", "aggregate",
                 AS_OF + "中国と結んだ協定がある県は2県です（計18件）。",
                 id="how many prefectures"),
    pytest.param("締結年は何種類？", "aggregate",
                 AS_OF + "協定の締結年は18通りです（計43件、うち締結年の記載なし1件）。",
                 id="how many signing years"),
    pytest.param("アトランタとシアトル、どっちの協定が古い？", "compare",
                 AS_OF + "協定のうち最も古いものの締結日は、アトランタが1993年、"
                         "シアトルが2007年で、アトランタのほうが先です。", id="which came first"),
    pytest.param("まちづくり分野の協定で、水道か廃棄物処理も入っているものは何件", "count",
                 AS_OF + "まちづくり分野で、水道か廃棄物処理分野も含む協定は1件です。",
                 id="a field held too, either of two"),
    pytest.param("観光の協定のうち教育も扱うものは", "list",
                 AS_OF + "観光と教育の両分野の協定は2件あります。すべて挙げます。",
                 id="a field held too"),
    pytest.param("水産または農林の分野の協定は何件", "count",
                 AS_OF + "水産・農林分野の協定は3件です。",
                 id="a field named only in a parenthesis, beside one of its own"),
    pytest.param("長崎県美術館が結んだ協定", "lookup",
                 AS_OF + "長崎県（県内の自治体を含む）が結んだ「長崎県美術館」に関する協定は"
                         "1件あります。", id="a body named with its party's name"),
    pytest.param("北九州市の最初の協定と最後の協定は", "extreme",
                 AS_OF + "北九州市が結んだ協定のうち、締結日が最も古いものは2011年8月31日、"
                         "最も新しいものは2016年8月22日の締結です。", id="first and last"),
    pytest.param("1990年代から2000年代にかけて締結された協定は何件", "count",
                 AS_OF + "1990年代から2000年代（1990年から2009年）に締結された協定は18件です。",
                 id="two decades as one span"),
    pytest.param("最も協定を結んだ年は", "aggregate",
                 AS_OF + "協定を締結年別に数えると19グループ、計43件です。",
                 id="the most said by the verb alone"),
    pytest.param("この表には何件の協定が載っていますか", "count",
                 AS_OF + "協定は43件です。", id="the table itself"),
    pytest.param("相手が都市ではない協定は何件", "count",
                 AS_OF + "都市以外と結んだ協定は25件です。", id="the partner said not a city"),
    pytest.param("県と市町村ではどちらが協定が多い", "compare",
                 AS_OF + "協定の件数は、市町村が26件、県（県そのもの）が18件で、市町村のほうが"
                         "多いです。", id="levels compared"),
    pytest.param("協定を結んでいる市は何市ありますか", "aggregate",
                 AS_OF + "市が結んだ協定がある自治体は4自治体です（計24件）。",
                 id="how many cities"),
    pytest.param("福岡市に熊本県との協定はある？", "none",
                 AS_OF + "福岡市が熊本県と結んだ協定はこのデータにはありません（熊本県との協定が"
                         "ありません）。", id="a Japanese party as a partner"),
    pytest.param("協定が2件結ばれた年はどれ？", "aggregate",
                 AS_OF + "協定を締結年別に数えると19グループ、計43件です。",
                 id="the groups of a count, said with the verb"),
    pytest.param("長崎県と福岡県、協定が少ないほうは", "compare",
                 AS_OF + "協定の件数は、福岡県が22件、長崎県が17件で、長崎県のほうが少ないです。",
                 id="the fewer of two"),
]


@pytest.mark.parametrize("question,intent,first", GOLDEN)
def test_golden_first_line(engine, question, intent, first):
    answer = engine.ask(question)
    assert answer.intent == intent
    assert answer.text.split("\n")[0] == first


# The first line names every condition the answer applied (hand-picked cases).
NAMES_EVERY_CONDITION = [
    "長崎県が2014年に韓国と結んだ教育分野の協定は何件",
    "北九州市以外の自治体がアジア以外と結んだ協定を全部",
    "九州の自治体が結んだ協定は何件",
    "長崎県の博物館と美術館の協定",
    "鹿児島県の中国との協定は何件",
    "長崎県が2020年に結んだ協定は何件",
    "長崎県教育委員会と釜慶大学校の協定",
    "福岡市が政府機関以外と2005年以降に結んだ協定",
]


@pytest.mark.parametrize("question", NAMES_EVERY_CONDITION)
def test_first_line_names_conditions(engine, question):
    answer = engine.ask(question)
    first = answer.text.split("\n")[0]
    assert answer.applied
    for f in answer.applied:
        assert f.label in first, (f.label, first)


# ------------------------------------------------------------------ any text

@settings(derandomize=True, max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.text(max_size=500))
def test_any_text(engine, text):
    plan = engine.plan(text)
    assert plan.operation in ("list", "count", "lookup", "topic", "aggregate", "compare",
                              "extreme", "none")
    answer = engine.ask(text)
    first = answer.text.split("\n")[0]
    for f in answer.applied:
        assert f.label in first, (f.label, first)


PICKED = [
    ("協定が最も少ない自治体は",
     "最も少ないのは有田町・鹿島市・熊本県・熊本市・御船町（同数）で1件です。"),
    ("協定が2番目に多い国は", "2番目に多いのは韓国で10件です。"),
    ("第3位の国は？", "3番目に多いのは米国で3件です。"),
    ("1件しか協定がない国はどこ？", "1件だけの国・地域は8つあります: カンボジア・インドネシア・"
     "マレーシア・シンガポール・ミャンマー・スペイン・オランダ・台湾。"),
    ("2件以上協定がある国は", "2件以上の国・地域は5つあります: 中国・韓国・米国・タイ・ベトナム。"),
    ("年代別の協定数", "最も多いのは2010年代で23件です。"),
    ("協定が一番多かった年は何年", "最も多いのは2014年で7件です。"),
    ("中国と結んだ協定がある自治体はどこ", "最も多いのは長崎県で11件です。"),
    ("2番目に協定の数が多い自治体", "2番目に多いのは福岡市で14件です。"),
    ("協定の数が上位2つの県は？", "上位2は福岡県（22件）、長崎県（17件）です。"),
    ("what are the top 4 fields",
     "上位4は経済（17件）、文化（8件）、教育（8件）、環境（4件）です。"),
    ("佐賀県で最も多い分野はどれ", "最も多いのは友好交流・教育（同数）で1件です。"),
    ("各自治体は何か国と協定を結んでいる？", "最も多いのは北九州市で6か国・地域です。"),
    ("4か国以上と協定している自治体は？",
     "4か国・地域以上の自治体は3つあります: 北九州市・福岡市・長崎県。"),
    ("2か国以上と協定がある県", "2か国・地域以上の都道府県は3つあります: 福岡県・長崎県・熊本県。"),
    ("長崎県と北九州市の両方が協定を結んでいる国はどこ？",
     "長崎県・北九州市のいずれにも当てはまる国・地域は1です: 中国。"),
    ("米国と台湾の両方と協定がある県は？",
     "米国・台湾のいずれにも当てはまる都道府県は1です: 熊本県。"),
    ("which countries do both Nagasaki and Fukuoka City have agreements with",
     "長崎県・福岡市のいずれにも当てはまる国・地域は2です: 中国・韓国。"),
    ("一つの国としか協定を結んでいない自治体",
     "1か国・地域だけの自治体は5つあります: 有田町・鹿島市・熊本県・熊本市・御船町。"),
    ("how many fields does each prefecture cover",
     "最も多いのは長崎県・熊本県（同数）で7分野です。"),
]


# Parties said not to have a value: those with none of it (not those with some other).
WITHOUT = [
    ("中国と協定を結んでいない自治体はどこ", "中国と結んだ協定がない自治体は5です",
     ["有田町", "鹿島市", "熊本県", "熊本市", "御船町"]),
    ("韓国と協定がない自治体", "韓国と結んだ協定がない自治体は4です",
     ["北九州市", "熊本県", "熊本市", "御船町"]),
    ("環境分野の協定がない自治体は？", "環境分野の協定がない自治体は6です",
     ["福岡市", "有田町", "鹿島市", "熊本県", "熊本市", "御船町"]),
    ("Which municipalities have no agreements with Korea?", "韓国と結んだ協定がない自治体は4です",
     ["北九州市", "熊本県", "熊本市", "御船町"]),
    ("韓国とも中国とも協定を結んでいない自治体は？", "韓国・中国と結んだ協定がない自治体は3です",
     ["熊本県", "熊本市", "御船町"]),
    ("経済分野の協定を結んでいない自治体", "経済分野の協定がない自治体は4です",
     ["北九州市", "有田町", "鹿島市", "御船町"]),
    # …prefectures: of those in the list (佐賀県: 有田町 and 鹿島市 with Korea)
    ("韓国と協定を結んでいない県は？", "韓国と結んだ協定がない県は1です", ["熊本県"]),
    ("中国と協定を結んでいない県はどこ", "中国と結んだ協定がない県は2です", ["佐賀県", "熊本県"]),
    ("Which prefectures have no agreements with the US?", "米国と結んだ協定がない県は2です",
     ["長崎県", "佐賀県"]),
    # …none at all: the prefectures of a region the list has no agreement of
    ("協定を結んでいない九州の県は？", "九州の県のうち、このリストに協定がない県は3です: "
     "大分県・宮崎県・鹿児島県。", ["大分県", "宮崎県", "鹿児島県"]),
    ("協定が一つもない九州の県はどこ", "九州の県のうち、このリストに協定がない県は3です",
     ["大分県", "宮崎県", "鹿児島県"]),
    ("Which prefectures in Kyushu have no agreements?", "九州の県のうち、このリストに協定がない",
     ["大分県", "宮崎県", "鹿児島県"]),
]


@pytest.mark.parametrize("question,first,parties", WITHOUT)
def test_parties_without(engine, question, first, parties):
    answer = engine.ask(question)
    assert answer.intent == "aggregate" and answer.text.split("\n")[0].startswith(AS_OF + first)
    assert [g.label for g in answer.groups] == parties


@pytest.mark.parametrize("question,second", PICKED)
def test_picked_groups(engine, question, second):
    """The line after the table's first names the groups asked for, from the table."""
    answer = engine.ask(question)
    assert answer.intent == "aggregate"
    assert answer.text.split("\n")[1] == second


@pytest.mark.parametrize("said, restated", [
    ("2000年代の協定", "2000年代の協定"),            # not ゼロ年代's 00年代 inside it
    ("ゼロ年代の協定", "2000年代の協定"),
    ("00年代の協定", "2000年代の協定"),
    ("2010年台の協定", "2010年代の協定"),
    ("平成26・27年の協定", "平成26年・平成27年の協定"),
    ("3・4年前の協定", "3・4年前の協定"),           # a count, not two years
    ("2010年を含めてそれより前", "2010年以前"),
    ("2014年より前、2010年より後", "2010年より後2014年より前"),
    ("中国も韓国も除いた協定", "中国・韓国を除いた協定"),
    ("Name the three biggest partner countries.", "Name the top 3 partner countries."),
    # values listed and then counted: the count restates them (not fewer values than counted)
    ("インド、ベトナム、カナダの3か国を比べて", "インド、ベトナム、カナダを比べて"),
    ("熊本県と佐賀県の二県で多いのは", "熊本県と佐賀県で多いのは"),
    ("台湾の3都市と結んだ協定", "台湾の3都市と結んだ協定"),
    # a region's countries' bodies: any body there, not a government's own agency
    ("北米の国の機関との協定", "北米の機関との協定"),
    # a year said again in the other calendar: once; two years that differ stay
    ("平成12年、西暦で申しますと2000年より前の協定", "2000年より前の協定"),
    ("2014年、和暦でいうと平成26年に結んだ協定", "平成26年に結んだ協定"),
    ("平成12年、つまり2001年の協定", "平成12年、つまり2001年の協定"),
    # before or after a year said with の (not its halves)
    ("2000年の前にできた協定", "2000年より前にできた協定"),
    ("2010年のあとに結んだ協定", "2010年より後に結んだ協定"),
    ("2014年の前半の協定", "2014年の前半の協定"),
    # what does not matter is no condition; examples of a region's members are the region
    ("自治体を問わず、文化分野の協定", "文化分野の協定"),
    ("東南アジアの国々、たとえばタイやベトナム、シンガポールなどと結んだ協定",
     "東南アジアの国々と結んだ協定"),
])
def test_restated_before_the_conditions_are_read(said, restated):
    from teikei_qa.restate import restate

    assert restate(said) == restated


@pytest.mark.parametrize("country, capital", [
    ("ベトナム", "ハノイ"), ("中国", "北京"), ("韓国", "ソウル"), ("台湾", "台北"),
    ("タイ", "バンコク"), ("米国", "Washington"), ("ミャンマー", "Nay Pyi Taw")])
def test_a_country_capital_as_a_question_writes_it(country, capital):
    """GeoNames' capital of a country of the list's names: its kana name, its kanji name
    where the country writes in kanji, else its Latin name (not 华盛顿特区)."""
    assert capital_of(alpha2_of(country)) == capital


def test_letters_with_a_number_are_topic_words(engine):
    """CO2, PM2.5: a term of letters and a number is a topic word (it had been dropped as
    not all letters)."""
    plan = engine.plan("北九州市の協定で、CO2を減らす社会づくりにつながるものはどれ？")
    assert plan.topic == ("co2", "減らす", "社会づくり", "つながる")


@pytest.mark.parametrize("text, read", [
    # a span from a date: the day before the anniversary, clamped to the month's length
    ("2011年1月31日から1か月以内の協定", "2011年1月31日から2011年2月27日までの協定"),
    ("2011年3月から半年以内の協定", "2011年3月から2011年8月までの協定"),
    ("2011年3月から半か月以内の協定", "2011年3月から半か月以内の協定"),  # (半 of a year only)
    ("0000年1月1日から1か月以内", "0000年1月1日から1か月以内"),  # (no such year: as written)
    # a fiscal half or quarter
    ("2016年度の第1四半期の協定", "2016年4月から2016年6月までの協定"),
    ("2011年度下期の協定", "2011年10月から2012年3月までの協定"),
    # a capital by description, and not a capital that is no city
    ("ベトナムの首都との協定", "ハノイとの協定"),
    ("Korea's capital markets", "Korea's capital markets"),
])
def test_restated_dates_and_places(text, read):
    assert restate(text) == read


def test_letters_with_a_number_that_rank_or_date_are_no_topic_words(engine):
    assert "top3" not in engine.plan("TOP3の国は？").topic
