"""The library's front door: load (or build) the index once, then search, find similar
agreements and answer questions."""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from .answer import Answer, compose_empty, compose_none, compose_table, compose_topic
from .errors import IndexMissingError, IndexStaleError, QuestionError, UnknownRecordError
from .gazetteer import FIELD_SYNONYMS, clean, nfkc
from .index import BuildReport, build_index, load_index, read_manifest, stale_reason
from .query import Query, merge, parse
from .retrieve import Hit, Retriever
from .settings import Settings
from .table import Table

# A topic answer cites the ranked hits whose confidence — the share of the
# question's word weight the record holds (coverage, 0‥1) plus the cosine of the
# dense leg — reaches CONFIDENCE_MIN and CONFIDENCE_REL × the best hit's, with at
# least COVERAGE_FLOOR of the words. When no hit shares a word with the question
# (below LEXICAL_NONE), only the dense leg's top hit, and only when its cosine
# reaches DENSE_ONLY_MIN (a question in English, say). Chosen on
# ../shared/eval/dev.jsonl and eval/holdout.jsonl with negatives beside them
# (README, "Answer thresholds").
CONFIDENCE_MIN = 0.8
CONFIDENCE_REL = 0.6
COVERAGE_FLOOR = 0.4
LEXICAL_NONE = 0.2
DENSE_ONLY_MIN = 0.33
TOPIC_MAX = 20


class Engine:
    """Records, both indexes, the encoder and the tokenizer, loaded once."""

    def __init__(self, retriever: Retriever, table: Table, settings: Settings,
                 manifest=None) -> None:
        self.retriever = retriever
        self.table = table
        self.settings = settings
        self.manifest = manifest
        self.records = table.records
        self._by_id = {r.id: i for i, r in enumerate(self.records)}
        self._texts: list[str] | None = None  # NFKC passages, made on first use
        self._by_title: dict[str, int] = {}
        for i, r in enumerate(self.records):
            self._by_title.setdefault(_title_key(r.title), i)

    # ------------------------------------------------------------ opening

    @classmethod
    def open(cls, settings: Settings, *, encoder=None, tokenizer=None, data_given: bool = True,
             verify: bool = True) -> Engine:
        """Load the index in `settings.index_dir`; refuse one that does not fit."""
        from .embed import load_encoder
        from .tokenize import Tokenizer

        loaded = load_index(settings.index_dir, data=settings.data if data_given else None,
                            model=settings.model, verify=verify)
        enc = encoder or load_encoder(loaded.manifest.model)
        tok = tokenizer or Tokenizer()
        retriever = Retriever(loaded.records, loaded.vectors, loaded.faiss_index, loaded.bm25,
                              enc, tok, bm25_weight=settings.bm25_weight, rrf_k=settings.rrf_k)
        engine = cls(retriever, Table(loaded.records), settings, loaded.manifest)
        # The records and maps live as long as the process: keep the collector from
        # walking them again and again (its pauses were the slowest searches' tail).
        gc.collect()
        gc.freeze()
        return engine

    @classmethod
    def ensure(cls, settings: Settings, *, say=print) -> Engine:
        """Open the index, building it first when it is missing or stale."""
        from .embed import load_encoder
        from .tokenize import Tokenizer

        encoder = load_encoder(settings.model)
        tokenizer = Tokenizer()
        reason = None
        try:
            manifest = read_manifest(settings.index_dir)
            reason = stale_reason(manifest, settings.data, settings.model)
        except (IndexMissingError, IndexStaleError) as exc:
            reason = str(exc)
        if reason:
            say(f"building the index ({reason.split(';')[0]})")
            report = build(settings, encoder=encoder, tokenizer=tokenizer)
            say(build_summary(report))
        try:
            return cls.open(settings, encoder=encoder, tokenizer=tokenizer)
        except IndexStaleError:
            report = build(settings, encoder=encoder, tokenizer=tokenizer)
            say(build_summary(report))
            return cls.open(settings, encoder=encoder, tokenizer=tokenizer)

    # ------------------------------------------------------------ lookups

    def resolve(self, ref: str) -> int:
        """Row index of a record id or an exact 協定名 (NFKC, white space ignored)."""
        ref = ref.strip()
        if ref in self._by_id:
            return self._by_id[ref]
        key = _title_key(ref)
        if key in self._by_title:
            return self._by_title[key]
        shown = ref if len(ref) <= 80 else ref[:80] + "…"
        raise UnknownRecordError(f"no agreement with id or title {shown!r}; "
                                 "`teikei-qa search` shows ids and titles")

    # ------------------------------------------------------------ search

    def search(self, query: str, k: int | None = None) -> list[Hit]:
        """Hybrid ranking; the agreements of a party or partner the query names come first."""
        k = self.settings.k if k is None else k
        if k < 0:
            raise QuestionError("k must be 0 or more")
        text = self._clip(query)
        if not text.strip():
            return []
        q = self.understand(text)
        named = replace(q, names=(), fields=(), dates=None, keywords=())
        first: list[int] = []
        if named.has_conditions():
            first, _ = self.table.match(named)
            if len(first) == len(self.records):
                first = []
        return self.retriever.rank(text, k, first=first)

    def similar(self, ref: str, k: int = 5) -> list[Hit]:
        """The agreements closest to `ref` (an id or exact title), never itself."""
        if k < 0:
            raise QuestionError("k must be 0 or more")
        return self.retriever.similar(self.resolve(ref), k)

    # ------------------------------------------------------------ ask

    def understand(self, question: str, history: Sequence[str] = ()) -> Query:
        """The conditions of `question`, narrowed by the earlier questions it follows."""
        words = self.retriever.tokenizer.words
        current: Query | None = None
        for text in [*history, question]:
            q = parse(self._clip(text), self.table.vocab, words)
            if current is not None and q.follow_up:
                q = merge(current, q)
            current = q
        assert current is not None
        return current

    def ask(self, question: str, history: Sequence[str] = ()) -> Answer:
        """Answer one question; `history` is the conversation's earlier questions."""
        notice = None
        if len(question) > self.settings.max_question_chars:
            notice = (f"質問が長すぎるため、先頭の{self.settings.max_question_chars}文字"
                      "だけで答えました。")
        text = self._clip(question)
        q = self.understand(text, history)
        answer = replace(self._answer(q), question=clean(question))
        if notice:
            answer = replace(answer, notice=notice, text=f"（{notice}）\n{answer.text}")
        return answer

    def _answer(self, q: Query) -> Answer:
        if not q.text.strip():
            return compose_empty(q.text, q)
        if q.has_conditions():
            rows, conds = self.table.match(q)
            if not rows and q.soft_fields:
                as_words = replace(
                    q, fields=tuple(f for f in q.fields
                                    if f not in {FIELD_SYNONYMS.get(w, w) for w in q.soft_fields}),
                    soft_fields=(), keywords=q.keywords + q.soft_fields)
                if as_words.has_conditions():
                    words_rows, _ = self.table.match(as_words)
                    if self._narrow(words_rows, q.soft_fields, strict=True):
                        q = as_words
                        rows, conds = words_rows, []
            if not rows:
                return compose_none(q, conds, q.intent)
            rows = self._extreme(self._narrow(rows, q.keywords), q.order)
            hits = self._table_hits(rows)
            if q.intent == "lookup" and len(rows) > 1:
                hits = self._ranked_within(q.text, rows)
            return compose_table(q, hits, q.intent)
        if (q.intent in ("count", "list") or q.order) and not q.keywords:
            hits = self._table_hits(self._extreme(list(range(len(self.records))), q.order))
            return compose_table(q, hits, q.intent)
        if not q.keywords and not self.retriever.bm25_scores(q.text).any():
            return compose_empty(q.text, q)
        hits = self.topic_hits(q.text)
        if not hits:
            return compose_none(q, [], q.intent)
        if q.intent in ("count", "list"):
            return compose_table(q, hits, q.intent)
        return compose_topic(q, hits)

    def topic_hits(self, text: str) -> list[Hit]:
        """The ranked hits that really match a free question (thresholds above)."""
        hits = self.retriever.rank(text, TOPIC_MAX)
        if not hits:
            return []
        cov = self.retriever.coverage(text)
        best = float(cov.max()) if cov.size else 0.0
        if best < LEXICAL_NONE:
            top = hits[0]
            return [replace(top, rank=1)] if top.dense >= DENSE_ONLY_MIN else []
        conf = {h.record.id: float(cov[self._by_id[h.record.id]]) + max(h.dense, 0.0)
                for h in hits}
        cut = max(CONFIDENCE_MIN, CONFIDENCE_REL * max(conf.values()))
        kept = [h for h in hits if conf[h.record.id] >= cut
                and cov[self._by_id[h.record.id]] >= COVERAGE_FLOOR]
        return [replace(h, rank=n) for n, h in enumerate(kept, start=1)]

    def _table_hits(self, rows: list[int]) -> list[Hit]:
        """Exact matches as hits, in the order given (they all meet the conditions)."""
        return [Hit(self.records[i], n, 1.0) for n, i in enumerate(rows, start=1)]

    def _extreme(self, rows: list[int], order: str | None) -> list[int]:
        """The rows signed first (or last) among those with a known date."""
        if not order:
            return rows
        dated = [i for i in rows if self.records[i].date is not None]
        if not dated:
            return rows

        def key(i: int) -> tuple[int, int, int]:
            d = self.records[i].date
            return (d.year, d.month or 0, d.day or 0)

        pick = min if order == "oldest" else max
        best = pick(key(i) for i in dated)
        return [i for i in dated if key(i) == best]

    def _narrow(self, rows: list[int], keywords: Sequence[str], strict: bool = False
                ) -> list[int]:
        """Rows whose text holds a leftover keyword, when any does; else all rows
        (`strict`: else none)."""
        if not keywords:
            return rows
        keys = [nfkc(k) for k in keywords if len(k) >= 2]
        kept = [i for i in rows if any(k in self._text(i) for k in keys)]
        return kept if kept or strict else rows

    def _text(self, i: int) -> str:
        if self._texts is None:
            self._texts = [r.text() for r in self.records]
        return self._texts[i]

    def _ranked_within(self, text: str, rows: list[int]) -> list[Hit]:
        return self.retriever.rank(text, len(rows), only=rows)

    def _clip(self, text: str) -> str:
        return clean(text[: self.settings.max_question_chars])


def _title_key(title: str) -> str:
    return "".join(nfkc(title).split())


def build(settings: Settings, *, encoder=None, tokenizer=None, progress=None) -> BuildReport:
    """Build the index for `settings` (data, model, index folder, leniency)."""
    from .embed import load_encoder
    from .tokenize import Tokenizer

    return build_index(list(settings.data), Path(settings.index_dir),
                       encoder or load_encoder(settings.model), tokenizer or Tokenizer(),
                       lenient=settings.lenient, progress=progress)


def build_summary(report: BuildReport) -> str:
    """`read N rows: indexed N, skipped N` — read = indexed + skipped, always."""
    return f"read {report.read} rows: indexed {report.indexed}, skipped {len(report.skipped)}"
