"""Kinds of partner — a government body, a province or state, a city, a university, a
museum, a company or association — read off a row's partner cell and the counterpart
its agreement's name gives, and the question words that ask for one. Pure.

The list has no column for what kind of body the partner is: 「中国/福建省」 is a
province, 「タイ王国工業省工場局」 a ministry's department, and for
「長崎県教育委員会と中華人民共和国国家外国語専門家局との…協議書」 only the name says
who signed on the other side. The kind is read from the name's last word (省, 庁, 局,
大学, 協会 …), the way a Japanese reader does."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .conditions import Filter
from .gazetteer import COUNTRY_ALIASES, DESIGNATED_CITIES, strip_prefecture
from .grammar import EXCLUDE_AFTER
from .lazy_re import longest_first, pattern
from .vocab import TermIndex, free, match_terms

GOVERNMENT = "行政機関"     # any: a ministry, an agency, a province's bureau
NATIONAL = "政府機関"       # a country's own ministry or agency
PROVINCE = "州・省"
CITY = "都市"
UNIVERSITY = "大学"
MUSEUM = "博物館・美術館"
ORGANISATION = "企業・団体"
KINDS = (GOVERNMENT, NATIONAL, PROVINCE, CITY, UNIVERSITY, MUSEUM, ORGANISATION)

# The last word of a body's name → its kind. Longest first: 大学校 before 大学.
ORG_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("大学校", UNIVERSITY), ("大学", UNIVERSITY), ("学院", UNIVERSITY),
    ("博物館", MUSEUM), ("博物院", MUSEUM), ("美術館", MUSEUM), ("記念館", MUSEUM),
    ("ミュージアム", MUSEUM),
    ("委員会", GOVERNMENT), ("公社", GOVERNMENT), ("政府", GOVERNMENT), ("庁", GOVERNMENT),
    ("局", GOVERNMENT), ("省", GOVERNMENT),
    ("連合会", ORGANISATION), ("会議所", ORGANISATION), ("協会", ORGANISATION),
    ("財団", ORGANISATION), ("商会", ORGANISATION), ("組合", ORGANISATION),
    ("株式会社", ORGANISATION), ("会社", ORGANISATION), ("研究所", ORGANISATION),
)
_PLACE_SUFFIXES = (("市", CITY), ("州", PROVINCE), ("省", PROVINCE), ("道", PROVINCE),
                   ("自治区", PROVINCE))
_NAME_CHARS = r"\u4e00-\u9fff々〆ヶ\u30a1-\u30faー・"
# Bodies named in an agreement's name: each run of kanji/katakana (・ joins two names)
# cut after the last kind's word in it (釜山外国語大学校|官学官学国際交流協定); a
# one-kanji word (省, 庁, 局) only where the run ends (not 省エネ, 局長).
_RUN = pattern(rf"[{_NAME_CHARS[:-1]}]+")
_BODY_END = pattern(r"^.*(?:" + "|".join(s for s, _ in ORG_SUFFIXES if len(s) > 1)
                    + "|.(?:" + "|".join(s for s, _ in ORG_SUFFIXES if len(s) == 1) + ")$)")
# The last kanji of a ministry's subject (工業省, 商務省, 外務省, 教育省, 厚生省, 文部省 …);
# a province's name never ends in one (福建省, 湖北省, 浙江省, 江蘇省, 広東省, 吉林省).
_MINISTRY_END = set("業務産商財政防衛育化境源働健康設信術輸法交通生部光易")
_COUNTRY_PREFIX = tuple(sorted((a for a in COUNTRY_ALIASES if not a.isascii() and len(a) >= 2),
                               key=longest_first))
_STEM = pattern(r"([\u4e00-\u9fff々]{2,}?)(?:都|道|府|県|市|町|村)")


def _bare(name: str) -> str:
    """The name without the country written before it (タイ王国工業省 → 工業省)."""
    name = re.sub(r"\(.*?\)|（.*?）", "", name).strip()
    for prefix in _COUNTRY_PREFIX:
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            return name[len(prefix):]
    return name


def entity_kind(name: str) -> str | None:
    """The kind of one partner named in the list (None: a country alone, or unknown)."""
    bare = _bare(name)
    for suffix, kind in ORG_SUFFIXES:
        if bare.endswith(suffix) and len(bare) > len(suffix):
            if suffix == "省" and _is_province(bare):
                return PROVINCE
            return kind
    for suffix, kind in _PLACE_SUFFIXES:
        if bare.endswith(suffix) and len(bare) > len(suffix):
            return kind
    return None


def _is_province(name: str) -> bool:
    """福建省, クアンナム省: a province; 工業省, 鉱工業エネルギー省: a ministry."""
    stem = name[:-1]
    if all("\u30a1" <= ch <= "\u30fa" for ch in stem):  # ー: a loanword (エネルギー省)
        return True
    return 2 <= len(stem) <= 3 and stem[-1] not in _MINISTRY_END and all(
        "\u4e00" <= ch <= "\u9fff" for ch in stem)


def partner_kinds(title: str, partner: str, municipality: str) -> frozenset[str]:
    """The kinds of the bodies on the partner's side of one agreement.

    The partner cell and the bodies its name gives that are not the party's own
    (長崎県教育委員会, 日本国長崎歴史文化博物館 are the party's side). A body found
    there makes the places beside it a location (モンタナ州 of モンタナ州立大学付属
    ロッキー博物館): the agreement is with the body. A cell that is a place alone with
    no suffix (釜山) is a city. A government body the cell names, or the name alone, is a
    country's own (NATIONAL); a bureau the name gives beside a place in the cell is that
    place's (福建省 … 海洋と漁業局)."""
    own = ("日本", *(m.group(1) for m in _STEM.finditer(municipality)))
    named = [m.group(0) for run in _RUN.findall(title) if (m := _BODY_END.match(run))]
    cells = [p for p in re.split(r"[/／、,\s]+", partner) if p]
    bodies: set[str] = set()
    places: set[str] = set()
    for name in cells:
        kind = entity_kind(name)
        if kind is None and _bare(name) == name and name not in COUNTRY_ALIASES:
            kind = CITY  # 釜山
        if kind is not None:
            (places if kind in (CITY, PROVINCE) else bodies).add(kind)
    cell_places, cell_bodies = set(places), set(bodies)
    local = False
    for name in named:
        kind = entity_kind(name)
        if kind is None or any(o in name for o in own):
            continue
        if kind == GOVERNMENT and places:
            local = True  # 福建省 … 海洋と漁業局: the province's own bureau
            continue
        (places if kind in (CITY, PROVINCE) else bodies).add(kind)
    if local:
        return frozenset(places | {GOVERNMENT})
    if GOVERNMENT in bodies:
        bodies.add(NATIONAL)  # a country's ministry or agency (where it is: the place)
    # A cell that names a place alone (中国/上海市) names the partner as the list gives it
    # when the title adds only associations, co-signers beside it (九州経済連合会、
    # 新瀧商連合会及び福岡市の…覚書); a university or museum the title names is the partner
    # itself, in that place (長崎県教育委員会と上海外国語大学との…協議書: 上海市 is where)
    joint = bodies == {ORGANISATION} and cell_places and not cell_bodies
    return frozenset(bodies | cell_places if joint else bodies or places)


def kinds_of_rows(titles: Iterable[str], partner_cells: Iterable[str],
                  municipalities: Iterable[str]) -> dict[str, set[int]]:
    """Kind → the rows whose partner is of that kind."""
    out: dict[str, set[int]] = {k: set() for k in KINDS}
    for i, (title, partner, muni) in enumerate(zip(titles, partner_cells, municipalities,
                                                   strict=True)):
        for kind in partner_kinds(title, partner, muni):
            out[kind].add(i)
    return out


# The words for an institution a question may name as its partner (大学, 美術館): read as
# words of the text, a condition even where no row under the others holds them.
INSTITUTIONS = frozenset(s for s, kind in ORG_SUFFIXES if kind in (UNIVERSITY, MUSEUM))


# Question words for a kind of partner. 団体 is one only where the question says it is
# the partner (団体と結んだ, 団体以外; 鹿島市が交流している団体はどこ is any partner), and
# 大学, 博物館 are read as words of the text (they are in the names).
KIND_WORDS: dict[str, str] = {
    **dict.fromkeys(("役所", "行政機関", "官公庁", "公的機関", "公社", "政府系の公社",
                     "政府系公社", "公営企業", "国営企業", "政府系企業"), GOVERNMENT),
    **dict.fromkeys(("政府機関", "政府の機関", "政府系機関", "政府", "中央政府", "国の機関",
                     "国家機関", "省庁", "中央省庁", "国の省", "官庁", "中央官庁", "国の役所",
                     "外国政府", "外国政府機関", "外国の政府", "相手国政府", "政府の省庁",
                     "政府省庁", "国の省庁", "国の政府", "中央の省", "中央の省庁", "中央の役所",
                     "中央の機関", "中央の官庁"), NATIONAL),
    **dict.fromkeys(("省政府", "州政府", "省・州", "州・省"), PROVINCE),
    **dict.fromkeys(("市政府", "市当局", "市役所", "区役所", "都市"), CITY),
    **dict.fromkeys(("企業", "会社", "民間企業", "民間団体", "民間", "経済団体", "業界団体",
                     "法人", "社団法人", "財団法人", "NPO", "NGO", "非営利団体", "団体"),
                    ORGANISATION),
}
# Words for more than one kind: a local government is a province's or a city's.
KIND_GROUPS = {"地方政府": (PROVINCE, CITY)}
KIND_INDEX = TermIndex.of([*KIND_WORDS, *KIND_GROUPS])
# A body of the party's own side (地元企業, 県内の企業, local companies, 長崎県の役所) is no
# partner.
_OWN_SIDE = pattern(r"(?:地元|県内|市内|町内|域内|国内|日本|本県|本市|当市|local|japanese|"
                    r"[県市町村都府区])\s*の?\s*$", re.IGNORECASE)
# 都市, 団体 and 市 are a kind of partner only where the question says it is the partner
# (都市との, 団体以外, 中国の市と結んだ): 都市や博物館 is any partner (narrowing.alternative),
# 姉妹都市 a title's word; 市以外の自治体 is the party's side.
_CUED = {"都市", "団体", "市"}
# (not 都市と協力している取り組み: a topic's words, スモッグ対策で中国の都市と連携)
_HELPED = r"を(?:支援|援助|手伝)|への(?:支援|援助)"
_HELPED_AFTER = pattern(r"\s*(?:を|への)\s*(支援|援助)")
_CITY_CUE = pattern(r"^\s*(?:[（(][^）)]{1,8}[）)]\s*)?"  # 市（城市）と: a gloss between
                    r"(?:との|と結|と締|と交わ|と提携|を相手|が相手|以外|を除|"
                    # (海外の都市を支援する: the partner helped)
                    rf"{_HELPED})"
                    r"(?!く?の?(?:自治体|市町村|町|県))")
# …or where the question says the partner is one (相手が都市の協定, 相手先は団体ではない,
# 提携相手が都市であるもの, the partner is a city)
_PARTNER_IS = pattern(r"(?:相手|相手先|相手方|締結先|提携先|提携相手|協定相手)\s*(?:が|は)\s*$|"
                      r"\bpartners?\s+(?:is|are)\s+(?:not\s+)?(?:an?\s+)?$", re.IGNORECASE)
# …or joined to another kind that it says so of (中国の都市や省と結んだ: either), a body
# of government (not 都市や博物館: a topic word beside it, narrowing.alternative)
_CUED_ALTERNATIVE = pattern(r"^\s*(?:や|・|、|か|とか|及び|および|または|もしくは)\s*"
                            r"(?:省|州|庁|省庁|政府機関|行政機関|州政府|省政府|政府)"
                            rf"(?:との|と結|と締|と交わ|と提携|を相手|が相手|{_HELPED}|"
                            # (中国の都市や省が福岡市と結んでいる: the partner the subject)
                            r"が[^。？?、]{1,12}?と(?:結|締|交わ|提携))|"
                            # (…with 中国の都市 or 省 during: English between)
                            r"(?i:^\s*(?:or|and)\s+(?:省|州|庁|省庁|政府機関|行政機関)(?![\u4e00-\u9fff]))")
# …or a body of government before it (東南アジアの省庁や都市と: either kind).
_GOVERNMENT_BEFORE = pattern(r"(?:省|州|庁|省庁|政府機関|行政機関|州政府|省政府|政府)"
                             r"\s*(?:や|・|とか|、|及び|および)\s*$")
# What a kind's word may be followed by after の and still name the partner (政府機関の協定,
# not 企業のビジネス参入, 民間の水産関係者, 市役所の職員).
_OF_PARTNER = pattern(r"^の\s*(?:協定|覚書|合意|相手|もの|団体|機関|提携|との|と結|役所|"
                      r"省|庁|局)")
# 省, 州, 庁 or 市 as a word of its own (中国の省と, 米国の州との, 国の省や庁, 省以外, 市以外):
# a province or state, a government agency, a city; not 省エネ, 外務省, 州立, 市町村.
_ONE_KANJI = {"省": PROVINCE, "州": PROVINCE, "庁": GOVERNMENT, "市": CITY}
_ONE_KANJI_WORD = pattern(rf"(?<![{_NAME_CHARS[:-1]}])[省州庁市]"  # ・ joins words here
                          rf"(?:(?![{_NAME_CHARS[:-1]}])|(?=以外|を除))")


# A body abroad (海外の団体と結んでいる協定, 外国の機関): any partner, no kind of one.
_ANY_BODY = {"団体", "機関", "組織"}
_ABROAD = pattern(r"(?:海外|外国|国外|諸外国)\s*の\s*$")
# …and a body that signs with those abroad (小倉の市役所が海外と結んでる) is the party's.
_SIGNS_ABROAD = pattern(r"\s*(?:が|は|で)\s*(?:海外|外国|国外|諸外国)")


def asked_kinds(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, int, int, str]]:
    """The kinds of partner a question names: (kind, start, end, word); spans grow."""
    def partner(term: str, a: int, b: int) -> bool:
        after, before = text[b:b + 1], text[a - 1:a] if a else ""
        tail = re.match(r"[\u4e00-\u9fff]", after) and after != "等" and \
            not EXCLUDE_AFTER.match(text[b:])  # 企業誘致, 政府間: the head of a compound
        head = re.match(r"[\u4e00-\u9fff]", before) and not any(e == a for _, e in spans)
        modifier = after == "の" and not _OF_PARTNER.match(text[b:])  # 企業のビジネス
        verb = len(term) == 1 and bool(after) and after in "いきくけかっ"  # 省いた: a verb
        cue = term not in _CUED or _CITY_CUE.match(text[b:]) or \
            _CUED_ALTERNATIVE.match(text[b:]) or _PARTNER_IS.search(text[:a])
        abroad = (term in _ANY_BODY and _ABROAD.search(text[max(0, a - 8):a]) is not None) \
            or _SIGNS_ABROAD.match(text, b) is not None  # any kind: 市役所が海外と, our side
        return bool(cue) and not (tail or head or modifier or verb or abroad) and \
            not _OWN_SIDE.search(text[max(0, a - 8):a])

    found = [(kind, a, b, t) for t, a, b in match_terms(text, KIND_INDEX, spans, partner)
             for kind in KIND_GROUPS.get(t, (KIND_WORDS.get(t, ""),))
             # 団体や都市と, 大学や都市と: a list ending in a word for any partner is any
             # (not 省庁や都市と: bodies of government, either)
             if not (t in _CUED and re.search(r"(?:や|・|とか|、|及び|および)\s*$", text[:a])
                     and not _GOVERNMENT_BEFORE.search(text[:a])
                     and not re.match(r"\s*(?:以外|を?除)", text[b:]))]  # (大学・団体以外)
    for _, _, b, _ in found:  # 都市を支援する: the verb says the partner, no topic
        if (helped := _HELPED_AFTER.match(text, b)) and free(spans, *helped.span(1)):
            spans.append(helped.span(1))
    for m in _ONE_KANJI_WORD.finditer(text):
        if free(spans, *m.span()) and partner(m.group(0), *m.span()):
            spans.append(m.span())
            found.append((_ONE_KANJI[m.group(0)], m.start(), m.end(), m.group(0)))
    # 中央政府の役所: a body of the central government, the narrower of the two (政府機関や
    # 省庁 is either); 福建省の政府機関: the province's own, any body of government.
    ends = {b for k, _, b, _ in found if k == NATIONAL}
    found = [(NATIONAL if k == GOVERNMENT and (a in ends or a - 1 in ends and text[a - 1] == "の")
              else GOVERNMENT if k == NATIONAL and re.search(r"[省州市]の?$", text[:a]) else k,
              a, b, t) for k, a, b, t in found]
    return _without_any_body(sorted(found, key=lambda x: x[1]), text)


_JOINER = r"\s*(?:や|・|、|とか|及び|および|または)\s*"
# …a list of kinds that ends in a word for any body (省庁・都市・機関と, 大学や団体など).
_ENDS_IN_ANY_BODY = pattern(rf"(?:{_JOINER}[^\s、。・や]{{1,6}}?){{0,4}}?{_JOINER}"
                            r"(?:機関|団体|組織)(?:など|等)?\s*(?:と|との|を|が|に|以外)")


def _without_any_body(found: list[tuple[str, int, int, str]], text: str
                      ) -> list[tuple[str, int, int, str]]:
    """Kinds listed with a word for any body at the end (省庁・都市・機関と結んだ): any
    partner, none of them a condition."""
    for i, (_, _, b, _) in enumerate(found):
        if _ENDS_IN_ANY_BODY.match(text, b):
            run = i
            while run > 0 and re.fullmatch(_JOINER, text[found[run - 1][2]:found[run][1]]):
                run -= 1
            return found[:run] + _without_any_body(found[i + 1:], text)
    return found


# The level of the Japanese party: a prefecture itself, a city, a town or village (県が
# 結んだ協定, 市町村の協定, 町が結んだ). A party's name ends in its level's word.
# 政令指定都市 (the designated cities of 地方自治法 252条の19, 20 since 2012: 総務省
# 「指定都市一覧」) are a level of their own: a party that is one, by its name.
LEVEL_SUFFIXES: dict[str, tuple[str, ...]] = {
    "県": ("都", "道", "府", "県"), "市": ("市", "区"), "町村": ("町", "村")}
DESIGNATED = "政令市"
LEVEL_WORDS = {"都道府県": ("県",), "県": ("県",), "市町村": ("市", "町村"),
                "市区町村": ("市", "町村"), "市町": ("市", "町村"), "市": ("市",),
                "町村": ("町村",), "町": ("町村",), "村": ("町村",), "政令指定都市": (DESIGNATED,),
                "政令市": (DESIGNATED,), "指定都市": (DESIGNATED,),
                "designated city": (DESIGNATED,), "designated cities": (DESIGNATED,),
                "town": ("町村",), "towns": ("町村",), "village": ("町村",),
                "villages": ("町村",), "prefecture": ("県",), "prefectures": ("県",),
                "cities": ("市",), "city": ("市",)}
LEVEL_LABELS = {"県": "県（県そのもの）", "市": "市", "町村": "町村", DESIGNATED: "政令指定都市"}
# (not 私の町, うちの市: the asker's own place, which a name says)
_LEVEL = pattern(rf"(?<![{_NAME_CHARS[:-1]}])(?<!私の)(?<!僕の)(?<!うちの)(?<!わたしの)(?<!自分の)"
                 r"(?<!我が)(?:(?<!以外の)|(?<=[県市町村]以外の)(?=[市町村]))(?<!九州の)(?<!どの)(?<!どこの)(?<!各)"
                 r"(?<!相手が)(?<!相手は)(?<!相手先が)(?<!相手先は)"  # 相手が市の: the partner
                 # (焼き物の町の協定: a town known for a thing, which a name says; 長崎県の町が,
                 # 日本の町: its towns)
                 r"(?:(?<![^県都府道本内]の)(?=[町村])|(?![町村]))"
                 r"(都道府県|市区?町村|市町|町村|県|市|町|村)"
                 r"(?=\s*(?:以外(?:の(?:自治体|団体))?\s*)?が|"  # 県以外が結んだ: left out
                 r"\s*(?:の|として|で)\s*(?:結|締結|交わ|協定|覚書|提携|持|もつ|もっ))"
                 r"|(政令指定都市|政令市|指定都市|(?i:designated cit(?:ies|y)))"
                 # 長崎県そのもの, 福岡県が直接, 熊本県自体, 県庁: the prefecture itself
                 # (長崎県（県として）: as the prefecture)
                 r"|(?<=[都道府県])(?<!政府)(?:が|の)?\s*(直接|自体|そのもの|自身|単独で?|本体|庁(?!\s*所在)|"
                 r"[（(]\s*[都道府県]\s*(?:として|単独|自体|のみ|だけ)\s*[）)]|(?i:itself|directly))"
                 # 市町村はいくつ, 何市町村: how many of them (not the prefectures)
                 r"|(市町村)(?=\s*(?:は|って|が|の数は?)?\s*(?:いくつ|何))|(?<=何)(市町村)"
                 # signed by towns, made by the prefectures
                 r"|(?i:(?<=signed by )|(?<=made by )|(?<=concluded by )|(?<=signed by the )|"
                 r"(?<=did )|(?<=do )|(?<=have ))(?i:(towns?|villages?|prefectures?|cities)\b)"
                 # have a city (shi) as one of the Japanese parties
                 r"|(?i:(?<=have )|(?<=has )|(?<=having )|(?<=with ))(?i:an?\s+(city|town|village|"
                 r"prefecture)\b)(?=\s*(?:\((?:shi|cho|machi|son|mura|ken|市|町|村|県)\))?\s+as\s+"
                 r"(?i:(?:one\s+of\s+)?(?:the\s+|its\s+|their\s+|an?\s+)?(?:japanese\s+)?"
                 r"(?:part(?:y|ies)|signator(?:y|ies)|signers?|municipalit(?:y|ies))))"
                 # which towns have agreements, how many cities signed: the parties
                 r"|(?i:(?<=which )|(?<=what )|(?<=how many ))(?i:(towns|villages|cities)\b)"
                 r"(?=\s+(?:have|has|had|signed|made|concluded|hold)\b)"  # (prefectures: 県別)
                 # the agreements of prefectures themselves
                 r"|(?i:(prefectures?)(?=\s+(?:themselves|itself|on their own)"
                 r"(?!\s*,?\s*and\b)))")


_JOINED_LEVEL = pattern(rf"(?<![{_NAME_CHARS[:-1]}])(都道府県|市町村|町村|県|市|町|村)"
                        r"\s*(?:や|と|・|、|か|または|とか|or|and)\s*$")


_WITH_PREFECTURE = pattern(r"[県府都道]\s*(?:と|や|・|、|及び|および|も|and)\s*"
                           r"(?:(?:県|府|都|道|管|域)内|その)?\s*の?\s*$")


# Two levels set side by side to compare (県と市、どちらが多い, 市町村と県ではどっち): each
# said bare, the comparison says they are the parties' levels.
_LEVEL_WORD = r"(都道府県|市区?町村|市町|町村|県|市|町|村)"
_LEVEL_PAIR = pattern(rf"(?<![{_NAME_CHARS[:-1]}]){_LEVEL_WORD}\s*(?:と|か|や|、|・)\s*"
                      rf"{_LEVEL_WORD}(?![{_NAME_CHARS[:-1]}])[^。？?]{{0,12}}?"
                      r"(?:どちら|どっち|比べ|比較|多いのは|少ないのは)")


# The parties of a level asked for themselves (協定を結んでいる市はいくつ, 何町が, 協定の
# ある市の名前, 結んでいる町はどこ): that level's parties, counted or named.
_LEVEL_ASKED = pattern(r"(?:いる|ある|した|結んだ|持つ)\s*(市|町|村)(?=\s*(?:は|が|って|の数は?)?"
                       r"\s*(?:全部で|全体で|合わせて)?\s*(?:いくつ|何)|\s*の(?:名前|名称)|"
                       r"\s*(?:は|って)\s*(?:どこ|どれ))|"
                       r"何\s*(市|町|村)(?=\s*(?:が|あり|ある|で|[?？]|$))")


_LEVEL_PAIR_EN = pattern(r"\b(cities|towns|villages|prefectures)\s+(?:and|vs\.?|versus|or)\s+"
                         r"(cities|towns|villages|prefectures)\b(?=.{0,60}\b(?:compare|more|fewer|"
                         r"most|number)\b)|\bcompare\s+(cities|towns|villages|prefectures)\s+"
                         r"(?:and|with|to)\s+(cities|towns|villages|prefectures)\b", re.IGNORECASE)


# Two levels said together of the parties (towns and cities in Kyushu, cities or towns):
# either level (after _LEVEL_PAIR_EN, which takes them when they are compared).
_LEVELS_JOINED_EN = pattern(r"(?<!\bits )(?<!\btheir )\b(cities|towns|villages)\s*"
                            r"(?:,|and|or|&|/)\s*(?:the\s+)?(cities|towns|villages)\b",
                            re.IGNORECASE)


def asked_levels(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, int, int, str]]:
    """The levels of party a question names: (level, start, end, word); spans grow."""
    found: list[tuple[str, int, int, str]] = []

    def said(m: re.Match[str], g: int) -> None:  # the level word of group g, its span taken
        spans.append(m.span(g))
        found.extend((level, *m.span(g), m.group(g))
                     for level in LEVEL_WORDS[m.group(g).lower()])

    for m in _LEVEL_PAIR_EN.finditer(text):  # cities and prefectures: which has more
        for g in ((1, 2) if m.group(1) else (3, 4)):
            if free(spans, *m.span(g)):
                said(m, g)
    for m in _LEVELS_JOINED_EN.finditer(text):  # towns and cities in Kyushu: either
        if free(spans, *m.span(1)) and free(spans, *m.span(2)):
            said(m, 1)
            said(m, 2)
    for m in _LEVEL_ASKED.finditer(text):  # (inside the grouping's words: not free)
        said(m, 1 if m.group(1) else 2)
    for m in _LEVEL_PAIR.finditer(text):
        if free(spans, *m.span(1)) and free(spans, *m.span(2)):
            said(m, 1)
            said(m, 2)
    for m in _LEVEL.finditer(text):
        if free(spans, *m.span()):
            spans.append(m.span())
            word = next(g for g in m.groups() if g)
            if m.group(1) and _WITH_PREFECTURE.search(text, 0, m.start()):
                continue  # 長崎県と県内の市町が: the prefecture's agreements, every level
            levels = LEVEL_WORDS.get(word.lower(), ("県",))  # else the prefecture itself
            found.extend((level, m.start(), m.end(), word) for level in levels)
            joined = _JOINED_LEVEL.search(text, 0, m.start())  # 町や市が: either level
            if m.group(1) and joined and free(spans, *joined.span(1)):
                said(joined, 1)
    return found


def level_sides(filters: list[Filter]) -> tuple[Filter, ...]:
    """Each level said a side of a comparison (市が結んだ協定と県が結んだ協定はどちらが多い,
    県と市町村ではどっちが多い): the values of each word (市町村: a city's, a town's or a
    village's), not each value (市町村 is one side)."""
    for f in filters:
        if f.kind == "level" and not f.exclude and len(f.words) >= 2:
            sides = []
            for word in f.words:
                values = LEVEL_WORDS.get(word.lower(), ("県",))
                label = LEVEL_LABELS[values[0]] if len(values) == 1 else word
                sides.append(Filter(f"level:{word}", "level", values, words=(word,), label=label))
            return tuple(sides)
    return ()


def at_level(name: str, level: str) -> bool:
    """Whether a party of the list (長崎県, 福岡市, 佐賀県有田町) is of this level."""
    if level == DESIGNATED:
        return strip_prefecture(name) in DESIGNATED_CITIES
    return name.endswith(LEVEL_SUFFIXES.get(level, ()))


# The kind of document an agreement's name says it is: 覚書 (memorandum), 協定書, 協議書,
# 合意書, 議定書. 協定 stands for any agreement (協定は何件), so it is no condition.
# 覚え書き, メモランダム, "memorandum" and "MOU" (memorandum of understanding, as 覚書 is
# put into English) are 覚書.
DOCUMENTS = ("覚書", "協定書", "協議書", "合意書", "合意文", "議定書", "宣言")
# The kind of document an agreement's name says, for a table of them (文書の種類別): the
# last kind its name holds (…の協定書; 協定 where it says no other), else none said.
_KIND_IN_TITLE = pattern("|".join(sorted((*DOCUMENTS, "協定"), key=longest_first)))
NO_DOCUMENT = "（文書の種類の記載なし）"


def document_of(title: str) -> str:
    """覚書, 協定書, 協議書, 合意書 … as the name says (U-BCF普及に向けた相互協力協定締結: 協定)."""
    found = _KIND_IN_TITLE.findall(title)
    return found[-1] if found else NO_DOCUMENT


# Kinds of document no one says loosely: a lookup keeps them (福岡市と釜山の宣言はいつ).
RARE_DOCUMENTS = frozenset({"議定書", "宣言"})
_DOCUMENT = pattern("合意文書|" + "|".join(DOCUMENTS) + "|おぼえがき|覚え書き?|メモランダム|"
                    r"\bmemorand(?:um|a|ums)\b(?:\s+of\s+understanding)?|(?<![A-Za-z])MOUs?(?![A-Za-z])|"
                    r"\bdeclarations?\b", re.IGNORECASE)
# A word the agreement's name is said to hold: 「友好」という言葉が協定名に入っている,
# 名称に「交流」を含む, 協定名に経済とつく, with "memorandum" in the title.
_NAME = r"(?:協定名|名称|名前|タイトル|件名)"
_TITLE_WORD = pattern(
    rf"[「『]([^」』]{{1,20}})[」』]\s*(?:という(?:言葉|語|文字|単語)?)?\s*(?:が|を)?\s*{_NAME}に"
    r"\s*(?:入|含|つ|付)|"
    rf"{_NAME}\s*(?:に|が)\s*[「『]([^」』]{{1,20}})[」』]\s*(?:が|を|と|の)?\s*(?:入|含|つ|付)|"
    r"\b(?:with|containing|having)\s+['\"“‘]([^'\"”’]{1,30})['\"”’]\s+in\s+(?:the|their|its)\s+"
    r"(?:title|name)s?\b|"
    # 協力協定と名のつくもの, 「友好」という名前の付いた: a word the name holds
    r"(?:[「『]([^」』]{1,20})[」』]|(?<![\u4e00-\u9fff\u30a0-\u30ffー])([\u4e00-\u9fff\u30a0-\u30ffー]{2,12}))"
    r"\s*(?:と|という)\s*(?:名|名前|名称)\s*(?:の|が)\s*(?:つ|付)", re.IGNORECASE)


# A kind of document joined to 協定 (any agreement): 協定や覚書, 覚書・協定 (not 協定書).
_WITH_ANY = pattern(r"(?:協定|\bagreements?)\s*(?:や|・|と|か|、|及び|および|または|とか|,?\s*"
                    r"(?:and|or)\b)\s*$", re.IGNORECASE)
# …and said to be included (覚書や協議書も含めて, 覚書を含む): no narrowing to them.
_INCLUDED_AFTER = pattern(r"^\s*(?:(?:や|・|、|と|とか|及び|および)\s*[^\s、。？?]{1,6}?\s*)?"
                          r"(?:も|を|まで)?\s*(?:含め|含む|含んで|入れて|込みで|込めて)")
_ANY_AFTER = pattern(r"^\s*(?:(?:や|・|と|か|、|及び|および|または|とか)\s*協定(?!書)|"
                     r",?\s*(?:and|or)\s+(?:other\s+)?agreements?\b)", re.IGNORECASE)


# The words for an agreement's web page, in Japanese and (after an article) in English.
_URL_JA = r"(?:URL|ＵＲＬ|ホームページ|リンク)"
_URL_EN = r"\s+(?:an?\s+)?(?:url|(?:web\s*)?link|website|web page)s?\b"
# Agreements the list gives a web page for: URLが載っている, URLのある, with a URL.
_HAS_URL = pattern(rf"{_URL_JA}\s*(?:が|の)\s*(?:ある|載って|記載|付い)|"
                   rf"\b(?:with|have|has|having){_URL_EN}", re.IGNORECASE)
# …and those it gives none: URLがない, URLの記載がない協定, without a URL.
_NO_URL = pattern(rf"{_URL_JA}\s*(?:の\s*(?:記載|掲載))?\s*(?:が|は|の)?\s*"
                  r"(?:な[いし]|無[いし]|ありません|載っていな|載ってな|書かれていな)|"
                  rf"\b(?:without|no|lacking|missing){_URL_EN}", re.IGNORECASE)


def asked_url(text: str, spans: list[tuple[int, int]]) -> list[Filter]:
    """The condition that an agreement has a URL in the list, or has none, when asked."""
    none = _NO_URL.search(text)
    m = none or _HAS_URL.search(text)
    if m is None or not free(spans, *m.span()):
        return []
    spans.append(m.span())
    if none:
        return [Filter("url", "url", ("none",), words=(m.group(0),), label="URLの記載がない")]
    return [Filter("url", "url", ("url",), words=(m.group(0),), label="URLの記載がある")]
# 協議書の形で, 覚書として, 合意書形式の: the document asked about, whatever else is asked.
DOCUMENT_AS = pattern(rf"(?:{_DOCUMENT.pattern})\s*(?:の形|という形|として|(?:の|という)?形式)|"
                      rf"((?:名称|名前|協定名)\s*(?:に|が)\s*[「『]?)(?=(?:{_DOCUMENT.pattern}))|"
                      rf"(?:{_DOCUMENT.pattern})[」』]?(\s*(?:という|と(?:つく|付く)|の(?:つく|付く))"
                      r"\s*(?:名称|名前|タイトル|協定名))|" + _TITLE_WORD.pattern,
                      re.IGNORECASE)


def asked_documents(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, int, int, str]]:
    """The kinds of document a question names: (document, start, end, word)."""
    found: list[tuple[str, int, int, str]] = []
    for m in _DOCUMENT.finditer(text):
        if free(spans, *m.span()):
            spans.append(m.span())
            if _WITH_ANY.search(text[:m.start()]) or _ANY_AFTER.match(text[m.end():]) or \
                    _INCLUDED_AFTER.match(text[m.end():]) or (
                    text[:m.start()].endswith("との") and EXCLUDE_AFTER.match(text[m.end():])):
                continue  # 協定や覚書: any agreement; 広州市との覚書は除外: that partner's;
                # 覚書や協議書も含めて全部で: including them, not only them
            doc = "宣言" if m.group(0).lower().startswith("declaration") else "覚書" if m.group(
                0) in ("おぼえがき", "メモランダム") or m.group(0).isascii() or m.group(
                0).startswith("覚え") else m.group(0)
            # 合意文書: an agreement's document, 合意書 or 合意文 (its text) by name
            found.extend((d, *m.span(), m.group(0)) for d in (
                ("合意書", "合意文") if doc == "合意文書" else (doc,)))
    for m in _TITLE_WORD.finditer(text):  # 「友好」という言葉が協定名に入っている: by name
        g = next((i for i in range(1, 6) if m.group(i)), 0)
        if g and free(spans, *m.span()):
            spans.append(m.span())
            # (名前に「協定」が入っていない, 「友好」を名称に含まない: the verb's ending says
            # it is left out; read from the verb on)
            end = m.end() - 1 if m.group(0)[-1] in "入含" else m.end()
            found.append((m.group(g), m.start(), end, m.group(g)))
    return found
