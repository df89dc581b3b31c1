"""The question's text restated the way the conditions are read, before they are: English
exclusion lists put the Japanese way (not a 大学 or 博物館 → 大学・博物館以外), 最多 and
最少 spelled out, a region restated by its members (九州北部（福岡・佐賀・長崎）) or given
with examples, notes and examples in brackets that do not narrow, a country's cities in a
tally; dates said in other words (2010年を含めてそれより前, 2005年を過ぎてから, 平成28年より
前の3年間, 2010年台, ゼロ年代, 平成26・27年, a range said upper bound first, Heisei 20s, leave
out those signed since 2010, a relative date with the user's range in brackets), the N-th
(3件目), both left out (中国も韓国も除いた) and the top N in English (the three biggest).
Pure."""

from __future__ import annotations

import calendar
import datetime
import re
from os.path import commonprefix

from .dates import ERA_PATTERN, era_year
from .gazetteer import (
    COUNTRY_ALIASES,
    ONE_KANJI,
    REGION_ALIASES,
    REGIONS,
    WORLD_REGIONS,
    alpha2_of,
    country_of,
)
from .geonames import capital_of
from .kana_numbers import EN_TEENS, EN_TENS, EN_UNITS
from .lazy_re import longest_first, pattern
from .text import ERA_INITIALS, KANA_KANJI, has_japanese

# Exclusions written the English way, once names and words are the list's: the cue
# before one or more items (not a 大学, 博物館 or 民間団体; other than 中国 and 韓国; the
# partner is not a city). Written the Japanese way (大学・博物館・民間団体以外) the
# exclusion reaches every item, by the rule for values joined before 以外.
_ITEM = r"(?:[\u3040-\u30ff\u4e00-\u9fff々ー・]+|(?i:cit(?:y|ies))\b)"
_ARTICLE = (r"(?:(?:an?|the|with|in|from|based|by|made|signed|concluded|ones?|those|about|on|"
            r"for|of|agreements?|partners?|involv(?:e|es|ing)|includ(?:e|es|ing))\s+){0,4}")
# After a comma, words of the list only: ", signed by Nagasaki" is a condition of its own.
_LIST_ARTICLE = r"(?:(?:an?|the|with|in|from|ones|those|about|on|for|of)\s+){0,2}"
_EN_EXCLUSION = pattern(
    rf"\b(?i:except(?: for)?|other than|excluding|exclude|leave out|leaving out|apart from|"
    rf"not counting|without counting|leaving aside|setting aside|aside from|minus|"
    rf"not|neither|without)\s+(?i:{_ARTICLE})"
    rf"({_ITEM}(?:\s*(?:,|、)\s*(?i:(?:(?:and|or)\s+)?{_LIST_ARTICLE}){_ITEM})*"
    rf"(?:\s*,?\s*(?i:(?:and|or|nor)\s+{_ARTICLE}){_ITEM})?)")  # (?i: English only: fast)
# …with the item before "aside" (leaving 韓国 aside, setting 福岡市 aside): as "except".
_EN_ASIDE = pattern(rf"\b(?i:leaving|setting|putting|leave|set|put)\s+(?i:{_ARTICLE})"
                    rf"({_ITEM}(?:\s*(?:,|、|(?i:and|or))\s*{_ITEM}){{0,3}})\s+(?i:aside)\b")
# Examples in brackets after an exclusion say what the rest is (市以外（省・大学など）):
# they are no condition of their own.
_EXAMPLES = pattern(r"(以外|を?除(?:く|いた|いて))\s*[（(][^）)]*(?:など|等|etc\.?)\s*[）)]")
# A note in brackets that widens rather than narrows (（複数分野の協定も含めて）, （県自身と県内の
# 市町村を含む）, （共同で結んだものはそれぞれに数えて）) says how the list already counts:
# no condition of its own.
_INCLUSIVE_NOTE = pattern(
    r"[（(][^（）()]{0,40}?(?:も\s*(?:含め|含む|含みます|含んで|対象)|"
    r"(?:それぞれ|別々|個別|各自治体|各々|各分野|各国|各年)\s*に?\s*(?:数え|カウント|計上)|"
    r"重複して(?:数え|カウント|計上)|"
    r"(?:自身|そのもの)\s*(?:と|も|や|・)[^（）()]{0,12}(?:市町村|自治体)[^（）()]{0,6}含)"
    r"[^（）()]{0,12}[）)]|"
    # (an agreement covering several fields counts under each of them)
    r"\((?i:[^()]{0,80}?\b(?:counts?|counted|included|listed)\s+(?:under|in|for|towards?)\s+"
    r"(?:each|every|both|all)\b[^()]{0,40})\)")


# non-Asian, non-Chinese partners (once read as the list's names): all but those.
_MARKED = r"\s*の?\s*(?:分野|関係|関連|系|がらみ|協定|覚書|提携)"
# An English word in brackets after a Japanese one that marks it as a field or says what
# an agreement is about (教育(education)分野, 水産(fisheries)の協定): a gloss for the
# reader, which would part the word from its mark. Not a name's initials in capitals
# (地域開発庁(IRDA)); kept elsewhere (脱炭素(decarbonization)の街づくり: the dense leg
# reads it).
_EN_GLOSS = pattern(r"(?<=[\u3040-\u30ff\u4e00-\u9fff])\s*[（(](?=[^)）]*[a-z])"
                    r"[A-Za-z][A-Za-z .'\-]*[)）](?=" + _MARKED + ")")
# …or that gloss already read into the list's word, or the word's end said again:
# 教育(教育)分野, 水産業（水産業）の協定, 中国の都市（市）, 平成28年（平成28年: its reading
# read）.
_SAID_TWICE = pattern(r"([\u30a0-\u30ff\u4e00-\u9fff0-9]+)\s*[（(]([^)）]{1,20})[)）]")


def _once(m: re.Match[str]) -> str:
    return m[1] if m[1].endswith(m[2]) else m[0]


# A place said of who signed (協定結んでるとこってどこ？ 提携しているところは): the party.
# A municipality named with its government or its side (福岡市政府, 長崎県勢, どちらの市政府
# が): the municipality.
# (not 中国の市政府: a kind of partner, a city's government)
_ITS_BODY = pattern(r"(?:(?<=[\u4e00-\u9fff]{2}[県市町村])|(?<=どちらの[県市町村])|"
                    r"(?<=どっちの[県市町村])|(?<=どの[県市町村]))(?:政府|勢)(?![\u4e00-\u9fff])")
_WHO_PLACE = pattern(r"(?<=[るたいだ])\s*(?:とこ|ところ)(?=\s*(?:って|は|を|が|[?？]|$))")
# The Japanese side (高雄市と覚書を結んだ日本側はどこ): the party who signed.
_JAPANESE_SIDE = pattern(r"日本(?:側|の側|の方|のほう|の当事者|サイド)"
                         r"(?:\s*の\s*(?:自治体|団体|当事者))?")
# …and in English: who signed on the Japanese side (no more than who signed), which
# Japanese side signed (which municipality).
_ON_THE_JAPANESE_SIDE = pattern(r"\s*\b(?:on|from|for)\s+the\s+japanese\s+side\b", re.IGNORECASE)
_JAPANESE_SIDE_EN = pattern(r"\b(?:the\s+)?japanese\s+(?:side|party|parties|signator(?:y|ies))\b",
                            re.IGNORECASE)
# 台湾・韓国・中国の件数の内訳: the count of each named value.
# (one run of spaces between optional words: \s*X?\s*Y?\s* took seconds on 500 spaces)
_BREAKDOWN = pattern(r"の?(?:\s*(?:件数|協定数|数))?(?:\s*の)?\s*内訳")
# アジアでも北米でもない相手: neither, both left out (アジア・北米以外の相手); 中国でもなく
# 韓国でもない too.
_NEITHER = pattern(r"([^\s、。,]{1,12}?)(?:の)?でも\s*+(?:(?:なく(?:て)?|なければ)\s*+)?"
                   r"(?:[、,]\s*+)?([^\s、。,]{1,12}?)(?:の)?でもない")
# Both ends of the years left out (2000年より前と2010年以降を除く, 2000年より前でもなく2010年
# 以降でもない): the years between (2000年から2009年).
_DATE_END = r"(\d{4})\s*+年\s*+(より前|以前|まで|以降|以後|より後|から)"
_BOTH_ENDS_OUT = pattern(_DATE_END + r"\s*+(?:と|や|・|、|,|も|でも(?:なく|なければ)|ではなく|"
                         r"じゃなく|を除き|を除いて|以外で|以外、)\s*+(?:[、,]\s*+)?" + _DATE_END +
                         r"\s*+(?:(?:を|も)\s*+)?(?:除く|除いた|除いて|除き|除外|以外|でもない|"
                         r"でもなく|ではない|じゃない)")
_LOW_OUT = {"より前": 0, "以前": 1, "まで": 1}  # the first year left in, after the low end
_HIGH_OUT = {"以降": -1, "以後": -1, "から": -1, "より後": 0}  # the last, before the high


def _both_ends_out(m: re.Match[str]) -> str:
    ends = [(int(m[1]), m[2]), (int(m[3]), m[4])]
    low = [y + _LOW_OUT[r] for y, r in ends if r in _LOW_OUT]
    high = [y + _HIGH_OUT[r] for y, r in ends if r in _HIGH_OUT]
    if len(low) != 1 or len(high) != 1 or low[0] > high[0]:
        return m[0]  # both one side, or nothing between: as said
    return f"{low[0]}年から{high[0]}年の"

# Whichever of two, said to count both (市でも大学の博物館でも、米国が相手なら): no condition
# (not AでもBでもない: neither).
_WHICHEVER = pattern(r"(?:(?<=[、,。\s?？!！])|^)[^\s、。,?？]{1,12}?でも\s*"
                     r"[^\s、。,?？]{1,12}?でも(?!\s*な[いくか])\s*[、,]?")
# Any of a kind said to be fine (どこの自治体のものでもいいので, どの国でも構わない): no
# condition, no table of that kind.
_ANY_FINE = pattern(r"[、,]?\s*(?:どこの|どの|いずれの)\s*[^\s、。,?？]{1,6}?\s*(?:のもの|の分)?\s*"
                    r"でも\s*(?:いい|良い|よい|構わない|かまわない|結構)(?:ので|から|です|けど)?\s*[、,]?|"
                    # 日本側の自治体はどこでも構いません。: a sentence of its own
                    r"(?:(?<=[。．！!？?\n])|^)[^\s、。,?？]{1,12}?(?:は|も)\s*(?:どこ|どれ|どちら|いずれ|なん)\s*"
                    r"でも\s*(?:いい|良い|よい|構いません|構わない|かまわない|かまいません|結構|"
                    r"問いません|OK)(?:です|ので|から)?\s*[。．！!]?")
# The year entered (2013年に入る前に, 2010年に入ってから): before it, from it on; a year said as
# a span (2008年という一年間に): that year.
_A_YEAR = r"((?:\d{4}|(?:明治|大正|昭和|平成|令和)\s*(?:元|\d{1,2}))\s*年)"
_YEAR_ENTERED = pattern(_A_YEAR + r"\s*に\s*(?:入る|なる)\s*(?:より)?\s*前")
_YEAR_ENTERED_AFTER = pattern(_A_YEAR + r"\s*に\s*(?:入って|なって)\s*(?:から|以降)")
_YEAR_AS_SPAN = pattern(_A_YEAR + r"\s*という\s*(?:一年間|1年間|一年|1年|年)")
# A date said to be known (締結年が記載から読み取れるもの, 日付が分かるもの): the dated ones.
_DATE_KNOWN = pattern(r"(?:締結年|締結日|締結年月日|日付|締結時期)\s*(?:が|の)\s*"
                      r"(?:記載(?:から|で|上)?\s*)?"
                      r"(?:読み取れる|分かる|わかる|判明している|はっきりしている|書かれている|"
                      r"記載されている)")
# Neither field said with 属さない (文化分野にも教育分野にも属さず): other than both.
_BELONGS_TO_NEITHER = pattern(r"([^\s、。,]{1,12}?)\s*にも\s*([^\s、。,]{1,12}?)\s*にも\s*"
                              r"(?:属さ|含まれ|当たら|該当し|入ら|関係し|関わら|関連し)(?:ない|ず)")
# A place and the bodies in it (湖北省やその省内の博物館): the place.
_PLACE_AND_INSIDE = pattern(r"([\u4e00-\u9fff]{1,6}[省州市県])\s*(?:や|と|および|及び)\s*"
                            r"(?:その|同)\s*(?:省|州|市|県)内の\s*[\u4e00-\u9fff・]{1,10}?(?=と|に|を|の)")
# Two values neither of which a row has (中国・韓国のどちらとも関係のない, タイともベトナムとも
# 結んでいない): other than both.
_NEITHER_OF = pattern(r"([^\s、。,・]{1,12}?)\s*[・、と]\s*([^\s、。,・]{1,12}?)\s*の?\s*"
                      r"(?:どちらとも|いずれとも|どちらにも|いずれにも)\s*"
                      r"(?:関係(?:の|が)?な[いく]|関わりの?な[いく]|結んでいない|当たらない|該当しない)"
                      r"(?:\s*の)?")
# None of several values listed (相手が中国・韓国・台湾のどこでもないもの, 教育・文化のいずれにも
# 当たらない): other than them all.
_NONE_OF = pattern(r"((?:[^\s、。,・]{1,12}+[・、]){1,6}+[^\s、。,・]{1,12}?)\s*の\s*"
                   r"(?:どこ|いずれ|どれ|どちら)\s*(?:で|に|と)?\s*も\s*"
                   r"(?:な(?=[いく])|当たらな(?=[いく])|該当しな(?=[いく])|当てはまらな(?=[いく])|"
                   r"関係(?:の|が)?な(?=[いく]))[いく](?:\s*て)?")
# The prefecture itself and its municipalities both said (県庁が結んだものも県内の市町村の
# ものも): the prefecture as a whole, no level.
_BOTH_LEVELS = pattern(r"(?:県庁|県そのもの|県自体|県本体|県自身)\s*(?:が結んだ|が締結した|の)?\s*"
                       r"(?:もの|分)?\s*(?:も|と)\s*[、,]?\s*(?:県内の?)?\s*(?:市町村|市町|市や町)\s*"
                       r"(?:が結んだ|が締結した|の)?\s*(?:もの|分)?\s*も?")
# A note in brackets on how to count (熊本県・熊本市の共同分はそれぞれに1件, 複数あればそれぞれに
# 加算): as the tables count anyway, no condition.
_COUNTING_NOTE = pattern(r"[（(](?=[^（）()]*?(?:数え|カウント|加算|計上|それぞれに?\s*(?:1|一)件|"
                         r"(?:1|一)件(?:ずつ|として)))[^（）()]*[）)]")
# Two kinds listed together (観光分野の協定と水道分野の協定、両方あわせて一覧): each kind's
# agreements, not those of both at once.
_BOTH_TOGETHER = pattern(r"[、,]?\s*(?:両方|双方|どちらも|両者)\s*(?:を|とも)?\s*"
                         r"(?=(?:あわせ|合わせ|まとめ|併せ)て)")
# A region's outside or inside said with 圏 (アジア圏外, アジア圏内の): other than it, it.
_REGION_OUT = pattern(r"(?<=[\u30a0-\u30ff\u4e00-\u9fff])圏外(?:\s*の)?")
_REGION_IN = pattern(r"(?<=[\u30a0-\u30ff])圏内(?=\s*の)")
# A kind of agreement said with 含まない, whole (文化分野をまったく含まない, 環境を一切含まない):
# other than it; a party that is no party to it (長崎県が当事者になっていない): other than it.
_NOT_HOLDING = pattern(r"([\u30a0-\u30ff\u4e00-\u9fff]{1,12}?)\s*を\s*"
                       r"(?:まったく|全く|一切|少しも|全然)\s*(?=含まない|含んでいない|含まず)")
_NOT_A_PARTY = pattern(r"([\u4e00-\u9fff]{1,8}[都道府県市町村])\s*(?:が|は)\s*"
                       r"(?:当事者|締結主体|主体|締結者)\s*(?:に|で)\s*(?:なって|入って)?\s*(?:い)?ない\s*(?=もの|協定|の)")
# 姉妹都市以外の提携, 友好都市以外の: what the whole list is (not 環境姉妹都市, a name).
_SCOPE = pattern(r"(?<!環境)(?:姉妹友好|姉妹|友好)(?:都市|提携)(?:関係|提携)?"
                 r"(?:・(?:姉妹|友好)?都市)?\s*(?:以外\s*の|とは別(?:枠)?の|ではない|を除く|を除いた)\s*"
                 r"(?:(?:こうした|こういった|この|その|ような)\s*)?"
                 r"(?=提携|協定|取り決め|リスト|一覧|もの)")
# 上位3か国: the three countries ranked first (か国 is the counter of countries).
_TOP_COUNTRIES = pattern(r"((?:上位|トップ|ベスト)\s*\d+)\s*[かカヶケ箇]\s*国")
_NON = pattern(r"\bnon-\s*([\u30a0-\u30ff\u4e00-\u9fff・]+)")
# A region and, in brackets, the members meant (九州北部（福岡・佐賀・長崎）,
# 東アジア（中国・韓国・台湾）以外): those.
_REGION_NAMES = "|".join(sorted({*REGIONS, *WORLD_REGIONS, "ヨーロッパ"}, key=longest_first))
# A country's one-kanji abbreviation after 対, as headlines write it (長崎県対韓協定, 福岡市
# 対中経済交流, 対米協定数): with that country (韓国との協定).
_TOWARDS_ONE = pattern(rf"対({'|'.join(ONE_KANJI)})(?=協定|交流|経済|関係|案件|提携|覚書|分|の|"
                       r"[\s、,・/／［\[(（]|$)")
# Places said to lie in the one named next (有田や鹿島のある佐賀県, 出島のある長崎県): a
# description of it, no condition or side of their own.
_LYING_IN = pattern(r"(?:[\u4e00-\u9fffァ-ヴー]{1,8}(?:や|と|、|・))*[\u4e00-\u9fffァ-ヴー]{1,8}"
                    # (協定のある, 交流のある: a condition, kept)
                    r"(?<!協定)(?<!交流)(?<!提携)(?<!関係)(?<!都市)のある\s*"
                    r"(?=(?!市町村)[\u4e00-\u9fff]{1,4}[県都府道市町村](?![\u4e00-\u9fff]))")
# "predate" and "postdate": before and after what follows.
_PREDATE = pattern(r"(?i:\b(pre|post)dat(?:e|es|ed|ing)\b)")
# ken and shi as English words (for each ken, which shi): prefecture and city, as English
# writes them (Saga-ken, a name with its suffix, is read as a name).
_ROMAJI_LEVEL = pattern(r"(?i:(?<![-\w(])(ken|shi)(?![-\w)]))")  # (a city (shi): a gloss)
# The busiest year, the peak month: the one with the most agreements.
_BUSIEST = pattern(r"(?i:\b(?:busiest|peak|most active|most productive)\s+"
                   r"(year|month|field|country|municipality|prefecture)\b)")
# 移行 typed for 以降 after a year (2010年移行: same sound, the conversion's slip; a year
# is no transition).
_YEAR_SLIP = pattern(r"(\d{4}\s*年(?:度)?)\s*移行")
# Agreements between two of a kind (博物館どうしの協定, 大学同士の提携): with a partner of
# that kind (the party's side is one too, or the agreement would not be so called).
_BETWEEN_KIND = pattern(r"(博物館|美術館|大学|都市|自治体)\s*(?:同士|どうし)(?=\s*の)")
# 東アジアの国家, アジア諸国家: the region's countries (国家 is a word the data writes).
_REGION_NATIONS = pattern(rf"((?:{_REGION_NAMES}))\s*(?:の|諸)\s*国家")
_RESTATED = pattern(rf"(?:{_REGION_NAMES})"
                    r"(?:[北南東西中]部|[北南東西])?\s*[（(](?![^（）()]*(?:など|等|etc))"
                    r"([^（）()除外含]{2,40})[）)]")
# A region's countries' bodies (ヨーロッパの国の機関): any body in those countries, not a
# government's own agency (国の機関 alone).
_REGION_COUNTRIES_BODIES = pattern(rf"((?:{_REGION_NAMES})(?:[北南東西中]部|[北南東西])?)"
                                   r"\s*の\s*(?:国|国々|諸国|各国)\s*の\s*(?=機関)")
# A region as a question may name it (its aliases too: 西洋, 南米).
_REGION_JA = "|".join(sorted((k for k in REGION_ALIASES if not k.isascii()), key=longest_first))
# …or examples of its members (東南アジア（タイ・ベトナムなど）): the region.
_REGION_EXAMPLES = pattern(rf"((?:{_REGION_NAMES})(?:[北南東西中]部|[北南東西])?)\s*"
                           r"[（(][^（）()]*(?:など|等|etc\.?)\s*[）)]|"
                           # 東アジア（中国・韓国・台湾）: its members said, the region
                           rf"((?:{_REGION_NAMES}))\s*[（(][^（）()0-9]{{2,30}}・[^（）()0-9]{{1,30}}[）)]|"
                           # 東南アジアの国々、たとえばタイやベトナムなど: the same unbracketed
                           rf"((?:{_REGION_NAMES})(?:[北南東西中]部|[北南東西])?"
                           r"(?:の(?:国々|国|諸国|各国))?)\s*[、,]\s*(?:例えば|たとえば|具体的には)"
                           r"[^。？?！!（）()]{1,40}?(?:など|等|なんか|とか|といった(?:国々|国)?)"
                           r"(?=\s*(?:と|の|で|に|を|は|が|、))|"
                           # プラドやライデンのようなヨーロッパとの: examples before it
                           rf"[^\s、。？?「」]{{1,24}}?(?:のような|のように|みたいな|などの)\s*"
                           rf"((?:{_REGION_NAMES}|{_REGION_JA}))")
# …and in English: European partners, such as the museum in Leiden → the region.
_REGION_EN = "|".join(sorted({k for k in REGION_ALIASES if k.isascii()}, key=longest_first))
_REGION_EXAMPLES_EN = pattern(rf"((?:{_REGION_NAMES}|\b(?:{_REGION_EN})n?)(?:\s+[a-z]+){{0,2}}),?"
                              r"\s+(?:such as|like|e\.g\.,?|for example|for instance)\s+"
                              r"[^?.!;,()]{1,60}",
                              re.IGNORECASE)
# English numbers in words before what they count (the last five years, the past decade,
# exactly two agreements, the three newest): in digits, as the patterns read them.
# Kanji numerals of one character (三か国, 二県, 五つ): their values.
KANJI_NUMBERS = {k: n for n, k in enumerate("一二三四五六七八九十", start=1)}
EN_NUMBERS = {w: n for n, w in enumerate((*EN_UNITS, *EN_TEENS, EN_TENS[0]), start=1)}
_EN_NUMBER = pattern(r"(?i:\b(" + "|".join(EN_NUMBERS) + r")\b(?=\s+(?:(?:most\s+recent(?:ly)?|"
                     r"newest|oldest|latest|earliest|different|distinct|biggest|largest|"
                     r"most\s+common|most\s+frequent)\s+)?(?:partner\s+)?(?:years?|"
                     r"months?|decades?|agreements?|countries|cities|municipalities|fields|"
                     r"prefectures|partners|"
                     r"newest|oldest|latest|earliest|most)\b))")
_DECADE = pattern(r"(?i:\b(last|past)\s+decade\b)")
# English seasons and months of a year with a relation (spring 2014, before April 2011,
# since May 2013): said the Japanese way (2014年の春, 2011年4月より前, 2013年5月以降).
_EN_SEASON_YEAR = pattern(r"(?i:\b(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})\b)")
_SEASON_JA = {"spring": "春", "summer": "夏", "autumn": "秋", "fall": "秋", "winter": "冬"}
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                "dec")
_EN_REL_MONTH = pattern(r"(?i:\b(before|prior to|after|since|until|till|through|by)\s+"
                        r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+"
                        r"(\d{4})\b)")
_REL_JA = {"before": "より前", "prior to": "より前", "after": "より後", "since": "以降",
           "until": "以前", "till": "以前", "through": "以前", "by": "以前"}
# A year with its relation said in words (2010年を含めてそれより前, 2010年を含まずそれ以前,
# 2005年を過ぎてから, up to and including 2010): the relation word the dates read.
_YEAR_WORD = r"((?:\d{4}|(?:明治|大正|昭和|平成|令和)\s*(?:元|\d{1,2}))\s*年(?:度)?)"
_WITH_YEAR = pattern(_YEAR_WORD + r"\s*(?:を|も)\s*(含めて|含んで|含め|入れて|含まず|含まないで|"
                     r"入れず|入れないで)(?:に)?[、,\s]*(?:それ|その年)?\s*(?:より|よりも)?\s*"
                     r"(前|以前|まで|後|あと|以降|以後)")
# A year or a decade and then the years after or before it (2004年およびそれ以降, 2010年か
# それより前, 1990年代かそれより前): the year with its bound (2004年以降, 1990年代以前).
_AND_THEN = pattern(r"((?:\d{4}|(?:明治|大正|昭和|平成|令和)\s*(?:元|\d{1,2}))\s*年(?:度|代)?)"
                    r"\s*(?:および|及び|ならびに|並びに|と|か|または|又は|もしくは|若しくは)\s*(?:それ|その年)\s*(?:より|よりも)?\s*(以降|以後|後|あと|以前|前|まで)")
_THEN_AS = {"以降": "以降", "以後": "以降", "後": "以降", "あと": "以降", "以前": "以前",
            "前": "以前", "まで": "以前"}
# …までの期間において, …から…までの期間に: the range said with 期間.
_SPAN_SAID = pattern(r"(?<=まで)\s*の\s*(?:期間|間)\s*(?:において|における|に|で|中に?)")
# The list asked for as a document is made (…を提供してください, 生成して, 作成して, 出力して):
# asked, as 教えて.
_MADE_ASKED = pattern(r"(?<=を)\s*(?:提供|生成|作成|出力|表示|提示)\s*"
                      r"(?=して|しろ|せよ|願|を?お願い)")
# A reason said between what is left out and the verb (福岡市の分は別ページでまとめるので外して
# おいて): the reason, dropped.
_REASON_BEFORE_OUT = pattern(r"(?<=は)\s*[^。、,！!？?]{1,30}?"
                             r"(?:ので|ため(?:に)?|(?<=[るたいだ])から)"
                             r"\s*[、,]?\s*(?=外|はず|除|のぞ|抜|省|入れな|含めな)")
# The shape the answer is asked in (箇条書きで, 表形式で, 一行ずつ, 名前だけ, CSVで, 国名を頭に
# 付けて, 番号を振って): no condition; the answer's shape is the product's own.
_SHAPE_ASKED = pattern(r"(?:[、,]|(?<!\s))\s*+"  # (where spaces begin: linear in a run of them)
                       r"(?:(?:相手国名|国名|相手名|日付|締結日|締結年|番号|自治体名)"
                       r"\s*を\s*"
                       r"(?:頭|先頭|前|最初|後ろ|末尾|横)\s*に\s*(?:付け|つけ|添え|入れ)て|"
                       r"番号を\s*(?:振|ふ)って|"
                       r"(?:名前|名称|協定名|タイトル)\s*(?:だけ|のみ)\s*(?:で)?"
                       r"(?=[、,。\s]|を|$|箇条|表|一覧|リスト|教|出|挙|並|見|お?願)|"
                       r"箇条書き\s*(?:にして|にし|で|に)?|表形式\s*で|一行\s*ずつ|"
                       r"(?i:csv)\s*(?:っぽく|形式で|で|風に)|"
                       # markdownの表で, マークダウンで, Excelの表に, JSON形式で
                       r"(?i:markdown|マークダウン|excel|エクセル|json|html|tsv)"
                       r"(?:\s*(?:形式|風|っぽく|の表|の形))?(?=\s|で|に|[、,。]|$)(?:で|に)?)")
# Signing said as 調印 or 署名 (調印された合意, 署名しました): concluded (締結), but for who
# signed (署名したのは誰: a person, whom the list does not name).
_SIGNED = pattern(r"(?:署名|調印)(?=され|した(?!の|人)|しま|して(?!いる人|た人)|する(?!人|の))")
_PASSED = pattern(_YEAR_WORD + r"\s*を\s*(?:過ぎ|すぎ)(?:て(?:から)?|た(?:後|あと)?)")
# in 2007 or in 2009: the years as one list (in 2007 or 2009).
_IN_AGAIN = pattern(r"(?i:\b(\d{4})\s*,?\s+(or|and)\s+(?:in|during)\s+(?=\d{4}\b))")
_UP_TO_INCLUDING = pattern(r"(?i:\bup\s+to\s+and\s+including\b)")
# N years counted from a year said (平成28年より前の3年間, 2010年からの5年間, the 3 years
# before 2016): the range of them.
# A year said in digits or by its era, its three groups (the digits; the era and its year,
# 元 the first): read by _year_said.
_ERA_YEAR = r"(明治|大正|昭和|平成|令和)\s*(元|\d{1,2})"
_YEARS_FROM = pattern(rf"(?:(\d{{4}})|{_ERA_YEAR})\s*年(?!度)\s*"
                      r"(より前|以前|まで|から|以降)\s*の\s*(\d{1,2})\s*年間?")
_EN_YEARS_BEFORE = pattern(r"(?i:\b(?:the\s+)?(\d{1,2})\s+years\s+(before|prior to|up to|"
                           r"leading up to|after|following|from)\s+(\d{4})\b)")


# A half or a quarter of a fiscal year (2011年度上期, 2016年度の第1四半期, 平成23年度下半期):
# its months (the fiscal year runs from April).
_FISCAL_PART = pattern(rf"(?:(\d{{4}})|{_ERA_YEAR})\s*年度\s*+の?\s*+"
                       r"(?:(上期|上半期|前期|前半)|(下期|下半期|後期|後半)|"
                       r"第?\s*([1-4一二三四])\s*四半期|(?:Q|q)([1-4]))")


def _year_said(m: re.Match[str]) -> int:
    """The year of a match whose first three groups are _ERA_YEAR's with digits before."""
    return int(m[1]) if m[1] else era_year(m[2], m[3])


def _months_apart(first: int, last: int) -> str:
    """A range of whole months, each counted from year 0 (12 * year + month - 1)."""
    return f"{first // 12}年{first % 12 + 1}月から{last // 12}年{last % 12 + 1}月まで"


def _fiscal_part(m: re.Match[str]) -> str:
    q = m[6] or m[7]
    first, n = (4, 6) if m[4] else (10, 6) if m[5] else (
        1 + 3 * (int(q) if q.isdigit() else KANJI_NUMBERS[q]), 3)
    start = _year_said(m) * 12 + first - 1
    return _months_apart(start, start + n - 1)


# A year of four digits without 年 before the signing (2003締結分 — '03, which text.py writes
# 2003 —; 2014に締結された): that year. Dates written with slashes joined by a dash
# (2012/7/1-2013/5/31, once written 2012年7月1日): from one to the other.
_BARE_YEAR = pattern(r"(?<![\d/.-])((?:19|20)\d{2})"
                     r"(?=\s*(?:締結|調印|署名)|\s*に\s*(?:締結|結ば|結ん))")
_DATE_DASH = pattern(r"(\d{4}[/.]\d{1,2}(?:[/.]\d{1,2})?)\s*[-‐–—−]\s*(?=\d{4}[/.]\d)")


# A span counted forward from a date said (東日本大震災（2011年3月11日）から1年のあいだ,
# 2011年3月から半年以内, 2011年から3年間): the range it covers, to the day before the
# anniversary (a year alone: the N years from it, 2011〜2013年).
_SPAN_FROM = pattern(rf"(?:((?:19|20)\d{{2}})|{_ERA_YEAR})\s*年(?!度)"
                     r"(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?\s*+[）)]?\s*+(?:から|より)"
                     r"\s*+(?:数えて|起算して)?\s*+の?\s*+"
                     r"(?:(\d{1,2}|[一二三四五六七八九十])\s*(年|(?:か|ヶ|ケ|カ|箇|ヵ)月)|(半)\s*(年))"
                     r"\s*+(?:間|以内|の\s*(?:間|あいだ|うち)|のうちに)")


def _span_from(m: re.Match[str]) -> str:
    y = _year_said(m)
    half = m[8] is not None  # 半年: six months
    n = 6 if half else KANJI_NUMBERS.get(m[6]) or int(m[6])
    months = n if half or m[7] != "年" else n * 12
    if m[4] is None and not half and m[7] == "年":
        return f"{y}年から{y + n - 1}年まで"
    mo, day = int(m[4] or 1), int(m[5]) if m[5] else None
    if not 1 <= mo <= 12 or day is not None and not 1 <= day <= 31:
        return m[0]  # (no such date: as written)
    start = y * 12 + mo - 1
    if day is None:  # to the month before the anniversary's
        return _months_apart(start, start + months - 1)
    ey, em = divmod(start + months, 12)  # the anniversary's month (0-based)
    # the day before the anniversary, the anniversary's day clamped to its month's length
    # (1月31日から1か月: 2月28日 or 29日 is the anniversary, 2月27日 or 28日 the last day)
    anniversary = datetime.date(ey, em + 1, min(day, calendar.monthrange(ey, em + 1)[1]))
    last = anniversary - datetime.timedelta(days=1)
    return f"{y}年{mo}月{day}日から{last.year}年{last.month}月{last.day}日まで"


# A range's first year said before (2005年から2009年までの5年間): the N years restate it.
_RANGE_FROM = pattern(r"(?:\d{4}|(?:明治|大正|昭和|平成|令和)\s*(?:元|\d{1,2}))\s*年\s*"
                      r"(?:から|より|[～〜~ー－-])\s*$")


def _years_from(m: re.Match[str]) -> str:
    if m[4] == "まで" and _RANGE_FROM.search(m.string, max(0, m.start() - 16), m.start()):
        return m[0][:m.start(4) - m.start()] + "まで"  # (…2009年まで; の5年間 said again)
    y, rel, n = _year_said(m), m[4], int(m[5])
    lo, hi = (y - n, y - 1) if rel == "より前" else (y - n + 1, y) if rel in ("以前", "まで") \
        else (y, y + n - 1)
    return f"{lo}年から{hi}年まで"


def _en_years(m: re.Match[str]) -> str:
    n, rel, y = int(m[1]), m[2].lower(), int(m[3])
    lo, hi = (y - n, y - 1) if rel in ("before", "prior to") else \
        (y - n + 1, y) if rel in ("up to", "leading up to") else \
        (y + 1, y + n) if rel in ("after", "following") else (y, y + n - 1)
    return f"{lo}年から{hi}年まで"


# 3件目, 2つ目, the 4th one: the N-th (番目, as the ranks are read).
_NTH = pattern(r"(\d{1,2}|[一二三四五六七八九十])\s*(?:件目|つ目|個目)|"
               r"(?i:\b([1-5])(?:st|nd|rd|th)\b(?=\s+(?:one|agreement|item)))")
_ORDINALS = ("first", "second", "third", "fourth", "fifth")


# Both left out (中国も韓国も除いた, 中国と韓国を両方除いて): the two joined before the verb,
# as the rule for values joined before 以外 reads them.
_NAME = r"([\u30a0-\u30ff\u4e00-\u9fff々ー・]{1,12})"
_BOTH_OUT = pattern(_NAME + r"も\s*" + _NAME + r"も\s*(?=除|のぞ|省|抜|外|入れな|含めな)|" +
                    _NAME + r"と\s*" + _NAME + r"(?:を|は)?\s*(?:両方|どちらも|いずれも|共に|"
                    r"ともに)\s*(?=除|のぞ|省|抜|外|入れな|含めな)")
# A range said upper bound first (2014年より前、2010年より後; 2013年以前で2011年以降): the
# lower bound first, as the ranges are read.
_UPPER_FIRST = pattern(_YEAR_WORD + r"\s*(より前|以前|まで|未満)[、,\s]*(?:で|かつ|、)?\s*" +
                       _YEAR_WORD + r"\s*(より後|よりあと|以降|以後|から|を?超え(?:て|た|る)?)")


# English: Heisei 20s (an era's decade); leave out those signed since 2010 (a date left out).
_EN_ERA_DECADE = pattern(r"(?i:(?:\b(showa|heisei|reiwa)|(昭和|平成|令和))\s*(\d)0s\b)")
_ERAS_JA = {"showa": "昭和", "heisei": "平成", "reiwa": "令和", "taisho": "大正",
            "taishou": "大正"}
_ERA_EN = r"(?:\b(showa|heisei|reiwa|taisho|taishou)\b|(昭和|平成|令和|大正))"
_ERA_YEAR_EN = _ERA_EN + r"\s*(元|\d{1,2})(?!\s*(?:年|\d|0s))"
# Heisei 10 through Heisei 15, between Heisei 10 and 15: those years and the ones between.
_EN_ERA_RANGE = pattern(r"(?i:(?:\bbetween\s+)?" + _ERA_YEAR_EN + r"\s*(?:through|thru|to|till|"
                        r"until|and|-|–|~)\s*(?:" + _ERA_EN + r"\s*)?(元|\d{1,2})(?!\s*(?:年|\d)))")
# Heisei 20 onwards, Heisei 20 or later / or earlier: the era's year and a bound.
_EN_ERA_POST = pattern(r"(?i:" + _ERA_YEAR_EN + r"\s*(?:(onwards?|or later|and later|or after|"
                       r"and after|or earlier|and earlier|or before|and before)\b))")
# before Heisei, since Showa, until Heisei (the era alone, no year).
_EN_ERA_ALONE = pattern(r"(?i:\b(before|prior to|after|since|until|through|up to)\s+"
                        r"(?:the\s+)?" + _ERA_EN + r"(?:\s+era|\s+period)?(?!\s*(?:元|\d)))")
_ERA_REL = {"before": "より前", "prior to": "より前", "after": "より後", "since": "以降",
            "until": "以前", "through": "以前", "up to": "以前"}  # (from the Showa era: in it)
_EN_DATE_OUT = pattern(r"(?i:\b(?:leave out|leaving out|excluding|exclude|except(?: for)?|"
                       r"not counting|without|(?:you\s+)?(?:drop|set aside|remove|take out))\s+"
                       r"(?:those|the ones|agreements|any)?\s*"
                       r"(?:(?:that|which) were\s+)?(?:signed|made|concluded)?\s*"
                       r"(since|after|before|from|in)\s+(\d{4})\b)")
_REL_OUT = {"since": "以降", "from": "以降", "after": "より後", "before": "より前", "in": ""}


# The N biggest countries, which 2 cities have the most: the top N, as the tables read it.
_N_BIGGEST = pattern(r"(?i:\b(\d{1,2})\s+(?:biggest|largest|most\s+common|most\s+frequent)\s+|"
                     r"\bwhich\s+(\d{1,2})\s+(?=[a-z ]+?\b(?:most|largest|biggest)\b))")


# The list's date restated in brackets (このリストの時点（平成28年9月）から見て): the list's
# date, no condition; examples in brackets after a noun (省庁（省やその下の局など）): none.
_LIST_DATE_SAID = pattern(r"((?:リスト|一覧|データ|表)の?\s*(?:時点|作成時点|作成時|現在))\s*"
                          r"[（(][^（）()]{2,20}[）)]")
# The list's date said before it (平成28年9月のリストの時点から数えて): the list's date again.
_LIST_DATE_BEFORE = pattern(r"(?:(?:19|20)\d{2}|平成\s*\d{1,2})\s*年\s*\d{1,2}\s*月\s*"
                            r"(?:現在|時点)?\s*の\s*(?=(?:この)?(?:リスト|一覧|データ|表)の?\s*(?:時点|作成時点|作成時))")
# A prefecture and the municipalities in it (熊本県、あるいは県内の市町村): the prefecture,
# which holds them already — no level.
_AND_WITHIN = pattern(r"([\u4e00-\u9fff]{1,3}県)\s*[、,]?\s*(?:あるいは|または|もしくは|や|と|及び|"
                      r"および|か|、)\s*(?:その|同)?県内の\s*(?:市町村|市区町村|市町|自治体|市や町)")
# A rank along the dates said as a place in an order (古い順に並べたら、2番目に来るのは):
# the Nth oldest (newest).
_NTH_IN_ORDER = pattern(r"(古い|新しい|早い|遅い)\s*(?:もの|ほう|方)?\s*(?:順|から\s*順)(?:番)?"
                        r"\s*に\s*(?:並べ|ならべ|並び替え|ソートし)"
                        r"(?:ていった|ていく|た)?\s*(?:ら|ると|て|とき|時|場合|とすると|として|たとすると)?"
                        r"\s*[、,]?\s*(\d{1,2}|[一二三四五六七八九十])\s*番目"
                        r"(?:\s*に\s*(?:来る|くる|なる|位置する(?:ことになる)?)|\s*の)?")
_ORDER_WORD = {"早い": "古い", "遅い": "新しい"}
# Which was the first (last) …: the oldest (newest) one.
_FIRST_ONE = pattern(r"\bwhich\s+(?:one\s+)?(?:was|is)\s+the\s+(first|earliest|last|latest|most\s+"
                     r"recent)\b", re.IGNORECASE)
# Each group with its count, said as the groups 'with counts' (自治体を、件数つきで全部):
# a count per group. (つき comes here as the kana table read it: 月.)
_WITH_COUNTS = pattern(r"(自治体|市町村|国|都道府県|県|分野|年)\s*+を?\s*+[、,]?\s*+(?:その)?"
                       r"(?:件数|協定数|数)\s*(?:つき|付き|月|込み|と一緒に|とともに|も添えて|を添えて)"
                       r"\s*で?")
# Two years each said with the same verb and noun (2003年に結ばれた協定と2005年に結ばれた
# 協定): both years, one condition.
_TWO_YEARS_SAID = pattern(r"((?:19|20)\d{2}年(?:度)?)\s*に\s*"
                          r"(結ばれた|締結された|結んだ|締結した)\s*(協定|もの)\s*と\s*[、,]?\s*((?:19|20)\d{2}年(?:度)?)\s*に\s*\2\s*\3")
# A search box's operators: a year and a dash with nothing after it (2005-, 2005年〜): from
# that year on; a word after a minus sign (-福岡市): left out.
_OPEN_YEAR = pattern(r"((?:19|20)\d{2})\s*年?\s*[-－−~〜～]\s*(?!\s*(?:\d|平成|昭和|令和))"
                     r"(?=$|\s|[^\d\s〜~～年])")  # (not 2005年～ 2010年: a range)
_MINUS_WORD = pattern(r"(?:(?<=\s)|^)[-－−]([^\s\d\-－−][^\s]*)")  # (not Vietnam - how many)
# A date said only to its month as a blank form (「○年○月」までしか): the month.
_BLANK_MONTH = pattern(r"[「『]?\s*[○〇◯×Xx]+\s*年\s*[○〇◯×Xx]+\s*月\s*[」』]?")
# Either of two said as such (タイかベトナム、どちらかの相手と; 2003年か2005年、そのどちらかの年に):
# the two as alternatives, no comparison.
_EITHER_OF = pattern(r"[\s、,]*(?:その\s*)?(?:の\s*)?(?:どちらか|いずれか)(?:一方)?\s*"
                     r"(?:の\s*(?:年|国|相手|分野|自治体|県)?|(?=で\s*[、,]))\s*(?=\S)")
# (中国か韓国のどちらかで、…: either, a condition, then the rest)
# Taken away from (長崎県の協定から中国相手のものを差し引くと): left out.
_TAKEN_AWAY = pattern(r"を\s*(?:差し引|差引|さしひ|引)(?:く|いた|いて|けば)(?:と|ら|場合)?")
# A country said to be in the region said after it (ベトナムを含めて東南アジアの国々): the region.
_MEMBER_BEFORE = pattern(rf"[^\s、。,を]{{1,10}}を\s*含め(?:て|た)\s*[、,]?\s*"
                         rf"(?=(?:{_REGION_NAMES}))")
# Those that are not X left out (経済分野でないものは除いて): only those that are.
_NOT_X_LEFT_OUT = pattern(r"([^\s、。,]{1,12}?)\s*(?:で|じゃ)\s*(?:は)?\s*ない\s*"
                          r"(?:もの|協定|の)\s*(?:は|を)\s*(?:除いて|除く|除外して|外して|抜いて|除き)")
# Spans said in centuries (四半世紀, 半世紀, a quarter-century): in years.
_CENTURY_PARTS = [(pattern(r"四半世紀"), "25年"), (pattern(r"半世紀"), "50年"),
                  (pattern(r"\ba\s+quarter[\s-]century\b", re.IGNORECASE), "25 years"),
                  (pattern(r"\bhalf\s+a\s+century\b", re.IGNORECASE), "50 years")]
# A count said before the question (長崎県が中国と結んだ協定は十件以上あるけど、そのうち…;
# 熊本県内の協定は2つあるけど、先に結ばれたのは): a remark, no threshold nor number asked.
_COUNT_REMARK = pattern(r"(?:は|が)\s*\d+\s*(?:件|つ|本)\s*(?:以上|ほど|くらい|ぐらい|近く|も)?\s*"
                        r"(?:ある|あります)\s*(?:けど|けれど|けれども|が|ので)\s*[、,]\s*")
# A field a row is not in (文化の分野に入らないもの): that field left out.
_NOT_IN_FIELD = pattern(r"([\u4e00-\u9fff]{1,6})\s*の?\s*分野\s*に\s*(?:は\s*)?"
                        r"(?:入らない|入っていない|含まれない|含まれていない|属さない|属していない|該当しない|当てはまらない)")
# 数 written in kana after the thing counted (協定のかずは): 数.
_KANA_KAZU = pattern(r"(?<=協定|提携|覚書)\s*の\s*かず")
# An event named with its year in brackets as a bound (リーマンショック（2008年）より前, before
# the Lehman shock (2008)): that year.
_EVENT_YEAR = pattern(r"[^\s、。,（(]{2,15}\s*[（(]\s*((?:19|20)\d{2})\s*年?\s*[）)]\s*"
                      r"(?=より|以前|以降|以後|の前|の後|前|後|まで|から)")
_EVENT_YEAR_EN = pattern(r"\b(before|after|since|until|prior to)\s+(?:the\s+)?"
                         r"[A-Za-z][\w'’ -]{1,30}?\s*\(\s*((?:19|20)\d{2})\s*\)", re.IGNORECASE)
# A claim said as written or heard somewhere, then checked (記事では福岡市の提携を14件と書いた
# が、本当に14件で合っている？): the claim is the question; where it was said is no
# condition.
_CLAIM_SOURCE = pattern(r"(?:^|(?<=[。？?！!\n]))\s*(?:記事|原稿|資料|報告書|ニュース|新聞|ネット|"
                        r"本|サイト|文書|記録|広報|パンフレット)\s*(?:では|に|で)\s*(?:は\s*)?")
_CLAIM_SAID = pattern(r"[」』]?\s*(?:と|って)\s*(?:書いた|書いて(?:い)?る|書いてあ(?:る|った)|"
                      r"書かれて(?:い)?(?:る|た)|書きました|記載(?:した|しました|されて(?:い)?た)|"
                      r"聞いた|聞きました|読んだ|読みました|報じ(?:た|られた))"
                      r"(?:が|けど|けれど|けれども|のですが|んですが)\s*[、,]?")


def _claim_unquoted(text: str) -> str:
    """The claim said as a clause of the question: its quotes and the verb of saying
    dropped (「福岡市の協定数は長崎県を上回る」と書いたが、 → 福岡市の協定数は長崎県を上回る、)."""
    while (m := _CLAIM_SAID.search(text)) is not None:
        head = text[:m.start()]
        if m.group(0)[0] in "」』" and (q := max(head.rfind("「"), head.rfind("『"))) >= 0:
            head = head[:q] + head[q + 1:]
        text = head + "、" + text[m.end():]
    return text


# What the question says does not matter (自治体を問わず、 相手国に関係なく): no condition.
_REGARDLESS = pattern(r"(?<![\u4e00-\u9fff\u30a0-\u30ff])"  # (not 中国を問わず's 国)
                      r"(?:自治体|市町村|都道府県|県|国|国籍|相手|相手国|相手先|分野|種類|"
                      r"地域|規模|時期|年代|締結年|締結時期|場所|内容)\s*(?:(?:を|は|に)\s*)?(?:問わず|問いません|"
                      r"問わない|関係なく|かかわらず|関わらず|拘らず|不問)\s*[、,]?|"
                      # どこの自治体のものも含めて: every one
                      r"(?:どこの|どの|いずれの)\s*(?:自治体|市町村|都道府県|県|国|分野)(?:のもの|の分)?も"
                      r"(?:含めて|含め|問わず|全部|すべて)\s*[、,]?")
# A year said again in the other calendar (平成12年、西暦で申しますと2000年より前; 2000年、
# つまり平成12年): once, as the later words say it, when the two are the same year.
_CALENDAR_SAID = (r"\s*(?:[、,]\s*)?(?:(?:西暦|和暦|元号)\s*"
                  r"(?:(?:で|に直すと|に直せば|にすると)\s*)?"
                  r"(?:(?:言うと|いうと|申しますと|申せば|言えば|いえば|言いますと|は|だと|なら)\s*)?|"
                  r"(?:つまり|すなわち|即ち|要するに)\s*)(?:[、,]\s*)?")
_YEAR_RESTATED = pattern(rf"({ERA_PATTERN})\s*(元|\d{{1,2}})\s*年{_CALENDAR_SAID}"
                         r"((?:19|20)\d{2})\s*年|"
                         rf"((?:19|20)\d{{2}})\s*年{_CALENDAR_SAID}({ERA_PATTERN})\s*(元|\d{{1,2}})\s*年")


# …and in English: the early 2010s, say 2010 to 2012 → the years said after it.
_EN_YEARS_RESTATED = pattern(r"(?i:\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d0'?s,?\s+"
                             r"(?:say|i\.e\.,?|that is,?|namely|meaning|so)\s+"
                             r"(?=(?:from\s+|between\s+)?(?:19|20)\d{2}\b))")


def _year_restated(m: re.Match[str]) -> str:
    era, number, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[6], m[4])
    if era_year(era, number) != int(year):
        return m[0]
    return f"{year}年" if m[1] else f"{era}{number}年"


# A relative date with the user's own range in brackets (ここ5年（2012年以降）): the range.
_RELATIVE_SAID = pattern(r"(?:ここ|過去|最近|直近|この)\s*\d{1,2}\s*年(?:間)?\s*"
                         r"[（(]([^（）()]*\d{4}[^（）()]{0,20})[）)]")
_NOUN_EXAMPLES = pattern(r"([\u4e00-\u9fff])\s*[（(](?:例えば|たとえば)?[^（）()]{1,30}?"
                         r"(?:など|等|etc\.?|とか|なんか)\s*[）)]")


# A date written with slashes, dots or hyphens (2014/8/5, 2013-09-09, 2014.8.5, H26.8.5,
# 2014/08, 20140805): in the words the date patterns read (2014年8月5日).
_NUMERIC_DATE = pattern(rf"(?<![\d.A-Za-z])((?:19|20)\d{{2}}|(?:{ERA_PATTERN}|[MTSHRmtshr])"
                        r"(?:\d{1,2}|元))"
                        r"\s*([/.\-])\s*(\d{1,2})(?:\s*\2\s*(\d{1,2}))?(?![\d.]|\s*[/\-]\d)")
_COMPACT_DATE = pattern(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")


def _numeric_date(m: re.Match[str]) -> str:
    year = ERA_INITIALS.get(m[1][0].lower(), m[1][0]) + m[1][1:]  # H26 → 平成26
    day = f"{int(m[4])}日" if m[4] else ""
    return f"{year}年{int(m[3])}月{day}"


# A count with a bound said otherwise (3件を超える自治体, 10件超の国, 5件未満, 2件より少ない,
# more than 2 agreements, fewer than 5): N or more, N or fewer, as the tables read them.
_GROUP_NOUN = r"(?=\s*の?\s*(?:自治体|市町村|都道府県|県|国|分野|年|都市|相手|ところ))"
_COUNT_OVER = pattern(r"(\d+)\s*件\s*(?:を\s*超え(?:る|た|て(?:いる)?)|超|より多い|を上回る)"
                      + _GROUP_NOUN)
_COUNT_UNDER = pattern(r"(\d+)\s*件\s*(?:未満|に満たない|より少ない|を下回る)" + _GROUP_NOUN)
_EN_COUNT = pattern(r"\b(more|fewer|less) than (\d+) (agreements|countries)\b", re.IGNORECASE)


def _en_count(m: re.Match[str]) -> str:
    more = m[1].lower() == "more"
    n = int(m[2]) + 1 if more else int(m[2]) - 1
    return f"{n} or {'more' if more else 'fewer'} {m[3]}"


# A year with a bound said as of numbers (2010年超, 2010年を超える, 2003年以下, 2003年未満,
# 2010年以上): the year's own relation (より後, 以前, より前, 以降).
_YEAR_BOUND = pattern(r"((?:19|20)\d{2}\s*年)\s*(?:を\s*)?(超え(?:る|た|て)?|超|以下|未満|以上)")
_BOUND_AS = {"以下": "以前", "未満": "より前", "以上": "以降"}
# 2000年の前にできた, 2010年のあとの: before or after the year (not 2000年の前半, 後半).
_YEAR_BEFORE_AFTER = pattern(r"((?:19|20)\d{2}\s*年)\s*の\s*(前|まえ|後|あと)(?!半)"
                             r"(?=\s*(?:に|の|で|から|、|,))")
# 2010年台 (a common slip for 年代), ゼロ年代 / 00年代 (the 2000s): the decade.
_DECADE_SLIP = pattern(r"(?<!\d)(\d{3}0)\s*年台")
_ZERO_DECADE = pattern(r"(?:ゼロ|零|(?<!\d)00)\s*年代")
# 1990's, 90's, '90s: the 1990s (a decade of two digits: 50–99 the 1900s, else the 2000s).
_DECADE_APOSTROPHE = pattern(r"(?<![\d'’])(1[89]\d0|20\d0)['’]s\b|"
                             r"(?<![\d'’])['’]?(\d)0['’]s\b|(?<![\d])['’](\d)0s\b")
_DECADE_S = pattern(r"(?<![\d'’])(1[89]\d0|20[0-9]0)s(?![a-z])")  # 1990sの協定: 1990年代
# 平成26・27年, 2014、2015年: two years sharing their era and 年, each said whole.
_SHARED_YEAR = pattern(r"(明治|大正|昭和|平成|令和)?\s*(\d{1,4})\s*[・、,]\s*(\d{1,4})\s*"
                       r"(年)(?!度)")


def _era(roman: str | None, kanji: str | None) -> str:
    return _ERAS_JA[roman.lower()] if roman else kanji or ""


def _within_year(m: re.Match[str]) -> str:
    y, mo, rel = m[1], int(m[2]), m[3]
    if not 1 <= mo <= 12:
        return m[0]
    first, last = {"以前": (1, mo), "まで": (1, mo), "より前": (1, mo - 1),
                   "以降": (mo, 12), "から": (mo, 12), "以後": (mo, 12),
                   "より後": (mo + 1, 12)}[rel]
    return f"{y}年{first}月から{y}年{last}月まで" if 1 <= first <= last <= 12 else m[0]


def _era_range(m: re.Match[str]) -> str:
    first = _era(m[1], m[2])
    return f"{first}{m[3]}年から{_era(m[4], m[5]) or first}{m[6]}年まで"


def _decade_s(m: re.Match[str]) -> str:
    if m[1]:
        return f"{m[1]}s"
    tens = int(m[2] or m[3]) * 10
    return f"{1900 + tens if tens >= 50 else 2000 + tens}s"


def _with_year(m: re.Match[str]) -> str:
    with_it = not m[2].startswith(("含ま", "入れず", "入れない"))
    before = m[3] in ("前", "以前", "まで")
    return m[1] + ("以前" if with_it and before else "以降" if with_it else
                   "より前" if before else "より後")


def _shared_year(m: re.Match[str]) -> str:
    era = m[1] or ""
    if len(m[2]) != len(m[3]) or (len(m[2]) == 4) == bool(era) or len(m[2]) not in (1, 2, 4):
        return m[0]  # (not 3・4年, a count, nor 平成2014)
    return f"{era}{m[2]}{m[4]}・{era}{m[3]}{m[4]}"


# Values listed and then counted (タイ、ベトナム、アメリカの3か国を比べると, 福岡市と北九州市の
# 2市で, 福岡・佐賀・長崎の3県以外): the values; the count restates them, it is no
# condition. Not when fewer values are listed than counted (中国の3都市).
_ITEM_CHARS = r"[\u30a0-\u30ff\u4e00-\u9fff々ーA-Za-z]{1,12}"
_ITEM_JOINER = r"\s*(?:[、・,，]|と|や)\s*"
_COUNTED_ITEMS = pattern(rf"((?:{_ITEM_CHARS}{_ITEM_JOINER})+{_ITEM_CHARS})\s*の\s*"
                         r"(\d{1,2}|[二三四五六七八九十])\s*"
                         r"(?:[かカヶケ箇]国|都市|自治体|分野|県|市|つ(?:の(?:国|都市|自治体|県|市|分野))?)"
                         r"(?=\s*(?:を|で|の|に|と|は|が|、|,|について|以外|除|抜き))")


def _counted_items(m: re.Match[str]) -> str:
    n = int(m[2]) if m[2].isdigit() else KANJI_NUMBERS[m[2]]
    return m[1] if len(re.split(_ITEM_JOINER, m[1])) >= n else m[0]


# 最多の分野, 最少の自治体: 最も多い / 最も少ない, as the groupings read them.
_MOST = pattern(r"最([多少])(?:の|な)?")
# Chinese cities, American partner cities (中国 cities once read): the cities of it.
_TALLY_EN = pattern(r"\b(?:how many|number of|count|(?<!the )(?<!this )(?<!your )list|show|"
                    r"name all|sign(?:ed)? with|(?:agreements?|tie-ups?|mous?) with)\b",
                    re.IGNORECASE)  # (in the list: the data, no list asked)
_WITH_CITIES = pattern(r"\bwith (?:partner |foreign )?cities\b", re.IGNORECASE)
_CITIES_OF = pattern(r"([\u30a0-\u30ff\u4e00-\u9fff・]+)\s+(?:partner\s+)?cities\b")


# A range that ends in the next year (2012年の12月から翌年5月まで): that year said.
_NEXT_YEAR = pattern(r"((?:19|20)\d{2})\s*年\s*の?\s*(\d{1,2})\s*月\s*(から|〜|~|～)\s*"
                     r"(?:翌年|次の年|その翌年)\s*の?\s*(\d{1,2})\s*月")
# A month bound within a year said first (2014年のうち6月以前, 2013年の中で9月以降): that
# year's months up to or from it.
_WITHIN_YEAR = pattern(r"((?:19|20)\d{2})\s*年\s*(?:のうち|の中で|の中の|で)\s*(\d{1,2})\s*月\s*"
                       r"(以前|まで|より前|以降|から|より後|以後)")
# A province or state said in English after or before its name (Hubei province, the
# province of Fujian; read as 湖北 省): one name, as Japanese writes it (湖北省).
_PROVINCE_EN = pattern(r"([\u4e00-\u9fff]{2,6})\s+(省|州)(?![\u4e00-\u9fff])|"
                       r"\bthe\s+(省|州)\s+of\s+([\u4e00-\u9fff]{2,6})", re.IGNORECASE)
# A grouping said again in other words (地域別、つまり県ごとに): the second.
_SAID_AGAIN = pattern(r"[^、。？?！!\s]{1,8}(?:別|ごと)[、,]?\s*(?:つまり|すなわち|要するに|"
                      r"言い換えると|言い換えれば)[、,]?\s*")
# A value corrected as it is said (北九州市…いや、福岡市の; 2011年、あ、間違えた、2013年に;
# タイとの協定を…あ、やっぱりベトナムとの協定を): the second alone.
_CORRECTION = pattern(r"[\s….、,。・—–-]*(?:あっ?、?\s*)?(?:いや(?!し)|じゃなくて|じゃなかった|"
                      r"(?:違|ちが)(?:う|った|います|いました)(?=[\s….、,。]|$)|"
                      r"ではなくて|間違え(?:た|ました)|まちがえ(?:た|ました)|訂正(?:します|して)|"
                      r"やっぱり|もとい|(?i:(?:sorry,?\s*)?i\s+mean(?:t)?|no\s+wait|sorry))"
                      r"[\s….、,。:—–-]*|"
                      # …教えて。あ、ベトナムのほうでした: the other one, said so
                      r"(?<=[。？?！!])\s*あっ?[、,]\s*(?=[^。？?]{1,12}の(?:ほう|方)(?:です|でした|だ))")
# A correction said as a value alone (…何件？いや、2015年でした; あ、ベトナムのほうでした):
# that value in place of the one of its kind the question said.
_FRAGMENT = pattern(r"([\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9々ー・]+?)\s*(?:の(?:ほう|方))?\s*"
                    r"(?:です|でした|だ|だった|でしたね)?\s*[。！!?？]?\s*")
_VALUE_RUN = pattern(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9々ー・]+")


def _corrected(text: str) -> str:
    """The question without a value said and then corrected: the longest phrase just
    before the correction that starts with a value and whose words after it begin the
    correction's too (タイとの協定を / ベトナムとの協定を教えて), so that the correction takes
    its place; the text as it was when no such phrase is found."""
    for m in _CORRECTION.finditer(text):
        before, after = text[:m.start()], text[m.end():]
        first = _VALUE_RUN.match(after)
        if not before or first is None:
            continue
        if _ASKED_BEFORE.search(before):
            if one := _FRAGMENT.fullmatch(after):  # …何件？いや、2015年でした: 2005年 → 2015年
                value = one.group(1)
                same = [r for r in _VALUE_RUN.finditer(before)
                        if _same_shape(r.group(0), value)]
                if same:
                    return before[:same[0].start()] + value + before[same[0].end():]
            # ベトナムとの協定は？ あ、間違えた、カンボジアと…: the question again
            return _corrected(_ASKED_BEFORE.sub("", before) + after)
        tail_after = after[first.end():]
        for run in _VALUE_RUN.finditer(before):
            tail = before[run.end():]
            if (tail_after.startswith(tail) or len(commonprefix([tail, tail_after])) >= 3) and (
                    run.start() == 0 or not _VALUE_RUN.match(before[run.start() - 1])):
                return _corrected(before[:run.start()] + after)
    return text


# A whole question asked before a correction (…は何件？ / …を教えてください。): replaced.
_ASKED_BEFORE = pattern(r"[^。？?！!]*[。？?！!]\s*$")


def _same_shape(a: str, b: str) -> bool:
    """Two values of one kind by their look: years (2005年, 2015年), katakana names (タイ,
    ベトナム), kanji names (福岡市, 北九州市)."""
    def shape(w: str) -> str:
        return "year" if re.fullmatch(r"\d{4}年?", w) else "kana" if re.fullmatch(
            r"[\u30a0-\u30ffー・]+", w) else "kanji" if re.fullmatch(r"[\u4e00-\u9fff々]+", w) \
            else "other"
    return shape(a) == shape(b) != "other" and a not in ("協定", "覚書", "何件")


# Events a question dates agreements by, said without their date: the month they began
# (the Lehman Brothers bankruptcy, 2008-09-15; the Great East Japan Earthquake,
# 2011-03-11), for an event named with its year in brackets is read by _EVENT_YEAR.
_EVENTS = {"リーマンショック": (2008, 9), "リーマン・ショック": (2008, 9),
           "lehman shock": (2008, 9), "lehman crisis": (2008, 9),
           "東日本大震災": (2011, 3), "great east japan earthquake": (2011, 3)}
_EVENT_NAMES = "|".join(sorted(map(re.escape, _EVENTS), key=len, reverse=True))
_EVENT = pattern(rf"(?i:(?<=before )|(?<=after )|(?<=since )|(?<=until )|(?<=prior to ))"
                 rf"(?i:(?:the\s+)?({_EVENT_NAMES}))(?!\s*[（(])|"
                 rf"(?i:({_EVENT_NAMES}))(?=\s*(?:より|以前|以降|以後|まで|から))")
# A word and its plural said at once (the one(s), agreement(s)): the plural.
_BOTH_NUMBERS = pattern(r"(?i:\b([a-z]+)\(s\))")


def english_phrases(text: str) -> str:
    """`text` with English words the reader would otherwise take for a name's near miss
    (predate: Prado) or a field (busiest: business) said as the grammar reads them: read
    before any name is."""
    text = _PREDATE.sub(lambda m: "before" if m[1].lower() == "pre" else "after", text)
    if sum(ch.isascii() and ch.isalpha() for ch in text) > 3 * sum(  # mostly English (count
            ch >= "\u3000" for ch in text):  # read as 件数 before this: still English)
        text = _ROMAJI_LEVEL.sub(lambda m: "prefecture" if m[1].lower() == "ken" else "city",
                                 text)
    text = _BOTH_NUMBERS.sub(r"\1s", text)
    text = _EVENT.sub(lambda m: _event_date(m[1] or m[2], text), text)
    return _BUSIEST.sub(r"\1 with the most agreements", text)


def _event_date(event: str, text: str) -> str:
    """The month an event began, as the question's language says a month."""
    year, month = _EVENTS.get(event) or _EVENTS[event.casefold()]
    if KANA_KANJI.search(text):
        return f"{year}年{month}月"
    return f"{_MONTH_NAMES[month - 1].capitalize()} {year}"


# Examples given before what they are examples of (留学生の受け入れや送り出しなど、留学に
# ついて): the subject after the comma is what is asked; the examples are left (each item
# without a particle, so no party or condition said before them is taken with them).
_ITEMS_BEFORE = r"[^、,。？?\s\dがはをでにのとや]{1,12}"
_EXAMPLES_BEFORE = pattern(rf"{_ITEMS_BEFORE}(?:や{_ITEMS_BEFORE}){{1,4}}\s*(?:など|等)\s*"
                           r"[、,]\s*(?=[^、,。？?\s]{1,16}?(?:について|に関する|に関して|"
                           r"に関わる|関係|関連))")


# A quoted piece of the list given as an example of what is asked («「福岡市と青島市との…
# 覚書」みたいな福岡市の協定», «「米国/アトランタ市」みたいなアメリカ相手の協定»): the words
# after it say what is asked (not «「…」みたいな協定», the agreements like that one).
# (several quoted examples joined: all of them; not a list joined by とか alone —
# 「環境」とか「水道」の協定 —, nor before 分野: 「水道」みたいな分野 is that field)
_QUOTED_EXAMPLE = pattern(r"「[^「」]{2,80}」(?:\s*(?:とか|や|と|、|,|・)\s*「[^「」]{2,80}」){0,3}"
                          r"\s*(?:みたいな|のような|みたいに|のように|といった|"
                          r"などの)\s*[、,]?\s*(?!\s*(?:協定|覚書|提携|もの|取り?決め|の|分野|"
                          r"[?？。]|$))")


# A country's capital said by description (ベトナムの首都, the capital of Vietnam): the
# city GeoNames names (ハノイ), read as a partner city like any other.
_CAPITAL = pattern(r"([\u30a0-\u30ff\u4e00-\u9fff]{1,12})\s*の\s*首都"
                   r"(?!圏|\s*[\u30a0-\u30ff\u4e00-\u9fffA-Za-z])|"  # (首都ハノイ: said)
                   r"(?i:\bthe\s+capital\s+(?:city\s+)?of\s+([A-Za-z][A-Za-z .'-]{1,40}?|"
                   r"[\u30a0-\u30ff\u4e00-\u9fff]{1,12})"
                   r"(?=\s*(?:[,.?!;:]|$|\b(?:and|or|with|in|since|signed|that|which)\b))|"
                   r"(?:\b([A-Z][A-Za-z .'-]{1,40}?)'s|"
                   r"([\u30a0-\u30ff\u4e00-\u9fff]{1,12})(?:'s)?)\s*"
                   r"capital(?:\s+city)?\b"
                   r"(?=\s*(?:[,.?!;:]|$|\b(?:and|or|with|in|since|signed|that|which)\b)))")


def _capital(m: re.Match[str]) -> str:
    said = m[1] or m[2] or m[3] or m[4]
    for i in range(len(said)):  # (九州の企業がベトナムの首都: the country's name ends it)
        country = country_of(said[i:]) if not said[i].isspace() else None
        if country and (code := alpha2_of(country)) and (
                city := capital_of(code, latin=not has_japanese(m[0]))):
            return said[:i] + city
    return m[0]


def restate(text: str) -> str:
    """`text` restated as the module says (each pattern above says what it reads)."""
    def japanese(m: re.Match[str]) -> str:
        items = re.findall(_ITEM, m.group(1))
        # (after a comma, a particle between: 中国, not in culture is not 中国・文化以外)
        joined = "で" if re.search(r"[,、]\s*$", m.string[:m.start()]) else ""
        return joined + "・".join("都市" if i.isascii() else i for i in items) + "以外"

    text = _corrected(_SAID_AGAIN.sub("", text))
    text = _EXAMPLES_BEFORE.sub("", _QUOTED_EXAMPLE.sub("", text))
    if "首都" in text or "capital" in text.casefold():
        text = _CAPITAL.sub(_capital, text)
    text = _PROVINCE_EN.sub(lambda m: m[0] if m[1] in COUNTRY_ALIASES else  # (Chinese
                            (m[1] + m[2]) if m[1] else (m[4] + m[3]), text)  # provinces)
    text = _WITHIN_YEAR.sub(_within_year, text)
    text = _NEXT_YEAR.sub(lambda m: f"{m[1]}年{m[2]}月{m[3]}{int(m[1]) + 1}年{m[4]}月", text)
    text = _MOST.sub(lambda m: "最も" + ("多い" if m[1] == "多" else "少ない"), text)
    text = _COUNTED_ITEMS.sub(_counted_items, text)
    text = _PASSED.sub(r"\1より後", _WITH_YEAR.sub(_with_year, text))
    text = _AND_THEN.sub(lambda m: m[1] + _THEN_AS[m[2]], _SIGNED.sub("締結", text))
    text = _MADE_ASKED.sub("教え", _SPAN_SAID.sub("に", text))
    text = _SHAPE_ASKED.sub("", _REASON_BEFORE_OUT.sub("", text))
    text = _IN_AGAIN.sub(r"\1 \2 ", _UP_TO_INCLUDING.sub("through", text))
    text = _ZERO_DECADE.sub("2000年代", _DECADE_SLIP.sub(r"\1年代", text))
    text = _DECADE_APOSTROPHE.sub(_decade_s, text)
    text = _YEAR_BOUND.sub(lambda m: m[1] + _BOUND_AS.get(m[2], "より後"), text)
    text = _YEAR_BEFORE_AFTER.sub(lambda m: m[1] + ("より前" if m[2] in ("前", "まえ")
                                                   else "より後"), text)
    text = _COUNT_OVER.sub(lambda m: f"{int(m[1]) + 1}件以上", text)
    text = _COUNT_UNDER.sub(lambda m: f"{int(m[1]) - 1}件以下", text)
    text = _EN_COUNT.sub(_en_count, text)
    text = _COMPACT_DATE.sub(lambda m: f"{m[1]}年{int(m[2])}月{int(m[3])}日", text)
    text = _REGARDLESS.sub("", _YEAR_RESTATED.sub(_year_restated, text))
    text = _EN_YEARS_RESTATED.sub("", text)
    if _CLAIM_SAID.search(text):
        text = _claim_unquoted(_CLAIM_SOURCE.sub("", text))
    text = _BARE_YEAR.sub(r"\1年", text)
    text = _NUMERIC_DATE.sub(_numeric_date, _DATE_DASH.sub(r"\1から", text))
    if KANA_KANJI.search(text):  # (English keeps its own: the 1990s)
        text = _DECADE_S.sub(r"\1年代", text)
    text = _EN_YEARS_BEFORE.sub(_en_years, _YEARS_FROM.sub(_years_from, _SPAN_FROM.sub(
        _span_from, _FISCAL_PART.sub(_fiscal_part, text))))
    text = _NTH.sub(lambda m: f"{m[1]}番目" if m[1] else _ORDINALS[int(m[2]) - 1], text)
    text = _BOTH_OUT.sub(lambda m: f"{m[1] or m[3]}・{m[2] or m[4]}を", text)
    text = _UPPER_FIRST.sub(r"\3\4\1\2", text)
    text = _EN_ERA_RANGE.sub(_era_range, text)
    text = _EN_ERA_POST.sub(lambda m: f"{_era(m[1], m[2])}{m[3]}年" + (
        "以前" if m[4].lower().endswith(("earlier", "before")) else "以降"), text)
    text = _EN_ERA_ALONE.sub(lambda m: f"{_era(m[2], m[3])}{_ERA_REL[m[1].lower()]}", text)
    text = _EN_ERA_DECADE.sub(lambda m: f"{_ERAS_JA.get((m[1] or '').lower(), m[2])}{m[3]}0年代",
                              text)
    text = _EN_DATE_OUT.sub(lambda m: f"{m[2]}年{_REL_OUT[m[1].lower()]}を除いた", text)
    text = _SHARED_YEAR.sub(_shared_year, text)
    text = _EN_NUMBER.sub(lambda m: str(EN_NUMBERS[m[1].lower()]), text)
    text = _N_BIGGEST.sub(lambda m: f"top {m[1] or m[2]} ", text)
    text = _DECADE.sub(r"\1 10 years", text)
    text = _EN_SEASON_YEAR.sub(lambda m: f"{m[2]}年の{_SEASON_JA[m[1].lower()]}", text)
    text = _EN_REL_MONTH.sub(lambda m: f"{m[3]}年{_MONTH_NAMES.index(m[2].lower()) + 1}月"
                             f"{_REL_JA[m[1].lower()]}", text)
    text = _REGION_EXAMPLES.sub(lambda m: m[1] or m[2] or m[3] or m[4],
                                _INCLUSIVE_NOTE.sub("", text))
    text = _REGION_COUNTRIES_BODIES.sub(r"\1の", text)
    text = _REGION_NATIONS.sub(r"\1の国", _REGION_EXAMPLES_EN.sub(r"\1", text))
    text = _TOWARDS_ONE.sub(lambda m: f"{ONE_KANJI[m[1]]}との", _BETWEEN_KIND.sub(r"\1", text))
    text = _LYING_IN.sub("", _YEAR_SLIP.sub(r"\1以降", text))

    text = _AND_WITHIN.sub(r"\1", _KANA_KAZU.sub("の数", text))
    text = _EVENT_YEAR_EN.sub(r"\1 \2", _EVENT_YEAR.sub(r"\1年", text))
    text = _NOT_IN_FIELD.sub(r"\1分野以外の", _COUNT_REMARK.sub("、", text))
    for said, years in _CENTURY_PARTS:
        text = said.sub(years, text)
    text = _MEMBER_BEFORE.sub("", _TAKEN_AWAY.sub("を除くと", _EITHER_OF.sub(" ", text)))
    text = _NOT_X_LEFT_OUT.sub(r"\1のもので", text)
    text = _BLANK_MONTH.sub("月", text)
    text = _MINUS_WORD.sub(r"\1以外", _OPEN_YEAR.sub(r"\1年以降 ", text))
    text = _TWO_YEARS_SAID.sub(r"\1と\4に\2\3", text)
    text = _NTH_IN_ORDER.sub(lambda m: f"{KANJI_NUMBERS.get(m[2], m[2])}番目に"
                             f"{_ORDER_WORD.get(m[1], m[1])}", text)
    text = _FIRST_ONE.sub(lambda m: "which is the " + (
        "oldest" if m[1].lower() in ("first", "earliest") else "newest"), text)
    text = _WITH_COUNTS.sub(r"\1ごとの件数を", text)
    text = _RELATIVE_SAID.sub(r"\1", _LIST_DATE_SAID.sub(r"\1", _LIST_DATE_BEFORE.sub("", text)))
    text = _WHO_PLACE.sub("自治体", _ITS_BODY.sub("", text))
    text = _SAID_TWICE.sub(_once, _EN_GLOSS.sub("", text))
    text = _JAPANESE_SIDE_EN.sub("municipality", _ON_THE_JAPANESE_SIDE.sub("", _JAPANESE_SIDE.sub(
        "自治体", text)))
    text = _TOP_COUNTRIES.sub(r"\1の国", _SCOPE.sub("", text))
    text = _BOTH_ENDS_OUT.sub(_both_ends_out, text)
    text = _NEITHER.sub(r"\1・\2以外の", _BREAKDOWN.sub("それぞれの件数", text))
    text = _WHICHEVER.sub("", _ANY_FINE.sub("、", text))
    text = _YEAR_ENTERED.sub(r"\1より前", _YEAR_ENTERED_AFTER.sub(r"\1以降", text))
    text = _YEAR_AS_SPAN.sub(r"\1", _PLACE_AND_INSIDE.sub(r"\1", text))
    text = _BELONGS_TO_NEITHER.sub(r"\1・\2以外で", _DATE_KNOWN.sub("締結日の記載がある", text))
    text = _NEITHER_OF.sub(r"\1・\2以外の", _NOT_A_PARTY.sub(r"\1以外の", text))
    text = _NONE_OF.sub(r"\1以外の", text)
    text = _BOTH_TOGETHER.sub("、", _BOTH_LEVELS.sub("", _COUNTING_NOTE.sub("", text)))
    text = _REGION_IN.sub("", _REGION_OUT.sub("以外の", _NOT_HOLDING.sub(r"\1を", text)))
    text = _NON.sub(r"\1以外", _RESTATED.sub(r"\1", text))
    if _TALLY_EN.search(text):  # how many with Chinese cities: the partner is a city
        text = _CITIES_OF.sub(r"\1の都市との", text)  # (smog in Chinese cities: a topic)
        text = _WITH_CITIES.sub("with 都市との", text)  # how many are with cities
    text = _EN_ASIDE.sub(r"except \1", text)
    return _NOUN_EXAMPLES.sub(r"\1", _EXAMPLES.sub(r"\1", _EN_EXCLUSION.sub(japanese, text)))
