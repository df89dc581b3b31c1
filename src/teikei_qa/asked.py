"""What a question asks of the answer rather than which agreements: a detail of each
(いつ, 分野は, URLは, 何月何日), the list's own date, a value of an item the list has no
column for (費用はいくら, 人口は何人), and the list's own items that it answers. Patterns
only (grammar.py: the conditions)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lazy_re import pattern

DETAIL = pattern(r"いつ|何年|目的|相手|どこ|内容|概要|詳細|詳しく|どんな|どのような|"
                 r"何を|中身|分野(?:は|を|って|\s*[?？]|$)|when|what|who|where|which|"
                 r"\bsummar(?:y|ies)\b|"
                 r"\bfields?\b|\bpartners?\b|\babout\b|\bdetails?\b", re.IGNORECASE)
# Agreements besides those the last answer gave (ほかに熊本県の協定は？ 他には？ what other
# agreements …, any others?): not ほかの国 (other countries: conditions say which).
OTHERS_THAN_SHOWN = pattern(r"ほかに|他に|外に(?=[はも]?[^\s、。]{0,12}?(?:協定|ある|は))|"
                            r"(?:ほか|他)の(?:協定|覚書|もの)|"  # 同じ年のほかの協定は
                            r"(?<![a-z])(?:what|any)\s+other\s+(?:agreements?|ones)\b|"
                            r"(?<![a-z])any\s+others\b|(?<![a-z])anything\s+else\b|"
                            r"(?<![a-z])other\s+than\s+(?:that|those|these|it|them)\b",
                            re.IGNORECASE)
# The agreements of the last answer named (その協定の概要は？ それを結んだ自治体は？ その
# 新しいほうの正式名称は？ what was that one about?), or a detail of them asked bare (締結年は？
# きっかけは？ 正式名称は？): answered of those agreements, their details shown.
REFERENT = pattern(r"^\s*(?:(?:あ|じゃあ|では|で|えっと)[、,]?\s*)?(?:(?:その|この|それらの|"
                   r"これらの|さっきの|上の|今の)\s*(?:協定|覚書|協議書|合意書|提携|取り決め|もの|"
                   r"きっかけ|経緯|背景|概要|内容|目的|中身|詳細|正式(?:な)?名称|名称|名前|"
                   r"[1-9１-９一二三]つ|新しい(?:方|ほう)|古い(?:方|ほう)|(?:1|一)件)|"
                   r"(?:それ|これ)(?:ら)?(?:の|を|は|って|が)(?!\s*(?:以外|うち|中|ほか|他)))|"
                   r"^\s*(?:(?:締結|調印)(?:年|日|年月日)|きっかけ|経緯|背景|正式(?:な)?名称|"
                   r"(?:協定の)?名前|概要|内容|中身|詳細|結んだ自治体|締結した自治体|自治体)"
                   r"\s*(?:は|って|を(?:教えて)?)?\s*(?:何|なに|どこ|どれ|いつ)?\s*[?？]?\s*$|"
                   r"\b(?:that|this|those|these) (?:agreement|memorandum|mou|one|deal)s?\b|"
                   r"^\s*(?:what|when|who|where)\b[^?]{0,30}\b(?:it|that|they|them)\b",
                   re.IGNORECASE)
# A table asked by its grouping (県別に, 年ごとの件数, 集計, breakdown by, per city): of
# every row the conditions leave, whatever else the question says of its purpose; where a
# place is asked (焼き物の団体と仲良くしているところはどこ, which cities), the table is of
# the agreements that description picks (engine._grouped_topic).
TALLY_ASKED = pattern(r"別|ごと|毎|集計|内訳|\bby\b|\bper\b|\beach\b|breakdown", re.IGNORECASE)
# Each agreement's field asked for (分野は？ それらの分野を教えて, what field): shown.
FIELD_ASKED = pattern(r"(?<![\u4e00-\u9fff\u30a0-\u30ff])分野(?:は|を|って|が)\s*"
                      r"(?:何|なに|なん|どこ|どれ|どう|[?？]|教え|知り|見せ|$)|"
                      r"(?:何|なん|どの|どんな)の?分野|\b(?i:what|which)\s+分野|"
                      r"\b(?i:(?:what|which) (?:fields?|areas?|sectors?))\b")
# The list's own date asked (このリストはいつ現在のもの？ date of this list): its heading's.
LIST_DATE_ASKED = pattern(r"(?:リスト|一覧|データ|この表)(?:は|の|って)?\s*(?:いつ|何年何月)\s*"
                          r"(?:現在|時点|の(?:もの|データ|情報)|更新|作成|まとめ)|"
                          # いつ時点のリスト, 何年何月現在のデータ
                          r"(?:いつ|何年何月)\s*(?:現在|時点)\s*の\s*(?:リスト|一覧|データ|表)|"
                          r"(?:リスト|一覧|データ)の(?:日付|時点|更新日|作成日)|"
                          r"\b(?:date|as of when)\b.{0,20}\b(?:list|data)\b|"
                          r"\b(?:list|data)\b.{0,20}\b(?:dated|updated|as of when|current)\b",
                          re.IGNORECASE)
# The list's columns asked for (項目は何がある, どんな列がありますか, what columns does the data
# have): what each row gives.
COLUMNS_ASKED = pattern(r"(?<![\u4e00-\u9fff])(?:項目|列|カラム|欄|フィールド)\s*"
                        r"(?:は|に|って|が)?\s*"
                        r"(?:何|なに|どんな|どの|いくつ)|(?:どんな|どの|何の)\s*(?:項目|列|カラム|欄)|"
                        r"(?<![\u4e00-\u9fff])(?:列|項目|カラム)の"
                        r"(?:名前|名称|一覧)|\b(?:what|which)\s+(?:columns|fields of information|"
                        r"information)\b.{0,30}\b(?:list|data|table|have|give)|\bcolumns?\b.{0,20}"
                        r"\b(?:list|data|table)\b", re.IGNORECASE)
# The address of an agreement's page asked for (URLは？ ホームページ, the link).
URL_ASKED = pattern(r"(?<![a-z])(?:urls?|web ?sites?|links?)(?![a-z])|"
                    r"ホームページ|ウェブサイト|リンク", re.IGNORECASE)
# The signing date asked (いつ結ばれた, 何年に, when was it signed): said in the first line.
WHEN_ASKED = pattern(r"いつ(?!まで)|何年|何月|何日|日付|締結日|締結年|調印日|"
                     r"(?:締結|調印|署名)時期|\bwhen\b|"
                     r"\bwhat year\b|\bwhat date\b|\bhow (?:long|many years) ago\b",
                     re.IGNORECASE)
# How long ago it was signed (何年前, 締結から何年, how long ago): counted from the list's year.
AGO_ASKED = pattern(r"何年前|(?:締結|調印)から何年|何年(?:経|た)っ|何年になる|"
                    r"\bhow (?:long|many years) ago\b", re.IGNORECASE)
# The day itself asked for (何月何日, on what day exactly): a date the list gives only to
# the year or month is said to be so.
DAY_ASKED = pattern(r"何月何日|何日に|何日付|日付まで|\b(?:on )?what (?:exact )?(?:day|date)"
                    r"(?:\s+exactly)?\b|\bexact (?:day|date)\b", re.IGNORECASE)


# A value asked of a noun: 人口は何人, 費用はいくら, 有効期限はいつまで, 署名者は誰, how much
# is the budget, who signed. The list answers it only if it has such an item (engine).
_ASKED_AFTER = pattern(r"^\s*(?:は|って|が|を)?\s*(?:いくら|何人|何名|いつまで|誰|だれ|どなた|"
                       r"何円|何ドル|何万|何語|どれくらい|どれぐらい|どのくらい|どのぐらい)|"
                       r"^\s*(?:は|って)\s*(どこ)|"  # 担当部署はどこ (not 相手国はどこ)
                       # 有効期限がもう切れている: a state of the item asked
                       r"^\s*(?:が|は)\s*(?:もう|すでに|既に)?\s*(?:切れ|過ぎ|終わ|終了|満了|失効)|"
                       # 署名したのは誰: who did it
                       r"^\s*(?:を)?\s*(?:した|する|している)(?:の|人)は\s*(?:誰|だれ|どなた)")
# 人口が一番多い締結先, 評価が高いもの, 予算が大きい協定: ranked or judged by it (when no
# row holds it, the list has no such item: engine); not a description of a topic
# (温室効果ガスの少ない都市づくり).
_RANKED_BY = pattern(r"\s*(?:が|の)\s*(?:一番|いちばん|最も|もっとも|特に)?\s*"
                     r"(?:多[いく]|少な[いく]|高[いく]|低[いく]|大き[いく]|大きな|小さ[いく]|"
                     r"広[いく]|狭[いく]|長[いく]|短[いく])\s*"
                     r"(?:もの|の\s*[はを]|協定|覚書|自治体|締結先|相手|国|都市(?!づくり)|ところ|とこ|"
                     r"順|[はを?？]|$)")
# …の有効期間は？ 連絡先は？: an item of the agreements named before の, asked bare.
_ASKED_OF = pattern(r"^\s*(?:は|って)\s*[？?]?\s*$|"
                    # 担当課の電話番号を一覧にして, 協定の予算を教えて
                    r"^\s*(?:を|も)\s*(?:一覧|リスト|表に|教え|知り|調べ|まとめ|出して|見せ)")
_ASKED_EN = pattern(r"\b(?:how much (?:is|was|were|are|did) the|what (?:is|was|are|were) "
                    r"the|what's the|who (?:is|was|were) the)\s+([a-z]+)", re.IGNORECASE)
_PLACES = tuple("都市国県町村先地所館")  # nouns of places: どこ asks which of them
# How long an agreement runs (how long is … valid): its duration, which the list lacks.
_HOW_LONG = pattern(r"\bhow long (?:is|was|does|will|did)\b", re.IGNORECASE)
_VALID = pattern(r"(?:今も|今でも|まだ|現在も|現在)\s*有効|有効(?:ですか|なの|か[?？]|性)|失効|"
                 r"効力|\bstill (?:valid|in force|active|in effect)\b|\bexpired\b",
                 re.IGNORECASE)


# Words for the list's own items (相手は誰, the date of): asked values it answers.
ITEM_WORDS = frozenset("""相手 相手先 相手国 締結先 提携先 パートナー 自治体 締結者 分野 日付 締結日
協定相手 相手都市 相手方 締結相手 提携相手 締結年月日 締結年月 調印日 署名日 締結時期 調印時期 時期
締結年 年 月 日 いつ URL url リンク link ホームページ 概要 内容 名前 名称 協定名 名 目的 経緯
背景 きっかけ 詳細 内訳 一覧 件数 数 合計 割合 正式名 正式名称
partner partners field date year name title summary
content contents website homepage deal deals agreement agreements memorandum accord pact partnership
arrangement relationship tie ties cooperation purpose aim goal background story details
detail point first second third last one ones 文書 合意文書 書類 取り決め 取決め document documents
text""".split())


# The rest of a sentence that says why a question is asked (…を知りたくて。 見たいので。
# 資料に使うため。), after the question.
_WHY_ASKED = pattern(r"[^。？?！!]*(?:くて|ので|から|ため)\s*[。！!]\s*$")


def ranked_by(text: str, topic: Sequence[str]) -> str | None:
    """The topic word a question ranks or judges by (人口 of 人口が一番多い締結先は), if any."""
    return next((w for w in topic if (at := text.find(w)) >= 0 and w not in ITEM_WORDS
                 and _RANKED_BY.match(text, at + len(w))), None)


def asked_value(text: str, topic: Sequence[str]) -> str | None:
    """The topic word whose value the question asks for (人口 in ハイフォン市の人口は何人),
    or None; never one of the list's own items (相手は誰)."""
    for word in topic:
        at = text.find(word)
        if at >= 0 and _WHY_ASKED.match(text, at):
            continue  # …何件？東アジアの最近の動きを知りたくて。: why it is asked, not what
        after = text[at + len(word):]
        m = _ASKED_AFTER.match(after)
        if m and m.group(1) and word.endswith(_PLACES):  # 姉妹都市はどこ: places, not a value
            continue
        if at >= 0 and word not in ITEM_WORDS and (m or (
                text[at - 1:at] == "の" and _ASKED_OF.match(after))):
            return word
    if ranked := ranked_by(text, topic):
        return ranked
    if _HOW_LONG.search(text):
        return "duration"
    if _VALID.search(text):  # 今も有効ですか: whether it is in force, which the list lacks
        return "有効期限"
    m = _ASKED_EN.search(text)
    word = m.group(1).lower() if m else ""
    return word if word in topic and word not in ITEM_WORDS else None
