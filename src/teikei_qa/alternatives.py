"""Words a question offers as alternatives: 「漁業や農業の協定」, 「修復または保存」,
"training or capacity building", "healthcare, medicine or hospitals". An agreement
about either answers, so a record holding one alternative holds the pair (see
Retriever.coverage); each alternative is a run of words, read here. Pure.

Japanese: the noun runs on either side of や (a particle), または, もしくは, あるいは,
ないし; a chain (AやBやC) is one set. English: the word before "or" (with the words of
a comma list before it) and the words after it up to a function word, two at most.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lazy_re import pattern
from .tokenize import Word, run_end, run_start

Alternative = tuple[str, ...]  # the words of one alternative, as written

_JA_MARKERS = (("や",), ("また", "は"), ("もしくは",), ("あるいは",), ("ないし",))
_EN_OR = pattern(r"((?:[A-Za-z][A-Za-z\-]*,\s*)*[A-Za-z][A-Za-z\-]*),?\s+(?:and/)?or\s+"
                 r"([A-Za-z][A-Za-z\-]*(?:\s+[A-Za-z][A-Za-z\-]*)?)")
# English words that end an alternative: what follows is no part of it
_EN_FUNCTION = frozenset(
    "a an the for of in on at to by from with about that which who whom whose is are was "
    "were be been signed concluded made between and or not any all each every".split())


def japanese(words: Sequence[Word]) -> list[tuple[Alternative, ...]]:
    """The sets of alternatives in MeCab's `words` (Japanese markers)."""
    out: list[list[Alternative]] = []
    last_end = -1  # where the previous set's last alternative ended (a chain goes on)
    i = 0
    while i < len(words):
        marker = _marker_at(words, i)
        if not marker:
            i += 1
            continue
        left = _run_before(words, i)
        right = _run_after(words, i + marker)
        if left and right:
            if out and last_end == i:
                out[-1].append(right)
            else:
                out.append([left, right])
            last_end = i + marker + len(right)
        i += marker + len(right) if right else marker
    return [tuple(s) for s in out]


def english(text: str) -> list[tuple[Alternative, ...]]:
    """The sets of alternatives in `text`'s English ("A, B or C D")."""
    out: list[tuple[Alternative, ...]] = []
    for m in _EN_OR.finditer(text):
        lefts = [w.strip() for w in m.group(1).split(",")]
        right: list[str] = []
        for w in m.group(2).split():
            if w.casefold() in _EN_FUNCTION:
                break
            right.append(w)
        alts = [(w,) for w in lefts if w.casefold() not in _EN_FUNCTION]
        if alts and right:
            out.append((*alts, tuple(right)))
    return out


def _marker_at(words: Sequence[Word], i: int) -> int:
    """How many words a marker of alternatives takes at `i` (0: none there)."""
    for marker in _JA_MARKERS:
        n = len(marker)
        if tuple(w.surface for w in words[i:i + n]) == marker and (
                marker != ("や",) or words[i].pos == "助詞"):
            return n
    return 0


def _run_before(words: Sequence[Word], i: int) -> Alternative:
    return tuple(w.surface for w in words[run_start(words, i):i])


def _run_after(words: Sequence[Word], i: int) -> Alternative:
    return tuple(w.surface for w in words[i:run_end(words, i)])
