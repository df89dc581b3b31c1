"""`Plan` + the condition index → `Result`: the rows, the groups and the related hits,
computed from the table, never estimated. Pure over the records and their maps."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from . import groups as grouping
from .columns import RowMaps
from .conditions import Filter, Plan
from .dates import DATED, DateRange
from .gazetteer import PREFECTURES
from .grammar import FIELD_AGREEMENT_EN, FIELD_NOUN_EN, FIELD_SUBJECT, share_base
from .groups import Group, aggregate, extreme_rows, field_items, field_values, group_values
from .kinds import INSTITUTIONS, at_level, kinds_of_rows
from .narrowing import alternative, topic_groups
from .records import Record, parse_fields
from .store import RecordTable, column, passages, read_vocabulary, text_column
from .text import nfkc, title_key, to_katakana
from .tokenize import fuzzy_key
from .vocab import Vocabulary, newest_as_of

# Words that mean the same thing in a topic narrowing (博物館 finds 美術館 too).
TOPIC_SYNONYMS: dict[str, tuple[str, ...]] = {
    "博物館": ("博物館", "博物院", "美術館", "記念館", "ミュージアム"),
    "ミュージアム": ("博物館", "博物院", "美術館", "記念館", "ミュージアム"),
    "美術館": ("美術館", "ミュージアム"),
    "大学": ("大学", "大学校"),
    "ごみ": ("ごみ", "ゴミ", "廃棄物"),
    "廃棄物": ("ごみ", "ゴミ", "廃棄物"),
    "漁業": ("漁業", "水産"),
    "留学": ("留学", "留学生"),
    "先生": ("先生", "教師", "講師"),
    "教師": ("先生", "教師", "講師"),
}


@dataclass(frozen=True)
class Result:
    """What the plan selected: rows (in file order, or by date for extremes), groups,
    the filters really applied and the topic words used or not."""

    plan: Plan
    rows: tuple[int, ...] = ()
    applied: tuple[Filter, ...] = ()      # filters incl. topic narrowing, in order
    empty: tuple[Filter, ...] = ()        # filters that match nothing on their own
    groups: tuple[Group, ...] = ()
    ignored: tuple[str, ...] = ()
    total: int = 0                        # rows under the filters (aggregate, compare)
    unsure: int = 0                       # rows dated only by a year the range cuts
    base: tuple[Filter, ...] | None = None  # a share's whole: the party's conditions
    base_total: int = 0
    nested: tuple[str, ...] = ()          # fields named in a parenthesis (環境 of 科学技術(環境))


# The maps from a value to the rows that hold it (a table file keeps them: `store.py`).
MAPS = ("party", "prefecture", "country", "partner_text", "field_text", "title", "year")
RowLookup = Mapping[Any, AbstractSet[int]]


def condition_maps(records: Iterable[Record]) -> dict[str, dict[Any, set[int]]]:
    """Party, prefecture, country, partner, field, title and year → rows."""
    maps: dict[str, dict[Any, set[int]]] = {name: defaultdict(set) for name in MAPS}
    for i, rec in enumerate(records):
        for p in rec.parties:
            maps["party"][p.name].add(i)
            if p.prefecture:
                maps["prefecture"][p.prefecture].add(i)
        if rec.country:
            maps["country"][rec.country].add(i)
        for ent in rec.partners or (rec.partner,):
            maps["partner_text"][nfkc(ent)].add(i)
        for f in rec.fields:
            maps["field_text"][nfkc(f)].add(i)
        maps["title"][title_key(rec.title)].add(i)
        if rec.date is not None:
            maps["year"][rec.date.year].add(i)
    return {name: dict(m) for name, m in maps.items()}


def _holds(text: str, word: str) -> bool:
    """`word` in `text`; one kanji only as a word of its own (水, not 水産 or 上下水道)."""
    if len(word) > 1 or not "\u4e00" <= word <= "\u9fff":
        return word in text
    return re.search(rf"(?<![\u4e00-\u9fff々]){word}(?![\u4e00-\u9fff々])", text) is not None


class ConditionIndex:
    """The records with maps from party, prefecture, country, field and year to rows.

    Given `maps` and `vocabulary` (read from a table file), nothing is built until a
    question needs it; given records alone, the maps are made from them on first use."""

    def __init__(self, records: Sequence[Record], *, maps: Mapping[str, RowLookup] | None = None,
                 vocabulary: Callable[[], Vocabulary] | None = None) -> None:
        self.records: Sequence[Record] = records if maps is not None else list(records)
        self._stored_maps = maps
        self._vocabulary = vocabulary
        self._texts: list[str] | None = None

    @classmethod
    def from_table(cls, records: RecordTable) -> ConditionIndex:
        """The condition index of a table file's records, read as questions need it."""
        return cls(records, maps=RowMaps(records.table, MAPS),
                   vocabulary=lambda: Vocabulary.from_parts(
                       read_vocabulary(records.table),
                       as_of=newest_as_of(column(records, "as_of"))))

    @cached_property
    def _maps(self) -> Mapping[str, RowLookup]:
        return self._stored_maps if self._stored_maps is not None \
            else condition_maps(self.records)

    @cached_property
    def _field_items(self) -> dict[str, set[int]]:
        """A field item → its rows, from the distinct field cells: the items 分野別 counts
        (経済, 科学技術, 教育普及: field_items) and those a parenthesis names (環境 of
        科学技術(環境), 水道 of まちづくり (水道・下水・廃棄物処理)); not a part of one (教育
        of 教育普及)."""
        out: dict[str, set[int]] = defaultdict(set)
        for text, rows in self._maps["field_text"].items():
            for item in field_values(parse_fields(text)):
                out[item] |= rows
        return out

    @cached_property
    def vocab(self) -> Vocabulary:
        return self._vocabulary() if self._vocabulary else Vocabulary.from_records(self.records)

    @cached_property
    def names(self) -> list[str]:
        return list(self.vocab.name_keys)

    @cached_property
    def all(self) -> frozenset[int]:
        return frozenset(range(len(self.records)))

    @cached_property
    def partner_kinds(self) -> dict[str, set[int]]:
        """Kind of partner (政府機関, 州・省 …) → rows, read off the names on first use."""
        return kinds_of_rows(*(text_column(self.records, c)
                               for c in ("title", "partner", "municipality")))

    def texts(self) -> list[str]:
        """Each record's passage, NFKC with hiragana as katakana, made on first use."""
        if self._texts is None:
            self._texts = [to_katakana(t) for t in passages(self.records)]
        return self._texts

    @staticmethod
    def _containing(index: RowLookup, term: str) -> set[int]:
        out: set[int] = set()
        for text in index:  # distinct texts: far fewer than records
            if term in text:
                out |= index[text]
        return out

    def rows_of(self, f: Filter) -> frozenset[int]:
        """The rows a filter's values match (values of one filter are ORed)."""
        ids: set[int] = set()
        if f.kind == "party" and f.only:  # 熊本県が単独で: that party and no other signed
            ids = {i for v in f.values for i in self._maps["party"].get(v, set())
                   if len(self.records[i].parties) == 1}
        elif f.kind == "party":
            for v in f.values:
                ids |= self._maps["prefecture"].get(v, set()) if v in PREFECTURES \
                    else self._maps["party"].get(v, set())
        elif f.kind == "country":
            for v in f.values:
                ids |= self._maps["country"].get(v, set())
        elif f.kind == "partner":
            for v in f.values:
                ids |= self._containing(self._maps["partner_text"], v)
        elif f.kind == "level":  # 県 (the prefecture itself), 市, 町村, 政令市: by the name
            ids = {i for name, rows in self._maps["party"].items()
                   if any(at_level(name, v) for v in f.values) for i in rows}
        elif f.kind == "kind":
            for v in f.values:
                ids |= self.partner_kinds.get(v, set())
        elif f.kind == "field" and f.only:  # 経済だけ: that field and no other
            ids = {i for i in self.all if field_items(self.records[i].fields) in {
                (v,) for v in f.values}}
        elif f.kind == "field":  # an item of the field cell; else any cell that names it
            for v in f.values:
                ids |= self._field_items.get(v) or self._containing(self._maps["field_text"], v)
                if f.related:  # 観光がらみ: also 共同観光誘致事業 (経済) by its name
                    ids |= self._containing(self._maps["title"], v)
        elif f.kind == "url":  # URLが載っている: the rows the list gives a web page
            ids = {i for i, url in enumerate(column(self.records, "url"))
                   if bool(url) is (f.values != ("none",))}  # URLがない: those without
        elif f.kind == "many":  # 複数の自治体が共同で, 分野が複数ある
            ids = {i for i in self.all if len(group_values(
                self.records[i], "municipality" if "party" in f.values else "field")) > 1}
        elif f.kind == "date" and f.dates is None and f.values == (DATED,):  # わかっている
            ids = set().union(*self._maps["year"].values())
        elif f.kind == "date" and f.dates is None:  # 締結日の記載がない: no year given
            ids = set(self.all).difference(*self._maps["year"].values())
        elif f.kind == "date" and f.dates is not None:
            lo, hi = f.dates.years()
            for year, rows in self._maps["year"].items():
                if (lo is None or year >= lo) and (hi is None or year <= hi):
                    ids |= {i for i in rows if (d := self.records[i].date) is not None
                            and f.dates.contains(d)}
        elif f.kind == "doc":  # 覚書: the agreement's name says it is one
            for v in f.values:
                ids |= self._containing(self._maps["title"], v)
        elif f.kind == "title":
            for v in f.values:
                ids |= self._maps["title"].get(v, set())
        elif f.kind == "name":
            for v in f.values:
                key = fuzzy_key(v)
                if key in self.vocab.names_blob:
                    ids |= {i for i, t in enumerate(self.names) if key in t}
        elif f.kind == "text":
            texts = self.texts()
            forms = [to_katakana(nfkc(w)) for v in f.values for w in TOPIC_SYNONYMS.get(v, (v,))]
            ids = {i for i, t in enumerate(texts) if any(_holds(t, w) for w in forms)}
        return frozenset(ids)

    def select(self, filters: Sequence[Filter]) -> tuple[frozenset[int], list[Filter]]:
        """Rows meeting every filter (exclusions taken away), and the filters that match
        nothing on their own."""
        rows = self.all
        empty = []
        for f in filters:
            ids = self.rows_of(f)
            if f.exclude:
                rows = rows - ids
            else:
                if not ids:
                    empty.append(f)
                rows = rows & ids
        return rows, empty


def execute(plan: Plan, index: ConditionIndex,
            rank: Callable[[str, Sequence[int]], list[int]] | None = None) -> Result:
    """Run the plan. `rank(text, rows)` orders rows for a lookup (None: file order)."""
    filters = _names_between(list(plan.filters), index)
    rows, empty = index.select(filters)
    # A field word without 分野 that leaves nothing is a word of the text; so are a name that
    # is a kind of document too (協力合意書) when the others name one called otherwise, and a
    # kind of document (覚書) the others' rows are not called. A field said as the subject
    # (the joint tourism agreement: 経済, named 共同観光誘致事業) is then a word of its name.
    soft = [f for f in filters if not f.exclude and (
        f.kind == "field" and f.soft or f.kind in ("title", "doc") and len(filters) > 1)]
    named = [f for f in filters if f.kind == "field" and not f.exclude and not f.soft
             and _names_the_field(plan.text, f)]
    for chosen, kind in ((soft, "text"), (named, "doc")):
        swapped = [f if f not in chosen else replace(f, kind=kind, key=f"{kind}:{f.key}")
                   for f in filters]
        if not rows and chosen and (found := index.select(swapped))[0]:
            filters, (rows, empty) = swapped, found
    ignored: list[str] = []
    # A field word describing an activity (CO2の少ない街づくりを手伝う), not naming the
    # agreement's field (環境協定, 環境分野): when neither field nor text holds it, the
    # other conditions stand and the word is said not used. A kind of document too
    # (アトランタ市との覚書: it is a 合意書).
    docs = [f for f in filters if not f.exclude and (f.kind == "doc" or f.kind == "field" and f.soft
                                                     and not _names_the_field(plan.text, f))]
    if not rows and docs and len(docs) < len(filters) and plan.operation == "list" and (
            kept := _without_these(filters, docs, index)):
        filters, rows, empty = kept
        ignored.extend(w for f in docs for w in f.words)
    # A kind of partner said of a partner named (the Hai Phong water company: the city,
    # whose summary names its 水道公社; スポーツ団体: the スポーツ公社, a government body):
    # when it leaves nothing, the named partner stands.
    kinds = [f for f in filters if f.kind == "kind" and not f.exclude]
    if not rows and kinds and any(f.kind in ("partner", "name") and not f.exclude
                                  for f in filters) and (
            kept := _without_these(filters, kinds, index)):
        filters, rows, empty = kept
        ignored.extend(w for f in kinds for w in f.words)
    # A year no agreement was signed in, in a question of other words (1911年の革命を
    # 記念する施設と結んだ協定), is the year of something else: not a condition.
    if not rows and plan.topic and (dates := [f for f in empty if f.kind == "date" and all(
            (at := plan.text.find(w)) >= 0 and not _SIGNED.match(plan.text, at + len(w))
            for w in f.words)]) and (kept := _without_these(filters, dates, index)):
        filters, rows, empty = kept
        ignored.extend(w for f in dates for w in f.words)
    if rows and plan.operation != "topic":
        # Topic words on top of conditions narrow the rows when the rows hold them;
        # words joined by や/と/or are one condition, either word (美術館や博物館).
        for group in topic_groups(plan.text, plan.topic):
            f = Filter("text:" + "|".join(group), "text", group, words=group,
                       label="または".join(group))
            holding = index.rows_of(f)
            narrowed = rows & holding
            # 福岡市が釜山の大学と: an institution other rows hold narrows to none (when the
            # question names no other: 大学博物館・美術館 is one); other words these rows do
            # not hold (毎年, 今年, 国際交流の国際) are named as not used
            institution = bool(holding) and all(w in INSTITUTIONS for w in group) and not any(
                i in w for w in plan.topic if w not in group for i in INSTITUTIONS)
            if (narrowed or institution) and not alternative(plan.text, group, filters):
                filters.append(f)
                rows = narrowed
            else:
                ignored.extend(group)
    ordered = sorted(rows)
    result = Result(plan, tuple(ordered), tuple(filters), tuple(empty), ignored=tuple(ignored),
                    total=len(ordered), unsure=_unsure(filters, rows, index))
    if plan.share:  # 長崎県の協定のうち中国の割合: of what is said before のうち (or the
        base = share_base(plan.text, filters)  # party's)
        result = replace(result, base=base, base_total=len(index.select(list(base))[0]))
    if plan.operation == "extreme":
        dated = sum(1 for i in ordered if index.records[i].date is not None)
        return replace(result, rows=tuple(extreme_rows(ordered, index.records, plan)), total=dated)
    if plan.operation == "aggregate" and plan.pick == ("absent", 0):
        return _without(result, filters, index)
    if plan.operation == "aggregate":
        nested = [] if plan.group_by != "field" else [
            v for i in ordered for v in field_values(index.records[i].fields)
            if v not in field_items(index.records[i].fields)]
        keep = grouping.kept_groups(plan, filters)  # 市町村はいくつ, 何都市: some groups
        return replace(result, groups=tuple(aggregate(ordered, index.records, plan.group_by,
                                                      plan.count_of, keep)),
                       nested=tuple(dict.fromkeys(nested)))
    if plan.operation == "compare":
        groups: list[Group] = []
        for side in plan.compare:
            n = len(rows - index.rows_of(side)) if side.exclude else len(rows & index.rows_of(side))
            groups.append(Group(side.label, n, side.label + "年" * side.label.isdigit()))
        groups.sort(key=lambda g: -g.count)
        covered: set[int] = set()
        for side in plan.compare:
            covered |= rows & index.rows_of(side)
        return replace(result, groups=tuple(groups), rows=tuple(sorted(covered)))
    if plan.operation == "lookup" and rank is not None and len(ordered) > 1:
        return replace(result, rows=tuple(rank(plan.text, ordered)))
    return result


# A date said of the signing: 2020年に結ばれた, 2014年から, 2010年以降, 2014年の協定.
_SIGNED = re.compile(r"\s*(?:に|から|以降|以後|以前|まで|より|頃|ごろ|の?(?:協定|覚書|協議書|"
                     r"合意書|締結|提携|もの))")


def _without_these(filters: list[Filter], drop: list[Filter], index: ConditionIndex
                   ) -> tuple[list[Filter], frozenset[int], list[Filter]] | None:
    """The other filters, their rows and those matching nothing, where they select some."""
    rest = [f for f in filters if f not in drop]
    rows, empty = index.select(rest)
    return (rest, rows, empty) if rows else None


def _names_the_field(text: str, f: Filter) -> bool:
    """教育協定, 水産業の協定: the word is the agreement's field, not an activity."""
    return any(FIELD_SUBJECT.match(rest := text[i + len(w):]) or FIELD_NOUN_EN.match(rest)
               or FIELD_AGREEMENT_EN.search(text[:i]) for w in f.words if (i := text.find(w)) >= 0)


def _unsure(filters: Sequence[Filter], rows: AbstractSet[int], index: ConditionIndex) -> int:
    """How many rows the other filters keep that a month-level date range leaves out only
    because their summary gives the year alone (2014年締結 for 2014年度): not counted,
    and the answer says so."""
    dated = [f for f in filters if f.kind == "date" and f.dates is not None and not f.exclude]
    if len(dated) != 1 or dated[0].dates is None:
        return 0
    dates = dated[0].dates
    if not dates.months and (dates.start is None or dates.start[1] == 1) and \
            (dates.end is None or dates.end[1] == 12):
        return 0  # whole years: a year-only date is in or out, never in doubt
    lo, hi = dates.years()
    whole = replace(dated[0], dates=DateRange((lo, 1) if lo else None, (hi, 12) if hi else None))
    wider, _ = index.select([whole if f is dated[0] else f for f in filters])
    return sum(1 for i in wider - rows if (d := index.records[i].date) and d.month is None)


def _names_between(filters: list[Filter], index: ConditionIndex) -> list[Filter]:
    """Two organisation names: the agreement between them when one agreement names both
    (長崎県教育委員会と釜慶大学校), else the agreements of either."""
    names = [f for f in filters if f.kind == "name" and not f.exclude]
    if len(names) != 1 or len(names[0].values) < 2:
        return filters
    f = names[0]
    parts = [Filter(f"name:{v}", "name", (v,), words=(v,), label=v) for v in f.values]
    both = index.all
    for part in parts:
        both = both & index.rows_of(part)
    if not both:
        return filters
    i = filters.index(f)
    return filters[:i] + parts + filters[i + 1:]


def _without(result: Result, filters: list[Filter], index: ConditionIndex) -> Result:
    """The parties with none of the excluded values (中国と協定を結んでいない自治体): of the
    parties under the other conditions, those with no row of them; each with its count."""
    lacked = [f for f in filters if f.exclude and f.kind != "party"]
    universe, _ = index.select([f for f in filters if f not in lacked])
    had: set[str] = set()
    for f in lacked:
        for i in universe & index.rows_of(replace(f, exclude=False)):
            had.update(v for v in group_values(index.records[i], "municipality") if v)
    groups = [g for g in aggregate(sorted(universe), index.records, "municipality")
              if g.value not in had]
    names = {g.value for g in groups}
    rows = tuple(i for i in sorted(universe) if names & set(
        group_values(index.records[i], "municipality")))
    return replace(result, rows=rows, total=len(rows), groups=tuple(groups))
