"""The lines of a table's answer that name its groups: the group picked out (the largest,
the N-th, the top N, exactly N) and a comparison's verdict. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .groupings import CITIES_COUNTED
from .groups import Group, picked, unknown
from .lazy_re import pattern

if TYPE_CHECKING:
    from .conditions import Plan
    from .execute import Result

# What each group counts when not its agreements (自治体ごとの相手国の数): the unit said.
COUNT_UNITS = {"country": "か国・地域", "field": "分野", "partner": "相手",
               "municipality": "自治体"}
GROUP_NAMES = {"country": "国・地域", "municipality": "自治体", "prefecture": "都道府県",
               "year": "締結年", "fiscal": "締結年度", "decade": "年代", "field": "分野",
               "region": "地域",
               "month": "締結月", "era": "元号", "doc": "文書の種類",
               "partner": "相手"}


# The largest asked beside the fewest (最も多い年と最も少ない年, the most and the fewest).
_MOST_TOO = pattern(r"(?:一番|いちばん|最も|もっとも)\s*多|最多|\bthe\s+most\b", re.IGNORECASE)


def both_ends(plan: Plan) -> bool:
    """Whether a table's question asks for its largest group and its fewest."""
    return plan.pick is not None and plan.pick[0] == "least" and bool(
        _MOST_TOO.search(plan.text))


# The whole table asked beside the groups picked (国別に数えて、2件以上の国は; 国ごとの件数
# も、1件だけの国も省かずに): each group listed, not only those picked.
_TABLE_ASKED = pattern(r"ごと|別|内訳|集計|分布|全体|省かず|含めて|\b(?:by|per|each|breakdown)\b",
                       re.IGNORECASE)
_THRESHOLDS = ("count", "at_least", "at_most", "top")


def picked_only(plan: Plan, question: str) -> bool:
    """Whether a table's question asks only for the groups past a threshold (協定が2件以上
    ある国, 1件しかない自治体, 上位3か国) and not the whole table: those are its groups.
    (Read off the question as typed: the plan's text says 国ごとの件数 for 国を、件数付きで.)"""
    return plan.operation == "aggregate" and plan.pick is not None and \
        plan.pick[0] in _THRESHOLDS and not plan.count_of and \
        not _TABLE_ASKED.search(question)


def picked_line(groups: Sequence[Group], pick: tuple[str, int] | None, name: str,
                unit: str = "件") -> str:
    """The groups picked, each count in `unit` (件, or か国・地域 for 相手国の数)."""
    chosen = picked(groups, pick)
    kind, n = pick or ("rank", 1)
    labels = "・".join(g.label for g in chosen)
    if kind in ("count", "at_least", "at_most"):
        bound = {"at_least": "以上", "at_most": "以下"}.get(kind, "だけ")
        which = f"{n}{unit}{bound}の{name}"
        return f"{which}は{len(chosen)}つあります: {labels}。" if chosen else \
            f"{which}はありません。"
    if kind == "top":
        return f"上位{n}は" + "、".join(f"{g.label}（{g.count}{unit}）" for g in chosen) + "です。"
    which = "最も少ない" if kind == "least" else "最も多い" if n == 1 else f"{n}番目に多い"
    if not chosen:
        return f"{which}{name}はありません（{name}は{len(groups)}です）。"
    tie = "（同数）" if len(chosen) > 1 else ""
    return f"{which}のは{labels}{tie}で{chosen[0].count}{unit}です。"


# Which has fewer: the side with fewer said (two sides, not a tie).
FEWER_ASKED = pattern(r"少な[いく]|少ない(?:方|ほう)|\b(?:fewer|less|smaller)\b",
                      re.IGNORECASE)
_MORE_ASKED = pattern(r"多[いく]|\bmore\b|\bmost\b", re.IGNORECASE)


# Both said as one question (多いのか少ないのか, more or fewer): which way it goes, the more.
_EITHER_WAY = pattern(r"多い(?:の)?か\s*少ない(?:の)?か|少ない(?:の)?か\s*多い(?:の)?か|"
                      r"多いの少ないの|"
                      r"\bmore\s+or\s+(?:fewer|less)\b|\b(?:fewer|less)\s+or\s+more\b",
                      re.IGNORECASE)


def fewer_asked(text: str) -> bool:
    """Whether the fewer side is asked: 少ない said last (…は少ない気がします。…どっちが多い
    asks the more), and not as the other way of one question (多いのか少ないのか)."""
    if _EITHER_WAY.search(text):
        return False
    fewer = [m.start() for m in FEWER_ASKED.finditer(text)]
    more = [m.start() for m in _MORE_ASKED.finditer(text) if not FEWER_ASKED.match(text, m.start())]
    return bool(fewer) and (not more or fewer[-1] > more[-1])


def compare_lines(pre: str, subject: str, groups: Sequence[Group],
                  top: Sequence[str | None], fewer: bool = False) -> list[str]:
    counts = "、".join(f"{g.label}が{g.count}件" for g in groups)
    top = [g.label for g in groups if g.value in top]  # 2003年, not 2003
    fewest = [g.label for g in groups if g.count == groups[-1].count]
    if groups and not any(g.count for g in groups):  # カナダ、メキシコとは: none at all
        verdict = "いずれもこのデータにはありません。"
    elif fewer and len(groups) > 2:  # 中国と韓国とアメリカで一番少ないのは: the fewest
        tie = "同数で" if len(fewest) > 1 else ""
        verdict = f"{'と'.join(str(t) for t in fewest)}が{tie}最も少ないです。"
    elif len(top) > 1:
        verdict = f"{'と'.join(str(t) for t in top)}は同数です。"
        if len(top) < len(groups):  # three or more sides: the tie is the most
            verdict = f"{'と'.join(str(t) for t in top)}が同数で最も多いです。"
    elif len(groups) > 2:
        verdict = f"{top[0]}が最も多いです。"
    elif fewer:  # 少ない方は, which has fewer
        verdict = f"{groups[-1].label}のほうが少ないです。"
    else:
        verdict = f"{top[0]}のほうが多いです。"
    lines = [f"{pre}{subject}の件数は、{counts}で、{verdict}"]
    if len(groups) == 2 and groups[1].count and groups[0].count != groups[1].count:
        a, b = groups  # 何件多い, 何倍: said from the counts
        lines.append(f"差は{a.count - b.count}件で、{a.label}は{b.label}の"
                     f"{a.count / b.count:.2g}倍、{b.label}は{a.label}の"
                     f"{round(100 * b.count / a.count)}%です。")
    return lines


def aggregate_lines(pre: str, subject: str, plan: Plan, result: Result, had: str,
                    shown: Sequence[Group] | None = None) -> list[str]:
    """The lines of a table's answer: what was counted, the groups picked, each group
    (`had`: what the parties said to lack hold, 中国と結んだ協定; `shown`: the groups
    listed, when only those past the question's threshold are)."""
    groups = result.groups
    name = GROUP_NAMES.get(plan.group_by or "", "グループ")
    who = "県" if plan.group_by == "prefecture" else "自治体"
    if plan.order in ("oldest", "newest") and groups and all(g.date for g in groups):
        which = "古い" if plan.order == "oldest" else "新しい"  # 自治体ごとに一番古い協定
        return [f"{pre}{subject}のうち、{name}ごとに締結日が最も{which}ものは次のとおりです"
                f"（{len(groups)}{name}、{which}順）。",
                *(f"・{g.label}" for g in groups)]
    if plan.pick == ("absent", 0) and plan.group_by == "year":  # 結ばれていない年
        return [f"{pre}{had}が1件もない年は{len(groups)}年です: "
                f"{'・'.join(g.label for g in groups)}。" if groups else
                f"{pre}{had}がない年はありません。"]
    if plan.pick == ("absent", 0) and not groups:  # every party of the list has one
        return [f"{pre}{had}がない{who}はありません（リストの{who}はどれも該当します）。"]
    if not groups:
        return [f"{pre}{subject}は0件です。"]
    if plan.pick == ("absent", 0) and not result.total:  # 協定を結んでいない九州の県
        named = "・".join(f.label for f in result.applied if f.kind == "party")
        return [f"{pre}{named}の県のうち、このリストに協定がない県は{len(groups)}です: "
                f"{'・'.join(g.label for g in groups)}。"]
    if plan.pick == ("absent", 0):  # 中国と結んだ協定がない自治体は4です
        return [f"{pre}{had}がない{who}は{len(groups)}です（これらの{who}の協定は計"
                f"{result.total}件）。",
                *(f"・{g.label}: {g.count}件" for g in groups)]
    if plan.count_of:  # 自治体ごとの相手国の数: each group's distinct values, not rows
        unit = COUNT_UNITS.get(plan.count_of, "")
        held = next((f for f in result.applied if f.kind in ("party", "country")
                     and plan.pick == ("at_least", len(f.values)) and len(f.values) > 1), None)
        chosen = picked(groups, plan.pick)
        labels = "・".join(g.label for g in chosen)
        return [f"{pre}{subject}について、{name}ごとに{GROUP_NAMES.get(plan.count_of, '')}の数を"
                f"数えると{len(groups)}{name}、協定は計{result.total}件です。",
                f"{'・'.join(held.values)}のいずれにも当てはまる{name}は"  # 両方が結んでいる国
                f"{len(chosen)}です{': ' + labels if labels else ''}。"
                if held else picked_line(groups, plan.pick, name, unit),
                *(f"・{g.label}: {g.count}{unit}" for g in groups)]
    if plan.distinct and plan.group_by == "municipality":
        first = f"{pre}{subject}がある自治体は{len(groups)}自治体です（計{result.total}件）。"
    elif plan.distinct and plan.group_by == "prefecture":  # 何県, how many prefectures
        first = f"{pre}{subject}がある県は{len(groups)}県です（計{result.total}件）。"
    elif plan.distinct and plan.group_by == "year":  # 締結年は何通り (記載なし not a year)
        dated = [g for g in groups if not unknown(g.value)]
        undated = sum(g.count for g in groups if unknown(g.value))
        first = (f"{pre}{subject}の締結年は{len(dated)}通りです（計{result.total}件"
                 + (f"、うち締結年の記載なし{undated}件" if undated else "") + "）。")
    elif plan.distinct and plan.group_by == "field":  # 分野がいくつに分かれている
        first = f"{pre}{subject}の分野は{len(groups)}つです（計{result.total}件）。"
    elif plan.distinct and plan.group_by == "partner" and CITIES_COUNTED.search(plan.text):
        first = f"{pre}{subject}の相手の都市は{len(groups)}です（計{result.total}件）。"  # 何都市
    elif plan.distinct and plan.group_by == "partner":  # 相手先はいくつ: partners of any kind
        first = (f"{pre}{subject}の相手は{len(groups)}か所（都市・省・機関など）です"
                 f"（計{result.total}件）。")
    elif plan.distinct:
        first = f"{pre}{subject}の相手は{len(groups)}の{name}です（計{result.total}件）。"
    else:
        first = f"{pre}{subject}を{name}別に数えると{len(groups)}グループ、計{result.total}件です。"
    known = [g for g in groups if not unknown(g.value)] or list(groups)  # not 記載なし
    if plan.average and (span := _years_spanned(plan, result)):  # 2005〜2009年、年に平均
        counted = sum(g.count for g in known)
        first = (f"{pre}{subject}は、1年あたり平均{counted / span[2]:.1f}件です"
                 f"（{counted}件を{span[0]}〜{span[1]}年の{span[2]}年で割った値。協定のない年も"
                 "含めています）。")
    elif plan.average:  # 1自治体あたり平均: the mean of the groups' counts, then the table
        counted = sum(g.count for g in known)
        first = (f"{pre}{subject}は、{name}ごとに平均{counted / len(known):.1f}件です"
                 f"（各{name}の件数の和{counted}件を{len(known)}で割った値）。")
    lines = [first, *([picked_line(groups, None, name)] if both_ends(plan) else []),
             picked_line(groups, plan.pick, name)]
    shared = sum(g.count for g in groups) - result.total
    if shared > 0:  # 熊本県、熊本市 together; 経済 観光: one agreement in two groups
        lines.append(f"（{name}が複数ある協定は、それぞれの{name}に数えています。"
                     f"各{name}の件数の和は{result.total + shared}件です。）")
    if result.nested:  # 分野別 counts 科学技術(環境) as 科学技術; 農林分野の協定 holds it
        alone = (f"括弧内にしかない分野は「{result.nested_alone[0]}分野の協定」のように尋ねると"
                 "含めます。") if result.nested_alone else ""
        lines.append(f"（括弧内の分野（{'・'.join(result.nested)}）は括弧の前の分野に数えて"
                     f"います。{alone}）")
    lines.extend(f"・{g.label}: {g.count}件" for g in (groups if shown is None else shown))
    return lines


def _years_spanned(plan: Plan, result: Result) -> tuple[int, int, int] | None:
    """A mean per year over a closed range of years the conditions name (2005〜2009年):
    its first and last year and how many years, those without an agreement included."""
    if plan.group_by != "year":
        return None
    for f in result.applied:
        if f.kind == "date" and not f.exclude and f.dates is not None:
            first, last = f.dates.years()
            if first is not None and last is not None and last >= first:
                return first, last, last - first + 1
    return None


def compare_by_date(pre: str, subject: str, groups: Sequence[Group], order: str) -> list[str]:
    """Sides compared by their first (or last) signing: which came first (or last)."""
    which = "古い" if order == "oldest" else "新しい"
    said = "、".join(f"{g.label}が{g.date.japanese() if g.date else '締結日の記載なし'}"
                     for g in groups)
    dated = [g for g in groups if g.date is not None]
    if not dated:
        return [f"{pre}{subject}の締結日は、どれも記載がありません。"]
    best = [g for g in dated if g.date == dated[0].date]
    first = dated[0].date
    unsure = first is not None and (first.day is None)  # 2003年 and 2003年: which first?
    unit = "年" if first is not None and first.month is None else "月"
    verdict = (f"{'と'.join(g.label for g in best)}は同じ{unit}の締結で、日付の記載がないため"
               "前後はこのリストからは分かりません。"
               if len(best) > 1 and unsure else
               f"{'と'.join(g.label for g in best)}が同じ日付です。" if len(best) > 1 else
               f"{best[0].label}のほうが{'先' if order == 'oldest' else '後'}です。")
    return [f"{pre}{subject}のうち最も{which}ものの締結日は、{said}で、{verdict}"]
