"""Dates joined as alternatives: one year and others joined to it (2003年と2005年, the
1990s or the 2010s) and two open ranges either of which will do (2005年以前または2015年以降,
before 2000 or after 2014), and each year a question names. Pure; the single dates are
read by asked_dates.py."""

from __future__ import annotations

import re
from itertools import pairwise

from .asked_dates import (
    EITHER,
    YEAR_SAID,
    question_decades,
    related_range,
    said_year,
)
from .dates import DateRange, SignDate
from .lazy_re import pattern

_REL = r"(より前|未満|以前|までに|まで|より後|よりあと|以降|以後|以来|から)"
# Two open ranges either of which will do: 2005年以前または2015年以降, before 2000 or after
# 2014.
_EITHER_RANGES = pattern(YEAR_SAID + r"\s*" + _REL + r"\s*(?:の協定)?\s*"
                         r"(?:または|又は|か|あるいは|もしくは|"
                         r"と(?=[^。？?]*(?:合わせ|あわせ|合計|足す|足し)))\s*" + YEAR_SAID +
                         r"\s*" + _REL)
_EN_REL = r"(before|prior to|until|up to|after|since)"
_EITHER_RANGES_EN = pattern(rf"\b{_EN_REL}\s+(\d{{4}})\s*,?\s+or\s+"
                            rf"(?:(?:signed|made|concluded)\s+)?{_EN_REL}\s+(\d{{4}})\b",
                            re.IGNORECASE)
_EN_AS_JA = {"before": "より前", "prior to": "より前", "until": "まで", "up to": "まで",
             "after": "より後", "since": "以降"}


def question_years(text: str) -> list[tuple[int, tuple[int, int]]]:
    """Every single year a question names (2013年と2014年), with its span."""
    out = []
    for m in re.finditer(YEAR_SAID + r"|\b(\d{4})\b", text):
        if text[m.end():m.end() + 1] == "代":
            continue  # 2000年代: a decade (question_decades)
        g = m.groups()
        out.append((int(g[3]) if g[3] else said_year(g[0:3]), m.span()))
    return out


def either_year(text: str, dates: DateRange, spans: list[tuple[int, int]]
                 ) -> tuple[DateRange, list[tuple[int, int]]]:
    """One year named, and others joined to it (2003年と2005年, 2003年か2005年, 2013 and
    2014): any of those years."""
    lo, hi = dates.years()
    years = question_years(text)
    decades = question_decades(text)  # 1990年代か2010年代: every year of either
    if lo is not None and hi == lo + 9 and lo % 10 == 0 and len(decades) >= 2 and all(
            EITHER.match(text[a[1]:b[0]]) for (_, a), (_, b) in pairwise(decades)):
        firsts = sorted({y for y, _ in decades})
        return DateRange((firsts[0], 1), (firsts[-1] + 9, 12),
                         "・".join(f"{y}年代" for y in firsts),
                         only_years=tuple(y + i for y in firsts for i in range(10))), \
            [sp for _, sp in decades]
    if lo is None or lo != hi or dates.months or len({y for y, _ in years}) < 2 or any(
            not EITHER.match(text[a[1]:b[0]]) for (_, a), (_, b) in pairwise(years)):
        return dates, spans
    chosen = tuple(sorted({y for y, _ in years}))
    label = "・".join(f"{y}年" for y in chosen)
    return DateRange((chosen[0], 1), (chosen[-1], 12), label, only_years=chosen), \
        [sp for _, sp in years]


def either_ranges(text: str) -> tuple[DateRange, list[tuple[int, int]]] | None:
    """Two open ranges joined by または / or: the years of either (by year: a range of
    whole years each)."""
    if m := _EITHER_RANGES.search(text):
        sides = [(said_year(m.groups()[0:3]), m.group(4)), (said_year(m.groups()[4:7]), m.group(8))]
    elif m := _EITHER_RANGES_EN.search(text):
        sides = [(int(m.group(2)), _EN_AS_JA[m.group(1).lower()]),
                 (int(m.group(4)), _EN_AS_JA[m.group(3).lower()])]
    else:
        return None
    ranges = [related_range((y, 1), (y, 12), f"{y}年", rel) for y, rel in sides]
    if all(r.start is not None for r in ranges) or all(r.end is not None for r in ranges):
        return None  # 2010年以降か2012年以降: one range, read as said elsewhere
    years = tuple(y for y in range(1868, 2101) if any(
        r.contains(SignDate(y)) for r in ranges))
    label = "または".join(r.label for r in ranges)
    return DateRange((years[0], 1), (years[-1], 12), label, only_years=years), [m.span()]
