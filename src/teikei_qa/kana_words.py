"""Words written in hiragana (かんきょう, だいがく, とうじき) → the data's own word of that
reading (環境, 大学, 陶磁器), as names.py does for names.

A question typed without converting to kanji — on a phone, by a child, by a learner —
holds no word the list writes: 「かんきょうぶんやの協定は何件」 counted every agreement.
Here each run of hiragana is cut into the readings of the data's words (UniDic, the
tokenizer's dictionary) — and of the words questions use for kinds of partner and
topics — and the grammar between them (の, は, との, です, して …). A run is rewritten
only when it is cut so whole, with no character left over (そのうち is not そ + 農地;
はくぶつかん with 博物 alone is left as written). A reading several words share is left
as written unless one of them is a question's word (いこう: 以降, not 意向), and so is a
word the data or the grammar itself writes in hiragana (めざす, すべて). Pure but for the
reading function passed in; the engine keeps the table under the index's cache/.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from .condition_index import TOPIC_SYNONYMS
from .gazetteer import REGION_ALIASES, WORLD_REGIONS
from .kinds import KIND_WORDS, MUSEUM, ORG_SUFFIXES, UNIVERSITY
from .lazy_re import pattern
from .mixed_script import CharReadings, mixed_spellings
from .rewrite import Rewrite, with_found
from .text import HIRAGANA_ONLY, to_hiragana
from .tokenize import STOP_WORDS

# Grammar that may stand between words written in hiragana, longest first in the cut;
# on a tie with a reading, grammar wins (いない is not 以内, しない not 市内).
_JOINERS = frozenset("""
の に を は が と で や も へ か ね よ な だ
から まで より との とは には では での への にも とか など って けど
です ます でした ました ですか ますか でしょう でしょうか ください くれ ほしい
する して した している しています された される されて しない していない
ある あり あります ありますか ない ないか いる います いない いません
について おしえて しりたい いくつ どれ どこ なに なん どの どんな
そのうち うち もの こと ため しか としか だけ のみ かず かぞえて かぞえると かぞえる
わ
とくに たとえば ちなみに まず また なお さらに ほかに もっと ちょっと たくさん いろいろ
だいたい おもに すでに とても よく ぜひ
""".split())  # (わ: は typed as it sounds, 一番ふるいのわ; とくに: 特に, not と + 国)
# Question words the readings of the data would not give (the data never asks), and
# those of the grammar, of kinds of partner (大学, 博物館, which MeCab cuts 博物 + 館 in
# the data) and of topics; on a reading two words share, one of these wins (以降, not
# 意向; 省庁, not 省長).
# Forms of the grammar's own words that STOP_WORDS holds in the dictionary form alone
# (除く): the conditions' patterns read them so (中国をのぞいた → 中国を除いた).
GRAMMAR_FORMS = ("除いた", "除いて", "除いたら", "除くと", "除け", "除けば", "除外", "含まない",
                 "含めて", "含めない", "含めた", "以上", "以下", "未満", "以後", "以来", "年代",
                 "年度", "前半", "後半",
                 "上半期", "下半期", "明治", "大正", "昭和", "平成", "令和", "西暦", "何都市",
                 "何自治体", "何分野", "相手国", "相手先", "一番目", "二番目", "三番目",
                 "より前", "今年", "去年", "昨年", "一昨年", "過去",
                 "古い", "新しい", "多い", "少ない", "一番",  # いちばんふるいのは
                 "最初", "最後", "最新", "初めて",  # さいしょにむすんだ
                 "結んだ", "結んで", "結ぶ", "結ばれた", "結ばれて", "結んでいる",
                 "交わした", "締結した", "締結された")
QUESTION_WORDS = frozenset({"何件", "何か国", "件数", "国別", "年別", "分野別", "県別", "月別",
                            "自治体別", "国", "県", "別", "国ごと", "県ごと", "年ごと", "協定数",
                            "年", "数", *STOP_WORDS,
                            *GRAMMAR_FORMS,
                            *KIND_WORDS, *TOPIC_SYNONYMS, *WORLD_REGIONS, *REGION_ALIASES,
                            *(s for s, kind in ORG_SUFFIXES if kind in (UNIVERSITY, MUSEUM))})
# Readings of the grammar's words that UniDic gives only in context (年 alone is ねん; in
# 多い年, とし): typed in hiragana, とし is the year (一番おおいとし, としごとの件数), not
# 都市 (a kind of partner, read as とし too), which a question typed in kana writes まち.
CONTEXT_READINGS = {"年": "とし", "年ごと": "としごと", "年別": "としべつ"}
MIN_READING = 2   # kana (都市: とし); the run must be cut whole, so no stray match
KANA_FORMAT = 13  # bump when what `state` keeps changes shape or meaning
_RUN_MIN = 3  # a run of hiragana this long or longer is read
_RUN = pattern(rf"[ぁ-ゖー]{{{_RUN_MIN},}}")
_KANJI = pattern(r"[\u4e00-\u9fff々]")
_SPACED = pattern(r"([ \u3000]+)")
_TAIL = pattern(r"[ぁ-ゖー]+$")
# A number and its counter in hiragana standing alone: 2000ねん より, 8がつ, 3けん.
_COUNTERS = {"ねん": "年", "がつ": "月", "にち": "日", "けん": "件"}
_COUNTER = pattern(r"(\d)\s*(ねん|がつ|にち|けん)(?![ぁ-ゖ])")  # (alone: not ねんだい)
_KATAKANA = pattern(r"^[ァ-ヺー]+$")  # スポーツ: すぽーつ
_KATAKANA_RUN = pattern(r"(?<![ァ-ヺー])[ァ-ヺー]{3,}(?![ァ-ヺー])")


# A long vowel typed as it sounds (すいどお for すいどう, けえざい for けいざい): the spelling.
_LONG_VOWEL_SLIP = pattern(r"(?<=[こそとのほもよろごぞどぼぽょ])お|"
                           r"(?<=[けせてねへめれげぜでべぺ])え")
_LONG_AS = {"お": "う", "え": "い"}
# A small ゃゅょ typed full size after an i-row kana (きよういく: きょういく), tried when the
# run does not read as written (りよう stays 利用 where the data has it).
_SMALL_SLIP = pattern(r"(?<=[きしちにひみりぎじびぴ])[やゆよ]")
_SMALL_AS = {"や": "ゃ", "ゆ": "ゅ", "よ": "ょ"}


def month_readings() -> dict[str, str]:
    """The months typed in hiragana (はちがつ, しがつ, くがつ) → 8月, 4月, 9月: pykakasi's
    readings of 一月 … 十二月 (UniDic reads 四月 as よんがつ, 九月 as きゅうがつ)."""
    import pykakasi

    kakasi = pykakasi.kakasi()
    tens = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
    return {"".join(part["hira"] for part in kakasi.convert(f"{tens[n]}月")): f"{n}月"
            for n in range(1, 13)}


def _slips(run: str) -> list[str]:
    """`run` with the slips above put right, each kind alone and then both."""
    long = _LONG_VOWEL_SLIP.sub(lambda v: _LONG_AS[v.group(0)], run)
    small = _SMALL_SLIP.sub(lambda v: _SMALL_AS[v.group(0)], run)
    both = _LONG_VOWEL_SLIP.sub(lambda v: _LONG_AS[v.group(0)], small)
    return list(dict.fromkeys(r for r in (long, small, both) if r != run))


class KanaWords:
    """Readings (in hiragana) → the one word of the data that has each."""

    def __init__(self, by_reading: dict[str, str], as_written: frozenset[str] = frozenset(),
                 mixed: dict[str, str] | None = None) -> None:
        self.by_reading = by_reading
        # Spellings half in kanji, half in hiragana (きょう育, 美術かん: mixed_script.py).
        self.mixed = dict(mixed or {})
        self._mixed_lengths = sorted({len(m) for m in self.mixed}, reverse=True)
        self._lengths = sorted({len(r) for r in by_reading}, reverse=True)
        # Words the data or the grammar writes in hiragana (めざす, きょうてい): kept as
        # they are, and the grammar between words they may stand beside.
        self.stay = _JOINERS | as_written
        self._stay_lengths = sorted({len(w) for w in self.stay}, reverse=True)

    def state(self) -> dict[str, object]:
        """As JSON values (`from_state` reads it back without UniDic)."""
        return {"by_reading": self.by_reading, "stay": sorted(self.stay - _JOINERS),
                "mixed": self.mixed}

    @classmethod
    def from_state(cls, state: Any) -> KanaWords:
        """The index `state()` saved, checked for its shape (a damaged file is refused)."""
        by_reading, stay, mixed = state["by_reading"], state["stay"], state["mixed"]
        if not isinstance(by_reading, dict) or not isinstance(stay, list) or not isinstance(
                mixed, dict) or not all(isinstance(x, str) for x in (
                *by_reading, *by_reading.values(), *stay, *mixed, *mixed.values())):
            raise ValueError("a kana words table is not str → str and [str]")
        return cls(dict(by_reading), frozenset(stay), dict(mixed))

    @classmethod
    def of(cls, words: Iterable[str], reading: Callable[[str], str],
           whole: Callable[[str], bool] = lambda w: True,
           chars: CharReadings | None = None) -> KanaWords:
        """From words with kanji in them (two characters or more) and their readings;
        `whole(w)`: whether the tokenizer keeps hiragana `w` as one word; `chars`: the
        readings of each kanji (KANJIDIC), for the spellings half in kana."""
        seen: dict[str, set[str]] = {}
        vocabulary = {*words, *QUESTION_WORDS}
        for w in vocabulary:
            if len(w) < 2 and w not in QUESTION_WORDS or not (
                    _KANJI.search(w) or len(w) >= 3 and _KATAKANA.match(w)):
                continue
            r = to_hiragana(reading(w))
            # A word the data or the grammar writes in hiragana itself (めざす, すべて) is
            # matched as written: it stays; unless it is a question's word in kanji that
            # the tokenizer cuts when written in hiragana (きょうてい: きょう + てい → 協定).
            if len(r) >= MIN_READING and r not in _JOINERS and (
                    r not in vocabulary or w in QUESTION_WORDS and not whole(r)):
                seen.setdefault(r, set()).add(w)
        by_reading = {r: next(iter(asked)) if len(asked := ws & QUESTION_WORDS) == 1 else
                      next(iter(ws)) for r, ws in seen.items()
                      if len(ws) == 1 or len(ws & QUESTION_WORDS) == 1}
        by_reading.update((r, w) for w, r in CONTEXT_READINGS.items())
        by_reading.update(month_readings())
        written = frozenset(w for w in vocabulary if len(w) >= 2 and HIRAGANA_ONLY.fullmatch(w)
                            and w not in by_reading)
        spelled: dict[str, set[str]] = {}
        for w in vocabulary:
            for m in mixed_spellings(w, reading, chars):
                spelled.setdefault(m, set()).add(w)
        mixed = {m: next(iter(asked)) if len(asked := ws & QUESTION_WORDS) == 1 else
                 next(iter(ws)) for m, ws in spelled.items()
                 if (len(ws) == 1 or len(ws & QUESTION_WORDS) == 1) and m not in vocabulary}
        return cls(by_reading, written, mixed)

    def rewrite(self, rw: Rewrite) -> Rewrite:
        """`rw` with the data's words in place of their readings in hiragana runs."""
        if not self.by_reading:
            return rw
        # (すいどお: すいどう, typed as it sounds; きよういく: きょういく; same length, so
        # positions hold)
        found = [(m.start() + a, m.start() + b, word, "reading") for m in _RUN.finditer(rw.text)
                 for a, b, word in self._read_run(m.group(0))]
        # A word of the data typed in katakana whole (ケイザイ, ｷｮｳｲｸ): the word itself.
        found += [(m.start(), m.end(), word, "reading") for m in _KATAKANA_RUN.finditer(rw.text)
                  if (word := self.by_reading.get(to_hiragana(m.group(0)), ""))
                  and _KANJI.search(word)]
        # A word spelled half in kana that runs past a reading found inside it (とうなんアジア:
        # 東南アジア, not 等 of とう): the longer word
        longer = [m for m in (self._mixed_in(rw.text, []) if found else []) if any(
            a < m[1] and m[0] < b for a, b, _, _ in found) and all(
            b - a < m[1] - m[0] for a, b, _, _ in found if a < m[1] and m[0] < b)]
        found = [f for f in found if not any(f[0] < m[1] and m[0] < f[1] for m in longer)]
        found += longer
        return with_found(rw, found + self._mixed_in(rw.text, found))

    def _mixed_in(self, text: str, found: list[tuple[int, int, str, str]]
                  ) -> list[tuple[int, int, str, str]]:
        """Words spelled half in kanji, half in hiragana (きょう育分野, 美術かんと), longest
        first, where no reading was found; a hiragana end followed by more hiragana only
        where grammar follows (大がくとの, not a longer word)."""
        taken = [False] * len(text)
        for a, b, _, _ in found:
            taken[a:b] = [True] * (b - a)
        out: list[tuple[int, int, str, str]] = []
        for length in self._mixed_lengths:
            for a in range(len(text) - length + 1):
                b = a + length
                word = self.mixed.get(text[a:b])
                if word is None or any(taken[a:b]) or not self._mixed_bounds(text, a, b):
                    continue
                taken[a:b] = [True] * length
                out.append((a, b, word, "reading"))
        return out

    def _mixed_bounds(self, text: str, a: int, b: int) -> bool:
        before, after = text[a - 1:a], text[b:b + 1]
        kana = HIRAGANA_ONLY.fullmatch
        if kana(text[a]) and before and kana(before) and not any(
                text[:a].endswith(j) for j in self.stay):
            return False  # (a hiragana start inside a longer run of hiragana)
        return not (kana(text[b - 1]) and after and kana(after)
                    and not any(text[b:].startswith(j) for j in self.stay))

    def joined(self, text: str) -> str:
        """Hiragana words typed with spaces between them, one too short to be read alone,
        joined where together they read (けん ごと に → 県ごと; くに べつ, とし ごと), and a
        number's counter said in hiragana (2000ねん → 2000年, 8がつ, 3けん), before the runs
        are read."""
        text = _COUNTER.sub(lambda m: m[1] + _COUNTERS[m[2]], text)
        pieces = _SPACED.split(text)
        out = [pieces[0]]
        for space, piece in zip(pieces[1::2], pieces[2::2], strict=True):
            last = out[-1]
            if HIRAGANA_ONLY.fullmatch(piece) and (tail := _TAIL.search(last)) and \
                    self._joins(tail[0], piece):
                out[-1] = last + piece
            else:
                out.append(space + piece)
        return "".join(out)

    def _joins(self, tail: str, piece: str) -> bool:
        """Whether two spaced hiragana words read together: one too short to be read alone,
        or together one word of the data or the grammar (とうなん あじあ: 東南アジア)."""
        run = tail + piece
        found = self._read_run(run)  # (read once for both tests)
        return bool(found) and (min(len(tail), len(piece)) < _RUN_MIN
                                or len(found) == 1 and found[0][:2] == (0, len(run)))

    def reads(self, run: str) -> bool:
        """Whether a hiragana run reads whole as the data's words and the grammar's."""
        return bool(self._read_run(run))

    def _read_run(self, run: str) -> list[tuple[int, int, str]]:
        """The readings of one run as written, else with its slips put right."""
        for said in (run, *_slips(run)):
            if found := self._words_in(said):
                return found
        return []

    def _words_in(self, run: str) -> list[tuple[int, int, str]]:
        """The readings of one run, when the run is readings, grammar and words kept as
        written alone (the fewest pieces); none when any character is left over."""
        n = len(run)
        best: list[tuple[int, int, bool] | None] = [(0, 0, False)] + [None] * n
        for i in range(n):
            here = best[i]
            if here is None:
                continue
            steps = [(i + k, False) for k in self._stay_lengths
                     if i + k <= n and run[i:i + k] in self.stay]
            steps += [(i + k, True) for k in self._lengths
                      if i + k <= n and run[i:i + k] in self.by_reading]
            for j, is_word in steps:
                there = best[j]
                if there is None or here[0] + 1 < there[0]:
                    best[j] = (here[0] + 1, i, is_word)
        if best[n] is None:
            return []
        found = []
        j = n
        while j > 0:
            step = best[j]
            assert step is not None
            _, i, is_word = step
            if is_word:
                found.append((i, j, self.by_reading[run[i:j]]))
            j = i
        return found[::-1]
