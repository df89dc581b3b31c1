"""Rows → tables of groups (by country, municipality, prefecture, year, decade, partner
or field; largest first), and the rows at the ends of the signing dates. Pure."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from .conditions import Filter, Plan
from .dates import ERA_SPANS, NO_DATE, SignDate
from .gazetteer import COUNTRY_ALIASES, REGION_OF
from .groupings import CITIES_COUNTED
from .kinds import CITY, at_level, document_of, entity_kind
from .lazy_re import pattern
from .records import Record


@dataclass(frozen=True)
class Group:
    value: str | None     # None: the rows whose signing year the data does not state
    count: int
    label: str = ""       # as the answer names it
    date: SignDate | None = None  # a side compared by date: its first (or last) signing


def extreme_rows(rows: list[int], records: Sequence[Record], plan: Plan) -> list[int]:
    """The N rows signed first (or last), or all that share the extreme date (or the
    N-th date: plan.pick ("rank", N))."""
    dated = [i for i in rows if records[i].date is not None]

    def key(i: int) -> tuple[int, int, int]:
        d = records[i].date
        assert d is not None
        return d.key()

    if plan.order == "both" and dated:  # 最も古い協定と最も新しい協定: each end
        return [*extreme_rows(rows, records, replace(plan, order="oldest")),
                *extreme_rows(rows, records, replace(plan, order="newest"))]
    dated.sort(key=key, reverse=plan.order == "newest")
    if not dated:
        return []
    if plan.limit:  # the N first, and those signed on the N-th's date too (a tie at the cut)
        cut = key(dated[min(plan.limit, len(dated)) - 1])
        return dated[:plan.limit] + [i for i in dated[plan.limit:] if key(i) == cut]
    if plan.limit is not None:  # 0: all, in order
        return dated
    keys = list(dict.fromkeys(key(i) for i in dated))  # 2番目に古い: the second date
    n = plan.pick[1] if plan.pick and plan.pick[0] == "rank" else 1
    return [i for i in dated if n <= len(keys) and key(i) == keys[n - 1]]


def group_values(rec: Record, group_by: str | None) -> list[str | None]:
    """The groups one record counts in (a row with two parties counts for each)."""
    if group_by == "country":
        return [rec.country or "（国・地域の記載なし）"]
    if group_by == "region":  # 地域別: the country's M49 subregion (東アジア, 欧州 …)
        return [REGION_OF.get(rec.country or "", "（地域の記載なし）" if not rec.country
                              else "（地域の分類なし）")]
    if group_by == "municipality":
        return list(dict.fromkeys(p.name for p in rec.parties))
    if group_by == "prefecture":
        return list(dict.fromkeys(p.prefecture or "（都道府県不明）" for p in rec.parties))
    if group_by == "year":
        return [str(rec.date.year) if rec.date else None]
    if group_by == "fiscal":  # 年度: April to March; a year alone says no fiscal year
        d = rec.date
        return [None if d is None else "（月の記載がなく年度不明）" if d.month is None
                else str(d.year if d.month >= 4 else d.year - 1)]
    if group_by == "decade":
        return [str(rec.date.year // 10 * 10) if rec.date else None]
    if group_by == "month":  # 月別: the month, where the list gives one
        return [str(rec.date.month) if rec.date and rec.date.month else None if not rec.date
                else "（月の記載なし）"]
    if group_by == "era":  # 元号別: 昭和, 平成 …
        return [next(era for era, (start, _) in reversed(ERA_SPANS.items())
                     if (rec.date.year, rec.date.month or 12) >= start) if rec.date else None]
    if group_by == "partner":  # one city however written (釜山広域市, 釜山市, 釜山: 釜山市)
        return list(dict.fromkeys(_city(p) for p in rec.partners)) or [
            rec.partner.strip() or "（相手の記載なし）"]
    if group_by == "field":
        return list(field_items(rec.fields)) or ["（分野の記載なし）"]
    if group_by == "doc":  # 文書の種類別: what the agreement's name says it is
        return [document_of(rec.title)]
    return []


def kept_groups(plan: Plan, filters: Sequence[Filter]) -> Callable[[str], bool] | None:
    """Which groups a table keeps, when not all: the parties of the levels asked
    (市町村はいくつ: not 熊本県, co-signer of 熊本市's), the partners that are cities
    when cities are counted (中国の何都市と: not 福建省 nor a bureau)."""
    levels = [v for f in filters if f.kind == "level" and not f.exclude for v in f.values]
    if levels and plan.group_by == "municipality":
        return lambda v: any(at_level(v, level) for level in levels)
    if plan.group_by == "partner" and plan.distinct and CITIES_COUNTED.search(plan.text):
        return lambda v: entity_kind(v) == CITY or _bare_place(v)  # 釜山, not 中国
    return None


def _city(name: str) -> str:
    """A partner city in one form: 釜山広域市 and 釜山 → 釜山市; other partners as written."""
    city = re.sub(r"(?:広域市|特別市|直轄市)$", "市", name)
    return city + "市" if _bare_place(city) else city


def _bare_place(name: str) -> bool:
    """A place named without its suffix (釜山): no kind of body, no country."""
    return entity_kind(name) is None and name not in COUNTRY_ALIASES and \
        bool(_PLACE_NAME.fullmatch(name))


_PLACE_NAME = pattern(r"[\u4e00-\u9fff\u30a0-\u30ffー]+")


def aggregate(rows: Sequence[int], records: Sequence[Record], group_by: str | None,
              count_of: str | None = None, keep: Callable[[str], bool] | None = None
              ) -> list[Group]:
    """Groups and counts, largest first (ties in first-seen order, years by year): each
    group's rows, or its number of distinct values of `count_of` (相手国の数); only the
    groups `keep` keeps (kept_groups)."""
    counts: Counter[str | None] = Counter()
    held: dict[str | None, set[str | None]] = {}
    for i in rows:
        for v in group_values(records[i], group_by):
            if keep and not (v and keep(v)):
                continue
            counts[v] += 1
            if count_of:
                held.setdefault(v, set()).update(group_values(records[i], count_of))
    for v, values in held.items():
        counts[v] = len(values - {None})
    order = {v: n for n, v in enumerate(counts)}

    def key(item: tuple[str | None, int]) -> tuple[bool, int, int]:
        v, n = item  # what the list does not say (締結年の記載なし, 月の記載なし) comes last
        return (unknown(v), -n, order[v])

    unit = {"year": "年", "fiscal": "年度", "decade": "年代", "month": "月"}.get(group_by or "", "")
    return [Group(v, n, NO_DATE if v is None else v if unknown(v) else f"{v}{unit}")
            for v, n in sorted(counts.items(), key=key)]


# (The three below are asked of every row a field condition keeps, again and again; a
# list's field cells are few, so each cell's answer is kept.)
def field_items(fields: Sequence[str]) -> tuple[str, ...]:
    """The items of a field cell without what their parentheses add (科学技術(環境) →
    科学技術; まちづくり (水道・下水・廃棄物処理) → まちづくり)."""
    return _field_items(tuple(fields))


@lru_cache(maxsize=4096)
def _field_items(fields: tuple[str, ...]) -> tuple[str, ...]:
    out = (re.sub(r"\s*[(（].*$", "", f).strip() for f in fields)
    return tuple(dict.fromkeys(f for f in out if f))


def field_values(fields: Sequence[str]) -> tuple[str, ...]:
    """The fields a row counts in, for a table and a condition alike: each item and what
    its parenthesis names (科学技術(環境) → 科学技術, 環境; まちづくり (水道・下水・廃棄物処理)
    → まちづくり, 水道, 下水, 廃棄物処理); not a part of an item (教育 of 教育普及)."""
    return _field_values(tuple(fields))


@lru_cache(maxsize=4096)
def _field_values(fields: tuple[str, ...]) -> tuple[str, ...]:
    subs = [w for f in fields for inner in re.findall(r"[(（]([^)）]*)", f)
            for w in re.split(r"[・、,\s]+", inner) if w]
    return tuple(dict.fromkeys((*_field_items(fields), *subs)))


def bracketed_fields(fields: Sequence[str]) -> tuple[str, ...]:
    """The fields a cell names only inside a parenthesis (環境 of 科学技術(環境))."""
    return _bracketed_fields(tuple(fields))


@lru_cache(maxsize=4096)
def _bracketed_fields(fields: tuple[str, ...]) -> tuple[str, ...]:
    items = _field_items(fields)
    return tuple(v for v in _field_values(fields) if v not in items)


def unknown(value: str | None) -> bool:
    """A group of the rows whose value the list does not give (None: no signing year;
    （月の記載なし）, （国・地域の記載なし）)."""
    return value is None or value.startswith("（")


def picked(groups: Sequence[Group], pick: tuple[str, int] | None) -> list[Group]:
    """The groups a question asks for: the largest (ties all), the fewest, the N-th
    largest (by distinct counts: 10, 10, 8 → 8 is 2番目), exactly N, N or more, N or fewer."""
    groups = [g for g in groups if not unknown(g.value)] or groups  # not 月の記載なし
    counts = sorted({g.count for g in groups}, reverse=True)
    kind, n = pick or ("rank", 1)
    if kind == "count":
        return [g for g in groups if g.count == n]
    if kind == "at_least":
        return [g for g in groups if g.count >= n]
    if kind == "at_most":
        return [g for g in groups if g.count <= n]
    if kind == "top":  # 上位3か国: the three largest, and any tied with the third
        return [g for g in groups if len(groups) <= n or g.count >= groups[n - 1].count]
    at = counts[-1] if kind == "least" and counts else counts[n - 1] if 0 < n <= len(counts) \
        else None
    return [g for g in groups if g.count == at]
