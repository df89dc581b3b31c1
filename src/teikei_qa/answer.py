"""Compose the cited answer in Japanese from the query, the matching records and the
conditions that matched nothing. Extractive: every sentence comes from the table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .query import Query
from .retrieve import Hit
from .table import Condition

SUMMARY_CHARS = 160


@dataclass(frozen=True)
class Answer:
    """What `ask` returns: the text, the count (count and list), and the citations;
    citation n is `citations[n - 1]`."""

    question: str
    intent: str
    query: Query
    text: str
    count: int | None
    citations: tuple[Hit, ...]
    notice: str | None = None


def _date(hit: Hit) -> str:
    d = hit.record.date
    return f"{d.japanese()}締結" if d else "締結日の記載なし"


def _partner(hit: Hit) -> str:
    r = hit.record
    partner = r.partner.strip() or "（記載なし）"
    if r.country and r.country not in partner:
        return f"{partner}（{r.country}）"
    return partner


def citation_line(n: int, hit: Hit) -> str:
    """[n] 協定名（party／partner、date）"""
    r = hit.record
    return f"[{n}] {r.title}（{r.municipality}／{_partner(hit)}、{_date(hit)}）"


def _short(text: str, limit: int = SUMMARY_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(q: Query) -> str:
    """The agreements asked about, as a noun phrase: 長崎県が中国と結んだ協定."""
    who = "・".join(list(q.parties) + list(q.areas or q.prefectures))
    whom = "・".join(list(q.partners) or list(q.countries))
    if q.partners and q.countries:
        whom = "・".join(q.countries) + "の" + whom
    when = f"{q.dates.label}に" if q.dates else ""
    head = ""
    if who:
        inside = ""
        if q.prefectures:
            region = any(a[-1:] not in "都道府県" for a in q.areas)
            inside = "（域内の自治体を含む）" if region else "（県内の自治体を含む）"
        head += f"{who}{inside}が"
    if who or whom:
        head += when + (f"{whom}と" if whom else "") + "結んだ"
    elif when:
        head += f"{q.dates.label}に締結された"
    mods = []
    if q.fields:
        mods.append(f"{'・'.join(q.fields)}分野の")
    if q.names:
        mods.append(f"「{'」「'.join(q.names)}」に関する")
    if q.titles:
        mods.append(f"「{'」「'.join(q.titles)}」という名の")
    phrase = head + "".join(mods) + "協定"
    if q.order:
        phrase += "のうち、締結日が最も古いもの" if q.order == "oldest" else \
            "のうち、締結日が最も新しいもの"
    return phrase


def compose_table(q: Query, hits: Sequence[Hit], intent: str) -> Answer:
    """A count, list or lookup answer over exact matches (all of them)."""
    n = len(hits)
    subject = describe(q)
    lines: list[str] = []
    if intent == "count":
        lines.append(f"{subject}は{n}件です。")
    elif intent == "lookup" and n <= 3:
        lines.append(f"{subject}は{n}件あります。")
    else:
        lines.append(f"{subject}は{n}件あります。すべて挙げます。")
    for i, hit in enumerate(hits, start=1):
        lines.append(citation_line(i, hit))
        if intent == "lookup" and n <= 3:
            r = hit.record
            fields = "・".join(r.fields) or "（記載なし）"
            lines.append(f"　分野: {fields}。概要: {_short(r.summary) or '（記載なし）'}")
    return Answer(q.text, intent, q, "\n".join(lines), n if intent in ("count", "list") else None,
                  tuple(hits))


def compose_topic(q: Query, hits: Sequence[Hit]) -> Answer:
    """Only the agreements that really match, each with the start of its summary."""
    lines = [f"ご質問に関係する協定は次の{len(hits)}件です。"]
    for i, hit in enumerate(hits, start=1):
        lines.append(citation_line(i, hit))
        if hit.record.summary.strip():
            lines.append(f"　{_short(hit.record.summary, 100)}")
    return Answer(q.text, "topic", q, "\n".join(lines), None, tuple(hits))


def compose_none(q: Query, conds: Sequence[Condition], intent: str | None = None) -> Answer:
    """Nothing matches: say so, and say which condition matched nothing."""
    empty = [c for c in conds if not c.ids]
    if empty:
        phrases = []
        for c in empty:
            if c.kind == "party":
                municipal = all(x[-1:] in "市町村区" for x in c.label.split("・"))
                phrases.append(f"{c.label}の協定" if municipal else f"{c.label}の自治体の協定")
            elif c.kind in ("country", "partner"):
                phrases.append(f"{c.label}との協定")
            elif c.kind == "field":
                phrases.append(f"{c.label}分野の協定")
            elif c.kind == "date":
                phrases.append(f"{c.label}に締結された協定")
            else:
                phrases.append(f"「{c.label}」に当たる協定")
        text = "、".join(phrases) + "はこのデータにはありません。"
    elif conds:
        text = f"{describe(q)}はこのデータにはありません（条件はそれぞれ該当がありますが、" \
               "すべてを満たす協定はありません）。"
    else:
        text = "ご質問に当たる協定はこのデータにはありません。別の言葉でお試しください。"
    count = 0 if intent in ("count", "list") else None
    if intent == "count":
        text = text.rstrip("。") + "。該当は0件です。"
    return Answer(q.text, "none", q, text, count, ())


def compose_empty(question: str, q: Query) -> Answer:
    text = ("質問の中に手がかりになる言葉がありません。自治体名・相手国・分野・締結年などを"
            "入れて、例えば「長崎県が中国と結んでいる協定は何件？」のように聞いてください。")
    return Answer(question, "none", q, text, None, ())
