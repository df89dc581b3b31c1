"""Two turns read together (合わせると？ 差は？ after 中国は何件？ / 韓国は？; 合計は？ after a
comparison) and a value added to the last turn's (2004年も after 2003年の). Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from .conditions import Filter, Plan
from .dates import DateRange
from .lazy_re import pattern

# Two questions put together (中国は何件？ / 韓国は？ / 合わせると？): their sum, or which is
# more and by how much (差は？ どっちが多い？ combined, the difference).
_SUM = pattern(r"合わせ|両方で|足すと|足したら|足して|合算|合計|全部で|全体で|総計|"
               r"\b(?:combined|together|in all|"
               r"altogether|in total|total|sum|both|add (?:them|those|these|it) up|added up)\b",
               re.IGNORECASE)
_DIFFERENCE = pattern(r"差|違い|(?:どっち|どちら)(?:が|の方が|のほうが)?(?:多|少な)|"
                      r"多いのは(?:どっち|どちら)|\bdifference\b|\bwhich (?:one )?"
                      r"(?:has|is|had|was) (?:more|bigger|larger|fewer|smaller)\b",
                      re.IGNORECASE)


def across(before: Plan, previous: Plan, current: Plan) -> Plan | None:
    """A question of the last two answers together (合わせると？ 差は？), when they differ
    in one condition's value (中国 / 韓国, 長崎県 / 福岡市): a count of either value, or the
    two compared. None when it asks something else or they differ otherwise."""
    if _BOTH_HELD.search(current.text) and not current.filters:
        return _held_by_both(before, previous, current)
    sum_cue = _SUM.search(current.text)
    cue = sum_cue or _DIFFERENCE.search(current.text)
    summed = sum_cue is not None
    said_again = {(f.kind, f.values) for f in previous.filters if not f.exclude}
    if cue is not None and current.filters and all(  # 福岡市の分も足すと？ after 福岡市は？
            (f.kind, f.values) in said_again and not f.exclude for f in current.filters):
        current = replace(current, filters=(), topic=tuple(
            t for t in current.topic if not any(t in f.words for f in current.filters)))
    if cue is None or current.filters or current.compare or any(
            t.casefold() not in cue.group(0).casefold() for t in current.topic):
        return None  # (combined?, the difference?: the cue is its only word)
    a, b, differ = _differing(before, previous)
    same = {(f.kind, f.values, f.exclude) for f in before.filters if f.kind not in differ}
    if len(differ) != 1 or a.keys() != b.keys() or same != {
            (f.kind, f.values, f.exclude) for f in previous.filters if f.kind not in differ} \
            or before.topic != previous.topic:
        return None
    one, two = a[differ[0]], b[differ[0]]
    rest = tuple(f for f in previous.filters if f is not two)
    years = [whole_years(f) for f in (one, two)]
    if summed and differ[0] == "date" and not all(years):
        return None  # two ranges of dates not of whole years: no one condition of either
    if summed:  # either value: 中国・韓国と結んだ協定, 2013年・2014年に, 1990年代・2000年代に
        either = replace(two, key=f"{one.key}+{two.key}", values=one.values + two.values,
                         words=one.words + two.words, label=f"{one.label}・{two.label}")
        if differ[0] == "date":
            chosen = tuple(sorted({y for ys in years for y in ys or ()}))
            either = replace(either, dates=DateRange((chosen[0], 1), (chosen[-1], 12),
                                                     either.label, only_years=chosen))
        return replace(previous, operation="count", filters=rest + (either,), follow_up=True,
                       text=current.text)
    sides = (replace(one, key=f"{one.key}:a"), replace(two, key=f"{two.key}:b"))
    return replace(previous, operation="compare", filters=rest, compare=sides, follow_up=True,
                   text=current.text)


def _differing(before: Plan, previous: Plan
               ) -> tuple[dict[str, Filter], dict[str, Filter], list[str]]:
    """Each plan's conditions by kind (those kept, not left out), and the kinds both name
    with other values (中国 / 韓国: country)."""
    a = {f.kind: f for f in before.filters if not f.exclude}
    b = {f.kind: f for f in previous.filters if not f.exclude}
    return a, b, [k for k in a.keys() & b.keys() if a[k].values != b[k].values]


# 両方と結んでいるのは？ どちらとも協定がある自治体は？: the parties (or countries) that hold
# both of the last two answers' values.
_BOTH_HELD = pattern(r"(?:両方|双方|どちらとも|どっちとも|いずれとも)\s*(?:と|に|の)?\s*(?:も)?\s*"
                     r"(?:結|締結|協定|提携|交わ|つなが|関係)|\bwith both\b|\bboth of them\b",
                     re.IGNORECASE)
# The table whose groups hold the values of a kind, and what each group counts.
_HELD_BY = {"country": ("municipality", "country"), "field": ("municipality", "field"),
            "party": ("country", "municipality")}


def _held_by_both(before: Plan, previous: Plan, current: Plan) -> Plan | None:
    """The groups holding both values the last two answers differ in (韓国 / 中国 → the
    parties with agreements with both), as 韓国と中国の両方と結んでいる自治体 is read."""
    a, b, differ = _differing(before, previous)
    if len(differ) != 1 or differ[0] not in _HELD_BY or a.keys() != b.keys():
        return None
    one, two = a[differ[0]], b[differ[0]]
    both = replace(two, key=f"{one.key}+{two.key}", values=one.values + two.values,
                   words=one.words + two.words, label=f"{one.label}・{two.label}")
    grouped, counted = _HELD_BY[differ[0]]
    return replace(previous, operation="aggregate", follow_up=True, text=current.text,
                   filters=tuple(f for f in previous.filters if f is not two) + (both,),
                   group_by=previous.group_by if previous.group_by not in (None, counted)
                   else grouped, count_of=counted, pick=("at_least", len(both.values)),
                   compare=(), order=None, limit=None)


def whole_years(f: Filter) -> tuple[int, ...] | None:
    """The whole years a date condition is (2014年; 1990年代: 1990‥1999), else None."""
    d = f.dates
    if d is None or d.months or d.start is None or d.end is None or d.day is not None:
        return None
    if d.start[1] != 1 or d.end[1] != 12:
        return None
    return d.only_years or tuple(range(d.start[0], d.end[0] + 1))


def sides_summed(previous: Plan, current: Plan) -> Plan | None:
    """合計は？ 合わせると？ after a comparison: a count of the rows of any side."""
    if not previous.compare or current.filters or not _SUM.search(current.text):
        return None
    first = previous.compare[0]
    either = Filter(first.kind, first.kind, tuple(v for f in previous.compare for v in f.values),
                    words=tuple(w for f in previous.compare for w in f.words),
                    label="・".join(f.label for f in previous.compare))
    return replace(previous, operation="count", compare=(),
                   filters=previous.filters + (either,), text=current.text, follow_up=True)


def years_added(previous: Plan, f: Filter) -> Filter | None:
    """A whole year added to the last answer's whole years (2004年も after 2003年の): both
    years, as a date of those years alone; None for any other condition."""
    def years(g: Filter) -> tuple[int, ...]:
        return () if g.kind != "date" or g.exclude else whole_years(g) or ()
    new = years(f)
    old = next((g for g in previous.filters if years(g)), None)
    if not new or old is None:
        return None
    both = tuple(sorted({*years(old), *new}))
    label = "・".join(f"{y}年" for y in both)
    return replace(f, values=(label,), words=old.words + f.words, label=label,
                   dates=DateRange((both[0], 1), (both[-1], 12), label, only_years=both))
