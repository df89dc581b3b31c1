"""provinces.old_provinces: whole-prefecture provinces read, partial ones left; pure."""

import pytest

from teikei_qa.provinces import old_provinces
from teikei_qa.rewrite import Rewrite


@pytest.mark.parametrize(("said", "read"), [
    ("肥後の自治体の協定", "熊本県の自治体の協定"),
    ("肥前の協定は何件", "佐賀県・長崎県の協定は何件"),
    ("肥後国の協定", "熊本県の協定"),
    ("肥後の熊本県の協定", "熊本県の協定"),  # the prefecture said after it: dropped
    ("土佐と阿波の協定", "高知県と徳島県の協定"),
    # a part of a prefecture another shares, a city, a ware: as written
    ("筑後の自治体の協定", "筑後の自治体の協定"),
    ("豊前小倉の協定", "豊前小倉の協定"),
    ("伊予市の協定", "伊予市の協定"),
    ("肥前焼の協定", "肥前焼の協定"),
    ("やり甲斐のある協定", "やり甲斐のある協定"),  # an everyday word
])
def test_old_provinces_read_as_their_prefectures(said, read):
    assert old_provinces(Rewrite(said, ())).text == read


def test_the_answer_says_how_a_province_was_read(engine):
    from .test_answers import P

    lines = engine.ask("肥後の自治体が結んどる協定は何件ある？").text.splitlines()
    assert lines[0] == P + "熊本県（県内の自治体を含む）が結んだ協定は2件です。"
    assert lines[1] == "「肥後」は旧国名として熊本県と読みました。"
