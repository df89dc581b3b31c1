"""Concepts of local governments' international cooperation that people name in other words
than the lists do: 温暖化 or CO2 for 低炭素, 直行便 for 定期便就航, smog for 大気汚染,
exchange for 交流.

Soft matching (thesaurus.py) reads a question word the data never uses through the
encoder's space and JMdict's glosses. Neither joins these: the encoder puts 温暖化, 温室 and
気候 near no data word at its threshold and "exchange" nearest to 交換 (a swap), and
JMdict's glosses of 低炭素 ("low-carbon") share no word with those of 温暖化 ("global
warming"). No thesaurus of Japanese that installs offline has them either (the Sudachi
synonym dictionary's package, chikkarpy, downloads it when built). So this is a small
hand thesaurus of the field's concepts, as a search engine keeps a synonyms file: each
group holds words — UniDic's short units, as the tokenizer cuts a question (温暖 of
温暖化, 直行 of 直行便), and English words — that stand for one another in search. A
question word of a group reads as the group's words that the data holds; a group the data
has no word of reads as nothing, so the table is no list of this data's answers.
"""

from __future__ import annotations

from functools import cache

_GROUPS: tuple[frozenset[str], ...] = tuple(frozenset(g.split()) for g in (
    # climate: a low-carbon society, global warming, greenhouse gases, CO2
    "炭素 低炭素 脱炭 脱炭素 温暖 温暖化 温室 気候 二酸化炭素 co2 carbon low-carbon "
    "decarbonisation decarbonization climate warming greenhouse emission emissions",
    # the air: pollution, smog, PM2.5
    "大気 スモッグ 煤煙 排ガス smog pm2.5",
    # air links: a scheduled route, a direct flight
    "就航 定期便 直行 直行便 空路 航空路線 航路 flight flights airline airlines",
    # waste: rubbish, recycling
    "廃棄 廃棄物 ごみ ゴミ 生ごみ リサイクル 再資源 資源循環 recycling recycle waste "
    "garbage trash rubbish",
    # exchange between peoples and places (not 交換, a swap)
    "交流 往来 行き来 exchange exchanges interchange",
    # drinking water and its treatment, from the tap
    "浄水 上水 飲み水 飲料水 給水 蛇口 水道管 purification drinking faucet",
    # sewage
    "下水 下水道 汚水 生活排水 sewage sewerage wastewater",
    # farming and forests
    "農林 農業 林業 森林 田んぼ 水田 稲作 agriculture forestry farming",
    # a team's training camp
    "キャンプ 合宿 事前合宿 camp camps",
    # business abroad
    "ビジネス 商売 販路 business",
    # the heads of local governments
    "市長 知事 首長 mayor mayors governor governors",
    # young people in education
    "学生 若者 青少年 students youth",
    # a museum's specialists
    "学芸員 専門家 curator curators",
    # fishing and the sea's produce
    "漁業 水産 魚 漁 漁船 漁獲 fish fishing fishery fisheries seafood",
    # pottery
    "陶磁器 陶磁 焼き物 やきもの 陶器 磁器 陶芸 pottery ceramics ceramic porcelain",
    # study abroad
    "留学 留学生 study-abroad",
    # tourism
    "観光 観光客 旅行 旅行者 ツーリズム 誘客 tourism tourist tourists",
    # health care
    "医療 病院 保健 医師 医者 看護 health hospital hospitals medical doctor doctors nurse nurses",
    # ports
    "港湾 港 port ports harbour harbor",
    # disasters
    "防災 災害 減災 disaster disasters",
))


@cache
def _index() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for group in _GROUPS:
        for word in group:
            out[word] = out.get(word, frozenset()) | group
    return out


def same_concept(word: str) -> frozenset[str]:
    """The words of `word`'s concept groups other than itself (none for a word of none);
    an English word in any case."""
    key = word.casefold()
    return _index().get(key, frozenset()) - {key, word}


def concept_words() -> frozenset[str]:
    """Every word of every concept group."""
    return frozenset(_index())
