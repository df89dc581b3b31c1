"""Katakana loanwords of business Japanese read as the grammar's own words: セクター別 →
分野別, カウンターパート → 相手, アグリーメント → 協定, イヤー別にブレイクダウンして → 年別に分けて.

A run of katakana that the data never writes is looked up in JMdict (glossary.py: its
English senses, in order); the first sense with an English word of MEANINGS gives the word
(イヤー: ear, then year → 年). The words are what the English means to a question about the
list, not a table of katakana spellings: カテゴリ and カテゴリー, セクタ and セクター are one
JMdict entry. Pure but for the `senses` function passed in."""

from __future__ import annotations

from collections.abc import Callable, Collection

from .lazy_re import pattern
from .tokenize import STOP_WORDS

# English sense → (the grammar's noun, the stem of its verb when the loanword is a する verb:
# カウントして → 数えて; None keeps する after the noun: リストアップして → 一覧にして).
MEANINGS: dict[str, tuple[str, str | None]] = {
    "agreement": ("協定", None), "partnership": ("協定", None), "alliance": ("協定", None),
    "tie-up": ("協定", None), "portfolio": ("協定", None),
    "counterpart": ("相手", None), "partner": ("相手", None),
    "sector": ("分野", None), "category": ("分野", None), "genre": ("分野", None),
    "theme": ("分野", None),
    "year": ("年", None), "area": ("地域", None),
    "count": ("件数", "数え"), "counting": ("件数", "数え"), "volume": ("件数", None),
    "breakdown": ("内訳", "分け"), "drill down": ("内訳", "分け"),
    "share": ("割合", None), "market share": ("割合", None),
    "listing": ("一覧に", None), "worst": ("最も少ない", None),
    "art gallery": ("美術館", None), "art museum": ("美術館", None),
}
_RUN = pattern(r"(?<![ァ-ヺー])[ァ-ヺー]{3,}(?![ァ-ヺー])")
# する after the loanword, as an ichidan verb takes it: し(て/た) → て/た, する → る, すれ → れ.
_SURU = pattern(r"し(?=て|た|ま)|する|すれ")
_ICHIDAN = {"し": "", "する": "る", "すれ": "れ"}


def read_loanwords(text: str, senses: Callable[[str], tuple[frozenset[str], ...]],
                   data_words: Collection[str]) -> str:
    """`text` with each katakana run of MEANINGS put as the grammar's word; a run the data
    writes (ミュージアム of 長崎県ミュージアム振興財団) stays, but for the grammar's own
    words (パートナーシップ, written once in a summary, is an agreement); a name stays."""
    out, at = [], 0
    for m in _RUN.finditer(text):
        word = m.group(0)
        meant = next((MEANINGS[g] for sense in senses(word) for g in sorted(sense)
                      if g in MEANINGS), None)
        if meant is None or (word in data_words and meant[0] not in STOP_WORDS):
            continue  # (パートナーシップ the data writes is still an agreement: 協定)
        noun, verb = meant
        out.append(text[at:m.start()])
        at = m.end()
        suru = _SURU.match(text, at)
        if verb and suru:
            out.append(verb + _ICHIDAN[suru.group(0)])
            at = suru.end()
        else:
            out.append(noun)
    return "".join(out) + text[at:]
