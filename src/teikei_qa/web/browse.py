"""The 一覧 tab's model, pure: a filter over the records, facet counts under it, the
rows per country and per signing year (every year of the span, empty ones too), and
the CSV the tab and the chat's downloads share."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from ..records import Record

UNKNOWN = "（記載なし）"
# name in the URL and in Filter, label on the page
FACETS = (("party", "自治体"), ("pref", "都道府県"), ("country", "国・地域"), ("field", "分野"))
CSV_COLUMNS = ("id", "自治体名", "協定名", "協定締結先", "国・地域", "分野", "締結日", "概要",
               "URL", "出典ファイル", "行")
# Spreadsheets run a cell that starts with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Filter:
    """The 一覧 selection; an empty tuple selects everything. Values within a facet are
    alternatives (OR), facets combine (AND). Records without a signing date are kept
    only while no year bound is set."""

    party: tuple[str, ...] = ()
    pref: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    field: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None

    def keeps(self, rec: Record) -> bool:
        values = facet_values(rec)
        for name, _ in FACETS:
            chosen = getattr(self, name)
            if chosen and not set(values[name]) & set(chosen):
                return False
        if self.year_from is None and self.year_to is None:
            return True
        if rec.date is None:
            return False
        lo = self.year_from if self.year_from is not None else rec.date.year
        hi = self.year_to if self.year_to is not None else rec.date.year
        return lo <= rec.date.year <= hi

    def toggled(self, name: str, value: str) -> Filter:
        """This filter with `value` added to facet `name`, or taken out when present."""
        chosen = getattr(self, name)
        new = tuple(v for v in chosen if v != value) if value in chosen else (*chosen, value)
        # `name` is one of FACETS, each a tuple[str, ...] field, never a year bound;
        # mypy cannot tell which field a name in a variable is.
        return replace(self, **{name: new})  # type: ignore[arg-type]

    def is_empty(self) -> bool:
        return self == Filter()

    def words(self) -> list[str]:
        """The selection in words, for file names and the page: 中国, 2010–2016年."""
        out = ["・".join(getattr(self, name)) for name, _ in FACETS if getattr(self, name)]
        if self.year_from is not None or self.year_to is not None:
            lo = "" if self.year_from is None else str(self.year_from)
            hi = "" if self.year_to is None else str(self.year_to)
            out.append(f"{lo}–{hi}年" if lo != hi else f"{lo}年")
        return out


def facet_values(rec: Record) -> dict[str, list[str]]:
    return {
        "party": sorted({p.name for p in rec.parties}) or [UNKNOWN],
        "pref": sorted({p.prefecture or UNKNOWN for p in rec.parties}) or [UNKNOWN],
        "country": [rec.country or UNKNOWN],
        "field": sorted(set(rec.fields)) or [UNKNOWN],
    }


def facet_counts(rows: Iterable[Record]) -> dict[str, list[tuple[str, int]]]:
    """For each facet, (value, rows carrying it) largest first; a record counts once per
    value."""
    counts: dict[str, Counter[str]] = {name: Counter() for name, _ in FACETS}
    for rec in rows:
        for name, values in facet_values(rec).items():
            counts[name].update(values)
    return {name: ordered(c) for name, c in counts.items()}


def ordered(counter: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))


def by_country(rows: Iterable[Record]) -> list[tuple[str, int]]:
    return ordered(Counter(r.country or UNKNOWN for r in rows))


def by_year(rows: Sequence[Record], span: tuple[int, int] | None = None
            ) -> tuple[list[tuple[int, int]], int]:
    """(every year from the first to the last with its count, zeros included; the number
    of rows without a date). `span` widens the axis (the filter's year bounds)."""
    counts = Counter(r.date.year for r in rows if r.date)
    undated = sum(1 for r in rows if r.date is None)
    years = list(counts) + (list(span) if span else [])
    if not years:
        return [], undated
    return [(y, counts.get(y, 0)) for y in range(min(years), max(years) + 1)], undated


def year_span(records: Iterable[Record]) -> tuple[int, int] | None:
    years = [r.date.year for r in records if r.date]
    return (min(years), max(years)) if years else None


def csv_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_text(rows: Iterable[Record]) -> str:
    """The rows as CSV (CSV_COLUMNS; formula-like cells defused with a leading quote).
    Write it as UTF-8 with a BOM so that Excel in Japan reads it."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        writer.writerow([csv_cell(c) for c in (
            r.id, r.municipality, r.title, r.partner, r.country or "", "・".join(r.fields),
            r.date.iso() if r.date else "", r.summary, r.url or "", r.source, r.line)])
    return out.getvalue()


def csv_bytes(rows: Iterable[Record]) -> bytes:
    return csv_text(rows).encode("utf-8-sig")
