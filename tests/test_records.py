"""Parsing the list: one row per odd row kind of the real data, encodings, bad input."""

from __future__ import annotations

import subprocess
import sys

import pytest

from teikei_qa.dates import SignDate
from teikei_qa.errors import DataError
from teikei_qa.lists import load_file
from teikei_qa.records import decode, parse_fields, parse_partner, parse_text, parse_url

from .conftest import DATA


@pytest.fixture(scope="module")
def records():
    return {r.line: r for r in load_file(DATA).records}


# line → (parties (name, prefecture), country, partners, fields, date, url)
ROWS = [
    # an organisation with no country prefix: country from its name
    (8, [("北九州市", "福岡県")], "タイ", ("タイ王国工業省工場局",), ("環境",),
     SignDate(2011, 8, 31), None),
    (10, [("北九州市", "福岡県")], "カンボジア", ("カンボジア鉱工業エネルギー省",), ("水道",),
     SignDate(2011, 12, 19), None),
    # several partner cities; a bracketed date that is a meeting, the only date given
    (13, [("北九州市", "福岡県")], "中国", ("上海市", "武漢市", "唐山市", "天津市"), ("環境",),
     SignDate(2014, 4), None),
    # the signing date in brackets among earlier dates (平成27年9月, 平成28年6月)
    (14, [("北九州市", "福岡県")], "タイ", ("タイ王国スポーツ公社",), ("スポーツ",),
     SignDate(2016, 6, 23), None),
    # two partner entities separated by a space
    (15, [("北九州市", "福岡県")], "マレーシア", ("ジョホール州", "イスカンダル地域開発庁(IRDA)"),
     ("環境",), SignDate(2016, 8, 22), None),
    # several fields separated by a comma
    (22, [("福岡市", "福岡県")], "米国", ("アトランタ市",), ("経済", "文化"), SignDate(1993), None),
    # stray space after the slash, a note in brackets
    (23, [("福岡市", "福岡県")], "シンガポール", ("シンガポール生産性規格庁 (現・国際企画庁)",),
     ("経済",), SignDate(2001), None),
    # a field with notes in brackets; the date at the start of the summary
    (41, [("福岡市", "福岡県")], "ミャンマー", ("ヤンゴン市",),
     ("まちづくり (水道・下水・廃棄物処理)",), SignDate(2014), None),
    # prefecture and town written together; HTML anchor URL; [調印日 …] among other dates
    (42, [("有田町", "佐賀県")], "韓国", ("社団法人韓国陶磁文化協会",), ("友好交流",),
     SignDate(2007, 5, 3), "http://www.town.arita.lg.jp/site/kokusai/d_03.html"),
    # the signing date in running text after an earlier, unrelated year
    (43, [("鹿島市", "佐賀県")], "韓国", ("釜山",), ("教育",), SignDate(2003, 10, 30), None),
    # only a country
    (47, [("長崎県", "長崎県")], "中国", (), ("教育",), SignDate(2013, 4, 1), None),
    # "・YYYY年M月締結" with no day
    (49, [("長崎県", "長崎県")], "オランダ", ("ライデン国立民族学博物館",), ("文化",),
     SignDate(2005, 10), None),
    # "に締結された" with a later meeting date
    (58, [("長崎県", "長崎県")], "中国", ("福建省",), ("経済",), SignDate(1988, 5, 11), None),
    # several fields with 、 and a trailing 等; an earlier agreement quoted by name
    (59, [("長崎県", "長崎県")], "中国", ("上海市",), ("経済", "人的", "教育"),
     SignDate(2014, 8, 4), None),
    # era dates: 昭和60年 signs another agreement; 平成14年7月 signs this one (quoted title)
    (61, [("長崎県", "長崎県")], "中国", ("福建省",), ("水産",), SignDate(2002, 7), None),
    # 平成12年4月 is a visit; 同年11月 the signing
    (62, [("長崎県", "長崎県")], "中国", ("浙江省",), ("水産",), SignDate(2000, 11), None),
    # a field with a note in brackets
    # (1986 is the date of the earlier 協議書)
    (63, [("長崎県", "長崎県")], "中国", ("福建省",), ("科学技術(農林)",), None, None),
    # a partner with a list in brackets stays one entity
    (65, [("長崎県", "長崎県")], "中国",
     ("湖北省3館 (武昌起義記念館、辛亥革命博物館、武漢市中山艦博物館)",), ("文化",),
     SignDate(2013, 3, 22), None),
    # joint parties in one cell; fields separated by spaces and ・
    (67, [("熊本県", "熊本県"), ("熊本市", "熊本県")], "台湾", ("高雄市",),
     ("経済", "観光", "教育", "航空定期便"), SignDate(2013, 9, 9), None),
    (68, [("御船町", "熊本県")], "米国", ("モンタナ州", "モンタナ州立大学付属ロッキー博物館"),
     ("学術研究", "展示", "教育普及"), SignDate(2012, 7, 21), None),
]


@pytest.mark.parametrize("line,parties,country,partners,fields,date,url", ROWS,
                         ids=[str(r[0]) for r in ROWS])
def test_parsed_fields(records, line, parties, country, partners, fields, date, url):
    rec = records[line]
    assert [(p.name, p.prefecture) for p in rec.parties] == parties
    assert rec.country == country
    assert rec.partners == partners
    assert rec.fields == fields
    assert rec.date == date
    assert rec.url == url
    assert rec.source == DATA.name and rec.line == line


def test_whole_file(records):
    assert len(records) == 43
    assert sorted(records)[:3] == [8, 9, 10]
    # every column kept as written, for display
    rec = records[42]
    assert rec.url_text.startswith('<a href="http://www.town.arita.lg.jp')
    assert rec.municipality == "佐賀県有田町"
    assert records[61].title == ("長崎県水産部と福建省海洋と漁業局との漁業協力に関する交流協議書 "
                                 " 現在は「海洋と漁業庁」")


def test_ids_are_stable_when_rows_move():
    text = DATA.read_text("utf-8")
    lines = text.splitlines()
    moved = lines[:7] + lines[8:15] + [lines[7]] + lines[15:]  # first data row moved down
    a = {r.title: r.id for r in parse_text(text, "a").records}
    b = {r.title: r.id for r in parse_text("\n".join(moved), "b").records}
    assert a == b
    assert len(set(a.values())) == 43


def test_cp932_crlf_parses_to_the_same_records(tmp_path):
    text = DATA.read_text("utf-8")
    p = tmp_path / "list_sjis.txt"
    p.write_bytes(text.replace("\n", "\r\n").encode("cp932"))
    utf8 = load_file(DATA).records
    sjis = load_file(p, source=DATA.name).records
    assert sjis == utf8


def test_utf8_bom_and_csv(tmp_path):
    import csv
    import io

    rows = [r for r in (line.split("\t") for line in DATA.read_text("utf-8").splitlines())
            if len(r) == 6]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    p = tmp_path / "list.csv"
    p.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    recs = load_file(p).records
    assert len(recs) == 43
    orig = {r.id: r for r in load_file(DATA).records}
    for r in recs:
        o = orig[r.id]
        assert (r.title, r.country, r.partners, r.fields, r.date, r.url) == \
            (o.title, o.country, o.partners, o.fields, o.date, o.url)


HEADER = "自治体名\t協定名\t協定締結先(国・地域名/都市名)\t分野\t概要(骨子、締結年等)\tURL"
GOOD = "北九州市\t協定A\tベトナム/ハイフォン市\t水道\t[2011年10月25日提携]\t"


@pytest.mark.parametrize("body,line,problem", [
    (f"{HEADER}\n{GOOD}\n北九州市\t協定B\tベトナム\t水道\n", 3, "4 columns where 6 are expected"),
    (f"{HEADER}\n\t協定B\tベトナム\t水道\t\t\n", 2, "自治体名 (the party) is empty"),
    (f"{HEADER}\n北九州市\t \tベトナム\t水道\t\t\n", 2, "協定名 (the agreement's name) is empty"),
    (f"{HEADER}\n{GOOD}\n{GOOD}\textra\n", 3, "7 columns where 6 are expected"),
])
def test_bad_rows_strict_and_lenient(body, line, problem):
    with pytest.raises(DataError) as err:
        parse_text(body, "x.tsv")
    assert err.value.line == line and problem in err.value.problem
    assert str(err.value).startswith(f"x.tsv:{line}: ")
    result = parse_text(body, "x.tsv", lenient=True)
    assert [(s.line, problem in s.problem) for s in result.skipped] == [(line, True)]
    assert result.read == len(result.records) + len(result.skipped)


@pytest.mark.parametrize("body,message", [
    ("", "the file is empty"),
    ("  \n\n", "the file is empty"),
    (f"タイトル\n\n{HEADER}\n", "no agreement rows"),
])
def test_empty_and_header_only(body, message):
    with pytest.raises(DataError) as err:
        parse_text(body, "x.tsv")
    assert message in str(err.value)


def test_undecodable_bytes_name_the_line():
    data = (HEADER + "\n" + GOOD + "\n").encode("utf-8") + b"\xff\xfe\x80\x81\n"
    with pytest.raises(DataError) as err:
        decode(data, "bad.tsv")
    assert str(err.value).startswith("bad.tsv:3: ")
    assert "UTF-8" in str(err.value)


def test_extra_empty_cells_from_spreadsheets_are_ignored():
    recs = parse_text(f"{HEADER}\n{GOOD}\t\t\n", "x").records
    assert len(recs) == 1 and recs[0].url is None


@pytest.mark.parametrize("cell,expected", [
    ("", None),
    ("http://example.jp/a", "http://example.jp/a"),
    ("https://example.jp/a?b=1&c=2", "https://example.jp/a?b=1&c=2"),
    ('<a href="https://example.jp/x">link</a>', "https://example.jp/x"),
    ("javascript:alert(1)", None),
    ('<a href="javascript:alert(1)">x</a>', None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("ftp://example.jp/", None),
])
def test_urls(cell, expected):
    assert parse_url(cell) == expected


@pytest.mark.parametrize("cell,expected", [
    ("経済 観光・教育 航空定期便", ("経済", "観光", "教育", "航空定期便")),
    ("文化、教育、観光、経済等", ("文化", "教育", "観光", "経済")),
    ("経済,文化", ("経済", "文化")),
    ("まちづくり (水道・下水・廃棄物処理)", ("まちづくり (水道・下水・廃棄物処理)",)),
])
def test_fields(cell, expected):
    assert parse_fields(cell) == expected


@pytest.mark.parametrize("cell,expected", [
    ("ベトナム/ハイフォン市", ("ベトナム", ("ハイフォン市",))),
    ("中国/上海市、武漢市", ("中国", ("上海市", "武漢市"))),
    ("タイ王国工業省工場局", ("タイ", ("タイ王国工業省工場局",))),
    ("中国", ("中国", ())),
    ("アメリカ合衆国/シアトル市", ("米国", ("シアトル市",))),
    ("USAID", (None, ("USAID",))),
])
def test_partner(cell, expected):
    assert parse_partner(cell) == expected


def test_build_cli_reports_bad_row_and_exit_2(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text(f"{HEADER}\n{GOOD}\n北九州市\t協定B\n", "utf-8")
    cmd = [sys.executable, "-m", "teikei_qa.cli", "build", "--data", str(bad),
           "--index", str(tmp_path / "ix")]
    strict = subprocess.run(cmd, capture_output=True, text=True)
    assert strict.returncode == 2
    assert strict.stderr.strip().splitlines() == [
        "teikei-qa: bad.tsv:3: 2 columns where 6 are expected (tab-separated: "
        "自治体名 協定名 協定締結先 分野 概要 URL)"]
    lenient = subprocess.run(cmd + ["--lenient"], capture_output=True, text=True)
    assert lenient.returncode == 0, lenient.stderr
    assert "skipped bad.tsv:3: 2 columns" in lenient.stderr
    assert "read 2 rows: indexed 1, skipped 1" in lenient.stdout
