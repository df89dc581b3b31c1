"""Ranking: the BM25 leg, the dense leg and their fusion.

The fusion functions are pure (arrays or ranked id lists in, ranked list out); the
`Retriever` holds the loaded indexes, the encoder and the tokenizer.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import numpy as np

from . import alternatives
from .bm25 import SparseBM25
from .concepts import concept_words, same_concept
from .gazetteer import COUNTRY_ALIASES, FIELD_SYNONYMS
from .lazy_re import pattern
from .records import Record
from .settings import BM25_WEIGHT, BM25_WEIGHT_NO_JAPANESE, COVERAGE_WEIGHT, RRF_K
from .text import HIRAGANA_BIT, has_japanese, nfkc, to_hiragana
from .thesaurus import standalone_kanji
from .tokenize import STOP_WORDS as GENERIC
from .tokenize import fuzzy_key, noun_runs_of

_T = TypeVar("_T")
RECENT = 32  # texts whose readings a retriever keeps (a question reads one to three)

if TYPE_CHECKING:
    import faiss

    from .embed import Encoder
    from .thesaurus import Neighbour, Thesaurus
    from .tokenize import Tokenizer

_KATAKANA = pattern(r"^[ァ-ヴー]{3,}$")
_HIRAGANA_WORD = pattern(r"[ぁ-ゖー]{2,}")
_KANJI_IN = pattern(r"[\u4e00-\u9fff]")
_SMALL_KANA = pattern(r"[ぁぃぅぇぉゃゅょゎっ]")
_LATIN_RUN = pattern(r"[A-Za-z][A-Za-z'\-]*")  # an English word, for phrases of two


@dataclass(frozen=True)
class Hit:
    """A ranked record with its fused score and each leg's score."""

    record: Record
    rank: int
    score: float
    bm25: float = 0.0
    dense: float = 0.0


def rrf(rankings: Sequence[Sequence[int]], k: int = RRF_K) -> list[tuple[int, float]]:
    """Reciprocal rank fusion of ranked id lists: score = Σ 1 / (k + rank)."""
    scores: dict[int, float] = defaultdict(float)
    for ranking in rankings:
        for rank, doc in enumerate(ranking, start=1):
            scores[doc] += 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda x: (-x[1], x[0]))


def convex(bm25: np.ndarray, dense: np.ndarray, weight: float = BM25_WEIGHT) -> np.ndarray:
    """weight · BM25/max(BM25) + (1 − weight) · cosine: both legs on a 0‥1 scale.

    BM25 is divided by its best score for this query (0 when no term matches);
    cosines of normalised vectors are clipped at 0. The result lies in [0, 1].
    """
    top = float(bm25.max()) if bm25.size else 0.0
    b = bm25 / top if top > 0 else np.zeros_like(bm25)
    d = np.clip(dense, 0.0, 1.0)
    fused: np.ndarray = weight * b + (1.0 - weight) * d
    return fused


def inner_products(vectors: np.ndarray, q: np.ndarray) -> np.ndarray:
    """`vectors @ q` for float32 rows, with FAISS's SIMD kernel: one query against every
    row is memory-bound, and OpenBLAS's gemv took ~3× as long (100,000 × 512: 22 ms
    against 7.6 ms at p50 on one thread)."""
    import faiss

    rows = np.ascontiguousarray(vectors, dtype=np.float32)
    query = np.ascontiguousarray(q, dtype=np.float32).reshape(-1)
    if rows.ndim != 2 or rows.shape[1] != query.size:
        raise ValueError(f"vectors of shape {rows.shape} against a query of {query.size}")
    out = np.empty(rows.shape[0], dtype=np.float32)
    # In FAISS's SWIG module (utils/distances.h) but not in its type stubs.
    faiss.fvec_inner_products_ny(  # type: ignore[attr-defined]
        faiss.swig_ptr(out), faiss.swig_ptr(query), faiss.swig_ptr(rows), query.size,
        rows.shape[0])
    return out


class Retriever:
    """Both legs over one loaded index."""

    def __init__(self, records: Sequence[Record], vectors: np.ndarray,
                 dense_index: faiss.Index | None, bm25: SparseBM25 | None,
                 encoder: Encoder, tokenizer: Tokenizer, *, fusion: str = "convex",
                 bm25_weight: float = BM25_WEIGHT, rrf_k: int = RRF_K,
                 bm25_weight_no_japanese: float = BM25_WEIGHT_NO_JAPANESE,
                 coverage_weight: float = COVERAGE_WEIGHT,
                 thesaurus: Thesaurus | None = None) -> None:
        self.records = records  # a table's records are made when read: never listed here
        self.vectors = vectors
        self.dense_index = dense_index
        self.bm25 = bm25
        self.encoder = encoder
        self.tokenizer = tokenizer
        self.fusion = fusion
        self.bm25_weight = bm25_weight
        self.bm25_weight_no_japanese = bm25_weight_no_japanese
        self.rrf_k = rrf_k
        self.coverage_weight = coverage_weight
        self.thesaurus = thesaurus
        self.vocab: dict[str, int] = bm25.vocab_dict if bm25 is not None else {}
        # What the last texts read as (soft terms, coverage, query vector): one question
        # asks for each several times (ranking, evidence, the answer's note).
        self._recent: OrderedDict[tuple[object, ...], Any] = OrderedDict()
        self._recent_lock = threading.Lock()

    def state(self) -> tuple[object, ...]:
        """What a text's reading depends on besides the text: the thesaurus, its
        threshold and how often it was cleared."""
        th = self.thesaurus
        return (id(th), th.threshold, th.generation) if th is not None else (None,)

    def remembered(self, kind: str, text: str, make: Callable[[], _T]) -> _T:
        """`make()`, or what it gave for this `kind` and text in the same state, kept
        for the last RECENT texts."""
        key = (kind, text, *self.state())
        with self._recent_lock:  # the web UI's worker threads share the retriever
            if key in self._recent:
                self._recent.move_to_end(key)
                return cast(_T, self._recent[key])
        value = make()
        with self._recent_lock:
            self._recent[key] = value
            if len(self._recent) > RECENT:
                self._recent.popitem(last=False)
        return value

    @cached_property
    def _fuzzy(self) -> dict[str, list[str]]:
        """Katakana words of the data by their fuzzy key, made on first use."""
        out: dict[str, list[str]] = defaultdict(list)
        for term in self.vocab:
            if _KATAKANA.match(term):
                out[fuzzy_key(term)].append(term)
        return out

    # ------------------------------------------------------------ BM25 leg

    def expand(self, tokens: Iterable[str]) -> list[str]:
        """Query tokens plus the data's own words for them: country aliases (アメリカ →
        米国), field synonyms (漁業 → 水産) and katakana spelling variants (プラド → ブラド)."""
        out: list[str] = []
        for tok in tokens:
            out.append(tok)
            canonical = COUNTRY_ALIASES.get(nfkc(tok).casefold())
            if canonical and canonical != tok:
                out.extend(self.tokenizer(canonical))
            if tok in FIELD_SYNONYMS:
                out.extend(self.tokenizer(FIELD_SYNONYMS[tok]))
            if tok not in self.vocab and _KATAKANA.match(tok):
                out.extend(self._fuzzy.get(fuzzy_key(tok), []))
        return out

    def _variants(self, tok: str) -> list[str]:
        return [t for t in dict.fromkeys(self.expand([tok])) if t in self.vocab]

    @cached_property
    def _concept_of_reading(self) -> dict[str, str]:
        """The words of the concepts written with kanji, by their reading in hiragana
        (UniDic), where one word alone has that reading."""
        by: dict[str, set[str]] = defaultdict(set)
        for w in concept_words():
            if _KANJI_IN.search(w) and (r := to_hiragana(self.tokenizer.reading(w))):
                by[r].add(w)
        # (three kana or more, none of them small: not りょう of いりょう, cut by MeCab)
        return {r: next(iter(ws)) for r, ws in by.items()
                if len(ws) == 1 and len(r) >= 3 and not _SMALL_KANA.search(r)}

    def _kin(self, tok: str) -> list[str]:
        """The data's words of a held word's concept (concepts.py: ごみ → 廃棄物, 学生 →
        青少年), which stand for it as they stand for a word the data never uses."""
        return sorted(w for w in same_concept(tok) if w in self.vocab)

    def soft_terms(self, text: str) -> Mapping[str, tuple[Neighbour, ...]]:
        """The question's content words the data never uses (in any spelling it knows),
        each with the data words that stand in for it (thesaurus.py); only those that
        have some."""
        return self.remembered("soft", text, lambda: MappingProxyType(self._soft_terms(text)))

    def _soft_terms(self, text: str) -> dict[str, tuple[Neighbour, ...]]:
        if self.thesaurus is None or self.bm25 is None:
            return {}
        out: dict[str, tuple[Neighbour, ...]] = {}
        alone = standalone_kanji(text)
        # a word typed in hiragana is read by the kanji UniDic writes it with (くうき: 空気),
        # unless that is one kanji another word shares the sound of (さかな: 肴, not 魚)
        parts = list(dict.fromkeys(self.tokenizer.parts(text)))
        said: dict[str, str] = {}
        for tok in parts:
            if not _HIRAGANA_WORD.fullmatch(tok) or tok in GENERIC or self._variants(tok):
                continue
            lemma = self.tokenizer.lemma(tok)
            if lemma is not None and lemma not in GENERIC and (
                    len(lemma) > 1 or self.thesaurus.one_word(tok)):
                said[tok] = lemma
            # …or, where UniDic gives no such word of its own, by the word of a concept
            # (concepts.py) it is the reading of (さかな: 魚, where UniDic writes 肴, one
            # kanji another word sounds like): the concepts are what questions ask about
            elif (word := self._concept_of_reading.get(tok)) is not None:
                said[tok] = word
        # a place's name (博多, 久留米: 固有名詞・地名) is near no data word by its meaning:
        # the encoder's nearness is its letters' (博物, 日米)
        unknown = [tok for tok in parts
                   if tok in said or not (
                       tok in GENERIC or self._variants(tok) or HIRAGANA_BIT.fullmatch(tok)
                       or len(tok) == 1 and tok not in alone or self.tokenizer.is_place(tok))]
        self.thesaurus.read_all([said.get(tok, tok) for tok in unknown])  # one encoder call
        for tok in unknown:
            near = tuple(n for n in self.thesaurus.neighbours(said.get(tok, tok))
                         if n.word in self.vocab)
            if near:
                out[tok] = near
        # an English phrase that is a gloss of a data word (studying abroad: 留学), read
        # as that word too, on the first of its words the data never uses
        latin = [w.lower() for w in _LATIN_RUN.findall(text)]
        for first, second in zip(latin, latin[1:], strict=False):
            on = next((w for w in (first, second) if w in unknown), None)
            if on is not None and (near := tuple(
                    n for n in self.thesaurus.phrase(first, second) if n.word in self.vocab)):
                out[on] = tuple(dict.fromkeys((*near, *out.get(on, ()))))
        return out

    def _holds(self, tok: str, near: Mapping[str, tuple[Neighbour, ...]]) -> bool:
        """Whether the data holds `tok` in a spelling it knows, or has near words for it."""
        return bool(self._variants(tok)) or tok in near

    def _held(self, text: str) -> list[str]:
        """The content words of `text` the data holds (`_holds`), framing words left out."""
        near = self.soft_terms(text)
        return [tok for tok in self.tokenizer.parts(text)
                if tok not in GENERIC and self._holds(tok, near)]

    def holds_every_word(self, text: str) -> bool:
        """Whether the data holds each content word of `text` as written (環境協力: 環境 and
        協力; not 人口, 予算): a subject of its agreements, not an item it lacks."""
        words = [t for t in self.tokenizer.parts(text) if t not in GENERIC]
        return bool(words) and all(self._variants(t) for t in words)

    def knows(self, text: str) -> bool:
        """Whether some content word of `text` is the data's, in a spelling it knows or
        through a near word (thesaurus.py) — not only framing words (合計, 載る)."""
        return bool(self._held(text))

    def only_bare_heads(self, text: str, heads: Sequence[str]) -> bool:
        """Whether every content word of `text` the data holds (or has near words for) is
        one of its bare heads (`bare_heads`): 宇宙開発の協定はある？ holds 開発 alone."""
        return bool(heads) and set(self._held(text)) <= set(heads)

    def bare_heads(self, text: str) -> list[str]:
        """Words of the data that `text` uses only after a word the data never uses, in
        one noun compound: 開発 of 宇宙開発, 対策 of 災害対策. A compound's last parts
        are its head and the first ones say which kind, so a row holding such a head
        alone is no evidence of the compound's topic."""
        near = self.soft_terms(text)

        def held(tok: str) -> bool:
            return self._holds(tok, near)

        def unknown(parts: Sequence[str]) -> bool:
            return any(not held(p) and p not in GENERIC and len(p) > 1 for p in parts)

        out: list[str] = []
        for parts in self.tokenizer.compounds(text):
            for i, tok in enumerate(parts[1:], start=1):
                if held(tok) and tok not in GENERIC and unknown(parts[:i]):
                    out.append(tok)
        # the same said with の: ロボットの共同研究, 医師の派遣 (nouns the data never uses,
        # none of them, saying which kind of what follows; not 定期航空路線の開設: 航空)
        for before, after in noun_runs_of(self.tokenizer.words(text)):
            if unknown(before) and not any(held(p) for p in before):
                out.extend(tok for tok in after if held(tok) and tok not in GENERIC)
        return list(dict.fromkeys(out))

    def idf(self, df: int) -> float:
        n = len(self.records)
        return float(np.log(1.0 + (n - df + 0.5) / (df + 0.5)))

    def coverage(self, text: str) -> np.ndarray:
        """Share of the question's word weight (IDF) that each record contains, 0‥1.

        Every content word of the question counts, including words the data never
        uses (weighted as the rarest), so a question mostly about something absent
        scores low everywhere; a word the data never uses but has near words for counts
        where those are, at their cosine (thesaurus.py); of words offered as
        alternatives (漁業や農業, training or capacity building: alternatives.py) a record
        holding either holds the set, weighed as its heaviest. Question framing words (協定,
        教える …, and words nearest to them: aim, at) and noun compounds (counted
        through their parts) are left out.
        """
        out = self.remembered("coverage", text, lambda: self._coverage(text))
        out.flags.writeable = False  # shared by the calls for this text
        return out

    def _coverage(self, text: str) -> np.ndarray:
        n = len(self.records)
        out = np.zeros(n, dtype=np.float32)
        if self.bm25 is None or n == 0:
            return out
        soft = self.soft_terms(text)  # first: it reads the unknown words in one batch
        framing = self.thesaurus.framing if self.thesaurus is not None else (lambda t: False)
        # a word the data holds is no framing word: never read by the thesaurus
        # (nor a short piece in hiragana the data never holds, たち of 選手たち, よぶ: no
        # word the thesaurus reads, hence no unknown topic either)
        parts = [t for t in dict.fromkeys(self.tokenizer.parts(text))
                 if t not in GENERIC and not (not self._variants(t) and t not in soft and (
                     framing(t) or HIRAGANA_BIT.fullmatch(t)))]
        total = 0.0
        grouped: set[str] = set()
        for group in self._alternatives(text):
            alts = [[p for p in alt if p in parts and p not in grouped] for alt in group]
            held = [self._share(alt, soft) for alt in alts if alt]
            if len(held) < 2:
                continue
            grouped.update(p for alt in alts for p in alt)
            weight = max(w for w, _ in held)  # either alternative answers: the best held
            total += weight
            out += weight * np.max([h for _, h in held], axis=0)
        for tok in parts:
            if tok not in grouped:
                weight, hit = self._credit(tok, soft)
                total += weight
                out += weight * hit
        return out / total if total > 0 else out

    def _credit(self, tok: str, soft: Mapping[str, Sequence[Neighbour]]
                ) -> tuple[float, np.ndarray]:
        """A question word's IDF weight and each record's share of it (1 where the record
        holds the word, the cosine where it holds a near word, 0 elsewhere)."""
        hit = np.zeros(len(self.records), dtype=np.float32)
        variants = self._variants(tok)
        if variants:  # …and the words of its concept the data holds (ごみ: 廃棄物 too)
            credit = [(v, 1.0) for v in dict.fromkeys((*variants, *self._kin(tok)))]
        elif tok in soft:  # another word for the data's: counted at its cosine
            credit = [(nb.word, nb.similarity) for nb in soft[tok]]
        else:
            return self.idf(1), hit  # a word the data never uses: as rare as the rarest
        assert self.bm25 is not None
        docs = [(self.bm25.docs_with(v), c) for v, c in credit]
        for d, c in docs:
            hit[d] = np.maximum(hit[d], c)
        return self.idf(max(len(d) for d, _ in docs)), hit

    def _share(self, words: Sequence[str], soft: Mapping[str, Sequence[Neighbour]]
               ) -> tuple[float, np.ndarray]:
        """The weight of `words` together and each record's share of it."""
        credits = [self._credit(w, soft) for w in words]
        weight = sum(w for w, _ in credits)
        return weight, sum((w * h for w, h in credits), np.zeros(len(self.records),
                                                                  dtype=np.float32)) / weight

    def _alternatives(self, text: str) -> list[list[list[str]]]:
        """The question's sets of alternatives (alternatives.py), each alternative as the
        tokenizer's parts of its words."""
        sets = [*alternatives.japanese(self.tokenizer.words(text)),
                *alternatives.english(nfkc(text))]
        return [[self.tokenizer.parts("".join(alt) if has_japanese("".join(alt))
                                      else " ".join(alt)) for alt in group]
                for group in sets]

    def bm25_scores(self, text: str) -> np.ndarray:
        n = len(self.records)
        if self.bm25 is None or n == 0:
            return np.zeros(n, dtype=np.float32)
        tokens = [t for t in self.expand(self.tokenizer(text))
                  if t in self.vocab and t not in GENERIC]
        weights = [1.0] * len(tokens)
        for near in self.soft_terms(text).values():
            tokens.extend(nb.word for nb in near)
            weights.extend(nb.similarity for nb in near)
        if not tokens:
            return np.zeros(n, dtype=np.float32)
        return np.asarray(self.bm25.get_scores(tokens, weights), dtype=np.float32)

    # ------------------------------------------------------------ dense leg

    def query_vector(self, text: str) -> np.ndarray:
        def encode() -> np.ndarray:
            vector: np.ndarray = self.encoder.encode_queries([text])[0]
            vector.flags.writeable = False
            return vector
        return self.remembered("vector", text, encode)

    def dense_scores(self, qvec: np.ndarray) -> np.ndarray:
        """Cosine of every record to `qvec`: the index is exact (flat), so one product
        over the index's vectors."""
        if len(self.records) == 0:
            return np.zeros(0, dtype=np.float32)
        return inner_products(self.vectors, qvec)

    # ------------------------------------------------------------ fusion

    def weight_for(self, text: str) -> float:
        """The BM25 share for `text`: lower for a question without Japanese, unless some
        of its words stand for the data's own (then the BM25 leg ranks by those)."""
        if has_japanese(text) or self.soft_terms(text):
            return self.bm25_weight
        return self.bm25_weight_no_japanese

    def fuse(self, bm25: np.ndarray, dense: np.ndarray, weight: float | None = None
             ) -> np.ndarray:
        if self.fusion == "rrf":
            order_b = [int(i) for i in np.argsort(-bm25, kind="stable") if bm25[i] > 0]
            order_d = [int(i) for i in np.argsort(-dense, kind="stable")]
            out = np.zeros(len(bm25), dtype=np.float32)
            for doc, s in rrf([order_b, order_d], self.rrf_k):
                out[doc] = s
            return out
        return convex(bm25, dense, self.bm25_weight if weight is None else weight)

    def score_all(self, text: str, qvec: np.ndarray | None = None
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(fused, bm25, dense) scores of every record for `text`."""
        bm25 = self.bm25_scores(text)
        dense = self.dense_scores(self.query_vector(text) if qvec is None else qvec)
        return self.fuse(bm25, dense, self.weight_for(text)), bm25, dense

    def rank(self, text: str, k: int, *, first: Iterable[int] = (),
             only: Iterable[int] | None = None, exclude: Iterable[int] = (),
             qvec: np.ndarray | None = None) -> list[Hit]:
        """Top `k` records for `text`. Records in `first` (those the question names)
        come before the rest; `only` restricts the ranking; `exclude` drops records.
        The coverage of the question's words is added at `coverage_weight`."""
        fused, bm25, dense = self.score_all(text, qvec)
        if self.coverage_weight:
            fused = fused + self.coverage_weight * self.coverage(text)
        return self.order(fused, bm25, dense, k, first=first, only=only, exclude=exclude)

    def order(self, fused: np.ndarray, bm25: np.ndarray, dense: np.ndarray, k: int, *,
              first: Iterable[int] = (), only: Iterable[int] | None = None,
              exclude: Iterable[int] = ()) -> list[Hit]:
        n = len(self.records)
        if k <= 0 or n == 0:
            return []
        first_set = set(first)
        if only is None and not exclude:  # nothing restricts: no copy of the pool
            return self._order_all(fused, bm25, dense, k, first_set)
        pool = np.arange(n) if only is None else np.fromiter(sorted(set(only)), dtype=np.int64)
        drop = list(set(exclude))
        if drop:
            pool = pool[~np.isin(pool, np.array(drop, dtype=np.int64))]
        if pool.size == 0:
            return []
        boost: float | np.ndarray = 0.0
        if first_set:
            mask = np.zeros(n, dtype=np.float32)
            mask[np.fromiter(first_set, dtype=np.int64)] = 1.0
            boost = mask[pool]
        key = fused[pool] + 2.0 * boost  # fused scores are ≤ 1, so named records lead
        take = min(k, pool.size)
        part = np.argpartition(-key, take - 1)[:take] if take < pool.size else np.arange(pool.size)
        best = sorted(part, key=lambda j: (-key[j], int(pool[j])))
        return [Hit(self.records[int(pool[j])], r, float(fused[pool[j]]), float(bm25[pool[j]]),
                    float(dense[pool[j]])) for r, j in enumerate(best, start=1)]

    def _order_all(self, fused: np.ndarray, bm25: np.ndarray, dense: np.ndarray, k: int,
                   first: set[int]) -> list[Hit]:
        """`order` over every record (as its pool), the same ranks without the copies."""
        key = fused
        if first:
            key = fused.copy()
            key[np.fromiter(first, dtype=np.int64)] += 2.0
        n = len(self.records)
        take = min(k, n)
        part = np.argpartition(-key, take - 1)[:take] if take < n else np.arange(n)
        best = sorted(part.tolist(), key=lambda j: (-key[j], j))
        return [Hit(self.records[j], r, float(fused[j]), float(bm25[j]), float(dense[j]))
                for r, j in enumerate(best, start=1)]

    def similar(self, idx: int, k: int) -> list[Hit]:
        """Records nearest to record `idx` (never itself): dense similarity of the
        records' vectors fused with BM25 of its title and fields."""
        rec = self.records[idx]
        qvec = self.vectors[idx]
        text = f"{rec.title} {rec.field_text} {rec.partner}"
        fused, bm25, dense = self.score_all(text, qvec)
        return self.order(fused, bm25, dense, k, exclude=[idx])


def one_blas_thread() -> None:
    """One BLAS thread for the dense leg's product over the vectors: on these 2 shared
    cores two threads collapse under load (10,000 rows: p95 10.3 → 3.5 ms with one,
    measured with benchmarks/run.py), as they did for the encoder."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - a dependency of the package
        return
    threadpool_limits(limits=1, user_api="blas")
