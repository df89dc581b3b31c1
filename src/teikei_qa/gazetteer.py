"""General Japanese vocabulary: prefectures, cities, countries, eras, field synonyms.

Nothing here comes from the questions: these are facts of Japanese geography and
usage that any reader of the list brings with them. Names from the data itself
(parties, partners, fields) are added at run time by the index.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .lazy_re import longest_first, pattern
from .text import fold, nfkc, without_diacritics

PREFECTURES: tuple[str, ...] = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
    "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県",
    "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県",
    "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県",
    "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県",
    "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県",
    "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
)

# Regions people name instead of prefectures.
REGIONS: dict[str, tuple[str, ...]] = {
    "東北": ("青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県"),
    "関東": ("茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県"),
    "首都圏": ("埼玉県", "千葉県", "東京都", "神奈川県"),
    "北陸": ("新潟県", "富山県", "石川県", "福井県"),
    "甲信越": ("山梨県", "長野県", "新潟県"),
    "東海": ("岐阜県", "静岡県", "愛知県", "三重県"),
    "中部": ("新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県",
             "愛知県"),
    "近畿": ("三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県"),
    "関西": ("滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県"),
    "中国地方": ("鳥取県", "島根県", "岡山県", "広島県", "山口県"),
    "四国": ("徳島県", "香川県", "愛媛県", "高知県"),
    "九州": ("福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県"),
    "九州・沖縄": ("福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県",
                  "沖縄県"),
}

# Designated cities, core cities and prefectural capitals whose names do not
# carry their prefecture (北九州市 → 福岡県). Towns and villages are written with
# their prefecture in the list (佐賀県有田町), so they need no table.
CITY_PREFECTURE: dict[str, str] = {
    # 政令指定都市
    "札幌市": "北海道", "仙台市": "宮城県", "さいたま市": "埼玉県", "千葉市": "千葉県",
    "横浜市": "神奈川県", "川崎市": "神奈川県", "相模原市": "神奈川県", "新潟市": "新潟県",
    "静岡市": "静岡県", "浜松市": "静岡県", "名古屋市": "愛知県", "京都市": "京都府",
    "大阪市": "大阪府", "堺市": "大阪府", "神戸市": "兵庫県", "岡山市": "岡山県",
    "広島市": "広島県", "北九州市": "福岡県", "福岡市": "福岡県", "熊本市": "熊本県",
    # 中核市
    "旭川市": "北海道", "函館市": "北海道", "青森市": "青森県", "八戸市": "青森県",
    "盛岡市": "岩手県", "秋田市": "秋田県", "山形市": "山形県", "福島市": "福島県",
    "郡山市": "福島県", "いわき市": "福島県", "水戸市": "茨城県", "宇都宮市": "栃木県",
    "前橋市": "群馬県", "高崎市": "群馬県", "川越市": "埼玉県", "川口市": "埼玉県",
    "越谷市": "埼玉県", "船橋市": "千葉県", "柏市": "千葉県", "八王子市": "東京都",
    "横須賀市": "神奈川県", "富山市": "富山県", "金沢市": "石川県", "福井市": "福井県",
    "甲府市": "山梨県", "長野市": "長野県", "松本市": "長野県", "岐阜市": "岐阜県",
    "豊橋市": "愛知県", "岡崎市": "愛知県", "一宮市": "愛知県", "豊田市": "愛知県",
    "大津市": "滋賀県", "豊中市": "大阪府", "吹田市": "大阪府", "高槻市": "大阪府",
    "枚方市": "大阪府", "八尾市": "大阪府", "寝屋川市": "大阪府", "東大阪市": "大阪府",
    "姫路市": "兵庫県", "尼崎市": "兵庫県", "明石市": "兵庫県", "西宮市": "兵庫県",
    "奈良市": "奈良県", "和歌山市": "和歌山県", "鳥取市": "鳥取県", "松江市": "島根県",
    "倉敷市": "岡山県", "呉市": "広島県", "福山市": "広島県", "下関市": "山口県",
    "高松市": "香川県", "松山市": "愛媛県", "高知市": "高知県", "久留米市": "福岡県",
    "長崎市": "長崎県", "佐世保市": "長崎県", "大分市": "大分県", "宮崎市": "宮崎県",
    "鹿児島市": "鹿児島県", "那覇市": "沖縄県",
    # 県庁所在地 (not already above)
    "徳島市": "徳島県", "山口市": "山口県", "佐賀市": "佐賀県", "津市": "三重県",
}
# The 20 designated cities (政令指定都市, 地方自治法 252条の19; 総務省「指定都市一覧」):
# the first 20 of the table above.
DESIGNATED_CITIES: frozenset[str] = frozenset(list(CITY_PREFECTURE)[:20])

# Canonical country name → other names people use, Japanese and English.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "米国": ("アメリカ合衆国", "アメリカ", "米国", "合衆国", "USA", "U.S.A.", "US", "U.S.",
             "United States", "America"),
    "中国": ("中華人民共和国", "中国", "China", "PRC"),
    "韓国": ("大韓民国", "韓国", "South Korea", "Korea", "ROK", "コリア"),
    "北朝鮮": ("朝鮮民主主義人民共和国", "北朝鮮", "North Korea"),
    "台湾": ("台湾", "中華民国", "Taiwan", "ROC"),
    "タイ": ("タイ王国", "タイ", "Thailand"),
    "ベトナム": ("ベトナム社会主義共和国", "ベトナム", "ヴェトナム", "越南", "Vietnam", "Viet Nam"),
    "カンボジア": ("カンボジア王国", "カンボジア", "Cambodia"),
    "インドネシア": ("インドネシア共和国", "インドネシア", "Indonesia"),
    "マレーシア": ("マレーシア", "Malaysia"),
    "シンガポール": ("シンガポール共和国", "シンガポール", "Singapore"),
    "フィリピン": ("フィリピン共和国", "フィリピン", "比国", "Philippines"),
    "ミャンマー": ("ミャンマー連邦共和国", "ミャンマー", "ビルマ", "Myanmar", "Burma"),
    "ラオス": ("ラオス人民民主共和国", "ラオス", "Laos"),
    "ブルネイ": ("ブルネイ・ダルサラーム国", "ブルネイ", "Brunei"),
    "モンゴル": ("モンゴル国", "モンゴル", "Mongolia"),
    "インド": ("インド共和国", "インド", "India"),
    "ネパール": ("ネパール", "Nepal"),
    "バングラデシュ": ("バングラデシュ人民共和国", "バングラデシュ", "Bangladesh"),
    "スリランカ": ("スリランカ", "Sri Lanka"),
    "パキスタン": ("パキスタン", "Pakistan"),
    "ロシア": ("ロシア連邦", "ロシア", "Russia"),
    "カザフスタン": ("カザフスタン共和国", "カザフスタン", "Kazakhstan"),
    "ウズベキスタン": ("ウズベキスタン共和国", "ウズベキスタン", "Uzbekistan"),
    "トルコ": ("トルコ共和国", "トルコ", "トルキエ", "Turkey", "Türkiye"),
    "イラン": ("イラン", "Iran"),
    "イスラエル": ("イスラエル", "Israel"),
    "サウジアラビア": ("サウジアラビア", "Saudi Arabia"),
    "アラブ首長国連邦": ("アラブ首長国連邦", "UAE"),
    "エジプト": ("エジプト", "Egypt"),
    "南アフリカ": ("南アフリカ共和国", "南アフリカ", "South Africa"),
    "ケニア": ("ケニア", "Kenya"),
    "英国": ("グレートブリテン及び北アイルランド連合王国", "イギリス", "英国", "UK", "U.K.",
             "United Kingdom", "Britain"),
    "アイルランド": ("アイルランド", "Ireland"),
    "フランス": ("フランス共和国", "フランス", "仏国", "France"),
    "ドイツ": ("ドイツ連邦共和国", "ドイツ", "独国", "Germany"),
    "イタリア": ("イタリア共和国", "イタリア", "Italy"),
    "スペイン": ("スペイン王国", "スペイン", "Spain"),
    "ポルトガル": ("ポルトガル共和国", "ポルトガル", "Portugal"),
    "オランダ": ("オランダ王国", "オランダ", "Netherlands", "Holland"),
    "ベルギー": ("ベルギー王国", "ベルギー", "Belgium"),
    "スイス": ("スイス連邦", "スイス", "Switzerland"),
    "オーストリア": ("オーストリア共和国", "オーストリア", "Austria"),
    "デンマーク": ("デンマーク王国", "デンマーク", "Denmark"),
    "スウェーデン": ("スウェーデン王国", "スウェーデン", "Sweden"),
    "ノルウェー": ("ノルウェー王国", "ノルウェー", "Norway"),
    "フィンランド": ("フィンランド共和国", "フィンランド", "Finland"),
    "ポーランド": ("ポーランド共和国", "ポーランド", "Poland"),
    "チェコ": ("チェコ共和国", "チェコ", "Czech Republic", "Czechia"),
    "ハンガリー": ("ハンガリー", "Hungary"),
    "ギリシャ": ("ギリシャ共和国", "ギリシャ", "ギリシア", "Greece"),
    "ウクライナ": ("ウクライナ", "Ukraine"),
    "カナダ": ("カナダ", "Canada"),
    "メキシコ": ("メキシコ合衆国", "メキシコ", "Mexico"),
    "ブラジル": ("ブラジル連邦共和国", "ブラジル", "Brazil"),
    "アルゼンチン": ("アルゼンチン共和国", "アルゼンチン", "Argentina"),
    "チリ": ("チリ共和国", "チリ", "Chile"),
    "ペルー": ("ペルー共和国", "ペルー", "Peru"),
    "コロンビア": ("コロンビア共和国", "コロンビア", "Colombia"),
    "キューバ": ("キューバ共和国", "キューバ", "Cuba"),
    "オーストラリア": ("オーストラリア連邦", "オーストラリア", "豪州", "豪国", "Australia"),
    "ニュージーランド": ("ニュージーランド", "New Zealand"),
    "パラオ": ("パラオ共和国", "パラオ", "Palau"),
    "フィジー": ("フィジー共和国", "フィジー", "Fiji"),
}


# The one-kanji names of countries (略称) as they are written after 対 and 日: 対中協定,
# 日韓の協定, 対米, and in chains (日中韓). Alone, one kanji is too often part of another
# word to be read as one; 比 (フィリピン) is left out for 対比 and 日比谷.
ONE_KANJI: dict[str, str] = {
    "米": "米国", "中": "中国", "韓": "韓国", "朝": "北朝鮮", "台": "台湾", "泰": "タイ",
    "越": "ベトナム", "星": "シンガポール", "印": "インド",
    "豪": "オーストラリア", "加": "カナダ", "英": "英国", "仏": "フランス", "独": "ドイツ",
    "伊": "イタリア", "露": "ロシア", "蘭": "オランダ", "西": "スペイン", "墨": "メキシコ",
    "伯": "ブラジル",
}


def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, aliases in COUNTRIES.items():
        for alias in (canonical, *aliases):
            table[nfkc(alias).casefold()] = canonical
    for kanji, canonical in ONE_KANJI.items():
        if canonical in COUNTRIES:
            table[f"対{kanji}"] = table[f"日{kanji}"] = canonical
    return table


COUNTRY_ALIASES: dict[str, str] = _alias_table()

# Era name → the Gregorian year of its first year (元年).
ERAS: dict[str, int] = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}

# World regions as sets of countries, after the UN M49 geographic regions (アジア =
# Eastern, South-eastern, Southern, Central and Western Asia; 中東 = Western Asia with
# Egypt and Iran; 北米 = Northern America; 中南米 = Latin America and the Caribbean).
_M49 = {
    "東アジア": "中国 韓国 北朝鮮 台湾 モンゴル",
    "東南アジア": "タイ ベトナム カンボジア インドネシア マレーシア シンガポール フィリピン "
                "ミャンマー ラオス ブルネイ",
    "南アジア": "インド ネパール バングラデシュ スリランカ パキスタン イラン",
    "中央アジア": "カザフスタン ウズベキスタン",
    "西アジア": "トルコ イスラエル サウジアラビア アラブ首長国連邦",
    "欧州": "英国 アイルランド フランス ドイツ イタリア スペイン ポルトガル オランダ ベルギー "
          "スイス オーストリア デンマーク スウェーデン ノルウェー フィンランド ポーランド "
          "チェコ ハンガリー ギリシャ ウクライナ ロシア",
    "北米": "米国 カナダ",
    "中南米": "メキシコ ブラジル アルゼンチン チリ ペルー コロンビア キューバ",
    "オセアニア": "オーストラリア ニュージーランド パラオ フィジー",
    "アフリカ": "エジプト 南アフリカ ケニア",
}
WORLD_REGIONS: dict[str, tuple[str, ...]] = {k: tuple(v.split()) for k, v in _M49.items()}
# A country's one subregion (the M49 groups above, in their order), for a table by region.
REGION_OF: dict[str, str] = {c: r for r, cs in reversed(WORLD_REGIONS.items()) for c in cs}
WORLD_REGIONS["アジア"] = tuple(c for r in ("東アジア", "東南アジア", "南アジア", "中央アジア",
                                           "西アジア") for c in WORLD_REGIONS[r])
WORLD_REGIONS["中東"] = WORLD_REGIONS["西アジア"] + ("イラン", "エジプト")
# 欧米: Europe and North America together, as the word is used.
WORLD_REGIONS["欧米"] = WORLD_REGIONS["欧州"] + WORLD_REGIONS["北米"]
# 朝鮮半島 (the Korean peninsula): its two states; 中華圏 (Greater China): China and Taiwan
# as the list names them (香港, マカオ are within 中国).
WORLD_REGIONS["朝鮮半島"] = ("韓国", "北朝鮮")
WORLD_REGIONS["中華圏"] = ("中国", "台湾")
# ASEAN: its ten members (asean.org, "ASEAN Member States"): 東南アジア but Timor-Leste.
WORLD_REGIONS["ASEAN"] = WORLD_REGIONS["東南アジア"]
# Groupings of countries by membership or by a shared history, as their own sources
# name the members (those the table of countries above holds):
# EU: the 27 member states (european-union.europa.eu, "EU countries"); not 英国 since 2020.
WORLD_REGIONS["EU"] = tuple("アイルランド フランス ドイツ イタリア スペイン ポルトガル オランダ "
                            "ベルギー オーストリア デンマーク スウェーデン フィンランド ポーランド "
                            "チェコ ハンガリー ギリシャ".split())
# G7 (外務省「G7」: 日本, 米国, 英国, フランス, ドイツ, イタリア, カナダ), less Japan itself.
WORLD_REGIONS["G7"] = ("米国", "英国", "フランス", "ドイツ", "イタリア", "カナダ")
# インドシナ半島 / メコン地域 (外務省「日メコン協力」: カンボジア, ラオス, ミャンマー, タイ,
# ベトナム): the mainland of 東南アジア.
WORLD_REGIONS["メコン地域"] = ("タイ", "ベトナム", "カンボジア", "ラオス", "ミャンマー")
# 漢字文化圏 (the Sinosphere: 中国, 台湾, 朝鮮半島, ベトナム besides Japan, as 日本大百科全書
# and the English "Sinosphere" name them).
WORLD_REGIONS["漢字文化圏"] = ("中国", "台湾", "韓国", "北朝鮮", "ベトナム")
# 日本の近隣諸国 (the countries across Japan's seas: 外務省's 「近隣諸国」 of its 国境
# and 海洋 pages): 中国, 韓国, 北朝鮮, ロシア, 台湾.
WORLD_REGIONS["近隣諸国"] = ("中国", "韓国", "北朝鮮", "ロシア", "台湾")
# 米州 (the Americas: M49 "Americas" = Northern America + Latin America and the Caribbean),
# what lies across the Pacific.
WORLD_REGIONS["米州"] = WORLD_REGIONS["北米"] + WORLD_REGIONS["中南米"]
# 島国 (island countries: no land border, all on islands; of the table above).
WORLD_REGIONS["島国"] = ("インドネシア", "シンガポール", "フィリピン", "台湾", "英国",
                       "アイルランド", "ニュージーランド", "フィジー", "パラオ", "スリランカ",
                       "キューバ")
# 英語圏 (English the first or official language of most people: the Anglosphere).
WORLD_REGIONS["英語圏"] = ("米国", "英国", "カナダ", "オーストラリア", "ニュージーランド",
                        "アイルランド")
# Other names of the regions → the name above.
REGION_ALIASES: dict[str, str] = {
    "ヨーロッパ": "欧州", "北アメリカ": "北米", "北米州": "北米",
    "南米": "中南米", "ラテンアメリカ": "中南米", "大洋州": "オセアニア",
    "asia": "アジア", "east asia": "東アジア", "southeast asia": "東南アジア",
    "south-east asia": "東南アジア", "south asia": "南アジア", "europe": "欧州",
    "north america": "北米", "latin america": "中南米", "south america": "中南米",
    "oceania": "オセアニア", "middle east": "中東", "africa": "アフリカ",
    "欧米諸国": "欧米", "europe and north america": "欧米", "the west": "欧米",
    "western countries": "欧米", "western nations": "欧米", "western": "欧米",
    "アセアン": "ASEAN", "asean": "ASEAN", "東南アジア諸国連合": "ASEAN",
    "korean peninsula": "朝鮮半島", "the korean peninsula": "朝鮮半島",
    "greater china": "中華圏", "中国語圏": "中華圏",
    "eu": "EU", "欧州連合": "EU", "ヨーロッパ連合": "EU", "european union": "EU",
    "g7": "G7", "主要7か国": "G7", "主要7カ国": "G7", "主要国首脳会議": "G7", "先進7か国": "G7",
    "先進7カ国": "G7", "group of seven": "G7",
    "インドシナ": "メコン地域", "インドシナ半島": "メコン地域", "メコン": "メコン地域",
    "メコン流域": "メコン地域", "メコン川流域": "メコン地域", "メコン諸国": "メコン地域",
    "indochina": "メコン地域", "indochina peninsula": "メコン地域", "mekong": "メコン地域",
    "mekong region": "メコン地域", "mainland southeast asia": "メコン地域",
    "sinosphere": "漢字文化圏", "kanji cultural sphere": "漢字文化圏",
    "chinese cultural sphere": "漢字文化圏", "east asian cultural sphere": "漢字文化圏",
    "漢字圏": "漢字文化圏", "東アジア文化圏": "漢字文化圏",
    "隣国": "近隣諸国", "近隣国": "近隣諸国", "お隣の国": "近隣諸国", "隣の国": "近隣諸国",
    "neighbouring countries": "近隣諸国", "neighboring countries": "近隣諸国",
    "japan's neighbours": "近隣諸国", "japan's neighbors": "近隣諸国",
    "南北アメリカ": "米州", "アメリカ大陸": "米州", "the americas": "米州", "americas": "米州",
    "太平洋の向こう": "米州", "太平洋の向こう側": "米州", "太平洋を越えた": "米州",
    "太平洋を超えた": "米州", "across the pacific": "米州",
    "島嶼国": "島国", "island nations": "島国", "island countries": "島国",
    "island nation": "島国", "island country": "島国",
    "西洋": "欧米", "西洋諸国": "欧米",
    "anglosphere": "英語圏", "english-speaking countries": "英語圏",
}

# Every name of a region or grouping (the names rewrite leaves them as said: インドシナ is
# not a near miss of インドネシア, nor メコン a foreign name sounded like mekong).
REGION_WORDS = frozenset({*WORLD_REGIONS, *REGION_ALIASES})

# English words for the list's subjects → the word the list uses (museum → 博物館):
# English questions are read with the same grammar as Japanese ones.
ENGLISH_WORDS: dict[str, str] = {
    # museum: either kind the list names (博物館, 美術館), joined as alternatives
    "museum": "博物館・美術館", "museums": "博物館・美術館", "art museum": "美術館",
    "art museums": "美術館", "art gallery": "美術館", "art galleries": "美術館",
    "university": "大学",
    "universities": "大学", "education": "教育", "educational": "教育", "culture": "文化",
    "cultural": "文化", "economy": "経済", "economic": "経済", "business": "経済",
    "econ": "経済", "edu": "教育", "enviro": "環境",  # the short forms people type
    "trade": "経済", "environment": "環境", "environmental": "環境", "tourism": "観光",
    "water": "水道", "water supply": "水道", "fisheries": "水産", "fishery": "水産",
    "fishing": "水産", "sports": "スポーツ", "sport": "スポーツ", "science": "科学技術",
    "agriculture": "農林", "study abroad": "留学", "exchange students": "留学",
    "teacher": "教師", "teachers": "教師", "air pollution": "大気汚染", "waste": "廃棄物",
    "garbage": "ごみ", "trash": "ごみ", "rubbish": "ごみ",  # (ごみ: ゴミ, 廃棄物 too)
    "urban development": "まちづくり", "city planning": "まちづくり",
    "town planning": "まちづくり", "urban planning": "まちづくり",
    "community development": "まちづくり",
    "sister city": "姉妹都市", "sister cities": "姉妹都市", "sister-city": "姉妹都市",
    "sister-cities": "姉妹都市",
    "board of education": "教育委員会", "field": "分野", "fields": "分野",
    "ministry": "省庁", "ministries": "省庁",  # not government alone: local governments
    "government agency": "政府機関", "government agencies": "政府機関",
    "government body": "政府機関", "government bodies": "政府機関",
    "central government": "中央政府", "national government": "中央政府",
    "central governments": "中央政府", "national governments": "中央政府",
    "foreign governments": "政府", "foreign government": "政府",
    "province": "省", "provinces": "省", "provincial government": "省政府",
    "provincial governments": "省政府", "local government agencies": "行政機関",
    "association": "民間団体", "associations": "民間団体", "in association with": "with",
    "state government": "州政府", "state governments": "州政府",
    "city government": "市政府", "city governments": "市政府",
    "municipal government": "市政府", "municipal governments": "市政府",
    "company": "企業", "companies": "企業", "private": "民間", "firms": "企業",
    "business associations": "経済団体", "private organizations": "民間団体",
    "private organisations": "民間団体",
    "meiji": "明治", "taisho": "大正", "showa": "昭和", "heisei": "平成", "reiwa": "令和",
}
# Adjectives of nationality that are not a country name plus -n or -ese.
DEMONYMS: dict[str, str] = {"thai": "タイ", "dutch": "オランダ", "spanish": "スペイン",
                            "british": "英国", "french": "フランス", "german": "ドイツ",
                            "filipino": "フィリピン", "korean": "韓国", "chinese": "中国"}


def english_names() -> dict[str, str]:
    """Latin spellings → the list's word: country names and their adjectives, world
    regions, and the English words above."""
    out: dict[str, str] = {}
    for canonical, aliases in COUNTRIES.items():
        for alias in aliases:
            if alias.isascii() and len(alias) >= 4:
                out.setdefault(alias, canonical)
                out.setdefault(alias + "n", canonical)     # Korean, American, Indonesian
                out.setdefault(alias + "ese", canonical)   # Taiwanese, Vietnamese
    out.update(DEMONYMS)
    for k, v in REGION_ALIASES.items():
        if k.isascii():
            out[k] = v
            out[k + "n"] = v   # Asian, European, North American
    out["european"] = "欧州"
    out.update(ENGLISH_WORDS)
    return out


# Usual words for a field → the field word the lists use. Matching a field is by
# substring of the record's field items, so 水産 also finds 水産業.
FIELD_SYNONYMS: dict[str, str] = {
    "漁業": "水産", "水産業": "水産", "漁業協力": "水産",
    "上水道": "水道", "下水道": "下水", "上下水道": "水道",  # (下水道: sewerage, 下水)
    "ビジネス": "経済", "産業": "経済", "貿易": "経済", "商業": "経済",
    "体育": "スポーツ",
    "農業": "農林", "林業": "農林",
    "医療": "医療", "保健": "医療",
    "街づくり": "まちづくり", "都市計画": "まちづくり",
    "環境保護": "環境", "環境保全": "環境",
    "ごみ処理": "廃棄物処理", "ゴミ処理": "廃棄物処理", "廃棄物": "廃棄物処理",
}


def country_of(text: str) -> str | None:
    """The canonical country that `text` names exactly (any alias), or None."""
    return COUNTRY_ALIASES.get(nfkc(text).strip().casefold())


def country_prefix(text: str) -> str | None:
    """The canonical country whose longest alias starts `text` (タイ王国工業省… → タイ)."""
    folded = nfkc(text).strip().casefold()
    best: tuple[int, str] | None = None
    for alias, canonical in COUNTRY_ALIASES.items():
        if folded.startswith(alias) and (best is None or len(alias) > best[0]):
            # An ASCII alias must end at a word boundary (US in USAID is not US).
            rest = folded[len(alias):]
            if alias.isascii() and rest[:1].isalnum():
                continue
            best = (len(alias), canonical)
    return best[1] if best else None


_PREFECTURE_HEAD = pattern("|".join(sorted(PREFECTURES, key=longest_first)))


def prefecture_of(name: str) -> str | None:
    """The prefecture of a party written as in the list (佐賀県有田町, 北九州市, 長崎県)."""
    name = nfkc(name).strip()
    m = _PREFECTURE_HEAD.match(name)
    return m.group(0) if m else CITY_PREFECTURE.get(name)


def strip_prefecture(name: str) -> str:
    """佐賀県有田町 → 有田町; a prefecture alone stays as it is."""
    name = nfkc(name).strip()
    m = _PREFECTURE_HEAD.match(name)
    return name[m.end():] if m and m.end() < len(name) else name


def prefecture_short(pref: str) -> str:
    """長崎県 → 長崎, 東京都 → 東京, 北海道 stays."""
    if pref == "北海道":
        return pref
    return pref[:-1]


# The places a question may name in any script (names.py reads them): prefectures and
# their short forms, countries, and Japanese regions (Kyushu → 九州; not 中国地方, whose
# short form is China's name).
NAMED_PLACES: tuple[str, ...] = tuple(sorted({
    *PREFECTURES, *(prefecture_short(p) for p in PREFECTURES), *COUNTRIES,
    *(a for al in COUNTRIES.values() for a in al if not a.isascii()),
    *(r for r in REGIONS if "・" not in r and r != "中国地方")}))


# A flag written as emoji (🇰🇷: two regional indicator letters, the ISO 3166 code): the
# country of that code (pycountry, matched to the names above).
_FLAG = pattern(r"([\U0001F1E6-\U0001F1FF])([\U0001F1E6-\U0001F1FF])")


@lru_cache(maxsize=1)
def _by_alpha2() -> dict[str, str]:
    import pycountry

    out: dict[str, str] = {}
    for canonical, aliases in COUNTRIES.items():
        for alias in aliases:
            try:
                out.setdefault(pycountry.countries.lookup(alias).alpha_2, canonical)
                break
            except LookupError:
                continue
    return out


def alpha2_of(country: str) -> str | None:
    """The ISO 3166 code of a country of the list's names (ベトナム: VN)."""
    return next((code for code, name in _by_alpha2().items() if name == country), None)


# Country names as the partners' languages write them, from pycountry's ISO 3166
# catalogues: in their own scripts (Chinese simplified and traditional, Korean, Thai) and in
# Latin letters (Indonesian, Malay, Vietnamese; diacritics dropped: Thái Lan → thai lan,
# Kemboja; Việt Nam is the English name already), for a question written on the partner's
# side.
SCRIPT_LOCALES = ("zh_CN", "zh_TW", "ko", "th")
LATIN_LOCALES = ("id", "ms", "vi")


def script_country_names() -> dict[str, str]:
    """Country names as Chinese, Korean and Thai write them (美国, 泰国, 荷兰; traditional
    美國, 荷蘭; 미국, 캄보디아; ไทย), Chinese folded to Japanese character forms → the
    list's word: pycountry's ISO 3166 names in SCRIPT_LOCALES. Read when a name index is
    built (0.1 s), not at each start: a question written by a Chinese reader of the list
    (美国の相手との協定)."""
    return _translated(SCRIPT_LOCALES, fold)


def latin_country_names() -> dict[str, str]:
    """Country names in the Latin letters of LATIN_LOCALES, diacritics dropped and
    lower-cased (kemboja, thai lan, amerika serikat, trung quoc) → the list's word; those of
    two words or seven letters or more that are no name already read (a shorter one's
    sound meets a Japanese word's: italia, いったり), and not starting with a short English
    word."""
    from .glossary import english_word  # (glossary reads this module)

    # (do thai, Israel in Vietnamese, would be read in "do Thai partners …")
    return {k: v for k, v in _translated(LATIN_LOCALES, _ascii_folded).items()
            if (" " in k or len(k.replace("-", "")) >= 7)  # (italia sounds like いったり)
            and not (len(first := re.split(r"[\s-]", k)[0]) <= 3 and english_word(first))}


def _ascii_folded(name: str) -> str:
    """Latin letters without their diacritics (Việt Nam → viet nam, Đài Loan → dai loan)."""
    return without_diacritics(name.replace("Đ", "D").replace("đ", "d")).casefold()


def _translated(locales: tuple[str, ...], folded: Callable[[str], str]) -> dict[str, str]:
    import gettext

    import pycountry

    out: dict[str, str] = {}
    for lang in locales:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for code, canonical in _by_alpha2().items():
            country = pycountry.countries.get(alpha_2=code)
            if country is None:
                continue
            for english in {country.name, getattr(country, "common_name", country.name)}:
                name = folded(catalogue.gettext(english))
                if name != folded(english) and len(name) >= 2 and nfkc(name).casefold() not in \
                        COUNTRY_ALIASES and "," not in name:
                    out.setdefault(name, canonical)
    return out


def flags_named(text: str) -> str:
    """`text` with each flag emoji of a country above put as its name (🇰🇷 → 韓国)."""
    if not _FLAG.search(text):
        return text

    def name(m: re.Match[str]) -> str:
        code = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in m.group(0))
        return _by_alpha2().get(code, m.group(0))

    return _FLAG.sub(name, text)

