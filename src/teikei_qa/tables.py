"""The lines of a table's answer that name its groups: the group picked out (the largest,
the N-th, the top N, exactly N) and a comparison's verdict. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from .groups import Group, picked

# What each group counts when not its agreements (自治体ごとの相手国の数): the unit said.
COUNT_UNITS = {"country": "か国・地域", "field": "分野", "partner": "相手",
               "municipality": "自治体"}
GROUP_NAMES = {"country": "国・地域", "municipality": "自治体", "prefecture": "都道府県",
               "year": "締結年", "decade": "年代", "field": "分野", "region": "地域",
               "partner": "相手"}


def picked_line(groups: Sequence[Group], pick: tuple[str, int] | None, name: str,
                unit: str = "件") -> str:
    """The groups picked, each count in `unit` (件, or か国・地域 for 相手国の数)."""
    chosen = picked(groups, pick)
    kind, n = pick or ("rank", 1)
    labels = "・".join(g.label for g in chosen)
    if kind in ("count", "at_least"):
        which = f"{n}{unit}{'以上' if kind == 'at_least' else 'だけ'}の{name}"
        return f"{which}は{len(chosen)}あります: {labels}。" if chosen else f"{which}はありません。"
    if kind == "top":
        return f"上位{n}は" + "、".join(f"{g.label}（{g.count}{unit}）" for g in chosen) + "です。"
    which = "最も少ない" if kind == "least" else "最も多い" if n == 1 else f"{n}番目に多い"
    if not chosen:
        return f"{which}{name}はありません（{name}は{len(groups)}です）。"
    tie = "（同数）" if len(chosen) > 1 else ""
    return f"{which}のは{labels}{tie}で{chosen[0].count}{unit}です。"


def compare_lines(pre: str, subject: str, groups: Sequence[Group],
                   top: Sequence[str | None]) -> list[str]:
    counts = "、".join(f"{g.label}が{g.count}件" for g in groups)
    top = [g.label for g in groups if g.value in top]  # 2003年, not 2003
    if len(top) > 1:
        verdict = f"{'と'.join(str(t) for t in top)}は同数です。"
        if len(top) < len(groups):  # three or more sides: the tie is the most
            verdict = f"{'と'.join(str(t) for t in top)}が同数で最も多いです。"
    elif len(groups) > 2:
        verdict = f"{top[0]}が最も多いです。"
    else:
        verdict = f"{top[0]}のほうが多いです。"
    lines = [f"{pre}{subject}の件数は、{counts}で、{verdict}"]
    if len(groups) == 2 and groups[1].count and groups[0].count != groups[1].count:
        a, b = groups  # 何件多い, 何倍: said from the counts
        lines.append(f"差は{a.count - b.count}件で、{a.label}は{b.label}の"
                     f"{a.count / b.count:.2g}倍です。")
    return lines
