"""Dates in Japanese text: Gregorian and era years, and which one is the signing date."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .gazetteer import ERAS
from .lazy_re import pattern
from .text import nfkc


@dataclass(frozen=True, order=True)
class SignDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    def key(self) -> tuple[int, int, int]:
        """(year, month, day) to order by, a part not known as 0 (before any known)."""
        return (self.year, self.month or 0, self.day or 0)

    def iso(self) -> str:
        """`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as far as the date is known."""
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
        return out

    def japanese(self) -> str:
        """2014年5月12日, 2014年5月 or 2014年."""
        out = f"{self.year}年"
        if self.month is not None:
            out += f"{self.month}月"
            if self.day is not None:
                out += f"{self.day}日"
        return out


@dataclass(frozen=True)
class DateMention:
    date: SignDate
    start: int
    end: int


ERA_PATTERN = "|".join(ERAS)
_MONTH_DAY = r"(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?"
DATE_RE = pattern(
    rf"(?P<west>(?<!\d)(\d{{4}})\s*年{_MONTH_DAY})"
    rf"|(?P<era>({ERA_PATTERN})\s*(元|\d{{1,2}})\s*年{_MONTH_DAY})"
    rf"|(?P<same>同年\s*(\d{{1,2}})\s*月(?:\s*(\d{{1,2}})\s*日)?)"
    r"|(?P<num>(?<!\d)(\d{4})[/.\-](\d{1,2})(?:[/.\-](\d{1,2}))?(?!\d))"
)


def era_year(era: str, number: str) -> int:
    """平成 + 26 → 2014; 元 is the first year."""
    n = 1 if number == "元" else int(number)
    return ERAS[era] + n - 1


def _valid(year: int, month: int | None, day: int | None) -> SignDate | None:
    if not 1800 <= year <= 2100:
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    return SignDate(year, month, day if month is not None else None)


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def find_dates(text: str) -> list[DateMention]:
    """Every date mentioned in NFKC `text`, in order; 同年 takes the year before it."""
    found: list[DateMention] = []
    last_year: int | None = None
    for m in DATE_RE.finditer(text):
        g = m.groups()
        if m.group("west"):
            date = _valid(int(g[1]), _int(g[2]), _int(g[3]))
        elif m.group("era"):
            date = _valid(era_year(g[5], g[6]), _int(g[7]), _int(g[8]))
        elif m.group("same"):
            date = _valid(last_year, _int(g[10]), _int(g[11])) if last_year else None
        else:
            date = _valid(int(g[13]), _int(g[14]), _int(g[15]))
        if date is not None:
            found.append(DateMention(date, m.start(), m.end()))
            last_year = date.year
    return found


_SIGN_VERB = pattern(r"締結|調印|提携|署名|締約|合意|結ん|交わ")
_AGREEMENT_NOUN = pattern(r"協定書|協定|覚書|合意書|協議書|宣言|備忘録")
_OTHER_AGREEMENT_PENALTY = 60
_QUOTE = pattern(r"「([^」]*)」")
_BRACKETS = pattern(r"\[([^\]]*)\]")
_BRACKET_SCORE = 100
_VERB_SCORE = 50
_OWN_TITLE_BONUS = 30
_OTHER_TITLE_PENALTY = 20


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def signing_date(summary: str, title: str = "") -> SignDate | None:
    """The date the agreement was concluded, from its summary.

    The lists mark it in brackets (`[2011年8月31日締結]`, `[調印日 2007年5月3日]`) or
    next to a signing verb (`2014年5月12日締結`, `2003年10月30日に…締結`). Other dates
    (a meeting, a renaming, an earlier agreement quoted by its own name) lose to
    those; a quoted name equal to the agreement's own title wins.
    """
    text = nfkc(summary)
    mentions = find_dates(text)
    if not mentions:
        return None
    bracket_starts, bracket_ends = [], []
    for m in _BRACKETS.finditer(text):
        bracket_starts.append(m.start())
        bracket_ends.append(m.end())
    stops = [m.start() for m in re.finditer("。", text)]
    own = _squash(nfkc(title))
    best: tuple[int, int, SignDate] | None = None
    for i, mention in enumerate(mentions):
        # The clause a date governs runs to the next date or the end of the sentence.
        stop = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        k = bisect_left(stops, mention.end)
        if k < len(stops):
            stop = min(stop, stops[k])
        clause = text[mention.end:stop]
        score = 0
        j = bisect_right(bracket_starts, mention.start) - 1
        if j >= 0 and mention.start < bracket_ends[j]:
            score = _BRACKET_SCORE
        elif _SIGN_VERB.search(clause):
            score = _VERB_SCORE
            # The clause signs an agreement of another kind than this one (an earlier
            # 協議書 that this 覚書 is based on): that date is the other agreement's.
            nouns = set(_AGREEMENT_NOUN.findall(_QUOTE.sub("", clause)))
            own_noun = _AGREEMENT_NOUN.findall(title)
            if nouns and own_noun and own_noun[-1] not in nouns:
                score -= _OTHER_AGREEMENT_PENALTY
            for quoted in _QUOTE.findall(clause):
                q = _squash(quoted)
                if q and own and (q in own or own in q):
                    score += _OWN_TITLE_BONUS
                else:
                    score -= _OTHER_TITLE_PENALTY
        # Earlier position breaks ties: the first signing statement is the agreement's.
        key = (score, -i, mention.date)
        if best is None or key[:2] > best[:2]:
            best = key
    assert best is not None
    if best[0] <= 0 and len(mentions) > 1:
        # Several dates and none said to be the signing: better unknown than wrong.
        return None
    return best[2]


# ---------------------------------------------------------------- dates in questions

# An era's first and last month (平成: 1989年1月 to 2019年4月), for 平成に, 昭和の.
ERA_SPANS: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "明治": ((1868, 1), (1912, 7)), "大正": ((1912, 7), (1926, 12)),
    "昭和": ((1926, 12), (1989, 1)), "平成": ((1989, 1), (2019, 4)),
    "令和": ((2019, 5), (9999, 12)),
}


# How an agreement whose signing date the list does not give is named (a year group, a
# condition: 締結日の記載がない協定).
NO_DATE = "締結年の記載なし"
# How far the list gives a signing date (締結月が分かる, 日付まで, 年しか分からない).
MONTH_KNOWN, DAY_KNOWN, YEAR_ONLY = "締結月まで記載あり", "締結日まで記載あり", "締結年のみ記載"
MONTH_ONLY = "締結月までのみ記載"  # 月までしか分からない: the month, not the day
DATED = "締結年の記載あり"  # the other rows: 締結日がわかっている, with a known date


@dataclass(frozen=True)
class DateRange:
    """Signing dates from `start` to `end` (year, month), both inclusive; None is open.
    A date known only to the year is in the range when all of its year is. `months`, when
    given, are the months of any year the date must fall in (8月に締結: August of
    any year); a date known only to the year is then not in the range."""

    start: tuple[int, int] | None = None
    end: tuple[int, int] | None = None
    label: str = ""
    months: tuple[int, ...] = ()
    only_years: tuple[int, ...] = ()  # 2003年と2005年: these years of the range alone
    day: int | None = None  # 2014年8月5日: that day of the range's one month alone
    # The first day of the start month and the last of the end month in the range
    # (2011年8月31日より前: to August 30th); a date of that month not known to the day
    # is not known to be in it.
    start_day: int | None = None
    end_day: int | None = None
    days: tuple[int, ...] = ()  # 上旬, 8月5日 of any year: those days of any month

    def contains(self, date: SignDate) -> bool:
        if self.months and (date.month is None or date.month not in self.months):
            return False
        if self.days and (date.day is None or date.day not in self.days):
            return False
        at = (date.year, date.month)
        if self.start_day is not None and at == self.start and (
                date.day is None or date.day < self.start_day):
            return False
        if self.end_day is not None and at == self.end and (
                date.day is None or date.day > self.end_day):
            return False
        if self.day is not None and date.day != self.day:
            return False
        if self.only_years and date.year not in self.only_years:
            return False
        # A date known only to its year is in the range only when the whole year is:
        # 2014年締結 is not in 2014年8月 or 2014年4月以降 (it may be, but is not known to be).
        first, last = (date.year, date.month or 1), (date.year, date.month or 12)
        return (self.start is None or first >= self.start) and \
            (self.end is None or last <= self.end)

    def years(self) -> tuple[int | None, int | None]:
        return (self.start[0] if self.start else None, self.end[0] if self.end else None)

    def undecided(self, date: SignDate) -> bool:
        """Whether a date known only to its year may or may not be in the range (2014年締結
        of 2014年4月以降; any year alone of 8月 or 夏): nor inside nor outside it, known."""
        return date.month is None and not self.contains(date) and any(
            self.contains(SignDate(date.year, m)) for m in range(1, 13))

    def other_side(self) -> DateRange | None:
        """An open range turned round (2000年より前 → 2000年以降; 2010年以降 → 2009年以前):
        the dates known to be outside it. None for any other range."""
        if (self.start is None) == (self.end is None):
            return None
        return self.beyond(later=self.end is not None)

    def beyond(self, later: bool) -> DateRange | None:
        """The dates after the range (later) or before it: 2010年以降 → 2009年以前,
        2013年 → 2014年以降 or 2012年以前 (それ以前は？). None where it is open that way,
        or is months of any year, a set of years or a day."""
        if self.months or self.only_years or self.day or self.start_day or self.end_day or \
                self.days:
            return None
        if later and self.end:  # up to y/m → from the month after
            y, m = self.end
            y, m = (y, m + 1) if m < 12 else (y + 1, 1)
            return DateRange((y, m), None, f"{y}年{'' if m == 1 else f'{m}月'}以降")
        if not later and self.start:  # from y/m → up to the month before
            y, m = self.start
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
            return DateRange(None, (y, m), f"{y}年{'' if m == 12 else f'{m}月'}以前")
        return None
