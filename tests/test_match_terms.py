"""vocab.match_terms: the data's terms found in a question, longest first, then leftmost,
never overlapping; a window is looked up only where some term begins."""

from teikei_qa.vocab import TermIndex, match_terms

INDEX = TermIndex.of(["北九州", "北九州市", "九州", "中", "中国", "国際", "USA", "ハイフォン"])


def test_longest_first_then_leftmost_without_overlap() -> None:
    assert match_terms("北九州市と中国の国際交流", INDEX, []) == [
        ("北九州市", 0, 4), ("中国", 5, 7), ("国際", 8, 10)]


def test_one_character_terms_and_the_spans_already_taken() -> None:
    spans = [(0, 4)]
    assert match_terms("北九州市の中", INDEX, spans) == [("中", 5, 6)]
    assert spans == [(0, 4), (5, 6)]


def test_word_boundaries_for_ascii_and_katakana_and_case_folding() -> None:
    assert match_terms("usa and USAF", INDEX, []) == [("USA", 0, 3)]
    assert match_terms("ハイフォンとハイフォンズ", INDEX, []) == [("ハイフォン", 0, 5)]


def test_the_starts_table_follows_the_terms() -> None:
    assert INDEX.starts["北九"] == (4, 3)
    assert INDEX.starts["中"] == (1,)
    assert INDEX.starts["中国"] == (2,)
