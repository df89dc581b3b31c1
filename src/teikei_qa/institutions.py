"""An institution a question names as a partner that the data lacks: 上海交通大学との協定,
大英博物館との協定, 台北故宮博物院との協定. Its name holds a place (上海) or nothing the
data knows; read word by word, it would count the agreements with 上海 or cite every
museum. As one name it is a partner condition that matches nothing, so the answer says
the data has none. Pure: the data's text comes as an argument.

A name is taken as written before との (と結んだ, と締結した …), from its first kanji or
katakana after a particle to its kind (大学, 博物館 …). It is the data's when the data's
text holds it (上海外国語大学), or when an institution the data names of that kind
(museums: 博物館, 博物院, 記念館 …) holds SAME_SHARE of the characters of the name before
its kind (ライデン博物館: ライデン国立民族学博物館; 福建省博物館: 福建博物院; プラド美術館:
国立ブラド美術館, two of three) — the name index then reads it as that one. 上海交通大学
is not 上海外国語大学 (half), 大英博物館 is none of the data's.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace

from .conditions import Filter, Plan
from .lazy_re import pattern
from .text import fold

SAME_SHARE = 0.6  # of a name's characters before its kind, in one of the data's names

# Kinds of institution; the words in one group name one kind (a museum: 博物館, 博物院 …).
_GROUPS = (("大学校", "大学"), ("博物館", "博物院", "記念館", "資料館", "科学館"), ("美術館",),
           ("研究所",), ("図書館",))
_KINDS = "|".join(k for g in _GROUPS for k in g)
# 福建省, 国立, 大学付属: said or not of one institution, or describing one (アメリカの
# 大学付属博物館: a museum attached to a university, not one named so)
_GENERIC = frozenset("省市県州立国大学付附属")
_NAMED = pattern(rf"(?<![\u4e00-\u9fffァ-ヺー])([\u4e00-\u9fffァ-ヺー]{{1,14}}?(?:{_KINDS}))"
                 r"(?=\s*と(?:の|結|締結|提携|交わ))")
_IN_DATA = pattern(rf"[\u4e00-\u9fffァ-ヺー]{{1,14}}?(?:{_KINDS})")


def absent_institutions(plan: Plan, all_text: Callable[[], str]) -> Plan:
    """`plan` with each institution it names as a partner that the data lacks as a
    partner condition matching nothing; the filters and topic words read from inside
    its name (上海 of 上海交通大学) are dropped."""
    named = [m for m in _NAMED.finditer(plan.text) if _lacks(m.group(1), all_text())]
    if not named:
        return plan
    names = [m.group(1) for m in named]

    def inside(word: str) -> bool:
        return any(word in n for n in names)

    filters = [f for f in plan.filters if not (f.words and all(inside(w) for w in f.words))]
    filters.append(Filter("partner:" + "|".join(names), "partner", tuple(names),
                          words=tuple(names), label="・".join(names)))
    return replace(plan, filters=tuple(filters),
                   topic=tuple(w for w in plan.topic if not inside(w)),
                   operation=plan.operation if plan.operation != "topic" else "lookup")


def _lacks(name: str, text: str) -> bool:
    """Whether the data's (folded) `text` neither holds `name` nor names an institution
    of its kind holding SAME_SHARE of its characters."""
    key = fold(name)
    if key in text:
        return False
    group = next(g for g in _GROUPS if any(key.endswith(k) for k in g))
    kind = next(k for k in group if key.endswith(k))
    own = set(key[: -len(kind)]) - _GENERIC
    if not own:
        return False  # 国立大学, 大学付属博物館: no name of its own
    return not any(len(own & set(other)) >= SAME_SHARE * len(own)
                   for other in _named_in(text) if any(other.endswith(k) for k in group))


@functools.lru_cache(maxsize=4)
def _named_in(text: str) -> frozenset[str]:
    """The institutions the data's text names (read once per text: the engine passes one
    string, whose hash Python keeps)."""
    return frozenset(_IN_DATA.findall(text))
