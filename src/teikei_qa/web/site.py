"""The web side's hold on the engine, without gradio: one lock around the engine (its
tokenizer and indexes are shared by Gradio's workers and the REST routes), answers
remembered per (question, history, dropped conditions), and each tab's HTML for a
View."""

from __future__ import annotations

import inspect
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from ..answer import Answer
from ..engine import Engine
from ..errors import UnknownRecordError
from ..index import loaded_sources
from ..records import Record
from ..serialize import answer_to_json
from .browse import year_span
from .browse_view import browse_html
from .chat import conversation_html, turn_html
from .markup import card_html, esc
from .state import View

SIMILAR_K = 5
SEARCH_K = 10
ANSWERS_KEPT = 512
# Below this similarity a neighbour is labelled weak: at or above it, under 5% of the
# neighbours share nothing the list records (field, country, partner, party), below it
# most of those that do are. Measured by scripts/similar_threshold.py (README).
WEAK_SIMILARITY = 0.31
# One example of each kind of question; none is copied from the evaluation questions,
# so a demo does not flatter the metrics.
EXAMPLES = (
    ("件数", "福岡市が韓国と結んだ協定は何件？"),
    ("一覧", "熊本県の協定をすべて教えて"),
    ("特定", "鹿島市の協定の相手はどこですか"),
    ("話題", "航空便の就航に関する協定は？"),
)


def shared_text(a: Record, b: Record) -> str:
    """What two agreements have in common: field, country, partner, party."""
    out = []
    fields = [f for f in b.fields if f in a.fields]
    if fields:
        out.append("分野「" + "・".join(fields) + "」")
    if a.country and a.country == b.country:
        out.append(f"国・地域「{a.country}」")
    partners = [p for p in b.partners if p in a.partners]
    if partners:
        out.append("相手「" + "・".join(partners) + "」")
    parties = [p.name for p in b.parties if p.name in {q.name for q in a.parties}]
    if parties:
        out.append("自治体「" + "・".join(parties) + "」")
    return "、".join(out) or "なし"


def score_html(score: float, shared: str) -> str:
    strength = ("" if score >= WEAK_SIMILARITY else
                '<span class="tq-weak">類似は弱い（似た協定が少ない）</span>　')
    return f"{strength}類似度 {score:.3f}　共通点: {esc(shared)}"


class Site:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.lock = threading.Lock()
        self.records = list(engine.records)
        self.span = year_span(self.records)
        self._answers: OrderedDict[tuple[str, tuple[str, ...], tuple[str, ...]], Answer] = \
            OrderedDict()
        self._takes_drop = "drop" in inspect.signature(engine.ask).parameters
        manifest = getattr(engine, "manifest", None)
        self.sources = loaded_sources(manifest) if manifest is not None else ()

    # -------------------------------------------------------- answers

    def ask(self, question: str, history: Sequence[str] = (), drop: Sequence[str] = ()
            ) -> Answer:
        """engine.ask, remembered; `drop` (filter keys to leave out) needs an engine
        that plans (its ask takes drop); older engines ignore it."""
        key = (question, tuple(history), tuple(drop))
        with self.lock:
            if key in self._answers:
                self._answers.move_to_end(key)
                return self._answers[key]
            if drop and self._takes_drop:
                answer = self.engine.ask(question, list(history), drop=tuple(drop))
            else:
                answer = self.engine.ask(question, list(history))
            self._answers[key] = answer
            while len(self._answers) > ANSWERS_KEPT:
                self._answers.popitem(last=False)
        return answer

    def record(self, ref: str) -> Record:
        with self.lock:
            return self.records[self.engine.resolve(ref)]

    # -------------------------------------------------------- HTML per tab

    def chat_html(self, view: View) -> str:
        turns = []
        for i, turn in enumerate(view.turns):
            history = view.history(i)
            answer = self.ask(turn.question, history, turn.drop)
            data: dict[str, Any] = answer_to_json(answer)
            turns.append(turn_html(i, answer, data, history, turn.drop))
        return conversation_html(turns, EXAMPLES)

    def similar_html(self, ref: str | None, k: int = SIMILAR_K) -> str:
        if not ref:
            return '<p class="tq-hint">協定を選ぶと、内容の近い協定が表示されます。</p>'
        try:
            rec = self.record(ref)
            with self.lock:
                hits = self.engine.similar(rec.id, k)
        except UnknownRecordError as exc:
            return f'<p class="tq-hint">{esc(exc)}</p>'
        cards = "".join(card_html(h.rank, h.record, score=score_html(
            h.score, shared_text(rec, h.record))) for h in hits)
        return (f"<h3>選んだ協定</h3>{card_html(None, rec, similar_button=False)}"
                f'<h3>似ている協定（上位{len(hits)}件）</h3><div class="tq-cards">{cards}</div>')

    def sources_html(self) -> str:
        """The footer: each list read, its as-of date and the rows indexed."""
        if not self.sources:
            return ""
        items = "".join(
            f"<li>{esc(s.name)}（{esc(s.as_of or '日付の記載なし')}、{s.indexed}件"
            + (f"、うち{s.merged}件は他のリストと重複" if s.merged else "") + "）"
            + "".join(f"<br>シート {esc(h.name)}（{esc(h.as_of or '日付の記載なし')}、"
                      f"{h.indexed}件）" for h in s.sheets) + "</li>" for s in self.sources)
        return (f'<footer class="tq-sources"><p>データ: {len(self.records)}件の協定 '
                f'（<a href="api/sources">api/sources</a>）</p><ul>{items}</ul></footer>')

    def browse_html(self, view: View) -> str:
        return browse_html(self.records, view, self.span)
