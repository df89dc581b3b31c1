"""An institution named as a partner that the data lacks is a condition matching
nothing (institutions.py), with the real engine: the answer says the data has none
instead of counting the agreements of the place in its name."""

import pytest

from teikei_qa.institutions import _lacks

AS_OF = "平成28年9月現在のリストでは、"


@pytest.mark.parametrize("question, name", [
    ("上海交通大学との協定", "上海交通大学"),      # not 上海's four agreements
    ("大英博物館との協定は", "大英博物館"),        # not every museum's
    ("台北故宮博物院との協定は？", "台北故宮博物院"),
    ("上海博物館と結んだ協定はありますか", "上海博物館"),
])
def test_an_institution_the_data_lacks_has_no_agreement(engine, question, name):
    a = engine.ask(question)
    assert a.text.splitlines()[0] == f"{AS_OF}{name}との協定はこのデータにはありません。"
    assert a.citations == ()


@pytest.mark.parametrize("question, title", [
    ("上海外国語大学との協定", "長崎県教育委員会と上海外国語大学との教育交流に関する協議書"),
    ("プラド美術館との覚書ってなに？",  # the data writes ブラド: two of three characters
     "長崎県ミュージアム振興財団(日本)と国立ブラド美術館(スペイン)の友好促進に関する覚書"),
    ("ライデン博物館との協定",  # shorter than the data's name: still that one
     "長崎県(日本)とライデン国立民族学博物館(オランダ)の交流促進に関する協定書"),
    ("御船町が米国の大学付属博物館と締結した提携", "姉妹館提携"),  # described, not named
])
def test_an_institution_the_data_names_is_found(engine, question, title):
    assert engine.ask(question).citations[0].record.title == title


def test_what_the_data_holds_decides(engine):
    folded = engine._all_text  # as the engine passes it: NFKC, kana as katakana
    assert not _lacks("釜山博物館", folded)       # held as written
    assert not _lacks("福建省博物館", folded)     # 福建博物院: a museum, 福建 of 福建省
    assert _lacks("湖北省博物館", folded)         # 湖北省 holds no museum in the data
    assert not _lacks("国立大学", folded)         # no name of its own
    assert _lacks("釜山博物館", "")               # nothing held: lacked
