"""`Plan` + the condition index → `Result`: the rows, the groups and the related hits,
computed from the table, never estimated. Pure over the records and their maps."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from . import groups as grouping
from .condition_index import ConditionIndex
from .conditions import Filter, Plan
from .dates import DateRange, SignDate
from .gazetteer import COUNTRY_ALIASES, PREFECTURES, REGION_ALIASES
from .grammar import FIELD_AGREEMENT_EN, FIELD_NOUN_EN, FIELD_SUBJECT, share_base
from .groups import (
    Group,
    aggregate,
    bracketed_fields,
    extreme_rows,
    field_items,
    group_values,
)
from .kinds import INSTITUTIONS, at_level
from .lazy_re import pattern
from .narrowing import alternative, topic_groups
from .text import has_japanese


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
    undated_out: int = 0                  # undated rows a date left out (2014年以外) drops
    but_one: tuple[int, ...] = ()         # when none: the few the rest hold, the date, the
                                          # kind of document or the party aside
    aside: Filter | None = None           # …the condition set aside
    base: tuple[Filter, ...] | None = None  # a share's whole: the party's conditions
    base_total: int = 0
    nested: tuple[str, ...] = ()          # fields named in a parenthesis (環境 of 科学技術(環境))
    nested_alone: tuple[str, ...] = ()    # …of those, the fields no row holds as its own (農林)
    nested_out: tuple[str, ...] = ()      # field cells a count left out: the field only in (…)
    undated: int = 0                      # an extreme's rows with no signing date (left out)
    year_only_out: int = 0                # rows dated by a year alone a date left out (夏以外)
                                          # may or may not hold: not known to be outside it
    art_out: int = 0                      # rows with an art museum (美術館) that 博物館 left
                                          # out, or (museum_left_out) that the rows counted hold
    dated_by: tuple[int, ...] = ()        # a comparison by date: the rows whose dates the
                                          # sides have (each side's first or last signing)


def execute(plan: Plan, index: ConditionIndex,
            rank: Callable[[str, Sequence[int]], list[int]] | None = None) -> Result:
    """Run the plan. `rank(text, rows)` orders rows for a lookup (None: file order)."""
    filters = _names_between(list(plan.filters), index)
    # 観光以外 by its name too only where a name adds a row to leave out (共同観光誘致事業)
    filters = [replace(f, related=False) if f.kind == "field" and f.exclude and f.related and
               index.rows_of(f) == index.rows_of(replace(f, related=False)) else f
               for f in filters]
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
    rows = rows | _inside_left_out(filters, index)
    ignored: list[str] = []
    # A field word describing an activity (CO2の少ない街づくりを手伝う), not naming the
    # agreement's field (環境協定, 環境分野): when neither field nor text holds it, the
    # other conditions stand and the word is said not used. A kind of document stays a
    # condition (韓国との覚書: none; the Korean agreements are shown as related).
    words = [f for f in filters if not f.exclude and f.kind == "field" and f.soft
             and not _names_the_field(plan.text, f)
             and any(w in plan.text for w in f.words)]  # (not one an earlier turn said)
    # (not when a kind of document is all that is left: 医療分野の覚書 is not every 覚書)
    if not rows and words and len(words) < sum(f.kind != "doc" for f in filters) and \
            plan.operation == "list" and (
            kept := _without_these(filters, words, index)):
        filters, rows, empty = kept
        ignored.extend(w for f in words for w in f.words)
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
        for group in topic_groups(plan.text, plan.topic, plan.joined):
            wide = (*group, "美術館") if "博物館" in group and "美術館" not in group and \
                _MUSEUMS_AND_THE_LIKE.search(plan.text) else group  # 博物館などと: art too
            f = Filter("text:" + "|".join(wide), "text", wide, words=wide,
                       label="または".join(wide))
            holding = index.rows_of(f)
            narrowed = rows & holding
            # 福岡市が釜山の大学と: an institution other rows hold narrows to none (when the
            # question names no other: 大学博物館・美術館 is one); other words these rows do
            # not hold (毎年, 今年, 国際交流の国際) are named as not used
            institution = bool(holding) and all(w in INSTITUTIONS for w in group) and not any(
                i in w for w in plan.topic if w not in group for i in INSTITUTIONS)
            # ベトナムとの教育交流: a field's word other rows hold as a field narrows to none
            institution = institution or bool(holding) and all(
                index.is_field(w) for w in group)
            if (narrowed or institution) and not alternative(plan.text, group, filters):
                filters.append(f)
                rows = narrowed
            else:
                ignored.extend(group)
    # 夏以外, 2014年4月以降を除く: a row dated only by a year such a date left out may hold
    # or not is not known to be outside it: left out too, and said (year_only_out)
    undecided = {i for i in rows for f in filters if f.kind == "date" and f.exclude and
                 f.dates is not None and (d := index.records[i].date) and f.dates.undecided(d)}
    rows = rows - undecided
    ordered = sorted(rows)
    # A count of a field counts the rows whose cell names it as a field of its own, as the
    # table by field does (まちづくり (水道・下水・廃棄物処理) is not 水道): those that name it
    # only in a parenthesis are said, not counted — unless no row of the whole list names it
    # as a field of its own (下水): then those rows are what the question means.
    # A list of a field does as a count (水道分野の協定は？ 3, as 何件 and 分野別 say), unless
    # it asks what relates to the word (水道に関する, 水道関係: the field or the name) or a
    # topic word narrows it (下水道とかゴミ処理の支援: the row holding both, in its cell).
    fields = any(f.kind == "field" and not f.exclude and (
        plan.operation == "count" or plan.operation == "list" and not plan.topic
        and not f.related) for f in filters)
    inner = [i for i in ordered if fields and _only_inside(filters, index, i)]
    if inner and not _named_only_inside(filters, index):
        ordered = [i for i in ordered if i not in inner]
        rows = frozenset(ordered)
    # 観光の協定: the field or the word in the name, said so where a name adds a row (one
    # without the field, or with it only in a parenthesis) or none is found
    filters = [replace(f, related=False) if f.kind == "field" and f.related and rows and
               rows <= index.rows_of(plain := replace(f, related=False)) and
               not any(_only_inside([plain], index, i) for i in ordered) else f
               for f in filters]
    but_one, aside = ((), None) if ordered else _but_one(filters, index)
    result = Result(plan, tuple(ordered), tuple(filters), tuple(empty), ignored=tuple(ignored),
                    nested_out=tuple(dict.fromkeys(" ".join(index.records[i].fields)
                                                   for i in inner if i not in rows)),
                    total=len(ordered), unsure=_unsure(filters, rows, index),
                    undated_out=_undated_out(filters, index), year_only_out=len(undecided),
                    but_one=but_one, aside=aside,
                    art_out=_art_out(filters, rows, index))
    if plan.share:  # 長崎県の協定のうち中国の割合: of what is said before のうち (or the
        base = share_base(plan.text, filters)  # party's)
        result = replace(result, base=base, base_total=len(index.select(list(base))[0]))
    if plan.operation == "extreme":
        dated = sum(1 for i in ordered if index.records[i].date is not None)
        return replace(result, rows=tuple(extreme_rows(ordered, index.records, plan)), total=dated,
                       undated=len(ordered) - dated)
    if plan.operation == "aggregate" and plan.pick == ("absent", 0):
        return _without(result, filters, index, plan.group_by or "municipality")
    if each_first(plan):  # 自治体ごとに一番古い協定: each group's first, cited
        return _each_first(result, ordered, index, plan)
    if plan.operation == "aggregate":
        nested = [] if plan.group_by != "field" else [
            v for i in ordered for v in bracketed_fields(index.records[i].fields)]
        keep = grouping.kept_groups(plan, filters)  # 市町村はいくつ, 何都市: some groups
        return replace(result, groups=tuple(aggregate(ordered, index.records, plan.group_by,
                                                      plan.count_of, keep)),
                       nested=tuple(dict.fromkeys(nested)),
                       nested_alone=tuple(v for v in dict.fromkeys(nested)
                                          if not index.own_field(v)))
    if plan.operation == "compare":
        groups: list[Group] = []
        inside: list[int] = []  # rows with a side's field only in (…): said, not counted
        covered: set[int] = set()
        dated_by: list[int] = []
        itself = _itself_of_one_side(plan.compare, filters)
        freed = index.select([f for f in filters if f not in itself])[0] - undecided \
            if itself else rows
        for side in plan.compare:
            mine = not itself or side.kind == "party" and _is_itself(side)
            held = _side_rows(side, rows if mine else freed, index, filters)
            covered |= held
            inside += [i for i in rows & index.rows_of(side) if i not in held and not side.exclude]
            signed = [s for i in held if (s := index.records[i].date) is not None]
            first = min(signed, key=lambda s: _date_key(s, plan.order)) if signed and \
                plan.order in ("oldest", "newest") else None
            groups.append(Group(side.label, len(held), _as_said(side) + "（県そのもの）" *
                                (bool(itself) and mine), first))
            dated_by += [i for i in sorted(held) if first is not None and
                         index.records[i].date == first and i not in dated_by]
        groups.sort(key=lambda g: -g.count)
        if plan.order in ("oldest", "newest"):  # どちらが先に結んだ: by the date, not the count
            groups.sort(key=lambda g: (g.date is None, _date_key(g.date, plan.order)))
            dated_by.sort(key=lambda i: _date_key(index.records[i].date, plan.order))
        return replace(result, groups=tuple(groups), rows=tuple(sorted(covered)),
                       dated_by=tuple(dated_by), applied=tuple(
                           f for f in result.applied if f not in itself),
                       nested_out=tuple(dict.fromkeys(" ".join(index.records[i].fields)
                                                      for i in inside)))
    if plan.operation == "lookup" and rank is not None and len(ordered) > 1:
        return replace(result, rows=tuple(rank(plan.text, ordered)))
    return result


def _as_said(side: Filter) -> str:
    """A compared side named as the question wrote it, with the list's name, when that is
    another name of the same country or region (ヨーロッパ（欧州）, アメリカ（米国）), else as
    the list names it."""
    said = side.words[0] if len(side.words) == 1 else ""
    if said and said != side.label and side.kind == "country" and has_japanese(said) and (
            REGION_ALIASES.get(said.casefold()) == side.label or side.values == (side.label,)
            and COUNTRY_ALIASES.get(said.casefold()) == side.label):
        return f"{said}（{side.label}）"
    return side.label + "年" * side.label.isdigit()


def museum_left_out(filters: Sequence[Filter]) -> bool:
    """Whether 博物館 is left out (博物館以外): the 美術館 the rows hold are counted in."""
    return any(f.exclude and f.kind == "text" and "博物館" in f.values for f in filters)


def _art_out(filters: Sequence[Filter], rows: AbstractSet[int], index: ConditionIndex) -> int:
    """How many rows the other conditions hold with an art museum (美術館) where 博物館 was
    asked (condition_index.TOPIC_SYNONYMS: a 博物館 is not one): said, not counted; where
    博物館 was left out, how many of the rows counted are 美術館 (said, counted)."""
    museum = [f for f in filters if f.kind == "text" and "博物館" in f.values
              and not {"美術館", "ミュージアム"} & set(f.values)]
    if not museum or any(f.kind == "text" and not f.exclude and "美術館" in f.values
                         for f in filters):  # (美術館 asked itself: nothing to say)
        return 0
    art = Filter("text:美術館", "text", ("美術館",), words=("美術館",), label="美術館")
    if museum_left_out(museum):  # 博物館以外: the 美術館 counted in
        return len(rows & index.rows_of(art))
    swapped = [art if f in museum else f for f in filters]
    return len(index.select(swapped)[0] - rows)


# A date said of the signing: 2020年に結ばれた, 2014年から, 2010年以降, 2014年の協定.
_SIGNED = pattern(r"\s*(?:に|から|以降|以後|以前|まで|より|頃|ごろ|の?(?:協定|覚書|協議書|"
                  r"合意書|締結|提携|もの))")


def _without_these(filters: list[Filter], drop: list[Filter], index: ConditionIndex
                   ) -> tuple[list[Filter], frozenset[int], list[Filter]] | None:
    """The other filters, their rows and those matching nothing, where they select some."""
    rest = [f for f in filters if f not in drop]
    rows, empty = index.select(rest)
    return (rest, rows, empty) if rows else None


# 博物館 said with など (大学や博物館などと結んだ, 博物館等): the kind, art museums too (a
# 博物館 alone is no 美術館: condition_index.TOPIC_SYNONYMS).
_MUSEUMS_AND_THE_LIKE = pattern(r"博物館\s*(?:など|等|とか|なんか|の類|類|系)")
# Another word for the same thing joined after a field's (水産・漁業の協定, 漁業や水産の).
_JOINED_WORD = pattern(r"\s*(?:[・/／]|や|と|および|及び|または)\s*"
                       r"[\u4e00-\u9fff\u30a0-\u30ffー]{1,8}")


def _names_the_field(text: str, f: Filter) -> bool:
    """教育協定, 水産業の協定, 水産・漁業の協定: the word is the agreement's field, not an
    activity."""
    return any(FIELD_SUBJECT.match(rest := text[i + len(w):]) or FIELD_NOUN_EN.match(rest)
               or FIELD_AGREEMENT_EN.search(text[:i]) or (
                   (joined := _JOINED_WORD.match(rest)) is not None and
                   FIELD_SUBJECT.match(rest[joined.end():]) is not None)
               for w in f.words if (i := text.find(w)) >= 0)


BUT_DATE_MAX = 3  # the 2015 agreement with Iskandar: its 2016 one, when the rest hold a few
BUT_DOC_MAX = 12  # 韓国との覚書: none is called so; the Korean ones, as related
BUT_PARTY_MAX = 3  # 福岡市とハイフォン市の水道の協定: 北九州市's two, as related


def _but_one(filters: Sequence[Filter], index: ConditionIndex
             ) -> tuple[tuple[int, ...], Filter | None]:
    """When a signing date, a kind of document or the Japanese party leaves nothing, the
    rows the other conditions hold, if a few, and the condition set aside: a date said
    wrongly (the 2015 agreement with Iskandar) points at the real one; 韓国との覚書 at the
    Korean agreements, called 合意書 or 協定書; 福岡市とハイフォン市の水道の協定 at the ones
    北九州市 signed (the party aside only when the rest name the partner or its country)."""
    for kind, most in (("date", BUT_DATE_MAX), ("doc", BUT_DOC_MAX), ("party", BUT_PARTY_MAX)):
        these = [f for f in filters if f.kind == kind and not f.exclude]
        rest = [f for f in filters if f not in these]
        if len(these) != 1 or not any(not f.exclude for f in rest) or kind == "party" and \
                not any(f.kind in ("partner", "country", "name", "title") and not f.exclude
                        for f in rest):
            continue
        rows, _ = index.select(rest)
        if 0 < len(rows) <= most:
            return tuple(sorted(rows)), these[0]
    return (), None


def _date_key(d: SignDate | None, order: str | None) -> tuple[int, int, int]:
    key = d.key() if d else (0, 0, 0)
    return key if order == "oldest" else (-key[0], -key[1], -key[2])


def _undated_out(filters: Sequence[Filter], index: ConditionIndex) -> int:
    """How many rows the other filters keep that a date left out (2014年以外) drops
    because the list gives them no date: not known to be outside it."""
    if not any(f.kind == "date" and f.exclude and f.dates is not None for f in filters):
        return 0
    wider, _ = index.select([f for f in filters if not (f.kind == "date" and f.exclude)])
    return len(wider - index.dated)


def _only_inside(filters: Sequence[Filter], index: ConditionIndex, i: int) -> bool:
    """Whether row i holds a field condition's value only inside a parenthesis (not as a
    field of its own, nor in its name: 観光がらみ → 共同観光誘致事業); a value no row of the
    list holds as a field of its own (農林 of 科学技術(農林), asked as 水産か農林) counts
    where the parenthesis names it."""
    record = index.records[i]
    items = field_items(record.fields)
    inside = [v for v in bracketed_fields(record.fields) if index.own_field(v)]
    # まちづくり分野で水道も含むもの: a parenthesis of a field the question names too says
    # what that field covers (まちづくり (水道・下水・廃棄物処理)): counted
    named = {v for f in filters if f.kind == "field" and not f.exclude for v in f.values}
    return any(f.kind == "field" and not f.exclude and not f.only and
               not any(v in items for v in f.values) and any(v in inside for v in f.values)
               and not (f.related and any(v in record.title for v in f.values))
               and not any(v in items for v in named - set(f.values))
               for f in filters)


def each_first(plan: Plan) -> bool:
    """Whether a table asks each group's first (or last) agreement (自治体ごとに一番古い
    協定, 国ごとの最新の協定), not the groups' counts."""
    return plan.operation == "aggregate" and plan.order in ("oldest", "newest") and not (
        plan.top or plan.pick) and plan.group_by not in ("year", "decade", "month", "era")


def _each_first(result: Result, ordered: list[int], index: ConditionIndex, plan: Plan
                ) -> Result:
    """Each group's agreement signed first (or last), by its date: the groups in that
    order, their dates, and those agreements as the rows (ties: each)."""
    chosen_of: dict[str, list[int]] = {}  # each group's rows of its first date, in one pass
    for i in ordered:
        if (signed := index.records[i].date) is None:
            continue
        key = _date_key(signed, plan.order)
        for v in group_values(index.records[i], plan.group_by):
            if v is None:
                continue
            held = chosen_of.setdefault(v, [])
            first = _date_key(index.records[held[0]].date, plan.order) if held else key
            if not held or key < first:
                held[:] = [i]
            elif key == first:
                held.append(i)
    firsts: list[Group] = []
    rows: list[int] = []
    for g in aggregate(ordered, index.records, plan.group_by):
        if g.value is None or not (chosen := chosen_of.get(g.value)):
            continue
        date = index.records[chosen[0]].date
        titles = "、".join(f"「{index.records[i].title}」" for i in chosen)
        firsts.append(replace(g, count=len(chosen), date=date,  # 長崎県: 1988年5月11日 「…」
                              label=f"{g.label}: {date.japanese() if date else ''} {titles}"))
        rows.extend(i for i in chosen if i not in rows)
    firsts.sort(key=lambda g: _date_key(g.date, plan.order))
    rows.sort(key=lambda i: _date_key(index.records[i].date, plan.order))
    return replace(result, groups=tuple(firsts), rows=tuple(rows))


def _inside_left_out(filters: Sequence[Filter], index: ConditionIndex) -> frozenset[int]:
    """The rows a field left out (水道分野以外) keeps though their cell names it inside a
    parenthesis (まちづくり (水道・下水・廃棄物処理)): not a field of theirs, as the count of
    the field and the table by field have it — so the two counts add up to the list's."""
    back: set[int] = set()
    for f in filters:
        if f.kind != "field" or not f.exclude or f.related:
            continue
        plain = replace(f, exclude=False)
        if _named_only_inside([plain], index):
            continue  # 農林分野以外: no row holds 農林 but in (…), so those are left out
        others, _ = index.select([g for g in filters if g is not f])
        back |= {i for i in others & index.rows_of(plain) if _only_inside([plain], index, i)}
    return frozenset(back)


def _itself_of_one_side(sides: Sequence[Filter], filters: Sequence[Filter]
                        ) -> list[Filter]:
    """The condition "the prefecture itself" (県自体, 県として) when it is of some compared
    parties alone: a city is never a prefecture itself (県自体で結んでいる長崎県と、市の
    福岡市: 県 is 長崎県's; 福岡市 counted as itself). Not a level a prefecture holds
    parties of (市が結んだ協定は福岡市と長崎県で: 長崎県's cities, none)."""
    levels = [f for f in filters if f.kind == "level" and not f.exclude and f.values == ("県",)]
    parties = [s for s in sides if s.kind == "party"]
    if not levels or not any(_is_itself(s) for s in parties) or \
            all(_is_itself(s) for s in parties):
        return []
    return levels


def _is_itself(side: Filter) -> bool:
    return all(at_level(v, "県") for v in side.values)


def _side_rows(side: Filter, rows: AbstractSet[int], index: ConditionIndex,
               others: Sequence[Filter] = ()) -> frozenset[int]:
    """The rows one side of a comparison counts: a field as the table by field counts it
    (科学技術(環境) is no 環境), as a count does; in a parenthesis of a field the other
    conditions name (まちづくり (水道・…) of まちづくり分野で水道も含むもの), it counts."""
    if side.exclude:
        return frozenset(rows - index.rows_of(side))
    held = frozenset(rows & index.rows_of(side))
    if side.kind != "field" or _named_only_inside([side], index):
        return held
    heads = [f for f in others if f.kind == "field" and not f.exclude]
    return frozenset(i for i in held if not _only_inside([side, *heads], index, i))


def _named_only_inside(filters: Sequence[Filter], index: ConditionIndex) -> bool:
    """Whether some field condition's value is, in the whole list, a field only inside a
    parenthesis (下水 of まちづくり (水道・下水・廃棄物処理)): never one of its own."""
    return any(f.kind == "field" and not f.exclude and (rows := _in_field_cell(f, index)) and
               all(_only_inside([f], index, i) for i in rows) for f in filters)


def _in_field_cell(f: Filter, index: ConditionIndex) -> list[int]:
    """The rows whose field cell names the condition's value, as a field or in (…) (not
    those that hold it only in their name: 下水 of 上下水道整備に係る協定)."""
    return [i for i in index.rows_of(f) if any(
        v in field_items(index.records[i].fields) or v in bracketed_fields(index.records[i].fields)
        for v in f.values)]


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


def _without(result: Result, filters: list[Filter], index: ConditionIndex, group_by: str
             ) -> Result:
    """The parties (自治体 or 県) with none of the excluded values (中国と協定を結んでいない
    自治体, 韓国と結んでいない県): of the parties under the other conditions, those with no
    row of them; each with its count. With no value excluded (協定を結んでいない九州の県):
    the prefectures a party condition names that have no row at all, each with 0."""
    lacked = [f for f in filters if f.exclude and f.kind != "party"]
    universe, _ = index.select([f for f in filters if f not in lacked])
    if group_by == "year":  # the years of the range said (else the list's) with none
        years = {d.year for i in universe if (d := index.records[i].date) is not None}
        dated = [r.date.year for r in index.records if r.date is not None]
        lo, hi = min(dated), max(dated)  # (2000年以降: from 2000 to the list's last year)
        for f in filters:
            if f.kind == "date" and not f.exclude and f.dates is not None:
                a, b = f.dates.years()
                lo, hi = max(lo, a) if a is not None else lo, min(hi, b) if b is not None else hi
        return replace(result, rows=(), total=0, groups=tuple(
            Group(str(y), 0, f"{y}年") for y in range(lo, hi + 1) if y not in years))
    if not lacked:
        named = [v for f in filters if f.kind == "party" and not f.exclude for v in f.values]
        holding = {v for i in universe for v in group_values(index.records[i], group_by)}
        return replace(result, rows=(), total=0, groups=tuple(
            Group(v, 0, v) for v in named if v not in holding and v in PREFECTURES))
    had: set[str] = set()
    for f in lacked:
        for i in universe & index.rows_of(replace(f, exclude=False)):
            had.update(v for v in group_values(index.records[i], group_by) if v)
    groups = [g for g in aggregate(sorted(universe), index.records, group_by)
              if g.value not in had]
    names = {g.value for g in groups}
    rows = tuple(i for i in sorted(universe) if names & set(
        group_values(index.records[i], group_by)))
    return replace(result, rows=rows, total=len(rows), groups=tuple(groups))
