"""attributes.attributes_named: a quoted title's party or partner country, asked."""

from __future__ import annotations

import pytest

from teikei_qa.attributes import attributes_named, by_title
from teikei_qa.records import Party, Record


def _record(title: str, parties: tuple[str, ...], country: str) -> Record:
    return Record(id=title, source="list.txt", line=1, municipality=" ".join(parties),
                  title=title, partner=country, field_text="", summary="", url_text="",
                  parties=tuple(Party(p, p, None) for p in parties), country=country)


RECORDS = [_record("スポーツ連携に関する覚書", ("北九州市",), "タイ"),
           _record("美術館の交流に関する協定書", ("長崎県",), "韓国"),
           _record("高雄市国際交流促進覚書", ("熊本県", "熊本市"), "台湾")]


@pytest.mark.parametrize("text, read", [
    ("「スポーツ連携に関する覚書」を結んでる市の協定は何件？", "北九州市の協定は何件？"),
    ("「スポーツ連携に関する覚書」の自治体が結んだ協定", "北九州市が結んだ協定"),
    ("「美術館の交流に関する協定書」と同じ相手国との協定", "韓国との協定"),
    ("「美術館の交流に関する 協定書」の相手国と結んだ協定", "韓国と結んだ協定"),  # (spaces)
])
def test_a_quoted_titles_party_or_country(text, read):
    assert attributes_named(text, lambda: by_title(RECORDS)) == read


@pytest.mark.parametrize("text", [
    "「高雄市国際交流促進覚書」を結んだ自治体の協定",  # two parties: as written
    "「どこにもない覚書」を結んだ市の協定",  # no such agreement: as written
    "「スポーツ連携に関する覚書」の概要は？",  # its summary asked, no party
    "「美術館の交流に関する協定書」の国際的な意義",  # 国 of 国際: no country asked
    "「美術館の交流に関する協定書」の相手国はどこ？",  # the value itself asked: a lookup
])
def test_left_as_written(text):
    assert attributes_named(text, lambda: by_title(RECORDS)) == text
