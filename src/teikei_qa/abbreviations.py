"""Names shortened as Japanese shortens them → the name the data writes in full: 外大
(外国語大学), 釜山外大 (釜山外国語大学校), 九経連 (九州経済連合会), 教委 (教育委員会).

A Japanese abbreviation keeps the first character of each part of a name, in order, and
the first of its last part (九州・経済・連合会 → 九経連; 外国語・大学 → 外大). A run of
kanji in a question that the data never writes is read as the one organisation name of the
data (or the tail of one: 外国語大学 of 上海外国語大学) that starts with its first
character, holds its characters in that order, and whose last part its last character
begins (its last three characters). Several such names: the shortest when every other
holds it (外国語大学 within 外国語大学校), else none. Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cached_property

from .lazy_re import pattern
from .rewrite import Rewrite, with_found

# An organisation as the data names it: a run of kanji (katakana too: ミュージアム振興財団)
# ending in the word for what it is.
_ORG = pattern(r"[\u4e00-\u9fff々ァ-ヴー]{2,}?(?:大学校|大学|博物館|博物院|美術館|記念館|委員会|"
               r"振興財団|財団|協会|連合会|研究所|公社|専門家局|開発庁|企画庁|工場局|漁業局|局|庁)")
_RUN = pattern(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff々]{2,5}(?![\u4e00-\u9fff々])")
LAST_PART = 3  # the abbreviation's last character begins the name's last part: 連 of 連合会
_UNITS = frozenset("都道府県市区町村省州")  # one character that is a part of its own
PART = 4       # the longest part a character stands for (外国語 of 外国語大学: 外, then 大)


class Abbreviations:
    """The data's organisation names and their tails, to read a shortened name."""

    def __init__(self, texts: Iterable[str], written: Callable[[], str] = str,
                 parts: Callable[[str], Sequence[str]] | None = None) -> None:
        """`texts`: where the names are (titles, partners); `written()`: all the data's
        text, where a word it writes is never read as a shortened name (社会); `parts(name)`
        (UniDic's words of a name, when given): each character of a shortened name after
        the first begins a part, or follows the one before it in the same part (教育|委員|会:
        教委, not 教員 — a word of its own; 長崎|歴史|文化: 長崎歴文)."""
        self._texts = tuple(texts)
        self._written = written
        self._parts = parts
        self._starts_of: dict[str, frozenset[int]] = {}  # a name's part starts, once each

    @cached_property
    def _names(self) -> dict[str, tuple[tuple[str, int], ...]]:
        """The names and where each of their tails starts, by the tail's first character
        (a word is read against those that start as it does: at 10,000 rows, a few instead
        of every one), in the order of the tails. Nothing is cut into parts here: only the
        names a word is read against are (the dictionary is not walked for every name at a
        process's first question)."""
        by_first: dict[str, set[tuple[str, int]]] = {}
        for text in self._texts:
            for m in _ORG.finditer(text):
                org = m.group(0)
                for i in range(len(org) - 2):
                    by_first.setdefault(org[i], set()).add((org, i))
        return {c: tuple(sorted(tails, key=lambda t: (t[0][t[1]:], *t)))
                for c, tails in by_first.items()}

    def _tail_told(self, org: str, at: int) -> bool:
        """Whether a tail of `org` may start `at`: at a part of two or more characters, or
        a unit's (県教育委員会), where the parts are told (外国語大学 of 上海|外国|語|大学; not
        語大学校: 語学 is no shortened name)."""
        starts = self._starts(org)
        return not at or starts is None or at in starts and (
            not _one_char(at, starts) or org[at] in _UNITS)

    def full_name(self, word: str) -> str | None:
        """The one name of the data `word` shortens, or None."""
        found = [n for org, at in self._names.get(word[0], ()) if len(n := org[at:]) > len(word)
                 + 1 and self._tail_told(org, at) and _shortens(word, n, self._starts(n))]
        shortest = min(found, key=len, default=None)
        if not shortest or not all(shortest in n for n in found) or word in self._written():
            return None
        return shortest

    def rewrite(self, rw: Rewrite) -> Rewrite:
        """`rw` with each shortened name written in full, the change noted."""
        found = [(m.start(), m.end(), full, "near") for m in _RUN.finditer(rw.text)
                 if (full := self.full_name(m.group(0)))]
        return with_found(rw, found)


    def _starts(self, name: str) -> frozenset[int] | None:
        """Where the parts of `name` begin (None: not told)."""
        if self._parts is None:
            return None
        if name not in self._starts_of:
            at, starts = 0, set()
            for part in self._parts(name):
                starts.add(at)
                at += len(part)
            self._starts_of[name] = frozenset(starts)
        return self._starts_of[name]


def _one_char(at: int, starts: frozenset[int]) -> bool:
    """Whether the part starting `at` is one character long (語 of 外国|語|大学)."""
    return at + 1 in starts


def _shortens(word: str, name: str, starts: frozenset[int] | None = None) -> bool:
    """`word`'s characters in `name` in order, each within a part of the one before (at
    most PART characters on: not 社会 of 社団法人韓国陶磁文化協会), the last within its
    last part; where the parts are known (`starts`), each at a part's start or right after
    the one before."""
    at = -1
    for ch in word:
        nxt = name.find(ch, at + 1)
        if nxt < 0 or at >= 0 and nxt - at > PART or \
                starts is not None and at >= 0 and nxt != at + 1 and nxt not in starts:
            return False
        at = nxt
    # (the last character begins a part where they are known: 大 of 外国語|大学, not 学 of
    # 語|大学|校 — 語学 is a word, no shortened 外国語大学校)
    return at >= len(name) - LAST_PART and (starts is None or at in starts)
