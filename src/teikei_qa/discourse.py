"""Which sentences of a message ask, and which only set the scene.

People write a paragraph, not a query: 「新聞で、北九州市がタイのスポーツ公社と覚書を結んだと
いう記事を読みました。…北九州市が結んでいるものは全部で何件ですか。」 The sentences before the
first one that asks are background — what the asker read, why they ask, what they
believe — and their words are no conditions when the question names its own place and
does not point back at them (その, それら, 同じ). After the question, a sentence that only
says what to count in (…も含めてお願いします, …も数に入れてください) narrows nothing, and one
that declines a form of the answer (年ごとの内訳までは要らないので) asks for none; a kind of
agreement declined (環境分野のものは要りません) is left out, as 除く says. What the asker
already knows (…のは分かってるけど、), a guess after the question (水道だったかな、) and a
yes/no wondered before a question that stands alone are no conditions either. Pure text
to text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lazy_re import pattern

# A Japanese party said (道: 北海道 alone; 水道, 報道 are no places).
PARTY_SAID = pattern(r"東京都|北海道|[\u4e00-\u9fff]{1,6}(?:[府県町村]|(?<!都)市)")
# A place of either side: a party, a country (…国, not 国際), a province, a name in
# katakana or Latin letters.
PLACE_SAID = pattern(r"東京都|北海道|[\u4e00-\u9fff]{1,6}(?:[府県町村州省]|(?<!都)市|"
                     r"国(?![際内外]))|[ァ-ヺー]{3,}|(?<!^)\b[A-Z][a-z]{3,}")

# A sentence ends at 。！？ (and their half-width forms) or a line break — never inside
# brackets, which may hold a whole clause (（同じ年のものは要りません）).
_SENTENCE = pattern(r"(?:[（(「『][^）)」』]*[）)」』]|[^。．！!？?\n（(「『])+"
                    r"(?:[。．！!？?]+|\n+|$)")
_JAPANESE = pattern(r"[ぁ-ゖァ-ヺ\u4e00-\u9fff]")
# How a sentence that asks ends: a question mark, a question particle, a request.
_ASKS = pattern(r"(?:[?？]|(?:か|かな|かね|かしら|の|っけ|け)|(?:ください|下さい|ちょうだい|"
                r"願います|お願い(?:します|いたします)?|ほしい|欲しい|ほしいです|欲しいです|"
                # 知りたい, 見たい (not 導入に使いたい: what the answer is for)
                # (…を示されたい, 御教示願いたい: an official's request)
                r"(?:知り|しり|見|聞き|きき|伺い|確認し|調べ|しらべ|教えてもらい|おしえてもらい|教えていただき|"
                r"され|願い)"
                r"たい(?:です)?|"
                r"頼む|くれ|くれる|くれますか|もらえますか|いただけますか|"
                r"(?<!につい)(?<!に関し)(?<!とし)(?<!おい)て|(?<!の)で|"
                r"なさい|せよ|こと|は|って))\s*[。．.！!]*\s*$")
# How a sentence of background ends: a verb or the copula, said (…を読みました。 …と言って
# います。 …気になっています。 …だ、という印象を持っています。).
_STATES = pattern(r"(?:ます|ました|ません|ませんでした|です|でした|でしょう|いる|いた|ある|たい|"
                  r"あった|だ|だった|である|ない|なかった|た|だろう|る|う)(?:よ|ね|よね|が|けど|"
                  r"けれど)?\s*[。．.！!]+\s*$")
# A question that points back at what was said before it (その国, それらの, 同じ年, 上記の,
# そういう取り決め, 私の町): the background is its antecedent. Not the list itself (このリスト),
# nor あれば (if there are).
_POINTS_BACK = pattern(r"その|それ|これら|あれ(?!ば)|同じ|当該|上記|前述|前記|先ほど|さっき|そこ|"
                       r"そういう|そういった|そうした|こうした|こういう|こういった|"
                       r"私の|わたしの|僕の|ぼくの|うちの|自分の|我が|地元|"
                       r"この(?!リスト|表|データ|一覧)")
# What a question asks of the table, not of a subject: a count, a list, groups, a
# comparison — where a place of its own is all it needs (a question about a subject
# keeps the background's words: うちの漁協は… 魚や海の資源について中国と協力している協定).
_TABLE_ASKED = pattern(r"何件|件数|いくつ|何か国|何自治体|ごと|別に|すべて|全部|全て|一覧|"
                       r"挙げ|あげて|並べ|どちら|どっち|多い|少ない|内訳")
# A time said (2010年に締結された, 平成25年に, 2015年以降, 1990年代) or a field asked of (分野に
# 経済が含まれている): a condition of the question's own, as a place is.
_DATE_SAID = pattern(r"\d{4}\s*年|(?:明治|大正|昭和|平成|令和)\s*(?:元|\d{1,2})\s*年|"
                     r"\d{2,4}\s*年代|分野\s*(?:に|が|は|で)")
# A subject said as what the agreements are about (…の修復・保存について, 飲み水を届けるための
# 技術協力を約束した協定について): the question's own, whatever the background was about.
_SUBJECT_SAID = pattern(r"[\u4e00-\u9fffァ-ヺー]{2}[^。？?]{0,40}?"
                        r"(?:について(?!は)|に関する|に関わる|ための|を目的)")
# A field named as such (水道分野の協定を漏れなく): a condition of the question's own.
_FIELD_SAID = pattern(r"[\u4e00-\u9fff]{1,6}分野")
# The thing counted, named (協定, 提携 …): a question without it (長崎県のものは何件？)
# counts what the background named (中国との協定について調べています。).
_AGREEMENT_NOUN = pattern(r"協定|提携|覚書|協議書|合意書|合意文|取り?決め|約束|締結|結ん|結ば|交わ")
# The whole list named as what is asked of (この一覧で, このリスト全体で, 全協定の中で).
_WHOLE_LIST = pattern(r"(?:この|本)\s*(?:一覧|リスト|表|データ)\s*(?:全体)?\s*(?:で|の中で|のうち)|"
                      r"(?:全|すべての|全ての|全部の)\s*協定\s*(?:で|の中で|のうち)")
# A comparison asked (…と比べたら, どっちが多い): it needs two sides.
_COMPARED = pattern(r"比べ|比較|どっち|どちら")
# A question word: a sentence with one asks for more than yes or no.
_WH = pattern(r"何|どれ|どこ|どの|いくつ|どちら|どっち|いつ|誰|だれ|"
              r"\b(?:which|how|what|when|where|who)\b", re.IGNORECASE)
# A sentence added to the question before it (ただし広州市との覚書は除外で。): part of it.
_ADDENDUM = pattern(r"\s*(?:ただし|但し|なお|あと|ちなみに|それと|また|それから)")
# The list itself named by a kind (こうした提携のリスト): no antecedent.
_THE_LIST = pattern(r"(?:こうした|こういった|こういう|このような|そうした)\s*(?:提携|協定|取り決め)"
                    r"の\s*(?:リスト|一覧|表)")
_BRACKETED = pattern(r"[（(「『][^）)」』]*[）)」』]")
# A sentence after the question that only says what to count in: …も含めてお願いします,
# …も数に入れてください, 県内の市町村が結んだものは、その県の分に含めてください.
_COUNT_IN = pattern(r"^[^。？?]*?(?:も|は[^。？?]*?に)\s*(?:含めて|含んで|入れて|数に入れて|"
                    r"カウントして|対象にして|加えて|含める(?:こと|ものとする)|含むこと|"
                    r"含むものとする)\s*(?:数えて|カウントして)?\s*(?:ください|下さい|お願い(?:します|"
                    r"いたします)?|ほしい(?:です)?|欲しい(?:です)?|くれ|ね)?\s*[。．.！!]*\s*$")
# …or how to count (県と市が連名のものは両方に1件ずつ数えてください: as the tables count
# anyway).
_HOW_COUNTED = pattern(r"^[^。？?]*?(?:ずつ|両方に|どちらにも|それぞれに|別々に|重複して|二重に)"
                       r"[^。？?]*?(?:数えて|カウントして|計上して|数える)[^。？?]*[。．.！!]*\s*$|"
                       r"^[^。？?]*?(?:1|一)件(?:として|と)\s*(?:数え|カウント)[^。？?]*[。．.！!]*\s*$|"
                       # 県が当事者となっているものは県として数えてください。: as a table does
                       r"^[^。？?]*?(?:もの|分)は\s*[^。？?、]{1,8}?として\s*(?:数えて|カウントして|"
                       r"計上して)[^。？?]*[。．.！!]*\s*$")
# …or how to group the undated ones (締結年が書いてないやつはそれで一まとめで: as the tables
# group them anyway).
_HOW_GROUPED = pattern(r"^[^。？?]*?(?:書いてない|書かれてない|書かれていない|記載の?ない|"
                       r"記載がない|不明な?|分からない|わからない)[^。？?]*?(?:は|も)[^。？?]*?(?:まとめ|一まとめ|"
                       r"ひとまとめ|一つに|ひとつに|別枠|その他|不明と|別に|別途|分けて)"
                       r"[^。？?]*[。．.！!]*\s*$")
# A sentence after the question that says what the answer is for (新聞のコーナーで紹介
# したいんです。 授業で使いたいので。): no condition, unless it asks something itself.
_PURPOSE = pattern(r"(?:たい|たく)\s*(?:んです|のです|んだ|の|です|ので|から|と思います|と思って"
                   r"(?:います|いて|る))?\s*[。．.！!]*\s*$")
# A courtesy after the question (老人の勉強のため、どうぞよろしくお願いいたします。): no
# condition, however it is put.
_COURTESY = pattern(r"(?:(?:何卒|なにとぞ|どうぞ|どうか)\s*)?(?:よろしく|宜しく)\s*+"
                    r"(?:(?:お願い|おねがい)\s*+)?(?:(?:します|いたします|致します|申し上げます)\s*+)?"
                    r"[。．.！!]*+\s*+$")
# A guess at the answer said after the question (…一番多い分野はどれ？水道だったかな、): no
# condition (said before it, a hedge sets one: たしか長崎県だったと思うけど、…).
# …or what the asker believes, said after it (福岡市のもあったはずだけど, 北九州市がいちばん
# 多いんでしょ？, 中国が一番だよね？, 九州なのに？): no condition either; the answer says
# what is so.
_GUESS = pattern(r"(?:たしか|確か)?\s*[^、,。？?！!\s]{1,16}?(?:だったかな|だったっけ|"
                 r"じゃなかったかな|じゃなかったっけ|だったと思う(?:けど|が)?|だと思う(?:けど|が)?|"
                 r"(?:た|る|い)はず(?:だ|です)?(?:けど|けれど|が|なんだけど|なのですが)?|"
                 r"(?:ん|の)でしょ(?:う)?|(?:だ|です)よね|なのに|"
                 # (ぶっちゃけ同じくらい？ 九州なのに？: a guess or a remark)
                 r"同じ(?:くらい|ぐらい)(?:かな|なの|じゃない)?)"
                 r"\s*[、,。？?]?|^\s*同じ(?:くらい|ぐらい)(?:かな|なの|じゃない)?\s*[？?]")
# How to think or what shape to answer in, said to a chatbot (ステップごとに考えてから答えて
# ください。, 形式: JSON（キー=自治体名、値=件数）, 出力フォーマット：表, think step by step):
# no condition, and no question of its own (ステップごとに is no grouping).
_FORMAT_WORD = (r"(?:JSON|json|CSV|csv|markdown|Markdown|マークダウン|表|テーブル|箇条書き|"
                r"リスト|一覧|table|list|bullets?|bullet points)")
_INSTRUCTION = pattern(r"(?:ステップ\s*(?:ごと|バイ\s*ステップ)に|段階的に|順を追って)"
                       r"[^。？?\n、]*?(?:考え|説明|答え|回答|推論)[^。？?\n、]*?(?:て|てから|"
                       r"ください|下さい)?\s*[。．.！!、]|"
                       # (a line of its own that only names a shape: not 形式：表で長崎県の…)
                       r"(?:^|(?<=[\n。]))\s*(?:出力)?(?:形式|フォーマット|書式)\s*[:：]\s*"
                       rf"{_FORMAT_WORD}\s*(?:[（(][^）)\n]*[）)])?\s*(?:[。\n]|$)|"
                       r"(?i:\b(?:let'?s\s+)?think\s+step[\s-]+by[\s-]+step\b[.,]?|"
                       rf"(?:^|(?<=\n))\s*(?:output\s+)?format\s*:\s*{_FORMAT_WORD}\s*[.\n])")
# A belief put as a tag question in English, beside the request (Nagasaki has more than any
# other prefecture, right? Give me the number for each.): what is so is the answer's.
# (the sentence bounded: an unbounded run before the comma took seconds on 100,000 spaces)
_TAG_QUESTION = pattern(r"(?:^|(?<=[.?!]))[^.?!]{0,300}?,\s*(?:right|correct|no|yes|"
                        r"isn't (?:it|that so)|doesn't it|"
                        r"don't (?:they|I)|aren't they|didn't (?:it|they))\s*\?\s*",
                        re.IGNORECASE)
_ENGLISH_ASKS = pattern(r"\b(?:how many|which|what|list|give|show|tell|count|break)\b|\?",
                        re.IGNORECASE)
# A form of the answer declined (年ごとの内訳までは要らないので、 詳細は不要です。).
_FORM_DECLINED = pattern(r"[^。、？?！!（(]*?(?:内訳|詳細|説明|一覧|リスト|名前|名称|理由|経緯|"
                         r"日付|URL|ごと|別)(?:まで|など)?(?:は|も)\s*(?:要りません|要らない|"
                         r"いらない|いりません|不要(?:です)?|結構(?:です)?)(?:ので|から|が|けど|"
                         r"けれど)?[、,。．]?")
# What the asker already knows, said as a clause (経済が一番多いのは分かってるけど、): no
# condition of the question after it.
_KNOWN = pattern(r"[^。、？?！!（(]{2,40}?(?:のは|ことは|とは)\s*"
                 r"(?:分かって|わかって|知って|承知して)(?:る|いる|います|おり|ます)?\s*(?:けど|けれど|けれども|が|ので|んですが|のですが)"
                 r"\s*[、,]")
# Agreements of a kind declined: 環境分野のものは要りません → 環境分野のものは除く.
_KIND_DECLINED = pattern(r"(もの|の協定|分)\s*(?:は|も)\s*(?:要りません|要らない|いらない|"
                         r"いりません|不要(?:です)?|結構(?:です)?)")


# A claim to check, of what a set of agreements is only (…協定は福岡市のものしかない、という
# 説明を受けた; …は福岡市とシアトルの1件だけだと聞いた; …は、県教育委員会が大学などと結んだ
# 4件だけでしょうか): what it claims the set holds is no condition — the answer is the set,
# all of it. (Not 中国とだけ協定を結んでいる: だけ before a verb or a noun.)
_ONLY_CLAIMED = pattern(r"(?<=は)[、,\s]*+[^、。？?！!\nは]{1,40}?(?:の(?:もの|分))?\s*"
                        r"(?:しか(?:ない|ありません|なく)|だけ|のみ)"
                        r"(?=\s*(?:だ|です|でしょう|なの|だった|でした)?\s*"
                        r"(?:か\s*[。？?]|[？?]|[、,]?\s*(?:と|って|という)))")
# Where a claim was read (…とする資料がある, …と書いてあるメモがある): as heard.
_CLAIM_SOURCE = pattern(r"(と|って)\s*(?:する|いう|書いてある|書かれた|書いた)\s*"
                        r"(?:資料|メモ|記事|報道|文書|ページ|本)\s*(?:が|を|も)?\s*"
                        r"(?:ある|あった|あります|ありました|見た|読んだ|見ました|読みました)")

# A belief put up to be checked (…という理解で合っていますか。): asks only what follows.
_CLAIM_CHECKED = pattern(r"[、,]?\s*(?:と|って|という|との)\s*(?:理解|認識|解釈|考え)\s*で\s*"
                         r"(?:合って|あって|正しい|よい|良い|いい|間違い)[^。？?！!\n]{0,12}?[。？?！!]")

# A number of agreements claimed (中国と10件以上の協定を結んでいると聞いたが本当か, 全部で10件と
# 紹介されていた): what is checked, no condition (the answer gives the number).
_COUNT_CLAIMED = pattern(r"(?:全部で|合計で?|計)?\s*\d+\s*(?:件|本)"
                         r"(?!\s*(?:も|しか)\s*(?:な|あり))\s*"  # (1件もない: what is checked)
                         r"(?:以上|以下|未満|を超える|超|ほど|くらい|ぐらい|近く|も)?\s*(?:の)?"
                         r"(?=[^。？?！!\n]{0,30}?(?:と|って)\s*(?:聞い|言われ|言って|書いて|書い|報じ|"
                         r"紹介|説明|思って|いう|する)|[^。？?！!\n]{0,20}?(?:本当|正しい|合って|事実))")

# Whether none was signed, asked to confirm (北九州市ってまだ中国とは協定を結んでいないんでし
# たっけ？): what was signed is the answer — those agreements, or none.
_NONE_CONFIRMED = pattern(r"(?:結んで|締結して|交わして)(?:い|お)?(?:ない|ません)"
                          r"(?=\s*(?:ん|の)?\s*(?:でしたっけ|だっけ|っけ|でしたか|ですか|でしょうか|"
                          r"ですよね|よね)\s*[？?])")
# A belief that some years (months) have none, said before the table asked (長崎県は協定を
# 結んでいない年もあると思いますが、締結年ごとの件数を): no negation, no table of them.
_BELIEF_OF_NONE = pattern(r"(?:協定を|協定が|協定の)?\s*(?:結んで|締結して|結ばれて|締結されて)"
                          r"(?:い|お)?(?:ない|ません)\s*(?:年|月|時期)\s*(?:も|が)\s*(?:ある|あります)\s*"
                          r"(?:か)?\s*(?:と)?\s*思(?:います|う|ってます|っています)?\s*"
                          r"(?:が|けど|けれど|けれども)\s*[、,]")
# What may be left out of the answer, said as a sentence of its own (締結のない年は飛ばして
# いいです。): a form of the answer, no condition.
_SKIP_FINE = pattern(r"(?:(?<=[。．！!？?\n])|^)[^。？?！!\n]{1,30}?(?:は|も)\s*"
                     r"(?:飛ばして|省いて|省略して|載せなくて|出さなくて|書かなくて|表示しなくて|入れなくて)\s*"
                     r"(?:いい|よい|良い|構いません|かまいません|OK|大丈夫|ください)"
                     r"[^。？?！!\n]{0,8}?[。．.！!]?")


def sentences(text: str) -> list[str]:
    """`text` cut into sentences, each with its closing mark (brackets kept whole)."""
    return [s for s in _SENTENCE.findall(text) if s.strip()]


def asks(sentence: str) -> bool:
    """Whether a sentence asks (a question mark, か, a request), by how it ends."""
    return _ASKS.search(_BRACKETED.sub("", sentence)) is not None


def states(sentence: str) -> bool:
    """Whether a sentence states something (ends in a verb or the copula) and asks
    nothing."""
    return _STATES.search(sentence) is not None and not asks(sentence)


def _stands_alone(question: str, rest: str, background: str) -> bool:
    """Whether the question names its own place and does not point back: a Japanese party
    of its own, or a place while it asks of the table (with what follows it, `rest`)
    and the background names no party the question lacks."""
    own = _THE_LIST.sub("リスト", _BRACKETED.sub("", question))
    if _POINTS_BACK.search(own) or (_AGREEMENT_NOUN.search(background)
                                     and not _AGREEMENT_NOUN.search(own)):
        return False
    if _COMPARED.search(own) and _places_in(own) + len(_DATE_SAID.findall(own)) < 2:
        return False  # …と比べたら、どっちが多い: the other side is the background's
    if PARTY_SAID.search(own) or _WHOLE_LIST.search(own):
        return True
    if not all(m.group(0) in own for m in PARTY_SAID.finditer(background)):
        return False  # the background names a party the question lacks
    if _SUBJECT_SAID.search(own):
        return True  # 絵画や工芸品の修復・保存について…協定があれば: a subject of its own
    return (PLACE_SAID.search(own) is not None or _countries().search(own) is not None or
            _FIELD_SAID.search(own) is not None or _DATE_SAID.search(own) is not None) \
        and _TABLE_ASKED.search(own + rest) is not None


def _places_in(text: str) -> int:
    """How many places `text` names (one name read by both patterns, 東南アジア and its
    アジア, is one)."""
    spans = sorted(m.span() for p in (PLACE_SAID, _countries()) for m in p.finditer(text))
    places, end = 0, -1
    for a, b in spans:
        if a >= end:
            places += 1
        end = max(end, b)
    return places


@lru_cache(maxsize=1)
def _countries() -> re.Pattern[str]:
    """A country's or a region's name in Japanese (タイ, 米国, 北米: shorter than PLACE_SAID
    reads)."""
    from .gazetteer import COUNTRY_ALIASES, REGION_WORDS  # (gazetteer reads text.py, which
    # reads this)
    names = sorted((a for a in (*COUNTRY_ALIASES, *REGION_WORDS) if _JAPANESE.search(a)),
                   key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def asked_part(text: str) -> str:
    """Of a message in Japanese, what it asks: background sentences before a question that
    stands alone dropped, sentences after it that only count something in dropped, what
    the asker already knows and a declined form of the answer dropped, a declined kind of
    agreement left out."""
    text = _INSTRUCTION.sub("", text)  # ステップごとに考えて, 形式: JSON, step by step
    text = _KIND_DECLINED.sub(r"\1は除く", _FORM_DECLINED.sub("", _KNOWN.sub("", text)))
    text = _CLAIM_CHECKED.sub("。", _CLAIM_SOURCE.sub(r"\1聞いた", _ONLY_CLAIMED.sub("", text)))
    text = _SKIP_FINE.sub("", _BELIEF_OF_NONE.sub("、", _COUNT_CLAIMED.sub("", text)))
    text = _NONE_CONFIRMED.sub("結んでいる", text)
    if not _JAPANESE.search(text):
        rest = _TAG_QUESTION.sub("", text)  # Nagasaki has the most, right? Give me …
        return rest if rest != text and _ENGLISH_ASKS.search(rest) else text
    said = sentences(text)
    if len(said) < 2:
        return text
    first = next((i for i, s in enumerate(said) if asks(s)), None)
    if first is None:
        return text
    last = max((i for i, s in enumerate(said) if asks(s) and _TABLE_ASKED.search(s)
                and not _ADDENDUM.match(s) and not _COUNT_IN.search(s)), default=first)
    if last > first and not any(_WH.search(s) for s in said[:last]) and _stands_alone(
            said[last], "".join(said[last + 1:]), "".join(said[:last])):
        # …単独で結んだものもあるのでしょうか。熊本市が当事者に入っている協定は何件？: a
        # yes/no wondered aloud before a question that stands alone
        said, first = said[last:], 0
    before, after = said[:first], said[first + 1:]
    if before and all(states(s) for s in before) and _stands_alone(
            said[first], "".join(after), "".join(before)):
        before = []
    after = [s if _WH.search(s) else _GUESS.sub("", s) for s in after
             if not _COUNT_IN.search(s) and not _HOW_COUNTED.search(s)
             and not _HOW_GROUPED.search(s) and not ((
                 _PURPOSE.search(s) and not asks(s) or _COURTESY.search(s))
                 and not _WH.search(_COURTESY.sub("", s))
                 and not _TABLE_ASKED.search(s))]
    return "".join([*before, said[first], *after]).strip() or text

