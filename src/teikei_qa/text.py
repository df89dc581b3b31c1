"""Text normalisation used by every stage: NFKC, the title key, kana and width folding,
old character forms, and the romaji key under which spellings of a name meet."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from .discourse import PARTY_SAID, PLACE_SAID, asked_part
from .lazy_re import longest_first, pattern

if TYPE_CHECKING:
    import opencc
    import pykakasi


def nfkc(text: str) -> str:
    """Unicode NFKC, the form every comparison in the package uses (full/half width)."""
    return unicodedata.normalize("NFKC", text)


def blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with the characters at `spans` as spaces: what is left to read, its positions
    unchanged."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def clean(text: str) -> str:
    """Text that every library can encode: a lone surrogate (what Python makes of
    invalid UTF-8 in argv or stdin) becomes U+FFFD."""
    return text.encode("utf-8", "replace").decode("utf-8")


_SPACE_RUN = re.compile(r"[^\S\n]{2,}")
_LINE_RUN = re.compile(r"\s*\n\s*")


def spaced_once(text: str) -> str:
    """`text` with each run of spaces one space and each run of blank lines one line
    break: what a question means is the same, and no pattern meets a run of hundreds of
    spaces it could split in as many ways."""
    return _LINE_RUN.sub("\n", _SPACE_RUN.sub(" ", text))


def title_key(title: str) -> str:
    """An agreement's name as compared everywhere: NFKC with all white space removed."""
    return re.sub(r"\s+", "", nfkc(title))


# 旧字体 (and a few 異体字) → the 新字体 the lists use, from the 常用漢字表's pairs of
# old and new forms: enough that 廣州 finds 広州 and 覺書 finds 覚書.
_OLD_FORMS = (
    "亞亜 惡悪 壓圧 圍囲 醫医 爲為 壹壱 隱隠 榮栄 營営 衞衛 驛駅 圓円 鹽塩 奧奥 應応 歐欧 毆殴"
    " 櫻桜 假仮 價価 畫画 會会 壞壊 懷懐 繪絵 擴拡 覺覚 學学 嶽岳 樂楽 勸勧 卷巻 歡歓 觀観 關関"
    " 陷陥 巖巌 顏顔 歸帰 氣気 龜亀 僞偽 戲戯 犧犠 舊旧 據拠 擧挙 峽峡 挾挟 狹狭 曉暁 區区 驅駆"
    " 勳勲 徑径 惠恵 溪渓 經経 繼継 莖茎 螢蛍 輕軽 鷄鶏 藝芸 缺欠 儉倹 劍剣 圈圏 檢検 權権 獻献"
    " 縣県 險険 顯顕 驗験 嚴厳 效効 廣広 恆恒 鑛鉱 號号 國国 濟済 碎砕 齋斎 劑剤 歲歳 雜雑 參参"
    " 棧桟 蠶蚕 贊賛 殘残 絲糸 齒歯 兒児 辭辞 濕湿 實実 舍舎 寫写 釋釈 壽寿 收収 從従 澁渋 獸獣"
    " 縱縦 肅粛 處処 緖緒 敍叙 將将 燒焼 稱称 證証 乘乗 剩剰 壤壌 孃嬢 條条 淨浄 疊畳 讓譲 釀醸"
    " 觸触 寢寝 愼慎 眞真 盡尽 圖図 粹粋 醉酔 隨随 髓髄 數数 樞枢 聲声 靜静 齊斉 攝摂 竊窃 專専"
    " 戰戦 淺浅 潛潜 纖繊 踐践 錢銭 禪禅 雙双 壯壮 搜捜 插挿 爭争 總総 聰聡 莊荘 裝装 騷騒 藏蔵"
    " 臟臓 屬属 續続 墮堕 體体 對対 帶帯 滯滞 臺台 瀧滝 擇択 澤沢 單単 擔担 膽胆 團団 彈弾 斷断"
    " 癡痴 遲遅 晝昼 蟲虫 鑄鋳 廳庁 聽聴 敕勅 鎭鎮 遞逓 鐵鉄 轉転 點点 傳伝 黨党 盜盗 燈灯 當当"
    " 鬭闘 德徳 獨独 讀読 屆届 繩縄 貳弐 惱悩 腦脳 霸覇 廢廃 拜拝 賣売 麥麦 發発 髮髪 拔抜 蠻蛮"
    " 祕秘 濱浜 甁瓶 拂払 佛仏 竝並 變変 邊辺 辨弁 瓣弁 辯弁 舖舗 寶宝 豐豊 沒没 飜翻 每毎 萬万"
    " 滿満 默黙 彌弥 譯訳 藥薬 與与 豫予 餘余 譽誉 搖揺 樣様 謠謡 來来 賴頼 亂乱 覽覧 龍竜 兩両"
    " 獵猟 綠緑 壘塁 淚涙 勵励 禮礼 隸隷 靈霊 齡齢 戀恋 爐炉 勞労 樓楼 錄録 灣湾"
    " 敎教 靑青 淸清 黃黄 步歩 涉渉 卽即 增増 徵徴"
)
# 異体字 that NFKC leaves as they are, written in names (長﨑, 髙雄, 濵, 邉, 𠮷).
_VARIANTS = "﨑崎 嵜崎 碕崎 髙高 濵浜 邉辺 邊辺 𠮷吉 﨔欅 塚塚 德徳 槗橋 﨑崎"
OLD_FORMS = str.maketrans({pair[0]: pair[1] for pair in (_OLD_FORMS + " " + _VARIANTS).split()})

_HIRA_TO_KATA = str.maketrans({chr(c): chr(c + 0x60) for c in range(0x3041, 0x3097)})
_KATA_TO_HIRA = str.maketrans({chr(c + 0x60): chr(c) for c in range(0x3041, 0x3097)})


def to_katakana(text: str) -> str:
    """Hiragana → katakana, one character for one (positions are kept)."""
    return text.translate(_HIRA_TO_KATA)


def to_hiragana(text: str) -> str:
    """Katakana → hiragana, one character for one (ー stays)."""
    return text.translate(_KATA_TO_HIRA)


# Hiragana へ べ ぺ typed in a katakana word, where they look the same (べトナム, アルべルト);
# not the particle へ after one (タイへコンサルタントを).
_LOOKALIKE_KANA = pattern(r"(?<![ァ-ヺー])[へべぺ](?=[ァ-ヺー]{2})|"
                          r"(?<=[ァ-ヺー])[べぺ](?=[ァ-ヺー])")


def fold(text: str) -> str:
    """NFKC, then old character forms → new ones, and hiragana へべぺ inside a katakana
    word as katakana: the form questions are read in. Keeps the length of the NFKC text,
    so positions in one are positions in the other."""
    folded = nfkc(text).translate(OLD_FORMS)
    return _LOOKALIKE_KANA.sub(lambda m: to_katakana(m.group(0)), folded) \
        if "へ" in folded or "べ" in folded or "ぺ" in folded else folded


_LONG = pattern(r"([aeiou])\1+|ou|uu|oh(?![aeiou])")
# Kunrei and Nihon-shiki spellings → Hepburn's (Hukuoka-si, Kitakyûsyû, Mihune-mati,
# Arita-tyô): sy, ty, zy, si, ti, tu, hu, zi as Hepburn writes those kana (not di, du: ぢ
# and づ are rare in names, and English has them: Canadian).
_KUNREI = pattern(r"sy|ty|zy|si|ti|tu|(?<![sc])hu|zi")
_HEPBURN = {"sy": "sh", "ty": "ch", "zy": "j", "si": "shi", "ti": "chi", "tu": "tsu", "hu": "fu",
            "zi": "ji"}


@lru_cache(maxsize=4096)
def romaji_key(text: str) -> str:
    """The key under which romaji spellings meet: Kitakyūshū, Kitakyushu, kitakyuushuu
    and Kitakyûsyû; Nagasaki-ken and Nagasaki ken; Hukuoka-si and Fukuoka-shi. Letters
    only, in Hepburn's spelling, long vowels short."""
    s = unicodedata.normalize("NFKD", text.casefold())
    s = _KUNREI.sub(lambda m: _HEPBURN[m.group(0)], "".join(ch for ch in s if "a" <= ch <= "z"))
    return _LONG.sub(lambda m: m.group(0)[0], s)


def sound_key(latin: str) -> str:
    """A rough key for foreign names written in katakana or Latin letters: l and r,
    -ng and -n, doubled letters and h after a consonant fold together
    (ダーリエン daarien ~ Dalian; シャンハイ shanhai ~ Shanghai)."""
    s = romaji_key(latin).replace("l", "r").replace("ng", "n")
    s = re.sub(r"([^aeiou])h", r"\1", s)
    return re.sub(r"(.)\1+", r"\1", s)


@lru_cache(maxsize=1)
def _kakasi() -> pykakasi.kakasi:
    import pykakasi

    return pykakasi.kakasi()


@lru_cache(maxsize=8192)
def romaji(kana: str) -> str:
    """Hepburn romaji of a kana reading (pykakasi)."""
    return "".join(part["hepburn"] for part in _kakasi().convert(kana))


# Kana (full and half width), the iteration marks and CJK ideographs.
_JAPANESE = pattern(r"[\u3005-\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                    r"\uf900-\ufaff\uff66-\uff9f]")


def has_japanese(text: str) -> bool:
    """Whether `text` holds any kana or kanji (a question "without Japanese" holds none)."""
    return _JAPANESE.search(text) is not None


def is_kana(text: str) -> bool:
    return bool(text) and all("\u3041" <= ch <= "\u30ff" for ch in text)


# Kanji numerals before a unit of a date, a count or a limit (平成二十六年, 二〇一四年,
# 十月, 三つ) — not in names (四日市市, 十日町, 二月堂) — and dates with their units in
# hiragana (2011ねん, 5がつ).
_KANJI_NUMBER = pattern(r"((?:明治|大正|昭和|平成|令和|上位|下位|直近|過去|最近|近年|約|計|合計|"
                        r"年(?=[一二三四五六七八九十]+月))|(?<![一-龥]))"  # 年九月, 直近五年
                        r"([〇一二三四五六七八九十百千]+)"
                        r"(?=\s*(?:年|月(?![堂光])|日(?![市町場])|件|か国|カ国|ヶ国|つ|"
                        r"ねん|がつ|にち(?![ゃゅょ]))|"
                        r"(?<=位[一二三四五六七八九十])(?=\s*(?:県|自治体|都市|市|分野)))")
_KANA_UNITS = pattern(r"(\d+)\s*(ねんだい|ねんど|ねん|がつ|にち(?![ゃゅょ]))")  # (にちゅうごく)


_ERA_INITIAL = pattern(r"(?<![A-Za-z])([MTSHRmtshr])\.?\s*(元|\d{1,2})(?=\s*年)")
# A year said without 年 before what is asked of it (2014は何件, H26の協定, 2014?): a year.
_ASKS = (r"(?=\s*(?:は|の|に|で|って)?\s*(?:何件|いくつ|一覧|協定|件数|締結|結ば)|"
         r"\s*(?:は|って)?\s*[?？]?\s*$)")
# Kana or kanji: a question in Japanese (retrieve.has_japanese also counts half-width kana).
KANA_KANJI = pattern(r"[\u3040-\u30ff\u4e00-\u9fff]")
# (not after an English word for how it relates: before 2005, since 2010 keep their grammar)
_BARE_YEAR = pattern(r"(?<![\d.A-Za-z])(?<!before )(?<!after )(?<!since )(?<!until )"
                     r"(?<!between )(?<!and )(?<!from )(?<!to )(?<!in )(?<!by )"
                     r"((?:19|20)\d{2})(?:" + _ASKS + r"|(?=\s+[^\s\d]+\s*$))")
_BARE_ERA = pattern(r"(?<![A-Za-z])([HSRhsr])\.?\s*(元|\d{1,2})" + _ASKS)
ERA_INITIALS = {"m": "明治", "t": "大正", "s": "昭和", "h": "平成", "r": "令和"}
# An era's year, and another year said after it without the era (平成22年と23年, 平成元年や
# 3年, 昭和63年・64年): the same era's, as 平成22、23年 and 平成22〜23年 read.
_ERA_CARRIED = pattern(r"(" + "|".join(ERA_INITIALS.values()) + r")\s*(?:元|\d{1,2})\s*年(?:度)?"
                       r"\s*(?:と|や|、|,|・|及び|および|または|もしくは|か)\s*"
                       r"(?=(?:元|\d{1,2})\s*年)")
# Latin letters with marks, Vietnamese's included (Hải Phòng, Hồ Chí Minh: Latin Extended
# Additional); đ has no decomposition and is d.
_LATIN_MARKED = pattern(r"[\u00c0-\u024f\u1e00-\u1eff]")
_UNMARKED = {"đ": "d", "Đ": "D"}
# "City" or "province" said before a name in the partner's own language, as its people
# write it (Vietnamese thành phố / tỉnh, Indonesian and Malay kota / provinsi, Spanish
# ciudad de, English city of): the name alone is what the list and GeoNames know.
_PLACE_WORD = pattern(r"\b(?:thanh pho|tinh|kota|provinsi|ciudad de|city of)\s+(?=[A-Z])",
                      re.IGNORECASE)


# Who is asking is no condition: "As a teacher I'm curious: list …", "I'm a teacher (in
# Nagasaki, …)", 「教師として興味があるのですが、…」 — a role of a few words, no place, no
# partner (「福岡市職員として釜山との協定に関心が…」 names conditions: it stays).
_NARRATION = pattern(
    r"^\s*(?:as an?\s+[a-z]+(?:\s+[a-z]+)?(?:\s+i'm\s+curious|\s+i\s+wonder)?\s*[,:;]"
    r"|(?:i'm|i am)\s+an?\s+[a-z]+(?=\s+(?:in|at|from)\b|\s*[,:;])"
    r"|[^、。,.都道府県市町村区国との]{1,10}として(?:は)?(?:興味|関心)が(?:あ|わ)[^、。,.]{0,12}[、。,.]"
    # New question: …, 別の質問です。 (a label, no condition)
    r"|(?:new|another|different|next|one more)\s+question\s*[:：\-—,.]"
    r"|(?:新しい|別の|次の|もう一つの?)質問(?:です|があります)?\s*[:：。、])"
    r"\s*", re.IGNORECASE)


# A sentence before the question that says what the asker is doing (庁内向けのメモを作成し
# ております。 卒論を書いています。): no condition when it names no place or year.
_PREAMBLE = pattern(r"^\s*([^。？?！!]{4,60}?(?:おります|います|おりまして|いまして|"
                    r"ございます)[。、]|[^。？?！!]{4,60}?中です。)\s*(?=\S)")
# the 80s, '90s: the 1980s, the 1990s (not Heisei 20s); H26, S63 in English: 平成26, 昭和63.
_SHORT_YEAR = pattern(r"(?<![\dA-Za-z])['’](\d{2})(?!\d|0s)")  # '14年, in '14: 2014
_SHORT_DECADE = pattern(r"(?<![\d.])(?<!(?i:showa|eisei|reiwa) )(?<!昭和 |平成 |令和 )"
                        r"['’]?(\d)0s\b")
# Decades and bounds said in English words: the nineties, the noughties, the twenty-tens,
# pre-2000, post-2010.
_DECADE_WORDS = {"sixties": 1960, "seventies": 1970, "eighties": 1980, "nineties": 1990,
                 "noughties": 2000, "naughties": 2000, "aughts": 2000, "oughts": 2000,
                 "two-thousands": 2000, "two thousands": 2000, "twenty-tens": 2010,
                 "twenty tens": 2010, "twenty-teens": 2010, "twenty teens": 2010}
_DECADE_WORD = pattern(r"\bthe\s+(?:nineteen[- ])?(" + "|".join(
    sorted(_DECADE_WORDS, key=longest_first)) + r")\b", re.IGNORECASE)
_NON_NAME = pattern(r"\b[Nn][Oo][Nn]-(?=[A-Z])")  # non-Chinese (not non-revenue)
_PRE_POST = pattern(r"\b(pre|post)[- ]?((?:19|20)\d{2})\b", re.IGNORECASE)
_ERA_CODE = pattern(r"(?<![A-Za-z\d])([HSR])(元|\d{1,2})(?![\d年A-Za-z]|\.\d)")
# …unless it says the agreements asked about (大学を相手にした協定について調べたいという方が
# いらしています。: the question, the one after it asks for them all).
_SUBJECT_SAID = pattern(r"(?:協定|提携|覚書|協議書|合意書)(?:について|に関して|に関する|を)")
_WITHOUT_OMISSION = pattern(r"漏れなく|もれなく|洩れなく|余すところなく")
_PLACE_OR_YEAR = pattern(r"[都道府県市町村区国州省\d]|[A-Z]")


# A whole sentence typed in kana with its words in katakana (no kanji; particles in
# either: チュウゴクとのキョウテイはナンケン): read as if typed in hiragana; a katakana word
# or name alone is shorter.
_ALL_KATAKANA = pattern(r"(?=(?:[^ァ-ヺー]*[ァ-ヺー]){8})[ァ-ヺーぁ-ゖ0-9\s、。？！?!・]+")


# A sentence written in katakana words with a few kanji among them (二〇〇〇年ヨリ 前ニ
# 結バレタ キョウテイ ハ ドレ, as an old phone or an older hand writes): its katakana runs
# are read as if typed in hiragana, but those marked as loanwords (ー, ヴ, small ァィゥェォ:
# ヨーロッパ, ハイフォン), which stay as they are. Katakana is most of its kana and kanji,
# in at least two words of their own.
_KATAKANA_RUN = pattern(r"[ァ-ヺー]+")
_KATAKANA_LETTER = pattern(r"[ァ-ヺ]")
_JAPANESE_LETTER = pattern(r"[ぁ-ゖァ-ヺ\u4e00-\u9fff々〇]")
_LOANWORD_MARK = pattern(r"[ーヴァィゥェォヮ]")
# (a space beside a kanji goes: より 前に, 平成 十五年; one between kana words stays, the
# kana reader's word boundary)
_WORD_SPACE = pattern(r"(?<=[\u4e00-\u9fff々〇])\s+(?=[ぁ-ゖァ-ヺー\u4e00-\u9fff々〇])|"
                      r"(?<=[ぁ-ゖァ-ヺー])\s+(?=[\u4e00-\u9fff々〇])")
_KATAKANA_GRAMMAR = pattern(r"(?:^|(?<=[\s\u4e00-\u9fff々〇0-9]))(?:ハ|ノ|ヲ|ガ|ニ|デ|ヘ|モ|ト|"
                            r"ヨリ|カラ|マデ|トノ|デス|マス|デスカ|マスカ|クダサイ)(?=[\s?？。、]|$)|"
                            r"(?:タ|ダ|ル|イ|カ|テ)(?=\s*[?？]?$)")
_KATAKANA_WORD = pattern(r"(?:^|(?<=\s))[ァ-ヺー]+(?=\s|[?？。、!！]|$)")


def katakana_written(text: str) -> bool:
    """Whether `text` is written in katakana words rather than with katakana loanwords: its
    grammar is katakana too (ノ, ハ, ヲ, ヨリ, デスカ; not タイ ベトナム ラオス との協定)."""
    katakana = len(_KATAKANA_LETTER.findall(text))
    japanese = len(_JAPANESE_LETTER.findall(text))
    return katakana >= 8 and katakana >= 0.6 * japanese and \
        len(_KATAKANA_WORD.findall(text)) >= 2 and bool(_KATAKANA_GRAMMAR.search(text))


# A name in kana with its kanji in brackets (コウシュウ（杭州）: the kana is two cities'),
# or in kanji with its reading (杭州（ハンジョウ）): the kanji, as the asker wrote it.
_KANJI_GLOSSED = pattern(r"(?<![ァ-ヺーぁ-ゖ])([ァ-ヺーぁ-ゖ]{2,12})\s*[（(]\s*"
                         r"([\u4e00-\u9fff]{1,8})\s*[)）]")
_READING_GLOSSED = pattern(r"([\u4e00-\u9fff]{1,8})\s*[（(]\s*([ァ-ヺーぁ-ゖ]{2,12})\s*[)）]")


# A piece of a word typed in hiragana that MeCab cut out (りょう of いりょうや): no word
# to read by its meaning (its sound is many words).
HIRAGANA_BIT = pattern(r"[ぁ-ゖー]{1,3}")
HIRAGANA_ONLY = pattern(r"[ぁ-ゖー]+")  # (fullmatch: a word all in hiragana)


# English negation contracted (isn't, don't, can't; ’ or '): the grammar reads "not".
_NOT = pattern(r"\b([A-Za-z]+?)n['’]t\b")
_NOT_OF = {"ca": "can", "wo": "will", "sha": "shall"}


# A run of hanzi with a character Japanese does not write (none of JIS X 0208): Simplified
# or Traditional Chinese (长崎县, 福冈市, 江苏省, 结んだ), read in the Japanese forms
# (長崎県, 福岡市, 江蘇省, 結んだ) through OpenCC's tables (s2t, then t2jp). Only such runs:
# OpenCC would turn Japanese words that share a character with Chinese too (干潟 → 乾潟).
_HAN_RUN = pattern(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@lru_cache(maxsize=1)
def _opencc() -> tuple[opencc.OpenCC, opencc.OpenCC]:
    import opencc

    return opencc.OpenCC("s2t.json"), opencc.OpenCC("t2jp.json")


def _written_in_japan(ch: str) -> bool:
    try:
        ch.encode("shift_jis")
    except UnicodeEncodeError:
        return False
    return True


def japanese_forms(text: str) -> str:
    """Chinese characters as Japan writes them, in runs Japanese could not have written."""
    def one(m: re.Match[str]) -> str:
        run = m.group(0)
        if all(map(_written_in_japan, run)):
            return run
        to_traditional, to_japanese = _opencc()
        return str(to_japanese.convert(to_traditional.convert(run)))

    return text if text.isascii() else _HAN_RUN.sub(one, text)


# A decade as a bound, in English: before the 2000s is before 2000, since the 1990s since
# 1990, after the 2000s since 2010 (not the 2000s themselves).
_DECADE_BOUND = pattern(r"\b(before|prior to|earlier than|until|since|from|after|later than)"
                        r"\s+the\s+((?:19|20)\d0)'?s\b", re.IGNORECASE)


def _decade_bound(m: re.Match[str]) -> str:
    said, year = m.group(1).lower(), int(m.group(2))
    if said in ("after", "later than"):
        return f"since {year + 10}"
    return f"{'since' if said in ('since', 'from') else 'before'} {year}"


# A word glossed in Hangul in brackets (釜山（부산）, ヨーロッパ（유럽）): said again, no
# condition of its own.
_HANGUL_GLOSS = pattern(r"\s*[（(]\s*[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"
                        r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\s]*[）)]")
# …and a word glossed in a language written in Latin letters with diacritics (ごみ（rác
# thải）, 留学（du học）): the Japanese before it is what is asked (thải is no タイ).
_LATIN_GLOSS = pattern(r"(?<=[ぁ-ゖァ-ヺー\u4e00-\u9fff])\s*[（(]\s*(?=[^（）()]*[À-ɏḀ-ỿ])"
                       r"[A-Za-zÀ-ɏḀ-ỿ\s'’-]{2,40}[）)]")


def without_diacritics(word: str) -> str:
    """Latin letters without their diacritics (Việt Nam → Viet Nam; đ is a letter of its
    own, not d with a mark: the callers that want d say so)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def latin_gloss_dropped(text: str) -> str:
    """`text` without the Latin-letter glosses with diacritics after a Japanese word."""
    return _LATIN_GLOSS.sub("", text)


# Brackets that add no condition: what the condition before them is said to include
# (福建省の相手(省の部局や省内の博物館を含む), 釜山の相手（市のほか大学・美術館も含めて）:
# it holds them already), or what it means restated against another (町（市や県ではなく
# 町）) or in years: said once outside.
_NO_CONDITION_IN_BRACKETS = pattern(
    r"[（(][^（）()]{1,40}?(?:も|を)?\s*(?:含む|含め|含めて|含みます|含んで|入れて)"
    r"[^（）()]{0,4}[）)]|"
    # 熊本県内（県そのものと県内の市町村の両方）: both, which it holds already
    r"[（(][^（）()]{2,40}?の\s*(?:両方|どちらも|いずれも|全部|すべて)[^（）()]{0,4}[）)]|[（(][^（）()]{1,20}(?:ではなく|じゃなく|でなく)[^（）()]{0,12}[）)]|"
    # 平成一桁（平成元年から平成九年まで）: a period's years restated
    r"(?<=[桁台代年度点])[（(][0-9一二三四五六七八九十元〇年月明治大正昭和平成令和からまで〜~\-－\s]{3,30}"
    r"[）)]|"
    # 協定（大学と自治体・教育委員会の間の交流協定）: the agreements asked, explained
    r"(?<=[定書])[（(][^（）()]{2,40}?(?:協定|もの)[）)]")
# Chinese words of a Chinese-speaking asker's Japanese (already in Japanese forms:
# japanese_forms), as Japanese says them: 签订 (簽訂) → 締結, 协议 (協議) → 協定, 城市 → 都市,
# 合作 → 協力, 中方 → 中国, 日方 → 日本側, 列出 → 一覧, and 的 before such a noun → の (not the
# 的 of Japanese's 人的交流, 経済的). A handful
# of words; no Chinese–Japanese word dictionary installs offline.
_CHINESE_AS = {"簽訂": "締結", "簽署": "締結", "協議": "協定", "城市": "都市", "合作": "協力",
               "中方": "中国", "日方": "日本側", "列出": "一覧", "的": "の"}
_CHINESE_WORDS = pattern("|".join(w + "(?!書|会)" if w == "協議" else w
                                  for w in _CHINESE_AS if w != "的")
                         + r"|(?<=[\u4e00-\u9fff])的"
                           r"(?=城市|都市|大学|協議|協定|合作|協力|企業|公司)")
# A country by the one kanji newspapers write it with (gazetteer.ONE_KANJI: 長崎×韓, 泰＆越,
# 米との), standing alone between symbols with a particle after it — 中 only after a symbol
# or at the start (not その中の, 年中), the others after の too (北九州の越との); not in a
# chain (蘭・西, 日中韓: read as chains are). Only the initials seldom a word's part alone
# (not 西, 加, 伊, 比…).
_INITIALS_ALONE = "中韓米越泰台印豪英独仏露蘭"


@functools.cache
def _country_initial() -> tuple[re.Pattern[str], dict[str, str]]:
    from .gazetteer import ONE_KANJI  # (gazetteer reads text.py)
    every = "".join(ONE_KANJI)
    after = r"(?!\s*・?\s*[" + every + r"])(?=\s*(?:との|と|の|×|&|/|、|,|\)|）|」|以外|を除|" \
        r"向け|側|[?？]|\s|$))"
    alone = "".join(k for k in _INITIALS_ALONE if k in ONE_KANJI)
    after_no = alone.replace("中", "")
    return (re.compile(r"(?:^|(?<=[×→&/、,\s(（「『~〜]))([" + alone + "])" + after +
                       r"|(?<=の)([" + after_no + r"])(?=\s*(?:との|と|以外))"), ONE_KANJI)


def country_initials(text: str) -> str:
    """Countries said by their one-kanji initial, standing alone, by their names."""
    found, names = _country_initial()
    return found.sub(lambda m: names[m.group(1) or m.group(2)], text)


# A question written in Chinese alone (no kana), in the forms japanese_forms gives: its
# question words as Japanese says them (多少个 → 何件, 哪个多 → どちらが多い, 按领域分 →
# 分野別に, 有哪些 → はどれ, 和/与/跟 → と); the names are read as any question's.
_CHINESE_ONLY = [(pattern(p), r) for p, r in (
    (r"除了\s*([^,，、。?？]{1,20}?)\s*(?:之外|以外)", r"\1以外"),  # 除了中国之外
    (r"有(?:没|沒)有|是否有?|[吗嗎呢]|除了", ""),
    # the Republic of China's years (民國103年: 2014年), as Taiwan writes them
    (r"民[国國]\s*(\d{1,3})\s*年", lambda m: f"{int(m[1]) + 1911}年"),
    (r"年\s*(?:起|以[来來]|之[后後])", "年以降"), (r"(?:一共|[总總]共|合[计計])", "全部で"),
    (r"(?:[裡里]面|之中|[当當]中)", "のうち"),
    (r"不是\s*([^\s,，、。?？的]{1,8})", r"\1以外"),  # 對象不是中國的: 中国以外の
    (r"[东東]南[亚亞亜]", "東南アジア"), (r"[东東][亚亞亜](?!洲)", "東アジア"),
    (r"[亚亞亜]洲", "アジア"), (r"[欧歐]洲", "欧州"), (r"(アジア|欧州)\s*[国國]家", r"\1の国"),
    (r"(?:按照?|依)\s*([^\s,，、。?？]{1,6}?)\s*[来來]?\s*(?:分[类類]?|[统統]计|統計|[区區]分|分[别別])",
     r"\1別に"),
    (r"(?:各有|分[别別]有)\s*(?:多少|[几幾])\s*(?:[个個件项項])?", "それぞれ何件"),
    (r"(?:有)?多少\s*[个個件项項]?|[几幾]\s*[个個件项項]", "何件"),
    (r"哪(?:一?[个個])?\s*(?:国家|國家|国|國)\s*最多", "一番多い国"),
    (r"哪(?:一?[个個])?\s*([^\s,，、。?？]{1,4}?)\s*最多", r"一番多い\1"),
    (r"哪(?:一?[个個]|[边邊])?\s*(?:比[较較])?\s*多", "どちらが多い"),
    (r"(?:有|是)?哪些", "はどれ"),
    (r"締結\s*[了过過]|[签簽籤](?:[订訂署])?\s*[了过過]?", "締結した"),
    (r"(?:[对対對]方)\s*(?:国家|國家|国|國)", "相手国"), (r"[对対對]方", "相手"),
    (r"[领領]域", "分野"), (r"以[后後]", "以降"), (r"所有", "すべての"),
    (r"地方政府", "自治体"), (r"[和与與跟]", "と"), (r"的", "の"))]
_KANA = pattern(r"[ぁ-ゖァ-ヺ]")
_FOUR_HANZI = pattern(r"[\u4e00-\u9fff]{4}")


def chinese_question(text: str) -> str:
    """`text` with a Chinese question's words as Japanese says them, when it has no kana
    (and some CJK): 长崎县和中国签订了多少个协定 → 長崎県と中国締結した何件協定."""
    if _KANA.search(text) or not _FOUR_HANZI.search(text):
        return text
    for p, r in _CHINESE_ONLY:
        text = p.sub(r, text)
    return text


# Not this but that, said casually (省庁じゃなくて都市が相手, でなくて): ではなく, as the
# conditions read it; not after a comma or a pause (環境分野、じゃなくて経済分野, 中国の…
# じゃなくて韓国: a correction).
_NOT_BUT = pattern(r"(?<=[\u3041-\u30ff\u4e00-\u9fff々])"
                   r"(?:じゃ\s*(?:なくて|なく)(?=\s*[、,]?\s*\S)|で(?:は)?なくて)")


# Values the table names once (この表で一度しか名前が出てこない自治体): those with one agreement.
_NAMED_ONCE = pattern(r"(?:(?:この|本)?\s*(?:表|リスト|一覧|データ)\s*(?:で|に|の中で)\s*)?"
                      r"(?:一度|1度|一回|1回|ひとつ|1つ)\s*(?:しか|だけ)\s*(?:名前が)?\s*"
                      r"(?:出てこない|出て来ない|登場しない|出ない|載っていない|出てくる|登場する)\s*"
                      r"(自治体|国|県|相手国)")


# An example before the kind it is one of (有田町のような「町」, 釜山みたいな都市): the kind.
_EXAMPLE_BEFORE = pattern(r"[^\s、。？?「」]{1,12}(?:のような|のように|みたいな|などの)\s*"
                          r"(?=[「『]?(?:市町村|町村|市|町|村|県|都市|大学|博物館|美術館)[」』]?)")
# An agreement given as an example of what is asked, in a clause of its own (ライデンの博物館
# との協定みたいに、長崎県が海外の博物館と結んだ協定を全部; スラバヤのごみ削減のように、
# 廃棄物処理にかかわる協定はほかに): what it is like is said after it, the example is no
# condition (Xと同じ年に, of its date, is another question).
_EXAMPLE_CLAUSE = pattern(r"(?:^|(?<=[。？?！!\n]))\s*[^、。？?！!\n]{2,40}?(?:みたいに|のように|"
                          r"と同じく|と同じように|と同様に|のごとく|みたいな|のような)\s*[、,]"
                          r"\s*(?=[^。？?！!]{8})")
# A terse grouping noun before its superlative (国 いちばん多いの どこ): the noun after it.
_TERSE_MOST = pattern(r"(?<![\u4e00-\u9fffァ-ヺー])(国|県|自治体|分野|年)\s+"
                      r"((?:いちばん|一番|最も)\s*(?:多い|少ない)(?:の)?)")
# Signed less than N years ago (締結からまだ1年経っていない): in the last N years.
_NOT_YET = pattern(r"締結(?:して|されて)?から\s*(?:まだ)?\s*(\d+)\s*年\s*(?:も)?"
                   r"(?:経って|たって|経過して)(?:い)?(?:ない|ません)")
# A sentence after the request saying what the asker plans (ツアーの行き先を考えています。):
# no condition.
_AFTERTHOUGHT = pattern(r"((?:ください|下さい|ますか|ですか|教えて|[？?])\s*[。.]?)\s*"
                        r"[^。？?]{2,40}(?:を考えています|を検討しています|の予定です|つもりです|"
                        r"の参考にしたいです|の参考にします|と思っています)[。.]?\s*$")
# The agreements of what the question before asked for (…2件以上の国は？その協定を一覧に;
# …? List those agreements.): which agreements each are — a table's picked groups cite them
# (engine), where "list" alone would have listed every agreement under the conditions.
_THOSE_LISTED = pattern(r"([？?])\s*(?:(?:その|それらの|それぞれの)\s*協定(?:を|は|も)?\s*"
                        r"(?:一覧|全部|すべて|全て|挙げ|教え|リスト)|(?:list|show|give)(?:\s+me)?\s+"
                        r"(?:those|these|them|their)(?:\s+agreements)?)[^。？?.!]*[。？?.!]?\s*$",
                        re.IGNORECASE)
# A level of local government in quotes (「市」が結んだ, 「町」が当事者): the level.
_QUOTED_LEVEL = pattern(r"[「『\"]\s*(市町村|町村|市|町|村|県)\s*[」』\"]")
# What the asker already knows or an example, said after an English question, and the
# list's date restated after "the list": no condition.
_KNOWN_AFTER = pattern(r"(?<=[?？.])\s+(?:I\s+(?:only\s+|already\s+|just\s+)?(?:know|knew|heard|"
                       r"understand|read|believe)\b|for example\b|for instance\b|e\.g\.)"
                       r"[^?？]*$|(?<=\bthe list)\s*\([^()]{3,30}\)", re.IGNORECASE)
_DECADE_BEFORE = pattern(r"\bthe\s+decade\s+(?:before|prior\s+to)\s+((?:19|20)\d0)\b",
                         re.IGNORECASE)
# A word said to be counted in before another (美術館も含めて博物館の協定): either; and
# China as against Taiwan (mainland China, 中国大陸: the list writes 中国 and 台湾 apart).
_ALSO_BEFORE = pattern(r"([\u4e00-\u9fffァ-ヺー]{2,8})(?:も|まで)\s*(?:含めて|入れて|含め)\s*[、,]?"
                       r"(?=[\u4e00-\u9fffァ-ヺー]{2,8}(?:の|と|に|が|を))")
_MAINLAND = pattern(r"\bmainland\s+china\b|\bchina\s+mainland\b|中国大陸|中国本土|大陸中国|"
                    r"中国の本土|(?<![\u4e00-\u9fff])大陸(?=の?(?:中国|との|と結))", re.IGNORECASE)


# Two periods joined by ないし (through: 昭和ないし平成一桁, 1980年代ないし1990年代) are a
# range; an era's single-digit years as one end of a range are its first or ninth year.
_PERIOD_END = r"(?:年代|年度|年|月|明治|大正|昭和|平成|令和|一桁|ひとけた)"
_THROUGH = pattern(rf"({_PERIOD_END})\s*ないし\s*(?=\d|明治|大正|昭和|平成|令和)")
_ONE_DIGIT_END = pattern(r"から\s*(明治|大正|昭和|平成|令和)\s*(?:一桁|ひとけた)(?:台|の年)?"
                         r"(?:まで)?")
_ONE_DIGIT_START = pattern(r"(明治|大正|昭和|平成|令和)\s*(?:一桁|ひとけた)(?:台|の年)?\s*(?=から)")


# The asker's own prefecture or city said as such (本県, 当県, うちの県, 我が市), named
# before it in the message (福岡県庁の者です。本県内の市が…): that place.
_OUR_OWN = pattern(r"(?:(?<![\u4e00-\u9fff々])(?:本|当)|我が|わが|うちの|ウチの)\s*"
                   r"(県|市|町)")  # (not 熊本県)
_NAMED_PLACE = pattern(r"([\u4e00-\u9fff]{1,6}(?:県|(?<!都)市|町))"
                      r"(?=庁|役所|役場|の|で|に|は|が|、|。|\s)")


# The asker said to be a body (スラバヤ市環境局です。台北市の者です。釜慶大学校の国際交流担当
# です。), then うち for it (うち以外で, うちとの間に): that body, a partner.
_WE_ARE = pattern(r"^\s*([^\s。、,.!！?？「」]{2,20}?)(?:の)?\s*(?:者|担当(?:者)?|国際交流担当|"
                  r"国際交流室|職員|スタッフ|事務局)?\s*(?:です|でございます|といいます)[。．.!！]")
_OWN_OFFICE = pattern(r"(?:県庁|市役所|町役場|村役場|庁)$")  # a Japanese party's: 本県 reads it
_BODY_NAMED = pattern(r".+?(?:市|省|州|大学校|大学|博物館|美術館|博物院)")
_WE = pattern(r"(?:うち|私ども|わたくしども|私たち|わたしたち|我々|弊館|弊学|弊市|当館|当学)"
              r"(?=\s*(?:以外|との|と(?:の)?(?:間|あいだ)|と結|とは|の(?:もの|協定)))")


def _we_named(text: str) -> str:
    """`text` with うち (私ども, 弊館 …) as the body the asker said they are in the first
    sentence, when it names one that is not a Japanese party's office (県庁, 市役所)."""
    intro = _WE_ARE.match(text)
    if intro is None or not _WE.search(text, intro.end()):
        return text
    body = intro.group(1).split("の")[0]
    if _OWN_OFFICE.search(body) or len(body) < 2:
        return text
    # the place or body the data may name, not its office (スラバヤ市環境局: スラバヤ市)
    named = _BODY_NAMED.match(body)
    body = named.group(0) if named else body
    return text[:intro.end()] + _WE.sub(body, text[intro.end():])


# Conditions numbered (①締結先が中国… ②分野に…, ⑴, ❶): their numbers are no years or counts
# (NFKC makes ③2005年 32005年); numbered lines (1. … / (1) …) likewise.
_ENUMERATOR = pattern(r"[\u2460-\u2473\u2474-\u2487\u2488-\u249b\u24f5-\u24fe\u2776-\u2793]")
_ENUMERATED = pattern(r"(?m)^\s*(?:\(\d{1,2}\)|\d{1,2}\s*[.)．、]\s|[・•●○◆■□-]\s*)")


def _our_place(text: str, m: re.Match[str]) -> str:
    """The one place of that level named before `m` in `text`, else as said."""
    named = {n.group(1) for n in _NAMED_PLACE.finditer(text[:m.start()])
             if n.group(1).endswith(m.group(1))}
    return named.pop() if len(named) == 1 else m.group(0)


def plain_question(text: str) -> str:
    """Who is asking left out (_NARRATION), and the forms a question's reader expects:
    numbers in digits (arabic_numerals), "not" uncontracted (isn't → is not), an
    era's initial as its name (H28年 → 平成28年), Latin letters without their marks
    (Kitakyūshū → Kitakyushu), Chinese characters in their Japanese forms (长崎县 → 長崎県)."""
    text = _ENUMERATED.sub("", nfkc(_ENUMERATOR.sub("、", text)))  # ①…②…, (1)…: items
    text = _KANJI_GLOSSED.sub(r"\2", _READING_GLOSSED.sub(r"\1", japanese_forms(text)))
    text = _NO_CONDITION_IN_BRACKETS.sub("", text)  # (…を含む), 町（市や県ではなく町）
    text = _HANGUL_GLOSS.sub("", text)  # ヨーロッパ（유럽）: the word said again in Korean
    text = _CHINESE_WORDS.sub(lambda m: _CHINESE_AS[m.group(0)], chinese_question(text))
    text = country_initials(text)
    text = _EXAMPLE_BEFORE.sub("", _NOT_BUT.sub("ではなく", text))  # 有田町のような「町」: 町
    text = _EXAMPLE_CLAUSE.sub("", text)  # ライデンの協定みたいに、…: an example
    text = _QUOTED_LEVEL.sub(r"\1", text)  # 「町」が結んだ: 町が結んだ
    text = _TERSE_MOST.sub(r"\2\1", text)  # 国 いちばん多いの: いちばん多い国
    text = _NOT_YET.sub(r"ここ\1年で締結された", text)  # 締結からまだ1年経っていない
    text = _AFTERTHOUGHT.sub(r"\1", text)  # …を教えてください。ツアーの行き先を考えています。
    text = _THOSE_LISTED.sub(r"\1 それぞれどの協定か", text)  # …国は？その協定を一覧に
    text = _KNOWN_AFTER.sub("", text)  # …? I only know that Kitakyushu is in …
    text = _DECADE_BEFORE.sub(lambda m: f"from {int(m.group(1)) - 10} to {int(m.group(1)) - 1}",
                              text)  # the decade before 2010: 2000 to 2009
    text = _MAINLAND.sub("中国", text)  # mainland China, 中国大陸: China (Taiwan apart)
    text = _ALSO_BEFORE.sub(r"\1や", text)  # 美術館も含めて博物館の: 美術館や博物館の
    text = _THROUGH.sub(r"\1から", text)  # 昭和ないし平成一桁: 昭和から平成一桁
    text = _ONE_DIGIT_END.sub(lambda m: f"から{m.group(1)}9年まで", text)  # …から平成9年まで
    text = _ONE_DIGIT_START.sub(lambda m: f"{m.group(1)}元年から", text)
    if _ALL_KATAKANA.fullmatch(text) and len(_KATAKANA_LETTER.findall(text)) >= 0.6 * len(
            _JAPANESE_LETTER.findall(text)):  # ナガサキケンノキョウテイハナンケン: read as kana
        # (not シンガポール と マレイシア、 やくそく が…: names in katakana, the rest hiragana)
        text = to_hiragana(text)
    elif katakana_written(text):  # 二〇〇〇年ヨリ 前ニ 結バレタ キョウテイ ハ ドレ
        text = _WORD_SPACE.sub("", _KATAKANA_RUN.sub(
            lambda m: m.group(0) if _LOANWORD_MARK.search(m.group(0))
            else to_hiragana(m.group(0)), text))  # (より 前に: より前に, 平成 十五ねん)
    if KANA_KANJI.search(text):  # 2014は何件 (English years keep their own grammar)
        text = _BARE_ERA.sub(lambda m: f"{m.group(1)}{m.group(2)}年", _BARE_YEAR.sub(r"\1年", text))
    text = _ERA_INITIAL.sub(lambda m: ERA_INITIALS[m.group(1).lower()] + m.group(2),
                            arabic_numerals(_NARRATION.sub("", text)))
    while (carried := _ERA_CARRIED.sub(lambda m: m.group(0) + m.group(1), text)) != text:
        text = carried  # 平成22年、23年、24年: each year after the first
    text = _NOT.sub(lambda m: _NOT_OF.get(m.group(1).lower(), m.group(1)) + " not", text)
    text = _WITHOUT_OMISSION.sub("すべて ", text)  # 漏れなく: all of them
    text = _SHORT_YEAR.sub(lambda m: f"{19 if m.group(1) >= '50' else 20}{m.group(1)}", text)
    text = _SHORT_DECADE.sub(lambda m: f"{19 if m.group(1) >= '5' else 20}{m.group(1)}0s", text)
    text = _DECADE_WORD.sub(lambda m: f"the {_DECADE_WORDS[m.group(1).lower()]}s", text)
    text = _DECADE_BOUND.sub(_decade_bound, text)
    text = _NON_NAME.sub("other than ", text)  # non-Chinese, non-Asian: a name left out
    text = _PRE_POST.sub(lambda m: ("before " if m.group(1).lower() == "pre" else "after ")
                         + m.group(2), text)
    text = _ERA_CODE.sub(lambda m: ERA_INITIALS[m.group(1).lower()] + m.group(2), text)  # in H26
    if (pre := _PREAMBLE.match(text)) and not _PLACE_OR_YEAR.search(
            pre.group(1).replace("国際", "")) and not _SUBJECT_SAID.search(pre.group(1)):
        text = text[pre.end():]  # メモを作成しております。: who is asking, no condition
    text = _OUR_OWN.sub(lambda m: _our_place(text, m), text)  # 福岡県庁の者です。本県の…
    text = _we_named(text)  # 台北市の者です。熊本市とうちとの間に…: 台北市
    text = without_background(asked_part(_NAMED_ONCE.sub(r"協定が1件だけの\1", text)))
    text = _LATIN_MARKED.sub(lambda m: _UNMARKED.get(m.group(0))
                             or without_diacritics(m.group(0)), text)
    return _PLACE_WORD.sub("", text)  # Thanh pho Ho Chi Minh: Ho Chi Minh


# What the asker is or does, said before the question in a clause of its own (大学のレポート
# に使いたいのですが、…; 孫がアメリカの大学に行くことになりまして…; I coordinate exchanges at
# a university in Korea. …; As a volunteer for an environmental NGO I'm curious: …): its
# words are no condition (大学, NGO) when it names no agreement, no subject (について,
# about), no number and no name the question after it does not name again.
_BACKGROUND_JA = pattern(r"^\s*([^。？?！!]{4,60}?(?:のですが|んですが|ですが|ますが|まして|"
                         r"ので|けれども|けれど|けど|"
                         # what the answer is for: 議会答弁の資料として、 授業の参考に、
                         # (not 韓国は別として: a value set apart)
                         r"の?(?:資料|材料|参考|準備)(?:として|に|のため(?:に)?)|(?<!別)として)"
                         r"[、,…．.\s]+)(?=\S)")
_BACKGROUND_EN = pattern(r"^\s*((?:i|i'm|my|we|as an?|for my|for an?)\b[^.?!:;]{3,120}?"
                         r"[.:;!]\s+|"
                         # As a student in Seoul, …: a clause of who is asking, to a comma
                         r"(?:speaking\s+)?as\s+(?:an?|someone|somebody|one)\b"
                         r"[^.?!:;,]{3,80}?,\s+)(?=\S)", re.IGNORECASE)
_AGREEMENT_WORD = pattern(r"協定|提携|覚書|合意|協議書|agreement|memorand|\bmou|\d|tie-?ups?\b|"
                          r"partnerships?\b|\bdeals?\b|\barrangements?\b|相手|のもので|"
                          # 環境について知りたいのですが: the subject, said first
                          r"について|に関し|に関する|関連|興味|関心|\babout\b|\bregarding\b|"
                          r"\bconcerning\b|\binterested in\b", re.IGNORECASE)
# An English question pointing back at a place said before it (the prefecture's, this city).
_POINTS_BACK_EN = pattern(r"\b(?:the|that|this|my|our)\s+(?:prefecture|city|town|municipality)"
                          r"(?:'s|’s)?\b", re.IGNORECASE)
_NAMES_SAID = pattern(r"[\u4e00-\u9fff]{1,6}[都道府県市町村区国州省]|(?<!^)\b[A-Z][a-z]{3,}")


# A sentence of its own that says who is asking (…の資料を作っている者です。 県の職員です。
# 国際交流を担当しています。): its words describe the asker, even a subject (文化交流に
# ついて資料を作っている者です), not the agreements asked for. Dropped when the question
# names a party of its own, or the sentence names none the question does not repeat.
_INTRO_JA = pattern(r"^\s*([^。？?！!]{2,80}?(?:者|職員|担当者?|学生|記者|研究者|教員|議員|"
                    r"市民|県民|住民|ボランティア|スタッフ|会社|企業|お店|店|工房|窯元|組合|"
                    r"事業者|経営者|オーナー|"
                    # a person by what ends the word: 高校生, 会社員, 教師, 写真家, 係長
                    r"[\u4e00-\u9fff](?:生|員|師|家|長|人))"
                    r"\s*(?:です|でございます|を?して(?:います|おります))"
                    r"[。．.！!]\s*)(?=\S)")
# A sentence that states something before the question (…留学生です。 2014年に長崎に
# 引っ越してきました。 …を考えている会社です。): about the asker when the question after
# it names a party of its own.
_STATEMENT = pattern(r"^\s*([^。？?！!]{2,80}?(?:です|ます|ました|でした|ございます|おります)"
                     r"[。．.！!])\s*(?=\S)")
# Where the asker comes from, said first (私 Phnom Penh から 来た。, 台北出身です。).
_ORIGIN = pattern(r"^\s*(?:私|わたし|僕|ぼく|俺|おれ)?\s*(?:は)?\s*[^。？?！!]{1,40}?"
                  r"(?:から\s*(?:来|き)(?:た|ました|ています|てます|てる)|出身(?:です|だ|の者です)?)"
                  r"\s*[。．.！!]\s*(?=\S)")
# …unless the question refers back to the asker (私の町, うちの国, my city).
_ASKER_SAID = pattern(r"私の|わたしの|僕の|ぼくの|うちの|自分の|我が|地元の|\b(?:my|our)\b",
                      re.IGNORECASE)


def without_background(text: str) -> str:
    """`text` without a clause before the question that says who is asking or why (the
    patterns above)."""
    origin = _ORIGIN.match(text)
    if origin is not None and not _ASKER_SAID.search(text[origin.end():]):
        # 私 Phnom Penh から 来た。カンボジアの…: where the asker comes from, no condition
        return without_background(text[origin.end():])
    said = _STATEMENT.match(text)
    if said is not None and not _SUBJECT_SAID.search(said.group(1)) and \
            PARTY_SAID.search(text[said.end():]) and not _ASKER_SAID.search(text[said.end():]):
        # 韓国から来た留学生です。福岡市の協定は…: the question names its own party
        return without_background(text[said.end():])
    m = _INTRO_JA.match(text)
    if m is not None:
        rest = text[m.end():]
        unsaid = [n.group(0) for n in PLACE_SAID.finditer(m.group(1))
                  if n.group(0) not in rest]
        if not unsaid or all(PARTY_SAID.fullmatch(n) for n in unsaid):
            # its parties kept when the question names none (長崎県の職員です。中国との…)
            kept = "" if PARTY_SAID.search(rest) else _names_kept(m.group(1))
            return kept + without_background(rest)
        return text  # ベトナムのハイフォン出身です。…私の町: a partner the question means
    ja = _BACKGROUND_JA.match(text)
    m = ja or _BACKGROUND_EN.match(text)
    if m is None or _AGREEMENT_WORD.search(m.group(1)):
        return text
    rest = text[m.end():].casefold()
    unsaid = [n.group(0) for n in _NAMES_SAID.finditer(m.group(1))
              if n.group(0)[:4].casefold() not in rest]
    after = text[m.end():]
    if unsaid and ja is not None and all(PARTY_SAID.fullmatch(n) for n in unsaid):
        # 長崎県の職員ですが、中国との…: the asker's party; not when the question names its
        # own (北九州市に住む友人から聞いたのですが、福岡市の…)
        return ("" if PARTY_SAID.search(after) else _names_kept(m.group(1))) + after
    if unsaid and ja is None and _POINTS_BACK_EN.search(after):
        # I teach at a high school in Nagasaki. Which of the prefecture's …: the place the
        # question points back at, kept; the rest of the clause is no condition
        return ": ".join((" ".join(dict.fromkeys(unsaid)), after))
    if unsaid and (_NAMES_SAID if ja is None else PLACE_SAID).search(after):
        # I'm a journalist based in Beijing. … with China?; 韓国旅行の前に知りたいのですが、
        # 中国との…: the question's place is its own
        return after
    return text if unsaid else text[m.end():]  # a place the question may mean


def _names_kept(clause: str) -> str:
    """Of a clause that says who is asking, the Japanese parties it names, as the
    question's own (長崎県の職員です。 → 長崎県の): the asker's place is likely the one
    meant; the rest of it (職員) is no condition."""
    names = [n.group(0) for n in PARTY_SAID.finditer(clause)]
    return "と".join(dict.fromkeys(names)) + "の" if names else ""


def arabic_numerals(text: str) -> str:
    """`text` with the numbers of dates, counts and limits in Arabic digits (kanjize
    reads the kanji: 二十六 → 26, 二〇一四 → 2014)."""
    from kanjize import kanji2number

    def number(m: re.Match[str]) -> str:
        try:
            return m.group(1) + str(kanji2number(m.group(2)))
        except (ValueError, KeyError, IndexError):
            return m.group(0)

    text = _KANJI_NUMBER.sub(number, text)
    return _KANA_UNITS.sub(lambda m: m.group(1) + {
        "ねんだい": "年代", "ねんど": "年度", "ねん": "年", "がつ": "月", "にち": "日"}[m.group(2)],
        text)


_FOLD = str.maketrans("bdgzvlcqx", "ptkspskkk")


def skeleton(latin: str) -> str:
    """The consonants of a Latin spelling, voicing and l/r folded, vowels and doubled
    letters dropped: what a katakana spelling and an English one of a name share
    (burado, Prado → prt; isukandaru, Iskandar → skntr; raiden, Leiden → rtn)."""
    s = latin.casefold().replace("ph", "f").replace("ck", "k").replace("l", "r")
    s = re.sub(r"(?<=.)h|[aeiouyw'\-\s]", "", s).translate(_FOLD)
    return re.sub(r"(.)\1+", r"\1", s)
