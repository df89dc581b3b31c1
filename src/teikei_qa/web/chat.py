"""The チャット tab's HTML: each turn shows the question, the conditions understood as
chips (removable), the answer with `[n]` buttons that jump to card n, the table and
bars of an aggregate, take-away tools (copy, Markdown, CSV), then the cards.

`data` is the answer's JSON object (serialize.answer_to_json); keys it lacks render
nothing, so the page works with engines older than the plan."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode

from ..answer import Answer
from .browse import UNKNOWN
from .markup import bars_html, card_html, esc, safe_url

REF = re.compile(r"\[(\d{1,4})\]")
KIND_LABELS = {"party": "自治体", "prefecture": "都道府県", "region": "地方", "country": "国・地域",
               "world_region": "地域", "partner": "締結先", "field": "分野", "date": "締結日",
               "title": "協定名", "name": "名称", "text": "語",
               "doc": "文書", "level": "自治体の種類"}
GROUP_LABELS = {"country": "国・地域", "party": "自治体", "prefecture": "都道府県",
                "field": "分野", "year": "締結年", "region": "地域", "world_region": "地域",
                "partner": "締結先"}


def turn_id(i: int) -> str:
    return f"tq-t{i}"


def card_id(i: int, n: int) -> str:
    return f"tq-t{i}-c{n}"


def linked_text(i: int, text: str, cited: int) -> str:
    """The answer text escaped, each `[n]` with a card n a button that jumps to it."""
    def link(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if not 1 <= n <= cited:
            return m.group(0)
        return (f'<button type="button" class="tq-ref" value="{card_id(i, n)}" '
                f'title="出典{n}へ">[{n}]</button>')
    return REF.sub(link, esc(text))


def chips_html(i: int, data: dict[str, Any], drop: Sequence[str]) -> str:
    """The conditions understood (each with a × that re-asks without it), the words
    not used, corrections made, and conditions the user took out (each restorable)."""
    plan = data.get("plan") or {}
    chips = []
    for f in plan.get("filters") or []:
        label = f.get("label") or "・".join(f.get("values") or [])
        key = str(f.get("key", ""))
        kind = " tq-chip-not" if f.get("exclude") else ""
        name = KIND_LABELS.get(str(f.get("kind")), "")
        prefix = f'<small class="tq-chip-kind">{esc(name)}</small>' if name else ""
        chips.append(
            f'<span class="tq-chip{kind}" data-key="{esc(key)}">{prefix}'
            f'<span class="tq-chip-label">{esc(label)}</span>'
            f'<button type="button" class="tq-chip-x" value="{i}:{esc(key)}" '
            f'aria-label="条件「{esc(label)}」を外して質問し直す" title="この条件を外す">×</button>'
            "</span>")
    for c in data.get("corrections") or []:
        chips.append(f'<span class="tq-chip tq-chip-fix">「{esc(c.get("from", ""))}」を'
                     f'「{esc(c.get("to", ""))}」と読みました</span>')
    ignored = [w for w in data.get("ignored") or [] if w]
    if ignored:
        chips.append('<span class="tq-chip tq-chip-ignored">使わなかった語: '
                     f'{esc("、".join(ignored))}</span>')
    for key in drop:
        chips.append(f'<span class="tq-chip tq-chip-off">外した条件: {esc(key)}'
                     f'<button type="button" class="tq-chip-undo" value="{i}:{esc(key)}" '
                     f'title="この条件を戻す">戻す</button></span>')
    understood = data.get("understood")
    head = f'<span class="tq-understood">{esc(understood)}</span>' if understood else ""
    if not chips and not head:
        return ""
    return f'<div class="tq-chips" aria-label="理解した条件">{head}{"".join(chips)}</div>'


def aggregate_html(data: dict[str, Any]) -> str:
    """For an aggregate or comparison: a table of groups and their bars, in the chat."""
    plan = data.get("plan") or {}
    groups = data.get("groups")
    if plan.get("operation") not in ("aggregate", "compare") or not groups:
        return ""
    label = GROUP_LABELS.get(str(data.get("group_by")), str(data.get("group_by") or "値"))
    items = [(UNKNOWN if g.get("value") is None else str(g["value"]), int(g.get("count", 0)))
             for g in groups]
    rows = "".join(f"<tr><td>{esc(v)}</td><td>{n}</td></tr>" for v, n in items)
    table = (f'<table class="tq-groups"><thead><tr><th>{esc(label)}</th><th>件数</th></tr>'
             f"</thead><tbody>{rows}</tbody></table>")
    return (f'<div class="tq-aggregate">{table}'
            f'{bars_html(items, title=f"{label}別の協定数")}</div>')


def plain_text(answer: Answer) -> str:
    """The answer as text with its citations, for the clipboard."""
    lines = [answer.text, ""]
    for n, h in enumerate(answer.citations, start=1):
        r = h.record
        date = r.date.japanese() if r.date else "締結日の記載なし"
        lines.append(f"[{n}] {r.title}（{r.municipality}、{r.partner}、{date}）"
                     f"{' ' + r.url if r.url else ''} 出典: {r.source}:{r.line}")
    return "\n".join(lines).rstrip() + "\n"


def markdown(answer: Answer) -> str:
    """The question, the answer and a numbered list of its citations, as Markdown."""
    def md(text: str) -> str:
        return re.sub(r"([\\`*_{}\[\]<>#|])", r"\\\1", text)

    lines = [f"# {md(answer.question)}", "", md(answer.text), ""]
    if answer.citations:
        lines += ["## 出典", ""]
    for n, h in enumerate(answer.citations, start=1):
        r = h.record
        date = r.date.japanese() if r.date else "締結日の記載なし"
        lines.append(f"{n}. **{md(r.title)}** — {md(r.municipality)} / {md(r.partner)}"
                     f"（{md(r.country or UNKNOWN)}）、{date}、出典 {md(r.source)}:{r.line}"
                     + (f" <{url}>" if (url := safe_url(r.url)) else ""))
    return "\n".join(lines).rstrip() + "\n"


def export_query(question: str, history: Sequence[str], drop: Sequence[str]) -> str:
    return urlencode([("q", question), *[("history", h) for h in history],
                      *[("drop", d) for d in drop]])


def turn_html(i: int, answer: Answer, data: dict[str, Any], history: Sequence[str],
              drop: Sequence[str]) -> str:
    """One turn: question, chips, answer, aggregate, tools, cards."""
    cards = "".join(card_html(n, h.record, anchor=card_id(i, n))
                    for n, h in enumerate(answer.citations, start=1))
    query = esc(export_query(answer.question, history, drop))
    tools = ('<div class="tq-tools">'
             '<button type="button" class="tq-copy">回答をコピー</button>'
             f'<a class="tq-dl" href="api/answer.md?{query}" download>Markdown</a>'
             + (f'<a class="tq-dl" href="api/answer.csv?{query}" download>CSV</a>'
                if answer.citations else "")
             + f'<pre class="tq-plain" hidden>{esc(plain_text(answer))}</pre></div>')
    cited = len(answer.citations)
    text, rest = answer.text, ""
    aggregate = aggregate_html(data)
    lines = text.split("\n")
    cut = next((n for n, line in enumerate(lines) if line.startswith(("・", "[1] "))), None)
    if aggregate and cut:  # the table and bars right after the summary, then the lines
        text = "\n".join(lines[:cut])
        rest = ('<div class="tq-answer-rest">'
                f'{linked_text(i, chr(10).join(lines[cut:]), cited)}</div>')
    return (f'<section class="tq-turn" id="{turn_id(i)}">'
            f'<div class="tq-question">{esc(answer.question)}</div>'
            f'<div class="tq-reply">{chips_html(i, data, drop)}'
            f'<div class="tq-answer">{linked_text(i, text, cited)}</div>'
            f"{aggregate}{rest}{tools}"
            + (f'<div class="tq-cards">{cards}</div>' if cards else "")
            + "</div></section>")


def examples_html(examples: Sequence[tuple[str, str]]) -> str:
    buttons = "".join(f'<button type="button" class="tq-example" value="{esc(q)}">'
                      f'<span class="tq-example-kind">{esc(kind)}</span>{esc(q)}</button>'
                      for kind, q in examples)
    return (f'<div class="tq-examples" id="tq-examples"><p>質問の例（押すと質問します）</p>'
            f"{buttons}</div>")


def conversation_html(turns: Sequence[str], examples: Sequence[tuple[str, str]]) -> str:
    if not turns:
        return ('<div class="tq-conv tq-empty"><p class="tq-welcome">自治体の国際的な協定'
                "（姉妹友好都市以外）について日本語で質問できます。答えには出典の協定を番号付きで"
                f"示します。</p>{examples_html(examples)}</div>")
    clear = ('<div class="tq-conv-head"><button type="button" id="tq-clear" class="tq-clear-chat" '
             'title="会話を消し、このブラウザに残した会話も消します">会話を消す</button></div>')
    return f'<div class="tq-conv">{clear}{"".join(turns)}</div>'
