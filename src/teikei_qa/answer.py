"""`Result` → `Answer`: the Japanese text, naming every condition it counted, the list's
as-of date, the words it did not use and the corrections it made; citations for every
agreement named. Extractive: every sentence comes from the table."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from .asked import AGO_ASKED, DAY_ASKED, FIELD_ASKED, ITEM_WORDS, URL_ASKED, WHEN_ASKED
from .conditions import NEAR, SHOWN, Filter, Plan
from .dates import SignDate, find_dates
from .execute import Result, museum_left_out
from .gazetteer import PREFECTURES
from .grammar import ALL_ASKED
from .groups import Group, picked, unknown
from .lazy_re import pattern
from .lists import as_of_key
from .retrieve import Hit
from .tables import (
    GROUP_NAMES,
    aggregate_lines,
    both_ends,
    compare_by_date,
    compare_lines,
    fewer_asked,
    picked_only,
)
from .text import nfkc

SUMMARY_CHARS = 160

@dataclass(frozen=True)
class Answer:
    """What `ask` returns: the text, the count (count and list), and the citations;
    citation n is `citations[n - 1]`. `related` are near hits, not citations."""

    question: str
    intent: str
    plan: Plan
    text: str
    count: int | None
    citations: tuple[Hit, ...]
    notice: str | None = None
    related: tuple[Hit, ...] = ()
    applied: tuple[Filter, ...] = ()
    ignored: tuple[str, ...] = ()
    group_by: str | None = None
    groups: tuple[Group, ...] = ()
    top: tuple[str | None, ...] = ()
    understood: str = ""
    as_of: str | None = None


# Ties between cities as such (姉妹都市, 友好都市, sister cities): the list holds the other
# agreements of local governments, so an answer about them says so (姉妹館, a sister
# museum, and 環境姉妹都市, an agreement's name, are no such tie asked).
_SISTER_TIES = pattern(r"(?<!環境)(?:姉妹|友好)(?:都市|提携)|姉妹友好都市|"
                       r"\b(?:sister|twin(?:ned)?|friendship)[- ](?:cit(?:y|ies)|towns?)\b",
                       re.IGNORECASE)
# …のような / like sister cities: the other ties named by likeness to them, which are what
# the list holds (韓国との姉妹都市協定のような提携は何件)
_LIKE_TIES = pattern(r"\A(?:協定|提携|関係|交流)?(?:の)?(?:ような|みたいな|に似た|っぽい|的な|"
                     r"に準ずる|に類する)")
_LIKE_TIES_EN = pattern(r"\b(?:like|similar to|akin to)\s+(?:an?\s+|the\s+)?\Z", re.IGNORECASE)
SCOPE_NOTE = "このリストは、姉妹都市・友好都市としての提携を除いた、その他の提携の一覧です。"


# 何件少ない, how many fewer: a difference asked, not which side has fewer
_HOW_MANY_FEWER = pattern(r"何件\s*少な|\bhow many (?:fewer|less)\b", re.IGNORECASE)


def with_scope(answer: Answer) -> Answer:
    """The answer with the list's scope said after its first line, when the question
    asks about sister or friendship cities."""
    text = answer.plan.text
    for f in answer.plan.filters:  # an agreement named (…の友好都市関係をさらに強めるための覚書)
        for w in f.words if f.kind == "title" else ():
            text = text.replace(w, "")
    m = _SISTER_TIES.search(text)
    if m is None:
        return answer
    said = m.group(0).casefold()
    likeness = bool(_LIKE_TIES.search(text[m.end():m.end() + 12]) or
                    _LIKE_TIES_EN.search(text[max(0, m.start() - 16):m.start()]))
    # 福岡市の姉妹都市はどこ: none
    if not likeness and any(said in w or w in said for w in answer.ignored):
        lines = [f"{as_of_prefix(answer.as_of)}姉妹都市・友好都市の提携は"
                 "このリストにはありません。", SCOPE_NOTE]
        if answer.count or answer.citations:
            lines.append(f"（{answer.understood or '条件に合う協定'}は"
                         f"{answer.count or len(answer.citations)}件あります。）")
        return replace(answer, intent="none", text="\n".join(lines), count=None, citations=())
    first, _, rest = answer.text.partition("\n")
    return replace(answer, text="\n".join(filter(None, (first, SCOPE_NOTE, rest))))


def signed_on(hit: Hit) -> str:
    """The agreement's signing date as an answer says it (2014年5月12日締結), or that the
    list gives none."""
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
    return f"[{n}] {r.title}（{r.municipality}／{_partner(hit)}、{signed_on(hit)}）"


def short(text: str, limit: int = SUMMARY_CHARS) -> str:
    """A summary on one line, cut to `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _of(filters: Sequence[Filter], kind: str, exclude: bool = False) -> list[Filter]:
    return [f for f in filters if f.kind == kind and f.exclude == exclude]


def describe(filters: Sequence[Filter]) -> str:
    """The agreements selected, as a noun phrase naming every filter:
    長崎県（県内の自治体を含む）が中国以外と結んだ経済分野の協定のうち、「博物館」に関するもの."""
    who = [f.label for f in _of(filters, "party") + _of(filters, "level")]
    itself = [f for f in _of(filters, "level") if f.values == ("県",)]
    if itself and _of(filters, "party") and all(  # 長崎県そのもの: the prefecture itself
            v in PREFECTURES for f in _of(filters, "party") for v in f.values):
        who = [f"{f.label}（県そのもの）" for f in _of(filters, "party")] + [
            f.label for f in _of(filters, "level") if f not in itself]
    levels = [f for f in _of(filters, "level") if f not in itself]
    if levels and not itself and _of(filters, "party") and all(  # 佐賀県の市・町村が
            v in PREFECTURES for f in _of(filters, "party") for v in f.values):
        who = ["・".join(f.label for f in _of(filters, "party")) + "の" +
               "・".join(f.label for f in levels)]
        itself = levels  # no （県内の自治体を含む）: the levels say it
    inside = ""
    for f in _of(filters, "party") if not itself else ():
        prefectures = [v for v in f.values if v in PREFECTURES]
        if prefectures and not set(f.label.split("・")) <= set(f.values):
            inside = "（域内の自治体を含む）"  # a region: 九州
        elif prefectures:
            inside = inside or "（県内の自治体を含む）"
    # (a region left out is one filter per member, each with the region's label: said once)
    # 県以外: not those of the prefecture alone (a row of 熊本県 and 熊本市 is in)
    alone = any(f.values == ("県",) for f in _of(filters, "level", True))
    not_who = list(dict.fromkeys(
        "県だけで結んだもの" if who and f.kind == "level" and f.values == ("県",) else f.label
        for f in _of(filters, "party", True) + _of(filters, "level", True)))
    whom = list(dict.fromkeys(f.label for f in _of(filters, "country")))  # (said twice: once)
    partners = ["の".join(filter(None, ("・".join(f.label for f in _of(filters, "partner")),
                                        "・".join(f.label for f in _of(filters, "kind")))))]
    if partners[0]:  # 中国の福建省の行政機関
        whom = ["・".join(whom) + "の" + partners[0]] if whom else partners
    not_whom = list(dict.fromkeys(f.label for f in _of(filters, "country", True) +
                                  _of(filters, "partner", True) + _of(filters, "kind", True)))
    dates = [f for f in _of(filters, "date") if f.dates is not None]
    undated = "".join(f.label for f in _of(filters, "date") if f.dates is None)
    not_dates = _of(filters, "date", True)
    when = f"{dates[0].label}に" if dates else f"{not_dates[0].label}以外に" if not_dates else ""
    if dates and not_dates:  # 2010年代（2014年を除く）に
        when = f"{dates[0].label}（{'・'.join(f.label for f in not_dates)}を除く）に"
    head = ""
    if who and not_who:  # 福岡県（県内の自治体を含む、北九州市を除く）が
        head += "・".join(who) + (inside[:-1] + "、" if inside else "（") + \
            "・".join(not_who) + "を除く）が"
    elif len(_of(filters, "party")) > 1:  # each signed it: 熊本県と熊本市が共同で
        head += "と".join(who) + inside + "が共同で"
    elif who:
        head += "・".join(who) + inside + "が"
    elif not_who:
        head += "・".join(not_who) + "以外の自治体" + "（県と共同のものを含む）" * alone + "が"
    if who or not_who or whom or not_whom:
        head += when
        if whom and not_whom:  # 東南アジア（タイを除く）と
            head += "・".join(whom) + f"（{'・'.join(not_whom)}を除く）と"
        elif whom:
            head += "・".join(whom) + "と"
        elif not_whom:
            head += "・".join(not_whom) + "以外と"
        head += "結んだ"
    elif when:
        head += f"{when}締結された"
    mods = []
    fields = _of(filters, "field")
    if fields:  # 経済・教育分野の; 経済と教育の両分野の (each); 経済分野のみの
        each = len(fields) > 1
        one = fields[0].label
        mods.append(f"{one}分野で、{'、'.join(f.label for f in fields[1:])}分野も含む"
                    if each and any(len(f.values) > 1 for f in fields) else
                    ("と".join(f.label for f in fields) + "の両分野の") if each else
                    one + ("分野のみの" if fields[0].only else f"分野か名称に「{one}」を含む"
                           if fields[0].related else "分野の"))
    for f in [*_of(filters, "many"), *_of(filters, "url"), *_of(filters, "history")]:
        mods.append(f"{f.label}")  # 共同で結んだ, URLの記載がある, 概要に…が記された
    if not_fields := _of(filters, "field", True):  # 経済・文化分野以外の
        named = "・".join(f"「{f.label}」" for f in not_fields if f.related)
        mods.append("・".join(f.label for f in not_fields) + "分野" + (  # 観光以外: by name too
            f"（名称に{named}を含むものも）" if named else "") + "以外の")
    for f in _of(filters, "name"):
        mods.append(f"「{'」「'.join(f.values)}」に関する")
    for f in _of(filters, "doc"):  # 覚書: by the agreement's name
        mods.append("名称に" + "か".join(f"「{v}」" for v in f.values) + "を含む")
    for f in _of(filters, "doc", True):
        mods.append(f"名称に「{f.label}」を含まない")
    for f in _of(filters, "title"):  # (the rows near words no row holds: by the words)
        mods.append(f.label if f.key == NEAR else f"「{'」「'.join(f.values)}」という名の")
    phrase = head + "".join(mods) + undated + "協定"
    texts = [f.label for f in _of(filters, "text")]
    if texts and phrase == "協定":
        phrase = f"「{'」「'.join(texts)}」に関する協定"
    elif texts:
        phrase += f"のうち、「{'」「'.join(texts)}」に関するもの"
    if not_texts := [f.label for f in [*_of(filters, "text", True), *_of(filters, "name", True),
                                       *_of(filters, "title", True)] if f.key != SHOWN]:
        phrase += f"（「{'」「'.join(not_texts)}」に関するものを除く）"
    for f in filters:
        if f.key == SHOWN:
            phrase += f"（先の回答の{len(f.values)}件を除く）"
    return phrase


def as_of_prefix(as_of: str | None) -> str:
    if not as_of:
        return ""
    if "・" in as_of:  # lists of different dates answer together
        return f"{as_of}の各リストを合わせると、"
    return f"{as_of}のリストでは、"


# The items a list of agreements has (its columns): what an asked value can be.
LIST_ITEMS = "自治体名・協定名・締結先・分野・概要（締結年など）・URL"


def absent_item(word: str) -> str:
    return f"「{word}」はこのリストにない項目です（載っているのは{LIST_ITEMS}）。"


def notes_of(result: Result | None, plan: Plan) -> list[str]:
    said = plan.text.rsplit("\n", 1)[-1]  # a follow-up repeats no note of an earlier turn
    lines = [c.note() for c in plan.changes if c.how in ("near", "choice", "province") and (
        c.canonical in said or c.written in said) and c.canonical]
    shown = " ".join(m.group(0) for pattern in (URL_ASKED, DAY_ASKED)  # URLは？ 何月何日:
                     for m in pattern.finditer(plan.text)).casefold()  # shown per row
    unused = [w for w in (result.ignored if result is not None else ())  # (相手都市, 締結年:
              if w != plan.asked and w.casefold() not in shown and w not in ITEM_WORDS]  # shown)
    if result is not None and plan.asked in result.ignored:
        lines.append(absent_item(plan.asked or ""))
    if unused:
        lines.append(f"「{'」「'.join(unused)}」は条件として使っていません。")
    if result is not None and result.undated_out:
        lines.append(f"締結日の記載がない協定{result.undated_out}件は、その時期以外かどうか"
                     "分からないため含めていません。")
    if result is not None and result.year_only_out:
        lines.append(f"締結年だけが記載された協定{result.year_only_out}件は、その時期以外かどうか"
                     "分からないため含めていません。")
    if result is not None and result.nested_out:
        cells = "、".join(f"分野「{c}」" for c in result.nested_out)
        lines.append(f"ほかに、分野欄の括弧内にだけその分野がある協定（{cells}）は、"
                     "分野別の集計と同じく数えていません。")
    if result is not None and result.art_out:
        art = f"美術館との協定{result.art_out}件は"
        lines.append(art + "博物館ではないものとして数えています。"
                     if museum_left_out(result.applied) else
                     art + "博物館に含めていません（含めるには「博物館や美術館」と"
                     "聞いてください）。")
    if result is not None and result.unsure:
        lines.append(f"ほかに、締結年だけが記載された協定{result.unsure}件は、この期間に入るか"
                     "分からないため含めていません。")
    return lines


def phrase(result: Result, hits: Sequence[Hit], question: str, as_of: str | None) -> Answer:
    """The answer to an executed plan over the table (every operation but topic)."""
    plan = result.plan
    op = plan.operation
    applied = result.applied
    subject = describe(applied)
    pre = as_of_prefix(as_of)
    n = len(hits)
    lines: list[str] = []
    groups: tuple[Group, ...] = result.groups
    top: tuple[str | None, ...] = ()
    nth = op in ("list", "lookup") and plan.pick is not None and plan.pick[0] == "rank"
    if op == "count" and result.base is not None and result.base_total:
        whole = describe(result.base) if result.base else "全協定"  # 全43件の42%
        lines.append(f"{pre}{subject}は{n}件で、{whole}{result.base_total}件の"
                     f"{100 * n / result.base_total:.0f}%です。")
        if ALL_ASKED.search(plan.text):  # 長崎県の協定はすべて中国とのもの？
            lines.append("はい、すべてです。" if n == result.base_total else
                         f"いいえ、すべてではありません（{result.base_total - n}件は"
                         "当てはまりません）。")
    elif op == "count":
        lines.append(f"{pre}{subject}は{n}件です。")
    elif op == "extreme" and plan.order == "both" and hits:  # 最も古いものと最も新しいもの
        first_d, last_d = (signed_on(h).removesuffix("締結") for h in (hits[0], hits[-1]))
        lines.append(f"{pre}{subject}のうち、締結日が最も古いものは{first_d}、最も新しいものは"
                     f"{last_d}の締結です。")
    elif op == "extreme":
        which = "新しい" if plan.order == "newest" else "古い"
        if plan.limit is not None:
            tie = f"{plan.limit}件目と同じ日付のものを含めて。" \
                if plan.limit and n > plan.limit else ""  # a tie at the cut
            lines.append(f"{pre}{subject}のうち、締結日が{which}順に{n}件を挙げます"
                         f"（{tie}締結日の記載があるもの{result.total}件から）。")
            if result.undated:  # 福建省との協定を締結順に: the one with no date said
                lines.append(f"締結日の記載がない{result.undated}件は含めていません"
                             f"（「{subject}の一覧」と聞くと挙げます）。")
        else:
            when = hits[0].record.date.japanese() if hits and hits[0].record.date else ""
            most = f"{plan.pick[1]}番目に" if plan.pick else "最も"
            lines.append(f"{pre}{subject}のうち、締結日が{most}{which}もの"
                         f"{f'（{when}）' if when else ''}は{n}件あります。")
    elif op == "aggregate":
        top = tuple(g.value for g in picked(groups, None if both_ends(plan) else plan.pick))
        had = describe([replace(f, exclude=False) if f.exclude and f.kind != "party" else f
                        for f in result.applied]) if plan.pick == ("absent", 0) else ""
        if plan.pick == ("absent", 0) and plan.group_by == "year":  # 1999年から2016年のうち、
            span = "・".join(f.label for f in result.applied if f.kind == "date")  # 長崎県が
            had = (f"{span}のうち、" if span else "") + describe(  # 結んだ協定が…ない年
                [f for f in result.applied if f.kind != "date"])
        # 2件以上ある国は: the groups past the threshold are the answer's table
        shown = tuple(picked(groups, plan.pick)) if picked_only(plan, question) else None
        lines.extend(aggregate_lines(pre, subject, plan, result, had, shown))
        groups = groups if shown is None else shown
    elif op == "compare" and plan.order in ("oldest", "newest"):  # どちらが先に結んだ
        lines.extend(compare_by_date(pre, subject, groups, plan.order))
    elif op == "compare":
        largest = tuple(g.value for g in groups if groups and g.count == groups[0].count)
        fewer = fewer_asked(plan.text)
        lines.extend(compare_lines(pre, subject, groups, largest, fewer=fewer))
        # the winner: the fewest where fewer is asked (どちらが少ない, 一番少ないのは)
        top = tuple(g.value for g in groups if g.count == groups[-1].count) if fewer and \
            groups and not _HOW_MANY_FEWER.search(plan.text) else largest
    elif nth and plan.pick:  # 2番目は？ after a list: that one
        k = plan.pick[1]
        hits = hits[k - 1:k]
        d = hits[0].record.date if hits and WHEN_ASKED.search(plan.text) else None
        when = f"で、{d.japanese()}に締結されています" if d else "です"
        lines.append(f"{pre}{subject}{n}件のうち、{k}番目の協定{when}。" if hits else
                     f"{pre}{subject}は{n}件で、{k}番目はありません。")
        n = len(hits)
    elif op in ("lookup", "list") and n == 1 and WHEN_ASKED.search(plan.text):  # いつ？
        d, now = hits[0].record.date, _year_of(as_of)
        ago = f"（リストの{now}年から数えて{now - d.year}年前）" if d and now and \
            AGO_ASKED.search(plan.text) else ""  # 何年前に結ばれた
        lines.append(f"{pre}{subject}は1件で、" + (f"{d.japanese()}に締結されています{ago}。"
                                                   if d else "締結日の記載はありません。"))
        if not _SIGNING_ASKED.search(plan.text) and (result.ignored or any(
                f.kind in ("text", "name") for f in applied)):  # 合併したのはいつ: not the
            lines.extend(_other_dates(hits[0].record.summary, d))  # signing, the summary's
    elif op == "lookup" and n <= 3:
        lines.append(f"{pre}{subject}は{n}件あります。")
    elif op == "list" and plan.limit and plan.limit < n:  # 3件だけ教えて: the first three
        lines.append(f"{pre}{subject}は{n}件あります。そのうち{plan.limit}件を挙げます"
                     f"（{n}件すべては「{subject}の一覧」と聞くと挙げます）。")
        hits = hits[:plan.limit]  # (the count stays what the list holds)
    else:
        lines.append(f"{pre}{subject}は{n}件あります。すべて挙げます。")
    lines.extend(notes_of(result, plan))
    if op == "compare" and plan.order not in ("oldest", "newest"):
        hits = ()  # the sides name no agreement: ask for a list to see them, cited (by date:
        # the agreements whose dates are said)
    show_details = op == "lookup" and n <= 3 or nth
    url = bool(URL_ASKED.search(plan.text))  # 有田町の協定のURLは？
    field = not show_details and bool(FIELD_ASKED.search(plan.text))  # 分野は？
    day = bool(DAY_ASKED.search(plan.text))
    for i, hit in enumerate(hits, start=1):
        lines.append(citation_line(i, hit))
        if show_details:
            r = hit.record
            fields = "・".join(r.fields) or "（記載なし）"
            summary = " ".join(r.summary.split()) if n == 1 else short(r.summary)  # all of one
            lines.append(f"　分野: {fields}。概要: {summary or '（記載なし）'}")
        if field:
            lines.append(f"　分野: {'・'.join(hit.record.fields) or '（記載なし）'}")
        if url:
            lines.append(f"　URL: {hit.record.url or '（記載なし）'}")
        if day and (d := hit.record.date) is not None and d.day is None:  # 何月何日？
            lines.append(f"　締結日は{d.japanese()}までの記載です（日の記載なし）。")
    group_name = GROUP_NAMES.get(plan.group_by or "", "")
    understood = subject + {"count": "の件数", "aggregate": f"の{group_name}別の件数",
                            "compare": "の件数の比較"}.get(op, "")
    # how many different ones (何都市, how many different cities): the groups are the count
    distinct = len([g for g in groups if not unknown(g.value)]) \
        if op == "aggregate" and plan.distinct else None
    return Answer(question, op, plan, "\n".join(lines),
                  n if op in ("count", "list") else distinct, tuple(hits), applied=applied,
                  ignored=result.ignored, group_by=_group_by(plan), groups=groups, top=top,
                  understood=understood, as_of=as_of)


# A question of when the agreement was signed (いつ締結, いつ結ばれた, when was … signed),
# not of another event its summary tells (合併したのはいつ, 交流が始まったのは).
_SIGNING_ASKED = pattern(r"締結|調印|署名|結ば|結ん|結んだ|交わ|提携し|\bsign", re.IGNORECASE)


def _other_dates(summary: str, signed: SignDate | None) -> list[str]:
    """The dates a summary gives besides the signing, each with the words after it up to
    the sentence's end (1996年8月28日、友好親善を推進するために友好団体協定を締結): what a
    question of another event is answered by, the reader to judge."""
    text = nfkc(summary)
    said = []
    for m in find_dates(text):
        if signed is not None and m.date == signed:
            continue
        end = min((i for i in (text.find(c, m.end) for c in "。・[") if i >= 0),
                  default=len(text))
        clause = text[m.start:min(end, m.end + 40)].strip(" 、,")
        written = text[m.start:m.end]  # 昭和60年5月21日 (1985年5月21日)
        said.append(clause if written[:2] in ("19", "20") else
                    f"{clause}（{m.date.japanese()}）")
    return ["概要には締結日のほかに次の日付が書かれています: " + " ／ ".join(said)] if said else []


def _year_of(as_of: str | None) -> int | None:
    """The year of the list's heading (平成28年9月現在 → 2016)."""
    return as_of_key(as_of)[0] or None


def _group_by(plan: Plan) -> str | None:
    if plan.operation == "aggregate":
        return plan.group_by
    if plan.operation == "compare" and plan.compare:
        side = plan.compare[0]
        if side.key.startswith("region:"):
            return "region"
        return {"party": "municipality", "country": "country", "date": "year",
                "field": "field", "partner": "partner"}.get(side.kind)
    return None


def soft_note(soft: Mapping[str, Sequence[str]]) -> str | None:
    """「映画」はデータの「フィルム」に近い語として探しました。 — the words read softly."""
    if not soft:
        return None
    parts = [f"「{w}」は「{'」「'.join(near)}」" for w, near in soft.items()]
    return "、".join(parts) + "に近い語として探しました（データにない語のため）。"


def compose_topic(plan: Plan, hits: Sequence[Hit], question: str, as_of: str | None,
                  related: Sequence[Hit] = (), soft: Mapping[str, Sequence[str]] | None = None,
                  places: Sequence[str] = ()) -> Answer:
    """Only the agreements that really match, each with the start of its summary; with
    none, the nearest ones as `related` (not cited), or an honest 'not in the data'.
    `soft`: the question's words the data never uses → the data's words they were read
    as (thesaurus.py), said in a line of their own. `places`: the places named that no
    row holds, said with 'not in the data'."""
    pre = as_of_prefix(as_of)
    note = soft_note(soft or {})
    if hits:
        lines = [f"{pre}ご質問に関係する協定は次の{len(hits)}件です。", *notes_of(None, plan),
                 *([note] if note else []), *_hit_lines(hits)]
        return Answer(question, "topic", plan, "\n".join(lines), None, tuple(hits),
                      understood="ご質問の話題に関係する協定", as_of=as_of)
    if related:
        lines = [f"{pre}はっきり該当する協定は見つかりませんでした。近い協定:",
                 *notes_of(None, plan), *([note] if note else [])]
        lines.extend(f"・{h.record.title}（{h.record.municipality}、{h.record.source}:"
                     f"{h.record.line}）" for h in related)
        return Answer(question, "topic", plan, "\n".join(lines), None, (),
                      related=tuple(related), understood="ご質問の話題に関係する協定",
                      as_of=as_of)
    text = f"{pre}ご質問に当たる協定はこのデータにはありません。別の言葉でお試しください。"
    if places:  # 博多の協定: no party nor partner of the list is so named
        text += f"\n「{'」「'.join(places)}」という名の自治体・相手先は、このリストにありません。"
    return Answer(question, "none", plan, text, None, (), as_of=as_of)


def _hit_lines(hits: Sequence[Hit]) -> list[str]:
    """Each cited agreement's line and the start of its summary."""
    lines = []
    for i, hit in enumerate(hits, start=1):
        lines.append(citation_line(i, hit))
        if hit.record.summary.strip():
            lines.append(f"　{short(hit.record.summary, 100)}")
    return lines


def with_breakdown(answer: Answer, groups: Sequence[Group], total: int) -> Answer:
    """A count's answer with each value's own count after its first line (内訳: 韓国10件、
    米国3件、台湾1件), said when rows count for more than one value, and those groups."""
    each = "、".join(f"{g.label or g.value}{g.count}件" for g in groups)
    overlap = "（二つ以上に当たる協定があるため、内訳の合計は総数より多くなります）" \
        if sum(g.count for g in groups) > total else ""
    first, _, rest = answer.text.partition("\n")
    return replace(answer, text=f"{first}\n内訳: {each}{overlap}。" + (rest and "\n" + rest),
                   groups=tuple(groups))


def compose_within(result: Result, hits: Sequence[Hit], question: str, as_of: str | None
                   ) -> Answer:
    """The rows of the conditions that clearly match the words no row holds as written:
    中国と結んだ協定18件のうち、「スモッグ対策」に近いものは次の1件です。"""
    subject = describe(result.applied)
    words = "」「".join(result.ignored)
    lines = [f"{as_of_prefix(as_of)}{subject}{result.total}件のうち、「{words}」に近いものは"
             f"次の{len(hits)}件です。",
             f"{result.total}件すべては「{subject}の一覧」と聞くと挙げます。", *_hit_lines(hits)]
    return Answer(question, "topic", result.plan, "\n".join(lines), None, tuple(hits),
                  applied=result.applied, ignored=result.ignored,
                  understood=f"{subject}のうち、「{words}」に近いもの", as_of=as_of)


def compose_elsewhere(result: Result, hits: Sequence[Hit], question: str, as_of: str | None,
                      soft: Mapping[str, Sequence[str]] | None = None) -> Answer:
    """A field's word said inside a subject (CO2の排出を減らすまちづくりで協力), whose
    agreements are none about the question's other words while others are: those others,
    the field left aside and said so — never the field's list with the words dropped."""
    subject = describe(result.applied)
    words = "」「".join(result.ignored)
    note = soft_note(soft or {})
    lines = [f"{as_of_prefix(as_of)}{subject}（{result.total}件）には「{words}」に関するものが"
             f"ないため、分野を問わずに探しました。ご質問に関係する協定は次の{len(hits)}件です。",
             *([note] if note else []),
             f"{result.total}件すべては「{subject}の一覧」と聞くと挙げます。", *_hit_lines(hits)]
    return Answer(question, "topic", result.plan, "\n".join(lines), None, tuple(hits),
                  ignored=result.ignored,
                  understood=f"「{words}」に関係する協定（分野を問わず）", as_of=as_of)
