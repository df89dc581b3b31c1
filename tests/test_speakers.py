"""speakers.own_named: the writer's own organisation, introduced first, read by name."""

from __future__ import annotations

import pytest

from teikei_qa.speakers import own_named

PREFECTURES = {"北九州市": "福岡県", "有田町": "佐賀県", "太宰府市": "福岡県"}


@pytest.mark.parametrize("text, read", [
    ("北九州市上下水道局の者です。うちの市が海外と結んでいる協定は？",
     "北九州市が海外と結んでいる協定は？"),
    ("長崎県国際課でございます。本県が韓国と締結している協定を全部教えてください。",
     "長崎県が韓国と締結している協定を全部教えてください。"),
    ("北九州市アジア交流課です。弊市が平成28年に結んだ協定は？",
     "北九州市が平成28年に結んだ協定は？"),
    ("有田町まちづくり課の者でございます。私どもの町と鹿島市ではどちらが多い？",
     "有田町と鹿島市ではどちらが多い？"),
    ("福岡市国際部の者ですが、うちが中国と交わした協定は？", "福岡市が中国と交わした協定は？"),
    # 本県 from a city's staff: its prefecture; 県内 with no prefecture before it: the
    # writer's
    ("北九州市の者です。本県の協定は何件？", "福岡県の協定は何件？"),
    ("佐賀県国際課の担当です。県内の市町が結んだ協定は？", "佐賀県内の市町が結んだ協定は？"),
    ("長崎県の国際課員です。本県内の市町の協定は？", "長崎県内の市町の協定は？"),
    # the whole name, not cut at a 府 or 都 inside it; a prefecture before a city dropped
    ("太宰府市の者です。本県の協定は？", "福岡県の協定は？"),
    ("京都市国際課です。当市の協定は？", "京都市の協定は？"),
    ("福岡県北九州市の者です。うちの市の協定は？", "北九州市の協定は？"),
    # 当庁 of a city's staff: the city
    ("北九州市役所の者です。当庁が結んだ協定", "北九州市が結んだ協定"),
])
def test_the_writers_own_organisation_is_read_by_name(text, read):
    assert own_named(text, PREFECTURES.get) == read


@pytest.mark.parametrize("text", [
    "うちの市の協定は？",  # no one introduced: as written
    "北九州市上下水道局の者です。水道分野の協定は？",  # no word for their own: as written
    "北九州市の者です。日本市場向けの協定は？",  # 本市 inside 日本市場
    "北九州市の者です。そのうちは何件？",  # うち of そのうち
    "北九州市の協定は何件ですか。うちの市はどうですか。",  # a question first, no one introduced
    "長崎県との関係、県内の市町村の協定は？",  # 係 of 関係: no one introduced
])
def test_no_one_introduced_or_no_own_word(text):
    assert own_named(text, PREFECTURES.get) == text
