"""A word typed with a wrong kanji of the same sound: what an input method offers first
(強定 for 協定, 拍物館 for 博物館, 締決 for 締結, 大楽 for 大学, 長先県 for 長崎県).

For each word of the data and the grammar (two to four kanji), each of its characters is
read as it is read in the word (mixed_script.by_characters: 協定 キョウ|テイ), and every
common kanji (KANJIDIC's jōyō) with that reading is one the character may be typed as
(協: 強 狂 共 …). A stretch of the question that is such a word with one character so
typed — exactly one, the rest as the word writes them — and that the dictionary does not
know as a word or a place (協力, 市長, 化学, 長崎 are: never read as 協定, 市町, 科学,
長期), cut where the tokenizer cuts (立大 inside 私立大学 is no stretch), is read as the
word, the correction shown. Pure: the readings come in from the reader
(glossary.common_kanji_readings).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

from .lazy_re import pattern
from .mixed_script import CharReadings, by_characters, sound_forms
from .rewrite import Rewrite, with_found
from .text import to_katakana

HOMOPHONES_FORMAT = 1  # bump when what `state` keeps changes shape or meaning
_KANJI_WORD = pattern(r"^[\u4e00-\u9fff]{2,4}$")
_KANJI_RUN = pattern(r"[\u4e00-\u9fff]{2,}")
_MASK = "\0"


class Homophones:
    """Words and, for each character, the other kanji read alike there."""

    def __init__(self, alike: Mapping[str, Iterable[str]], words: Iterable[str] = ()) -> None:
        self.alike = {w: tuple(each) for w, each in alike.items()}
        self.words = frozenset(words) | frozenset(self.alike)  # never read as another
        by_mask: dict[str, list[tuple[str, int]]] = {}
        for w, each in self.alike.items():
            for i in range(len(w)):
                if each[i]:
                    by_mask.setdefault(w[:i] + _MASK + w[i + 1:], []).append((w, i))
        self._by_mask = by_mask

    def state(self) -> dict[str, object]:
        """As JSON values (`from_state` reads it back)."""
        return {"alike": {w: list(each) for w, each in self.alike.items()},
                "words": sorted(self.words - frozenset(self.alike))}

    @classmethod
    def from_state(cls, state: Any) -> Homophones:
        """The table `state()` saved, checked for its shape (a damaged file is refused)."""
        alike, words = state["alike"], state["words"]
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words) or \
                not isinstance(alike, dict) or not all(
                isinstance(w, str) and isinstance(each, list) and len(each) == len(w)
                and all(isinstance(c, str) for c in each) for w, each in alike.items()):
            raise ValueError("a homophone table is not word → [kanji read alike]")
        return cls(alike, words)

    @classmethod
    def of(cls, words: Iterable[str], reading: Callable[[str], str], chars: CharReadings,
           common: CharReadings) -> Homophones:
        """From words (those of two to four kanji are kept), their readings (UniDic), the
        readings of their characters (`chars`) and of the common kanji (`common`)."""
        read_as: dict[str, set[str]] = {}  # a sound inside a word → the kanji read so
        for ch, readings in common.items():
            for r in readings:
                for f in sound_forms(r, False) | sound_forms(r, True):
                    read_as.setdefault(f, set()).add(ch)
        alike: dict[str, tuple[str, ...]] = {}
        kept = {w for w in words if _KANJI_WORD.match(w)}
        for w in sorted(kept):
            if not (whole := to_katakana(reading(w))):
                continue
            cut = by_characters(w, whole, chars)
            if cut is None:
                continue
            each = tuple("".join(sorted(read_as.get(r, set()) - {ch})) for ch, r in cut)
            if any(each):
                alike[w] = each
        return cls(alike, kept)

    def found(self, text: str, known: Callable[[str], bool],
              cuts: Collection[int]) -> list[tuple[int, int, str, str]]:
        """(start, end, word, "near") of each stretch of `text` that is a word with one
        kanji typed as another read alike; `cuts`: where the tokenizer cuts `text`;
        `known`: whether the dictionary has a stretch as a word of its own. A stretch
        that could be two words is none."""
        out: list[tuple[int, int, str, str]] = []
        taken = -1
        for run in _KANJI_RUN.finditer(text):
            for a in range(run.start(), run.end() - 1):
                if a < taken or a != run.start() and a not in cuts:
                    continue
                for n in (4, 3, 2):
                    b = a + n
                    if b > run.end() or b != run.end() and b not in cuts:
                        continue
                    said = text[a:b]
                    words = {w for i in range(n)
                             for w, at in self._by_mask.get(said[:i] + _MASK + said[i + 1:], ())
                             if said[at] in self.alike[w][at]}
                    # (市町 of 市町村: a part of a longer word is none)
                    longer = (text[x:y] for x, y in ((a - 1, b), (a, b + 1), (a - 1, b + 1))
                              if x >= run.start() and y <= run.end())
                    if len(words) == 1 and not known(said) and said not in self.words and \
                            not any(known(w) or w in self.words for w in longer):
                        out.append((a, b, words.pop(), "near"))
                        taken = b
                        break
        return out

    def rewrite(self, rw: Rewrite, known: Callable[[str], bool],
                cuts: Callable[[str], Collection[int]]) -> Rewrite:
        """`rw` with each such stretch read as its word (the correction noted)."""
        if not _KANJI_RUN.search(rw.text):
            return rw
        return with_found(rw, self.found(rw.text, known, cuts(rw.text)))
