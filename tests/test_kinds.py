"""Kinds of partner read off the names (kinds.py), against the list as published.

Expectations are read from data/teikei_list_H28-09.txt by hand: who signed on the
other side, as the partner cell and the agreement's name say."""

from __future__ import annotations

from pathlib import Path

import pytest

from teikei_qa.kinds import entity_kind, kinds_of_rows, partner_kinds
from teikei_qa.records import parse_text

DATA = Path(__file__).resolve().parent.parent / "data" / "teikei_list_H28-09.txt"


@pytest.mark.parametrize("name,kind", [
    ("タイ王国工業省工場局", "行政機関"),      # a ministry's department
    ("カンボジア鉱工業エネルギー省", "行政機関"),  # 省 after a ministry's subject
    ("工業省", "行政機関"),
    ("福建省", "州・省"),                      # 省 after a province's name
    ("クアンナム省", "州・省"),                # a province written in katakana
    ("ジョホール州", "州・省"),
    ("イスカンダル地域開発庁(IRDA)", "行政機関"),
    ("ハイフォン市", "都市"),
    ("釜山外国語大学校", "大学"),
    ("国立ブラド美術館", "博物館・美術館"),
    ("社団法人韓国陶磁文化協会", "企業・団体"),
    ("中国", None),                            # a country alone says nothing
])
def test_entity_kind(name, kind):
    assert entity_kind(name) == kind


@pytest.fixture(scope="module")
def records():
    return parse_text(DATA.read_text(encoding="utf-8"), str(DATA)).records


@pytest.mark.parametrize("line,kinds", [
    (8, {"行政機関", "政府機関"}),  # タイ王国工業省工場局: a country's ministry
    (15, {"行政機関", "政府機関"}),  # ジョホール州 is where IRDA is: the body signed
    (34, {"企業・団体", "都市"}),  # cell 上海市; the title adds co-signers: 新瀧商連合会
    (43, {"大学"}),               # cell 釜山; the name: 釜山外国語大学校(官学…)
    (44, {"大学"}),               # 長崎県教育委員会 is the party's own side
    (47, {"行政機関", "政府機関"}),  # cell 中国 alone; the name: 国家外国語専門家局
    (48, {"博物館・美術館"}),     # 長崎県ミュージアム振興財団 is the party's side
    (61, {"州・省", "行政機関"}),  # 福建省's own bureau (海洋と漁業局), not a ministry
    (68, {"博物館・美術館"}),     # モンタナ州 is where the museum is
    (13, {"都市"}),               # four cities
])
def test_partner_kinds_of_rows(records, line, kinds):
    rec = next(r for r in records if r.line == line)
    assert partner_kinds(rec.title, rec.partner, rec.municipality) == kinds


def test_government_bodies_of_the_list(records):
    """Every agreement signed with a government body, by line: the ministries and
    agencies of a country (Thailand's sports authority, Johor's development agency
    among them), and the fisheries bureaus of 福建省 and 浙江省, the provinces' own."""
    rows = kinds_of_rows([r.title for r in records], [r.partner for r in records],
                         [r.municipality for r in records])
    assert sorted(records[i].line for i in rows["政府機関"]) == [8, 10, 14, 15, 23, 47]
    assert sorted(records[i].line for i in rows["行政機関"]) == [8, 10, 14, 15, 23, 47, 61, 62]
    assert sorted(records[i].line for i in rows["州・省"]) == [27, 58, 60, 61, 62, 63, 64]
    assert sorted(records[i].line for i in rows["企業・団体"]) == [34, 42]


def test_a_kind_of_partner_is_a_condition_of_the_answer_and_of_search(engine):
    a = engine.ask("北九州市が政府機関と結んだ協定は何件？")
    assert a.text.splitlines()[0] == ("平成28年9月現在のリストでは、北九州市が政府機関と"
                                      "結んだ協定は4件です。")
    hits = engine.search("外国の中央省庁と結んだ協定", 6)
    assert sorted(h.record.line for h in hits) == [8, 10, 14, 15, 23, 47]
