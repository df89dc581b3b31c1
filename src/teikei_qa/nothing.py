"""The answers when nothing matches: the conditions that match nothing, a value the list
has no item for (費用はいくら), a question with no word to go by. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .answer import (
    LIST_ITEMS,
    Answer,
    absent_item,
    as_of_prefix,
    citation_line,
    describe,
    notes_of,
    short,
    signed_on,
)
from .conditions import Plan
from .execute import Result
from .lazy_re import pattern
from .retrieve import Hit


def compose_none(result: Result, question: str, as_of: str | None,
                 but_one: Sequence[Hit] = ()) -> Answer:
    """Nothing matches: say so, and say which condition matched nothing; `but_one`: the
    agreements the other conditions hold (result.but_one), shown as related, not cited."""
    plan = result.plan
    pre = as_of_prefix(as_of)
    if result.empty:
        phrases = []
        for f in result.empty:
            if f.kind == "party":
                municipal = all(v[-1:] in "市町村区" for v in f.values)
                phrases.append(f"{f.label}の協定" if municipal else f"{f.label}の自治体の協定")
            elif f.kind in ("country", "partner", "kind"):
                phrases.append(f"{f.label}との協定")
            elif f.kind == "field":
                phrases.append(f"{f.label}分野の協定")
            elif f.kind == "date":
                phrases.append(f"{f.label}に締結された協定")
            else:
                phrases.append(f"「{f.label}」に当たる協定")
        if len(result.empty) == len([f for f in result.applied if not f.exclude]):
            text = pre + "、".join(phrases) + "はこのデータにはありません。"
        else:  # the other conditions match something: name them all, then what is missing
            text = f"{pre}{describe(result.applied)}はこのデータにはありません（" + \
                "、".join(phrases) + "がありません）。"
    else:
        text = f"{pre}{describe(result.applied)}はこのデータにはありません（条件はそれぞれ該当が" \
               "ありますが、すべてを満たす協定はありません）。"
    count = 0 if plan.operation in ("count", "list") else None
    if plan.operation == "count":
        text = text.rstrip("。") + "。該当は0件です。"
    notes = notes_of(result, plan)
    if but_one and (aside := result.aside) is not None:
        said = aside.label if aside.kind == "date" else \
            f"名称に「{aside.label}」を含むという条件" if aside.kind == "doc" else \
            f"{aside.label}という条件"
        notes.append(f"{said}を除くと、該当する協定は次の{len(but_one)}件です: " + "、".join(
            f"{h.record.title}（{h.record.municipality + '、' if aside.kind == 'party' else ''}"
            f"{signed_on(h)}）"
            for h in but_one) + "。")
    if notes:
        text += "\n" + "\n".join(notes)
    if _named_with_a_wrong_date(result, but_one):  # 環境姉妹都市って2011年の締結で合って
        # ますか: no, and the agreement asked about, its date said, is cited
        text += "\n" + citation_line(1, but_one[0])
        return Answer(question, "lookup", plan, text, None, tuple(but_one),
                      applied=result.applied, ignored=result.ignored,
                      understood=describe(result.applied), as_of=as_of)
    return Answer(question, "none", plan, text, count, (), applied=result.applied,
                  ignored=result.ignored, understood=describe(result.applied), as_of=as_of,
                  related=tuple(but_one))


def _named_with_a_wrong_date(result: Result, but_one: Sequence[Hit]) -> bool:
    """An agreement named by its name, asked with a date it was not signed on: that one
    agreement is what the question is about (and what the answer names)."""
    aside = result.aside
    return len(but_one) == 1 and aside is not None and aside.kind == "date" and \
        result.plan.operation not in ("count", "aggregate", "compare") and any(
            f.kind == "title" and not f.exclude for f in result.applied)


def compose_none_within(result: Result, about: Sequence[str], question: str,
                        as_of: str | None) -> Answer:
    """Agreements of the conditions asked about words no row holds, nor any near word
    (長崎県が結んだ恐竜に関する協定): none of the conditions' rows is about them, so none
    is cited and a count is 0; how many the conditions alone hold is said."""
    plan = result.plan
    subject = describe(result.applied)
    words = "」「".join(about)
    text = (f"{as_of_prefix(as_of)}{subject}{result.total}件のうち、「{words}」に関するものは"
            f"このデータにはありません（「{words}」もそれに近い言葉もどの協定にも出てきません）。")
    if plan.operation == "count":
        text += "該当は0件です。"
    text += f"\n{result.total}件すべては「{subject}の一覧」と聞くと挙げます。"
    if rest := [w for w in result.ignored if w not in about]:
        text += "\n「" + "」「".join(rest) + "」は条件として使っていません。"
    return Answer(question, "none", plan, text, 0 if plan.operation == "count" else None, (),
                  applied=result.applied, ignored=result.ignored,
                  understood=f"{subject}のうち、「{words}」に関するもの", as_of=as_of)


def compose_absent(plan: Plan, question: str, as_of: str | None,
                   result: Result | None = None) -> Answer:
    """A value asked of an item the list does not have (協定の費用はいくら, ハイフォン市の
    人口は何人): not in the data, what the list does hold, and how many agreements the
    question's conditions match (none cited: they do not answer it)."""
    asked = plan.asked or ""
    lines = [f"{as_of_prefix(as_of)}{asked}はこのデータにはありません。", absent_item(asked)]
    if result is not None and result.total:
        lines.append(f"（{describe(result.applied)}は{result.total}件あります。）")
    return Answer(question, "none", plan, "\n".join(lines), None, (), as_of=as_of,
                  applied=result.applied if result is not None else ())


# The difference of the agreements asked (違い, 違う点, 差異, difference).
DIFFERENCE_ASKED = pattern(r"違い|違う点|ちがい|差異|相違(?:点)?|differences?", re.IGNORECASE)


def compose_differences(plan: Plan, question: str, hits: Sequence[Hit], as_of: str | None,
                        result: Result) -> Answer:
    """Two or three agreements whose difference is asked (青島と大連の覚書の違いは？): each
    item of the list side by side, those that differ named first."""
    def date(h: Hit) -> str:
        return h.record.date.japanese() if h.record.date else "記載なし"

    def parties(h: Hit) -> str:
        return "・".join(p.name for p in h.record.parties)

    def partner(h: Hit) -> str:
        return h.record.partner.strip() or "記載なし"

    def fields(h: Hit) -> str:
        return "・".join(h.record.fields) or "記載なし"

    items: tuple[tuple[str, Callable[[Hit], str]], ...] = (
        ("締結日", date), ("自治体", parties), ("相手", partner), ("分野", fields))
    names = [f"[{n}]" for n in range(1, len(hits) + 1)]
    differ = [label for label, of in items if len({of(h) for h in hits}) > 1]
    same = [label for label, of in items if label not in differ]
    lines = [f"{as_of_prefix(as_of)}{describe(result.applied)}は{len(hits)}件あります。"
             f"違うのは{'・'.join(differ) or 'この一覧の項目にはありません'}"
             + (f"で、{'・'.join(same)}は同じです" if differ and same else "") + "。"]
    for label, of in items:
        if label in differ:
            lines.append(f"・{label}: " + " ／ ".join(f"{n} {of(h)}" for n, h in zip(
                names, hits, strict=True)))
    for n, hit in enumerate(hits, start=1):
        lines.append(citation_line(n, hit))
        lines.append(f"　概要: {short(hit.record.summary) or '（記載なし）'}")
    return Answer(question, "lookup", plan, "\n".join(lines), None, tuple(hits),
                  applied=result.applied, understood=f"{describe(result.applied)}の違い",
                  as_of=as_of)


def compose_empty(question: str, plan: Plan) -> Answer:
    text = ("質問の中に手がかりになる言葉がありません。自治体名・相手国・分野・締結年などを"
            "入れて、例えば「長崎県が中国と結んでいる協定は何件？」のように聞いてください。")
    return Answer(question, "none", plan, text, None, ())


def compose_columns(question: str, plan: Plan, as_of: str | None, total: int) -> Answer:
    """The list's columns asked (項目は何がある？ what columns does the data have?)."""
    text = (f"{as_of_prefix(as_of)}協定{total}件のそれぞれに、{LIST_ITEMS}が載っています"
            "（分野・相手国・締結年などはこれらから読み取って数えます）。")
    return Answer(question, "lookup", plan, text, None, (), understood="リストの項目",
                  as_of=as_of)


def compose_list_date(question: str, plan: Plan, as_of: str | None, total: int) -> Answer:
    """The list's own date asked (このリストはいつ現在のもの？): its heading's, and its size."""
    text = (f"このリストは{as_of}のものです（協定{total}件）。" if as_of else
            f"このリストの見出しには日付の記載がありません（協定{total}件）。")
    return Answer(question, "lookup", plan, text, None, (), understood="リストの日付", as_of=as_of)
