"""Dates a question says in words, not as a year: counted back from the list's own date
(5年以内, ここ10年, 10年以上前, 5年前, 去年), centuries (20世紀, the 21st century), and the
moment it asks about (平成28年9月現在, as of 2010) — each as a `DateRange` with its label
and the span of the question it came from (asked_dates.py: years, eras and ranges)."""

from __future__ import annotations

import re

from .dates import DateRange, find_dates
from .grammar import ALTERNATIVES
from .lazy_re import pattern
from .rewrite import Rewrite, with_found

# Dates counted back from the list's own date (平成28年9月現在): 5年以内, ここ10年,
# 10年以上前, 10年以上たっている, このリストがまとめられた年.
_R_WITHIN = pattern(r"(?:(?:ここ|過去|最近|直近)\s*(\d{1,2})\s*年(?:間)?"
                    r"(?:以内|のうち|の間|で|に)?|"
                    r"(?:から|より)\s*(?:数えて)?\s*(\d{1,2})\s*年(?:間)?以内|"
                    r"(\d{1,2})\s*年(?:間)?以内に(?=締結|結|調印|交わ)|"
                    r"(?:in|within|from|over|during)\s+(?:the\s+)?(?:last|past)\s+(\d{1,2})\s+"
                    r"years?)", re.IGNORECASE)
# …in months: ここ半年, 過去3か月, 6ヶ月以内, in the last six months.
_R_MONTHS = pattern(r"(?:(?:ここ|過去|最近|直近)\s*(?:(半年)|(\d{1,2})\s*(?:か|ヶ|ケ|カ|箇|ヵ)月)"
                    r"(?:間)?(?:以内|のうち|の間|で|に)?|"
                    r"(\d{1,2})\s*(?:か|ヶ|ケ|カ|箇|ヵ)月(?:間)?以内|"
                    r"(半年)(?:間)?以内|"
                    r"(?:in|within|over|during)\s+(?:the\s+)?(?:last|past)\s+(\d{1,2}|six)\s+"
                    r"months?)", re.IGNORECASE)
_R_AGO = pattern(r"(?:(\d{1,2})\s*年以上(?:前|も前|昔|た[つっ]|経[つっ]|経過|続)|"
                 r"(?:more than|over|older than)\s+(\d{1,2})\s+years?\s*"
                 r"(?:ago|old|before (?:the )?list(?:'s)?(?: date)?|(?=\s*[?.!(（]|$)))",
                 re.IGNORECASE)
_R_SAME_YEAR = pattern(r"(?:この|その)?(?:リスト|一覧|表|データ)(?:が|の)?"
                       r"(?:まとめられた|作られた|作成された|発表された|公表された|時点の|現在の)年")
# 去年, 昨年, 一昨年, 今年 — counted from the list's year (the list is the question's now).
_R_NAMED_YEAR = pattern(r"(一昨年|おととし|去年|昨年|前の年|前年|今年|本年|last year|this year|"
                        r"the previous year|the year before last|the year before)", re.IGNORECASE)
# その前の年: the second of two years joined, said of the first.
_THAT = pattern(r"[、,]?\s*(?:その|この)")
_YEARS_BACK = {"一昨年": 2, "おととし": 2, "去年": 1, "昨年": 1, "前の年": 1, "前年": 1,
               "last year": 1, "the previous year": 1, "the year before": 1,
               "the year before last": 2, "今年": 0, "本年": 0, "this year": 0}
_SAID_JA = {"last year": "去年", "the previous year": "前年", "the year before": "前年",
            "the year before last": "一昨年", "this year": "今年"}  # as the answer says them


# 5年前, 3年前に, 5年前から, 10 years ago: the year that many years before the list's.
_R_YEARS_AGO = pattern(r"(?:(?<![\d.])(\d{1,2})\s*年前\s*(から|以降|以後|まで|以前|より前)?|"
                       r"\b(\d{1,2})\s+years?\s+ago\b)", re.IGNORECASE)
# 20世紀, 21世紀に入ってから, the 20th century: years 1901–2000, 2001–2100.
_CENTURY = pattern(r"(?:(\d{2})\s*世紀\s*(?:に入って)?\s*(から|以降|以後|まで|以前|より前)?|"
                   r"\b(?:the\s+)?(\d{2})(?:st|nd|rd|th)\s+century\b)", re.IGNORECASE)


# 前年から (作成時点まで, 現在まで), 去年以降, since last year: from that year on.
_SINCE = pattern(r"\s*(?:の\s*(?:初め|はじめ|頭))?\s*(?:から|以降|以後)(?:[^。？?]{0,12}?"
                 r"(?:まで|現在|時点|今))?|\s*(?:on(?:wards?)?|and later)\b", re.IGNORECASE)


def _bounded(lo: int, hi: int, rel: str | None, name: str) -> DateRange:
    """The years lo–hi as `name`, or from lo on (から, 以降), up to hi (まで, 以前), or
    before lo (より前)."""
    if rel in ("から", "以降", "以後"):
        return DateRange((lo, 1), None, f"{name}以降（{lo}年〜）")
    if rel in ("まで", "以前"):
        return DateRange(None, (hi, 12), f"{name}まで（{hi}年以前）")
    if rel == "より前":
        return DateRange(None, (lo - 1, 12), f"{name}より前（{lo - 1}年以前）")
    span = f"{lo}年" if lo == hi else f"{lo}〜{hi}年"
    return DateRange((lo, 1), (hi, 12), f"{name}（{span}）")


def spoken_dates(text: str, as_of: tuple[int, int] | None
                 ) -> tuple[DateRange | None, list[tuple[int, int]]]:
    """A signing-date condition said in words: a century, or counted back from `as_of`,
    the list's (year, month)."""
    m = _CENTURY.search(text)
    if m:
        c = int(m.group(1) or m.group(3))
        return _bounded((c - 1) * 100 + 1, c * 100, m.group(2), f"{c}世紀"), [m.span()]
    if as_of is None:
        return None, []
    y, mo = as_of
    at = f"リストの時点（{y}年{mo}月）"
    m = _R_WITHIN.search(text)
    if m:
        n = int(next(g for g in m.groups() if g))
        return DateRange((y - n, mo), (y, mo), f"{at}から{n}年以内（{y - n}年{mo}月以降）"), \
            [m.span()]
    m = _R_MONTHS.search(text)
    if m:  # ここ半年: six months back from the list's month
        said = next(g for g in m.groups() if g)
        n = 6 if said in ("半年", "six") else int(said)
        back = (y * 12 + mo - 1 - n) // 12, (y * 12 + mo - 1 - n) % 12 + 1
        return DateRange(back, (y, mo), f"{at}から{n}か月以内（{back[0]}年{back[1]}月以降）"), \
            [m.span()]
    m = _R_AGO.search(text)
    if m:
        n = int(next(g for g in m.groups() if g))
        return DateRange(None, (y - n, mo), f"{at}より{n}年以上前（{y - n}年{mo}月以前）"), \
            [m.span()]
    m = _R_YEARS_AGO.search(text)
    if m:
        n = int(m.group(1) or m.group(3))
        return _bounded(y - n, y - n, m.group(2), f"{at}から{n}年前"), [m.span()]
    # 去年と今年, 一昨年か去年, このリストがまとめられた年とその前の年: each year joined
    said = sorted([*((m, 0, "リストの時点の年") for m in _R_SAME_YEAR.finditer(text)),
                   *((m, _YEARS_BACK[m.group(1).casefold()],
                      _SAID_JA.get(m.group(1).casefold(), m.group(1)))
                     for m in _R_NAMED_YEAR.finditer(text))], key=lambda mb: mb[0].start())
    said = said[:1] + [b for a, b in zip(said, said[1:], strict=False)
                       if ALTERNATIVES.match(_THAT.sub("", text[a[0].end():b[0].start()]))]
    if len(said) == 1 and (since := _SINCE.match(text, said[0][0].end())):  # 前年から今まで
        lo = y - said[0][1]
        return DateRange((lo, 1), None, f"{said[0][2]}以降（{lo}年〜）"), \
            [(said[0][0].start(), since.end())]
    if len(said) == 1 and said[0][2] == "リストの時点の年":
        return DateRange((y, 1), (y, 12), f"リストの時点の年（{y}年）"), [said[0][0].span()]
    if said:
        years = sorted({y - back for _, back, _ in said})
        words = "・".join(word for _, _, word in said)
        shown = "・".join(f"{n}年" for n in years)
        return DateRange((years[0], 1), (years[-1], 12),
                         f"{words}（リストの時点から数えて{shown}）", only_years=tuple(years)), \
            [m.span() for m, _, _ in said]
    return None, []


# A date the question gives as the moment it asks about (平成28年9月現在, 2010年時点で,
# as of 2016): not a signing date. At or after the list's own date it says nothing (the
# list is as of then); before it, the agreements signed by then.
_AS_OF_AFTER = pattern(r"\s*(?:現在|時点|の時点|段階)(?:で|では|の|において)?")
_AS_OF_BEFORE = pattern(r"\bas (?:of|at)\s+(?:\w+\s+)?$", re.IGNORECASE)
_AS_OF_EN = pattern(r"\bas (?:of|at)\s+(?:(?:the )?end of\s+)?(?:([a-z]+)\.?\s+)?(\d{4})\b",
                    re.IGNORECASE)  # as of 2016, as of September 2016
_MONTH_EN = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul",
                                          "aug", "sep", "oct", "nov", "dec"), start=1)}


def as_of_dates(text: str, as_of: tuple[int, int] | None
                ) -> tuple[DateRange | None, list[tuple[int, int]]]:
    """The date `text` asks 'as of', as a condition (None when it is the list's own date
    or later), and the span it takes."""
    for d in find_dates(text):
        after = _AS_OF_AFTER.match(text, d.end)
        if after is None and not _AS_OF_BEFORE.search(text[:d.start]):
            continue
        span = (d.start, after.end() if after else d.end)
        y, mo = d.date.year, d.date.month or 12
        if as_of is None or (y, mo) >= as_of:
            return None, [span]
        label = f"{y}年{mo}月時点まで" if d.date.month else f"{y}年時点まで"
        return DateRange(None, (y, mo), label), [span]
    m = _AS_OF_EN.search(text)
    if m:
        y, month = int(m.group(2)), _MONTH_EN.get((m.group(1) or "")[:3].lower())
        if as_of is None or (y, month or 12) >= as_of:
            return None, [m.span()]
        return DateRange(None, (y, month or 12), f"{y}年{month}月時点まで" if month else
                         f"{y}年時点まで"), [m.span()]
    return None, []


# A year in two digits (14年, 03年の協定, 05年から08年): not after an era (平成14年) or
# a number, nor a span of years (ここ10年, 10年間, 10年前, 10年以上, 10年代, 10年目).
_TWO_DIGITS = pattern(r"(?<![0-9.])(?<!平成|昭和|令和|大正|明治|ここ|この|過去|最近|直近)(?<!約)"
                      r"(?<![HhSsRrTtMm第満])([0-9]{2})\s*年(?!\s*(?:間|前|以上|以内|未満|代|目|"
                      r"ぶり|ほど|くらい|ぐらい|半|も|近く|経|た[つっ]|続|来|にわた|に渡|ごと|毎|おき|単位|刻み|区切))")


_ERA_SAID = pattern(r"平成|昭和|令和|大正|明治|(?<![A-Za-z])[HSR]\s*[0-9]", re.IGNORECASE)


def two_digit_years(rw: Rewrite, as_of: tuple[int, int] | None) -> Rewrite:
    """Years said in two digits → in four, the correction shown: 20xx up to the list's
    own year (14年 → 2014年 in a list of 2016), a Heisei year above that up to the list's
    Heisei year (26年 → 2014年 in a list of 平成28年), 19xx above it (88年 → 1988年); none
    where the question names an era (平成21〜22年)."""
    if _ERA_SAID.search(rw.text):  # 平成21〜22年, 平成20年から22年まで: the era's years
        return rw
    now = as_of[0] % 100 if as_of else 30
    # above that but within the list's Heisei years (26年 in a list of 平成28年): 平成26年,
    # as a list dated in Heisei is spoken of (1926 would be no year of it)
    heisei = as_of[0] - 1988 if as_of and 1989 <= as_of[0] <= 2019 else 0

    def year(n: int) -> int:
        return 2000 + n if n <= now else 1988 + n if n <= heisei else 1900 + n

    found = [(*m.span(), f"{year(int(m.group(1)))}年", "near")
             for m in _TWO_DIGITS.finditer(rw.text)]
    return with_found(rw, found)


# A year said of the year the last question asked (2013年の協定 → その前の年は？ 翌年は？
# and the year after?): that year's neighbour, not the list's.
_NEXT_TO = pattern(r"(?:その|この)?\s*(前の年|前年|翌年|次の年|あくる年|後の年)(?:度)?|"
                   r"\bthe (year before|previous year|next year|following year|year after)\b|"
                   # その年に他に, 同じ年の協定, that year: the year itself
                   r"(?:その|同じ|この)(年)(?![度代間])|\b(?:that|the same) (year)\b",
                   re.IGNORECASE)
_BEFORE_WORDS = ("前の年", "前年", "year before", "previous year")


def says_a_year_of(question: str) -> bool:
    """Whether `question` says a year by the last one's (その前の年, 翌年, その年)."""
    return _NEXT_TO.search(question) is not None


def year_next_to(question: str, last: int | None) -> str:
    """`question` with a year said of the last question's year (`last`) put as the
    year itself: その前の年は？ after 2013年の協定 → 2012年は？ Unchanged without `last`."""
    if last is None:
        return question

    def year(m: re.Match[str]) -> str:
        said = (m.group(1) or m.group(2) or "").lower()
        if not said:
            return f"{last}年"
        return f"{last - 1 if said in _BEFORE_WORDS else last + 1}年"

    return _NEXT_TO.sub(year, question)
