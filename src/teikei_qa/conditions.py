"""The typed plan that passes from the parser to the executor and the answer: `Filter`
(one condition, with the words it came from) and `Plan` (the filters, the topic words and
the operation); and the sides of a comparison, made from a plan's filters. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from .asked_dates import question_dates
from .dates import ERA_PATTERN, ERA_SPANS, DateRange
from .grammar import ALTERNATIVES
from .lazy_re import pattern
from .rewrite import Change
from .text import blanked

# The key of a filter of titles standing for words no row holds as written (焼き物の団体):
# the rows those words clearly match (engine.py); the answer names it by the words.
NEAR = "near"
SHOWN = "-shown"  # the key of the agreements the last answer gave, left out (ほかに…は？)


@dataclass(frozen=True)
class Filter:
    """One condition: rows whose `kind` is any of `values` (or none of them, `exclude`)."""

    key: str                  # unique in a plan: what a chip removes
    kind: str                 # party country partner kind field doc date title name text
    values: tuple[str, ...]
    exclude: bool = False
    words: tuple[str, ...] = ()   # as the question wrote it
    label: str = ""               # as the answer names it (長崎県, アジア, 2014年)
    dates: DateRange | None = None
    soft: bool = False        # a field word without 分野: read as text when it leaves nothing
    only: bool = False        # 経済だけの協定, 熊本県が単独で: that value and no other
    related: bool = False     # 観光がらみ, 観光に関する: the field, or the word in the name


@dataclass(frozen=True)
class Plan:
    """What a question asks, typed."""

    text: str                             # the question as read (names in the list's form)
    operation: str = "topic"
    filters: tuple[Filter, ...] = ()
    topic: tuple[str, ...] = ()           # leftover words: narrow by them, or rank by them
    group_by: str | None = None           # country municipality prefecture year field
    top: bool = False                     # only the largest group asked (一番多い国)
    distinct: bool = False                # 何か国と: the number of groups
    count_of: str | None = None           # 自治体ごとの相手国の数: each group's number of
                                          # distinct values of this (not its rows)
    order: str | None = None              # oldest / newest
    limit: int | None = None              # the N of 新しい順に3件 (0: all, in order)
    pick: tuple[str, int] | None = None   # groups asked beyond the largest: ("least", 1),
                                          # ("rank", 2), ("count", 1), ("at_least", 2)
    compare: tuple[Filter, ...] = ()      # the sides of a comparison
    changes: tuple[Change, ...] = ()      # spellings read as the list's names
    follow_up: bool = False
    share: bool = False                   # 割合, 何パーセント: the count as a share too
    average: bool = False                 # 平均: the mean of the table's groups
    asked: str | None = None              # 人口は何人: the noun whose value is asked, when
                                          # the list has no such item (engine)
    joined: tuple[tuple[str, ...], ...] = ()  # topic words an earlier turn said as
                                          # alternatives (museums: 博物館 or 美術館)

    def one_year(self) -> int | None:
        """The one signing year the plan's conditions name (2013年の協定: 2013), if any."""
        years = [f.dates.years() for f in self.filters
                 if f.kind == "date" and not f.exclude and f.dates is not None]
        return years[0][0] if len(years) == 1 and years[0][0] == years[0][1] else None

    def without(self, keys: Sequence[str]) -> Plan:
        """The plan with the filters of these keys left out (a chip removed)."""
        drop = set(keys)
        return replace(self, filters=tuple(f for f in self.filters if f.key not in drop),
                       compare=self.compare if "compare" not in drop else ())


# The kind of condition each grouping's values are (国別: country; 県別: party).
GROUP_KINDS = {"country": "country", "region": "country", "municipality": "party",
               "prefecture": "party", "field": "field", "partner": "partner", "year": "date",
               "fiscal": "date",
               "decade": "date", "month": "date", "era": "date", "doc": "doc"}


def compare_sides(filters: list[Filter], years: list[tuple[int, tuple[int, int]]],
                   decades: Sequence[tuple[int, tuple[int, int]]] = (),
                   grouped: str | None = None) -> tuple[Filter, ...]:
    """Two or more values of one kind, each a side: parties, countries, regions, years,
    decades. Not the values of one word when a grouping is asked for (九州各県の動きを
    比べたいので県ごとに集計して: a table of the prefectures, not seven sides), nor
    values of another kind than the grouping's (中国または韓国の協定を県別に: a table)."""
    places = [f for f in filters if f.kind == "country" and not f.exclude]
    if len(places) >= 2 and any(f.key.startswith("region:") for f in places):
        return tuple(places)  # ヨーロッパとアメリカ, アジアと欧州: each place a side
    # Values said one by one are the sides, not a region's countries (北九州市と福岡市、
    # 東南アジアとの協定が多いのは: the two cities).
    sided = [f for f in filters if len(f.words) >= 2 and len(f.values) >= 2 and not f.exclude]
    for f in filters:
        if f.kind in ("party", "country", "partner", "field", "doc", "kind") and not f.exclude \
                and len(f.values) >= 2 and not ((grouped or sided) and len(f.words) == 1) \
                and GROUP_KINDS.get(grouped or "", f.kind) == f.kind:
            return tuple(Filter(f.key, f.kind, (v,), words=(w,), label=v)
                         for v, w in zip(f.values, f.words + f.values[len(f.words):],
                                         strict=False))
    # Decades (their first year) and months of any year (as -month): 2000年代と2010年代,
    # 5月と8月.
    months = list(dict.fromkeys(-m for m, _ in decades if m < 0))
    if len(months) >= 2:
        return tuple(Filter("date", "date", (f"{m}月",), words=(f"{m}月",), label=f"{m}月",
                            dates=DateRange(label=f"{m}月", months=(m,))) for m in months)
    distinct_decades = list(dict.fromkeys(y for y, _ in decades if y > 0))
    if len(distinct_decades) >= 2:
        return tuple(Filter("date", "date", (f"{y}年代",), words=(f"{y}年代",), label=f"{y}年代",
                            dates=DateRange((y, 1), (y + 9, 12), f"{y}年代"))
                     for y in distinct_decades)
    distinct_years = list(dict.fromkeys(y for y, _ in years))
    if len(distinct_years) >= 2:
        return tuple(year_side(y) for y in distinct_years)
    return ()


def year_side(year: int) -> Filter:
    """One calendar year as a side of a comparison, its value as the table writes it."""
    return Filter("date", "date", (f"{year}年",), words=(f"{year}年",), label=str(year),
                  dates=DateRange((year, 1), (year, 12), f"{year}年"))


def either_places(filters: list[Filter]) -> list[Filter]:
    """A world region and a country or region with no country in common (ヨーロッパか
    アメリカ, 東南アジアと中国): an agreement has one partner country, so both together
    would match nothing; they are one condition, either. A country inside the region
    (東南アジアのタイ) stays a narrower condition."""
    places = [f for f in filters if f.kind == "country" and not f.exclude]
    if len(places) < 2 or not any(f.key.startswith("region:") for f in places) or \
            set.intersection(*(set(f.values) for f in places)):  # 東南アジアのタイ: narrower
        return filters  # (western partners (US or europe): no country is in all, so either)
    one = Filter("country", "country", tuple(v for f in places for v in f.values),
                 words=tuple(w for f in places for w in f.words),
                 label="・".join(f.label for f in places))
    at = filters.index(places[0])
    rest = [f for f in filters if f not in places]
    return rest[:at] + [one] + rest[at:]


def joined_spans(text: str, found: Sequence[tuple[str, int, int]]) -> set[tuple[int, int]]:
    """The spans of values joined to another by と, か, または … (文化か教育)."""
    out: set[tuple[int, int]] = set()
    for (_, a1, b1), (_, a2, b2) in pairwise(sorted(found, key=lambda x: x[1])):
        if ALTERNATIVES.match(text[b1:a2]):
            out |= {(a1, b1), (a2, b2)}
    return out


def without_words(text: str, filters: Sequence[Filter]) -> str:
    """`text` with the words the filters were read from blanked (smog in 中国 → smog in)."""
    for f in filters:
        for w in f.words:
            text = text.replace(w, " ") if w else text
    return text


def sides_of(filters: Sequence[Filter]) -> tuple[Filter, ...]:
    """Each value a side of a comparison (長崎県と比べると？ after 福岡市); a date condition
    (2013年 against 2014年) is one side, its range kept (its values are only its label)."""
    return tuple(_date_side(f) if f.dates is not None else
                 Filter(f"{f.key}:{v}", f.kind, (v,), words=(v,), label=v)
                 for f in filters for v in ((f.label,) if f.dates is not None else f.values))


def _date_side(f: Filter) -> Filter:
    d = f.dates
    assert d is not None
    if d.start and d.end and d.start[0] == d.end[0] and (d.start[1], d.end[1]) == (1, 12) \
            and not (d.months or d.only_years or d.day):
        return year_side(d.start[0])  # 2013年: as a comparison of years writes it
    return replace(f, key=f"{f.key}:{f.label}")


# One value against the rest (中国と中国以外, 経済分野とそれ以外, China vs the rest).
_REST_SAID = pattern(r"と[、,\s]*(?:それ|その|これ|[^\s、。？?]{1,12}?)?(?:以外|ほか|他)|"
                     r"(?:以外|ほか|他)(?:の[^\s、。？?とや]{1,4})?\s*と|"  # 中国以外と中国
                     r"\b(?:and|or|vs\.?|versus)\s+(?:the\s+)?(?:rest|others|everything else)\b",
                     re.IGNORECASE)


def complement_sides(text: str, filters: Sequence[Filter]) -> tuple[Filter, ...]:
    """A comparison of one condition's value with the rest: the value and every other
    (中国と中国以外), or an open range of dates and its other side (2010年より前と2010年
    以降). None unless the question has one such condition and says the rest."""
    said = [f for f in filters if f.kind in ("party", "country", "partner", "field", "date")]
    left = [f for f in said if f.exclude]
    one = [f for f in said if not f.exclude and len(f.values) == 1]
    if len(left) == 1 == len(one) and left[0].kind == one[0].kind != "date" and \
            set(left[0].values) != set(one[0].values) and _REST_SAID.search(text):
        # 韓国以外の国と中国: all but one value against another, in the order said
        rest = replace(left[0], label=f"{left[0].label}以外")
        return tuple(sorted((rest, one[0]), key=lambda f: min(
            (i for w in f.words if (i := text.find(w)) >= 0), default=len(text))))
    if len(said) > 1:  # 文化分野では、長崎県と長崎県以外: the one said before 以外, the rest kept
        said = list({(f.kind, f.values): f for f in sorted(  # (長崎県 and 長崎県以外: one)
            (f for f in said if any(f"{w}以外" in text for w in f.words)),
            key=lambda f: not f.exclude)}.values())
    if len(said) != 1:
        return ()
    f = said[0]
    if f.dates is not None:
        other = None if f.exclude else f.dates.other_side()
        if other is not None and other.label not in text:
            # said in other words (2010年以降と2010年より前, 平成20年以前と平成21年以降):
            # the date the rest of the question says, when it is that other side
            unread = blanked(text, question_dates(text)[1])
            said_too, at = question_dates(unread)
            same = said_too is not None and (said_too.start, said_too.end) == (
                other.start, other.end) and not (said_too.months or said_too.only_years)
            if same and said_too is not None:
                words = tuple(unread[a:b].strip() for a, b in at)
                return f, replace(f, key=f"{f.key}:other", values=(said_too.label,),
                                  words=words, label=said_too.label, dates=said_too)
            other = None
        if other is None:
            return ()
        return f, replace(f, key=f"{f.key}:other", values=(other.label,), words=(other.label,),
                          label=other.label, dates=other)
    if not _REST_SAID.search(text):
        return ()
    kept = replace(f, key=f.key.removeprefix("-"), exclude=False)
    return kept, replace(kept, key="-" + kept.key, exclude=True, label=f"{kept.label}以外")


# Periods compared (2000〜2004年と2010〜2014年では): each range a side.
_PERIOD = pattern(r"(\d{4})\s*年?\s*[〜~～\-–]\s*(\d{4})\s*年")


def period_sides(text: str) -> tuple[Filter, ...]:
    """Two or more year ranges named, each a side of a comparison; or two eras alone
    (平成と昭和ではどちらが多い)."""
    periods = [(int(a), int(b)) for a, b in _PERIOD.findall(text) if int(a) <= int(b)]
    if len(set(periods)) < 2:
        return _era_sides(text)
    return tuple(Filter(f"date:{lo}-{hi}", "date", (f"{lo}〜{hi}年",), words=(f"{lo}〜{hi}年",),
                        label=f"{lo}〜{hi}年", dates=DateRange((lo, 1), (hi, 12), f"{lo}〜{hi}年"))
                 for lo, hi in dict.fromkeys(periods))


# What may stand between two values of different kinds compared (長崎県の協定と中国との協定,
# 長崎県と中国では): the agreements of each, then と, か or versus.
_ACROSS = pattern(r"^\s*(?:(?:と|との|が結んだ|の|が?締結(?:した)?の?|を相手(?:方|先)?とする)\s*"
                  r"(?:協定数|協定の数|協定|もの|分|件数|数))?\s*(?:と|か|、|,|vs\.?|versus|and|or)\s*$",
                  re.IGNORECASE)


def cross_sides(text: str, filters: Sequence[Filter]) -> tuple[Filter, ...]:
    """Two values of different kinds said side by side in a comparison (長崎県の協定と中国と
    の協定ではどちらが多い: 長崎県's 17 against 中国's 18), each a side; none when more is
    said or they are not said next to each other."""
    said = [f for f in filters if not f.exclude]
    if len(said) != 2 or len(filters) != 2 or said[0].kind == said[1].kind or any(
            len(f.values) != 1 or f.kind not in ("party", "country", "partner", "field", "date")
            for f in said):
        return ()
    at = sorted((text.find(f.words[0]) if f.words else -1, f) for f in said)
    (a, first), (b, second) = at
    if a < 0 or not _ACROSS.match(text[a + len(first.words[0]):b]):
        return ()
    return first, second


def dates_sides(text: str) -> tuple[Filter, ...]:
    """Two or more signing-date conditions in a question that compares (2000年より前と
    2010年以降, 平成10年代と平成20年代, 2011年から2013年と2014年から2016年): each a side, in
    the order said; none when two of them are the same dates."""
    found: list[tuple[int, DateRange, str]] = []
    rest = text
    while len(found) < 4:
        dates, spans = question_dates(rest)
        if dates is None or not spans:
            break
        a, b = min(a for a, _ in spans), max(b for _, b in spans)
        found.append((a, dates, text[a:b].strip()))
        rest = blanked(rest, spans)
    found.sort(key=lambda x: x[0])
    if len(found) < 2 or len({(d.start, d.end, d.months) for _, d, _ in found}) < len(found):
        return ()
    return tuple(Filter(f"date:side{n}:{d.label}", "date", (d.label,), words=(said,),
                        label=d.label, dates=d) for n, (_, d, said) in enumerate(found))


_ERA_SIDE = pattern(rf"({ERA_PATTERN})(?!\s*(?:元|\d|[一二三四五六七八九十]|一桁|ひとけた))")


def _era_sides(text: str) -> tuple[Filter, ...]:
    """Eras named alone, two or more, each a side: 平成 (1989年1月〜2019年4月), 昭和."""
    eras = list(dict.fromkeys(m.group(1) for m in _ERA_SIDE.finditer(text)))
    if len(eras) < 2:
        return ()
    sides = []
    for era in eras:
        began, ended = ERA_SPANS[era]
        last = None if ended[0] == 9999 else ended
        sides.append(Filter(f"date:{era}", "date", (era,), words=(era,), label=era,
                            dates=DateRange(began, last, era)))
    return tuple(sides)
