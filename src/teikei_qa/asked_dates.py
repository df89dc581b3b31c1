"""The dates a question asks about: years, eras, ranges, months, decades, fiscal years,
and dates counted back from the list's own date — each as a `DateRange` with its label
and the span of the question it came from (dates.py: the dates of the data itself)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from .dates import ERA_PATTERN, ERA_SPANS, DateRange, era_year
from .lazy_re import pattern
from .text import blanked

# A year: 2014年, 平成26年, 平成26 (an era's year needs no 年: Heisei 26 reads 平成 26).
YEAR_SAID = (rf"(?:(?<!\d)(\d{{4}})\s*年(?:度)?|"
           rf"({ERA_PATTERN})\s*(元|\d{{1,2}})(?!\d)(?:\s*年(?:度)?)?)")
_Q_SEP = r"\s*(?:から|〜|~|～|－|-|ー|–|—)\s*"
_Q_RANGE = pattern(YEAR_SAID + _Q_SEP + YEAR_SAID + r"(?:\s*まで(?:に|の)?)?")
# A month (and day) after a year, at either end of a range: 2011年8月, 平成26年3月31日.
_MONTH_DAY = r"(?:\s*の?\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?"
_Q_AFTER_BEFORE = pattern(YEAR_SAID + _MONTH_DAY +
                          r"\s*(以降|以後|から|より後|よりあと|を?超え(?:て|た|る)?)"
                          r"[、,\s]*(?:で|かつ)?\s*" + YEAR_SAID + _MONTH_DAY +
                          r"\s*(以前|まで|より前|未満)")
_Q_ERA_RANGE = pattern(rf"({ERA_PATTERN})\s*(元|\d{{1,2}})\s*(?:年)?{_Q_SEP}(\d{{1,2}})\s*年")
_Q_MONTHS = pattern(YEAR_SAID + r"\s*の?\s*(\d{1,2})\s*(?:月)?(?:\s*(\d{1,2})\s*日)?" + _Q_SEP +
                    r"(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
# 2014年4月から2015年3月まで, 2011年8月から2012年まで, 平成25年から平成26年3月まで: a
# range with a month at one end or both (a year alone is all of it).
_Q_MONTH_RANGE = pattern(YEAR_SAID + _MONTH_DAY + _Q_SEP + YEAR_SAID + _MONTH_DAY)
_Q_DECADE = pattern(r"(?:(\d{3})0\s*年代|(?<![\d成和正治])(\d)0\s*年代|"
                    r"\bthe\s+(\d{3})0s\b|\b(\d{3})0s\b)"
                    r"\s*(より前|以前|まで|より後|以降|以後|から)?", re.IGNORECASE)
# Two decades as the ends of one span (1990年代から2000年代にかけて, 1990年代〜2000年代).
_DECADE_TO = pattern(r"^\s*(?:〜|～|~|-|－|ー|–|—)?\s*$")
_DECADE_UNTIL = pattern(r"\s*(?:にかけて|までの間|の間)")
_Q_ERA_ALONE = pattern(rf"({ERA_PATTERN})(?!\s*(?:元|\d|一桁|ひとけた))"
                       r"(?:\s*(以前|より前|までに|まで|より後|よりあと|以降|以後|から)|"
                       # 平成になる前, 平成に入る前, 平成になってから: its start
                       r"\s*(?:に|が)\s*(?:なる|入る|始まる)(より前|前)|"
                       r"\s*(?:に|が)\s*(?:なって|入って|始まって)(から|以降))?")
_Q_ERA_ONE_DIGIT = pattern(rf"({ERA_PATTERN})\s*(?:一桁|ひとけた)(?:台|の年)?")
_HALF = pattern(r"\s*の?\s*(前半|上半期|後半|下半期)")
# the early 2000s, in the late 1990s, the first half of the 2010s: a decade's half.
_EN_HALF = pattern(r"\b(early|late|(?:the\s+)?first half of|(?:the\s+)?second half of)"
                   r"\s+(?:the\s+)?$", re.IGNORECASE)
_Q_ERA_DECADE = pattern(rf"({ERA_PATTERN})\s*(\d)0\s*年代")
_Q_ONE = pattern(YEAR_SAID + r"(?:\s*の?\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?"
                 r"\s*(より前|未満|以前|までに|まで|より後|よりあと|以降|以後|以来|から|より)?")
# An open range written with a wave dash: 2010年〜, 2014〜 (from then on), 〜2005年 (up to).
_Q_TILDE_FROM = pattern(rf"(?:{YEAR_SAID}|(?<![\d.])(\d{{4}}))\s*[〜~～]"
                        r"(?!\s*(?:\d|明治|大正|昭和|平成|令和))")
_Q_TILDE_UPTO = pattern(rf"(?<![\d年度月日])[〜~～]\s*{YEAR_SAID}")
# between 2001 and 2004, from 2010 to 2013, for 2010 through 2013 (not in 2010 and 2013:
# two years)
_Q_EN_RANGE = pattern(r"(?:\bbetween\s+(?=\d{4}\s+and\b)|\b(?:from|for|in|during)\s+)?"
                      r"(?<!\d)(\d{4})\s+(?:(?<=between \d{4} )and|to|-|through|thru|till|until)"
                      r"\s+(\d{4})\b",
                      re.IGNORECASE)
# 2000〜2005年, 2011-2013: the first year without 年 (or neither), a plausible order.
_Q_BARE_RANGE = pattern(r"(?<![\d.])(\d{4})\s*(?:から|〜|~|～|－|-|–|—)\s*(\d{4})"
                        r"(?:\s*年(?:度)?)?(?:\s*まで(?:に|の)?)?(?![\d.])")
# after 2010 and before 2014, since 2005 until 2010: two bounds, the first kept as said.
_Q_EN_BOUNDS = pattern(r"\b(after|since|from)\s+(\d{4}),?\s+(?:and\s+|but\s+)?"
                       r"(before|until|up to|through)\s+(\d{4})\b", re.IGNORECASE)
# The relation said after the year: 2011 or later, 2010 onwards, 2005 and earlier (not
# 2010 and before 2014: a second bound, above).
_POST = r"\s+(?:(?:or|and)\s+(later|after|beyond|earlier|before)\b(?!\s+\d)|(onwards?)\b)"
_Q_EN = pattern(r"\b(before|after|since|until|till|by|in|during|from|no later than|not after|"
                r"at least|at the earliest|at the latest|"
                r"no earlier than|not before|in or after|on or after|in or before|"
                r"on or before|up to|up until|through|thru|prior to|earlier than|"
                r"later than)\s+(?:the\s+)?(?:year\s+)?(\d{4})\b(?:" + _POST + ")?",
                re.IGNORECASE)
# before Heisei 15 (the era's name read into kanji, its year without 年).
_Q_EN_ERA = pattern(rf"\b(before|after|since|until|by|in|during|from)\s+({ERA_PATTERN})\s*"
                    r"(元|\d{1,2})(?!\s*年|\d)", re.IGNORECASE)
# A year written bare beside a few words (Korea 2014, Fukuoka City 2003, education 2014
# Nagasaki), not a part of a date, a range or a longer number, nor of a decade (2010s,
# 2010年代); in a sentence a bare year is a name's (ahead of Tokyo 2020), so only in a
# question of up to KEYWORDS words.
_Q_EN_YEAR_ALONE = pattern(r"(?<![\d\-/.:'’])\b((?:19|20)\d{2})\b(?![\d\-/.:]|\s*(?:年|s\b|['’]s))")
KEYWORDS = 5
_WORD = pattern(r"[^\s,.?？!！、。]+")
_Q_EN_POST = pattern(r"\b(\d{4})" + _POST, re.IGNORECASE)  # the year alone before it
# The relation said before a month (after August 2011, on or after 1 January 2014) and
# after it (April 2013 onwards).
_EN_REL_BEFORE = pattern(r"\b(before|after|since|until|till|by|from|no later than|not after|"
                         r"no earlier than|not before|in or after|on or after|in or before|"
                         r"on or before|up to|up until|through|thru|prior to|earlier than|"
                         r"later than)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?$",
                         re.IGNORECASE)
_EN_POST_AFTER = pattern(_POST, re.IGNORECASE)
# A year said of the agreement itself, with no preposition: Fukuoka's 2001 memorandum,
# the 2014 agreements.
_Q_EN_ATTR = pattern(r"\b((?:19|20)\d{2})\s+(?:agreements?|memorand(?:um|a)|mous?|accords?|"
                     r"pacts?|deals?|treat(?:y|ies)|partnerships?|documents?|ones?)\b|"
                     # …or after it, ending the question: Fukuoka agreements 2014
                     r"\b(?:agreements?|memorand(?:um|a)|mous?|accords?|deals?|partnerships?|"
                     r"ties)\s*[,:\-–]?\s*((?:19|20)\d{2})\s*[?？.!]?\s*$",
                     re.IGNORECASE)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
# A month with no year (8月に締結, 3月から5月, in August): that month of any year. Not a
# month of a date written with its day (8月31日) or inside a longer number.
_Q_MONTH_ALONE = pattern(r"(?<![\d年度])(\d{1,2})\s*月?(?:" + r"\s*(?:から|〜|~|～|-)\s*"
                         r"(\d{1,2})\s*月)(?!\s*\d{1,2}\s*日)(?!\d)|"  # 6〜8月
                         r"(?<![\d年度])(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)(?!\d)")
# The seasons as months (the Japan Meteorological Agency's: 春 3–5月, 夏 6–8月, 秋 9–11月,
# 冬 12–2月).
_SEASONS = {"春": (3, 4, 5), "夏": (6, 7, 8), "秋": (9, 10, 11), "冬": (12, 1, 2)}
_SEASON_EN = {"spring": "春", "summer": "夏", "autumn": "秋", "fall": "秋", "winter": "冬"}
_Q_SEASON = pattern(r"(?<![\u4e00-\u9fff])([春夏秋冬])(?:季|場)?"
                    r"(?=\s*(?:に|の|頃|ごろ|ころ|中|[（(]|以外|を除|じゃな|ではな))|"
                    r"\b(?i:(?:in|during)\s+(?:the\s+)?(spring|summer|autumn|fall|winter))\b")
_Q_YEAR_SEASON = pattern(YEAR_SAID + r"\s*の?\s*([春夏秋冬])(?:季|場)?")
_Q_SEASON_BRACKET = pattern(r"[春夏秋冬]\s*[（(]")  # 冬（12月）: the season it says
_Q_EN_MONTH_ALONE = pattern(r"\b(?:in|during)\s+(?:the\s+month\s+of\s+)?(" + "|".join(_MONTHS) +
                            r")\b(?!\s*,?\s*\d)", re.IGNORECASE)
# …or said bare before a particle or the agreements (September に締結, Aug. の協定, December
# agreements), not a word of a sentence (May I ask).
_Q_EN_MONTH_BARE = pattern(r"(?<![A-Za-z])(" + "|".join(_MONTHS) +
                           r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.)"
                           r"(?=\s*(?:に|の|で|は|中|頃|ごろ|締結|agreements?\b|deals?\b|"
                           r"signings?\b|mous?\b)|\s*[?？]?\s*$)", re.IGNORECASE)
_Q_EN_MONTH = pattern(r"\b((?:" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*)\.?,?\s+"
                      r"(\d{4})\b", re.IGNORECASE)
_Q_EN_MONTHS = pattern(r"\b(?:from|between)\s+" + _Q_EN_MONTH.pattern[2:] +
                       r"\s+(?:to|and|until|through|till|-)\s+" + _Q_EN_MONTH.pattern[2:],
                       re.IGNORECASE)  # from April 2014 to March 2015
_BARE_YEAR = pattern(r"^\s*(?:what about|how about|and in|and|just|only|show)?\s*"
                     r"((?:19|20)\d{2})\s*"
                     r"(?:は|なら|だと|では)?\s*[?？]?\s*$", re.IGNORECASE)
_Q_EN_FISCAL = pattern(r"\b(?:fiscal(?: year)?|FY)\s*(\d{4})(?!\d)", re.IGNORECASE)  # FY2011の
# The calendar year, said against the fiscal one: calendar year 2011, 2011暦年, 暦年2011.
_Q_CALENDAR = pattern(r"\bcalendar(?:\s+year)?\s+(\d{4})(?!\d)|(\d{4})\s*年?\s*暦年|暦年\s*(\d{4})",
                      re.IGNORECASE)
_Q_EN_HALF = pattern(r"\b(first|second) half of (\d{4})\b", re.IGNORECASE)


def said_year(groups: Sequence[str | None]) -> int:
    west, era, num = groups
    if west:
        return int(west)
    # The pattern's other branch: an era and its year, both there when west is not.
    assert era is not None and num is not None
    return era_year(era, num)


def _int(group: str | None) -> int | None:
    return int(group) if group else None


def _next_month(at: tuple[int, int | None], step: int = 1) -> tuple[int, int]:
    y, mo = at
    assert mo is not None
    n = y * 12 + mo - 1 + step
    return n // 12, n % 12 + 1


def _month_range(lo: tuple[int, int | None], lo_day: int | None,
                 hi: tuple[int, int | None], hi_day: int | None,
                 to_the_day: bool = False) -> DateRange | None:
    """From year-and-month `lo` to `hi`, either without a month (all its year); None
    when a month is no month or the range runs backwards. A day that is not a month's
    first (at the start) or last (at the end) is counted as all its month, and the label
    says so — or, `to_the_day`, bounds the range (2011年8月22日から2012年11月11日)."""
    first, last = (lo[0], lo[1] or 1), (hi[0], hi[1] or 12)
    if not (1 <= first[1] <= 12 and 1 <= last[1] <= 12 and first <= last):
        return None

    def said(at: tuple[int, int | None], day: int | None = None) -> str:
        return (f"{at[0]}年{at[1]}月" + (f"{day}日" if day else "")) if at[1] else f"{at[0]}年"

    if to_the_day and (lo_day and lo[1] or hi_day and hi[1]):
        start_day = lo_day if lo[1] and lo_day and lo_day > 1 else None
        end_day = hi_day if hi[1] and hi_day and hi_day < 31 else None
        return DateRange(first, last, f"{said(lo, start_day)}から{said(hi, end_day)}",
                         start_day=start_day, end_day=end_day)
    label = f"{said(lo)}から{said(hi)}"
    inexact = lo_day not in (None, 1) or hi_day is not None and hi_day < 28
    note = "（日付は月単位で数えました）" if inexact else ""
    return DateRange(first, last, label + note)


def _years(lo: int, hi: int) -> DateRange:
    lo, hi = min(lo, hi), max(lo, hi)
    return DateRange((lo, 1), (hi, 12), f"{lo}年" if lo == hi else f"{lo}年から{hi}年")


# A date restated in brackets after another (平成26年度（2014年4月〜2015年3月）, 平成26年
# (2014年)): one date, read from the words before the brackets; the brackets are used too.
_RESTATED = pattern(r"(?<=[年度月日代])\s*[（(]([^（）()]*\d{4}[^（）()]*)[）)]")


# Parts of a month (上旬, 中旬, 下旬, 初日 / 1日付): those days of any month, with the
# days they are said to be in brackets after them (上旬（1日〜10日）).
_DAY_PARTS = {"上旬": tuple(range(1, 11)), "中旬": tuple(range(11, 21)),
              "下旬": tuple(range(21, 32)), "初日": (1,)}
_Q_DAY_PART = pattern(r"(上旬|中旬|下旬|初日)(?:\s*[（(][^（）()]{0,12}[）)])?|"
                      r"(?<![\d月年])(\d{1,2})\s*日\s*付")
# A month and a day with no year (8月5日付で, 12月19日に): that day of any year.
_Q_MONTH_DAY = pattern(r"(?<![\d年度])(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*付)?")


def _days(text: str) -> tuple[tuple[int, ...], str, tuple[int, int]] | None:
    """The days of a month `text` asks for, their label and span, if any."""
    m = _Q_DAY_PART.search(text)
    if m is None:
        return None
    if m.group(1):
        days = _DAY_PARTS[m.group(1)]
        said = m.group(1) + (f"（{days[0]}日〜{days[-1]}日）" if len(days) > 1 else "（1日）")
        return days, said, m.span()
    day = int(m.group(2))
    return ((day,), f"{day}日", m.span()) if 1 <= day <= 31 else None


def question_dates(text: str) -> tuple[DateRange | None, list[tuple[int, int]]]:
    """The signing-date condition of NFKC question `text`, and the spans it used (a
    restatement in brackets after it included); a part of a month (上旬) narrows it."""
    dates, spans = _question_dates_of(text)
    if (parts := _days(blanked(text, spans))) is not None:
        days, said, span = parts
        dates = replace(dates, days=days, label=f"{dates.label}の{said}") if dates else \
            DateRange(label=f"{said}（年・月を問わず）", days=days)
        spans = [*spans, span]
    return dates, spans


def _question_dates_of(text: str) -> tuple[DateRange | None, list[tuple[int, int]]]:
    restated = [m.span() for m in _RESTATED.finditer(text)]
    dates, spans = _question_dates(blanked(text, restated))
    if dates is not None and not dates.months and dates.day is None and \
            (dates.start or dates.end) and (dates.start or (0, 1))[1] == 1 and \
            (dates.end or (0, 12))[1] == 12:  # whole years (not 2014年5月 of 5月と8月)
        # 2011年の協定のうち10月から12月のもの: those months of the years said
        months, more = _question_dates(blanked(text, restated + spans))
        if months is not None and months.months and not (months.start or months.end):
            dates = replace(dates, months=months.months, label=f"{dates.label}の" +
                            months.label.replace("（年を問わず）", ""))
            spans = spans + more
    elif dates is not None and dates.start and dates.start == dates.end and dates.day is None \
            and not dates.months and spans:  # 平成26年の5月と8月: both months of that year
        months, more = _question_dates(blanked(text, restated + spans))
        if months is not None and months.months and not (months.start or months.end) and \
                more and EITHER.match(text[spans[-1][1]:more[0][0]]):
            y, mo = dates.start
            said = "・".join(f"{m}月" for m in (mo, *months.months))
            dates = DateRange((y, 1), (y, 12), f"{y}年の{said}", months=(mo, *months.months))
            spans = spans + more
    return dates, spans + restated if dates else spans


def _question_dates(text: str) -> tuple[DateRange | None, list[tuple[int, int]]]:
    """The signing-date condition of NFKC question `text`, and the spans it used.

    Ranges (2001年から2004年まで, 2004年以降2007年以前, 平成21〜22年, between 2001 and
    2004), months (2014年5月, 2013年の3〜5月), decades (1990年代, the 2000s), eras
    alone (平成に), one year with a relation (2010年以降, 2000年より前, before 2005)."""
    m = _Q_AFTER_BEFORE.search(text)
    if m:
        g = m.groups()
        since, until = (said_year(g[0:3]), _int(g[3])), (said_year(g[6:9]), _int(g[9]))
        lo_day, hi_day = _int(g[4]), _int(g[10])
        if m.group(6) in ("より後", "よりあと") or "超" in m.group(6):
            if since[1] and lo_day:  # 2011年8月21日より後: from the 22nd
                lo_day += 1
            else:
                since = _next_month(since) if since[1] else (since[0] + 1, None)
        if m.group(12) in ("より前", "未満"):
            if until[1] and hi_day:  # …2011年8月31日より前: to the 30th
                hi_day -= 1
            else:
                until = _next_month(until, -1) if until[1] else (until[0] - 1, None)
        elif m.group(0).count("年度") == 2:  # 2011年度から2013年度まで: fiscal years
            return _fiscal(since[0], until[0], f"{since[0]}年度から{until[0]}年度"), [m.span()]
        if since[1] is None and until[1] is None:
            return _years(since[0], until[0]), [m.span()]
        dr = _month_range(since, lo_day, until, hi_day, to_the_day=True)
        if dr is not None:
            return dr, [m.span()]
    m = _Q_MONTH_RANGE.search(text)
    if m and (m.group(4) or m.group(9)):
        g = m.groups()
        dr = _month_range((said_year(g[0:3]), _int(g[3])), _int(g[4]),
                          (said_year(g[5:8]), _int(g[8])), _int(g[9]))
        if dr is not None:
            return dr, [m.span()]
    m = _Q_MONTHS.search(text)
    if m:
        y, a, b = said_year(m.groups()[0:3]), int(m.group(4)), int(m.group(6))
        if 1 <= a <= b <= 12 and (dr := _month_range((y, a), _int(m.group(5)), (y, b),
                                                     _int(m.group(7)))):
            return replace(dr, label=dr.label.replace(f"から{y}年", "から", 1)), [m.span()]
    m = _Q_ERA_RANGE.search(text)
    if m:
        lo, hi = era_year(m.group(1), m.group(2)), era_year(m.group(1), m.group(3))
        if text.startswith("度", m.end()):  # 平成26〜27年度: April 2014 to March 2016
            return _fiscal(lo, hi, f"{m.group(1)}{m.group(2)}〜{m.group(3)}年度"), \
                [(m.start(), m.end() + 1)]
        dr = _years(lo, hi)
        return replace(dr, label=f"{m.group(1)}{m.group(2)}〜{m.group(3)}年（{dr.label}）"), \
            [m.span()]
    m = _Q_RANGE.search(text)
    if m:
        lo, hi = said_year(m.groups()[0:3]), said_year(m.groups()[3:6])
        if m.group(0).count("年度") == 2:  # 2011年度から2013年度まで
            return _fiscal(lo, hi, f"{lo}年度から{hi}年度"), [m.span()]
        return _years(lo, hi), [m.span()]
    m = _Q_EN_RANGE.search(text) or _Q_BARE_RANGE.search(text)
    if m and int(m.group(1)) <= int(m.group(2)):
        return _years(int(m.group(1)), int(m.group(2))), [m.span()]
    m = _Q_EN_BOUNDS.search(text)
    if m:
        lo = int(m.group(2)) + (m.group(1).lower() == "after")
        hi = int(m.group(4)) - (m.group(3).lower() == "before")
        return _years(lo, hi), [m.span()]
    m = _Q_ERA_DECADE.search(text)
    if m:  # 平成20年代: 平成20年 to 平成29年; 平成20年代前半: 平成20年 to 平成24年
        lo = era_year(m.group(1), f"{m.group(2)}0" if m.group(2) != "0" else "元")
        hi = min(era_year(m.group(1), f"{m.group(2)}9"),  # 昭和60年代: to 昭和64 (1989)
                 ERA_SPANS[m.group(1)][1][0])
        if (half := _HALF.match(text, m.end())) and half.group(1) in ("前半", "後半"):
            lo, hi = (lo, lo + 4) if half.group(1) == "前半" else (lo + 5, hi)
            return DateRange((lo, 1), (hi, 12), f"{m.group(0)}{half.group(1)}（{lo}年から"
                             f"{hi}年）"), [(m.start(), half.end())]
        return DateRange((lo, 1), (hi, 12), f"{m.group(0)}（{lo}年から{hi}年）"), [m.span()]
    pair = list(_Q_DECADE.finditer(text))[:2]
    if len(pair) == 2 and (pair[0].group(5) == "から" or not pair[0].group(5)) and \
            _DECADE_TO.match(text[pair[0].end():pair[1].start()]) and \
            pair[1].group(5) in (None, "まで") and _decade(pair[0]) < _decade(pair[1]):
        lo, hi = _decade(pair[0]), _decade(pair[1]) + 9  # 1990年代から2000年代にかけて
        till = _DECADE_UNTIL.match(text, pair[1].end())
        return DateRange((lo, 1), (hi, 12), f"{lo}年代から{hi - 9}年代（{lo}年から{hi}年）"), \
            [(pair[0].start(), till.end() if till else pair[1].end())]
    m = _Q_DECADE.search(text)
    if m:
        start = _decade(m)
        half = _HALF.match(text, m.end()) if not m.group(5) else None
        if start == 1900 and m.group(1):  # 1900年代(後半): the twentieth century, as it
            which = half.group(1) if half and half.group(1) in ("前半", "後半") else ""
            lo, hi = {"": (1900, 1999), "前半": (1900, 1949), "後半": (1950, 1999)}[which]
            return related_range((lo, 1), (hi, 12), f"1900年代{which}（{lo}年から{hi}年）",
                                 m.group(5)), [(m.start(), half.end() if which and half
                                                else m.end())]  # is usually meant
        en = _EN_HALF.search(text, 0, m.start()) if not m.group(5) else None
        which = half.group(1) if half else None if en is None else \
            "前半" if re.match(r"early|(?:the\s+)?first", en.group(1), re.IGNORECASE) else "後半"
        if which in ("前半", "後半"):  # 2000年代前半, the early 2000s: 2000–2004
            lo = start if which == "前半" else start + 5
            span = (en.start() if en else m.start(), half.end() if half else m.end())
            return DateRange((lo, 1), (lo + 4, 12), f"{start}年代{which}（{lo}年から"
                             f"{lo + 4}年）"), [span]
        return related_range((start, 1), (start + 9, 12), f"{start}年代", m.group(5)), [m.span()]
    m = _Q_EN_ERA.search(text)
    if m:  # before Heisei 15 (read as 平成 15): before 2003
        y = era_year(m.group(2), m.group(3))
        return _related_en(m.group(1).lower(), y, f"{m.group(2)}{m.group(3)}年（{y}年）"), \
            [m.span()]
    m = _Q_YEAR_SEASON.search(text)
    if m:  # 平成26年の夏, summer 2014: that year's three months (winter into the next)
        y, months = said_year(m.groups()[0:3]), _SEASONS[m.group(4)]
        end = (y + 1, months[-1]) if months[-1] < months[0] else (y, months[-1])
        said = f"{y}年の{m.group(4)}（{months[0]}〜{months[-1]}月）"
        return DateRange((y, months[0]), end, said), [m.span()]
    if m := _Q_TILDE_FROM.search(text):
        y = int(m.group(4)) if m.group(4) else said_year(m.groups()[0:3])
        return DateRange((y, 1), None, f"{y}年以降"), [m.span()]
    if m := _Q_TILDE_UPTO.search(text):
        y = said_year(m.groups()[0:3])
        return DateRange(None, (y, 12), f"{y}年以前"), [m.span()]
    m = _Q_ONE.search(text)
    if m:
        one = _one(m)
        half = _HALF.match(text, m.end())
        h_from, h_to = one.years()
        if half and "年度" in m.group(0) and not m.group(6) and not m.group(4):
            early = half.group(1) in ("前半", "上半期")  # 2013年度下半期: October to March
            fy = said_year(m.groups()[0:3])
            since, until = ((fy, 4), (fy, 9)) if early else ((fy, 10), (fy + 1, 3))
            return DateRange(since, until, f"{fy}年度{half.group(1)}（{since[0]}年{since[1]}月〜"
                             f"{until[0]}年{until[1]}月）"), [(m.start(), half.end())]
        if half and h_from is not None and h_from == h_to and not one.months:  # 2014年の前半
            early = half.group(1) in ("前半", "上半期")
            return DateRange((h_from, 1 if early else 7), (h_from, 6 if early else 12),
                             f"{h_from}年の{half.group(1)}"), [(m.start(), half.end())]
        return one, [(m.start(), m.end() - len(m.group(6) or "")) if not m.group(6)
                     else m.span()]
    m = _Q_ERA_ONE_DIGIT.search(text)
    if m:  # 平成一桁: 平成元年 to 平成9年
        y1, y9 = era_year(m.group(1), "元"), era_year(m.group(1), "9")
        return DateRange((y1, 1), (y9, 12), f"{m.group(0)}（{y1}年から{y9}年）"), [m.span()]
    m = _Q_ERA_ALONE.search(text)
    if m:
        era = m.group(1)
        began, ended = ERA_SPANS[era]
        relation = m.group(2) or m.group(3) or m.group(4)
        if m.group(3):
            relation = "より前"
        shown = f"{era}（{began[0]}年{began[1]}月〜" + \
            ("）" if ended[0] == 9999 else f"{ended[0]}年{ended[1]}月）")
        if relation == "より前":  # before it began (平成以前, like 2014年以前, holds 平成)
            last = (began[0], began[1] - 1) if began[1] > 1 else (began[0] - 1, 12)
            return DateRange(None, last, f"{era}より前（{last[0]}年{last[1]}月以前）"), [m.span()]
        if relation in ("以前", "まで", "までに") and ended[0] != 9999:
            return DateRange(None, ended, f"{era}以前（{ended[0]}年{ended[1]}月以前）"), [m.span()]
        if relation in ("より後", "よりあと") and ended[0] != 9999:
            return DateRange(ended, None, f"{era}より後（{ended[0]}年{ended[1]}月以降）"), \
                [m.span()]
        if relation:  # 平成以降, 平成から: from its first month on
            return DateRange(began, None, f"{era}以降（{began[0]}年{began[1]}月〜）"), [m.span()]
        return DateRange(began, None if ended[0] == 9999 else ended, shown), [m.span()]
    m = _BARE_YEAR.match(text)
    if m:  # What about 2012? 2012は？ (a follow-up of a year alone)
        y = int(m.group(1))
        return DateRange((y, 1), (y, 12), f"{y}年"), [m.span(1)]
    m = _Q_EN_MONTHS.search(text)
    if m:  # from April 2014 to March 2015
        first = (int(m.group(2)), _month(m.group(1)))
        last = (int(m.group(4)), _month(m.group(3)))
        if first <= last:
            return DateRange(first, last, f"{first[0]}年{first[1]}月から{last[0]}年{last[1]}月"), \
                [m.span()]
    m = _Q_CALENDAR.search(text)
    if m:  # calendar year 2011: January to December
        y = int(next(g for g in m.groups() if g))
        return DateRange((y, 1), (y, 12), f"{y}年"), [m.span()]
    m = _Q_EN_FISCAL.search(text)
    if m:  # fiscal year 2014: April to March, as 2014年度
        y = int(m.group(1))
        return DateRange((y, 4), (y + 1, 3), f"{y}年度（{y}年4月〜{y + 1}年3月）"), [m.span()]
    m = _Q_EN_HALF.search(text)
    if m:  # the first half of 2014
        y, early = int(m.group(2)), m.group(1).lower() == "first"
        return DateRange((y, 1 if early else 7), (y, 6 if early else 12),
                         f"{y}年の{'前半' if early else '後半'}"), [m.span()]
    m = _Q_EN_MONTH.search(text)
    if m:  # May 2014; after August 2011, on or after 1 January 2014, April 2013 onwards
        mo = _month(m.group(1))
        y = int(m.group(len(m.groups())))
        said_before = _EN_REL_BEFORE.search(text[:m.start()])
        said_after = _EN_POST_AFTER.match(text, m.end())
        relation = "in" if said_before is None else said_before.group(1).lower()
        if said_after:
            relation = "until" if (said_after.group(1) or "").lower() in ("earlier", "before") \
                else "since"
        return _related_en(relation, y, f"{y}年{mo}月", mo), \
            [(said_before.start() if said_before else m.start(),
              said_after.end() if said_after else m.end())]
    said, m = next(((k, m) for k, p in (("relation", _Q_EN), ("post", _Q_EN_POST),
                                        ("attribute", _Q_EN_ATTR),
                                        ("alone", _Q_EN_YEAR_ALONE)) if (m := p.search(text))
                    and (k != "alone" or len(_WORD.findall(text)) <= KEYWORDS)),
                   ("", None))  # the first that matches, searched in turn
    if m:
        if said == "relation":
            rel, y, post = m.group(1).lower(), int(m.group(2)), m.group(3) or m.group(4)
        elif said in ("attribute", "alone"):
            rel, y, post = "in", int(m.group(1) or m.group(2)), None
        else:
            rel, y, post = "in", int(m.group(1)), m.group(2) or m.group(3)
        if post:  # in 2011 or later, from 2011 onwards: the year and after it
            rel = "until" if post.lower() in ("earlier", "before") else "since"
        return _related_en(rel, y, f"{y}年"), \
            [m.span(1 if m.group(1) else 2) if said == "attribute" else m.span()]  # not
        # the agreement noun beside it
    named = [mo for mo, _ in question_months(text)]
    joined = [sp for _, sp in question_months(text)]
    if len(named) >= 2 and all(EITHER.match(text[a[1]:b[0]]) for a, b in pairwise(joined)):
        said = "・".join(f"{mo}月" for mo in named)  # 12月・1月・2月: any of them
        return DateRange(label=f"{said}（年を問わず）", months=tuple(named)), joined
    m = _Q_SEASON.search(text) if len(named) != 1 or _Q_SEASON_BRACKET.search(text) else None
    if m:  # 夏に締結された, signed in summer: its three months (not 春日市)
        season = (m.group(1) or m.group(2)).lower()
        months = _SEASONS[_SEASON_EN.get(season, season)]
        return DateRange(label=f"{_SEASON_EN.get(season, season)}（{months[0]}〜{months[-1]}月、"
                         "年を問わず）", months=months), [m.span()]
    m = _Q_MONTH_DAY.search(text)
    if m and 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31:  # 8月5日付で
        mo, day = int(m.group(1)), int(m.group(2))
        return DateRange(label=f"{mo}月{day}日（年を問わず）", months=(mo,), days=(day,)), \
            [m.span()]
    m = _Q_MONTH_ALONE.search(text)
    if m:
        a = int(m.group(1) or m.group(3))
        b = int(m.group(2)) if m.group(2) else a
        if 1 <= a <= 12 and 1 <= b <= 12:  # 10月〜1月: October to January, across a year
            label = f"{a}月" if a == b else f"{a}月から{b}月"
            in_range: tuple[int, ...] = tuple(range(a, b + 1)) if a <= b else \
                (*range(a, 13), *range(1, b + 1))
            return DateRange(label=f"{label}（年を問わず）", months=in_range), [m.span()]
    m = _Q_EN_MONTH_ALONE.search(text) or _Q_EN_MONTH_BARE.search(text)
    if m:
        mo = _month(m.group(1))
        return DateRange(label=f"{mo}月（年を問わず）", months=(mo,)), [m.span()]
    return None, []


def _one(m: re.Match[str]) -> DateRange:
    """One year (or fiscal year, 年度: April to March, or month) with a relation."""
    y, month, day, rel = said_year(m.groups()[0:3]), m.group(4), m.group(5), m.group(6)
    era = f"{m.group(2)}{m.group(3)}年" if m.group(2) else ""
    if month and 1 <= int(month) <= 12:
        first = last = (y, int(month))
        if day and 1 <= int(day) <= 31 and not rel:  # 2014年8月5日: that day alone
            return DateRange(first, last, f"{y}年{int(month)}月{int(day)}日", day=int(day))
        name = f"{y}年{int(month)}月"
        if day and 1 <= int(day) <= 31 and rel:
            return related_range(first, last, name, rel, int(day))
    elif "年度" in m.group(0):
        first, last = (y, 4), (y + 1, 3)
        name = f"{era or str(y) + '年'}度（{y}年4月〜{y + 1}年3月）"
    else:
        first, last = (y, 1), (y, 12)
        name = f"{era}（{y}年）" if era else f"{y}年"
    return related_range(first, last, name, rel)


def _fiscal(lo: int, hi: int, said: str) -> DateRange:
    """Fiscal years `lo` to `hi` (年度: April to the March after)."""
    return DateRange((lo, 4), (hi + 1, 3), f"{said}（{lo}年4月〜{hi + 1}年3月）")


def _to_the_day(month: tuple[int, int], day: int, name: str, rel: str) -> DateRange | None:
    """A range bounded by a day of `month` (より前, 以前, より後, 以降 of it)."""
    if rel in ("より前", "未満"):
        return DateRange(None, month, f"{name}より前", end_day=day - 1)
    if rel in ("以前", "まで", "までに"):
        return DateRange(None, month, f"{name}以前", end_day=day)
    if rel in ("より後", "よりあと"):
        return DateRange(month, None, f"{name}より後", start_day=day + 1)
    if rel in ("以降", "以後", "以来", "から"):
        return DateRange(month, None, f"{name}以降", start_day=day)
    return None


def related_range(first: tuple[int, int], last: tuple[int, int], name: str,
                  rel: str | None, day: int | None = None) -> DateRange:
    def before(ym: tuple[int, int]) -> tuple[int, int]:
        return (ym[0], ym[1] - 1) if ym[1] > 1 else (ym[0] - 1, 12)

    def after(ym: tuple[int, int]) -> tuple[int, int]:
        return (ym[0], ym[1] + 1) if ym[1] < 12 else (ym[0] + 1, 1)

    if day is not None and rel:  # 2011年8月31日より前, 2004年11月5日以降: to the day
        return _to_the_day(first, day, f"{name}{day}日", rel) or related_range(first, last,
                                                                          name, rel)
    if rel in ("より前", "未満"):
        return DateRange(None, before(first), f"{name}より前")
    if rel in ("以前", "まで", "までに"):
        return DateRange(None, last, f"{name}以前")
    if rel in ("より後", "よりあと"):
        return DateRange(after(last), None, f"{name}より後")
    if rel in ("以降", "以後", "以来", "から"):
        return DateRange(first, None, f"{name}以降")
    return DateRange(first, last, name)


def question_months(text: str) -> list[tuple[int, tuple[int, int]]]:
    """Every month of any year a question names (5月と8月), with its span."""
    return [(int(m.group(3)), m.span()) for m in _Q_MONTH_ALONE.finditer(text)
            if m.group(3) and 1 <= int(m.group(3)) <= 12]


def _related_en(rel: str, y: int, said: str, month: int | None = None) -> DateRange:
    """The year `y` (or its `month`; said as `said`) with an English relation: before,
    by, since …"""
    rel = {"by": "until", "no later than": "until", "not after": "until",
           "no earlier than": "since", "not before": "since", "from": "in",
           "in or after": "since", "on or after": "since", "in or before": "until",
           "on or before": "until", "till": "until", "up to": "until", "up until": "until",
           "through": "until", "thru": "until", "prior to": "before",
           "earlier than": "before", "later than": "after", "at least": "since",
           "at the earliest": "since", "at the latest": "until"}.get(rel, rel)
    first, last = ((y, 1), (y, 12)) if month is None else ((y, month), (y, month))
    before, after = _next_month(first, -1), _next_month(last)
    return {"before": DateRange(None, before, f"{said}より前"),
            "until": DateRange(None, last, f"{said}以前"),
            "after": DateRange(after, None, f"{said}より後"),
            "since": DateRange(first, None, f"{said}以降")}.get(
                rel, DateRange(first, last, said))


def question_decades(text: str) -> list[tuple[int, tuple[int, int]]]:
    """Every decade a question names (2000年代と2010年代, the 1990s), its first year
    and span."""
    return [(_decade(m), m.span()) for m in _Q_DECADE.finditer(text)]


def _decade(m: re.Match[str]) -> int:
    """The first year of a decade match: 1990年代, the 2000s, or 90年代 (1990), 10年代 (2010)."""
    if m.group(2):
        short = int(m.group(2)) * 10
        return 1900 + short if short >= 50 else 2000 + short
    return int(next(g for g in (m.group(1), m.group(3), m.group(4)) if g)) * 10


EITHER = pattern(r"^\s*(?:の(?:協定|もの|分))?\s*"  # 2003年と2005年, 1999年の協定と2009年
                  r"(?:と|か|や|、|,|・|及び|および|または|又は|でも|とも|and|or)?\s*$",
                  re.IGNORECASE)  # 2014年でも2013年でもない: neither (the last says)


def _month(name: str) -> int:
    """april, Apr → 4."""
    return [k[:3] for k in _MONTHS].index(name[:3].lower()) + 1
