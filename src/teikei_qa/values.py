"""How the values a question names become filters: one filter for the values of a kind
it includes, one for each value it leaves out (中国と韓国以外, not involving China or
Korea), one a value where all must hold (熊本県と熊本市が共同で), and the label each value
is said with. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .conditions import Filter
from .grammar import COORDINATION, EXCLUDE_AFTER, EXCLUDE_BEFORE, NON_BEFORE
from .kinds import LEVEL_LABELS
from .lazy_re import pattern
from .vocab import PLACE_TERMS


def grouped(text: str, found: list[tuple[str, int, int, str]], kind: str,
             filters: list[Filter], soft: Callable[[int, int], bool] | None = None) -> None:
    """One filter for the included values of a kind, one per excluded value."""
    keep: list[tuple[str, str]] = []
    excluded = [is_left_out(text, a, b) for _, a, b, _ in found]

    def joined(i: int) -> bool:  # 経済分野でも文化分野でもない: 分野 said after each field
        gap = text[found[i][2]:found[i + 1][1]]
        return bool(COORDINATION.match(re.sub(r"^\s*の?分野", "", gap) if kind == "field"
                                          else gap))

    # 中国と韓国以外: a value joined to an excluded one that follows shares its exclusion.
    for i in range(len(found) - 2, -1, -1):
        if excluded[i + 1] and not excluded[i] and joined(i):
            excluded[i] = True
    for i in range(len(found) - 1):  # not involving China or Korea: one said before both
        if excluded[i] and not excluded[i + 1] and EXCLUDE_BEFORE.search(
                text[max(0, found[i][1] - 40):found[i][1]]) and joined(i):
            excluded[i + 1] = True
    for (value, _, _, term), out in zip(found, excluded, strict=True):
        if out:
            key = f"-{kind}:{value}"
            if not any(f.key == key for f in filters):
                filters.append(Filter(key, kind, (value,), exclude=True, words=(term,),
                                      label=value_label(kind, term, value)))
        elif all(v != value for v, _ in keep):
            keep.append((value, term))
    if not keep:
        return
    values = tuple(dict.fromkeys(v for v, _ in keep))
    words = tuple(dict.fromkeys(t for _, t in keep))
    labels = "・".join(dict.fromkeys(value_label(kind, t, v) for v, t in keep))
    is_soft = soft is not None and all(soft(a, b) for _, a, b, _ in found)
    filters.append(Filter(kind, kind, values, words=words, label=labels, soft=is_soft))


def each_value(f: Filter) -> list[Filter]:
    """One filter a value, all to hold (熊本県と熊本市が共同で, 経済と教育の両方)."""
    return [replace(f, key=f"{f.kind}:{v}", values=(v,), words=(w,),
                    label=value_label(f.kind, w, v))
            for v, w in zip(f.values, f.words, strict=False)]


def value_label(kind: str, term: str, value: str) -> str:
    if kind == "partner":
        return term
    if kind == "level":
        return LEVEL_LABELS.get(value, value)
    if kind == "party" and term in PLACE_TERMS and value not in (term,) and \
            len(PLACE_TERMS[term]) > 1:
        return term  # a region: 九州
    return value


def negatable(text: str, a: int, b: int, f: Filter) -> Filter:
    if is_left_out(text, a, b):
        return replace(f, key="-" + f.key, exclude=True)
    return f


# Words joined after a value, up to an exclusion (省・博物館・企業以外: 省 is left out
# too, whatever condition each of the others is).
_JOINED = pattern(r"(?:\s*(?:・|、|,|と|や|及び|および)\s*"
                  r"(?:(?!以外|除)[\u30a0-\u30ff\u4e00-\u9fff々]){1,12})+")


# A left-out said left out again (アジア以外との協定を除いた, 中国以外を除く, 韓国以外は
# 除いて): the value itself is kept.
_TWICE = pattern(r"\s*(?:と(?:の|結んだ)?|の)?\s*(?:協定|もの|分|ぶん|相手)?\s*(?:を|は)?\s*"
                 r"(?:除(?:く|いた|いて|け|外)|抜(?:き|く|いた|いて)|省(?:き|く|いた|いて))")


def said_left_out(text: str, a: int, b: int) -> bool:
    """Whether the words at a‥b are left out by what is said right after or before them
    (中国以外, 〜を除く; except …), not through a list joined to them; not when the
    left-out is left out again (中国以外を除く)."""
    after = EXCLUDE_AFTER.match(text[b:])
    if after and after.group(1) == "以外" and _TWICE.match(text, b + after.end()):
        return False
    return bool(after or EXCLUDE_BEFORE.search(text[max(0, a - 40):a]) or
                NON_BEFORE.search(text[max(0, a - 8):a]) and not text[a:b].isascii())


def is_left_out(text: str, a: int, b: int) -> bool:
    if said_left_out(text, a, b):
        return True
    joined = _JOINED.match(text, b)
    return bool(joined and EXCLUDE_AFTER.match(text[joined.end():]))
