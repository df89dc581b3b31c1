"""JMdict's glosses (glossary.py): the pure matching, the derived file made from the real
jamdict-data package, and words it lets stand in for the data's, with the real encoder."""

from __future__ import annotations

import pytest

from teikei_qa.glossary import Glossary, GlossIndex, english_senses, normal_gloss


@pytest.mark.parametrize("raw, normal", [
    ("to propose (an idea, etc.)", "propose"),
    ("Pottery", "pottery"),
    ("the arts", "arts"),
    ("waste matter", "waste matter"),
    ("(something) in brackets only", "in brackets only"),
])
def test_a_gloss_is_compared_without_notes_or_a_leading_to(raw, normal):
    assert normal_gloss(raw) == normal


def test_the_most_glosses_one_sense_shares():
    index = GlossIndex({
        "陶磁器": (frozenset({"porcelain", "china", "ceramics", "pottery"}),),
        "中": (frozenset({"inside", "middle"}), frozenset({"china"})),
        "修復": (frozenset({"restoration", "repair", "mending"}),),
    })
    yakimono = (frozenset({"earthenware", "pottery", "porcelain", "china"}),
                frozenset({"flame-broiled food"}))
    assert index.shared(yakimono) == {"陶磁器": 3, "中": 1}
    assert index.shared((frozenset({"repair", "mending", "fixing"}),)) == {"修復": 2}
    assert index.shared(()) == {}


def test_a_sense_held_whole_by_another():
    index = GlossIndex({
        "オリンピック": (frozenset({"olympics"}),),
        "陶磁器": (frozenset({"porcelain", "china", "ceramics", "pottery"}),),
        "研修": (frozenset({"training", "study", "induction course"}),),
    })
    gorin = (frozenset({"olympics", "olympic rings"}),)
    assert index.holding(gorin) == {"オリンピック"}  # the data word's sense, whole
    assert index.holding((frozenset({"pottery", "earthenware"}),)) == set()  # one shared
    assert index.holding(english_senses("trainings")) == {"研修"}  # an English word


def test_an_english_word_is_a_sense_with_its_singular():
    assert english_senses("Fisheries") == (frozenset({"fisheries"}), frozenset({"fishery"}))
    assert english_senses("pottery") == (frozenset({"pottery"}),)
    assert english_senses("glass") == (frozenset({"glass"}),)


@pytest.fixture(scope="module")
def glossary(tmp_path_factory):
    g = Glossary.open(tmp_path_factory.mktemp("cache"))
    assert g is not None, "jamdict-data's file could not be read: has its schema moved?"
    return g


def test_senses_come_from_the_packaged_dictionary(glossary):
    yakimono = set().union(*glossary.senses("焼き物"))
    assert {"pottery", "porcelain", "earthenware"} <= yakimono
    assert any({"repair", "mending"} <= s for s in glossary.senses("修理"))
    assert glossary.senses("ほげほげぴよ") == ()


def test_a_word_with_kanji_is_looked_up_as_written(glossary):
    # 塵 (rubbish) is read ごみ; 五味 (five flavours) too: kana finds both, kanji one.
    assert any("rubbish" in s for s in glossary.senses("ごみ"))
    assert not any("rubbish" in s for s in glossary.senses("五味"))


def test_no_glossary_where_the_cache_cannot_be_written(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert Glossary.open(blocked) is None


@pytest.mark.parametrize("question, word, stands_for", [
    ("焼き物で交流している協定", "焼き物", "陶磁器"),   # pottery, porcelain, china
    ("作品の修理で協力する協定", "修理", "修復"),        # repair, mending
])
def test_a_dictionary_synonym_stands_in_for_the_datas_word(engine, question, word,
                                                           stands_for):
    near = engine.retriever.soft_terms(engine.plan(question).text)
    assert stands_for in [n.word for n in near[word]]


def test_one_shared_gloss_at_a_low_cosine_is_no_synonym(engine):
    near = engine.retriever.soft_terms("宇宙の協定")  # 宇宙 / 世界 share only "space"
    assert "世界" not in [n.word for n in near.get("宇宙", ())]


def test_a_question_in_the_dictionarys_words_cites_the_agreement(engine):
    a = engine.ask("焼き物で交流している協定は？")
    assert a.citations and a.citations[0].record.title == "友好団体協定書"


@pytest.mark.parametrize("word, english", [
    ("support", True), ("supporting", True), ("Short", True), ("teachers", True),
    ("Prado", False), ("Haiphong", False), ("Kitakyushu", False),
])
def test_an_english_word_is_a_gloss(glossary, word, english):
    assert glossary.english(word) is english


def test_an_english_word_is_read_by_meaning_not_as_a_name_by_sound(engine):
    rw = engine.read("agreements that support companies abroad")
    assert "スポーツ" not in rw.text and not rw.corrections  # was support → スポーツ
    assert "ハイフォン" in engine.read("agreements with Haiphon").text  # no English word
    assert "カナダ" in engine.read("agreements with Canadian cities").text  # a name + ending
