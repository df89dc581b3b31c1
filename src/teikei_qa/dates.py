"""Dates in Japanese text: Gregorian and era years, and which one is the signing date."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .gazetteer import ERAS
from .text import nfkc


@dataclass(frozen=True, order=True)
class SignDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

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


_ERA = "|".join(ERAS)
_MONTH_DAY = r"(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?"
DATE_RE = re.compile(
    rf"(?P<west>(?<!\d)(\d{{4}})\s*年{_MONTH_DAY})"
    rf"|(?P<era>({_ERA})\s*(元|\d{{1,2}})\s*年{_MONTH_DAY})"
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


_SIGN_VERB = re.compile(r"締結|調印|提携|署名|締約|合意|結ん|交わ")
_AGREEMENT_NOUN = re.compile(r"協定書|協定|覚書|合意書|協議書|宣言|備忘録")
_OTHER_AGREEMENT_PENALTY = 60
_QUOTE = re.compile(r"「([^」]*)」")
_BRACKETS = re.compile(r"\[([^\]]*)\]")
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

    def contains(self, date: SignDate) -> bool:
        if self.months and (date.month is None or date.month not in self.months):
            return False
        # A date known only to its year is in the range only when the whole year is:
        # 2014年締結 is not in 2014年8月 or 2014年4月以降 (it may be, but is not known to be).
        first, last = (date.year, date.month or 1), (date.year, date.month or 12)
        return (self.start is None or first >= self.start) and \
            (self.end is None or last <= self.end)

    def years(self) -> tuple[int | None, int | None]:
        return (self.start[0] if self.start else None, self.end[0] if self.end else None)


_Q_YEAR = rf"(?:(?<!\d)(\d{{4}})|({_ERA})\s*(元|\d{{1,2}}))\s*年(?:度)?"
_Q_SEP = r"\s*(?:から|〜|~|～|－|-|ー|–|—)\s*"
_Q_RANGE = re.compile(_Q_YEAR + _Q_SEP + _Q_YEAR + r"(?:\s*まで(?:に|の)?)?")
_Q_AFTER_BEFORE = re.compile(_Q_YEAR + r"\s*(以降|以後|から)[、,\s]*" + _Q_YEAR +
                             r"\s*(以前|まで|より前)")
_Q_ERA_RANGE = re.compile(rf"({_ERA})\s*(元|\d{{1,2}})\s*(?:年)?{_Q_SEP}(\d{{1,2}})\s*年")
_Q_MONTHS = re.compile(_Q_YEAR + r"\s*の?\s*(\d{1,2})\s*(?:月)?" + _Q_SEP + r"(\d{1,2})\s*月")
_Q_DECADE = re.compile(r"(?:(\d{3})0\s*年代|\bthe\s+(\d{3})0s\b|\b(\d{3})0s\b)"
                       r"\s*(より前|以前|まで|より後|以降|以後|から)?", re.IGNORECASE)
_Q_ERA_ALONE = re.compile(rf"({_ERA})(?!\s*(?:元|\d))")
_Q_ERA_DECADE = re.compile(rf"({_ERA})\s*(\d)0\s*年代")
_Q_ONE = re.compile(_Q_YEAR + r"(?:\s*の?\s*(\d{1,2})\s*月)?"
                    r"\s*(より前|以前|までに|まで|より後|よりあと|以降|以後|から|より)?")
_Q_EN_RANGE = re.compile(r"\b(?:between|from)\s+(\d{4})\s+(?:and|to|-)\s+(\d{4})\b",
                         re.IGNORECASE)
_Q_EN = re.compile(r"\b(before|after|since|until|in|during)\s+(\d{4})\b", re.IGNORECASE)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
# A month with no year (8月に締結, 3月から5月, in August): that month of any year. Not a
# month of a date written with its day (8月31日) or inside a longer number.
_Q_MONTH_ALONE = re.compile(r"(?<![\d年度])(\d{1,2})\s*月(?:" + r"\s*(?:から|〜|~|～|-)\s*"
                            r"(\d{1,2})\s*月)?(?!\s*\d{1,2}\s*日)(?!\d)")
_Q_EN_MONTH_ALONE = re.compile(r"\b(?:in|during)\s+(" + "|".join(_MONTHS) +
                               r")\b(?!\s*,?\s*\d)", re.IGNORECASE)
_Q_EN_MONTH = re.compile(r"\b((?:" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*)\.?,?\s+"
                         r"(\d{4})\b", re.IGNORECASE)


def _q_year(groups: Sequence[str | None]) -> int:
    west, era, num = groups
    if west:
        return int(west)
    # The pattern's other branch: an era and its year, both there when west is not.
    assert era is not None and num is not None
    return era_year(era, num)


def _years(lo: int, hi: int) -> DateRange:
    lo, hi = min(lo, hi), max(lo, hi)
    return DateRange((lo, 1), (hi, 12), f"{lo}年から{hi}年")


def question_dates(text: str) -> tuple[DateRange | None, list[tuple[int, int]]]:
    """The signing-date condition of NFKC question `text`, and the spans it used.

    Ranges (2001年から2004年まで, 2004年以降2007年以前, 平成21〜22年, between 2001 and
    2004), months (2014年5月, 2013年の3〜5月), decades (1990年代, the 2000s), eras
    alone (平成に), one year with a relation (2010年以降, 2000年より前, before 2005)."""
    m = _Q_AFTER_BEFORE.search(text)
    if m:
        lo, hi = _q_year(m.groups()[0:3]), _q_year(m.groups()[4:7])
        if m.group(8) == "より前":
            hi -= 1
        return _years(lo, hi), [m.span()]
    m = _Q_MONTHS.search(text)
    if m:
        y, a, b = _q_year(m.groups()[0:3]), int(m.group(4)), int(m.group(5))
        if 1 <= a <= b <= 12:
            return DateRange((y, a), (y, b), f"{y}年{a}月から{b}月"), [m.span()]
    m = _Q_ERA_RANGE.search(text)
    if m:
        lo, hi = era_year(m.group(1), m.group(2)), era_year(m.group(1), m.group(3))
        dr = _years(lo, hi)
        return replace(dr, label=f"{m.group(1)}{m.group(2)}〜{m.group(3)}年（{dr.label}）"), \
            [m.span()]
    m = _Q_RANGE.search(text)
    if m:
        return _years(_q_year(m.groups()[0:3]), _q_year(m.groups()[3:6])), [m.span()]
    m = _Q_EN_RANGE.search(text)
    if m:
        return _years(int(m.group(1)), int(m.group(2))), [m.span()]
    m = _Q_ERA_DECADE.search(text)
    if m:  # 平成20年代: 平成20年 to 平成29年
        lo = era_year(m.group(1), f"{m.group(2)}0" if m.group(2) != "0" else "元")
        hi = era_year(m.group(1), f"{m.group(2)}9")
        return DateRange((lo, 1), (hi, 12), f"{m.group(0)}（{lo}年から{hi}年）"), [m.span()]
    m = _Q_DECADE.search(text)
    if m:
        start = int(next(g for g in m.groups()[:3] if g)) * 10
        return _related((start, 1), (start + 9, 12), f"{start}年代", m.group(4)), [m.span()]
    m = _Q_ONE.search(text)
    if m:
        return _one(m), [(m.start(), m.end() - len(m.group(5) or "")) if not m.group(5)
                         else m.span()]
    m = _Q_ERA_ALONE.search(text)
    if m:
        era = m.group(1)
        began, ended = ERA_SPANS[era]
        shown = f"{era}（{began[0]}年{began[1]}月〜" + \
            ("）" if ended[0] == 9999 else f"{ended[0]}年{ended[1]}月）")
        return DateRange(began, None if ended[0] == 9999 else ended, shown), [m.span()]
    m = _Q_EN_MONTH.search(text)
    if m:  # May 2014
        mo = [k[:3] for k in _MONTHS].index(m.group(1)[:3].lower()) + 1
        y = int(m.group(len(m.groups())))
        return DateRange((y, mo), (y, mo), f"{y}年{mo}月"), [m.span()]
    m = _Q_EN.search(text)
    if m:
        rel, y = m.group(1).lower(), int(m.group(2))
        dr = {"before": DateRange(None, (y - 1, 12), f"{y}年より前"),
              "until": DateRange(None, (y, 12), f"{y}年以前"),
              "after": DateRange((y + 1, 1), None, f"{y}年より後"),
              "since": DateRange((y, 1), None, f"{y}年以降")}.get(
                  rel, DateRange((y, 1), (y, 12), f"{y}年"))
        return dr, [m.span()]
    m = _Q_MONTH_ALONE.search(text)
    if m:
        a = int(m.group(1))
        b = int(m.group(2)) if m.group(2) else a
        if 1 <= a <= b <= 12:
            label = f"{a}月" if a == b else f"{a}月から{b}月"
            return DateRange(label=f"{label}（年を問わず）", months=tuple(range(a, b + 1))), \
                [m.span()]
    m = _Q_EN_MONTH_ALONE.search(text)
    if m:
        mo = _MONTHS.index(m.group(1).lower()) + 1
        return DateRange(label=f"{mo}月（年を問わず）", months=(mo,)), [m.span()]
    return None, []


def _one(m: re.Match[str]) -> DateRange:
    """One year (or fiscal year, 年度: April to March, or month) with a relation."""
    y, month, rel = _q_year(m.groups()[0:3]), m.group(4), m.group(5)
    era = f"{m.group(2)}{m.group(3)}年" if m.group(2) else ""
    if month and 1 <= int(month) <= 12:
        first = last = (y, int(month))
        name = f"{y}年{int(month)}月"
    elif "年度" in m.group(0):
        first, last = (y, 4), (y + 1, 3)
        name = f"{era or str(y) + '年'}度（{y}年4月〜{y + 1}年3月）"
    else:
        first, last = (y, 1), (y, 12)
        name = f"{era}（{y}年）" if era else f"{y}年"
    return _related(first, last, name, rel)


def _related(first: tuple[int, int], last: tuple[int, int], name: str,
             rel: str | None) -> DateRange:
    def before(ym: tuple[int, int]) -> tuple[int, int]:
        return (ym[0], ym[1] - 1) if ym[1] > 1 else (ym[0] - 1, 12)

    def after(ym: tuple[int, int]) -> tuple[int, int]:
        return (ym[0], ym[1] + 1) if ym[1] < 12 else (ym[0] + 1, 1)

    if rel == "より前":
        return DateRange(None, before(first), f"{name}より前")
    if rel in ("以前", "まで", "までに"):
        return DateRange(None, last, f"{name}以前")
    if rel in ("より後", "よりあと"):
        return DateRange(after(last), None, f"{name}より後")
    if rel in ("以降", "以後", "から"):
        return DateRange(first, None, f"{name}以降")
    return DateRange(first, last, name)


def question_years(text: str) -> list[tuple[int, tuple[int, int]]]:
    """Every single year a question names (2013年と2014年), with its span."""
    out = []
    for m in re.finditer(_Q_YEAR + r"|\b(\d{4})\b", text):
        if text[m.end():m.end() + 1] == "代":
            continue  # 2000年代: a decade (question_decades)
        g = m.groups()
        out.append((int(g[3]) if g[3] else _q_year(g[0:3]), m.span()))
    return out


def question_months(text: str) -> list[tuple[int, tuple[int, int]]]:
    """Every month of any year a question names (5月と8月), with its span."""
    return [(int(m.group(1)), m.span()) for m in _Q_MONTH_ALONE.finditer(text)
            if 1 <= int(m.group(1)) <= 12 and not m.group(2)]


def question_decades(text: str) -> list[tuple[int, tuple[int, int]]]:
    """Every decade a question names (2000年代と2010年代, the 1990s), its first year
    and span."""
    return [(int(next(g for g in m.groups()[:3] if g)) * 10, m.span())
            for m in _Q_DECADE.finditer(text)]


# Dates counted back from the list's own date (平成28年9月現在): 5年以内, ここ10年,
# 10年以上前, 10年以上たっている, このリストがまとめられた年.
_R_WITHIN = re.compile(r"(?:(?:ここ|過去|最近|直近)\s*(\d{1,2})\s*年(?:間)?"
                       r"(?:以内|のうち|の間|で|に)?|"
                       r"(?:から|より)\s*(?:数えて)?\s*(\d{1,2})\s*年(?:間)?以内|"
                       r"(\d{1,2})\s*年(?:間)?以内に(?=締結|結|調印|交わ)|"
                       r"(?:in|within)\s+the\s+(?:last|past)\s+(\d{1,2})\s+years?)", re.IGNORECASE)
_R_AGO = re.compile(r"(?:(\d{1,2})\s*年以上(?:前|も前|昔|た[つっ]|経[つっ]|経過|続)|"
                    r"(?:more than|over)\s+(\d{1,2})\s+years?\s+(?:ago|old))", re.IGNORECASE)
_R_SAME_YEAR = re.compile(r"(?:この|その)?(?:リスト|一覧|表|データ)(?:が|の)?"
                          r"(?:まとめられた|作られた|作成された|発表された|公表された|時点の|現在の)年")


def relative_dates(text: str, as_of: tuple[int, int] | None
                   ) -> tuple[DateRange | None, list[tuple[int, int]]]:
    """A signing-date condition counted back from `as_of`, the list's (year, month)."""
    if as_of is None:
        return None, []
    y, mo = as_of
    at = f"リストの時点（{y}年{mo}月）"
    m = _R_WITHIN.search(text)
    if m:
        n = int(next(g for g in m.groups() if g))
        return DateRange((y - n, mo), (y, mo), f"{at}から{n}年以内（{y - n}年{mo}月以降）"), \
            [m.span()]
    m = _R_AGO.search(text)
    if m:
        n = int(next(g for g in m.groups() if g))
        return DateRange(None, (y - n, mo), f"{at}より{n}年以上前（{y - n}年{mo}月以前）"), \
            [m.span()]
    m = _R_SAME_YEAR.search(text)
    if m:
        return DateRange((y, 1), (y, 12), f"リストの時点の年（{y}年）"), [m.span()]
    return None, []
