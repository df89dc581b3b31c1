"""The grouping a question asks for: 国別, 年ごと, 年代別, 一番多い分野, which prefectures,
each group's number of countries (自治体ごとの相手国の数), the groups several named values
share (北九州市と福岡市の両方が協定を結んでいる国). Patterns only (grammar.py: the rest)."""

from __future__ import annotations

import re
from functools import cache

from .grammar import (
    AGGREGATE_TOP,
    DISTINCT_COUNTRY,
    MANY,
    NEWEST,
    NONE_HAD,
    NUMBER,
    OF_COUNTRIES,
    OLDEST,
    TIMES,
)
from .lazy_re import pattern

# How many municipalities (the parties) — 何自治体, 自治体はいくつ, how many municipalities.
DISTINCT_PARTY = pattern(r"何(?:つの)?(?:自治体|市町村)|いくつの(?:自治体|市町村)|"
                         r"(?:自治体|市町村)(?:は|が|って|の数は?)\s*(?:全部で|全体で|合わせて|合計で?)?"
                         r"\s*(?:いくつ(?!か)|何)|"
                         r"(?:自治体|市町村)の数|"
                         # 協定を結んでいる市はいくつ, 何町ありますか: those of a level
                         r"(?:いる|ある|した|結んだ|持つ)\s*(?:市|町|村)\s*(?:は|が|って|の数は?)?"
                         r"\s*(?:全部で|全体で|合わせて)?\s*(?:いくつ(?!か)|何)|"
                         r"何\s*(?:市|町|村)(?=\s*(?:が|あり|ある|で|[?？]|$))|"
                         r"how many (?:different )?(?:municipalities|local governments)|"
                         r"how many (?:different )?(?:cities|towns|villages)(?=\s+(?:have|has|had|"
                         r"signed|made|concluded|hold)\b)",
                         re.IGNORECASE)

# How many fields: 分野がいくつに分かれている, 何分野, how many fields; not a field named
# (教育分野はいくつ: how many agreements of it).
DISTINCT_FIELD = pattern(r"何分野|いくつの分野|"
                         r"(?<![\u4e00-\u9fff\u30a0-\u30ff])分野(?:は|が)\s*(?:いくつ|何(?:個|種類|つ))|"
                         r"(?<![\u4e00-\u9fff\u30a0-\u30ff])分野の数|"
                         r"(?:how many|number of) (?:different |distinct )?fields",
                         re.IGNORECASE)
def _how_many(nouns: str, english: str, *, bare: bool = False) -> re.Pattern[str]:
    """How many of `nouns` there are (何都市, いくつの都市, 都市はいくつ, 相手都市の数), or
    the `english` said; `bare`: the noun said alone, not the end of a name (県はいくつ, not
    長崎県は何件)."""
    lead, ask = (r"(?<![\u4e00-\u9fff])", r"何(?!件)") if bare else (r"(?:相手)?", "何")
    return pattern(rf"何(?:つの)?(?:{nouns})(?!内)|いくつの(?:{nouns})|"
                   rf"{lead}(?:{nouns})(?:は|が|って)\s*(?:いくつ(?!か)|{ask})|{lead}(?:{nouns})の数|"
                   + english, re.IGNORECASE)


# How many partners (相手先, partner cities): 中国の何都市と, 相手都市の数, how many cities.
DISTINCT_PARTNER = _how_many("都市|相手先", r"(?:how many|number of) (?:different |distinct )?"
                             r"(?:partner |foreign )?(?:cities|partners)\b"
                             # (how many cities have agreements: the Japanese cities)
                             r"(?!\s+(?:have|has|had|signed|made|concluded|hold)\b)")
# …and how many of them are cities (何都市, how many partner cities): the cities alone.
CITIES_COUNTED = _how_many("都市", r"\b(?:how many|number of) (?:different |distinct )?"
                           r"(?:partner )?cities(?!\s+(?:have|has|had|signed|made|concluded|"
                           r"hold)\b)")


# How many prefectures (何県, 県はいくつ, how many prefectures): not 長崎県は何件.
DISTINCT_PREFECTURE = _how_many("都道府県|県", r"(?:how many|number of) (?:different |distinct )?"
                                r"prefectures", bare=True)
# How many signing years (締結年は何通り, 何年分, how many different years).
DISTINCT_YEAR = pattern(r"(?:締結|結ばれた|締結された)?年(?:は|が)\s*(?:何通り|何種類|いくつ)|"
                        r"何年分|締結年の(?:数|種類)|"
                        r"(?:how many|number of) (?:different |distinct )years", re.IGNORECASE)


def distinct_of(text: str) -> tuple[str, tuple[int, int]] | None:
    """The values counted when a question asks how many there are, not how many
    agreements (何か国, 国の数, 何自治体, 何都市, 何県, 締結年は何通り), and the span."""
    for group, matcher in (("country", DISTINCT_COUNTRY), ("municipality", DISTINCT_PARTY),
                           ("partner", DISTINCT_PARTNER), ("field", DISTINCT_FIELD),
                           ("prefecture", DISTINCT_PREFECTURE), ("year", DISTINCT_YEAR)):
        if m := matcher.search(text):
            return group, m.span()
    return None


# Words that name a grouping, and the groups they ask for.
_GROUP_WORDS = {
    "country": r"(?:相手)?国(?:・地域|や地域)?|(?:partner\s+)?(?:country|countries)",
    # 地域別, by region (not 国・地域別: the countries)
    "region": r"(?<![国・])(?:世界の)?地域|(?:world\s+)?regions?|continents?|大陸",
    "decade": r"(?<![\d〇一二三四五六七八九十])年代|decades?",  # 最も多かった年代 (not 1990年代)
    "municipality": r"自治体|市町村|(?:締結|協定)?主体|(?:日本側の)?当事者|municipalit(?:y|ies)|"
                    r"local governments?|"
                    r"(?<![都])市(?=\s*(?:ごと|別|毎))|"  # 市ごとに (not 都市別: the partners)
                    r"(?<!partner )(?<!foreign )cit(?:y|ies)|(?:japanese\s+)?part(?:y|ies)\b",
    "prefecture": r"(?:都道府)?県|prefectures?",
    # 年度別: fiscal years (April to March), asked before calendar ones
    "fiscal": r"(?<![\d一二三四五六七八九十数])(?:締結)?年度|fiscal years?|financial years?",
    "year": r"(?<![\d一二三四五六七八九十数])(?:締結)?年(?!度)次?|years?",  # not 4年ごと
    "field": r"分野|fields?",
    "month": r"(?<![\d一二三四五六七八九十数])(?:締結)?月(?!日)|months?",
    "era": r"元号|年号|和暦|eras?",
    "doc": r"(?:文書|書類|協定|取り決め)の(?:種類|形式|種別)|文書の?種別|文書|"
           r"(?:kinds?|types?|forms?)\s+of\s+(?:documents?|agreements?)|document\s+(?:types?|kinds?)",
    "partner": r"相手先?|締結先|提携先|(?:相手)?都市|partners?\b(?!\s+countr)(?: cit(?:y|ies))?|"
               r"foreign cit(?:y|ies)",
}
_PER = r"(?:別|べつ|ごと|毎|単位|それぞれ|あたり|当たり|の?内訳)"
# 平均, average: the mean of a table's groups (1自治体あたり平均何件).
AVERAGE = pattern(r"平均|\baverage\b|\bmean\b", re.IGNORECASE)
# broken down by the year they were signed (not by the year 2010, nor signed by the city)
_BY_THE = r"|\bby\s+the\s+(?:{})\b(?!\s+of\b|\s*\d)"
# How the agreements are spread across the prefectures, their distribution among
# countries: a table of those.
_SPREAD = (r"|\b(?:spread|distributed|split|divided)\s+(?:out\s+)?(?:across|among|over|between)"
           r"\s+(?:the\s+)?(?:{})\b|\bdistribution\s+(?:of\s+[a-z ]{{0,30}}?)?(?:across|among|"
           r"over|by)\s+(?:the\s+)?(?:{})\b")
# Rank municipalities by …, ranking of countries: a table of those.
_RANK = r"|\brank(?:ing)?\s+(?:of\s+)?(?:the\s+)?(?:{})\b"
# 自治体と、それぞれの件数 / 国とその数: the groups named, then the count of each.
_EACH_COUNT = r"\s*と\s*[、,]?\s*(?:その|それぞれの?|各々の?|おのおのの?)\s*(?:件数|数|協定数)"
# 自治体は、それぞれ何件ずつ / 国はそれぞれいくつ: a count for each of them.
_EACH_HOW_MANY = (r"\s*(?:は|が|って|も)?\s*[、,]?\s*(?:それぞれ|各々|おのおの|めいめい)\s*"
                  r"(?:何件|いくつ|の件数|件数|どれだけ|どのくらい|何個)")
# 分野で分けると, 国によって分類すると: a table of those.
_DIVIDED = (r"\s*(?:で|によって|により|に)\s*"
            r"(?:分け|分類|区分け?|仕分け|グループ(?:化|分け|に分け))"
            r"(?:る|ると|たら|て|れば|し|す)")
_GROUP_PATTERNS = [
    (kind, pattern(rf"(?:{words})\s*[)）]?\s*{_PER}|(?:それぞれの|各)\s*(?:{words})|"
                   rf"(?:{words})[\s-]*wise\b|"  # country-wise, year-wise
                   rf"(?:{words}){_EACH_COUNT}|(?:{words}){_DIVIDED}|(?:{words}){_EACH_HOW_MANY}|"
                   rf"(?<!signed )(?<!made )(?<!concluded )"  # signed by towns: who
                   rf"(?:by|per|each)[\s-]+(?:(?!the\b|an?\b)[a-z]+\s+)?(?:{words})(?!\s+of\b)"
                   + (_BY_THE.format(words) if kind in ("year", "country", "field") else "")
                   + _RANK.format(words) + _SPREAD.format(words, words),
                   re.IGNORECASE))
    for kind, words in _GROUP_WORDS.items()
]
# 一番多い国, どの県が最も多い, 最も多く協定を結んでいる相手国, which year had the most.
@cache
def _top_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """The patterns of a group picked as the largest (compiled when a question first asks
    for one: they are many and slow to compile)."""
    return [*_top_of_groups(), *_TOP_MUNICIPALITY]


def _top_of_groups() -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, pattern(
                      rf"(?:一番|いちばん|最も|もっとも)[^。？?]{{0,8}}?{MANY}[^。？?]{{0,14}}?"
                      rf"(?:{words})|"
                      # 福岡市が最も協定を結んだ年: the most said by the verb alone
                      rf"(?:一番|いちばん|最も|もっとも)\s*(?:協定|覚書|提携)\s*を\s*"
                      rf"(?:結|締結|交わ|調印)[^。？?]{{0,6}}?(?:{words})|"
                      # 第3位の国, 1件しか協定がない国, 2件以上の自治体, 何年に一番多く
                      rf"第?\s*{NUMBER}\s*(?:位|番目)\s*の?\s*(?:{words})|"
                      rf"(?:少なくとも\s*)?{NUMBER}\s*件(?:だけ|しか|のみ|以上)?[^。？?]{{0,12}}?"
                      rf"(?:{words})|"
                      rf"何\s*(?:{words})\s*(?:に|が|の)?[^。？?]{{0,6}}?(?:一番|いちばん|最も|もっとも)|"
                      rf"(?:どの|どこの)(?:{words})(?!\s*(?:や|と|・|か|、))|"
                      rf"(?:{words})(?:は|が)(?:どこ|どれ|何)|"
                      # アジアの国で一番多いのは, 多い国トップ3, 上位3つの自治体, 2番目に多い国
                      rf"(?-i:(?<![\u4e00-\u9fff]))(?:{words})\s*(?:で|の中で|のうち)[^。？?]{{0,10}}?"
                      rf"(?:一番|いちばん|最も|もっとも)[^。？?]{{0,4}}?{MANY}|"
                      rf"(?:多い|少ない|番目に[^。？?]{{0,8}}?(?:多い|少ない))\s*(?:{words})|"
                      rf"(?:{words})\s*(?:の)?\s*(?:トップ|上位|ベスト|ランキング)|"
                      rf"(?:トップ|上位|ベスト)\s*\d*\s*(?:つ|位|か|カ|ヶ|ケ|箇)?\s*(?:の)?\s*"
                      rf"(?:{words})|"
                      rf"most\s+(?:common|frequent|popular)\s+(?:{words})|"
                      rf"(?:{words})\s+with\s+the\s+most|top\s+\d+\s+(?:{words})|"
                      rf"which\s+(?:[a-z]+\s+){{0,2}}?(?:{words})|"
                      # what year had the most (not what fields does it have: a table)
                      rf"what\s+(?:[a-z]+\s+){{0,2}}?(?:{words})\b(?=[^?？。]*\b(?:most|fewest|"
                      rf"least|largest|biggest)\b)", re.IGNORECASE))
            for kind, words in _GROUP_WORDS.items()]


_TOP_MUNICIPALITY = [("municipality", pattern(  # どの市, どこの県や市町村
    r"(?:どの|どこの)\s*(?:(?:都道府)?県\s*(?:や|と|・|か)\s*)?(?:市|町|村|自治体)")),
    # 韓国との協定を一番多く結んでいるのはどこ, 協定が多いのはどこ: who signs is a municipality.
    ("municipality", pattern(
        rf"(?:(?:一番|いちばん|最も|もっとも)[^。？?]{{0,10}}?)?{MANY}[^。？?]{{0,12}}?(?:のは|は)\s*"
        r"(?:どこ|誰|だれ)"))]
# 毎年 asks for a count per year when a count or a signing follows (毎年いくつ結ばれた), not
# when it says how often something is done (毎年交流項目を協議している).
_EVERY_YEAR = pattern(r"毎年(?=[^。？?]{0,12}?(?:何件|いくつ|件数|数|結ば|結ん|締結|調印|交わ))|"
                      r"(?:1|一)年(?:あたり|当たり|ごと|に)\s*平均|(?:1|一)年(?:あたり|当たり|ごと)|"
                      # 1年あたりの平均, 年に平均
                      r"年平均|年間平均|(?<![\d一二三四五六七八九十])年に\s*平均|"
                      r"(?<![\d一二三四五六七八九十数])年ごと|各年|何年に(?:何件|いくつ)|"
                      r"every year|each year|per year|"
                      r"by year", re.IGNORECASE)
# 相手国は？ どの国と: the countries themselves are asked for, each with its count.
# Which partner (city, province) has the most: どの都市との協定が一番多い, which Chinese
# partner city has the most agreements.
_WHICH_PARTNER = pattern(r"(どの|どこの)\s*(?:相手都市|都市|相手先|相手|省|州)"
                         r"(?:\s*[・や]\s*(?:省|州|都市))?"
                         r"(?=[^。？?]{0,14}?(?:一番|いちばん|最も|もっとも|多い|多く))|"
                         r"\b(which)\s+(?:\w+\s+)?partner\s+(?:city|cities|province|body)"
                         r"(?=.{0,40}\bmost\b)", re.IGNORECASE)
_WHICH_COUNTRIES = pattern(r"相手(?:の)?国(?:は|を|って|も)|"
                           r"相手(?:の)?国が\s*(?:どこ|どれ|何|いくつ)|(?:どの|どこの|どんな)国と|"
                           # 結んでいる国はどこ？ 国をすべて教えて: the countries
                           r"(?-i:(?<![\u4e00-\u9fff]))国(?:・地域)?(?:は|って)\s*(?:どこ|どれ)|"
                           # その自治体が協定を結んだ国は？: the countries of its agreements
                           r"(?:結んだ|締結した|提携した|結んでいる)\s*(?:相手)?国(?:・地域)?\s*"
                           r"(?:は|って)?\s*[?？]?$|"
                           r"(?-i:(?<![\u4e00-\u9fff]))国(?:・地域)?を\s*(?:全部|すべて|全て)?\s*"
                           r"(?:挙げ|あげ|教え|おしえ|列挙|一覧)|"
                           r"\b(?:which|what) countries|\b(?:list|show|name)\s+(?:all\s+)?"
                           r"(?:the\s+)?(?:partner\s+)?countries",
                           re.IGNORECASE)


# 自治体ごとの相手国の数, how many countries each city: what each group counts, when it is
# not its agreements (the number of distinct countries, fields, partners, municipalities).
_COUNT_OF = {
    "country": r"(?:相手)?国(?:・地域)?\s*の?\s*数|何\s*(?:か|カ|ヶ|ケ|箇)国|いくつの国|"
               r"(?:多く|たくさん)の\s*(?:相手)?国|\bthe most (?:different |distinct )?"
               r"(?:partner )?countries|"
               r"(?:相手|(?<![\u4e00-\u9fff]))国(?:・地域)?\s*(?:が|は)\s*いくつ|"
               r"\d+\s*(?:つ(?:以上)?の国|(?:か|カ|ヶ|ケ)国)|"
               r"(?:how many|number of) (?:different |distinct )?(?:partner )?countries",
    "field": r"分野\s*の?\s*数|何分野|いくつの分野|"
             r"(?:how many|number of) (?:different )?(?:fields|分野)",
    "partner": r"相手先?\s*の?\s*数|(?:how many|number of) (?:different )?partners\b",
    "municipality": r"自治体\s*の?\s*数|何自治体|(?:how many|number of) (?:different )?"
                    r"municipalities",
}


def count_of(text: str, group_by: str | None) -> tuple[str | None, tuple[int, int] | None]:
    """What each group of `group_by` counts when not its agreements, and the span."""
    for key, matcher in _COUNT_OF.items():
        m = re.search(matcher, text, re.IGNORECASE) if group_by and key != group_by else None
        if m:
            return key, m.span()
    return None, None


_DECADES = pattern(rf"年代\s*{_PER}|(?:10|十)\s*年\s*(?:ごと|毎|単位|刻み)|"
                   r"\b(?:by|per|each) decades?\b", re.IGNORECASE)


# The years no agreement was signed in (協定が1件も結ばれていない年, 締結されなかった年,
# years with no agreements): of the years the conditions name, or the list's span.
NO_YEAR = pattern(r"(?:協定が|協定の)?\s*(?:(?:1|一|ひと)\s*(?:件|つ)\s*も)?\s*"
                  r"(?:結ばれて(?:い|お)?(?:な[いか]|ません)|締結されて(?:い|お)?(?:な[いか]|ません)|"
                  r"結ばれなかった|締結されなかった|(?<=協定が)(?:な[いか]|無[いか])(?:った)?|"
                  r"(?<=協定を)\s*(?:結んで|締結して)(?:い|お)?(?:な[いか]|ません)|"
                  r"(?<=協定を)\s*(?:結ば|締結し)なかった)"
                  r"\s*年(?!代|度)|\byears?\b[^?.]{0,40}?\b(?:with|without|had|have|has|saw)\s+"
                  r"no\s+(?:new\s+)?agreements?\b|"
                  r"\byears?\s+without\s+(?:any\s+)?agreements?\b", re.IGNORECASE)


def every_year_spans(text: str) -> list[tuple[int, int]]:
    """Each place a count per year is asked (毎年どれくらい…、年ごとの件数: said twice)."""
    return [m.span() for m in _EVERY_YEAR.finditer(text)]


def group_by_of(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """The grouping a question asks for (国別, 年ごと, 年代別, 一番多い分野), and its span."""
    if m := NO_YEAR.search(text):  # 協定が結ばれていない年: the years, none of them held
        return "year", m.span()
    often = bool(TIMES.search(text))  # 何年ごとに更新: how often, no table by year
    m = _DECADES.search(text)
    if m:  # 年代別（10年ごと）: the grouping said twice, one span
        again = _DECADES.search(text, m.end(), m.end() + 12)
        return "decade", (m.start(), again.end() if again else m.end())
    m = None if often else _EVERY_YEAR.search(text)
    if m:
        return "year", m.span()
    for kind, matcher in _GROUP_PATTERNS:
        m = matcher.search(text)
        if m and not (often and kind == "year"):
            return kind, m.span()
    m = _WHICH_PARTNER.search(text)
    if m:  # 中国のどの都市・省との協定が一番多い: the partners (the kinds stay conditions)
        return "partner", m.span(1 if m.group(1) else 2)
    m = _WHICH_COUNTRIES.search(text)
    if m:
        return "country", m.span()
    m = _MOST_COUNTRIES.search(text)  # 最も多くの国と結んでいるのはどこ: the parties
    if m:
        return "prefecture" if m.group(1) == "県" else "municipality", m.span()
    if AGGREGATE_TOP.search(text):  # 一番多い国, which year had the most
        for kind, pattern in _top_patterns():
            m = pattern.search(text)
            if m:
                return kind, m.span()
    m = _BY_COUNTRIES.search(text)  # 4か国以上と協定している自治体: parties by countries
    if m:
        return "prefecture" if "県" in m.group(2) else "municipality", m.span(2)
    m = _WHICH_PARTIES.search(text)
    if m:
        return "municipality", m.span()
    m = _WHICH_PREFECTURES.search(text)
    if m:
        return "prefecture", m.span()
    m = _WHICH_FIELDS.search(text)
    if m and not (OLDEST.search(text) or NEWEST.search(text)):  # 一番最近のは何の分野: its own
        return "field", m.span()
    return None, None


# 最も多くの国と協定を結んでいるのはどこ, 一番たくさんの国と提携している自治体, which city
# has agreements with the most countries: the parties, each counting its countries.
_MOST_COUNTRIES = pattern(
    r"(?:一番|いちばん|最も|もっとも)\s*(?:多く|たくさん)の\s*(?:相手)?国(?:・地域|や地域)?"
    r"\s*(?:と|に)[^。？?]{0,24}?(?:のは\s*(?:どこ|誰|だれ|[?？]|$)|(県)|自治体|市町村|市)|"
    r"\bwith the most (?:different |distinct )?(?:partner )?countries", re.IGNORECASE)


# 韓国と協定を結んでいる県は？ どの県が: the prefectures themselves, with counts.
_WHICH_PREFECTURES = pattern(r"(?:都道府)?県\s*(?:は|が)\s*(?:どこ|どれ)|(?:どの|どこの)\s*"
                             r"(?:都道府)?県(?!\s*(?:や|と|・|か|、)\s*(?:市|町|村|自治体))|(?:いる|ある|した|結んだ)\s*(?:都道府)?県\s*"
                             r"(?:は|って)?\s*[?？]?$|\bwhich prefectures\b|"
                             # 韓国と協定を結んでいない県, 協定が1件もない九州の県
                             rf"{NONE_HAD}\s*(?:九州の|九州・沖縄の)?\s*(?:都道府)?県(?!の協定)",
                             re.IGNORECASE)


# 北九州市と福岡市の両方が協定を結んでいる国, 韓国と中国の両方と協定がある自治体, 共通の
# 相手国: the groups every named value holds (a table of the noun, each group counting the
# named values it holds, those holding all of them picked).
SHARED = pattern(r"(?:両方|どちらも|ともに|いずれも|共通(?:の|して)?|"
                 # タイもベトナムも協定を結んでいる自治体 (not …とも結んでいない: without)
                 r"(?<=[\u4e00-\u9fff\u30a0-\u30ff])(?:と)?も[^。？?、]{1,12}?"
                 r"(?<=[\u4e00-\u9fff\u30a0-\u30ff])(?:と)?も(?![^。？?]{0,18}?(?:な[いく]|ません)))"
                 r"[^。？?]{0,18}?"
                 r"(相手国|国|相手都市|都市|相手|自治体|市町村|県|分野)(?:・地域)?"
                 r"(?:は|を|って|\s*[?？]|\s*$)|"
                 r"\b(countries|partner cities|partners|municipalities|prefectures|fields)\b"
                 r"(?:[^?]{0,30}\bboth\b|\s+(?:shared by|in common|common to)\b)")
SHARED_GROUPS = {"相手国": "country", "国": "country", "countries": "country",
                 "相手都市": "partner", "都市": "partner", "相手": "partner",
                 "partner cities": "partner", "partners": "partner",
                 "自治体": "municipality", "市町村": "municipality",
                 "municipalities": "municipality", "県": "prefecture", "prefectures": "prefecture",
                 "分野": "field", "fields": "field"}
_BY_COUNTRIES = pattern(rf"{NUMBER}\s*(?:{OF_COUNTRIES}|つ以上の国)[^。？?]{{0,20}}?"
                        r"(自治体|市町村|都道府県|県)")


# 北九州市はどんな分野で協力している？ what fields: the fields themselves, with counts.
_WHICH_FIELDS = pattern(r"(?:どんな|どの|何の|なんの|どういう)\s*分野|"
                        # 分野にはどんな種類がある, 分野の一覧, 分野の種類は: the fields
                        r"(?<![\u4e00-\u9fff])分野\s*(?:に(?:は)?|の|って)\s*(?:どんな|どのような|何の)?\s*"
                        r"(?:種類|一覧|リスト|内訳)|"  # (not 環境の分野のもの: of that field)
                        r"\b(?:what|which)\s+(?:fields|areas|分野)", re.IGNORECASE)


# 中国と協定を結んでいない自治体はどこ: the parties themselves, each with its count.
_WHICH_PARTIES = pattern(r"(?:自治体|市町村)\s*(?:は|が)\s*(?:どこ|どれ)|"
                         # 韓国と協定を結んでいる自治体は？: which ones
                         # (not その協定を結んだ自治体は？: the one that signed it)
                         r"(?:いる|ある)\s*(?:自治体|市町村)\s*(?:は|って)?\s*[?？]?$|"
                         # その国と協定を結んだ自治体は？: the parties with that partner
                         r"と\s*(?:協定を?\s*)?(?:結んだ|締結した|提携した)\s*(?:自治体|市町村)"
                         r"\s*(?:は|って)?\s*(?:どこ)?\s*[?？]?$|"
                         # 協定を結んでいる市の名前, 協定のある町はどこ: those of a level
                         r"(?:いる|ある|した|結んだ|持つ)\s*(?:市|町|村)\s*(?:の(?:名前|名称)|"
                         r"(?:は|って)\s*(?:どこ|どれ))|"
                         r"(?:自治体|市町村)を\s*(?:全部|すべて|全て)?\s*(?:挙げ|あげ|教え|おしえ|"
                         r"列挙|一覧)|"
                         r"(?:しか[^。？?]{0,10}な[いし])\s*(?:自治体|市町村)"
                         r"\s*(?:は|って)?\s*[?？]?$|(?:どの|どこの)\s*"
                         rf"(?:自治体|市町村)|{NONE_HAD}\s*(?:自治体|市町村)(?!の協定)|"
                         r"which (?:municipalities|local governments)|"
                         r"\b(?:list|show|name)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?"
                         r"(?:municipalities|local governments)\b", re.IGNORECASE)
