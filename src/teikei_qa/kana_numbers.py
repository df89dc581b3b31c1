"""Numbers written in hiragana before a counter (にせんじゅうよねん, へいせい にじゅうさんねん,
さんけん, しがつ) → digits with the counter's kanji (2014年, へいせい 23年, 3件, 4月), so a
question typed without converting to kanji reads its years, months and counts as the
same question in kanji does (kana_words.py reads the rest: へいせい → 平成). Years said
in English words, as speech-to-text writes them (twenty ten, nineteen ninety-three, two
thousand and five, twenty oh three), are written in digits too (english_years).

The readings are the standard ones of Japanese numerals, with the sound changes a counter
or a unit brings (いっ, ろっぴゃく, はっせん, さんびゃく, さんぜん, じゅっ). A number
stands alone: at the start, after a space or other script, after a particle, or after an
era's reading (へいせい, しょうわ …); never inside a word (あいちけん is 愛知県, not あ + 1件),
and a unit alone (ぜんけん: 全件) is no number. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lazy_re import pattern

_DIGITS = {"いち": 1, "いっ": 1, "に": 2, "さん": 3, "よん": 4, "よ": 4, "し": 4, "ご": 5,
           "ろく": 6, "ろっ": 6, "なな": 7, "しち": 7, "はち": 8, "はっ": 8, "きゅう": 9, "く": 9,
           "ぜろ": 0, "れい": 0}
_UNITS = {"じゅう": 10, "じゅっ": 10, "じっ": 10, "ひゃく": 100, "びゃく": 100, "ぴゃく": 100,
          "せん": 1000, "ぜん": 1000, "まん": 10000}
_COUNTERS = {"ねん": "年", "がつ": "月", "にち": "日", "けん": "件", "かげつ": "か月",
             "ばんめ": "番目"}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_TOKEN = rf"(?:{_alternation(_DIGITS)}|{_alternation(_UNITS)})"
# Where a number may begin: not after a letter of a word written in hiragana, but after
# a particle or an era's reading.
_ERAS = ("へいせい", "しょうわ", "れいわ", "たいしょう", "めいじ")
_BEFORE = "(?:^|(?<=[^ぁ-ゖ])|(?<=[のはにでがをとも])|" + \
    "|".join(f"(?<={e})" for e in _ERAS) + ")"
_ERA_KANJI = dict(zip(_ERAS, ("平成", "昭和", "令和", "大正", "明治"), strict=True))
_ERA_BEFORE_NUMBER = pattern(rf"({'|'.join(_ERAS)})\s?(?=\d|元年|がんねん)")
_NUMBER = pattern(rf"{_BEFORE}((?:{_TOKEN}\s?)+?)({_alternation(_COUNTERS)})")
_TOKENS = pattern(_TOKEN)


def _value(run: str) -> int | None:
    """The value of a run of numeral readings (にせんじゅうよ → 2014), None when it is
    no well-formed number (a unit alone other than じゅう, two digits in a row)."""
    tokens = _TOKENS.findall(run.replace(" ", ""))
    if "".join(tokens) != run.replace(" ", ""):
        return None
    if len(tokens) == 1 and tokens[0] in _UNITS and _UNITS[tokens[0]] != 10:
        return None  # ぜんけん: 全件
    total = section = 0
    digit: int | None = None
    last_unit = 10 ** 9
    for tok in tokens:
        if tok in _DIGITS:
            if digit is not None:
                return None  # いちに: two digits
            digit = _DIGITS[tok]
        else:
            unit = _UNITS[tok]
            if unit == 10000:
                total += (section + (digit or 0) or 1) * unit
                section, digit, last_unit = 0, None, 10 ** 9
                continue
            if unit >= last_unit:
                return None  # じゅうせん: units out of order
            section += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
    return total + section + (digit or 0)


def kana_numbers(text: str) -> str:
    """`text` with each hiragana number before a counter written in digits, and an era
    said in hiragana before a number in kanji (へいせいにじゅうごねん → 平成25年: a year
    of two digits with no era would be read as 1925 by the question's reader)."""
    def put(m: re.Match[str]) -> str:
        value = _value(m.group(1))
        return m.group(0) if value is None else f"{value}{_COUNTERS[m.group(2)]}"
    return _ERA_BEFORE_NUMBER.sub(lambda m: _ERA_KANJI[m.group(1)], _NUMBER.sub(put, text))


# English number words, one to ninety (restate.py's counts are made of them too).
EN_UNITS = ("one two three four five six seven eight nine").split()
EN_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
            "nineteen").split()
EN_TENS = ("twenty thirty forty fifty sixty seventy eighty ninety").split()
_UNIT = "|".join(EN_UNITS)
_TWO_DIGITS = (rf"({'|'.join(EN_TEENS)})|({'|'.join(EN_TENS)})(?:[\s-]+({_UNIT}))?")
# The last two digits of a year said in words: 10–99 (a bare unit would be a count:
# twenty three agreements), oh + a unit (twenty oh three), hundred (nineteen hundred); and
# two thousand with anything up to ninety-nine after it (two thousand and twenty-one).
_EN_YEAR = pattern(rf"(?i:\b(nineteen|twenty)[\s-]+(?:{_TWO_DIGITS}|o(?:h|u)?[\s-]+({_UNIT})|"
                   rf"(hundred))\b|"
                   rf"\btwo[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?(?:{_TWO_DIGITS}|({_UNIT})))?\b)")


def english_years(text: str) -> str:
    """`text` with each year said in English words written in digits (twenty ten → 2010,
    nineteen ninety-three → 1993, two thousand and twenty-one → 2021)."""
    def value(word: str | None, words: list[str], first: int) -> int:
        return 0 if word is None else first + words.index(word.lower())

    def two_digits(teen: str | None, tens: str | None, unit: str | None) -> int:
        return value(teen, EN_TEENS, 10) + value(tens, EN_TENS, 2) * 10 + value(unit, EN_UNITS, 1)

    def put(m: re.Match[str]) -> str:
        if m.group(1) is None:  # two thousand (and) twenty-one, two thousand five
            return str(2000 + two_digits(*m.group(7, 8, 9)) + value(m.group(10), EN_UNITS, 1))
        century = 1900 if m.group(1).lower() == "nineteen" else 2000
        return str(century + two_digits(*m.group(2, 3, 4)) + value(m.group(5), EN_UNITS, 1))
    return _EN_YEAR.sub(put, text)
