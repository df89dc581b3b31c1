"""Questions inside a question. A group picked by its count (協定が一番多い国の協定を
一覧で, the agreements of the municipality with the most agreements): asked first as a
table of its own, then the question again with the group's value in its place. A count
with a second question after it (長崎県の協定は何件で、一番古いのは？): the count, then
the second asked of its rows. Two sides said each with conditions of its own (福岡市の
中国との協定と、長崎県の韓国との協定、どっち): each counted, then compared. A list
with a second sentence asking whether some value is among it (…協定はどれですか？ベトナム
のもはいってますか): the list as asked, and which of it are that value's. Pure: each part
is answered by the engine's `ask`, passed in."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .anchors import Ask, date_of, with_dates_said
from .answer import Answer, as_of_prefix, citation_line, describe
from .conditions import Plan
from .dates import SignDate
from .grammar import NEWEST, OLDEST
from .groupings import group_by_of
from .groups import Group
from .lazy_re import pattern
from .tables import GROUP_NAMES, compare_by_date, compare_lines, fewer_asked
from .text import has_japanese

if TYPE_CHECKING:
    from .retrieve import Hit


# The group's noun and the words after it that ask for its agreements. The count asked
# may come before or after the superlative (協定が一番多い国, 一番協定が多い国, 最も多く
# 協定を結んでいる国); the N-th (2番目に多い国) too.
_GROUPS = r"(?:相手国|国・地域|国|自治体|市町村|都道府県|県|分野|年)"
_MOST = r"(?:最も|もっとも|一番|いちばん|\d+\s*番目に)"
_COUNTED = r"(?:協定|覚書|提携)?(?:の(?:件)?数|数|件数)?\s*(?:が|の)?\s*"
_NESTED = pattern(
    rf"((?:{_COUNTED}{_MOST}|{_MOST}\s*{_COUNTED})\s*"
    r"(?:多い|多く(?:の協定を)?(?:結んで(?:いる|る)|結んだ|締結して(?:いる|る)|締結した|持つ))"
    rf"\s*{_GROUPS})"
    r"(?=\s*(?:と|の|が|で|に)\s*(?:の|結んだ|結んでいる|締結した|交わした)?\s*"
    r"(?:協定|覚書|提携|もの|取り決め|一覧|リスト|すべて|全部|全て))|"
    # English: the agreements of the country with the most agreements
    r"(\bthe\s+(?:country|municipality|prefecture|field|year)\s+with\s+the\s+most"
    r"(?:\s+agreements)?)", re.IGNORECASE)
_GROUP_OF = {"国": "国", "相手国": "国", "国・地域": "国", "country": "国",
             "自治体": "自治体", "市町村": "自治体", "municipality": "自治体",
             "県": "県", "都道府県": "県", "prefecture": "県",
             "分野": "分野", "field": "分野", "年": "年", "year": "年"}
_NOUN = pattern(r"(相手国|国・地域|都道府県|市町村|自治体|国|県|分野|年|country|municipality|"
                r"prefecture|field|year)(?:\s+with\s+the\s+most(?:\s+agreements)?)?\s*$",
                re.IGNORECASE)


@dataclass(frozen=True)
class Nested:
    """The table to ask first (協定が一番多い国は？) and where its value goes."""

    table: str
    span: tuple[int, int]
    group: str  # 国 自治体 県 分野 年


def nested(question: str) -> Nested | None:
    """The group picked by its count inside `question`, if one is."""
    m = _NESTED.search(question)
    if m is None:
        return None
    k = 1 if m.group(1) else 2
    said = m.group(k)
    noun = _NOUN.search(said)
    if noun is None:
        return None
    group = _GROUP_OF[noun.group(1).casefold()]
    if k == 1:
        table = question[:m.end(1)] + "は？"
    else:  # the country with the most agreements → which country has the most agreements
        table = f"which {noun.group(1).lower()} has the most agreements?"
    return Nested(table, m.span(k), group)


def put_in(question: str, n: Nested, values: tuple[str, ...]) -> str:
    """`question` with the group's values in its place (年: 2014 → 2014年)."""
    said = [f"{v}年" if n.group == "年" and re.fullmatch(r"\d{4}", v) else v for v in values]
    a, b = n.span
    return question[:a] + "または".join(said) + question[b:]


# A count, then what is asked of its rows: the oldest or newest, a table by some group
# (何件あって、国別には？ How many …, and which is the oldest?).
_COUNT_THEN = pattern(r"^(.{2,}?(?:何件|いくつ|件数は?|協定数|一覧|リスト(?=に|アップ)|"
                      r"(?:全部|すべて|全て)(?=\s*(?:出|挙げ)))|\s*how many\b.{2,}?)\s*"
                      # 一覧にしてください, 全部出してもらえますか: the list asked
                      r"(?:(?:に|アップ)?\s*して|出して|挙げて)?\s*"
                      r"(?:ください|下さい|もらえますか|いただけますか|ほしい|欲しい)?\s*"
                      r"(?:ある|あり(?:ます)?|です|あるの)?\s*(?:か|の)?\s*"
                      r"(?:で|あって|と[、,]?|[、,？?。]|, and|and)\s*"
                      # (件数と、それぞれの…: the count said again, then what else is asked)
                      r"(?:また|それと|あと|それから|そして|(その中で|そのうち)|件数(?:と|も)|"
                      r"and)?[、,]?\s*(\S.*)$",
                      re.IGNORECASE)
_THEN_ASKED = pattern(r"(?:最も|もっとも|一番|いちばん)\s*(?:古|新し|早|最近)|最古|最新|"
                      r"それぞれ\s*(?:どこの|どの)\s*(?:自治体|国|県|分野)|"
                      # 何件？件数と、それぞれの相手国を表で: each one's country, as a table
                      r"それぞれ\s*の\s*(?:相手国|相手の国|国名|国|自治体|県|分野)(?!\s*(?:の|と|で))|"
                      r"(?:古い|新しい)(?:方|ほう)|"
                      r"(?:最も|もっとも|一番|いちばん)\s*多い\s*(?:国|自治体|県|分野|年)|"
                      r"(?:国|自治体|県|分野|年|相手国)(?:別|ごと)|\b(?:oldest|newest|earliest|"
                      r"latest|most recent)\b|\bby (?:country|municipality|year|field)\b",
                      re.IGNORECASE)


def count_then(question: str) -> tuple[str, str] | None:
    """(the count or list asked, what is asked of its rows) when `question` asks both:
    the oldest, a table, or those of a narrower condition said after その中で/そのうち
    (アメリカとの協定を一覧にしてください。その中で2000年より前のものはどれかも)."""
    m = _COUNT_THEN.match(question)
    if m is None or _THEN_ASKED.search(m.group(1)) or not (
            _THEN_ASKED.search(m.group(3)) or m.group(2) or _PART_ASKED.search(m.group(3)) and
            re.search(r"[？?。]", question[m.end(1):m.start(3)])):
        return None
    first = m.group(1) + ("を" if m.group(1).endswith(("全部", "すべて", "全て")) else "")
    then = m.group(3)  # 中国はそのうち何件: そのうち中国は何件, as a follow-up says it
    if not m.group(2) and (within := _WITHIN_SAID.search(then)) is not None:
        then = within.group(0) + then[:within.start()] + then[within.end():]
    return first + ("？" if has_japanese(first) else "?"), (m.group(2) or "") + then


_WITHIN = r"(?:その|この)\s*(?:うち|中)(?:で)?"
_WITHIN_SAID = pattern(_WITHIN)
# …a part asked in a sentence of its own (全部で何件？あと環境分野はそのうち何件？; not 教育が
# そのうちの一つになっている, nor 何件で、そのうち環境は何件: a share, said in one line).
_PART_ASKED = pattern(_WITHIN + r"[^。？?]{0,20}?(?:何件|いくつ|どれ|は\s*[？?]|の\s*(?:数|件数))")


# Two sides with conditions of their own (福岡市の中国との協定と、長崎県の韓国との協定、多い
# のはどっち？): each counted as asked alone, then compared.
_SIDE = (r"[^。？?、,]{2,40}?(?:の|との|が結んだ|と結んだ)\s*"
         r"(?:協定書?|覚書|協議書|合意書|合意文|宣言|取り?決め|もの)")
_TWO_SIDES = pattern(rf"^\s*({_SIDE})\s*(?:と|、|,)\s*[、,]?\s*({_SIDE})\s*(?:[、,]|では|で|は)?\s*"
                     r"[、,]?\s*"
                     r"(?:数が|件数が|協定が)?\s*(?:多いのは|少ないのは|どちら|どっち|いずれ)")


# An agreement named, then what was signed the same year (day, month) as it: 長崎県教育委員会
# と釜慶大学校の協定と同じ年に結ばれた協定は？ (the agreement asked first, then the rest).
_SAME_AS = pattern(r"^\s*(.{2,60}?)\s*と\s*同じ\s*(年|日|月)(?!曜)\s*(.*)$")


# …in English: which agreements were signed in the same year as the Prado one?
_SAME_AS_EN = pattern(r"\b(?:in|on)\s+the\s+same\s+(year|month|day)\s+as\s+(?:the\s+)?(.+?)"
                      r"(?:\s+(?:one|agreement|memorandum|mou))?\s*[?？.]?\s*$", re.IGNORECASE)
_EN_UNIT = {"year": "年", "month": "月", "day": "日"}


# …with the named one counted in (それ自体も含めて, その協定も入れて, 宣言そのものも含めて).
_ITSELF_IN = pattern(r"[、,]?\s*(?:それ自体|それ自身|それ|その協定|そのもの|"
                     r"[^\s、。？?]{1,8}?そのもの|[^\s、。？?]{1,8}?自体)\s*も\s*(?:含めて|含め|入れて|数えて|含んで)\s*[、,]?")


def _agreement_named(named: str) -> str:
    """A named agreement asked as one (スラバヤ: its agreement; スラバヤとの協定 as said)."""
    return named + ("の協定" if not re.search(r"協定|覚書|協議書|合意書|提携", named) else "")


def _by_number(listed: Answer, hits: Sequence[Hit]) -> str:
    """`hits` by their numbers in `listed`'s list: [2] 上下水道整備に係る協定締結、[5] …"""
    number = {h.record.id: n for n, h in enumerate(listed.citations, start=1)}
    return "、".join(f"[{number[h.record.id]}] {h.record.title}" for h in hits)


def same_date_as(question: str) -> tuple[str, str] | None:
    """(the agreement asked first, the question of the others of its year, day or month)
    when `question` asks what was signed when a named agreement was."""
    if en := _SAME_AS_EN.search(question):  # (what else was signed then: a list)
        count = re.match(r"\s*how many\b", question, re.IGNORECASE)
        return f"{en.group(2)} agreement", \
            f"同じ{_EN_UNIT[en.group(1).lower()]}のほかの協定は" + ("何件？" if count else "？")
    m = _SAME_AS.match(question)
    if m is None or not m.group(3):
        return None
    rest = m.group(3)
    if (own := _ITSELF_IN.search(rest)) is not None:  # それ自体も含めて: it is one of them
        return _agreement_named(m.group(1)), f"同じ{m.group(2)}{rest[:own.start()]}" \
            f"{rest[own.end():]}"
    rest = rest.replace("協定", "ほかの協定", 1) if "協定" in rest else rest + "ほかの協定は？"
    return _agreement_named(m.group(1)), f"同じ{m.group(2)}{rest}"


# Signed before or after a named agreement (北九州市がタイ王国工業省工場局と協力協定を結んだ
# 日よりも後に、長崎県が締結した協定): that agreement asked first, then the rest by its date.
# (the agreement named, then the verb of its signing: one head for both patterns below)
_NAMED_SIGNED = r"^\s*(.{2,60}?)\s*(?:を|と|が)\s*(?:結んだ|締結した|交わした|結ばれた|締結された"
_RELATIVE_TO = pattern(_NAMED_SIGNED + r")\s*(?:(?:日|時|とき|年|月)\s*(?:より(?:も)?)?|"
                       r"より(?:も)?)\s*"
                       r"(後|あと|以降|前|以前)\s*(?:に|の)?\s*[、,]?\s*(.+)$")
_RELATIVE_SAID = {"後": "より後", "あと": "より後", "以降": "以降", "前": "より前", "以前": "以前"}
# …and the year before or after it (環境姉妹都市の覚書を交わした翌年に締結された協定, …の協定が
# 結ばれた、その前年には): that year.
_YEAR_NEXT_TO = pattern(_NAMED_SIGNED + r"|調印した)\s*[、,]?\s*(?:その)?\s*"
                        r"(翌年|次の年|あくる年|前年|前の年)"
                        r"\s*(?:に|の|には|は)?\s*[、,]?\s*(.+)$")
_NEXT_YEAR = {"翌年": 1, "次の年": 1, "あくる年": 1, "前年": -1, "前の年": -1}


def relative_to(question: str) -> tuple[str, str, str] | None:
    """(the agreement named, how its date bounds the rest — より後, 以前 … or 翌年, 前年 —,
    the rest of the question)."""
    m = _RELATIVE_TO.match(question)
    if m is not None:
        return _agreement_named(m.group(1)), _RELATIVE_SAID[m.group(2)], m.group(3)
    y = _YEAR_NEXT_TO.match(question)
    return (_agreement_named(y.group(1)), y.group(2), y.group(3)) if y else None


def relative_answer(ask: Ask, history: Sequence[str], named: str, bound: str, rest: str
                    ) -> Answer | None:
    """The rest of the question bounded by the named agreement's signing date, the date
    said in it; None unless one dated agreement is so named."""
    if (found := date_of(ask, history, named)) is None:
        return None
    date = found[1]
    if bound in _NEXT_YEAR:  # 翌年, 前年: that year
        answer = ask(f"{date.year + _NEXT_YEAR[bound]}年に{rest}", history)
    else:
        answer = ask(f"{date.japanese()}{bound}に{rest}", history)
    return with_dates_said(answer, [found])


def two_sides(question: str) -> tuple[str, str] | None:
    """The two sides of a comparison, each said with its own conditions, if so said."""
    m = _TWO_SIDES.match(question)
    return (m.group(1), m.group(2)) if m else None


def nested_answer(ask: Ask, question: str, history: Sequence[str], inside: Nested
                  ) -> Answer | None:
    """The agreements of the group a table picks (協定が一番多い国の協定): the table
    asked first, then the question with the group's value in its place; the group
    and its count said after the first line."""
    table = ask(inside.table, history)
    values = tuple(v for v in table.top if v is not None)
    if table.plan.operation != "aggregate" or not values:
        return None
    put = put_in(question, inside, values)
    answer = ask(put, history)
    said = "、".join(f"{g.label}（{g.count}件）" for g in table.groups if g.value in values)
    if answer.plan.operation == "aggregate" and (span := group_by_of(put)[1]) is not None:
        # 長崎県の協定を国別に件数で出して、一番多い国の協定は一覧にして: the table asked
        # too — the table, then the group's agreements as the question asks them
        listed = ask(put[:span[0]] + put[span[1]:], history)
        if listed.plan.operation in ("list", "count") and listed.citations:
            head, _, tail = table.text.partition("\n")
            line = listed.text.split("\n")[0].removeprefix(as_of_prefix(listed.as_of))
            cited = [ln for ln in listed.text.split("\n") if ln.startswith("[")]
            return replace(table, question=question, citations=listed.citations,
                           text="\n".join(t for t in (head, tail, line, *cited) if t))
    first, _, rest = answer.text.partition("\n")
    note = f"（{inside.table.removesuffix('は？')}は{said}です。）" if has_japanese(
        inside.table) else f"（{said}）"
    return replace(answer, question=question,
                   text="\n".join(t for t in (first, note, rest) if t))


def count_then_answer(ask: Ask, history: Sequence[str], first: str, then: str
                      ) -> Answer | None:
    """A count and what is asked of its rows, in one answer: the count's first line,
    the second answer's lines (its agreements by their numbers in the count's list,
    or its table), then the count's list. None unless the second is of those rows."""
    count = ask(first, history)
    if count.plan.operation not in ("count", "list") or not count.citations:
        return None
    after = ask(then, [*history, first])
    counted = {h.record.id for h in count.citations}
    narrower = after.plan.operation in ("list", "count", "lookup") and bool(after.citations) \
        and len(after.citations) < len(count.citations)  # その中で2000年より前のもの
    if any(h.record.id not in counted for h in after.citations) or \
            after.plan.operation not in ("extreme", "aggregate") and not narrower:
        return None
    head, _, rest = count.text.partition("\n")
    if narrower and after.plan.operation == "count" and count.plan.operation == "count":
        # 全部で何件？あと環境分野はそのうち何件？: the total, then the part, whose number
        # and agreements are the answer's (the last asked)
        part = after.text.removeprefix(as_of_prefix(after.as_of))
        return replace(after, text=f"{head}\nそのうち、{part}")
    lines = [ln for ln in after.text.split("\n") if not ln.startswith("[")]
    if narrower:
        lines = lines[:1]
    said = lines[0].removeprefix(as_of_prefix(after.as_of)).replace("すべて挙げます。", "")
    lines[0] = f"{said.removesuffix('。')}：{_by_number(count, after.citations)}。" \
        if after.plan.operation != "aggregate" else said
    return replace(count, text="\n".join(dict.fromkeys([head, *lines, *rest.split("\n")])),
                   group_by=after.group_by, groups=after.groups, top=after.top)


def _end_date(answer: Answer, order: str | None) -> SignDate | None:
    """The first (or last) signing date of an answer's agreements, for `order`."""
    dates = [d for h in answer.citations if (d := h.record.date) is not None]
    if order is None or not dates:
        return None
    return (min if order == "oldest" else max)(dates, key=lambda d: d.key())


def _named(side: Answer) -> str:
    """A compared side as said: the one agreement it is by its name (「鹿島市・釜山外国語
    大学校官学官学国際交流協定」), else what its conditions select."""
    if side.count == 1 and len(side.citations) == 1:
        return f"「{side.citations[0].record.title}」"
    return describe(side.applied)


def two_sides_answer(ask: Ask, question: str, history: Sequence[str], a: str, b: str
                     ) -> Answer | None:
    """Two sides compared, each with conditions of its own (more than the one value a
    plain comparison's sides differ in): each counted, then said side by side."""
    counts = [ask(f"{side}は何件？", history) for side in (a, b)]
    kinds = [{f.kind for f in c.applied if not f.exclude} for c in counts]
    if kinds[1] < kinds[0]:  # 長崎県の中国との協定と韓国との協定: 長崎県's, both sides
        counts[1] = ask(f"では{b}は何件？", [*history, f"{a}は何件？"])
    if any(c.plan.operation != "count" or c.count is None for c in counts) or \
            all(len(c.applied) < 2 for c in counts) or counts[0].applied == counts[1].applied:
        return None
    order = "oldest" if OLDEST.search(question) else "newest" if NEWEST.search(question) \
        else None  # 青島の覚書と杭州の覚書、どちらが新しい: by their dates
    sides = sorted((Group(describe(c.applied), c.count or 0, _named(c), _end_date(c, order))
                    for c in counts), key=lambda g: -g.count)
    pre = as_of_prefix(counts[0].as_of)
    if order is not None and all(g.date for g in sides):
        sides.sort(key=lambda g: g.date.key() if g.date else (0, 0, 0),
                   reverse=order == "newest")
        top = tuple(g.value for g in sides if g.date == sides[0].date)
        lines = compare_by_date(pre, "協定", sides, order)
        # the agreements whose dates are said, cited in the order said
        named = list({h.record.id: h for c in counts if (end := _end_date(c, order))
                      for h in c.citations if h.record.date == end}.values())
        named.sort(key=lambda h: h.record.date.key() if h.record.date else (0, 0, 0),
                   reverse=order == "newest")
        cites = tuple(replace(h, rank=n) for n, h in enumerate(named, start=1))
        lines += [citation_line(n, h) for n, h in enumerate(cites, start=1)]
    else:
        top = tuple(g.value for g in sides if g.count == sides[0].count)
        lines = compare_lines(pre, "協定", sides, top, fewer=fewer_asked(question))
        cites = ()
    plan = replace(counts[0].plan, operation="compare", text=question)
    return Answer(question, "compare", plan, "\n".join(lines), None, cites,
                  applied=counts[0].applied + counts[1].applied, groups=tuple(sides),
                  top=top, understood="・".join(g.label for g in sides) + (
                      "の締結日の比較" if cites else "の件数の比較"),
                  as_of=counts[0].as_of)


# A second sentence asking whether a value is among what the first asks (ベトナムのも
# はいってますか, タイ王国のもありますか, 福岡市のもある？, Is Vietnam included?, Does it
# include Thailand?): a question of its own, no condition of the first.
_AMONG = pattern(
    r"^(.+?[。？?！!]|.+?[、,]\s*(?=\S{1,24}?(?:のもの|の協定|との協定|とのもの|の)も))\s*"
    r"(\S{1,24}?)(?:のもの|の協定|との協定|とのもの|の)?も\s*"
    r"(?:入って|はいって|含まれて|ふくまれて|あり|ある|あります)[^。？?！!]{0,12}[。？?！!]?\s*$|"
    r"^(.+?[.?!])\s*(?:is|are)\s+(?:any(?:thing)?\s+(?:from|with|of|in)\s+)?(.{2,40}?)\s+"
    r"(?:included|among them|in (?:it|them|the list))\s*\??\s*$|"
    r"^(.+?[.?!])\s*(?:does|do)\s+(?:it|that|this|they|the list)\s+include\s+(.{2,40}?)"
    r"\s*\??\s*$|"
    # …国ごとに数えるとどうなりますか？ミャンマーは何件で、…: the table, then that value's
    r"^(.+?(?:ごと|別)[^。？?！!]*[。？?！!])\s*([^\s。？?、,]{1,12}?)(?:は|って)\s*(?:何件|いくつ)",
    re.IGNORECASE)


def among_asked(question: str) -> tuple[str, str] | None:
    """(the question asked first, the value asked to be among its rows), or None."""
    m = _AMONG.match(question)
    if m is None:
        return None
    first, value = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5, 7) if m.group(i))
    return first.strip().rstrip("、,"), value.strip()


def among_answer(ask: Ask, history: Sequence[str], first: str, value: str) -> Answer | None:
    """The first question's list, then which of it are `value`'s, by their numbers in the
    list (そのうちベトナムのものは1件です：[2] …), or a table, then the value's group; None
    unless the first gives agreements or groups and `value` is a condition."""
    listed = ask(first, history)
    if listed.plan.operation not in ("list", "count", "topic", "lookup", "aggregate") or \
            not listed.citations and not listed.groups:
        return None
    alone = ask(f"{value}の協定は？", history)  # (all of the value's, then those listed)
    said = [f for f in alone.plan.filters if not f.exclude]  # (ドイツ: a value with none)
    if alone.plan.operation not in ("list", "count", "lookup") or not said:
        return None
    value = "・".join(f.label for f in said)  # as read: Fukuoka → 福岡市
    head, _, rest = listed.text.partition("\n")
    if listed.plan.operation == "aggregate":  # 韓国との協定を自治体ごとに…長崎県のも？
        group = next((g for g in listed.groups if g.value == value), None)
        line = f"そのうち{value}は{group.count}件です。" if group else \
            f"{value}は含まれていません。"
        return replace(listed, text="\n".join((head, line, rest)))
    held = {c.record.id for c in alone.citations}
    within = [h for h in listed.citations if h.record.id in held]
    line = f"そのうち{value}のものは{len(within)}件です：{_by_number(listed, within)}。" \
        if within else f"{value}のものは含まれていません。"
    return replace(listed, text="\n".join(x for x in (head, line, rest) if x))


# A claim asked about, then what is asked for (博物館との協定を結んでいるのは長崎県だけというの
# は正しい？相手先が博物館である協定を挙げて; …と聞いたが本当か。分野別の件数を知りたい).
_CLAIM_THEN = pattern(
    r"^\s*(.{4,120}?(?:本当|ほんと|ホント|正しい|事実|間違い(?:ない)?|合って(?:る|います))"
    r"(?:です|なの|なん|でしょう)?(?:か|かな|ですか|でしょうか|なの)?\s*[？?。!！]+)\s*(\S.{3,})$|"
    r"^\s*((?:is it true|is that (?:right|true|correct)|i (?:heard|read) that)[^?]{4,}\?)"
    r"\s*(\S.{3,})$",
    re.IGNORECASE)


def claim_then(question: str) -> tuple[str, str] | None:
    """(the claim, the request after it), or None."""
    m = _CLAIM_THEN.match(question)
    if m is None:
        return None
    return (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))


def claim_answer(ask: Ask, plan_of: Callable[[str, Sequence[str]], Plan],
                 history: Sequence[str], claim: str, request: str) -> Answer | None:
    """What is asked for after a claim: asked alone when it says its own conditions (the
    claim's are the asker's belief, not what to count: 長崎県だけというのは正しい？博物館の
    協定を挙げて), a table after the claim as a turn (…長崎県の協定は教育分野が一番多いと
    聞いたが本当か。分野別の件数を: 長崎県's fields); else None (read as one question:
    …10件を超えると聞いたけど本当？実際は何件？; a comparison asked without its sides)."""
    plan = plan_of(request, history)
    if plan.operation == "compare" and not plan.compare:
        return None  # …上回る、正しい？どちらが多いのか確かめたい: the claim's sides
    if plan.filters or plan.topic:
        return ask(request, history)
    if plan.operation == "aggregate":
        return ask(request, [*history, claim])
    return None


# A table of values per group, then each picked group's agreements asked (2か国以上の国と
# 協定を結んでいる自治体は何自治体…。それぞれの協定件数は？).
_EACH_COUNT = pattern(r"[。？?、,]\s*(?:それぞれ|各自治体|各国|各県|各々)の?\s*(?:協定)?\s*"
                      r"(?:件数|協定数|数)\s*(?:は|を)?[^。？?]{0,8}[？?。]?\s*$")
_EACH_GROUPS = ("municipality", "prefecture", "country", "field", "year")


def each_count(question: str) -> str | None:
    """The question before "それぞれの協定件数は？", when so asked."""
    m = _EACH_COUNT.search(question)
    return question[:m.start() + 1] if m else None


def each_count_answer(ask: Ask, history: Sequence[str], first: str) -> Answer | None:
    """The picked groups of a table of values per group (2か国・地域以上の自治体), then
    their agreements counted per group; None unless the first is such a table."""
    table = ask(first, history)
    plan = table.plan
    values = [v for v in table.top if v]
    if plan.operation != "aggregate" or not plan.count_of or not plan.pick or \
            plan.group_by not in _EACH_GROUPS or not values:
        return None
    counted = ask(f"{'・'.join(values)}の協定を{GROUP_NAMES[plan.group_by]}別に数えて", history)
    if not counted.groups:
        return None
    pre = as_of_prefix(counted.as_of)
    picked_line = pre + table.text.split("\n")[1]
    return replace(counted, text="\n".join([picked_line, counted.text.removeprefix(pre)]),
                   question=first)


# Groups one value holds alone: the countries with which only the named party has
# agreements (北九州市だけが結んでいる国, 北九州市しか結んでいない国, 北九州市のほかにはどこの
# 自治体も協定を結んでいない国), the parties whose only partner country is the named one
# (韓国としか協定を結んでいない自治体, 韓国とだけ結んでいる県). だけ and のみ with a verb
# said, しか and のほか…も with it denied: 北九州市だけが結んでいない国 is another question.
_VERB = r"\s*(?:協定を|協定)?\s*(?:結んで|締結して|交わして)"
_ALONE_PARTY = pattern(
    r"(?P<x>[^、。？?\s]{2,12}?)\s*(?:(?:だけ|のみ)\s*(?:が|で)?" + _VERB + r"(?:いる|る|いた)|"
    r"しか" + _VERB + r"(?:いない|ない)|"
    r"(?:のほか|以外)\s*(?:には|に|は|の)?\s*(?:どこの|どの|ほかの|他の)?\s*"
    r"(?:自治体|ところ|市町村|県|市)?\s*(?:も|は)" + _VERB + r"(?:いない|ない))"
    r"\s*(?P<g>相手国|国・地域|国)")
_ALONE_VALUE = pattern(
    r"(?P<y>[^、。？?\s]{2,12}?)\s*との?\s*(?:(?:だけ|のみ)" + _VERB + r"(?:いる|る|いた)|"
    r"しか" + _VERB + r"(?:いない|ない))\s*(?P<g>自治体|市町村|都道府県|県|ところ)")
# …and then their agreements asked (その国との協定を全部挙げて, その協定は何件): the rows.
_THEIR_AGREEMENTS = pattern(r"(?:その|それらの|これらの|そういう|そうした)\s*(?:国|自治体|県|相手)?"
                            r"\s*(?:との|の)?\s*(?:協定|覚書|提携)|協定を\s*(?:全部|すべて|全て)")
_HOW_MANY = pattern(r"何件|いくつ|件数")


@dataclass(frozen=True)
class Alone:
    """Groups one value holds alone: `named` (a party, or a partner's country), the
    grouping the groups are of, and whether their agreements are asked (not only the
    groups), counted or listed."""

    named: str
    by_party: bool       # the named is a party: the groups are countries
    rows: bool
    count: bool


def alone_asked(question: str) -> Alone | None:
    """The groups one value holds alone, if the question asks for them."""
    by_party = _ALONE_PARTY.search(question)
    hit = by_party or _ALONE_VALUE.search(question)
    if hit is None:
        return None
    rest = question[hit.end():]
    return Alone(hit.group(1), by_party is not None, _THEIR_AGREEMENTS.search(rest) is not None,
                 _HOW_MANY.search(rest) is not None)


def alone_answer(ask: Ask, history: Sequence[str], alone: Alone) -> Answer | None:
    """The groups the named value holds alone (its groups less those any other holds),
    or their agreements listed or counted, the groups said after the first line; None
    unless the named value is a condition of the kind its side asks for."""
    x = alone.named
    if alone.by_party:
        held, others = ask(f"{x}の協定を国別に数えて", history), \
            ask(f"{x}以外の自治体の協定を国別に数えて", history)
        kind, counter = "party", "か国・地域"
    else:
        held, others = ask(f"{x}との協定を自治体別に数えて", history), \
            ask(f"{x}以外との協定を自治体別に数えて", history)
        kind, counter = "country", "自治体"
    said = [f for f in held.plan.filters if f.kind == kind and not f.exclude]
    if held.plan.operation != "aggregate" or not said or not any(
            f.kind == kind and f.exclude for f in others.plan.filters):
        return None
    x = "・".join(f.label for f in said)  # as read: Kitakyushu → 北九州市
    elsewhere = {g.value for g in others.groups}
    picked = tuple(g for g in held.groups if g.value not in elsewhere and g.value)
    values = [str(g.value) for g in picked]
    who = f"{x}のほかに協定を結んでいる自治体がない国" if alone.by_party else \
        f"{x}としか協定を結んでいない自治体"
    pre = as_of_prefix(held.as_of)
    if not picked:
        return replace(held, text=f"{pre}{who}はありません。", groups=(), top=(), count=0,
                       citations=())
    listed = "・".join(f"{g.label}（{g.count}件）" for g in picked)
    if alone.rows:
        asked = f"{x}が{'・'.join(values)}と結んだ協定" if alone.by_party else \
            f"{'・'.join(values)}が{x}と結んだ協定"
        answer = ask(asked + ("は何件" if alone.count else "を全部"), history)
        head, _, tail = answer.text.partition("\n")
        note = f"（{who}は{listed}です。）"
        return replace(answer, text="\n".join(t for t in (head, note, tail) if t))
    lines = [f"{pre}{who}は{len(picked)}{counter}です：{listed}。",
             *(f"・{g.label}: {g.count}件" for g in picked)]
    return replace(held, text="\n".join(lines), groups=picked, top=tuple(values),
                   count=len(picked), citations=())


# A value put in place of one the question said, in a sentence after it (…in the culture
# field? Actually, make that education. / …with Thailand? Sorry, I meant Vietnam.): the
# question again with that value in place of the one of its kind.
_REPLACED_BY = pattern(r"^(.{6,}?[.?!？。])\s*(?:(?:actually|sorry|oops|no\s+wait|wait)[,\s]+)*"
                       r"(?:make\s+(?:that|it)|i\s+meant|i\s+mean|rather|instead\s+of\s+that,?)"
                       r"\s+(?:the\s+)?([^.?!？。,]{2,40}?)(?:\s+instead)?\s*[.?!？。]?\s*$",
                       re.IGNORECASE)


def replaced_by(question: str) -> tuple[str, str] | None:
    """(the question, the value said to replace one of its values), if so said."""
    m = _REPLACED_BY.match(question)
    return (m.group(1), m.group(2)) if m else None


def replaced_question(plan_of: Callable[[str], Plan], asked: str, value: str) -> Plan | None:
    """The plan of `asked` with its one condition of `value`'s kind replaced by the one
    `value` reads as; None unless `value` reads as one condition and `asked` has one of
    that kind."""
    said = [f for f in plan_of(value).filters if not f.exclude]
    if len(said) != 1:
        return None
    plan = plan_of(asked)
    same = [f for f in plan.filters if f.kind == said[0].kind and not f.exclude]
    if len(same) != 1:
        return None
    new = replace(said[0], key=same[0].key)
    return replace(plan, filters=tuple(new if f is same[0] else f for f in plan.filters),
                   changes=tuple(c for c in plan.changes if c.canonical not in same[0].values))
