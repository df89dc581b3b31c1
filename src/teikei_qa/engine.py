"""The library's front door: load (or build) the index once, then search, find similar
agreements and answer questions."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from . import lazy_re, readings
from .anchors import anchored, anchored_answer
from .answer import (
    Answer,
    compose_elsewhere,
    compose_topic,
    compose_within,
    phrase,
    with_breakdown,
    with_scope,
)
from .asked import COLUMNS_ASKED, LIST_DATE_ASKED, OTHERS_THAN_SHOWN, REFERENT, TALLY_ASKED
from .condition_index import ConditionIndex
from .conditions import NEAR, SHOWN, Filter, Plan, sides_of, without_words
from .errors import IndexMissingError, IndexStaleError, QuestionError, UnknownRecordError
from .evidence import cited, cliff, related, topic_cited
from .execute import Result, each_first, execute
from .followups import conversation, narrows_by_words, rest_of_words
from .gazetteer import FIELD_SYNONYMS
from .grammar import COUNT, WHOLE_LIST
from .groups import group_values, picked
from .index import (
    TABLE_FILE,
    BuildReport,
    Manifest,
    build_index,
    load_index,
    read_manifest,
    stale_reason,
)
from .institutions import absent_institutions
from .lazy_re import pattern
from .likeness import SIMILAR_ASKED, SIMILAR_K, compose_similar
from .lists import newest_first
from .names import NameIndex
from .narrowing import (
    about_words,
    describing_words,
    narrowed_to,
    subject_words,
    table_of_words,
)
from .nested import (
    alone_answer,
    alone_asked,
    among_answer,
    among_asked,
    claim_answer,
    claim_then,
    count_then,
    count_then_answer,
    each_count,
    each_count_answer,
    nested,
    nested_answer,
    relative_answer,
    relative_to,
    replaced_by,
    replaced_question,
    same_date_as,
    two_sides,
    two_sides_answer,
)
from .nothing import (
    DIFFERENCE_ASKED,
    compose_absent,
    compose_columns,
    compose_differences,
    compose_empty,
    compose_list_date,
    compose_none,
    compose_none_within,
)
from .plan import parse
from .reader import Reader
from .retrieve import Hit, Retriever, one_blas_thread
from .rewrite import Rewrite
from .settings import Settings
from .store import column, text_column
from .text import clean, fold, has_japanese, spaced_once, title_key
from .thesaurus import SOFT_LOW_BY_MODEL, SOFT_MIN_BY_MODEL, Thesaurus, data_words
from .turns import cited_titles, of_last, turns_said

if TYPE_CHECKING:  # imported at run time inside open, ensure and build, as before
    from .embed import Encoder
    from .tokenize import Tokenizer

# How many ranked hits a topic answer weighs (evidence.py says which it cites).
TOPIC_MAX = 20
# A table of SMALL_TABLE agreements or fewer cites them; a list of WITHIN_MIN or more, of
# words no row holds, is narrowed by their meaning.
SMALL_TABLE, WITHIN_MIN = 3, 8
# A follow-up said of the last answer's agreements (そのうち, その中で, of those).
_WITHIN_LAST = lazy_re.pattern(r"^\s*(?:そのうち|その中で?|それらの?うち|このうち|この中で?|"
                               r"\b(?:of|among) (?:those|these|them)\b)", re.IGNORECASE)
# A field the data lacks is read as a topic when each of its words has a near word of the
# data at least this close (アート: 芸術 0.88; not 映画: フィルム 0.72, 福祉: 社会 0.66).
FIELD_NEAR = 0.8


# The agreements themselves asked of a table's picked groups (それぞれどの協定か, 協定名も,
# 一覧にして, which agreements).
_AGREEMENTS_ASKED = pattern(r"どの協定|どんな協定|協定名|協定を(?:一覧|挙げ|教え|全部|まとめて|"
                            r"すべて|全て|見せ|確認)|一覧に|"
                            r"\bwhich agreements\b|\blist (?:the|those|their) agreements\b",
                            re.IGNORECASE)

# The agreements themselves asked, grouped (協定を、年ごとに分けて教えて; not 国別に数えて).
_LISTED_BY_GROUP = pattern(r"協定(?:名)?を[^。？?]{0,12}?(?:ごと|別)に\s*"
                           r"(?:分けて|まとめて|整理して|並べて)?\s*"
                           r"(?:一覧|挙げ|教え|見せ|出し|示し|リスト)")


class Engine:
    """Records, both indexes, the encoder and the tokenizer, loaded once."""

    def __init__(self, retriever: Retriever, table: ConditionIndex, settings: Settings,
                 manifest: Manifest | None = None) -> None:
        self.retriever = retriever
        self.table = table
        self.settings = settings
        self.manifest = manifest
        self.records = table.records
        self._texts: list[str] | None = None  # NFKC passages, made on first use

    @cached_property
    def _by_id(self) -> dict[str, int]:
        return {rid: i for i, rid in enumerate(text_column(self.records, "id"))}

    @cached_property
    def _by_title(self) -> dict[str, int]:  # the first row of each title
        return {title_key(t): i for i, t in reversed(list(enumerate(text_column(
            self.records, "title"))))}

    # ------------------------------------------------------------ opening

    @classmethod
    def open(cls, settings: Settings, *, encoder: Encoder | None = None,
             tokenizer: Tokenizer | None = None, data_given: bool = True,
             verify: bool = True) -> Engine:
        """Load the index in `settings.index_dir`; refuse one that does not fit."""
        from .embed import load_encoder
        from .tokenize import Tokenizer

        loaded = load_index(settings.index_dir, data=settings.data if data_given else None,
                            model=settings.model, verify=verify)
        # the grammar's patterns from the compiled code a previous process kept
        if not lazy_re.load_codes(Path(settings.index_dir) / "cache"):
            lazy_re.save_codes(Path(settings.index_dir) / "cache")
        enc = encoder or load_encoder(loaded.manifest.model)
        tok = tokenizer or Tokenizer()
        records = loaded.records
        model = loaded.manifest.model
        soft = None if model not in SOFT_MIN_BY_MODEL else Thesaurus(
            lambda: data_words((r.text() for r in records), tok), enc,
            f"{loaded.manifest.generation}:{model}", Path(settings.index_dir) / "cache",
            threshold=SOFT_MIN_BY_MODEL[model], low=SOFT_LOW_BY_MODEL.get(model))
        retriever = Retriever(loaded.records, loaded.vectors, None, loaded.bm25,
                              enc, tok, bm25_weight=settings.bm25_weight, rrf_k=settings.rrf_k,
                              coverage_weight=settings.coverage_weight, thesaurus=soft)
        engine = cls(retriever, ConditionIndex.from_table(loaded.records), settings,
                     loaded.manifest)
        # The records and maps live as long as the process: keep the collector from
        # walking them again and again (its pauses were the slowest searches' tail).
        gc.collect()
        gc.freeze()
        one_blas_thread()
        return engine

    @classmethod
    def ensure(cls, settings: Settings, *, say: Callable[[str], None] = print) -> Engine:
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
            say(report.summary())
        try:
            return cls.open(settings, encoder=encoder, tokenizer=tokenizer)
        except IndexStaleError:
            report = build(settings, encoder=encoder, tokenizer=tokenizer)
            say(report.summary())
            return cls.open(settings, encoder=encoder, tokenizer=tokenizer)

    # ------------------------------------------------------------ lookups

    def resolve(self, ref: str) -> int:
        """Row index of a record id or an exact 協定名 (NFKC, white space ignored)."""
        ref = ref.strip()
        if ref in self._by_id:
            return self._by_id[ref]
        key = title_key(ref)
        if key in self._by_title:
            return self._by_title[key]
        shown = ref if len(ref) <= 80 else ref[:80] + "…"
        raise UnknownRecordError(f"no agreement with id or title {shown!r}; "
                                 "`teikei-qa search` shows ids and titles")

    # ------------------------------------------------------------ search

    def search(self, query: str, k: int | None = None) -> list[Hit]:
        """Hybrid ranking; the agreements of a party or partner (or its kind), or of a
        history asked (相手側からの提案で始まった), named first."""
        k = self.settings.k if k is None else k
        if k < 0:
            raise QuestionError("k must be 0 or more")
        text = self._clip(query)
        if not text.strip():
            return []
        plan = self.plan(text)
        named = [f for f in plan.filters if f.kind in ("party", "country", "partner", "kind",
                                                       "title", "history") and not f.exclude]
        # what the question leaves out (博物館（美術館を除く）, 中国以外) comes after the rest
        out = [f for f in plan.filters if f.exclude]
        first: list[int] = []
        if named or out:
            rows, _ = self.table.select([*named, *out])
            first = sorted(rows) if len(rows) < len(self.records) else []
        # The question as read (names in the list's form) is what both legs rank by.
        return self.retriever.rank(plan.text, k, first=first)

    def similar(self, ref: str, k: int = 5) -> list[Hit]:
        """The agreements closest to `ref` (an id or exact title), never itself."""
        if k < 0:
            raise QuestionError("k must be 0 or more")
        return self.retriever.similar(self.resolve(ref), k)

    # ------------------------------------------------------------ ask

    @cached_property
    def reader(self) -> Reader:
        """How a question is read into the list's forms (reader.py)."""
        sha = self.manifest.files.get(TABLE_FILE) if self.manifest else None
        return Reader(self.records, self.table.vocab, self.retriever.tokenizer,
                      self.retriever.thesaurus, Path(self.settings.index_dir, "cache"), sha,
                      lambda: self._partner_text, lambda: self._all_text)

    @property
    def names(self) -> NameIndex:
        return self.reader.names

    def read(self, text: str) -> Rewrite:
        """The question with names in the list's form (any script, near misses)."""
        return self.reader.read(self._clip(text))

    def plan(self, question: str, history: Sequence[str] = ()) -> Plan:
        """The plan of `question`, narrowed by the earlier questions it follows."""
        last = conversation([*history, question], lambda text: self.retriever.remembered(
            "plan", text, partial(self._plan_of, text)))
        return readings.asked_item(last, self.retriever.knows, self.retriever.tokenizer.parts)

    def _plan_of(self, text: str) -> Plan:
        """One question read on its own (a conversation reads its earlier ones again:
        kept per text with the retriever's other readings)."""
        rw = self.read(text)
        p = readings.places_as_conditions(absent_institutions(
            parse(rw.text, self.table.vocab, self.retriever.tokenizer.words, rw.changes),
            lambda: self._all_text),
            lambda: self._all_text, lambda: self._partner_text, self.retriever.tokenizer.known,
            self.retriever.tokenizer.is_place)
        return readings.soft_fields(p, self._fields, self._near_words)

    @cached_property
    def _fields(self) -> frozenset[str]:  # every field word a field condition matches
        return self.table.vocab.field_terms | frozenset(FIELD_SYNONYMS)

    @cached_property
    def _all_text(self) -> str:  # the data's text, made on the first place-like word
        return "\n".join(self.table.texts())

    @cached_property
    def _partner_text(self) -> str:  # who signed on the other side: partners and names
        return "\n".join(fold(t) for c in ("partner", "title")
                         for t in text_column(self.records, c))

    def _near_words(self, word: str) -> list[str]:
        th = self.retriever.thesaurus
        return [] if th is None else [n.word for n in th.neighbours(word)]

    def as_of(self, rows: Sequence[int] = ()) -> str | None:
        """The dates of the lists behind `rows` (all when none), newest first: 平成28年9月現在."""
        col = self._as_of_column
        dates = newest_first(col[i] for i in rows) or self._all_as_of
        return "・".join(dates) if dates else None

    @cached_property
    def _as_of_column(self) -> list[str | None]:
        return column(self.records, "as_of")  # read off the table: no records made

    @cached_property
    def _all_as_of(self) -> tuple[str, ...]:
        return newest_first(self._as_of_column)  # once, not per answer

    def ask(self, question: str, history: Sequence[str] = (), drop: Sequence[str] = ()
            ) -> Answer:
        """Answer one question; `history` is the conversation's earlier questions;
        `drop` the keys of filters to leave out (a condition chip removed)."""
        notice = None
        if len(question) > self.settings.max_question_chars:
            notice = (f"質問が長すぎるため、先頭の{self.settings.max_question_chars}文字"
                      "だけで答えました。")
        said = question  # (what the answer names as asked)
        *history, question = turns_said([self._clip(t) for t in [*history, question]],
                                         self.plan, self.ask)  # turns.py
        answer = None if drop else self._inside(question, history)
        if answer is None:
            plan = self.plan(question, history)
            if history and not plan.filters and SIMILAR_ASKED.search(plan.text):  # これに似た
                plan = replace(self.plan(history[-1], history[:-1]), text=plan.text)  # 協定は？
            if drop:
                plan = plan.without(drop)
            if history and plan.operation != "compare" and (OTHERS_THAN_SHOWN.search(
                    question) or rest_of_words(self.plan(history[-1], history[:-1]), question)):
                plan = self._beside_shown(plan, history)  # ほかに熊本県の協定は？ それ以外は？
            elif history and _WITHIN_LAST.match(question):  # そのうち2012年以降のもの after
                plan = self._within_words(plan, history)  # 低炭素社会づくりの協定: of those
            narrow = bool(history) and narrows_by_words(self.plan(question))  # …ものだけ
            answer = with_scope(self._answer(plan, clean(said), narrow))  # 姉妹都市: not listed
        if notice:
            answer = replace(answer, notice=notice, text=f"（{notice}）\n{answer.text}")
        return answer

    def _within_words(self, plan: Plan, history: Sequence[str]) -> Plan:
        """`plan` of the agreements an answer of words alone gave (低炭素社会づくりの協定 →
        そのうち2012年以降のもの: of those three), not its words matched again as text."""
        last = self.ask(history[-1], history[:-1])  # (its plan: the narrowing kept)
        near = [f for f in last.plan.filters if f.key == NEAR]
        words = near[0].words if near else last.plan.topic
        if not words or not (last.intent == "topic" and not last.plan.filters or near):
            return plan
        shown = cited_titles(last)
        if not shown:
            return plan
        kept = replace(plan, topic=tuple(t for t in plan.topic if t not in words),
                       operation="list" if plan.operation in ("topic", "lookup") else
                       plan.operation)
        return narrowed_to(kept, words, [title_key(t) for t in shown])

    def _beside_shown(self, plan: Plan, history: Sequence[str]) -> Plan:
        """`plan` without the agreements the last answer gave (ほかに熊本県の協定は？ after
        御船町's; what other agreements …): those are said left out."""
        shown = cited_titles(self.ask(history[-1], history[:-1]))
        if not shown:
            return plan
        return replace(plan, filters=plan.filters + (
            Filter(SHOWN, "title", shown, exclude=True, words=(), label="先の回答の協定"),))

    def _inside(self, question: str, history: Sequence[str]) -> Answer | None:
        """The answer of a question with questions inside it (nested.py), or of one that
        points back at the last answer's agreements (その協定の概要は？), else None."""
        if (inside := nested(question)) is not None:  # 一番多い国の協定を一覧で
            answer = nested_answer(self.ask, question, history, inside)
            if answer is not None:
                return answer
        if (sides := two_sides(question)) is not None:  # Aの…とBの…、どっち
            answer = two_sides_answer(self.ask, question, history, *sides)
            if answer is not None:
                return answer
        if (same := same_date_as(question)) is not None:  # Xと同じ年に結ばれた協定は
            named, then = same
            if len(self.ask(named, history).citations) >= 1:
                answer = self.ask(then, [*history, named])
                if answer.intent in ("list", "count", "lookup"):
                    return replace(answer, question=question, text=answer.text.replace(
                        "先の回答の", f"「{named}」の", 1))
        if (claim := claim_then(question)) is not None and (  # …は本当？…を挙げて
                answer := claim_answer(self.ask, self.plan, history, *claim)) is not None:
            return replace(answer, question=question)
        if (among := among_asked(question)) is not None:  # …どれ？ベトナムのも入ってる？
            answer = among_answer(self.ask, history, *among)
            if answer is not None:
                return replace(answer, question=question)
        if (fixed := replaced_by(question)) is not None and (  # …? Actually, make that X.
                again := replaced_question(self.plan, *fixed)) is not None:
            return with_scope(self._answer(again, clean(question)))
        if (alone := alone_asked(question)) is not None and (  # 北九州市だけが結んでいる国
                answer := alone_answer(self.ask, history, alone)) is not None:
            return replace(answer, question=question)
        if (bounded := relative_to(question)) is not None and (  # Xを結んだ日より後に
                answer := relative_answer(self.ask, history, *bounded)) is not None:
            return replace(answer, question=question)
        if (bound := anchored(question)) is not None and (  # Xを交わすより前に, …の直前
                answer := anchored_answer(self.ask, history, bound)) is not None:
            return replace(answer, question=question)
        if (first := each_count(question)) is not None and (  # …自治体は？それぞれの件数は
                answer := each_count_answer(self.ask, history, first)) is not None:
            return replace(answer, question=question)
        if (both := count_then(question)) is not None:  # 何件で、一番古いのは
            answer = count_then_answer(self.ask, history, *both)
            if answer is not None:
                return replace(answer, question=question)
        if history and REFERENT.search(question):  # その協定の概要は？
            return self._of_last(question, history)
        return None

    def _of_last(self, question: str, history: Sequence[str]) -> Answer | None:
        """A question of the agreements the last answer named (turns.of_last)."""
        alone = self.plan(self._clip(question))
        if alone.filters or alone.compare or SIMILAR_ASKED.search(question):
            return None
        plan = of_last(alone, self.ask(history[-1], history[:-1]))
        return None if plan is None else with_scope(self._answer(plan, clean(question)))

    def _answer(self, plan: Plan, question: str, narrow: bool = False) -> Answer:
        """The answer of `plan`; `narrow`: a follow-up narrowing the last agreements by
        words alone (followups.narrows_by_words), however few they are."""
        if not plan.text.strip():
            return compose_empty(question, plan)
        if not plan.filters and LIST_DATE_ASKED.search(plan.text):  # このリストはいつ現在？
            return compose_list_date(question, plan, self.as_of(), len(self.records))
        if not plan.filters and COLUMNS_ASKED.search(plan.text):  # 項目は何がある？
            return compose_columns(question, plan, self.as_of(), len(self.records))
        if plan.operation != "topic" and (plan.filters or plan.operation != "lookup"):
            result = execute(plan, self.table, self._rank_within)
            if plan.filters and not result.total and plan.operation != "compare" and not (
                    plan.pick == ("absent", 0) and (result.groups or plan.group_by == "year")):
                # (a wrong date: the real one; the years with none: none of them, said so)
                if (read := self._field_as_topic(plan)) is not None:
                    return self._answer(read, question)
                return compose_none(result, question, self.as_of(),
                                    self._table_hits(result.but_one))
            if result.total == 1 and plan.operation == "aggregate" and \
                    plan.group_by == "field" and not (
                    plan.distinct or plan.top or plan.pick or TALLY_ASKED.search(plan.text)):
                # どんな分野ですか of one agreement: that agreement, its fields shown (not a
                # table of its fields, one agreement each)
                return self._answer(replace(plan, operation="lookup", group_by=None), question)
            if result.total == 1 and plan.operation in ("list", "lookup") and \
                    SIMILAR_ASKED.search(plan.text):  # 〜に似た協定: its neighbours
                named = self._table_hits(result.rows)[0]
                return compose_similar(plan, question, named, self.retriever.similar(
                    result.rows[0], SIMILAR_K), self.as_of(result.rows))
            if plan.asked and (plan.asked in result.ignored or plan.asked not in plan.topic) \
                    and not (plan.asked in plan.topic and len(plan.asked) > 2 and
                             self.retriever.holds_every_word(plan.asked)):  # 中国との環境協力は
                if DIFFERENCE_ASKED.fullmatch(plan.asked) and 2 <= result.total <= 3:
                    # 青島と大連の覚書の違いは？: the agreements side by side, what differs
                    return compose_differences(plan, question, self._table_hits(result.rows),
                                               self.as_of(result.rows), result)
                return compose_absent(plan, question, self.as_of(), result)
            if not plan.filters and plan.operation in ("count", "list") and plan.topic and (
                    set(result.ignored) == set(plan.topic) or result.ignored and
                    self.retriever.knows(" ".join(result.ignored)) and not any(
                        self.retriever.holds_every_word(w) for w in result.ignored)):
                # (…or some held as written and the others only near the data's words:
                # 脱炭素・CO2削減関係の協定 — not those holding 削減, 脱炭素 dropped)
                # No condition, and words no row holds as written (宇宙開発の協定を全部,
                # about football, Españaとの): not the whole table's total, but the question
                # read as a topic, which the data may know near words for or not at all
                # ("not in the data"). Framing words (合計, 載る, データベース) are stop
                # words (tokenize.py), never topic words: the total stands for them.
                plan = replace(plan, operation="topic")
            elif elsewhere := self._field_elsewhere(plan, result):  # …を減らすまちづくり
                hits, rows = elsewhere
                return compose_elsewhere(result, hits, question, self.as_of(rows),
                                         self._soft_words(" ".join(result.ignored)))
            elif within := self._within(plan, result, narrow):  # 中国の都市とスモッグ対策で
                return compose_within(result, within, question, self.as_of(result.rows))
            elif narrowed := self._grouped_topic(plan, result):  # 焼き物の団体と…のはどこ
                return self._answer(narrowed, question)
            elif about := self._about_unknown(plan, result):  # 長崎県の恐竜に関する協定
                return compose_none_within(result, about, question, self.as_of(result.rows))
            else:
                # Groups name no agreement: none cited, but a small table's (御船町の分野は)
                # and each group's first, named; a comparison cites the agreements whose
                # dates it names (by date), else none
                if plan.operation == "compare":
                    cited = list(result.dated_by)
                elif plan.operation == "aggregate" and result.total > SMALL_TABLE and \
                        not each_first(plan) and not _LISTED_BY_GROUP.search(plan.text):
                    cited = []
                else:
                    cited = list(result.rows)
                if plan.operation == "aggregate" and plan.pick and not cited and \
                        plan.pick[0] != "absent" and _AGREEMENTS_ASKED.search(plan.text):
                    # 協定が1件だけの国について、それぞれどの協定か: the picked groups' rows
                    chosen = {g.value for g in picked(result.groups, plan.pick)}
                    cited = [i for i in result.rows if chosen.intersection(
                        group_values(self.records[i], plan.group_by))]
                return self._with_breakdown(phrase(result, self._table_hits(cited), question,
                                                   self.as_of(result.rows)), result)
        if not plan.topic and not self.retriever.bm25_scores(plan.text).any():
            return compose_empty(question, plan)
        if plan.asked:  # 費用はいくら: an item the list does not have
            return compose_absent(plan, question, self.as_of())
        hits, related = self.topic_hits(plan.text)
        shown = hits or related
        soft = self._soft_words(plan.text)
        return compose_topic(plan, hits, question,
                             self.as_of([self._by_id[h.record.id] for h in shown]), related,
                             soft if shown else None,
                             places=[] if shown else self._unheld_places(plan.topic))

    def _unheld_places(self, words: Sequence[str]) -> list[str]:
        """The question's words that name a place (UniDic: 固有名詞・地名) no row holds
        (博多, 那覇): said so in a 'not in the data' answer."""
        return [w for w in words if self.retriever.tokenizer.is_place(w) and
                not self.retriever.holds_every_word(w)]

    def _with_breakdown(self, answer: Answer, result: Result) -> Answer:
        """A count of several values of one condition said one by one (韓国とアメリカと台湾
        の協定数: 14) with each value's own count after it (韓国10件、米国3件、台湾1件), as a
        comparison of them counts: the total may be asked, or each."""
        plan = result.plan
        said = [f for f in plan.filters if not f.exclude and f.dates is None and
                len(f.values) >= 2 and len(f.words) >= 2 and
                f.kind in ("party", "country", "partner", "field")]
        if any(len(f.values) != len(f.words) for f in said):  # ヨーロッパとアメリカ: a
            return answer  # region's countries are no values said one by one
        if plan.operation != "count" or len(said) != 1 or not result.total:
            return answer
        sides = execute(replace(plan, operation="compare", compare=sides_of(said),
                                filters=tuple(f for f in plan.filters if f is not said[0])),
                        self.table, self._rank_within)
        return with_breakdown(answer, sides.groups, result.total) \
            if len(sides.groups) >= 2 else answer

    def _field_as_topic(self, plan: Plan) -> Plan | None:
        """A field said by a word no row holds, as field or text (execute.py tried both
        for this plan, which matched nothing), but that the data has near words for
        (アートの分野: 美術): that word as a topic, not a condition that matches nothing. Not
        a compound whose known part is its head alone (宇宙開発), nor with other conditions
        (長崎県のアート分野: their rows are not narrowed by it)."""
        words = [w for f in plan.filters if f.kind == "field" and f.soft and not f.exclude
                 for w in f.values]
        if not words or len(plan.filters) > 1:
            return None
        near = self.retriever.soft_terms(said := " ".join(words))
        if not all(any(n.similarity >= FIELD_NEAR for n in near.get(w, ())) for w in words) \
                or self.retriever.only_bare_heads(said, self.retriever.bare_heads(said)):
            return None
        return replace(plan, filters=(), topic=plan.topic + tuple(words),
                       operation="topic" if plan.operation in ("list", "lookup")
                       else plan.operation)

    def _field_elsewhere(self, plan: Plan, result: Result) -> tuple[list[Hit], list[int]] | None:
        """A list asked by a field's word said inside a subject (CO2の排出を減らすまちづくり
        で協力している協定): when the question less the field's word, read as a topic over
        the whole list, clearly matches agreements, none of them the field's, the word was
        said loosely — the agreements the question matches outside the field, and their
        rows. Only fields (a party or a country is no loose word), only words no row holds
        as written, and only words the data knows near words for."""
        if plan.operation not in ("list", "lookup") or not result.ignored or \
                set(result.ignored) != set(plan.topic) or \
                any(f.kind != "field" or f.exclude for f in plan.filters) or \
                not self.retriever.knows(" ".join(result.ignored)):
            return None
        subject, _ = self.topic_hits(without_words(plan.text, result.applied))
        if not subject or {self._by_id[h.record.id] for h in subject} & set(result.rows):
            return None
        # Ranked by the whole question (its field's word helps: まちづくり ≈ 社会づくり), less
        # the field's own agreements, which its subject alone did not reach.
        said, _ = self.topic_hits(plan.text)
        hits = [replace(h, rank=n) for n, h in enumerate(
            (h for h in said if self._by_id[h.record.id] not in result.rows), start=1)] or subject
        return hits, [self._by_id[h.record.id] for h in hits]

    def _soft_words(self, text: str) -> dict[str, list[str]]:
        """The words of `text` the data never uses → the data's words they were read as."""
        return {w: [n.word for n in near] for w, near in self.retriever.soft_terms(text).items()}

    def _within(self, plan: Plan, result: Result, narrow: bool = False) -> list[Hit]:
        """A long list not asked for, with words no row holds, or any list a follow-up
        narrows by words (`narrow`) or whose words are said to be what its agreements are
        about (長崎県と福建省の協定で魚に関するもの): the rows they match, if any."""
        if plan.operation not in ("list", "lookup") or not result.ignored:
            return []
        if not narrow and (WHOLE_LIST.search(plan.text) or COUNT.search(plan.text) or  # 全部
                           result.total < WITHIN_MIN and  # 魚に関するもの: asked, however few
                           not about_words(plan.text, result.ignored)):
            return []
        words = " ".join(result.ignored)
        if has_japanese(words):  # きれいな水を届ける: the question less its conditions' words
            words = without_words(plan.text, result.applied)  # (水: no word of its own)
        hits = self.retriever.rank(words, result.total, only=list(result.rows))
        # what the words cite, and the clear head of the ranking among the conditions' rows
        # (留学生を送ったり受け入れたり, before 2014: both exchanges, 0.64 and 0.57, then 0.21)
        keep = sorted({*cited(self._evidence(words, hits)), *cliff([h.score for h in hits])})
        if not keep and not has_japanese(words):  # smog (with China): the question, less
            said = without_words(plan.text, result.applied)  # its conditions' words
            hits, keep = self._topic_kept(said, result.total, list(result.rows))
        return [replace(hits[i], rank=n) for n, i in enumerate(keep, start=1)] \
            if len(keep) < result.total else []

    def _about_unknown(self, plan: Plan, result: Result) -> list[str]:
        """Words the question says its agreements are about (narrowing.about_words) that
        no row holds, nor a near word of theirs: the conditions' rows hold none about them."""
        if plan.operation not in ("list", "lookup", "count") or not result.ignored or \
                set(result.ignored) != set(plan.topic):
            return []
        about = about_words(plan.text, result.ignored)
        return about if about and not self.retriever.knows(" ".join(about)) else []

    def _grouped_topic(self, plan: Plan, result: Result) -> Plan | None:
        """A table asked of agreements about words no row holds (narrowing.py): the plan
        of the rows they clearly match, when the data knows them and some but not all do;
        when it knows them not or no row clearly matches, the question as a topic — never
        the table of every row with the words dropped."""
        if not result.ignored or plan.operation != "aggregate":
            return None
        tabled = table_of_words(plan, result.ignored)
        if not tabled and (  # ロケットの協定を国別に数えて: a tally asked of what they are
                set(result.ignored) != set(plan.topic) or  # said to be about…
                set(result.ignored) != set(subject_words(plan.text, result.ignored))):
            return None
        known = self.retriever.knows(words := " ".join(result.ignored))
        if not tabled and known:  # …which the data knows nothing of
            return None
        about = bool(describing_words(plan.text, result.ignored))  # 医療で協力している自治体:
        if not known:  # what they are about
            return replace(plan, operation="topic") if about else None  # (not tops, 全件)
        hits, keep = self._topic_kept(words, result.total, list(result.rows))
        if not keep and about:  # …nor clearly about them: as a topic (near ones, or none)
            return replace(plan, operation="topic")
        return narrowed_to(plan, result.ignored, [title_key(hits[i].record.title)
                                                  for i in keep]) \
            if 0 < len(keep) < result.total else None

    def _rank_within(self, text: str, rows: Sequence[int]) -> list[int]:
        hits = self.retriever.rank(text, len(rows), only=list(rows))
        return [self._by_id[h.record.id] for h in hits]

    def topic_hits(self, text: str) -> tuple[list[Hit], list[Hit]]:
        """The ranked hits that really match a free question (evidence.py), and,
        when none does, the nearest ones with some evidence (`related`, not cited)."""
        hits, keep = self._topic_kept(text, TOPIC_MAX)
        if keep:
            return [replace(hits[i], rank=n) for n, i in enumerate(keep, start=1)], []
        near = [hits[i] for i in related(self._evidence(text, hits))]
        return [], [replace(h, rank=n) for n, h in enumerate(near, start=1)]

    def _topic_kept(self, text: str, k: int, only: list[int] | None = None
                    ) -> tuple[list[Hit], list[int]]:  # the hits; the positions cited
        hits = self.retriever.rank(text, k, only=only)
        heads = self.retriever.bare_heads(text) if hits else []
        return hits, topic_cited(self._evidence(text, hits), [h.score for h in hits],
                                 bool(heads), heads_only=self.retriever.only_bare_heads(
                                     text, heads), japanese=has_japanese(text)) if hits else []

    def _evidence(self, text: str, hits: Sequence[Hit]) -> list[tuple[float, float]]:
        """Each hit's (coverage of `text`'s words, cosine): what evidence.py weighs."""
        cov = self.retriever.coverage(text)
        return [(float(cov[self._by_id[h.record.id]]), h.dense) for h in hits]

    def _table_hits(self, rows: Sequence[int]) -> list[Hit]:  # exact matches, as given
        return [Hit(self.records[i], n, 1.0) for n, i in enumerate(rows, start=1)]

    def _clip(self, text: str) -> str:
        # (the first 500 characters as typed, each run of spaces in them one space)
        return clean(spaced_once(text[: self.settings.max_question_chars]))


def build(settings: Settings, *, encoder: Encoder | None = None,
          tokenizer: Tokenizer | None = None,
          progress: Callable[[str], None] | None = None) -> BuildReport:
    """Build the index for `settings` (data, model, index folder, leniency), the name
    index a question is read with and the vectors of the data's words (thesaurus.py)."""
    from .embed import load_encoder
    from .tokenize import Tokenizer

    encoder = encoder or load_encoder(settings.model)
    tokenizer = tokenizer or Tokenizer()
    report = build_index(list(settings.data), Path(settings.index_dir), encoder, tokenizer,
                         lenient=settings.lenient, progress=progress)
    engine = Engine.open(settings, encoder=encoder, tokenizer=tokenizer)
    engine.reader.names  # noqa: B018 - built and kept under the index's cache/
    engine.reader.kana_words  # noqa: B018 - the same
    engine.reader.homophones  # noqa: B018 - the same
    if engine.retriever.thesaurus is not None:
        engine.retriever.thesaurus.vectors  # noqa: B018 - the data's words, embedded and kept
    return report
