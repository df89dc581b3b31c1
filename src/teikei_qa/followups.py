"""Follow-up questions: a plan read after an earlier one narrows or replaces it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .asked import DETAIL, ITEM_WORDS, URL_ASKED
from .conditions import GROUP_KINDS, Filter, Plan, sides_of
from .dates import DateRange
from .grammar import COMPARE, LIST, pick_of
from .lazy_re import pattern
from .narrowing import topic_groups
from .together import across, sides_summed, years_added


def conversation(texts: Sequence[str], plan_of: Callable[[str], Plan]) -> Plan:
    """The plan of the last of `texts`, each read after the ones before it."""
    plans: list[Plan] = []
    pairs: dict[int, tuple[Plan, Plan]] = {}  # a turn read across two: those two
    for text in texts:
        if plans and (again := _START_OVER.match(text)) and text[again.end():].strip():
            plans.append(replace(plan_of(text[again.end():]), follow_up=False))
            continue  # じゃあ最初から。福岡市の協定は？: that question alone (最初 no oldest)
        p = plan_of(text)
        if plans and _WHOLE_LIST.search(text) and not (p.share and p.operation == "count"):
            plans.append(replace(p, follow_up=False))  # 全体で, 全体の件数は: no condition kept
            continue
        if len(plans) >= 2 and _FIRST_AGAIN.search(text):
            plans.append(merge(plans[0], replace(p, follow_up=True)))  # 最初の質問に戻って
            continue
        two = pairs.get(len(plans) - 1, (plans[-2], plans[-1])) if len(plans) >= 2 else None
        if two is not None and (both := across(*two, p)):
            pairs[len(plans)] = two  # 合わせると？ then 差は？: the same two, not the sum
            p = both  # 合わせると？ 差は？ after two questions: the two of them
        elif plans and (sides := sides_summed(plans[-1], p)):
            p = sides  # 合計は？ after 福岡市と北九州市はそれぞれ何件: either of them
        elif plans and (one := _nth(plans[-1], p) or _step(plans[-1], p)):
            p = one  # 2番目の内容は？ the second one? after a list; その前は？ after the newest
        elif plans and (detail := detail_of(plans[-1], p)):
            p = detail  # いつ締結されたの？ 概要は？ after a list: its agreements' details
        elif plans and (versus := _compared_with(plans[-1], p)):
            p = versus  # 長崎県と比べると？ after 福岡市は何件: the two side by side
        elif plans and (group := _into_group(plans[-1], p)):
            p = group  # 中国のものを挙げて after 長崎県の協定を国別に: that group's rows
        elif plans and p.follow_up:
            p = merge(plans[-1], p)
        plans.append(p)
    return plans[-1]


# A conversation started again before the next question: じゃあ最初から。 一からやり直し
# で、 let's start over: (the question after it is read alone).
_START_OVER = pattern(r"^\s*(?:じゃあ|じゃ|では|それでは|なら|もう一度)?[、,\s]*"
                      r"(?:最初から|初めから|はじめから|一から|いちから)(?:やり直(?:し|す|そう)"
                      r"(?:ます)?|聞き直(?:し|す|します)|)?(?:で|ね|です)?\s*[。、,.!！]\s*")
# The whole list asked after a narrower answer (国別の件数を全体で, 全体の件数は？, リスト全体で
# 一番新しいのは, new question: …): a question of its own, no condition of the last kept
# (全体の何割？ after a count is that count's share: plan.share).
_WHOLE_LIST = pattern(r"全体(?:で|として|を通して|の(?:件数|数|中で|うち|協定))|"
                      r"(?:リスト|一覧|データ)全体|全部の協定(?:で|の中で)|全協定(?:で|の中で)|"
                      r"^\s*(?:new|another|different) question\b|\bstart(?:ing)? over\b|"
                      r"\bin the whole list\b",
                      re.IGNORECASE)


# Back to the first question of the conversation (最初の質問に戻って, 最初のに戻って、…).
_FIRST_AGAIN = pattern(r"最初(?:の[^。？?、]{0,10}?)?に戻|\bback to the first\b", re.IGNORECASE)


def merge(previous: Plan, current: Plan) -> Plan:
    """A follow-up narrows the previous question: a filter of a kind the follow-up
    names replaces the previous one of that kind (有田町 after 佐賀県); others add; the
    rest (それ以外の自治体は？) turns the named kind of condition round."""
    rest = _the_rest(previous, current) or _beyond(previous, current) or \
        _without_kind(previous, current)
    if rest is not None:
        return rest
    current = _months_within(previous, _half_of(previous, current))
    if _rank(current.text):  # 2番目は？: the rank is no topic word
        current = replace(current, topic=tuple(t for t in current.topic if "番目" not in t))
    if _ADD.search(current.text):  # 長崎県も加えて: that value too, either of them
        current = _added(previous, current)
    # さらに韓国も除くと, そのうち韓国を除くと: one more left out, with the last answer's
    kinds = {(f.kind, f.exclude) for f in current.filters
             if not (f.exclude and _MORE.search(current.text))}
    said = {f.kind for f in current.filters if not f.exclude}
    if "partner" in said and not _MORE.search(current.text):
        kinds.add(("country", False))  # では北京は？ / And Shanghai? after 韓国 or 釜山: a
        # place (one the data lacks too: readings.places_as_conditions) in place of the last
        # partner and its country
    if "country" in said and not _MORE.search(current.text):
        kinds.add(("partner", False))  # じゃあインドネシアは？ after ヤンゴン, 東南アジア全体だと？
        # after スラバヤ: the country or region in place of the place (そのうち: within it)
    # 中国以外は？ after 中国との協定, 福建省を除くと after そのうち福建省: the value left
    # out now is no longer asked for.
    out = {(f.kind, v) for f in current.filters if f.exclude for v in f.values}
    # 逆に中国とのものは？ after 中国以外は？: the value left out is now asked for
    asked = {(f.kind, v) for f in current.filters if not f.exclude for v in f.values}
    kept = [f for f in previous.filters if (f.kind, f.exclude) not in kinds and not (
        all((f.kind, v) in (asked if f.exclude else out) for v in f.values))]
    if by := GROUP_KINDS.get(current.group_by or "") if current.operation == "aggregate" \
            else None:  # 2番目に多い国は？ after 中国との協定: all countries, not 中国 alone
        kept = [f for f in kept if f.kind != by or f.exclude or len(f.values) > 1]
    side = previous.compare[0].kind if previous.compare else None
    if new := [f for f in current.filters if f.kind == side and not f.exclude]:
        # では長崎県と比べると？ after 北九州市と福岡市、どちらが多い: one side more.
        sides = sides_of(new)
        return replace(previous, compare=previous.compare + sides, follow_up=True,
                       filters=previous.filters + tuple(f for f in current.filters
                                                        if f not in new),
                       changes=previous.changes + current.changes)
    if previous.operation == "compare" and not current.compare and \
            current.operation in ("list", "lookup", "topic", "count"):
        # そのうち長崎県は？ after a comparison: the same comparison, narrowed.
        return replace(current, operation="compare", filters=tuple(kept) + current.filters,
                       compare=previous.compare, topic=previous.topic + current.topic,
                       changes=previous.changes + current.changes, follow_up=True)
    if previous.operation == "extreme" and current.operation in ("list", "lookup", "topic"):
        # じゃあ韓国は？ after the oldest: the oldest of those; 次に古いのは？: the next
        n = previous.pick[1] if previous.pick else 1
        return replace(current, operation="extreme", order=previous.order,
                       limit=previous.limit, filters=tuple(kept) + current.filters,
                       pick=("rank", n + 1) if _NEXT.search(current.text) else
                       _rank(current.text) or previous.pick,
                       topic=previous.topic + current.topic,
                       changes=previous.changes + current.changes, follow_up=True)
    operation = current.operation
    if operation in ("list", "lookup", "topic") and previous.operation in ("count", "aggregate",
                                                                           "compare") and \
            not LIST.search(current.text):  # list them, 一覧で: a list of the same
        operation = previous.operation if previous.operation != "compare" else "count"
    elif operation == "count" and previous.operation == "aggregate" and _EACH.search(
            current.text):  # How many does each have? after which municipalities: the table
        operation = "aggregate"
    elif operation in ("lookup", "topic"):
        operation = "list"
    # じゃあ大学は？ after 美術館・博物館は？: other words instead; そのうち大学は: more
    switched = bool(current.topic) and bool(_SWITCH.match(current.text))
    topic = current.topic if switched else \
        previous.topic + tuple(t for t in current.topic if t not in previous.topic)
    joined = () if switched else previous.joined + tuple(
        g for g in topic_groups(previous.text, previous.topic, previous.joined) if len(g) > 1)
    return replace(
        current, operation=operation, filters=tuple(kept) + current.filters, topic=topic,
        joined=joined,
        group_by=current.group_by or (previous.group_by if operation == "aggregate" else None),
        pick=current.pick or (pick_of(current.text) or (  # 2番目は？ 上位3つだけ after a
            previous.pick if current.group_by in (None, previous.group_by) else None)  # table
                              if operation == "aggregate" else None),  # (not of a new one)
        changes=previous.changes + current.changes, follow_up=True)


_EACH = pattern(r"\beach\b|それぞれ|各々|おのおの|ごとに?の?(?:件数|数)", re.IGNORECASE)
_ADD = pattern(r"も\s*(?:加え|足[しす]|含め|入れ|合わせ|あわせ)|\b(?:add|include|plus)\b|"
               r"^[^。、？?]{1,12}も\s*[?？]?$",  # タイも: that one too
               re.IGNORECASE)
def _compared_with(previous: Plan, current: Plan) -> Plan | None:
    """長崎県と比べると？ after 福岡市の協定は何件: the two side by side; では北九州市と福岡市は？
    after a comparison: those two instead (a value more is a side more: merge)."""
    new = [f for f in current.filters if not f.exclude]
    values = [v for f in new for v in f.values]
    if not COMPARE.search(current.text) and not (previous.compare and len(values) >= 2):
        return None
    if len(new) != 1 or previous.compare and (new[0].kind != previous.compare[0].kind
                                              or len(values) < 2):
        return None
    old = [f for f in previous.filters if f.kind == new[0].kind and not f.exclude]
    if not previous.compare and (len(old) != 1 or len(old[0].values) != 1 or len(values) != 1
                                 or old[0].values == new[0].values):
        return None
    sides = sides_of(new) if previous.compare else sides_of(old) + sides_of(new)
    rest = tuple(f for f in previous.filters if f.kind != new[0].kind or f.exclude)
    return replace(previous, operation="compare", filters=rest, compare=sides,
                   text=current.text, follow_up=True,
                   changes=previous.changes + current.changes)


# A question that points back at a set (中国のものを挙げて, 2014年のは, not environment ones)
# and names no agreement of its own.
_POINTS_BACK = pattern(r"の(?:もの|分|ぶん|は|を|だけ)|だけ|のみ|\bones?\b|\bthose\b|"
                      r"\bonly\b|\bjust\b", re.IGNORECASE)  # (中国だけ, just China)
_AGREEMENT = pattern(r"協定|提携|覚書|agreement|memorand", re.IGNORECASE)


def narrows_by_words(current: Plan) -> bool:
    """A follow-up that narrows the last answer's agreements by words alone, no condition
    of its own (水漏れを減らすものだけ, そのうち浄水技術に関するものは？, only the ones about
    leaks): its words narrow those agreements, however few, rather than being dropped."""
    return not current.filters and bool(current.topic) and (
        _POINTS_BACK.search(current.text) is not None or _MORE.search(current.text) is not None)


def _into_group(previous: Plan, current: Plan) -> Plan | None:
    """A value of the last table's groups asked for alone (中国のものを挙げて after 長崎県の
    協定を国別に, 2014年のは？ after 年別): the last conditions and that value."""
    kind = GROUP_KINDS.get(previous.group_by or "")
    if previous.operation != "aggregate" or kind is None or current.operation == "aggregate" \
            or _AGREEMENT.search(current.text) or not _POINTS_BACK.search(current.text):
        return None
    if not current.filters or any(f.kind != kind for f in current.filters):
        return None
    kept = tuple(f for f in previous.filters if f.kind != kind)
    return replace(current, filters=kept + current.filters, topic=previous.topic + current.topic,
                   changes=previous.changes + current.changes, follow_up=True)


def _added(previous: Plan, current: Plan) -> Plan:
    """A value added to the last answer's (カンボジアも加えて after ベトナム): each filter of
    the follow-up joins the last one of its kind as one more value of it (either)."""
    filters = []
    for f in current.filters:
        if (years := years_added(previous, f)) is not None:  # 2004年も after 2003年の
            filters.append(years)
            continue
        old = next((g for g in previous.filters if g.kind == f.kind and not g.exclude
                    and not f.exclude and g.kind != "date"), None)
        filters.append(f if old is None else replace(
            old, values=old.values + tuple(v for v in f.values if v not in old.values),
            words=old.words + f.words, label=f"{old.label}・{f.label}"))
    return replace(current, filters=tuple(filters))


# A kind of condition taken off (年の条件を外すと, 国の指定をなくしたら, without the year
# condition): the last question without its conditions of that kind.
_KIND_OFF = pattern(r"(年|日付|期間|時期|国|相手国|相手|分野|自治体|県|市)\s*(?:の|という)?\s*"
                    r"(?:条件|指定|しばり|縛り|限定|絞り込み)\s*(?:を|は)?\s*(?:外|なく|無く|取|除|抜|解除)|"
                    r"\bwithout\s+the\s+(year|date|country|field|party|municipality)\s+"
                    r"(?:condition|filter|restriction)", re.IGNORECASE)
_OFF_KINDS = {"年": ("date",), "日付": ("date",), "期間": ("date",), "時期": ("date",),
              "year": ("date",), "date": ("date",), "国": ("country", "partner"),
              "相手国": ("country",), "相手": ("country", "partner", "kind"),
              "country": ("country", "partner"), "分野": ("field",), "field": ("field",),
              "自治体": ("party", "level"), "県": ("party", "level"), "市": ("party", "level"),
              "party": ("party", "level"), "municipality": ("party", "level")}


def _without_kind(previous: Plan, current: Plan) -> Plan | None:
    """The last question without its conditions of the kind taken off (年の条件を外すと
    何件？ after 2014年の福岡市の協定: 福岡市's 14), in the operation now asked."""
    m = _KIND_OFF.search(current.text)
    if m is None:
        return None
    kinds = _OFF_KINDS[(m.group(1) or m.group(2)).lower()]
    kept = tuple(f for f in previous.filters if f.kind not in kinds)
    if len(kept) == len(previous.filters):
        return None
    operation = current.operation if current.operation in ("count", "aggregate") \
        else previous.operation
    return replace(previous, filters=kept, operation=operation, text=current.text,
                   topic=previous.topic, follow_up=True,
                   changes=previous.changes + current.changes)


def _ranged(filters: Sequence[Filter], months: bool = True) -> Filter | None:
    """The first date condition kept that spans from a month to a month (2014年; not
    2010年以降, which is open), and, unless `months`, names no months of its own."""
    return next((f for f in filters if f.kind == "date" and not f.exclude and f.dates
                 and f.dates.start and f.dates.end and (months or not f.dates.months)), None)


def _any_year(filters: Sequence[Filter]) -> Filter | None:
    """The first date condition kept that is months of any year (8月に, 5月から7月)."""
    return next((f for f in filters if f.kind == "date" and not f.exclude and f.dates
                 and f.dates.months and not (f.dates.start or f.dates.end)), None)


def _months_within(previous: Plan, current: Plan) -> Plan:
    """Months of any year said after a range of years (そのうち8月のもの after 2014年の;
    では5月は？ after 2014年の8月): those months of that range."""
    old, new = _ranged(previous.filters), _any_year(current.filters)
    if old is None and new is None:  # 2014年のだけ after 8月に締結された: that year's 8月
        months, year = _any_year(previous.filters), _ranged(current.filters, months=False)
        if months is not None and year is not None and months.dates and year.dates:
            label = f"{year.label}の{months.label.replace('（年を問わず）', '')}"
            both = replace(year, dates=replace(year.dates, months=months.dates.months,
                                               label=label),
                           label=label, words=year.words + months.words)
            return replace(current, filters=tuple(both if f is year else f
                                                  for f in current.filters))
    if old is None or new is None or old.dates is None or new.dates is None:
        return current
    # the range's own label, without the months said of it before (2014年の8月: 2014年)
    range_label = old.label.rsplit("の", 1)[0] if old.dates.months else old.label
    label = f"{range_label}の{new.label.replace('（年を問わず）', '')}"
    dates = replace(old.dates, months=new.dates.months, label=label)
    both = replace(new, dates=dates, label=label, words=old.words + new.words)
    return replace(current, filters=tuple(both if f is new else f for f in current.filters))


_HALF = pattern(r"^\s*(?:では|じゃあ|それでは|なら)?\s*(前半|上半期|後半|下半期)|"
                r"\b(?:the\s+)?(first|second)\s+half\b", re.IGNORECASE)


def _half_of(previous: Plan, current: Plan) -> Plan:
    """後半は？ after 2014年の前半 (or 2014年の): that half of the same year."""
    m = _HALF.search(current.text)
    old = next((f for f in previous.filters if f.kind == "date" and not f.exclude
                and f.dates and f.dates.start and f.dates.end
                and f.dates.start[0] == f.dates.end[0] and not f.dates.months), None)
    if m is None or old is None or old.dates is None or old.dates.start is None or any(
            f.kind == "date" for f in current.filters):
        return current
    y, early = old.dates.start[0], (m.group(1) or m.group(2)).lower() in (
        "前半", "上半期", "first")
    label = f"{y}年の{'前半' if early else '後半'}"
    half = Filter("date", "date", (label,), words=(m.group(0).strip(),), label=label,
                  dates=DateRange((y, 1 if early else 7), (y, 6 if early else 12), label))
    return replace(current, filters=current.filters + (half,),
                   topic=tuple(t for t in current.topic if t not in m.group(0)))


def _rank(text: str) -> tuple[str, int] | None:
    """The N-th asked alone (2番目は？ third?): a pick of the last table or extremes."""
    pick = pick_of(text)
    return pick if pick and pick[0] == "rank" else None


_NEXT = pattern(r"次に|その次|next", re.IGNORECASE)
_SWITCH = pattern(r"^\s*(?:じゃあ|じゃ|では|それでは|それなら|なら|what about|how about)|"
                  # and which are with museums? (not: and which of those …): in its place
                  r"^\s*and\s+(?:which|what|the)\b(?!.*\b(?:of|among)\s+(?:those|these|them)\b)|"
                  # 博物館は？ after 長崎県の美術館との協定: a word alone, said in its place
                  r"^\s*(?!その|この|うち|それ)[^\s、。？?]{1,12}?(?:は|なら|だと|の場合は?)\s*[?？]?\s*$",
                  re.IGNORECASE)
_MORE = pattern(r"さらに|更に|そのうち|その中|このうち|も(?:除|以外)|also|as well|too\b|"
                r"\beither\b",
                re.IGNORECASE)

# The rest of what the last answer named (それ以外の自治体は？ 残りは？ the others?).
_OTHERS = pattern(r"(?:(?:それ|そこ|これ|その)(?:以外|ほか|他)|^\s*残り)の?\s*"
                  r"(自治体|国|相手|分野)?|\b(?:the )?other (municipalities|countries|partners|"
                  r"fields)\b|\bthe (?:rest|others)\b",
                  re.IGNORECASE)
_OTHER_KINDS = {"自治体": ("party",), "municipalities": ("party",), "国": ("country",),
                "countries": ("country",), "相手": ("partner", "country", "kind"),
                "partners": ("partner", "country", "kind"), "分野": ("field",),
                "fields": ("field",)}


def rest_of_words(previous: Plan, text: str) -> bool:
    """Whether `text` asks for the rest (それ以外は？) after an answer of words alone (大気
    汚染の協定: no condition to turn round): the agreements it did not give."""
    return previous.operation == "topic" and not previous.filters and \
        bool(_OTHERS.search(text))


def _the_rest(previous: Plan, current: Plan) -> Plan | None:
    """The previous question with the named kind of condition turned round, when the
    follow-up asks for the rest (None otherwise)."""
    m = _OTHERS.search(current.text)
    noun = m and (m.group(1) or m.group(2))
    if m is not None and not noun and rest_of_words(previous, current.text):
        # それ以外の環境の協定は？ after 大気汚染の協定 (words alone): its own conditions,
        # the last answer's agreements left out (the engine: beside_shown)
        return replace(current, follow_up=True, operation="list" if current.operation in (
            "topic", "lookup") else current.operation, changes=previous.changes + current.changes)
    if m is None or current.filters and noun:
        return None
    kept = [f for f in previous.filters if not f.exclude]
    if noun:
        turned = [f for f in kept if f.kind in _OTHER_KINDS.get(noun.casefold(), ())]
    else:  # それ以外は？ the condition said last turned round (福岡市の中国との: 中国)
        turned = [last] if (last := _said_last(previous)) else []
    # それ以外の東南アジアは？ after タイ: the rest of the wider place named (not of the list)
    if not turned or any(f.kind == turned[0].kind and not (
            not f.exclude and set(turned[0].values) < set(f.values))
            for f in current.filters):
        return None
    flipped = tuple(_turned(f) if f in turned else f for f in previous.filters) + tuple(
        f for f in current.filters if f not in previous.filters)  # 残りの長崎県の: said again
    operation = current.operation if current.operation in ("count", "aggregate") \
        else previous.operation
    if operation == "aggregate" and current.distinct and "件" in current.text:
        operation = "count"  # それ以外の国は何件: agreements, not how many countries
    return replace(previous, operation=operation, filters=flipped, follow_up=True,
                   group_by=current.group_by or previous.group_by,
                   changes=previous.changes + current.changes)


# それ以前は？ それより後は？ after a question of dates: the dates on that side of them.
_BEYOND = pattern(r"^\s*(?:じゃあ|では|なら|で|逆に|反対に)?[、,\s]*(?:それ|その|これ)\s*"
                  r"(?:より|よりも)?\s*"
                  r"(以前|前|まで|以降|以後|後|あと|から)")


def _beyond(previous: Plan, current: Plan) -> Plan | None:
    m = _BEYOND.search(current.text)
    dated = [f for f in previous.filters if f.dates is not None and not f.exclude]
    if m is None or len(dated) != 1 or any(f.kind == "date" for f in current.filters):
        return None
    f = dated[0]
    assert f.dates is not None
    side = f.dates.beyond(later=m.group(1) in ("以降", "以後", "後", "あと", "から"))
    if side is None:
        return None
    turned = replace(f, values=(side.label,), words=(side.label,), label=side.label, dates=side)
    return replace(previous, filters=tuple(turned if g is f else g for g in previous.filters)
                   + current.filters, follow_up=True, changes=previous.changes + current.changes)


def _turned(f: Filter) -> Filter:
    """A condition turned round: an open range of dates becomes the other side of it
    (2000年より前 → 2000年以降); any other is left out (or asked for, if it was)."""
    if f.dates is not None and not f.exclude and (other := f.dates.other_side()):
        return replace(f, values=(other.label,), words=(other.label,), label=other.label,
                       dates=other)
    return replace(f, key=f.key.removeprefix("-") if f.exclude else "-" + f.key,
                   exclude=not f.exclude)


def _said_last(plan: Plan) -> Filter | None:
    """The condition whose words come last in the question (the one a follow-up added),
    else the only one; None when that cannot be told."""
    if len(plan.filters) <= 1:  # (none: the last answer was of words alone)
        return plan.filters[0] if plan.filters else None
    at = [(max((plan.text.rfind(w) for w in f.words), default=-1), n, f)
          for n, f in enumerate(plan.filters)]
    pos, _, f = max(at, key=lambda t: (t[0], t[1]))
    return f if pos >= 0 else None


def _nth(previous: Plan, current: Plan) -> Plan | None:
    """The N-th agreement of the last list asked alone (2番目は？ the second one?): the
    last plan with that pick (the answer shows that one, with its details)."""
    nth = _rank(current.text)  # (after the oldest three: the second oldest)
    if nth is None or previous.operation not in ("list", "lookup", "extreme") or \
            current.filters or current.operation == "extreme" and \
            previous.operation != "extreme" or \
            _HALF.search(current.text) or \
            current.compare or current.operation == "aggregate":
        return None
    if previous.operation == "extreme":  # the second of the oldest three: the second oldest
        return replace(previous, pick=nth, limit=None, follow_up=True)
    return replace(previous, pick=nth, follow_up=True)  # in the order the list gave


# One step along the dates from the last one shown (after 一番新しい協定は？): その前は？
# ひとつ前のは, 次は？ その次, the one before, the next one; その後は？ after that.
_STEP = pattern(r"^\s*(?:じゃあ|では|で)?[、,\s]*(?:(その|ひとつ|一つ|1つ)\s*(前|次|後|あと)|"
                r"(次|前))(?:の(?:もの|協定|は|やつ))?\s*(?:は|の(?:は|協定))?\s*[?？。]?\s*$|"
                r"^\s*(?:and\s+)?(?:the\s+)?(?:(next)(?:\s+one)?|(?:one|the one)\s+(before)"
                r"(?:\s+(?:it|that))?|(after) that)\s*[?？.]?\s*$|"
                # もっと古いのは？ after the newest: the one signed before it
                r"^\s*(?:じゃあ|では|で)?[、,\s]*(?:もっと|さらに|それより|その一つ)\s*(古|新し)い?"
                r"(?:の|もの|協定)?\s*(?:は)?\s*[?？。]?\s*$", re.IGNORECASE)
# Each step's way along the list of an oldest or newest: 次 the next in its order; 前 the
# one signed before (after the newest: the second newest), 後 the one signed after.
_STEPS = {"次": {"newest": 1, "oldest": 1}, "next": {"newest": 1, "oldest": 1},
          "前": {"newest": 1, "oldest": -1}, "before": {"newest": 1, "oldest": -1},
          "後": {"newest": -1, "oldest": 1}, "あと": {"newest": -1, "oldest": 1},
          "after": {"newest": -1, "oldest": 1}, "古": {"newest": 1, "oldest": -1},
          "新し": {"newest": -1, "oldest": 1}}


def _step(previous: Plan, current: Plan) -> Plan | None:
    """The agreement one step from the last one shown of an oldest or newest (その前は？
    after the newest: the second newest; 次は？ the next in the same order)."""
    m = _STEP.match(current.text)
    if m is None or previous.operation != "extreme" or previous.order not in ("newest",
                                                                               "oldest") or \
            current.filters or current.compare:
        return None
    said = next(g for g in m.groups()[1:] if g).casefold()
    rank = previous.pick[1] if previous.pick and previous.pick[0] == "rank" else 1
    to = rank + _STEPS[said][previous.order]
    return replace(previous, pick=("rank", to), limit=None, follow_up=True) if to >= 1 \
        else None


def detail_of(previous: Plan, current: Plan) -> Plan | None:
    """A question that asks only a detail of the last answer's agreements (いつ締結された
    の？ 分野は？ 相手はどこ？ URLは？): the last plan as a lookup, its details shown."""
    words = [w for w in current.topic if w not in ITEM_WORDS and not URL_ASKED.fullmatch(w)]
    if previous.operation == "compare" and not current.filters and not current.compare and \
            not words and COMPARE.search(current.text):  # 差は何件？ 何倍？ after a comparison
        return replace(previous, follow_up=True)
    one = previous.operation == "extreme" or (  # その相手国は？ after the oldest: its own
        previous.pick is not None and previous.pick[0] == "rank")  # 3番目は？ / いつ？
    its = one and current.operation == "aggregate" and _ITS.match(current.text)
    if current.filters or current.compare or words or current.operation in (
            "aggregate", "compare", "extreme", "count") and not its or not (
            DETAIL.search(current.text) or URL_ASKED.search(current.text) or its):
        return None
    return replace(previous, operation=previous.operation if one else "lookup",
                   text=f"{previous.text}\n{current.text}", follow_up=True)


_ITS = pattern(r"^\s*(?:その|それの|この|\bits\b|\bthat one'?s?\b)", re.IGNORECASE)
