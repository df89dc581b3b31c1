"""The turns of a conversation as the grammar reads them: a correction as the follow-up
it means (いや、佐賀県の方 → では佐賀県は？, corrections.py), the other values of a kind the
last turn named (それ以外の分野は？ → 環境以外の分野は？), a year said of the last one's
(その前の年は？ → 2012年は？; その年に他に: the year the last answer's agreements share),
and an earlier turn's group a table picks in its place (一番多い国の協定 → 中国の協定, so
that そのうち… after it narrows those). Pure: plans and answers come from the engine."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .answer import Answer
from .asked import OTHERS_THAN_SHOWN
from .conditions import Filter, Plan
from .corrections import as_follow_up, others_asked, others_of
from .lazy_re import pattern
from .nested import nested, put_in
from .records import Record
from .spoken_dates import says_a_year_of, year_next_to

PlanOf = Callable[[str, Sequence[str]], Plan]    # Engine.plan
AskOf = Callable[[str, Sequence[str]], Answer]   # Engine.ask
# A question of "that agreement" (その協定の概要は？) is of the last answer's agreements
# when it named this many or fewer; a longer list is narrowed as a follow-up instead.
REFERRED_MAX = 5


def turns_said(turns: Sequence[str], plan: PlanOf, ask: AskOf) -> list[str]:
    """Each turn read against the turns before it (the module's doc)."""
    out: list[str] = []
    for n, turn in enumerate(turns):
        turn = as_follow_up(turn) if out else turn  # いや、佐賀県の方: では佐賀県は？
        if out and (kind := others_asked(turn)):  # それ以外の分野は？: 環境以外の分野は？
            turn = others_of(turn, tuple(f.label for f in plan(out[-1], out[:-1]).filters
                                         if f.kind == kind and not f.exclude))
        last = plan(out[-1], out[:-1]).one_year() if out else None
        if last is None and out and says_a_year_of(turn):  # その年に他に: the year the
            years = {h.record.date.year for h in ask(out[-1], out[:-1]).citations
                     if h.record.date is not None}  # last answer's agreements share
            last = years.pop() if len(years) == 1 else None
        turn = year_next_to(turn, last)
        if out and (same := _SAME_DATE.search(turn)):  # 同じ日に: the last one's date
            dates = {(d.year, d.month, d.day if same.group(1) in ("日", "day") else None)
                     for h in ask(out[-1], out[:-1]).citations if (d := h.record.date)
                     and d.month is not None and (d.day is not None or same.group(1)
                                                  not in ("日", "day"))}
            if len(dates) == 1:
                y, mo, day = dates.pop()
                turn = turn[:same.start()] + f"{y}年{mo}月" + (f"{day}日" if day else "") + \
                    turn[same.end():]
        if out and (that := _THAT.search(turn)):  # その国との協定 after 一番多い国は？
            kind = _THAT_KIND[(that.group(1) or that.group(2)).lower()]
            value = _that_value(kind, ask(out[-1], out[:-1]))
            if value is not None:  # 全部で, ほかに: all of that value's, not within the last
                value += "分野" if kind == "field" else ""  # その分野: 教育分野 (the field)
                turn = ("" if _IN_ALL.search(turn) or OTHERS_THAN_SHOWN.search(turn) else
                        "では") + turn[:that.start()] + value + turn[that.end():]
        inside = nested(turn) if n < len(turns) - 1 else None
        if inside is not None:  # 一番多い国の協定 → 中国の協定: what the next turns narrow
            values = tuple(v for v in ask(inside.table, out).top if v is not None)
            turn = put_in(turn, inside, values) if values else turn
        out.append(turn)
    return out


# 同じ日, その月: the day (or month) the last answer's agreements were signed.
_SAME_DATE = pattern(r"(?:その|同じ|この)\s*(日|月)(?![曜])|\b(?:that|the same)\s+(day|month)\b",
                     re.IGNORECASE)
# その国, その自治体, その分野 …: the one value of that kind the last answer gave.
_THAT = pattern(r"(?:その|この|同じ)(相手国|国|自治体|市|県|分野|相手都市|相手先|相手)|"
                r"\b(?:that|the same|this)\s+(country|municipality|prefecture|field|partner)\b",
                re.IGNORECASE)
_THAT_KIND = {"相手国": "country", "国": "country", "自治体": "municipality",
              "市": "municipality", "県": "prefecture", "分野": "field",
              "相手都市": "partner", "相手先": "partner", "相手": "partner",
              "country": "country", "municipality": "municipality", "prefecture": "prefecture",
              "field": "field", "partner": "partner"}
_IN_ALL = pattern(r"全部で|全体で|合計で|すべてで|全てで|\bin (?:all|total)\b")


def _that_value(by: str, last: Answer) -> str | None:
    """The value of kind `by` the last answer gave: the top of its table by that kind
    (長崎県の協定で一番多い相手国は？: 中国), else the one all its agreements share
    (一番古い協定は？: 長崎県); None when it gave none or several."""
    top = [t for t in last.top if t is not None]
    if last.group_by == by and top:
        return top[0] if len(top) == 1 else None
    values = {v for h in last.citations for v in _values_of(h.record, by)}
    return values.pop() if len(values) == 1 else None


def _values_of(record: Record, by: str) -> set[str]:
    if by == "country":
        return {record.country} if record.country else set()
    if by == "field":
        return set(record.fields)
    if by == "partner":
        return set(record.partners)
    return {p.name if by == "municipality" else p.prefecture or "" for p in record.parties} - {""}


def cited_titles(answer: Answer) -> tuple[str, ...]:
    """The titles of the agreements an answer cites, once each, in its order."""
    return tuple(dict.fromkeys(h.record.title for h in answer.citations))


def of_last(alone: Plan, last: Answer) -> Plan | None:
    """A question of the agreements the last answer named (その協定の概要は？ 締結年は？),
    read alone as `alone` (no conditions of its own): a lookup of just those (at most
    REFERRED_MAX), their details shown; the order it asks kept (その新しいほうの…)."""
    if not 0 < len(last.citations) <= REFERRED_MAX or alone.operation == "compare" or \
            alone.operation == "aggregate" and last.intent != "topic":
        return None  # それを国別に: a table of the last answer's, as a follow-up narrows
        # (after an answer of words alone, which no condition narrows: a table of those)
    titles = cited_titles(last)
    named = Filter("title", "title", titles, words=(), label="・".join(titles))
    return replace(alone, operation="aggregate" if alone.operation == "aggregate" else
                   "extreme" if alone.order else "lookup",
                   filters=(named,), topic=(), follow_up=True, asked=None)
