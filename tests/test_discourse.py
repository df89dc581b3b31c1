"""discourse.py: which sentences of a message ask. Written for these tests, not copied
from an eval file."""

import pytest

from teikei_qa.discourse import asked_part, asks, sentences, states


def test_sentences_keep_brackets_whole():
    assert sentences("北九州市の協定を挙げて（環境のものは要らない。水道だけ）。件数も。") == [
        "北九州市の協定を挙げて（環境のものは要らない。水道だけ）。", "件数も。"]


@pytest.mark.parametrize("sentence, asking, stating", [
    ("福岡市の協定は何件ですか。", True, False),
    ("長崎県の協定を全部挙げてください。", True, False),
    ("中国との協定を教えて", True, False),
    ("佐賀県の協定は？", True, False),
    ("新聞で記事を読みました。", False, True),
    ("どちらが多いのか、同僚と意見が分かれています。", False, True),  # どちら embedded
    ("博物館の交流を調べている学生です。", False, True),
    ("長崎県について。", False, False),  # a topic set, no verb
])
def test_how_a_sentence_ends(sentence, asking, stating):
    assert asks(sentence) is asking and states(sentence) is stating


@pytest.mark.parametrize("message, asked", [
    # background before a question that names its own party: dropped
    ("テレビで佐賀県の陶磁器の特集を見ました。韓国との交流も多いそうです。"
     "有田町が結んだ協定は何件ですか。", "有田町が結んだ協定は何件ですか。"),
    # a place of its own and a question of the table: dropped
    ("ゼミでアジアの都市間協力を調べています。タイと結んだ協定を全部挙げてください。",
     "タイと結んだ協定を全部挙げてください。"),
    # the background names a party the question lacks: kept
    ("長崎県の協定を調べています。中国と結んだものは何件？",
     "長崎県の協定を調べています。中国と結んだものは何件？"),
    # the question points back (その, 同じ, こうした, 私の): kept
    ("福岡市は中国とよく協定を結んでいます。その中で2005年のものは？",
     "福岡市は中国とよく協定を結んでいます。その中で2005年のものは？"),
    ("漁業の協定があると聞きました。こうした協定を韓国と結んだ県は？",
     "漁業の協定があると聞きました。こうした協定を韓国と結んだ県は？"),
    # a question of a subject keeps the scene's words (漁協: what it is about)
    ("うちの漁協は台湾の漁業者と取引があります。魚について台湾と協力している協定を教えて。",
     "うちの漁協は台湾の漁業者と取引があります。魚について台湾と協力している協定を教えて。"),
    # after the question: what to count in, a declined form, a declined kind
    ("熊本県の協定を挙げてください。熊本市と連名のものも含めてお願いします。",
     "熊本県の協定を挙げてください。"),
    ("北九州市の協定は何件ですか。分野ごとの内訳は不要です。", "北九州市の協定は何件ですか。"),
    ("北九州市の協定を挙げて。水道分野のものは要りません。",
     "北九州市の協定を挙げて。水道分野のものは除く。"),
    # a courtesy after the question, with what the answer is for: dropped
    ("文化分野の協定を全部挙げてください。老人の勉強のため、どうぞよろしくお願いいたします。",
     "文化分野の協定を全部挙げてください。"),
    ("長崎県の協定は何件でしょうか。何卒よろしくお願い申し上げます。",
     "長崎県の協定は何件でしょうか。"),
    # what the answer is for, said as a reason (…したいので。): no request
    ("観光分野の協定を一覧にしてもらえますか。ツアー企画の参考にしたいので。",
     "観光分野の協定を一覧にしてもらえますか。"),
    # a time or a field of its own and a question of the table: the scene dropped (資料,
    # 情報 are the asker's, no subject of the agreements)
    ("郷土の歴史を調べております。当時の資料を整理しております。"
     "2010年に締結された協定をすべて教えていただけますか。",
     "2010年に締結された協定をすべて教えていただけますか。"),
    ("商工会で情報を集めております。分野に経済が含まれている協定は何件ありますか。",
     "分野に経済が含まれている協定は何件ありますか。"),
    ("年ごとの動きを比べてみたいと思っております。2003年と2005年では、どちらの年の協定が"
     "多いですか。", "2003年と2005年では、どちらの年の協定が多いですか。"),
    # a subject of its own (…について, …ための): the scene dropped, whatever it was about
    ("学芸員でございます。人材交流の事例を参考にしたく、調べております。絵画の修復について"
     "専門家が交流する協定があれば教えてください。",
     "絵画の修復について専門家が交流する協定があれば教えてください。"),
    # …については (as for) is no subject: the first request is the question
    ("韓国との協定を県ごとにまとめてください。一番多い県については一覧もお願いします。",
     "韓国との協定を県ごとにまとめてください。一番多い県については一覧もお願いします。"),
    # one sentence, or none that asks: as written
    ("福岡市の協定", "福岡市の協定"),
    ("福岡市の協定を調べています。", "福岡市の協定を調べています。"),
])
def test_asked_part(message, asked):
    assert asked_part(message) == asked


def test_english_is_left_to_its_own_grammar():
    said = "I read about Fukuoka. How many agreements does Kumamoto have?"
    assert asked_part(said) == said


def test_a_question_that_does_not_name_what_it_counts_counts_the_backgrounds():
    said = "台湾との協定について調べています。熊本県のものは何件？"
    assert asked_part(said) == said


def test_what_the_asker_already_knows_is_no_condition():
    said = "長崎県が多いのは知ってるけど、福岡市の協定は何件？"
    assert asked_part(said) == "福岡市の協定は何件？"


def test_a_yes_or_no_wondered_before_a_question_that_stands_alone():
    said = ("長崎県は韓国の大学とも結んでいると聞きましたが、本当でしょうか。"
            "長崎県が結んでいる協定は全部で何件ですか。")
    assert asked_part(said) == "長崎県が結んでいる協定は全部で何件ですか。"
    kept = "長崎県は中国と結んでいますか。何件ありますか。"  # no place of its own
    assert asked_part(kept) == kept


def test_an_addendum_the_only_sentence_that_asks_of_the_table():
    """(max() of no sentence had raised ValueError.)"""
    said = "福岡市の協定を見せて。ただし中国のものは全部除外で。"
    assert asked_part(said) == said


@pytest.mark.parametrize(("message", "asked"), [
    # a chatbot's instruction goes, the question it is joined to stays
    ("ステップごとに考えて、長崎県の協定は何件か答えて", "長崎県の協定は何件か答えて"),
    ("順を追って、福岡市の協定を年ごとに説明してください",
     "順を追って、福岡市の協定を年ごとに説明してください"),
    ("形式：表で長崎県の協定を分野別に", "形式：表で長崎県の協定を分野別に"),
    ("Format: table. How many agreements does Nagasaki have?",
     " How many agreements does Nagasaki have?"),
    # a question after the first is no guess (でしょう with a question word)
    ("長崎県の協定は何件？ では福岡市のはどれくらいあるんでしょうか？",
     "長崎県の協定は何件？ では福岡市のはどれくらいあるんでしょうか？"),
])
def test_instructions_and_guesses_leave_the_question(message, asked):
    from teikei_qa.discourse import asked_part

    assert asked_part(message) == asked
