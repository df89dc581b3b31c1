"""Words written half in kanji, half in kana (交ぜ書き): 長さき県, かん国, きょう育, 美術かん —
as a child writes a kanji not yet learned, or anyone a kanji the phone did not offer.

A word's reading is cut into its characters' readings where KANJIDIC's on and kun
readings of each character spell it (韓国 カンコク: 韓 カン, 国 コク; 中国 チュウゴク: 国's コク
voiced; 学校 ガッコウ: ガク cut short), else where a part of the word reads as a part of the
whole in UniDic: 長崎県 (ナガサキケン) at 長崎 | 県 (長崎 reads ナガサキ, the start) and
長 | 崎県 (崎県 reads サキケン, the end). The pieces (長 ナガ, 崎 サキ, 県 ケン) may each be
written in kanji or in kana; every mix but all kanji (the word) and all kana
(kana_words.py, names.py read those) is a spelling of the word. Pure: the reading
functions (UniDic's of a word, KANJIDIC's of a character: glossary.kanji_readings) are
passed in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from itertools import product

from .lazy_re import pattern
from .text import to_hiragana, to_katakana

_KANJI = pattern(r"^[\u4e00-\u9fff々]+$")
_KANA = pattern(r"^[ァ-ヺー]+$")
_ONE_KANA = pattern(r"^(?:[ぁ-ゖー]+|[ァ-ヺー]+)$")  # all hiragana or all katakana
_RUNS = pattern(r"[\u4e00-\u9fff々]+|[^\u4e00-\u9fff々]+")
_MIXED = pattern(r"^(?=.*[\u4e00-\u9fff々])(?=.*[ぁ-ゖァ-ヺ])[\u4e00-\u9fff々ぁ-ゖァ-ヺー]+$")
MAX_PIECES = 4  # a longer word is cut into no more pieces than this (2⁴ − 2 spellings)


CharReadings = Mapping[str, Sequence[str]]  # a kanji → its readings in katakana
# A reading's first kana voiced inside a word (国 コク in 中国 チュウゴク, 島 シマ in 鹿島 カジマ)
_VOICED = dict(zip("カキクケコサシスセソタチツテトハヒフヘホ",
                   "ガギグゲゴザジズゼゾダヂヅデドバビブベボ", strict=True))
_HALF_VOICED = dict(zip("ハヒフヘホ", "パピプペポ", strict=True))


def sound_forms(reading: str, last: bool) -> set[str]:
    """How one character's reading may sound inside a word: voiced at its start, and (not
    last) its closing ツ/ク/チ/キ as a small ッ (学校 ガッコウ, 一体 イッタイ)."""
    out = {reading}
    if reading and reading[0] in _VOICED:
        out.add(_VOICED[reading[0]] + reading[1:])
    if reading and reading[0] in _HALF_VOICED:
        out.add(_HALF_VOICED[reading[0]] + reading[1:])
    if not last and len(reading) > 1 and reading[-1] in "ツクチキ":
        out |= {f[:-1] + "ッ" for f in set(out)}
    return out


def by_characters(word: str, whole: str, chars: CharReadings) -> list[tuple[str, str]] | None:
    """`word` cut character by character, each piece one of the character's readings
    (`sound_forms`), the pieces spelling `whole`; None when no such cut exists (々 takes the
    character before it)."""
    n = len(word)
    options = []
    for i, ch in enumerate(word):
        base = word[i - 1] if ch == "々" and i else ch
        readings = chars.get(base, ())
        if not readings:
            return None
        options.append({f for r in readings for f in sound_forms(r, i == n - 1)})
    found: list[str] = []

    def walk(i: int, at: int) -> bool:
        if i == n:
            return at == len(whole)
        for f in sorted(options[i], key=len, reverse=True):
            if whole.startswith(f, at):
                found.append(f)
                if walk(i + 1, at + len(f)):
                    return True
                found.pop()
        return False

    return list(zip(word, found, strict=True)) if walk(0, 0) else None


def pieces(word: str, reading: Callable[[str], str], chars: CharReadings | None = None,
           whole: str | None = None) -> list[tuple[str, str]]:
    """`word` (kanji only; read `whole`, else as `reading` reads it alone) cut into (kanji,
    katakana reading) pieces: by its characters' readings, else where its parts' readings
    meet the whole's; one piece when neither cuts it."""
    whole = to_katakana(reading(word)) if whole is None else whole
    if not _KANJI.match(word) or not whole or not _KANA.match(whole):
        return [(word, whole)]
    if chars and (each := by_characters(word, whole, chars)):
        return each
    cuts = [(0, 0)]
    for i in range(1, len(word)):
        head, tail = to_katakana(reading(word[:i])), to_katakana(reading(word[i:]))
        at = len(head) if head and whole.startswith(head) else \
            len(whole) - len(tail) if tail and whole.endswith(tail) else None
        if at is not None and cuts[-1][1] < at < len(whole):
            cuts.append((i, at))
    cuts.append((len(word), len(whole)))
    return [(word[a:b], whole[ra:rb]) for (a, ra), (b, rb) in zip(cuts, cuts[1:], strict=False)]


def is_mixed(text: str) -> bool:
    """Kanji and kana together, nothing else (長さき県, 長サキ県)."""
    return _MIXED.match(text) is not None


def mixed_spellings(word: str, reading: Callable[[str], str], chars: CharReadings | None = None,
                    *, hiragana: bool = True) -> list[str]:
    """Every spelling of `word` with some of its kanji pieces in kana (hiragana, or
    katakana when `hiragana` is false) and some not — its kana kept as written (東南アジア:
    とう南アジア, とうなんアジア) — at least three characters long; not the word itself, nor
    the word all in one kana (kana_words.py and names.py read those)."""
    runs = _RUNS.findall(word)
    # each kanji run's reading in the word's (取り組み トリクミ: 取 トリ, 組 クミ, not 組み)
    said = re.fullmatch("".join("(.+?)" if _KANJI.match(run) else re.escape(to_katakana(run))
                                for run in runs), to_katakana(reading(word)))
    if said is None:
        return []
    heard = iter(said.groups())
    cut = [p for run in runs for p in (pieces(run, reading, chars, next(heard))
                                       if _KANJI.match(run) else [(run, "")])]
    kanji = [i for i, (w, r) in enumerate(cut) if r]
    if not 1 <= len(kanji) <= MAX_PIECES or len(cut) < 2:
        return []
    out = []
    for kana in product((False, True), repeat=len(kanji)):
        if not any(kana):
            continue
        as_kana = {i for i, k in zip(kanji, kana, strict=True) if k}
        spelled = "".join((to_hiragana(r) if hiragana else r) if i in as_kana else w
                          for i, (w, r) in enumerate(cut))
        if len(spelled) >= 3 and not _ONE_KANA.match(spelled):  # (read elsewhere)
            out.append(spelled)
    return out
