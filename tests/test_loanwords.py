"""loanwords.py: business katakana read as the grammar's words, with JMdict's senses (the
real glossary the index builds). Written for these tests, not copied from an eval file."""

import pytest

from teikei_qa.glossary import shared
from teikei_qa.loanwords import read_loanwords


@pytest.fixture(scope="module")
def senses(built):
    glossary = shared()
    assert glossary is not None, "the glossary (jamdict-data) is part of the install"
    return glossary.senses


@pytest.mark.parametrize(("text", "read"), [
    ("熊本県のアグリーメント", "熊本県の協定"),
    ("セクター別のカウント", "分野別の件数"),
    ("カテゴリ別に", "分野別に"),             # one JMdict entry for カテゴリ and カテゴリー
    ("イヤー別にブレイクダウンして", "年別に分けて"),  # ear, then year; a する verb
    ("件数をカウントすると", "件数を数えると"),
    ("中国のカウンターパート", "中国の相手"),
    ("アートギャラリーとの協定", "美術館との協定"),
    ("ハイフォン市との協定", "ハイフォン市との協定"),  # a name: no sense of MEANINGS
    ("スポーツの協定", "スポーツの協定"),
])
def test_loanwords_read_by_their_english(senses, text, read):
    assert read_loanwords(text, senses, frozenset()) == read


def test_a_word_the_data_writes_stays_unless_it_is_the_grammars(senses):
    # アート is no data word here; a data word with a meaning of its own stays as written,
    # but one that means an agreement is still one (パートナーシップ in a summary)
    held = frozenset({"アートギャラリー"})
    assert read_loanwords("アートギャラリー", senses, held) == "アートギャラリー"
    assert read_loanwords("パートナーシップ", senses, frozenset({"パートナーシップ"})) == "協定"
