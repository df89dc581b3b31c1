"""The grammar of questions about the list, as patterns: what is asked (count, list,
groups, a comparison, the oldest), what is left out (以外, except), what follows on
from the question before (そのうち), and noun compounds from the tokenizer's words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .lazy_re import pattern
from .restate import EN_NUMBERS, KANJI_NUMBERS
from .tokenize import Word, is_noun_part

if TYPE_CHECKING:
    from .conditions import Filter

COUNT = pattern(r"何件|なんけん|件数|協定数|いくつ|幾つ|何個|何こ|なんこ|何本|数は|の数|数を|数え|"
                r"なんぼ|何ぼ|"  # (関西: how many)
                r"のかず|かずは|かずを|かぞえ|"  # in hiragana, not converted (きょうていのかず)
                r"残り(?![をは]?\s*(?:全部|ぜんぶ|すべて|全て|一覧|挙げ|教え|見せ|リスト|列挙))|"
                r"(?:どの|どれ|どん)\s*(?:くらい|ぐらい)|"
                r"how many|number of|\bcount\b|"
                r"^\s*(?:and\s+)?(?:the\s+)?(?:number|total)\s*[?？]?$",
                re.IGNORECASE)
LIST = pattern(r"すべて|全て|全部|ぜんぶ|一覧|リスト|列挙|全件|挙げ|見せて|list\b|all\b",
               re.IGNORECASE)
# …of them all, said (全部, 一覧, every one): not a request alone (見せて, 挙げて: show me).
WHOLE_LIST = pattern(r"すべて|全て|全部|ぜんぶ|一覧|リスト|列挙|全件|"
                     r"(?<!the )(?<!this )(?<!your )(?<!a )list\b|all\b",
                     re.IGNORECASE)  # (in the list: the data, not a list asked for)
FOLLOW_UP = pattern(r"^\s*(そのうち|その中で?|そのなかで?|それらの?うち|このうち|この中で?|うち|"
                    r"さらに|更に|そこから|では|じゃあ|of (?:those|these)|among (?:them|those)|"
                    r"what about|how about|and|only|just|other than|apart from|the rest|the others|"
                    # 年の条件を外すと: the last question, a kind of condition taken off
                    r"^(?=[^。]{0,12}(?:条件|指定|しばり|縛り|限定|絞り込み)\s*(?:を|は)?\s*"
                    r"(?:外|なく|無く|取|除|抜|解除))|"
                    r"\bwithout\s+the\s+\w+\s+(?:condition|filter|restriction)\b|"
                    # show only Nagasaki's; やっぱり中国のものを (in place of the last value)
                    r"(?:show|list|give me|tell me)\s+(?:me\s+)?(?:only|just)\b|"
                    r"やっぱり|やはり|やっぱ(?=\s|[^\s]{1,12}の)|"
                    # are there any with Korea? (the agreements unsaid: of the last answer's)
                    r"(?:are there|is there)\s+any\s+(?:ones?\s+)?(?=with|from|in|for|signed)|"
                    r"any\s+(?:ones?\s+)?(?=with|from|in|for|signed)|"
                    r"それら?(?:は|って)|"
                    # list them, exclude the ones with Korea: of the last answer
                    r"(?:list|show|name|count)\s+(?:them|those|these)\b|"
                    r"(?:exclude|excluding|except|without|leave out|but not|not)\b)|"
                    r"だけ(?:に|で)?|のみ|に絞|絞り込|(?:それ|そこ|これ|その)(?:以外|ほか|他)|^\s*残り|"
                    r"に限(?:ると|れば|って|定)|"
                    # 韓国との協定では？ 2010年以降だと？: said against the last answer
                    r"^[^。]{1,20}?(?:では|だと|なら)(?:どう(?:ですか|でしょう)?)?[?？]?$|"
                    # 長崎県も加えて, それに2012年も足して: one more value of that kind
                    r"も\s*(?:加え|足[しす]|含め|入れ|合わせ|あわせ)|"
                    # 韓国で同じことを, now Korea instead, how many is that
                    r"同じ(?:こと|ように|く)|\binstead\b|\bhow many (?:is|are) (?:that|those|"
                    r"these|they)\b|それ(?:は|って)?(?:全部で)?(?:何件|いくつ)|"
                    # 福岡市を除くと何件？ (after 韓国との協定は何件？: of those)
                    r"^[^。協覚議、]{1,16}?を\s*(?:除|のぞ|抜|外)(?:く|き|いた|いて|した|して)"
                    r"(?:ら|と|ば)?\s*[、,]?\s*(?:何件|いくつ|どう)[^。協覚議]{0,8}$|"
                    r"以外は|^[^。協覚議]{1,16}?(?:で|を)?(?:比べ(?:ると|たら|て)|比較(?:すると|したら))"
                    r"[?？]?$|"
                    r"\b(?:of|among) (?:those|these|them)\b|\bwhich of (?:those|these|them)\b|"
                    r"\b(?:those|these|them) by\b|\bonly the ones\b|"
                    # an elliptical question: 2014年のものは？ 韓国は？ 2011年のもの,
                    # 韓国とのは何件？ (the agreements unsaid)
                    r"^[^。協覚議]{1,14}?(?:の(?:もの|分))?(?:は|なら|だと|だったら|でしたら|"
                    r"の場合は?)[?？]?$|"
                    # a condition alone, no agreement or question word (2010年以降, 水道,
                    # タイも, 2014年のだけ): said of the last answer
                    r"^(?![^。]*(?:協定|覚書|協議書|合意|提携|取り決め|協力|交流|何))"
                    r"[^ぁ-ゖ。？?、\sA-Za-z]{1,12}(?:のだけ|のみ|だけ|も|の|は|で)?[?？]?$|"
                    r"^\s*(?:include|add)\b|"
                    # 2011年のはどこの国と？ (the ones of 2011: of the last answer's)
                    r"^(?=[^。協覚議、]{1,10}?のは\s*(?:どこ|どれ|何|いつ|誰|どの))|"
                    # 県ごとに分けると？ 国別に見たら？: the last answer, grouped
                    r"^[^。協覚議]{1,14}?(?:ごと|別|毎)\s*に?\s*(?:分け|分類|集計|数え|見|まとめ|"
                    r"直|し|す)(?:ると|たら|れば|て(?:みて|ください|)?)\s*(?:どう)?[?？]?$|"
                    # 全体の何割？ 割合は？ after a count: that count's share of the whole
                    r"^\s*(?:それは|これは|その数は)?\s*(?:全体|全部|全協定|全件)\s*の\s*"
                    r"(?:何割|何パーセント|何%|何％|割合|比率)|^\s*(?:割合|比率|シェア)は|"
                    # …and its count (教育分野はいくつ？ after 長崎県の文化分野の協定は何件)
                    r"^[^。協覚議]{1,14}?(?:の(?:もの|分))?(?:は|って)\s*(?:何件|いくつ|何個|"
                    r"なんけん)\s*(?:ですか|ある|あります)?か?[?？]?$|"
                    # a kind of document alone: 覚書は？ after 長崎県の協議書 (its 覚書)
                    r"^\s*(?:覚書|協定書|協議書|合意書|合意文|議定書)(?:の(?:もの|分))?(?:は|なら|だと)"
                    r"[?？]?$|"
                    # 長崎県の？ (韓国との協定 → 長崎県の): the last answer's, of that value
                    r"^[^。協覚議、]{2,14}?の\s*[?？]?$|"
                    r"^[^。協覚議]{1,14}?(?:の(?:もの|分|やつ)|との)(?:は|って|だけ)?\s*"
                    r"(?:何件|いくつ|どれ)?(?:ですか|ある|あります)?か?[?？]?$|"
                    # 何件？ 合計で何件？ how many? (of the last answer's)
                    r"^\s*(?:全部で|合計で?|トータルで|それで)?\s*(?:何件|いくつ|件数)\s*(?:は|を)?\s*"
                    r"(?:ですか|ある|あります|になる|になります|教えて(?:ください)?|知りたい(?:です)?)?"
                    r"か?\s*[?？]?$|"
                    r"^\s*(?:so\s+)?(?:how many(?: in total| altogether)?|(?:and\s+)?(?:the\s+)?"
                    r"(?:count|number|total))\s*[?？]?$|"
                    # How many with China? which are with Korea? which ones …: English
                    # with the agreements unsaid; what percentage … is that?
                    r"^\s*(?:how many|which(?: ones)?|what ones)\b(?![^?？]*\b(?:agreements?|"
                    r"memorand\w*|mous?|deals?|accords?|partnerships?|ties|municipalit\w*|"
                    r"cit(?:y|ies)|prefectures?|countr(?:y|ies)|partners?|fields?|years?)\b)|"
                    r"\b(?:is|are|was|were) (?:that|those|these|they|it)\s*[?？]?$|"
                    # in 2014? signed before 2000? only environment: a short English
                    # condition alone, said against the last answer
                    r"^\s*(?:(?:and|now|and now|ok|okay|so|then)[,\s]+)?"
                    r"(?:(?:signed|made|concluded)\s+)?(?:in|from|since|before|"
                    r"after|during|only|just|with)\b(?![^?？]*\b(?:agreements?|memorand\w*|"
                    r"mous?|deals?)\b)[^?？.]{1,30}[?？]?\s*$|"
                    # Nagasaki only, Korea only? same for Korea: of the last answer
                    r"^\s*[^?？.。\s][^?？.。]{0,30}?\s+only\s*[?？.!]?\s*$|"
                    r"^\s*(?:and\s+)?(?:the\s+)?same\s+(?:for|with|of)\b|"
                    # a condition left out of the last answer: 福岡市を除くと？ 韓国以外で
                    r"^[^。協覚議]{1,14}?(?:以外|を?除(?:く|いた|いて))(?:と|で|だと|では|なら|ら)?"
                    r"[?？]?$",
                    re.IGNORECASE)
_MOST = r"(最も|もっとも|一番|いちばん|\d+\s*番目に)\s*"  # 2番目に古い: the N-th
# 日付順, sort by date, chronologically: all of them, oldest first.
_BY_DATE = (r"日付順|年代順|時系列|締結順|締結日順|締結年順|締結年月順|締結月順|年月日順|年月順|"
            r"(?<![^\s、,をはの])年(?:の)?順|"
            r"\b(?:sort(?:ed)?|order(?:ed)?|arrange(?:d)?|list(?:ed)?)\b[^.?？]{0,40}?\bby "
            r"(?:the )?(?:signing |their )?(?:date|year)s?\b|\bchronologic(?:al(?:ly)?)?\b|"
            r"\bin (?:date|chronological) order\b")
OLDEST = pattern(_MOST + r"(古|早)[いくき]?|最古|初めて|古い順|"
                 # (not 最初の長崎県に戻って; 件数を最初に書いて: an instruction)
                 r"最初(?!の[^。？?、]{0,10}?(?:に戻|の質問)|に\s*(?:書|答|示|述|出(?!来)|教|言|挙|まとめ|記))|"
                 r"(?:どっち|どちら|どれ)(?:と?の[^。？?]{0,8})?が\s*(?:古|先|早)|"
                 r"(?:どっち|どちら|どれ|いずれ)\s*(?:と|が|を)?\s*先に|"  # どちらと先に結んだ
                 # 先に協定を結んだのはどっち: the one that signed first
                 r"先に[^。？?]{0,10}?(?:結|締結|交わ|調印)[^。？?]{0,4}?の?は\s*(?:どっち|どちら|どれ|"
                 r"いずれ)|"
                 r"(?:古|早)いの(?:は|が)\s*(?:どっち|どちら|どれ|いずれ)|"  # 古いのはどっち
                 r"古いもの|古い協定|古い(?:方|ほう)|早い(?:方|ほう)|\bolder\b|\bearlier one\b|"
                 r"oldest|earliest|longest[\s-](?:running|standing)|" + _BY_DATE + "|"
                 r"\bfirst\s+(?:(?:ever|agreement|memorandum|mou|deal|tie)s?\b)|"
                 # which was signed first (not the first one of a list)
                 r"\b(?:signed|concluded|made)\s+first\b|\bfirst\s+(?:signed|concluded)\b",
                 re.IGNORECASE)
NEWEST = pattern(_MOST + r"(新し[いく]?|最近|遅[いく]?)|最新|"
                 r"直近(?!\s*[\d一二三四五六七八九十半数])|"  # (直近2年: a period)
                 r"最近(?!\s*の\s*(?:動き|動向|傾向|状況|様子|流れ|トレンド|情勢))|新しい(?:方|ほう)|"
                 r"(?:どっち|どちら|どれ)(?:と?の[^。？?]{0,8})?が\s*(?:新し|後|最近)|"
                 r"新しいの(?:は|が)\s*(?:どっち|どちら|どれ|いずれ)|"  # 新しいのはどっち
                 r"最後に(?=\s*(?:協定を\s*)?(?:結|締結|調印|交わ))|"
                 r"最後の(?=\s*(?:協定|覚書|提携|合意|締結|もの))|"  # 最初の協定と最後の協定
                 r"\bnewer\b|\bmore recent\b|\blater one\b|"
                 r"新しい順|新しいもの|新しい協定|newest|latest|most recent(?:ly)?", re.IGNORECASE)
FIELD_MARK = pattern(r"^\s*(の)?\s*(分野|関係|関連|がらみ|絡み|系(?!統)|まわり|"
                     r"面(?=で|の|に|から))|"
                     # 教育交流の分野, 人的交流分野: the field of that exchange
                     r"^(?:交流|協力)\s*の?\s*分野|"
                     # the field word ends the question or comes before what it asks
                     # (福岡市の教育, 教育一覧, 教育何件, 教育は？, education agreements)
                     r"^(?=\s*(?:は|って)?\s*(?:一覧|何件|件数|いくつ|agreements?\b)|"
                     r"\s*(?:は|って)?\s*[?？。]?\s*$)|"
                     r"^(?:の整備|の協力)?に関(?:する|わる)\s*分野|"
                     r"^-?\s*related\b", re.IGNORECASE)
# A field said loosely (観光がらみ, 観光に関する協定, tourism-related): the field, or the word
# in the agreement's name (福岡市・釜山市共同観光誘致事業, of the field 経済).
RELATED_MARK = pattern(r"^\s*の?\s*(?:関係|関連|がらみ|絡み|まわり)(?!\s*の?\s*分野)|"
                       r"^\s*(?:に関(?:する|わる)|についての|に関係する)\s*"
                       r"(?:協定|覚書|協議書|合意書|提携|もの|団体|協会|組合|機関|大学|博物館|美術館)|"
                       r"^-?\s*related\b|"
                       r"^\s*を\s*(?:めぐ|巡)(?:って|る|り)|"  # 資源をめぐって
                       # 焼き物の団体と町が結んだ: the partner said by what it is about
                       r"^\s*の\s*(?:団体|協会|組合|機関|研究所|大学|博物館|美術館)\s*(?:と|との)|"
                       # 資源の分野で協力している, 水道で連携: what they work together on
                       r"^\s*(?:の\s*(?:分野|方面|領域|面)\s*)?(?:で|において|について)\s*"
                       r"(?:協力|連携)|"
                       # 直行便を飛ばすための協定, 防災のための覚書: what it is for
                       # (…を届けるために外国と結んだ: the agreement's purpose, not the asker's)
                       r"^\s*(?:を[^。？?、]{1,10}?|の)?ため(?:の\s*(?:協定|覚書|協議書|合意書|"
                       r"提携|もの|取り?決め)|に[^。？?]{0,12}?(?:結|締結|交わ|提携|協力|連携))",
                       re.IGNORECASE)
# …and in English before it: agreements about tourism, related to fishing.
RELATED_BEFORE = pattern(r"\b(?:about|regarding|concerning|related to|relating to|involving|"
                         r"to do with)\s+$", re.IGNORECASE)
# A field word right before the agreement (教育協定, 水産業の協定): a field, but unmarked,
# read as a word of the text where it leaves nothing (福岡市と釜山の観光の協定).
FIELD_AGREEMENT = pattern(r"^\s*(?:の)?\s*(?:協定|覚書|協議書|合意書|提携|案件)")
# The field as what the agreement is about, said after it (水産に関する協定: a field word
# that leaves nothing with the other conditions stays one, not an activity's word)…
FIELD_SUBJECT = pattern(r"^\s*(?:交流|協力|連携)?(?:の|に関する|に関わる|についての|関係の|関連の)?"
                        r"\s*(?:協定|覚書|協議書|合意書|提携)|"  # 教育交流の協定: the field's
                        # 医療で結んだ, 農業の分野で締結した: the field the agreement is in
                        r"^\s*(?:の?分野)?\s*で\s*(?:結ん|結ば|締結|提携|交わ|協定を結)")
# …and in English before it: an agreement about fishing, agreements on tourism.
_AGREEMENT_NOUN = r"\b(?:agreements?|memorand(?:um|a)|mous?|partnerships?|deals?"
FIELD_AGREEMENT_EN = pattern(rf"{_AGREEMENT_NOUN}|ones?)\s+(?:about|on|regarding|"
                             r"concerning|related to|for|in)\s+$", re.IGNORECASE)
# …or just before the agreement noun (the joint tourism agreement, fisheries MOUs).
FIELD_NOUN_EN = pattern(rf"^\s*{_AGREEMENT_NOUN}|accords?)\b", re.IGNORECASE)
# The same said before the value: 分野が観光の, 分野に観光が入っている, in the field of tourism.
FIELD_BEFORE = pattern(r"分野\s*(?:が|は|に|として|で|には|の中に)\s*[「『]?\s*$|"
                       r"(?:\bfields?|分野)\s+(?:of|is|are|includes?|including|like)\s+$|"
                       # agreements on education, which agreements are about tourism
                       rf"{_AGREEMENT_NOUN})\s+(?:(?:are|is|were)\s+)?"
                       r"(?:about|on|regarding|concerning)\s+$",
                       re.IGNORECASE)
# Signing said not done: 結んでいない, 締結していない, 交わしておらず; 協定しない.
NOT_SIGNED = (r"(?:結んで|締結して|結ばれて|締結されて|交わして|提携して)(?:い|お)?"
              r"(?:な[いく]|らず|ません)")
NO_AGREEMENT = r"協定(?:を)?(?:し|結ば)な[いく]"
# Said of a party: it has none (中国と結んでいない, 協定が1件もない, 協定がありません).
NONE_HAD = (rf"(?:{NOT_SIGNED}|{NO_AGREEMENT}|協定が\s*(?:(?:1|一|ひと)\s*(?:件|つ)\s*も)?\s*"
            r"(?:な[いし]|ありません))")
# A value followed by one of these is left out: 中国以外, 中国を除く, 環境分野じゃない.
EXCLUDE_AFTER = pattern(r"^[」』]?\s*(?:の|と|に|の?分野の(?:もの|協定|ぶん|分)|分野の|分野|の分野|"
                        # 水道関係を除いた, 環境系以外の: the field's, said loosely
                        r"の?(?:関係|関連|系|がらみ|絡み)(?:の(?:もの|協定|分))?|"
                        r"と(?:結んだ|締結した|交わした)(?:もの|協定|分)?|"
                        # 教育委員会が結んだ分は除いて: the signer's; 長崎県締結分を除く
                        r"が(?:結んだ|締結した|交わした)(?:もの|協定|分|ぶん)?|"
                        r"(?:締結|が締結|の締結)(?:した)?(?:分|もの|の(?:もの|協定|分))|"
                        # 中国及び韓国を相手方とするものを除いた (a bureau's written Japanese)
                        # …中国の機関を相手方とするものを除いた: that country's bodies
                        r"(?:の(?:機関|団体|組織|相手))?を相手(?:方|先|国)?と(?:する|した)"
                        r"(?:もの|協定|分)?|"
                        r"に(?:所在|位置)(?:する|している)?(?:もの|協定|相手)?|"
                        r"にある(?:もの|協定|相手)?|"
                        r"市|さん|のもの|の協定|との協定|"
                        r"のぶん|の分|とのぶん|との分|との(?:覚書|協議書|合意書)|"
                        r"とのもの|とも|のは|内の自治体|の自治体|内|の国々?|の国・地域|"
                        r"が相手の(?:もの|協定)?|が相手|相手の(?:もの|協定|分)|"
                        # 中国の相手先とのものを除いた: that country's partners
                        r"の相手(?:先|方|国)?(?:との|の)?(?:もの|協定|分)?|"
                        # 経済分野に該当するものを除いた, 長崎県に係るものを除外した,
                        # 大韓民国であるものを除いた (a bureau's written Japanese), 熊本市が
                        # 関わるものを除くと
                        r"(?:の?分野)?(?:に|で|が)?(?:該当する|係る|関わ(?:る|っている)|"
                        r"関与(?:する|している)|参加(?:する|している)|入っている|含まれる|ある|"
                        r"となる)(?:もの|協定)?)?"
                        r"\s*(?:を|は|が)?\s*"
                        r"(以外|(?:を|も)?除(?:く|いた|いて|け|き)|除外|(?:じゃ|では|でも|で)な(?:[いく]|ければ)|"
                        # 経済の分野やない (関西), 県とか町のは抜きで: left out
                        r"やな[いく](?!か)|抜き(?:で|にして)|"
                        # 長崎県のほかに…自治体ってある？ (besides it; not 長崎県のほかに福岡県も)
                        r"(?<![にで])の(?:ほか|他)に(?![^。？?]{0,20}も)|"
                        # 対象外, アジアの国に当たらない, 数に入れないで, 含めずに
                        r"対象外|に?当たらな[いく]|数に入れな(?:いで|い|くて|ければ)|含めずに|"
                        # 中国との協定を数に入れなければ, カウントしないと, 数えなければ
                        r"(?:カウント|計上)(?:しな(?:いで|い|ければ|くて))|数えな(?:いで|ければ)|"
                        r"含めないで|"
                        # 省庁とのは別で, 韓国は別として: set apart
                        r"(?:(?<=は)|との\s*は|のは)\s*別(?:で|に|として|にして)|^別(?:として|にして)|"
                        # 福岡県外の自治体, 長崎県の外, 福岡市外 (not 県の外国, 市の外務)
                        r"(?:(?<=の)|(?<![^\s]))外(?![国交務部資来貨人])|"
                        # 中国抜きで, 韓国を省いた, 中国を外して, 中国は入れないで,
                        # 中国を含めずに, 北九州市は数えずに, 中国との協定を引くと, 中国なしで
                        r"(?:を|も|は)?(?:(?<!に)抜(?:き(?!取|出)|く|いた|いて|かし|かす)|"
                        r"省(?:き|く|いた|いて)|(?<!に)外(?:し|す|さ)|"
                        r"(?:入れ|含め|数え)(?:な[いく]|ず)|(?<!に)引(?:く|いた|いて|き)|"
                        r"なし(?=\s*(?:で|の|に|と|[、,?？]|$)))|"
                        # 中国と結んでいない, 韓国とは協定を締結していない, 中国とは関係
                        # ない, 中国を相手としない, 韓国との協定がない
                        rf"(?:協定を?|協定は)?\s*{NOT_SIGNED}|"
                        r"(?:関係|縁)(?:の|が)?(?:な[いく]|ありません)|無関係|"
                        rf"{NO_AGREEMENT}|"
                        r"相手と(?:し)?な[いく]|相手に(?:して|なって)?い?な[いく]|"
                        # 博物館が相手でない, 中国が相手ではない
                        r"相手(?:で|じゃ|では)(?:な[いく]|ありません)|"
                        r"協定(?:が|は)(?:な[いく]|ありません|結ばれていな[いく])|"
                        r"(?<=協定が)な[いく]|(?<=協定は)な[いく]|(?<=協定が)ありません|"
                        # 中国でも韓国でもない, 韓国とも中国とも違う
                        r"でもな[いく]|でもありません|とも(?:違う|異なる|関係な[いく])|"
                        # 経済が入っていない, 経済を含まない, 経済が含まれていない
                        r"(?:が|を|も)?\s*(?:入って|含まれて|含んで)(?:い|お)?らず|"
                        r"(?:が|を|も)?\s*(?:入って|含まれて|含んで)い?な[いく]|"
                        r"(?:が|を|も)?\s*(?:含まれ|含ま|入ら)な[いく]|"
                        r"(?:の?分野)?に?該当しな[いく]|"  # 文化分野に該当しないもの
                        # 中国のは要らない, 韓国は不要で (not いらないもの: things no
                        # longer wanted, waste)
                        r"(?:要|い)ら(?:ない(?!\s*(?:もの|物|品|モノ))|なくて|ず)|不要(?=\s*(?:で|です|だ|[、,。?？]|$)))")
EXCLUDE_BEFORE = pattern(r"(except(?: for)?|other than|excluding|apart from|besides|"
                         r"not counting|leaving aside|setting aside|aside from|minus|"
                         # all of X's agreements but the ones in …
                         r"\bbut\s+(?:not\s+)?(?:the\s+ones|those|ones|anything)"
                         r"(?:\s+(?:in|with|of|from|on|about|signed\s+with))?|"
                         # leave out anything from, skip the ones of, drop those with
                         r"(?:(?:leave|leaving|leaves)\s+out|skip|skipping|drop|dropping|omit|"
                         r"omitting)(?:\s+(?:anything|everything|any|all|those|the ones))?"
                         r"(?:\s+(?:from|of|by|with))?|"
                         r"(?:have|has|with) no agreements? (?:with|in)|"
                         r"without (?:any )?agreements? (?:with|in)|"
                         r"not (?:signed|made|concluded|agreed)(?: (?:with|in|from|during))?|"
                         r"not (?:with|in|from|based in|involving|including)|"
                         r"(?:not|nothing) (?:(?:related|relating|connected|linked) to|"
                         r"to do with|about|concerning|involving|on)|"
                         r"unrelated to|"
                         r"outside(?: of)?)\s+"
                         r"(?:(?:the|those|ones|agreements|partners|with|in|of|for)\s+){0,3}$",
                         re.IGNORECASE)
# non- before a value read into the list's words (non-economic: non-経済); not before an
# English word that stays a word of the text (non-revenue water)
NON_BEFORE = pattern(r"\bnon-\s*$", re.IGNORECASE)
# Values joined by these share an exclusion that follows the last (中国と韓国以外).
COORDINATION = pattern(r"^\s*(?:と|や|、|,|・|及び|および|でも|とも|も|または|又は|もしくは|"
                       r"あるいは|か|and|or)\s*$",
                       re.IGNORECASE)
# Two values of one kind joined so: either (文化か教育, ヨーロッパかアメリカ, 環境または水道).
ALTERNATIVES = pattern(r"^\s*(?:と|や|か|とか|、|,|・|及び|および|または|又は|もしくは|and|or)"
                       r"\s*$", re.IGNORECASE)
COMPARE = pattern(r"どちら|どっち|比べ|くらべ|比較|対比|多いのは[^?？]*か|"
                  # 福岡市の協定数は長崎県を上回る？: A more than B, asked
                  r"(?:を|より(?:も)?)\s*(?:上回|超え)|"
                  r"(?:(?:いずれ|どれ)(?:が|の(?:方|ほう)が)|の(?:方|ほう)が)\s*(?:多|少な)|"
                  # いずれの地域との協定が多いか, どちらの国のほうが少ない
                  r"(?:いずれ|どちら|どっち)の[^。？?、]{1,12}?(?:が|の(?:方|ほう)が)\s*(?:多|少な)|"
                  # いずれを相手とする協定が多いか, どちらと結んだ協定が少ない
                  r"(?:いずれ|どちら|どっち)\s*(?:を|と|に|で)[^。？?、]{1,14}?が\s*(?:多|少な)|"
                  r"それぞれ\s*(?:何件|いくつ|の件数|の協定数)|(?:協定数|件数|協定の数)\s*を?\s*それぞれ|"
                  # 中国が何件、韓国が何件; 中国は何件？韓国は何件？
                  r"何件\s*[、,？?]\s*[^、,。？?]{1,12}?(?:が|は|も)\s*何件|"
                  r"の差|差は|何件多い|何件少ない|何倍|何件[？?]\s*[^。？?]{1,12}?は[？?]|"
                  # 協定の数にどれくらい差がありますか, 差があるか
                  r"(?:どれ|どの|いくら)\s*(?:くらい|ぐらい|ほど)\s*(?:の\s*)?差|差が\s*(?:ある|あります)\s*(?:か|の)|"
                  # 2011年と2013年では何件違う, 件数の違いは
                  r"何件\s*(?:違|ちが|異な)|(?:件数|協定数|協定の数|数)\s*の\s*(?:違い|ちがい)|"
                  # 中国と韓国、2014年に多く結ばれたのは: which side has more
                  r"多く(?:結ば|締結さ|結ん|交わさ)[^。？?]{0,6}?(?:のは|方|ほう)|"
                  # 福岡市は北九州市の何割, 韓国は中国の何パーセント: one side of the other
                  r"[はが](?![^。？?]{0,24}?(?:全体|全協定|全部|すべて|全て))[^。？?]{1,24}?の\s*"
                  r"(?:何割|何パーセント|何(?:%|％))|"
                  r"の比(?:率)?(?:は|を)|\bdifference\b|how many more|\bhow many times\b|"
                  r"\bhow many\b.{0,60}\band how many\b|\brespectively\b|"
                  # 福岡市より多い, 長崎県は福岡市より協定が多いですか (not より前の協定が多い)
                  r"より(?:も)?(?:(?!前|後|あと)[^。？?、]){0,8}?(?:多|少な)[いくか]|"
                  r"(?:\d+|[二三四五]|数)\s*倍|半分(?:以上|以下|未満)|"
                  r"\b(?:more|fewer|less|bigger|larger|greater|smaller)\b.{0,30}?\bthan\b|"
                  r"(?<!一番)(?<!いちばん)(?<!最も)(?<!もっとも)多い(?:のは|方|ほう)\s*[?？]?\s*$|"
                  r"(?:多い|少ない)(?:方|ほう)(?:は|が|を|\s*[?？]|$)|"
                  r"\b(?:which|who) .*\b(?:more|fewer|less|bigger|larger|smaller|greater)\b|"
                  r"more .* or\b|"
                  # 福岡市と長崎県と北九州市ではどこが一番多い: the named ones side by side
                  r"(?:と|、)[^。？?]{1,24}?(?<!全部)(?<!全体)(?<!合計)(?<!すべて)(?<!全て)"
                  r"(?:では|で|の中で|のうち)\s*(?:どこ|どれ|どの\S{1,4}|誰)"  # (not 全部でどれ)
                  r"(?:が|の(?:方|ほう)が)|"
                  # 北九州市と福岡市と長崎県で一番多いのは, 中国と韓国では？
                  r"と[^。？?、]{1,24}?(?:で|では|の中で|のうち)\s*(?:一番|いちばん|最も)\s*(?:多|少な)|"
                  # 北九州市、福岡市、長崎県の中で協定が一番多いのは (not 一番多い分野: a table)
                  r"、[^。？?]{1,30}?(?:の中で|の中だと|の中では|のうち|では|で|だと)\s*(?:[、,]\s*)?"
                  r"(?:(?:協定|件数|協定数|協定の数)\s*"
                  r"(?:が|の)?\s*)?(?:一番|いちばん|最も|もっとも)\s*(?:多|少な)(?:い|く)"
                  r"(?!\s*(?:分野|国|年|自治体|県|相手|都市|市町村|月))|"
                  r"と[^。？?、]{1,24}?では\s*[?？]?\s*$|多寡|"
                  r"\bor\b.*\bmore\b|compare|\bvs\.?(?=\s)|\bversus\b|"
                  # A, B or C: which one has signed the most (the named ones side by side)
                  r"\bor\b[^?]{0,60}\bwhich(?:\s+one)?\s+(?:has|had|have)\b[^?]{0,20}\b(?:most|fewest|least)\b|"
                  # 米国とタイとベトナム、いちばん多いのは; 同じ件数？ 多い順に
                  r"と[^。？?、]{1,24}?(?<!ると)(?<!たら)(?<!れば)(?<!ごとに)(?<!別に)[、,]\s*"
                  r"(?:[^。？?、]{1,8}?(?:が|で)\s*(?=[^。？?、]{0,12}(?:多|少な)))?"  # 福岡市が
                  r"(?:どれ|どこ|どちら|どっち)?\s*(?:が|の(?:方|ほう)が)?"
                  r"\s*(?:(?:協定|件数|協定数|協定の数)\s*(?:が|の)?\s*)?"
                  r"\s*(?:一番|いちばん|最も|もっとも)?\s*(?:多|少な)(?:い|く)"
                  r"(?!\s*(?:分野|国|年|自治体|県|相手|都市|市町村|月))|"
                  r"同じ件数|同数|同じ(?:くらい|数)|(?:多い|少ない)順|\bthe same number\b|"
                  r"\bhow many\b[^?]*\beach\b|\beach\b[^?]*\bhow many\b|"
                  r"(?:数|件数)(?:は|が)?\s*(?:同じ|等しい|一緒)",
                  re.IGNORECASE)
MANY = r"(?:(?:多|少な)(?:[いく]|かった)|たくさん)"  # 多い, 多く, 多かった; 少ない; たくさん
NUMBER = r"(\d+|[一二三四五六七八九十])"
AGGREGATE_TOP = pattern(rf"(一番|いちばん|最も|もっとも)[^。？?]{{0,8}}?{MANY}|最多|最少|"
                        # 最も協定を結んだ年: the most said by the verb alone
                        r"(?:一番|いちばん|最も|もっとも)\s*(?:協定|覚書|提携)\s*を\s*"
                        r"(?:結|締結|交わ|調印)|"
                        # 協定が多いのはどこ, 多い自治体は？: which is largest, unsaid
                        rf"{MANY}\s*(?:のは|ところは?)\s*(?:どこ|どれ|何|誰|だれ)|"
                        rf"(?:多い|少ない)\s*(?:自治体|市町村|都道府県|県|国|分野|年)"
                        r"\s*(?:は|って|を|\s*[?？]|$)|"
                        rf"トップ|上位|ベスト\s*\d|ランキング|{NUMBER}\s*番目に[^。？?]{{0,8}}?(?:多|少な)|"
                        rf"第\s*{NUMBER}\s*位|\d+\s*位の|{NUMBER}\s*件(?:だけ|しか|のみ|以上|以下)|"
                        rf"少なくとも\s*{NUMBER}\s*件|"
                        r"\bat (?:least|most) (?:\d+|one|two|three|four|five)\b|"
                        r"\b\d+ or (?:more|fewer|less) (?:agreements|countries)\b|"
                        r"\bmost\b|\btop\b|\bfewest\b|\bleast\b|"
                        # which country comes second, ranks third, is in second place
                        r"\b(?:comes?|came|ranks?|ranked|is|in)\s+(?:in\s+)?"
                        r"(?:second|third|fourth|fifth)\b|"
                        rf"ちょうど\s*{NUMBER}\s*件|"
                        # 協定数が2件の国, 2件の協定がある国: the groups of that count
                        rf"(?:協定数|件数|協定の数)\s*(?:が|は)\s*{NUMBER}\s*件|"
                        rf"{NUMBER}\s*件の協定\s*(?:が|を)?\s*(?:ある|結ん|持っ|交わし)|"
                        # 協定が2件結ばれた年, 2件の協定が結ばれた年: the groups of that count
                        rf"(?:協定が\s*{NUMBER}\s*件|{NUMBER}\s*件の協定が)\s*"
                        r"(?:結ばれ|締結され|交わされ|調印され|あっ|ある)[^。？?]{0,4}?"
                        r"(?:年|月|国|県|自治体|分野)|"
                        r"\b(?:only|exactly) (?:one|\d+) agreements?", re.IGNORECASE)
# Which groups of a table are asked for, beyond the largest: the fewest (最も少ない), the
# N-th largest (2番目に多い, 第3位), those of exactly N (1件しか協定がない国) or N or more.
OF_COUNTRIES = r"(?:つの国|か国|カ国|ヶ国|ケ国)"  # 2つ以上の国, 1か国だけ: of a count of countries
_PICKS = (("top", pattern(r"(?:上位|トップ|ベスト)\s*(\d++)(?!\s*位\s*(?:と|から|[〜～~・、]))|"
                         r"\btop\s+(\d+)\b|"
                         # 上位1位と2位, 1位から3位まで: the first N
                         rf"(?:上位|第)?\s*(?<![\d一二三四五六七八九十])(?:1|一)\s*位\s*"
                         rf"(?:と|から|[〜～~・、])\s*(?:第\s*)?"
                         rf"{NUMBER}\s*位", re.IGNORECASE)),
          ("least", pattern(r"(?:一番|いちばん|最も|もっとも)[^。？?]{0,8}?少な(?:[いく]|"
                            r"かった)|最少|\bfewest\b|(?<!\bat )\bleast\b|"
                            # 協定の少ない国 (not 協定の少ない順に: a table in order)
                            r"少ない\s*(?:自治体|市町村|都道府県|県|国|分野|年)(?!\s*順)",
                            re.IGNORECASE)),
          ("rank", pattern(rf"{NUMBER}\s*番目|第\s*{NUMBER}\s*位|(\d+)\s*位(?:の|は)|"
                           r"\b(first|second|third|fourth|fifth)\b(?=[\s-]+(?:one|most|largest|"
                           r"biggest|highest|fewest|least|place)\b|\s*[?？]?\s*$)|"
                           r"\bthe\s+(second|third|fourth|fifth)\b|"
                           r"\b(?:comes?|came|ranks?|ranked|is|in)\s+(?:in\s+)?"
                           r"(second|third|fourth|fifth)\b", re.IGNORECASE)),
          ("count", pattern(rf"{NUMBER}\s*(?:件|{OF_COUNTRIES})(?:だけ|しか|のみ|と?しか)|"
                            rf"(?:協定数|件数|協定の数)\s*(?:が|は)\s*{NUMBER}\s*件|"
                            rf"{NUMBER}\s*件の協定\s*(?:が|を)?\s*(?:ある|結ん|持っ|交わし)|"
                        # 協定が2件結ばれた年, 2件の協定が結ばれた年: the groups of that count
                        rf"(?:協定が\s*{NUMBER}\s*件|{NUMBER}\s*件の協定が)\s*"
                        r"(?:結ばれ|締結され|交わされ|調印され|あっ|ある)[^。？?]{0,4}?"
                        r"(?:年|月|国|県|自治体|分野)|"
                            rf"ちょうど\s*{NUMBER}\s*(?:件|{OF_COUNTRIES})|"
                            r"\b(?:only|exactly) (one|\d+) (?:agreements?|countr(?:y|ies))",
                            re.IGNORECASE)),
          ("at_least", pattern(rf"{NUMBER}\s*(?:件|{OF_COUNTRIES}|つ)以上|"
                               rf"少なくとも\s*{NUMBER}\s*件|"
                               r"\b(\d+) or more (?:agreements|countries)|"
                               r"\bat least (\d+|one|two|three|four|five)\b", re.IGNORECASE)),
          ("at_most", pattern(rf"{NUMBER}\s*(?:件|{OF_COUNTRIES}|つ)以下|"
                              r"\b(\d+) or (?:fewer|less) (?:agreements|countries)|"
                              r"\bat most (\d+)", re.IGNORECASE)))
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "one": 1,
             "two": 2, "three": 3, "four": 4, "five": 5}


def pick_of(text: str) -> tuple[str, int] | None:
    """The groups picked out of a table: ("least", 1), ("rank", 2), ("count", 1),
    ("at_least", 2), ("at_most", 2); None: the largest."""
    for kind, matcher in _PICKS:
        m = matcher.search(text)
        if m:
            n = next((g for g in m.groups() if g), "1")
            return kind, int(n) if n.isdigit() else KANJI_NUMBERS.get(
                n, _ORDINALS.get(n.lower(), 1))
    return None
DISTINCT_COUNTRY = pattern(r"何(?:か|カ|ヶ|ケ|箇)国|いくつの国|"
                           # 国はいくつ, 相手国は何か国; not 韓国は何件 (a country's name)
                           r"(?:相手|(?<![\u4e00-\u9fff]))国(?:や地域|・地域|と地域)?"
                           r"(?:は|が|の数は?)\s*(?:全部で|全体で|合わせて|合計で?)?\s*"
                           r"(?:いくつ(?!か)|何(?![かカヶケ箇]国|件))|"
                           r"(?:相手|(?<![\u4e00-\u9fff]))国(?:・地域)?の数|"
                           r"(?:相手|(?<![\u4e00-\u9fff]))国数|"  # 協定相手の国数
                           r"(?i:(?:how many|number of) (?:different |distinct )?(?:partner )?"
                           r"countries)")  # (case-folded CJK ranges are slow to compile)

# Whether every agreement of some conditions meets another (長崎県の協定はすべて中国との
# もの？ are all of Fukuoka's agreements economic?): yes or no, said with the share.
_EVERY_ROW = (r"(?:は|って|も)\s*(?:(?:すべて|全て|全部|ぜんぶ)(?!\s*で(?!す|しょ)|\s*の)|"
              r"みんな|みな|いずれも|どちらも|どれも|両方とも)")  # (全部でどれ: which, in all)
EVERY_WORD = pattern(_EVERY_ROW)
# …in English: are all …? is every agreement of … ? does every … concern …?
_EVERY_EN = r"^\s*(?:are|were)\s+(?:all|every one)\b|^\s*(?:is|was|does|did)\s+every\b"
_ALL_ASKED = (_EVERY_ROW +
              r"(?![^。？?]*(?:挙げ|教え|見せ|一覧|リスト|出して|表示|何件|いくつ|列挙))"
              r"[^。？?]{1,30}?(?:[?？]|か。?\s*$)|" + _EVERY_EN)
ALL_ASKED = pattern(_ALL_ASKED, re.IGNORECASE)
# The count as a share of the party's (or all) agreements: 割合, 何割, 何件で、そのうち….
SHARE = pattern(_ALL_ASKED + "|"
                r"割合|比率|何割|何(?:パーセント|%|％)|シェア|占め|\bpercent(?:age)?\b|"
                r"(?:何件|いくつ)\s*(?:で|あって|あり)[、,]?\s*(?:その|この)?\s*(?:うち|中で)|"
                r"\bproportion\b|\bwhat share\b|\bwhat fraction\b", re.IGNORECASE)

# A share said to be of the whole list (全体の何割, 全協定に占める, of all agreements).
_OF_ALL = pattern(r"全体|全協定|全部の協定|すべての協定|全ての協定|協定全体|"
                  r"\bof (?:all|the total|the whole)\b|\boverall\b", re.IGNORECASE)


def share_base(text: str, filters: Sequence[Filter]) -> tuple[Filter, ...]:
    """The conditions of a share's whole: what is said before のうち, else the party's
    (長崎県の中国の割合: of 長崎県's), none when said to be of all (全体の何割) or when the
    party is all there is (福岡県のシェア: of the whole list)."""
    if _OF_ALL.search(text):
        return ()
    whole = re.search(r"のうち|の中で|の中の|\bof which\b|\bamong\b|" + _EVERY_ROW, text)
    if whole is None and re.match(_EVERY_EN, text, re.IGNORECASE):
        # were all Korean agreements signed after 1998?: what is asked of them comes last
        said = sorted((min((i for w in f.words if (i := text.lower().find(w.lower())) >= 0),
                           default=len(text)), n) for n, f in enumerate(filters)
                      if not f.exclude)
        return tuple(filters[n] for _, n in said[:-1])
    # (with のうち: what is said before it, and what the earlier turns said: そのうち韓国の割合
    # after 教育分野の協定 is of the 教育 ones)
    base = tuple(f for f in filters if not f.exclude and (all(
        text.find(w) < whole.start() for w in f.words) if whole else f.kind in (
            "party", "level")))
    # 福岡県のシェア: the party's share of all, not of its own (100%)
    return () if not whole and set(base) == {f for f in filters if not f.exclude} else base


# Agreements whose signing date the list does not give: 締結日の記載がない, undated.
UNDATED = pattern(r"(?:(?:(?:締結|調印|提携)(?:した|された)?(?:日|年|日付|年月日|時期)?|日付|"
                  r"年月日)\s*"
                  r"(?:の)?\s*(?:記載|記述|記入)?\s*(?:が|は)?\s*(?:どこにも)?\s*"
                  r"(?:な[いし]|無[いし]|わから|分から|不明|書いてな|書かれてい?な|記されてい?な|"
                  r"記載されてい?な|記入されてい?な|"
                  r"(?:明記|はっきり)(?:されて|して)?い?な)|"
                  r"いつ(?:締結|調印|結ばれ|結ん)[^。？?]{0,8}(?:わから|分から|不明)|"
                  r"\bundated\b|\bno (?:signing |known )?dates?\b|"
                  r"\bdates? (?:is |are )?(?:not (?:given|known|stated)|unknown)|"
                  r"\b(?:unknown|without an?|missing|lacking|no) "
                  r"(?:recorded |stated |known |given )?(?:signing |signature )?dates?\b)"
                  # (not when said to be kept apart in a table: 記載がないものは別扱いで)
                  r"(?![^。？?]{0,8}?(?:別扱い|別に|分けて|別枠|区別))", re.IGNORECASE)
# How far the date is given: its month (締結月が分かる, 月まで記載), its day (日付まで分かって
# いる, 日にちまで書いてある), or its year alone (年しか分からない, 年だけが記載された).
DATE_PRECISION = pattern(r"(?P<day>(?:日付|日にち|締結日|年月日)\s*(?:まで|が日まで)\s*"
                         r"(?:が|は)?\s*(?:わか|分か|判明|記載|書いて|書かれ|載って|明記))|"
                         # 月までしか分からない: the month, not the day
                         r"(?P<month_only>(?:締結)?月\s*まで\s*(?:しか|だけ(?:しか)?|のみ)\s*"
                         r"(?:が|は)?\s*(?:わか|分か|判明|記載|書いて|書かれ|載って|明記)|"
                         r"(?:日|日付|日にち)\s*(?:が|は)\s*(?:わから|分から|不明|書いてな|"
                         r"書かれてい?な|記載されてい?な)[^。？?]{0,6}?月\s*(?:は|まで)|"
                         r"月\s*(?:は|まで)\s*(?:わか|分か)[^。？?]{0,4}?(?:日|日付|日にち)\s*"
                         r"(?:は|が)\s*(?:わから|分から|不明))|"
                         r"(?P<month>(?:締結)?月\s*(?:まで)?\s*(?:が|は)?\s*(?:わか|分か|判明|"
                         r"記載|書いて|書かれ|載って|明記)(?!\s*(?:ら|な[いく]|りません)))|"
                         r"(?P<year>(?:締結)?年\s*(?:しか|だけ(?:しか)?|のみ)\s*(?:が|は)?\s*"
                         r"(?:わか|分か|判明|記載|書いて|書かれ|載って|明記)|"
                         r"(?:締結)?月\s*(?:が|は)?\s*(?:わから|分から|不明|書いてな|書かれてい?な|"
                         r"記載されてい?な))")
# …and those whose date it gives: 締結日がわかっている, 締結年の記載がある, with a known date.
DATED_ASKED = pattern(r"(?:(?:締結|調印|提携)(?:日|年|日付|年月日|時期)|日付|年月日)\s*"
                      r"(?:の)?\s*(?:記載|記述|記入)?\s*(?:が|は)?\s*"
                      r"(?:わかって|分かって|わかる|分かる|判明|ある|あり|書いてある|書かれて|"
                      r"(?:はっきり|明らか|明記)(?!\s*(?:されて|して|になって)?\s*(?:い|お)?(?:な[いく]|らず|ません))|"
                      r"記されて|載って)|"
                      r"\b(?:with|have|has|having) (?:an? )?(?:known|stated|given) (?:signing )?"
                      r"dates?\b|\b(?:with|have|has|having) (?:an? )?signing dates?\b|"
                      r"\b(?:signing )?dates? (?:is |are )?(?:known|given|stated)\b",
                      re.IGNORECASE)

# A value said not to be had, not merely left out (中国と結んでいない, 韓国と協定がない): of
# parties, those with none (not those with some other).
NOT_HAD = pattern(rf"^\s*(?:分野)?\s*(?:と|とは|とも|を|が|の)?\s*(?:協定を?|協定は)?\s*"
                  rf"{NOT_SIGNED}|"
                  rf"^\s*(?:と|とは)\s*{NO_AGREEMENT}|"
                  r"^\s*(?:と|との)\s*(?:の)?\s*協定(?:が|は)(?:な[いく]|ありません)|"
                  r"^\s*(?:の|分野の)\s*協定(?:が|は)(?:な[いく]|ありません)")
NOT_HAD_BEFORE = pattern(r"\b(?:no|without any) agreements? (?:with|in)\s+(?:the\s+)?$",
                         re.IGNORECASE)


# (not この2つを満たす, 以下の3つの条件: the conditions counted, not the agreements)
_NOT_CONDITIONS = r"(?<!この)(?<!以下の)(?<!上記の)(?<!次の)(?<!\d)"
_CONDITIONS_AFTER = r"(?!\s*(?:の)?\s*(?:条件|を\s*(?:すべて|全て|両方|ともに)?\s*満た))"
_LIMIT = pattern(_NOT_CONDITIONS + r"(\d{1,3})\s*(?:つ|件|個|本|agreements?)" + _CONDITIONS_AFTER +
                 r"|(?:top|first|last)\s+(\d{1,3})|"
                 # the 3 newest, 5 most recent
                 r"\b(\d{1,3})\s+(?:most\s+)?(?:newest|latest|oldest|earliest|recent(?:ly)?)\b",
                 re.IGNORECASE)
_KANJI_LIMIT = pattern(_NOT_CONDITIONS + r"([一二三四五六七八九十])\s*(?:つ|件)"
                       + _CONDITIONS_AFTER)
_ENGLISH_NUMBERS = {w: n for w, n in EN_NUMBERS.items() if n <= 10}  # one … ten
_ENGLISH_LIMIT = pattern(r"\b(" + "|".join(_ENGLISH_NUMBERS) + r")\b", re.IGNORECASE)


_IN_ORDER = pattern(r"(?:古い|新しい|早い|遅い)\s*(?:順|もの(?:から)?順)|順番に|並べ|"
                    r"\b(?:oldest|newest|earliest|latest) first\b|\bin order\b|" + _BY_DATE,
                    re.IGNORECASE)


# How many of a list to show: 3件だけ教えて, 2つ挙げて, いくつか…5件ほど紹介して, show me three
# agreements with China, list 2 of them (not 3件以上: a count; 最新の3件: the newest).
_LIST_LIMIT = pattern(
    r"(\d{1,3}|[一二三四五六七八九十])\s*(?:件|つ|個)\s*(?:だけ|ほど|程度|くらい|ぐらい|ばかり)?\s*"
    r"(?:を)?\s*(?:教え|挙げ|あげ|見せ|示し|紹介|ピックアップ|選ん|リストアップ)|"
    r"\b(?:show|list|give|name|tell)\s+(?:me\s+)?(?:just\s+|only\s+)?(\d{1,3}|"
    + "|".join(_ENGLISH_NUMBERS) + r")\s+(?:of\s+(?:the|them|those|these)\s+)?"
    r"(?:agreements?|examples?|ones?|of)\b", re.IGNORECASE)


def list_limit(text: str) -> int | None:
    """The N of a list asked to show N (3件だけ教えて, show me three agreements)."""
    m = _LIST_LIMIT.search(text)
    if m is None:
        return None
    said = (m.group(1) or m.group(2)).lower()
    return int(said) if said.isdigit() else KANJI_NUMBERS.get(said) or _ENGLISH_NUMBERS[said]


def limit_of(text: str) -> int | None:
    """The N of 新しい協定を3つ (0: all of them, in order: 古い順に; None: every row with
    the extreme date)."""
    m = _LIMIT.search(text)
    if m:
        return int(m.group(1) or m.group(2) or m.group(3))
    m = _KANJI_LIMIT.search(text)
    if m:
        return KANJI_NUMBERS[m.group(1)]
    m = _ENGLISH_LIMIT.search(text)  # the three newest agreements
    return _ENGLISH_NUMBERS[m.group(1).lower()] if m else 0 if _IN_ORDER.search(text) else None


_CONTENT = ("名詞", "動詞", "形容詞", "接尾辞", "形状詞", "副詞")


_PREFIX_ONLY = pattern(r"[おご御]")


ACRONYM = pattern(r"^[A-Z]{2,5}$")  # IT, AI, EU in capitals: a word of its own


# (not TOP3, Q1, No1, FY2013, H26, R1: a rank, a quarter, a number, a year)
_LETTERS_AND_NUMBER = pattern(r"(?!(?i:top|best|no|q|fy|h|r|s|t|m)[0-9])"
                              r"[A-Za-z]{1,8}[0-9]{1,3}(?:\.[0-9]{1,2})?")


def compounds(ws: Sequence[Word]) -> list[str]:
    """Noun runs joined (教育 委員 会 → 教育委員会) and other content words alone."""
    out: list[str] = []
    run: list[str] = []
    for word in ws:
        surface, pos, sub, base, _ = word
        if pos == "接頭辞" and run:  # すべて|お示し: a prefix starts the next word
            out.append("".join(run))
            run = []
        if surface.strip("\u3000 ") and is_noun_part(word):
            if pos != "接尾辞" or run:  # (a suffix no noun is before: the tail of a masked
                run.append(surface)  # word, つ of いく|つ登録)
            continue
        if run and not (len(run) == 1 and pos != "名詞" and _PREFIX_ONLY.fullmatch(run[0])):
            out.append("".join(run[1:] if _PREFIX_ONLY.fullmatch(run[0]) else run))
        run = []  # お, ご: an honorific (before a verb no word; ご教示 is 教示)
        if sub == "数詞":
            continue
        if surface.isascii():
            if surface.strip().isalpha() or _LETTERS_AND_NUMBER.fullmatch(surface.strip()):
                # (IT, AI in capitals: an acronym, not "it"; CO2, PM2.5: a term)
                out.append(surface if ACRONYM.match(surface) else surface.lower())
        elif pos in _CONTENT and sub != "非自立可能":
            out.append(base if pos in ("動詞", "形容詞") else surface)
    if run:
        out.append("".join(run[1:] if _PREFIX_ONLY.fullmatch(run[0]) else run))
    return [w for w in out if w.strip()]


def _is_kanji(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch in "々〆ヶ"


def word_end(text: str, a: int, b: int) -> bool:
    """The term is a word of its own, not the head of a compound (教育 in 教育委員会)."""
    before = text[a - 1] if a > 0 else ""
    after = text[b] if b < len(text) else ""
    return not (after and _is_kanji(after)) and not (before and _is_kanji(before))


# How many times or how often something in an agreement's summary happened (何回開かれた,
# how often, 何年ごとに更新): asked of the agreement, not a count of agreements.
TIMES = pattern(r"何回|何度|頻度|何年(?:ごと|おき|毎)|\bhow many times\b|\bhow often\b",
                re.IGNORECASE)


# Agreements several parties signed together, or of several fields (複数の自治体, 県と市が
# 一緒に, 分野が複数).
MANY_OF = pattern(r"(複数の自治体|複数の団体|(?:県|市|町|村)と(?:県|市|町|村)が?\s*"
                  r"(?:一緒に|共同で|連名で|合同で|ともに)|"
                  # 二つの自治体の連名, 連名で結んだ: signed by more than one party
                  r"(?:(?:2|２|二|ふた)\s*つ|複数)\s*の\s*自治体\s*(?:の|が|で|による)?\s*"
                  r"(?:連名|共同|合同)|連名\s*(?:で|に|の))|(?:分野が|分野の)\s*複数|複数(?:の)?分野|"
                  # 分野が2つ以上, 二つ以上の分野にまたがる, 分野がいくつもある
                  r"分野\s*(?:が|の数が)\s*(?:2|２|二|ふた)\s*つ\s*以上|"
                  r"(?:2|２|二|ふた)\s*つ\s*以上\s*の\s*分野|分野\s*が\s*いくつも|"
                  r"(二つ以上の自治体|2つ以上の自治体|"
                  # signed jointly by more than one (Japanese) local government
                  r"\b(?:jointly\s+)?by\s+(?:more than one|several|multiple|two or more)\s+"
                  r"(?:japanese\s+)?(?:local governments?|municipalit(?:y|ies)|parties)\b|"
                  r"\bjointly\s+(?:signed\s+)?by\b|"
                  # have more than one Japanese party, with two or more signatories on our side
                  r"\b(?:more than one|several|multiple|two or more)\s+(?:japanese\s+)?"
                  r"(?:parties|party|signator(?:y|ies)|local governments?|municipalit(?:y|ies))\b)|"
                  r"\bmore than one field\b|"
                  # 複数の都市と結んだ, 2つ以上の相手と, several partner cities: more than one
                  # partner in one agreement
                  r"((?:複数|(?:2|２|二|ふた)\s*つ\s*以上|いくつ[もか]|幾つか)\s*の?\s*(?:都市|相手|相手先|"
                  r"相手方|パートナー|外国の都市|海外の都市)\s*(?:と|を相手|が相手)|"
                  # 海外の複数の自治体と, 外国の複数の都市と: the partner's side
                  r"(?:海外|外国|相手国|相手側|先方)\s*の\s*(?:複数|(?:2|２|二|ふた)\s*つ\s*以上|"
                  r"いくつ[もか]|幾つか)\s*の?\s*(?:自治体|都市|機関|団体|地方政府)\s*(?:と|を相手|が相手)|"
                  r"\b(?:with|have|has|having)\s+(?:more than one|several|multiple|two or more)\s+"
                  r"(?:partner\s+)?"
                  r"(?:cities|city|partners?)\b)", re.IGNORECASE)
