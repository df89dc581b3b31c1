"""Which operation a question asks, from what its reading found: a comparison, a table,
the oldest or newest, a count, a list, a lookup of named agreements, or a topic. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .asked import DETAIL
from .grammar import MANY
from .kinds import INSTITUTIONS
from .lazy_re import pattern

if TYPE_CHECKING:
    from .conditions import Filter

# A sentence after the question asking for the agreements themselves (…? List the
# agreements.), with no grouping of its own: a list, not a table.
_THEN_LIST = pattern(r"[.?!。？！]\s*(?![^.?!。？！]*(?:\bby\b|\bper\b|\beach\b|ごと|別))"
                     r"(?:(?:please\s+)?(?:list|show|give)\s+(?:me\s+)?(?:the\s+|all\s+"
                     r"(?:the\s+)?|those\s+)?agreements\b|(?:その|それらの)?協定を\s*"
                     r"(?:すべて|全て|全部)?\s*(?:一覧|列挙|挙げ|教え|見せ))", re.IGNORECASE)
# A kind of institution said as the partner: 大学と結んだ, 博物館と組んで, 美術館との.
_PARTNER_AFTER = r"\s*(?:と\s*(?:の|直接|結|組|締結|提携|交流|協定|交わ|手を)|を相手)"
_TALLIED = pattern(rf"{MANY}|数|件|別|ごと|毎|\b(?:how many|number|count|per|each|by|fewest|"
                   r"least)\b|\bmost\b(?!\s+recent)", re.IGNORECASE)


def operation_of(text: str, filters: list[Filter], compare: tuple[Filter, ...],
                 group_by: str | None, order: str | None, is_count: bool,
                 is_list: bool, topic: Sequence[str] = ()) -> str:
    """The operation of question `text`, given its conditions, the sides compared, the
    grouping asked, the end asked for (oldest, newest), whether it asks a count or
    a list, and its topic words."""
    if compare:
        return "compare"
    if group_by and order and not _TALLIED.search(text):
        return "extreme"  # 最も新しい協定を結んだ自治体はどこ: the newest one names its party
    if group_by and not _THEN_LIST.search(text):  # …? List the agreements.: a list
        return "aggregate"
    if order:
        return "extreme"
    if is_count:
        return "count"
    if is_list:
        return "list"
    if filters:
        named = any(f.kind in ("partner", "title", "name") for f in filters)
        return "lookup" if DETAIL.search(text) or named else "list"
    if len(topic) <= 2 and any(w in INSTITUTIONS and re.search(re.escape(w) + _PARTNER_AFTER, text)
                               for w in topic):
        return "list"  # 大学と組んでる協定, 外国の大学と直接結んだ: every one with a university
        # (with one other word at most: a subject said besides is a topic's)
    return "topic"


