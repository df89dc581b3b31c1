"""Shortened organisation names read as the data writes them (abbreviations.py)."""

from teikei_qa.abbreviations import Abbreviations
from teikei_qa.rewrite import Rewrite

TEXTS = ["長崎県教育委員会と上海外国語大学との教育交流に関する協議書",
         "鹿島市・釜山外国語大学校官学官学国際交流協定",
         "九州経済連合会、新瀧商連合会及び福岡市の経済交流促進に関する覚書",
         "長崎県美術館と釜山市立美術館の交流に関する協定書"]


def test_a_name_shortened_by_the_first_character_of_each_part():
    ab = Abbreviations(TEXTS)
    assert ab.full_name("九経連") == "九州経済連合会"
    assert ab.full_name("釜山外大") == "釜山外国語大学校"
    assert ab.full_name("上海外大") == "上海外国語大学"
    assert ab.full_name("教委") == "教育委員会"
    # the tail of a name, where the shortest is held by every other
    assert ab.full_name("外大") == "外国語大学"


def test_no_name_for_a_word_the_data_writes_or_one_it_cannot_shorten():
    ab = Abbreviations([*TEXTS, "社団法人韓国陶磁文化協会"], lambda: "\n".join(TEXTS))
    assert ab.full_name("美術館") is None      # written as such
    assert ab.full_name("社会") is None        # 社 and 会 parts apart
    assert ab.full_name("長崎大") is None      # no 長崎…大 name in the data
    assert ab.full_name("市立") is None        # 立 is not in the last part of 市立美術館
    assert ab.full_name("博物") is None


def test_the_rewrite_notes_each_name_written_in_full():
    rw = Abbreviations(TEXTS).rewrite(Rewrite("九経連が加わった覚書", ()))
    assert rw.text == "九州経済連合会が加わった覚書"
    assert [c.note() for c in rw.changes] == ["「九経連」は「九州経済連合会」として答えました。"]


def test_with_the_parts_a_character_inside_a_part_shortens_nothing():
    from teikei_qa.tokenize import Tokenizer

    tok = Tokenizer()
    ab = Abbreviations(TEXTS, parts=lambda name: [w.surface for w in tok.words(name)])
    assert ab.full_name("教員") is None  # 教育|委員|会: 員 begins no part (a word: teacher)
    assert ab.full_name("教委") == "教育委員会"
    assert ab.full_name("九経連") == "九州経済連合会"
    assert ab.full_name("釜山外大") == "釜山外国語大学校"  # 釜山 kept whole, then 外, 大
