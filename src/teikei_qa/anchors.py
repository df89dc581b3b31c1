"""Dates bounded by a named agreement: signed before or after it (長崎県がプラド美術館と覚書を
交わすより前に結んでいた協定, シアトル市との覚書を締結する以前に, アトランタ市の協力合意書より
古い協定, the agreements that followed its memorandum with Surabaya), between two (…が結ばれて
から…を締結するまでの間に), right before or after it (…の直前に結ばれた協定, その次に).

The named agreement is asked first, as a question of its own; when it is one agreement with
a signing date, the rest of the question is asked with that date as its bound, and the
answer says which date it took. Pure: each part is answered by the engine's `ask`, passed
in (nested.py reads 翌年/前年 of a named agreement the same way)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from .answer import Answer
from .dates import SignDate, era_year
from .lazy_re import pattern
from .restate import KANJI_NUMBERS
from .text import has_japanese

Ask = Callable[[str, Sequence[str]], Answer]  # Engine.ask: a question and the turns before it

# The verb of an agreement's signing, in any tense (交わした, 交わす, 結ばれる, 締結する).
_SIGNING = (r"(?:を|と|が)?\s*+(?:結んだ|締結した|交わした|結ばれた|締結された|調印した|交わされた|"
            r"結ぶ|締結する|交わす|調印する|結ばれる|締結される|交わされる)")
_WHEN = r"(?:日|時|とき|時点|年|月)?"
# before/after it: a verb and/or より, then the side (…を交わすより前に, …の覚書より古い)
_RELATION = pattern(
    # …の直前に, …の直後, …(を交わした)あと、その次に: the one next to it
    rf"(?:{_SIGNING}|の)\s*+(?:あと|後)?\s*+[、,]?\s*+(?:その)?\s*+(直前|直後|次)\s*+(?:に|の)?|"
    rf"(?:{_SIGNING}\s*+{_WHEN}\s*+(?:より(?:も)?)?|より(?:も)?)\s*+"
    r"(以前|以降|前|後|あと|古い|早く|早い|先に|新しい|遅く|遅い)\s*+(?:に|の|で|まで)?|"
    # …が結ばれてから, …を締結して以降: after it
    r"(?:を|が)?\s*+(?:結んで|結ばれて|締結して|締結されて|交わして|交わされて|調印して)\s*+"
    r"(から|以降)|"
    # …が結ばれた時点で(すでに): by then
    rf"{_SIGNING}\s*+(時点|段階|ころ|頃)\s*+(?:で|では|には)|"
    # …が結ばれた日の前後2年以内に: N years either side of it
    rf"(?:{_SIGNING}\s*+{_WHEN}\s*+の?|の)\s*+(前後)\s*+(?P<years>\d{{1,2}}|[一二三四五])\s*+年(?:間)?\s*+"
    r"(?:以内|の間|のあいだ|のうち)?\s*+(?:に|の|で)?")
# (以前, 以降 of an agreement leave it out: シアトル市との覚書を締結する以前に is before it)
_SIDE = {"以前": "より前", "以降": "より後", "前": "より前", "後": "より後", "あと": "より後",
         "時点": "以前", "段階": "以前", "ころ": "以前", "頃": "以前",
         "古い": "より前", "早く": "より前", "早い": "より前", "先に": "より前",
         "新しい": "より後", "遅く": "より後", "遅い": "より後", "から": "より後",
         "直前": "直前", "直後": "直後", "次": "直後", "前後": "前後"}
# Between two: …が結ばれてから、…を締結するまでの間に; …と…のあいだに締結された
_BETWEEN = pattern(  # (spaces taken possessively: a run of them is not split many ways)
    r"^(.*?)(?:が|を|と)?\s*+(?:(?:結ばれて|結んで|締結して|締結されて|交わして|調印して)?\s*+から|"
    r"(?:結んだ|結ばれた|締結した|締結された|交わした|調印した)\s*+(?:後|あと))\s*+[、,]?"
    rf"\s*+(.{{4,80}}?)\s*+{_SIGNING}?\s*+まで\s*+(?:の)?\s*+(?:間|あいだ)?\s*+(?:に|には|で)?"
    r"\s*+[、,]?\s*+(.+)$")
_BETWEEN_AND = pattern(r"^(.{4,80}?)\s*と\s*[、,]?\s*(.{4,80}?)\s*(?:との|の)?\s*(?:間|あいだ)\s*"
                       r"(?:に|には|で)\s*[、,]?\s*(.+)$")
# The anchor's own words end at a comma before it (長崎県の文化分野の協定で、<anchor>より…).
_CLAUSE_START = pattern(r"^.*[、,。]\s*")
# A named agreement: an agreement's word, or a partner and a party (スラバヤ市との覚書).
_AGREEMENT = pattern(r"協定|覚書|協議書|合意書|合意文|提携|宣言|連携|協力合意")
_EN = pattern(r"^(.*?)\b(?:(?:signed|concluded|made)\s+)?(before|after|prior to|following|"
              r"since|that followed|which followed|that preceded|which preceded)\s+"
              r"(?:the\s+|its\s+|their\s+)?([^?.!]{0,120}?\b(?:agreement|memorandum|memo|accord|"
              r"MOU|MoU|deal|pact)\b[^?.!,]{0,120}?)\s*([?.!,].*)?$", re.IGNORECASE)
_EN_SIDE = {"before": "より前", "prior to": "より前", "that preceded": "より前",
            "which preceded": "より前", "after": "より後", "following": "より後",
            "since": "以降", "that followed": "より後", "which followed": "より後"}


# The bounds said to be counted in (両端を含めた, その協定も含めて, both included).
_INCLUSIVE = pattern(r"[、,]?\s*(?:両端|両方|その協定|それら|それ|その2件|その二件)\s*(?:も|を)\s*"
                     r"(?:含め(?:た|て)?|含む|含んで|入れて)\s*[、,]?|"
                     r"\bboth\s+(?:included|inclusive)\b|\binclusive(?:ly)?\b|"
                     r"\b(?:including|with)\s+(?:both|them|those)\b", re.IGNORECASE)
_EN_BETWEEN = pattern(r"^(.*?)\bfrom\s+(?:the\s+|its\s+)?(.{6,120}?\b(?:agreement|memorandum|memo|"
                      r"accord|MOU|deal|pact)\b.{0,60}?)\s+(?:through|to|until|till|up to)\s+"
                      r"(?:the\s+|its\s+)?(.{6,120}?\b(?:agreement|memorandum|memo|accord|MOU|deal|"
                      r"pact)\b[^,.?!]{0,80}?)\s*([,.?!].*)?$", re.IGNORECASE)
# A date said as one end of a between (1999年から、…の協定まで): that date as written.
_DATE_END = pattern(r"^\s*((?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|"
                    r"(?:平成|昭和)\s*(?:元|\d{1,2})\s*年)\s*$")
# A year said outside brackets: the words are a date (2000年から2005年まで), not an agreement
# named (…の協定（2011年8月）: its date in brackets, said to help).
_YEAR_SAID = pattern(r"(?:19|20)\d{2}\s*年|(?:平成|昭和|令和)\s*(?:元|\d{1,2})\s*年")
_BRACKETS = pattern(r"[（(][^（）()]*[）)]")
_SUBJECT = pattern(r"^([\u4e00-\u9fff]{2,8}[都道府県市町村])\s*が\s*")
# The rest's own signing said actively (締結していた, 結んだ): the anchor's subject signed it.
# (…前に、長崎県は何件: a subject of its own; not 姉妹都市は)
_OWN_SUBJECT = pattern(r"(?<![姉妹都])[都道府県市町村]\s*(?:は|が|も)")
_ACTIVE = pattern(r"(?:結んで|結んだ|締結して|締結した|交わして|交わした|調印して|調印した)")


@dataclass(frozen=True)
class Anchored:
    """A question whose dates a named agreement bounds: the words before the anchor, the
    anchors (one, or two for between), how, and the rest of the question."""

    before: str
    anchors: tuple[str, ...]
    side: str  # より前 より後 以前 以降 直前 直後 間 前後
    rest: str
    inclusive: bool = False  # the anchors themselves counted in (両端を含めた)
    years: int = 0  # 前後: the years either side (前後2年以内: 2)


def anchored(question: str) -> Anchored | None:
    """The question's anchor agreement(s) and how they bound its dates, if it names any."""
    inclusive = _INCLUSIVE.search(question) is not None
    for between in (_BETWEEN, _BETWEEN_AND):
        if (m := between.match(question)) and all(
                _named(m.group(g)) or _DATE_END.match(_bare(m.group(g))) for g in (1, 2)) \
                and any(_named(m.group(g)) for g in (1, 2)):
            return Anchored("", (_bare(m.group(1)), _bare(m.group(2))), "間", m.group(3),
                            inclusive)
    if not has_japanese(question):
        if (b := _EN_BETWEEN.match(question)) is not None:
            return Anchored("", (b.group(2), b.group(3)), "間",
                            b.group(1) + " agreements" + (b.group(4) or "?"), inclusive)
        if (e := _EN.match(question)) is not None:
            return Anchored(e.group(1), (e.group(3),), _EN_SIDE[e.group(2).lower()],
                            "agreements" + (e.group(4) or "?"), inclusive)
        return None
    for m in _RELATION.finditer(question):
        head = question[:m.start()]
        clause = _CLAUSE_START.match(head)
        before, anchor = (head[:clause.end()], head[clause.end():]) if clause else ("", head)
        anchor = _bare(anchor)
        if len(anchor) < 4 or not _named(anchor):
            continue
        side = _SIDE[next(g for g in m.groups() if g)]
        rest = re.sub(r"^\s*[、,]\s*", "", question[m.end():])
        subject = _SUBJECT.match(anchor)
        if subject and "が" not in rest and side not in ("直前", "直後") and (
                not re.search(_SIGNING, m.group(0)) or _ACTIVE.search(rest)
                and not _OWN_SUBJECT.search(rest)):
            # 熊本市が高雄市との覚書より前に結んでいた協定: 熊本市 is who signed the rest
            # (北九州市が…の協定を結ぶより前に締結していた協定 too; …を結んだ後に結ばれた
            # 協定 asks of anyone's)
            anchor, before = anchor[subject.end():], before + subject.group(0)
        if rest:
            years = m.group("years") or "0"  # (前後: the years either side)
            return Anchored(before, (anchor,), side, rest, inclusive,
                            int(years) if years.isdigit() else KANJI_NUMBERS[years])
    return None


def _named(words: str) -> bool:
    """Whether `words` name an agreement (an agreement's word, no year but in brackets)."""
    return bool(_AGREEMENT.search(words)) and not _YEAR_SAID.search(_BRACKETS.sub("", words))


def _bare(anchor: str) -> str:
    """The anchor as a question of its own: no particle or comma at either end, and its
    agreement word kept (スラバヤ市との覚書)."""
    return re.sub(r"^[\s、,はがを]+|[\s、,のをがと]+$", "", anchor)


def _date_said(end: str) -> tuple[str, SignDate] | None:
    """An end of a between said as a date (1999年): no title, that date."""
    m = _DATE_END.match(end)
    if m is None:
        return None
    if era := re.match(r"(平成|昭和)\s*(元|\d{1,2})", m.group(1)):
        return "", SignDate(era_year(era.group(1), era.group(2)))
    return "", SignDate(*(int(x) for x in re.findall(r"\d+", m.group(1))[:3]))


def date_of(ask: Ask, history: Sequence[str], named: str) -> tuple[str, SignDate] | None:
    """The title and the signing date of the one agreement `named` names, else None."""
    first = ask(named, history)
    dates = {h.record.date for h in first.citations if h.record.date is not None}
    if len(first.citations) != 1 or len(dates) != 1:
        return None
    return first.citations[0].record.title, dates.pop()


def anchored_answer(ask: Ask, history: Sequence[str], a: Anchored) -> Answer | None:
    """The rest of the question asked with the anchors' dates as its bounds, the dates said;
    None unless every anchor is one dated agreement."""
    found = [_date_said(named) or date_of(ask, history, named) for named in a.anchors]
    if any(f is None for f in found):
        return None
    named = [f for f in found if f is not None]
    when = [d.japanese() for _, d in named]
    if a.side == "間":
        (_, first), (_, last) = sorted(named, key=lambda f: f[1].key())
        after, before = ("以降", "以前") if a.inclusive else ("より後", "より前")
        question = f"{first.japanese()}{after}{last.japanese()}{before}に締結された{a.rest}"
    elif a.side in ("直前", "直後"):
        which = "一番新しい" if a.side == "直前" else "一番古い"
        bound = "より前" if a.side == "直前" else "より後"
        question = f"{a.before}{when[0]}{bound}に締結された協定で{which}ものは？"
    elif a.side == "前後":  # the same day N years before and after, both counted in
        d = named[0][1]
        lo, hi = (replace(d, year=d.year + k) for k in (-a.years, a.years))
        question = f"{a.before}{lo.japanese()}から{hi.japanese()}までに{a.rest}"
    else:
        side = {"より前": "以前", "より後": "以降"}.get(a.side, a.side) if a.inclusive else a.side
        question = f"{a.before}{when[0]}{side}に{a.rest}"
    return with_dates_said(ask(_INCLUSIVE.sub("", question), history), named)


def with_dates_said(answer: Answer, named: Sequence[tuple[str, SignDate]]) -> Answer:
    """`answer` with the agreements' dates it was bounded by said on its second line
    (an end said as a date, untitled, is said in the answer's own first line)."""
    titled = [f"「{t}」の締結日、{d.japanese()}" for t, d in named if t]
    said = "（" + "、".join(titled) + "を基準にしました。）" if titled else ""
    head, _, tail = answer.text.partition("\n")
    return replace(answer, text="\n".join(x for x in (head, said, tail) if x))
