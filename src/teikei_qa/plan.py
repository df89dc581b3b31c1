"""Question → `Plan`: what to select, what to leave out, and what to do with the rows.
Pure: the vocabulary and the tokenizer's words are passed in. Filters are what the
table answers exactly (party, prefecture or region, country or world region, partner
or its kind (kinds.py), field, signing date, an agreement's own name, an organisation
named in titles); each may be an exclusion (〜以外, 〜を除く, except). Words that are
none of these are topic words: the executor narrows by them, or ranks by them
(follow-ups: followups.py; GeoNames and the thesaurus: readings.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .asked import asked_value, ranked_by
from .asked_dates import question_dates, question_decades, question_months
from .conditions import (
    GROUP_KINDS,
    Filter,
    Plan,
    compare_sides,
    complement_sides,
    cross_sides,
    dates_sides,
    either_places,
    joined_spans,
    period_sides,
)
from .dates import DATED, DAY_KNOWN, MONTH_KNOWN, MONTH_ONLY, NO_DATE, YEAR_ONLY, DateRange
from .either_dates import either_ranges, either_year, question_years
from .gazetteer import (
    COUNTRY_ALIASES,
    FIELD_SYNONYMS,
    ONE_KANJI,
    PREFECTURES,
    REGION_ALIASES,
    WORLD_REGIONS,
    prefecture_of,
)
from .grammar import (
    AGGREGATE_TOP,
    COMPARE,
    COUNT,
    DATE_PRECISION,
    DATED_ASKED,
    EVERY_WORD,
    FIELD_AGREEMENT,
    FIELD_BEFORE,
    FIELD_MARK,
    FOLLOW_UP,
    LIST,
    MANY_OF,
    NEWEST,
    NONE_HAD,
    NOT_HAD,
    NOT_HAD_BEFORE,
    OLDEST,
    RELATED_BEFORE,
    RELATED_MARK,
    SHARE,
    TIMES,
    UNDATED,
    limit_of,
    list_limit,
    pick_of,
    word_end,
)
from .groupings import (
    AVERAGE,
    NO_YEAR,
    SHARED,
    SHARED_GROUPS,
    count_of,
    distinct_of,
    every_year_spans,
    group_by_of,
)
from .history import asked_history
from .kinds import (
    CITY,
    DOCUMENT_AS,
    RARE_DOCUMENTS,
    asked_documents,
    asked_kinds,
    asked_levels,
    asked_url,
    level_sides,
)
from .lazy_re import pattern
from .leftovers import excluded_words, leftovers
from .operations import operation_of
from .restate import restate
from .rewrite import Change
from .spoken_dates import as_of_dates, spoken_dates
from .text import blanked, nfkc, title_key
from .things import names_a_thing
from .tokenize import Word, fuzzy_key
from .values import each_value, grouped, is_left_out, negatable, said_left_out
from .vocab import (
    COUNTRY_INDEX,
    TermIndex,
    Vocabulary,
    free,
    match_terms,
    not_language,
)

REGION_INDEX = TermIndex.of([*WORLD_REGIONS, *REGION_ALIASES])


# More than one of something in one agreement, as a condition: how the answer names it.
_MANY_LABELS = {"party": "複数の自治体が共同で結んだ", "field": "分野が複数ある",
                "partner": "相手が複数ある"}
# How far a date is given, as a condition: its value and how the answer names it.
_PRECISION = {"month": (MONTH_KNOWN, "締結月まで記載がある"),
              "day": (DAY_KNOWN, "締結日まで記載がある"),
              "year": (YEAR_ONLY, "締結年だけが記載された"),
              "month_only": (MONTH_ONLY, "締結月までしか記載がない")}

def parse(question: str, vocab: Vocabulary, words: Callable[[str], Sequence[Word]],
          changes: tuple[Change, ...] = ()) -> Plan:
    """Read one question (already rewritten to the list's names) into a plan."""
    said = nfkc(question).strip()
    text = restate(said)
    spans: list[tuple[int, int]] = []
    filters: list[Filter] = []
    follow = FOLLOW_UP.search(text)
    if follow and follow.group(1):
        spans.append(follow.span(1))
    elif follow and follow.span() != (0, len(text)):  # not an elliptical question
        spans.append(follow.span())
    elif said != text:  # not environment ones: a follow-up as said, before restating
        follow = FOLLOW_UP.match(said)

    # an agreement named, or left out (環境姉妹都市以外の)
    filters.extend(_kept_or_left("title", text, match_terms(text, vocab.title_index, spans)))
    filters.extend(_unknown_titles(text, vocab, spans, filters))  # 「…バンコク都との覚書」

    # 平成28年9月現在, 2010年時点で: the moment asked about, not a signing date.
    asked_as_of, as_of_spans = as_of_dates(text, vocab.as_of)
    dated = blanked(text, as_of_spans)
    dates, date_spans = either_ranges(dated) or question_dates(dated)
    if dates is not None and (dates.start is None) != (dates.end is None) and not dates.months:
        # 平成になってから2000年より前: two open ends said apart, one range
        bound, bound_spans = question_dates(blanked(dated, date_spans))
        if bound is not None and not bound.months and (
                bound.start is None) != (bound.end is None) and (bound.start is None) != (
                dates.start is None):
            first, second = sorted(((dates, date_spans), (bound, bound_spans)),
                                   key=lambda d: min(a for a, _ in d[1]))
            dates = DateRange(dates.start or bound.start, dates.end or bound.end,
                              f"{first[0].label}で{second[0].label}")
            date_spans = [*date_spans, *bound_spans]
    if dates is None:
        dates, date_spans = spoken_dates(dated, vocab.as_of)
    # (…合わせて何件？それぞれの内訳も: the total, each value's own count beside it —
    # engine._with_breakdown —, not which has more)
    compare_asked = bool(COMPARE.search(text)) and not (
        _TOTAL_ASKED.search(text) and not _WHICH_MORE.search(text))
    if dates is None and asked_as_of is not None:
        dates, date_spans = asked_as_of, as_of_spans
    elif dates is not None and not compare_asked:
        dates, date_spans = either_year(dated, dates, date_spans)
    ranged = dates is not None and dates.years()[0] != dates.years()[1]  # 2010〜2013年: no sides
    years = question_years(dated) if compare_asked and not ranged else []
    decades = question_decades(dated) if compare_asked else []
    decades += [(-m, sp) for m, sp in question_months(dated)] if compare_asked else []
    for sides in (years, decades):  # 平成25年と平成26年, 2000年代と2010年代: both are sides
        if len({y for y, _ in sides}) >= 2:
            spans.extend(sp for _, sp in sides)
    if dates and all(free(spans, *sp) for sp in date_spans):
        spans.extend(date_spans)
        a, b = min(a for a, _ in date_spans), max(b for _, b in date_spans)
        # 2010年以降、中国以外: a date is left out by what follows it, not by a joined list
        left_out = said_left_out(text, a, b)
        if left_out and (turned := dates.other_side()):  # 2015年より前じゃない: 2015年以降
            dates, left_out = turned, False  # (the undated are not known to be either)
        filters.append(Filter("-date" if left_out else "date", "date", (dates.label,),
                              exclude=left_out, words=(dates.label,), label=dates.label,
                              dates=dates))  # 2014年以外, not signed in 2014
        if not left_out:  # 2014年を除く2010年代: a second date, left out of the first
            filters.extend(_date_left_out(dated, date_spans, spans))
    spans.extend(sp for sp in as_of_spans if free(spans, *sp))
    if (precise := DATE_PRECISION.search(text)) and not dates and \
            free(spans, precise.start(), precise.start() + 1):  # (its だけ may be taken)
        spans.append(precise.span())  # 締結月が分かる, 日付まで, 年しか分からない: how far
        value, label = _PRECISION[precise.lastgroup or "year"]
        filters.append(Filter("date", "date", (value,), words=(precise.group(0),), label=label))
    elif (undated := UNDATED.search(text)) and not dates and free(spans, *undated.span()):
        spans.append(undated.span())  # 締結日の記載がない: the rows the list gives no date
        if said_left_out(text, *undated.span()):  # 日付不明のものを除く: those it gives one
            filters.append(Filter("date", "date", (DATED,), words=(undated.group(0),),
                                  label="締結日の記載がある"))
        else:
            filters.append(Filter("date", "date", (NO_DATE,), words=(undated.group(0),),
                                  label="締結日の記載がない"))
    elif (known := DATED_ASKED.search(text)) and not dates and free(spans, *known.span()):
        spans.append(known.span())  # 締結日がわかっている: the rows the list gives a date
        filters.append(Filter("date", "date", (DATED,), words=(known.group(0),),
                              label="締結日の記載がある"))
    filters.extend(asked_url(text, spans))  # URLが載っている協定, agreements with a website
    filters.extend(asked_history(text, spans))  # 相手側からの提案で始まった, 名前が変わった
    # World regions before countries (東南アジア is not 東 + アジア); countries before
    # partner stems (their names are longer and more specific).
    for term, a, b in match_terms(text, REGION_INDEX, spans):
        region = REGION_ALIASES.get(term.casefold(), REGION_ALIASES.get(term, term))
        filters.append(negatable(text, a, b, Filter(
            f"region:{region}", "country", WORLD_REGIONS[region], words=(term,), label=region)))
    countries: list[tuple[str, int, int, str]] = []
    for m in _KANJI_CHAIN.finditer(text):  # 日中韓: every country of the chain
        if free(spans, *m.span()):
            spans.append(m.span())
            chain = (m.group(1) or m.group(2)).replace("・", "")
            if len(set(chain)) == len(chain):  # (each country once: not 西西)
                countries.extend((ONE_KANJI[k], m.start(), m.end(), m.group(0)) for k in chain)
    for term, a, b in match_terms(text, COUNTRY_INDEX, spans, not_language(text)):
        countries.append((COUNTRY_ALIASES[term.casefold()], a, b, term))
    grouped(text, countries, "country", filters)
    if not compare_asked:  # ヨーロッパかアメリカ: a partner is in one place, so either
        filters[:] = either_places(filters)

    places: list[tuple[str, int, int, str]] = []
    # 津市 is no party inside 天津市, a partner: a longer partner name around it wins.
    around = [(a, b) for _, a, b in match_terms(text, vocab.partner_index, list(spans))]
    for term, a, b in match_terms(text, vocab.place_index, spans, lambda t, a, b: not (
            names_a_thing(text, t, b, vocab) or _tail_of_a_name(text, t, a)
            or any(pa <= a and b <= pb and pb - pa > b - a for pa, pb in around))):
        for value in vocab.place_values(term):
            places.append((value, a, b, term))
    places = vocab.among_prefectures(text, vocab.without_qualifiers(text, _prefix_prefectures(
        text, places)))
    places = _domestic_partner(text, places, filters)  # 福岡市に熊本県との協定は: none
    grouped(text, places, "party", filters)
    changes += tuple(Change(term, value, "choice", other) for value, _, _, term in places
                     if (other := vocab.other_reading(term, value)))  # 福岡 → 福岡市, not 福岡県
    if any(_PARTY_ALONE.match(text[b:]) for _, _, b, _ in places):  # 熊本県が単独で
        filters[:] = [replace(f, only=True, label=f"{f.label}（単独）") if f.kind == "party"
                      and not f.exclude else f for f in filters]
    held = _shared_values(text, filters)  # 北九州市と福岡市の両方が協定を結んでいる国
    if not held and (_JOINTLY.search(text) or _BOTH.search(text) and len(match_terms(
            text, vocab.field_index, list(spans))) < 2):  # 熊本県と熊本市が共同で, の両方が
        filters[:] = [g for f in filters for g in (
            each_value(f) if f.key == "party" and len(f.values) > 1 else [f])]
        spans.extend(m.span() for m in _JOINTLY.finditer(text))  # (the answer says 共同で)
    group_by, group_span = group_by_of(text)  # before levels: どの県, 県別 is no level
    if held:  # the groups the named values share: a table of the noun after 両方
        group_by, group_span = held[0], held[1]
    if group_span:
        spans.append(group_span)
    if group_by == "year":  # 毎年どれくらい…、年ごとの件数: the grouping said twice
        spans.extend(every_year_spans(text))
    many = MANY_OF.search(text)  # 分野が複数ある, 県と市が一緒に (no level of its own)
    spans.extend([many.span()] if many else [])
    grouped(text, asked_levels(text, spans), "level", filters)  # 県が結んだ, 市町村の

    # 釜山市 and 釜山広域市 are one city: a partner named with its suffix matches by stem.
    partners = [(vocab.partner_stem(t), a, b, t)
                for t, a, b in match_terms(text, vocab.partner_index, spans)]
    grouped(text, partners, "partner", filters)
    grouped(text, asked_kinds(text, spans), "kind", filters)  # 政府機関, 中国の省

    is_count, is_list = bool(COUNT.search(text)) and not TIMES.search(text), bool(LIST.search(text))
    structured = bool(filters)
    fields: list[tuple[str, int, int, str]] = []
    joined = joined_spans(text, match_terms(text, vocab.field_index, list(spans)))  # 文化か教育
    for term, a, b in match_terms(
            text, vocab.field_index, list(spans),
            lambda t, a, b: bool(FIELD_MARK.match(text[b:]) or FIELD_BEFORE.search(text[:a])
                                 or FIELD_AGREEMENT.match(text[b:]) and (not _RUN_ON_LEFT.search(
                                     text[:a]) or any(end == a for _, end in spans)))
            # (not ロボット産業の協定: a compound's tail; but 北九州市水道協定: after a name)
            or is_left_out(text, a, b) or (a, b) in joined
            or bool(_ALSO_HELD.match(text[b:]) or _ALSO_AFTER.match(text[b:])) or (
                (structured or is_count or is_list or compare_asked or bool(follow)) and
                word_end(text, a, b))):  # じゃあ環境は？ after 北九州市の協定: the field
        if term in FIELD_SYNONYMS and _DESCRIBED.search(text[:a]):
            continue  # 魚をとったり育てたりする産業: the industry described, not 経済
        spans.append((a, b))
        if mark := FIELD_MARK.match(text[b:]):  # の整備に関する分野: not topic words
            spans.append((b, b + mark.end()))
        fields.append((FIELD_SYNONYMS.get(term, term), a, b, term))
    grouped(text, fields, "field", filters,
             soft=lambda a, b: not FIELD_MARK.match(text[b:]) and not FIELD_BEFORE.search(
                 text[:a]) and not is_left_out(text, a, b))
    # 観光がらみ, agreements about tourism, 観光の協定: the field, or the word in the name
    # (共同観光誘致事業, field 経済); 観光分野の協定, 環境協定 are the field alone
    if fields and all(RELATED_MARK.match(text[b:]) or RELATED_BEFORE.search(text[:a])
                      or text[b:].startswith("の") and FIELD_AGREEMENT.match(text[b:])
                      for _, a, b, _ in fields):
        filters[:] = [replace(f, related=True) if f.kind == "field" and not f.exclude else f
                      for f in filters]
    # 観光以外: a field left out said without 分野, by its name too (共同観光誘致事業, 経済)
    filters[:] = [replace(f, related=True) if f.kind == "field" and f.exclude and all(
        (at := text.find(w)) >= 0 and not FIELD_MARK.match(text[at + len(w):])
        for w in f.words) else f for f in filters]
    _held_too(text, fields, filters, spans)  # 観光の協定で教育も含むもの: both to hold
    if both := _BOTH.search(text):
        spans.append(both.span())  # 両方の分野: no field of its own
    if both or any(_alone(text, a, b) for _, a, b, _ in fields):
        filters[:] = [replace(g, only=any(  # 経済と教育の両方: each; 経済だけ: alone
            _alone(text, a, b) for v, a, b, _ in fields if (v,) == g.values))
            if g.kind == "field" else g for f in filters
            for g in (each_value(f) if f.kind == "field" and not f.exclude else [f])]
    if many:
        kind = "party" if many.group(1) or many.group(2) else \
            "partner" if many.group(3) else "field"
        filters.append(Filter(f"many:{kind}", "many", (kind,), words=(many.group(0),),
                              label=_MANY_LABELS[kind]))
        if kind == "partner" and re.search(r"都市|自治体|cit(?:y|ies)", many.group(0), re.I) \
                and not any(f.kind == "kind" for f in filters):  # 複数の都市と: cities
            filters.append(Filter("kind", "kind", (CITY,), words=("都市",), label=CITY))

    doc_as = DOCUMENT_AS.search(text)
    if filters or is_count or is_list or compare_asked or follow or doc_as or \
            _EXISTS.search(text):  # 覚書はありますか; 覚書で経済分野のもの
        if doc_as and (doc_as.group(1) or doc_as.group(2)):  # 名称に協定書とつく, 協定書という
            spans.append(doc_as.span(1 if doc_as.group(1) else 2))  # 名称: the condition's own
        grouped(text, asked_documents(text, spans), "doc", filters)
    if share := SHARE.search(text):
        spans.extend((m.start(), every.end() if (every := EVERY_WORD.match(text, m.start()))
                      else m.end()) for m in SHARE.finditer(text))  # 占める割合: both words
        # (はみんな博物館とのもの？: what all are said to be is read as a condition)
        is_count = True  # 中国との協定の割合: the count, and its share
    counted, counted_span = (held[2], None) if held else count_of(text, group_by)  # 相手国の数
    spans.extend([counted_span] if counted_span else [])
    distinct_m = None if counted else distinct_of(text)
    distinct = bool(distinct_m)
    if distinct_m:
        group_by = distinct_m[0]
        spans.append(distinct_m[1])
    # 最近 inside 最近5年 is a date counted back, not the newest agreement.
    ends = [(end, m) for end, m in (("oldest", OLDEST.search(text)),
                                     ("newest", NEWEST.search(text)))
            if m and free(date_spans, *m.span()) and not _said_by_bound(end, m, dates, text)]
    order = None if not ends else "both" if len(ends) == 2 else ends[0][0]
    spans.extend(m.span() for _, m in ends)  # 最新, 一番古い: not topic words (both: それぞれ)
    names, topic = leftovers(text, spans, vocab, words)
    # A word marked as a field (宇宙分野, 焼き物の分野) is a field condition even when the
    # data has none: it matches nothing, and the answer says so (not everything else).
    marked = [w for w in topic if (at := text.find(w)) >= 0
              and not is_left_out(text, at, at + len(w))
              and (_FIELD_AFTER.match(text[at + len(w):]) or w.endswith("分野") and len(w) > 3)
              and not _ADJECTIVE.search(w)]
    if marked:
        topic = [w for w in topic if w not in marked]
        values = tuple(w.removesuffix("分野") for w in marked)
        filters.append(Filter("field:" + "|".join(values), "field", values, words=values,
                              label="・".join(values), soft=True))  # else read as text
    said_dates = [*date_spans, *(sp for sides in (years, decades) for _, sp in sides)]
    topic = [w for w in topic if not _describes_a_date(text, w, said_dates)]
    out = [w for f in filters if f.exclude for w in f.words]
    for w in excluded_words(text, topic, out, lambda a, b: is_left_out(text, a, b)):
        topic.remove(w)  # 大学以外, 漁業を除く: the rows whose text holds it are left out
        if w in _SISTER_TIES:  # (姉妹都市以外: what the list is; 環境姉妹都市 is no such tie)
            continue
        filters.append(Filter(f"-text:{w}", "text", (w,), exclude=True, words=(w,), label=w))
    # 大学や博物館も入れて数えて: said to be counted in, no narrowing to them (but 美術館も
    # 含めて博物館の協定: either, beside the word they are counted in with)
    if topic and (all(any(_COUNTED_IN.match(text, m.end()) for m in re.finditer(
            re.escape(w), text)) for w in topic) or _ALL_OF_THEM.search(text) and all(
            re.search(re.escape(w) + r"\s*も", text) for w in topic)):
        topic.clear()  # (市も 大学も 博物館も…全部です: each of them, all)
    names = _names_as_partners(names, vocab, filters)
    if not filters and not topic and not names and (docs := asked_documents(text, spans)):
        grouped(text, docs, "doc", filters)  # 覚書は？, 合意書を教えて: every one so called
        is_list = is_list or not is_count
    # an organisation named, or left out (教育委員会が結んだ分は除いて)
    filters.extend(_kept_or_left("name", text, [(w, at, at + len(w)) for w in names
                                                for at in [text.find(w)]]))

    if not compare_asked:  # 中国相手が多い印象ですが、逆に中国以外の: the value left out
        left = {(f.kind, v) for f in filters if f.exclude for v in f.values}
        filters = [f for f in filters if f.exclude or not f.values or
                   not all((f.kind, v) in left for v in f.values)]
    if compare_asked:  # 福岡県内で、福岡市と北九州市では: the prefecture is where, no side
        filters = [_scope_of_sides(f, vocab) for f in filters]
    if compare_asked and group_by == "municipality" and group_span and _WHO.search(
            text, *group_span) and not any(f.kind == "party" for f in filters) and any(
            f.kind in ("country", "field", "partner") and not f.exclude and len(f.words) >= 2
            for f in filters):  # アメリカ、タイ、台湾の中で一番多いのはどこ: one of them
        group_by = None
    compare = (complement_sides(text, filters) or period_sides(text) or
               compare_sides(filters, years, decades, group_by) or
               (level_sides(filters) if not group_by else ()) or dates_sides(text) or
               cross_sides(text, filters)) if compare_asked else ()
    if compare:
        topic = [w for w in topic if not any(  # 平成と昭和; 平成20年以前と平成21年以降
            w == x or f.dates is not None and w in x for f in compare for x in f.words)]
        kinds = {f.key for f in compare}
        sided = {(f.kind, f.values) for f in compare} | {  # (each period a side: no date)
            (f.kind, f.values) for f in filters if f.kind == "date" and compare[0].kind == "date"}
        filters = [f for f in filters if f.key not in kinds and (f.kind, f.values) not in sided
                   and not (f.kind == compare[0].kind == "level" and not f.exclude)]
    operation = operation_of(text, filters, compare, group_by, order, is_count, is_list,
                             topic)
    if operation == "extreme" and order in ("oldest", "newest") and group_by is None and \
            (each := _each_said(text, filters)) is not None:  # 北九州市、福岡市、長崎県の
        operation, group_by = "aggregate", each  # それぞれで、いちばん最近結んだ協定
    if operation == "aggregate" and group_by is not None:  # 中国が半分近くを占めると聞いた。
        filters = [f for f in filters if not _claimed_group(text, f, group_by)]  # 国ごとに
    if operation == "aggregate" and group_by == "year" and NO_YEAR.search(text):
        # 長崎県が協定を結んでいない年: the years it has none, its own agreements counted
        filters = [replace(f, exclude=False, key=f.key.lstrip("-")) if f.exclude and
                   f.kind == "party" and _not_had(text, f) else f for f in filters]
    if operation == "lookup":  # 高雄市との覚書の内容: the one named, not a kind of document
        filters = [f for f in filters if f.kind != "doc" or f.values[0] in RARE_DOCUMENTS]
    return Plan(text=text, operation=operation, filters=tuple(filters), topic=tuple(topic),
                group_by=group_by if operation == "aggregate" else None,
                top=bool(AGGREGATE_TOP.search(text)) and operation == "aggregate",
                pick=("at_least", held[3]) if held and operation == "aggregate"
                else ("absent", 0) if operation == "aggregate" and group_by == "year" and
                bool(NO_YEAR.search(text))  # 協定が結ばれていない年
                else ("absent", 0) if operation == "aggregate" and group_by in (
                    "municipality", "prefecture") and (
                    any(f.exclude and f.kind != "party" and _not_had(text, f) for f in filters)
                    # 協定を結んでいない九州の県: the region's prefectures with none at all
                    or group_by == "prefecture" and not any(f.exclude for f in filters) and
                    any(f.kind == "party" and len(f.values) > 1 for f in filters) and
                    bool(_NONE_AT_ALL.search(text)))
                else pick_of(text) if operation == "aggregate" else _nth(text, operation),
                distinct=distinct and operation == "aggregate",
                average=bool(AVERAGE.search(text)) and operation == "aggregate",
                asked=ranked_by(text, topic) if operation in ("aggregate", "compare")
                else asked_value(text, topic),
                count_of=counted if operation == "aggregate" else None,
                order=order if operation in ("extreme", "compare") or operation == "aggregate"
                and group_by and not counted and not distinct else None,  # 自治体ごとの最初の
                limit=limit_of(text) if operation == "extreme" else
                list_limit(text) if operation == "list" else None,
                compare=tuple(compare), changes=changes, share=bool(share) and operation == "count",
                # 国別に数えると？ 新しい順に3つ, 一覧で: a new shape for the last answer's rows
                # (協定をすべて挙げて names every agreement: no follow-up)
                follow_up=bool(follow) or (operation in ("aggregate", "extreme") or operation
                                           == "list" and not _NAMES_ALL.search(text))
                and not filters and not topic and not compare)


def _tail_of_a_name(text: str, term: str, a: int) -> bool:
    """A municipality's name that ends a longer kanji name (津市 of 唐津市): not that
    place. After a prefecture (長崎県長崎市) it is one."""
    return term[-1:] in "市町村区" and a > 0 and "\u4e00" <= text[a - 1] <= "\u9fff" and \
        text[a - 1] not in "都道府県"


_OPENING_BRACKET = pattern(r"\s*[（(]\s*")
_CLOSING_BRACKET = pattern(r"\s*[）)]")
# The one asked for as a place or a who (…のはどこ, 誰): the signer, unless the question
# names the values to choose among.
_WHO = pattern(r"どこ|誰|だれ")


def _prefix_prefectures(text: str, places: list[tuple[str, int, int, str]]
                        ) -> list[tuple[str, int, int, str]]:
    """Without a prefecture written as the address of a municipality beside it
    (長崎県長崎市, 佐賀県の鹿島市, 鹿島市（佐賀県）): that municipality is meant, not the
    prefecture too."""
    def addressing(p: tuple[str, int, int, str]) -> bool:
        if p[3][-1:] not in "都道府県":
            return False
        for q in places:
            if q[3][-1:] not in "市町村区":
                continue
            if q[1] - p[2] in (0, 1) and text[p[2]:q[1]] in ("", "の"):
                return True  # 長崎県長崎市, 佐賀県の鹿島市
            if _OPENING_BRACKET.fullmatch(text[q[2]:p[1]]) and _CLOSING_BRACKET.match(text[p[2]:]):
                return True  # 鹿島市（佐賀県）
        return False

    return [p for p in places if not addressing(p)]


def _scope_of_sides(f: Filter, vocab: Vocabulary) -> Filter:
    """A party filter of a comparison without a prefecture that holds two or more of its
    other values (福岡県 of 福岡県・福岡市・北九州市): where the sides are, no side."""
    if f.kind != "party" or f.exclude or len(f.values) < 3:
        return f
    held = {p for v in f.values if v not in PREFECTURES
            for p in (vocab.parties.get(v) or prefecture_of(v),) if p}
    scope = [v for v in f.values if v in PREFECTURES and
             sum((vocab.parties.get(w) or prefecture_of(w)) == v for w in f.values
                 if w != v) >= 2]
    if not scope or not held:
        return f
    kept = [(v, w) for v, w in zip(f.values, f.words + f.values[len(f.words):], strict=False)
            if v not in scope]
    return replace(f, values=tuple(v for v, _ in kept), words=tuple(w for _, w in kept))


def _shared_values(text: str, filters: list[Filter]
                   ) -> tuple[str, tuple[int, int], str, int] | None:
    """(the grouping, its span, what each group counts, how many values) when the question
    asks for the groups every named party or country holds (SHARED): 北九州市と福岡市の
    両方が協定を結んでいる国 is the countries, each counting the two cities it holds."""
    m = SHARED.search(text)
    f = next((f for f in filters if f.kind in ("party", "country") and not f.exclude
              and len(f.values) > 1), None)
    if m is None or f is None:
        return None
    group = SHARED_GROUPS[(m.group(1) or m.group(2)).casefold()]
    counts = "country" if f.kind == "country" else "prefecture" if all(
        v in PREFECTURES for v in f.values) else "municipality"
    if group == counts or group == "municipality" and f.kind == "party":
        return None
    return group, m.span(), counts, len(f.values)


_NONE_AT_ALL = pattern(rf"^[^。？?]{{0,4}}?{NONE_HAD}|(?:県|自治体)\s*で\s*{NONE_HAD}|"
                      rf"{NONE_HAD}\s*(?:九州の|九州・沖縄の)?\s*(?:都道府)?県|"
                      r"\b(?:have|has|with)\s+no\s+agreements?\b(?!\s+with)|"
                      r"\bwithout\s+(?:any\s+)?agreements?\b(?!\s+with)", re.IGNORECASE)


def _not_had(text: str, f: Filter) -> bool:
    """中国と結んでいない, 環境分野の協定がない: the value is said not to be had."""
    low = text.lower()  # (a word as read: us of the US)
    return any(NOT_HAD.match(text[i + len(w):]) or NOT_HAD_BEFORE.search(text[:i])
               for w in f.words if (i := low.find(w.lower())) >= 0)


_EXISTS = pattern(r"(?:は|って|も)\s*(?:あります|ある[?？か]|存在)|"
                  r"\b(?:are there any|is there an?)\b", re.IGNORECASE)
_RUN_ON_LEFT = pattern(r"[\u4e00-\u9fff々\u30a1-\u30faー]$")
_ONE = "[" + "".join(ONE_KANJI) + "]"
# 日中韓, and without 日 before a particle: 中韓以外, 米中との, 蘭・西との
_KANJI_CHAIN = pattern(rf"(?<![一-龥])日({_ONE}{{2,4}})(?![一-龥])|"
                       rf"(?<![一-龥・])({_ONE}(?:・?{_ONE}){{1,3}})"
                       r"(?=以外|との|と|の|を除|は|も|が|で|それぞれ|各|別|[、,?？])")
_FIELD_AFTER = pattern(r"^\s*(?:の|に関(?:する|わる))?\s*分野")
_DESCRIBED = pattern(r"(?:する|した|している|る|た)\s*$")  # a verb right before: a clause
_ADJECTIVE = pattern(r"[^ぁ-ん][いな]$")  # 幅広い分野, 様々な分野: no field's name


# A title quoted whole that is none of the list's, nor near one (「福岡市とバンコク都との
# 経済交流促進に関する覚書」ってありますか): that agreement is asked, and the list does not
# hold it — not its words as conditions (福岡市's memoranda of 経済交流促進).
_QUOTED_TITLE = pattern(r"「([^「」]{8,80}?(?:覚書|協定書|協定|合意書|合意文|協議書|宣言|提携))」")
# A slip or two of a pasted title is that one (edits between title keys, one more for each
# twelve characters of a long title; not 大連市 for バンコク都, five edits in a title
# otherwise the same)
_TITLE_SLIPS = 2


def _unknown_titles(text: str, vocab: Vocabulary, spans: list[tuple[int, int]],
                    named: Sequence[Filter]) -> list[Filter]:
    """A title filter, matching nothing, for each title quoted whole that the list lacks
    (its span taken); a quoted title near one of the list's is left to be read so."""
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.process import extractOne

    out: list[Filter] = []
    for m in _QUOTED_TITLE.finditer(text):
        if not free(spans, *m.span()):
            continue
        keys = vocab.title_keys
        quoted = title_key(m.group(1))
        if any(quoted in k for k in keys):
            continue  # 「教育交流に関する協議書」: a piece of titles, read by its words
        best = extractOne(quoted, keys, scorer=Levenshtein.distance,
                          score_cutoff=max(_TITLE_SLIPS, len(quoted) // 12))
        if best is not None:
            continue
        spans.append(m.span())
        key = "title" if not named and not out else f"title:{m.group(1)}"
        out.append(Filter(key, "title", (m.group(1),), words=(m.group(1),), label=m.group(1)))
    return out


def _kept_or_left(kind: str, text: str, said: Sequence[tuple[str, int, int]]) -> list[Filter]:
    """The condition of the names (`kind`: an agreement's title or an organisation) said
    at their spans, and the one of those left out (〜以外, 〜を除く); a name not found
    in `text` as written (start -1) is kept."""
    out = [a >= 0 and is_left_out(text, a, b) for _, a, b in said]
    left = [w for (w, _, _), o in zip(said, out, strict=True) if o]
    kept = [w for (w, _, _), o in zip(said, out, strict=True) if not o]
    return [Filter(key, kind, tuple(ws), exclude=key.startswith("-"), words=tuple(ws),
                   label="・".join(ws)) for key, ws in ((kind, kept), ("-" + kind, left)) if ws]


def _date_left_out(text: str, taken: list[tuple[int, int]], spans: list[tuple[int, int]]
                   ) -> list[Filter]:
    """A date said to be left out beside the date the question is about (2014年を除く
    2010年代, 2010年代の協定で2014年のものを除く, 2003年と2005年を除いた2000年代): an
    exclusion of its own."""
    masked = blanked(text, taken)
    other, other_spans = question_dates(masked)
    if other is not None:  # 2003年と2005年を除いた: either year
        other, other_spans = either_year(masked, other, other_spans)
    if other is None or not other_spans or not all(free(spans, *sp) for sp in other_spans):
        return []
    a, b = min(a for a, _ in other_spans), max(b for _, b in other_spans)
    if not said_left_out(text, a, b):
        return []
    spans.extend(other_spans)
    return [Filter("-date:2", "date", (other.label,), exclude=True, words=(other.label,),
                   label=other.label, dates=other)]


# A party's name with the partner's particle after it (熊本県との, 福岡県と結んだ) …
_AS_PARTNER = pattern(r"^\s*(?:との|と(?:結|締結|交わ|提携)|を相手)")
# …and another party before it said as the one that signs (福岡市に, 長崎県が, 長崎県の).
_AS_SIGNER = pattern(r"^\s*(?:が|は|に|で|の|には|では)(?!\s*(?:協定|覚書))")


def _domestic_partner(text: str, places: list[tuple[str, int, int, str]],
                      filters: list[Filter]) -> list[tuple[str, int, int, str]]:
    """A Japanese party said as the partner of another (福岡市に熊本県との協定はある？,
    長崎県が福岡県と結んだ協定): a partner condition, which no row of the list holds (its
    partners are abroad); the rest stay parties. Unchanged otherwise (福岡市と熊本県の
    協定: either's; 熊本県との協定: that party's)."""
    terms = {t: (a, b) for _, a, b, t in places}
    if len(terms) < 2:
        return places
    signers = [a for t, (a, b) in terms.items() if _AS_SIGNER.match(text[b:])]
    partners = [t for t, (a, b) in terms.items() if _AS_PARTNER.match(text[b:])
                and any(s < a for s in signers)]
    if not partners:
        return places
    filters.append(Filter("partner", "partner", tuple(partners), words=tuple(partners),
                          label="・".join(partners)))
    return [p for p in places if p[3] not in partners]


# Each of the values said, one by one (北九州市、福岡市、長崎県のそれぞれで; 中国と韓国、
# 各々の).
_EACH_SAID = pattern(r"それぞれ|各々|おのおの|各自|\beach\b|\brespectively\b", re.IGNORECASE)
_GROUPING_OF = {"party": "municipality", "country": "country", "field": "field"}


def _each_said(text: str, filters: Sequence[Filter]) -> str | None:
    """The grouping of a condition whose values are said one by one and then each
    (…のそれぞれで、いちばん最近結んだ協定: each one's newest), if any."""
    if not _EACH_SAID.search(text):
        return None
    said = [f for f in filters if not f.exclude and f.kind in _GROUPING_OF and
            len(f.values) >= 2 and len(f.words) >= 2]
    return _GROUPING_OF[said[0].kind] if len(said) == 1 else None


# A total asked (合わせて何件, 合計で何件) — of several values, with or without each one's
# count — and which has more (not a total, a comparison).
_TOTAL_ASKED = pattern(r"合わせて|あわせて|合計|全部で|総数|トータル|計\s*何|"
                       r"\bin total\b|\baltogether\b|\bcombined\b", re.IGNORECASE)
_WHICH_MORE = pattern(r"どちら|どっち|いずれ|多い|少な|差|比べ|くらべ|比較|何倍|"
                      r"\bmore\b|\bfewer\b|\bcompare", re.IGNORECASE)
# What someone said or heard (…と聞いた, …と言っていた, …だと書こうと思っている).
_CLAIMED = pattern(r"(?:だ|です)?\s*(?:と|って)[^。、？?！!\n]{0,8}?"
                   r"(?:聞|言|書|思|紹介|説明|報|いう|され)")
_SENTENCE_END = pattern(r"[。？?！!\n]")


def _claimed_group(text: str, f: Filter, group_by: str) -> bool:
    """Whether `f` is one value of the very grouping a table asks for, said only in a
    claim to check (中国との協定が全体の半分近くを占めると聞いた。相手国ごとの件数を; 教育分野
    が一番多いと言っていたが、分野別に): a group of the table, not a condition of it. (A
    prefecture in a table by municipality is where: 長崎県の協定を自治体別に.)"""
    if f.exclude or f.dates is not None or len(f.values) != 1 or \
            GROUP_KINDS.get(group_by) != f.kind or \
            group_by == "municipality" and f.values[0] in PREFECTURES:
        return False
    places = [(m.start(), m.end()) for w in f.words for m in re.finditer(re.escape(w), text)]
    return bool(places) and all(_CLAIMED.search(text, b, (end.start() if (
        end := _SENTENCE_END.search(text, b)) else len(text))) for _, b in places)


# Ties between cities as such, which the list leaves out (姉妹友好都市以外の提携リスト):
# left out again, they leave out nothing (an answer says what the list holds).
_SISTER_TIES = frozenset({"姉妹都市", "友好都市", "姉妹友好都市", "姉妹提携", "友好提携",
                          "姉妹都市提携", "友好都市提携", "姉妹都市関係", "友好都市関係"})
# A clause that ends right before a date and says what happened then, not what the
# agreements are about: 震災の2011年, 東京五輪の開催が決まった2013年, リーマンショックの
# 2008年以前 (from the last break of the sentence).
_DATE_CLAUSE_END = pattern(r"(?:の|た|だ|る)\s*$")
_CLAUSE_BREAK = pattern(r"[、。，,．.？?！!\n「」（）()]")


def _describes_a_date(text: str, word: str, date_spans: Sequence[tuple[int, int]]) -> bool:
    """Whether every place `word` is said is in a clause describing a date (above)."""
    said = word if word in text else re.sub(r"[ぁ-ゖ]+$", "", word)  # 決まる: 決まった
    places = [m.start() for m in re.finditer(re.escape(said), text)] if said else []
    return bool(places) and all(any(
        at < a and not _CLAUSE_BREAK.search(text, at, a) and
        _DATE_CLAUSE_END.search(text[:a]) is not None for a, _ in date_spans) for at in places)


def _names_as_partners(names: list[str], vocab: Vocabulary, filters: list[Filter]
                       ) -> list[str]:
    """An organisation name that is a partner (ブラド美術館 in 国立ブラド美術館) joins the
    partner filter: ライデン…博物館とブラド美術館 are two partners, either one."""
    rest = []
    for name in names:
        key = fuzzy_key(name)
        hits = sorted(t for t in vocab.partner_terms if key in fuzzy_key(t)
                      and (len(key) >= 4 or key == fuzzy_key(t)))  # not パイプ in ハイフォン
        if not hits or name in vocab.field_terms:  # スポーツ (a field) is no partner's name
            rest.append(name)
            continue
        i = next((n for n, f in enumerate(filters) if f.key == "partner"), None)
        old = filters[i] if i is not None else Filter("partner", "partner", ())
        new = replace(old, values=old.values + (hits[0],), words=old.words + (name,),
                      label="・".join(filter(None, (old.label, name))))
        if i is None:
            filters.append(new)
        else:
            filters[i] = new
    return rest


# Kinds of museum a question may set against each other (美術館 but not 博物館).
# Words said to be counted in (大学や博物館も入れて, 美術館も含めて): the other conditions'
# rows, those among them.
_COUNTED_IN = pattern(r"\s*(?:(?:や|と|・|、|とか|及び|および)\s*[^\s、。？?]{1,8}?\s*)?"
                      r"(?:も|まで)\s*(?:入れ|含め|含む|含ん|込め|込み)")
_ALL_OF_THEM = pattern(r"も[、,\s]*(?:全部|すべて|全て|ぜんぶ)\s*(?:です|で|含め|入れ)")
_JOINTLY = pattern(r"共同で|共同の|一緒に|連名|\bjointly\b|\btogether\b", re.IGNORECASE)
# Fields each (経済と教育の両方), one field alone (経済だけの, 文化分野のみ), several.
_BOTH = pattern(r"両方|双方|ともに|いずれも|いずれにも|\bboth\b", re.IGNORECASE)


def _nth(text: str, operation: str) -> tuple[str, int] | None:
    """2番目に古い協定: the second oldest (a pick of the extremes)."""
    pick = pick_of(text) if operation == "extreme" else None
    return pick if pick and pick[0] == "rank" and pick[1] > 1 else None


_NAMES_ALL = pattern(r"協定|覚書|agreements?", re.IGNORECASE)


# A party said to have signed alone: 熊本県が単独で, 熊本市だけで, Kumamoto City alone.
_PARTY_ALONE = pattern(r"\s*(?:が|は)?\s*(?:単独|だけで|のみで|一者で|独自に)|"
                       r"(?:\s+city|\s+prefecture)?\s+(?:alone|on its own|by itself)\b",
                       re.IGNORECASE)
# 経済だけの協定, 教育のみの分野, 環境単独, 分野が教育だけ: the field alone; not 教育分野だけ
# 教えて (just those of the field) nor 教育だけど.
_ONLY = pattern(r"\s*(?:分野)?\s*(?:(?:だけ|のみ)(?=\s*の\s*(?:協定|もの|分野))|単独)")
_ONLY_SAID = pattern(r"\s*(?:分野)?\s*(?:だけ|のみ)(?!\s*(?:で|に)?\s*(?:数|絞))")
_FIELD_IS = pattern(r"分野\s*(?:が|は)\s*$")


# A field said to be held besides another (観光の協定で教育も含むもの, まちづくりの協定で水道や
# ごみ処理を含むもの, tourism agreements that also cover education): not 教育も含めて
# (included besides: either), nor 水道を含む協定 alone (the field itself).
_ALSO_HELD = pattern(
    r"\s*(?:の?分野)?\s*(?:も|を)\s*(?:含(?:む|んで(?:い)?る|んだ|まれ(?:る|て(?:い)?る))|"
    r"入って(?:い)?る|入った|扱(?:う|って(?:い)?る|った)|対象(?:と|に)?(?:する|した|して(?:い)?る)|"
    r"カバー(?:する|して(?:い)?る|した))\s*(?:もの|協定|の|覚書|合意|提携|分)")
_ALSO_BEFORE = pattern(r"\b(?:(?:that|which)\s+)?also\s+(?:cover|include|involve|span|concern)s?"
                       r"\s+(?:the\s+)?(?:fields?\s+of\s+)?$", re.IGNORECASE)
_ALSO_AFTER = pattern(r"\s*(?:agreements?\s+)?(?:that|which)\s+also\s+(?:cover|include|involve|"
                     r"span|concern)s?\b", re.IGNORECASE)  # (the field before those words)
_FIELD_OR = pattern(r"^\s*(?:の?分野)?\s*(?:や|か|とか|・|、|,|または|又は|もしくは|あるいは|"
                    r"or)\s*$", re.IGNORECASE)


def _held_too(text: str, fields: Sequence[tuple[str, int, int, str]],
              filters: list[Filter], spans: list[tuple[int, int]]) -> None:
    """The fields said to be held besides the others (…で教育も含むもの), split from the
    field condition into one of their own, both to hold; either of those joined by や."""
    kept = [(v, a, b, t) for v, a, b, t in fields if not is_left_out(text, a, b)]
    also = [bool(_ALSO_HELD.match(text[b:]) or _ALSO_BEFORE.search(text[:a]))
            for _, a, b, _ in kept]
    for i in range(len(kept) - 2, -1, -1):  # 水道やごみ処理を含む: 水道 too
        if also[i + 1] and not also[i] and _FIELD_OR.match(text[kept[i][2]:kept[i + 1][1]]):
            also[i] = True
    for i in range(1, len(kept)):  # that also cover education or health
        if also[i - 1] and not also[i] and _ALSO_BEFORE.search(text[:kept[i - 1][1]]) and \
                _FIELD_OR.match(text[kept[i - 1][2]:kept[i][1]]):
            also[i] = True
    extra = tuple(dict.fromkeys(v for (v, *_), x in zip(kept, also, strict=True) if x))
    main = tuple(dict.fromkeys(v for (v, *_), x in zip(kept, also, strict=True) if not x))
    at = next((i for i, f in enumerate(filters) if f.key == "field"), None)
    if not extra or not main or set(extra) & set(main) or at is None:
        return
    whole = filters[at]
    def part(values: tuple[str, ...]) -> Filter:
        words = tuple(dict.fromkeys(t for v, _, _, t in kept if v in values))
        return replace(whole, key="field:" + "|".join(values), values=values, words=words,
                       label="か".join(values), related=False)
    filters[at:at + 1] = [part(main), part(extra)]
    for (_, a, b, _), x in zip(kept, also, strict=True):  # the words saying so: no topic
        if x and (after := _ALSO_HELD.match(text[b:])):
            spans.append((b, b + after.end()))
        elif x and (before := _ALSO_BEFORE.search(text[:a])):
            spans.append(before.span())


def _alone(text: str, a: int, b: int) -> bool:
    """Whether the field word at text[a:b] is said to be the agreement's only field."""
    return bool(_ONLY.match(text[b:]) or _ONLY_SAID.match(text[b:]) and _FIELD_IS.search(text[:a]))


# 2000年より前に結ばれた古い協定, 最近のだと2015年に入ってから: the bound says how old or new;
# "old" or "new" alone beside it asks no oldest or newest (一番古い, 古い順, 3つ still do).
_BARE_AGE = {"oldest": ("古いもの", "古い協定"), "newest": ("新しいもの", "新しい協定", "最近")}
_AGE_COUNTED = pattern(r"[0-9０-９一二三四五六七八九十]+\s*(?:つ|件|個|こ)|何件か|いくつか")


def _said_by_bound(end: str, m: re.Match[str], dates: DateRange | None, text: str) -> bool:
    """`m` (an oldest or newest word) only restates the date bound `dates` says."""
    if dates is None or m.group(0) not in _BARE_AGE[end] or _AGE_COUNTED.search(text):
        return False
    return (dates.start is None and dates.end is not None) if end == "oldest" else (
        dates.end is None and dates.start is not None)
