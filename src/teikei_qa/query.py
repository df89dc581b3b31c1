"""Question → conditions and intent. Pure: the vocabulary (from the data and the
gazetteer) and the tokenizer's words are passed in.

Conditions are what the table can answer exactly: the Japanese party (a
municipality, or a prefecture meaning itself and every municipality in it), the
partner's country, the partner city or organisation, the field, the signing
date, and names of organisations found in the titles. Words that are none of
these are keywords: they go to ranked search.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from .dates import ERAS, era_year
from .gazetteer import (
    CITY_PREFECTURE, COUNTRY_ALIASES, FIELD_SYNONYMS, PREFECTURES, REGIONS, nfkc,
    prefecture_short,
)
from .records import Record
from .tokenize import fuzzy_key

Word = tuple[str, str, str, str]  # surface, part of speech, subclass, dictionary form

COUNT_MARKERS = re.compile(r"何件|件数|いくつ|幾つ|何個|何本|数は|の数|数を|how many|number of",
                           re.IGNORECASE)
LIST_MARKERS = re.compile(r"すべて|全て|全部|ぜんぶ|一覧|リスト|列挙|全件|挙げて|list\b|all\b",
                          re.IGNORECASE)
DETAIL_MARKERS = re.compile(r"いつ|目的|相手|どこ|内容|概要|詳細|詳しく|どんな|どのような|何を|"
                            r"when|what|who|where|which", re.IGNORECASE)
FOLLOW_UP = re.compile(r"^(そのうち|その中|そのなか|それらの?うち|このうち|この中|うち|"
                       r"さらに|更に|そこから|では|じゃあ)|だけ|のみ|に絞|絞り込")
OLDEST = re.compile(r"(最も|もっとも|一番|いちばん)(古|早)|最古|最初|初めて|oldest|earliest",
                    re.IGNORECASE)
NEWEST = re.compile(r"(最も|もっとも|一番|いちばん)(新し|最近|遅)|最新|直近|newest|latest|most recent",
                    re.IGNORECASE)
FIELD_MARK = re.compile(r"^\s*(の)?\s*(分野|関係|関連)")

# Words that carry no condition and no topic in a question about agreements:
# agreement words, question words, generic nouns for parties and partners.
GENERIC = frozenset("""
協定 協定書 覚書 合意書 協議書 合意 合意文 提携 連携 締結 協力 交流 宣言 契約 取り決め 取決め
結ぶ 結べる 交わす する ある いる なる 教える 知る 見る 分かる わかる 調べる 探す 示す くださる ください
一覧 リスト 全部 全て すべて 件 件数 数 何 いつ どこ 誰 だれ どれ どちら 相手 相手先 先 目的 内容
概要 詳細 中身 自治体 市町村 地方自治体 都市 市 町 村 県 機関 団体 組織 国 地域 国・地域 海外 外国
日本 関係 関する 関連 分野 もの こと ため 等 など 年 月 日 締結先 提携先 教えて 一覧表
その うち 中 それ これ どの 以降 以前 まで から 前 後 より 全体 ほか 他 各 同士 結ばれる 結ぶ
つく 取り組み 取り組む 取組 取組み 関わる 係る 行う 関係する 思う 言う できる 持つ ありますか
どんな どのよう 種類 事例 例 具体 具体的 最近 最も もっとも 一番 いちばん 古い 新しい 最初 初めて
最新 直近 最古 早い 遅い 締結日 調印日 日付 年月日
agreement agreements agreement's about which what are is the of with in on for and or to any
list all show me tell how many number city cities signed sign signing concluded made
between there do does did have has was were been be please give find oldest newest latest
earliest recent most first last
""".split())

AGREEMENT_SUFFIX = re.compile(r"(協定書|協定|覚書|合意書|協議書|提携|連携|締結|交流)+$")
ORG_SUFFIX = re.compile(r"(委員会|大学校|大学|博物館|博物院|美術館|記念館|財団|公社|協会|連合会|"
                        r"研究所|センター|局|庁|省|館|院|部|会議所)$")
_KATAKANA = re.compile(r"^[ァ-ヴー・]{2,}$")
PARTNER_SUFFIX = re.compile(r"(広域市|特別市|直轄市|自治区|市|省|州|県|道|区|郡)$")


@dataclass(frozen=True)
class DateRange:
    """Signing years from `start` to `end`, both inclusive; None is open."""

    start: int | None = None
    end: int | None = None
    label: str = ""
    month: int | None = None  # 2014年5月: that month of the one year

    def contains(self, year: int) -> bool:
        return (self.start is None or year >= self.start) and \
            (self.end is None or year <= self.end)


@dataclass(frozen=True)
class Query:
    """What a question asks: intent, conditions and leftover keywords."""

    text: str
    intent: str = "topic"
    parties: tuple[str, ...] = ()
    prefectures: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    # Field words the question did not mark with 分野: when they leave nothing, the
    # engine reads them as words of the agreements' text instead.
    soft_fields: tuple[str, ...] = ()
    dates: DateRange | None = None
    names: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()  # agreement names the question quotes whole
    keywords: tuple[str, ...] = ()
    follow_up: bool = False
    order: str | None = None  # "oldest" or "newest": only the extreme signing date
    areas: tuple[str, ...] = ()  # the prefectures or regions as the question names them

    def has_conditions(self) -> bool:
        return bool(self.parties or self.prefectures or self.countries or self.partners
                    or self.fields or self.dates or self.names or self.titles)

    def conditions(self) -> dict:
        """The conditions as plain JSON values (the CLI's `conditions` object)."""
        return {
            "parties": list(self.parties), "prefectures": list(self.prefectures),
            "countries": list(self.countries), "partners": list(self.partners),
            "fields": list(self.fields),
            "dates": None if self.dates is None else
            {"start": self.dates.start, "end": self.dates.end, "month": self.dates.month,
             "label": self.dates.label},
            "names": list(self.names), "titles": list(self.titles),
            "keywords": list(self.keywords),
            "order": self.order,
        }


# A title quoted whole in a question names that agreement (協力合意書, 環境姉妹都市);
# shorter titles are too likely to be ordinary words.
TITLE_MIN = 5


def title_form(title: str) -> str:
    """A title as questions quote it: NFKC without white space."""
    return re.sub(r"\s+", "", nfkc(title))


@dataclass(frozen=True)
class TermIndex:
    """Terms by their case-folded form, with the lengths to try (longest first)."""

    by_key: dict[str, str]
    lengths: tuple[int, ...]

    @classmethod
    def of(cls, terms: Iterable[str]) -> TermIndex:
        by_key: dict[str, str] = {}
        for term in sorted(set(terms), key=lambda t: (-len(t), t)):
            by_key.setdefault(term.casefold(), term)
        return cls(by_key, tuple(sorted({len(k) for k in by_key}, reverse=True)))


def _place_terms() -> dict[str, tuple[str, ...]]:
    terms: dict[str, tuple[str, ...]] = {p: (p,) for p in PREFECTURES}
    terms.update({prefecture_short(p): (p,) for p in PREFECTURES})
    terms.update(REGIONS)
    terms.update({f"{r}地方": ps for r, ps in REGIONS.items() if not r.endswith("地方")})
    return terms


PLACE_TERMS = _place_terms()  # prefecture or region name → its prefectures
COUNTRY_INDEX = TermIndex.of(COUNTRY_ALIASES)


@dataclass(frozen=True)
class Vocabulary:
    """Names the data holds, for recognising conditions in a question."""

    parties: dict[str, str | None]            # bare party name → prefecture
    party_short: dict[str, str]               # 北九州 → 北九州市
    partner_terms: frozenset[str]             # 釜山広域市, 釜山, ハイフォン …
    field_terms: frozenset[str]               # 経済, 水産, 科学技術, 農林 …
    name_keys: tuple[str, ...] = field(default=())  # titles and partners, fuzzy-keyed
    # Built once per vocabulary so that a question costs no pass over the data.
    cities: dict[str, str] = field(default_factory=dict)  # city or party (or short) → name
    place_index: TermIndex = field(default_factory=lambda: TermIndex({}, ()))
    partner_index: TermIndex = field(default_factory=lambda: TermIndex({}, ()))
    field_index: TermIndex = field(default_factory=lambda: TermIndex({}, ()))
    names_blob: str = ""  # name_keys joined by newlines, for one substring search
    title_index: TermIndex = field(default_factory=lambda: TermIndex({}, ()))

    @classmethod
    def from_records(cls, records: Iterable[Record]) -> Vocabulary:
        parties: dict[str, str | None] = {}
        partner_terms: set[str] = set()
        field_terms: set[str] = set()
        names: list[str] = []
        titles: list[str] = []
        for rec in records:
            for p in rec.parties:
                parties.setdefault(p.name, p.prefecture)
            for ent in rec.partners:
                for piece in re.split(r"[()（）、,\s]+", nfkc(ent)):
                    piece = piece.strip()
                    if len(piece) < 2:
                        continue
                    partner_terms.add(piece)
                    stem = PARTNER_SUFFIX.sub("", piece)
                    if len(stem) >= 2 and stem != piece:
                        partner_terms.add(stem)
            for f in rec.fields:
                for piece in re.split(r"[()（）・、,\s]+", nfkc(f)):
                    if piece:
                        field_terms.add(piece)
            names.append(fuzzy_key(nfkc(rec.title) + "\x1f" + nfkc(rec.partner)))
            titles.append(title_form(rec.title))
        short: dict[str, str] = {}
        for name in parties:
            stem = re.sub(r"(市|町|村|区)$", "", name)
            if stem != name and len(stem) >= 2:
                short.setdefault(stem, name)
        cities = {c: c for c in CITY_PREFECTURE} | {n: n for n in parties}
        for stem, full in short.items():
            cities.setdefault(stem, full)
        return cls(parties, short, frozenset(partner_terms), frozenset(field_terms),
                   tuple(names), cities=cities,
                   place_index=TermIndex.of(set(PLACE_TERMS) | set(cities)),
                   partner_index=TermIndex.of(partner_terms),
                   field_index=TermIndex.of(field_terms | set(FIELD_SYNONYMS)),
                   names_blob="\n".join(names),
                   title_index=TermIndex.of(t for t in titles if len(t) >= TITLE_MIN))


# ---------------------------------------------------------------- dates

_YEAR = rf"(?:(\d{{4}})|({'|'.join(ERAS)})\s*(元|\d{{1,2}}))\s*年(?:度)?"
_RANGE = re.compile(_YEAR + r"\s*(?:から|〜|~|－|-|ー)\s*" + _YEAR + r"(?:\s*まで)?")
_DECADE = re.compile(r"(\d{3})0\s*年代")
_ONE = re.compile(_YEAR + r"(?:\s*(\d{1,2})\s*月)?"
                  r"\s*(より前|以前|まで|までに|より後|よりあと|以降|以後|から|より)?")
_EN = re.compile(r"\b(before|after|since|until|in)\s+(\d{4})\b", re.IGNORECASE)


def _year(groups: Sequence[str | None]) -> int:
    west, era, num = groups
    return int(west) if west else era_year(era, num)


def parse_dates(text: str) -> tuple[DateRange | None, list[tuple[int, int]]]:
    """A date condition in NFKC `text` and the spans it used."""
    m = _RANGE.search(text)
    if m:
        a, b = _year(m.groups()[0:3]), _year(m.groups()[3:6])
        lo, hi = min(a, b), max(a, b)
        return DateRange(lo, hi, f"{lo}年から{hi}年"), [m.span()]
    m = _DECADE.search(text)
    if m:
        start = int(m.group(1)) * 10
        return DateRange(start, start + 9, f"{start}年代"), [m.span()]
    m = _ONE.search(text)
    if m:
        y, month, rel = _year(m.groups()[0:3]), m.group(4), m.group(5)
        if rel in ("より前",):
            return DateRange(None, y - 1, f"{y}年より前"), [m.span()]
        if rel in ("以前", "まで", "までに"):
            return DateRange(None, y, f"{y}年以前"), [m.span()]
        if rel in ("より後", "よりあと"):
            return DateRange(y + 1, None, f"{y}年より後"), [m.span()]
        if rel in ("以降", "以後", "から"):
            return DateRange(y, None, f"{y}年以降"), [m.span()]
        span = [(m.start(), m.end() - len(rel or ""))]
        if month and 1 <= int(month) <= 12:
            return DateRange(y, y, f"{y}年{int(month)}月", int(month)), span
        return DateRange(y, y, f"{y}年"), span
    m = _EN.search(text)
    if m:
        rel, y = m.group(1).lower(), int(m.group(2))
        dr = {"before": DateRange(None, y - 1, f"{y}年より前"),
              "until": DateRange(None, y, f"{y}年以前"),
              "after": DateRange(y + 1, None, f"{y}年より後"),
              "since": DateRange(y, None, f"{y}年以降")}.get(rel, DateRange(y, y, f"{y}年"))
        return dr, [m.span()]
    return None, []


# ---------------------------------------------------------------- names

def _is_katakana(ch: str) -> bool:
    return "ァ" <= ch <= "ヺ" or ch == "ー"


def _free(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return all(b <= s or a >= e for s, e in spans)


def _find_all(text: str, term: str) -> Iterable[int]:
    start = text.find(term)
    while start != -1:
        yield start
        start = text.find(term, start + 1)


def _boundary_ok(text: str, a: int, b: int, term: str) -> bool:
    """A katakana term must not be part of a longer katakana word; an ASCII term must
    be a whole word."""
    if term.isascii():
        before = text[a - 1] if a > 0 else " "
        after = text[b] if b < len(text) else " "
        return not (before.isascii() and before.isalnum()) and \
            not (after.isascii() and after.isalnum())
    if _is_katakana(term[0]) and a > 0 and _is_katakana(text[a - 1]):
        return False
    if _is_katakana(term[-1]) and b < len(text) and _is_katakana(text[b]):
        return False
    return True


def _match_terms(text: str, index: TermIndex, spans: list[tuple[int, int]],
                 ok: Callable[[str, int, int], bool] = lambda t, a, b: True
                 ) -> list[tuple[str, int, int]]:
    """Longest-first, non-overlapping matches of the index's terms in `text`; spans grow.

    Every window of the question is looked up (lengths the index holds, longest
    first), so the cost follows the question's length, not the vocabulary's size.
    """
    found = []
    folded = text.casefold()
    for length in index.lengths:
        for a in range(len(folded) - length + 1):
            term = index.by_key.get(folded[a:a + length])
            if term is None:
                continue
            b = a + length
            if _free(spans, a, b) and _boundary_ok(text, a, b, term) and ok(term, a, b):
                spans.append((a, b))
                found.append((term, a, b))
    return sorted(found, key=lambda x: x[1])


def _not_language(text: str) -> Callable[[str, int, int], bool]:
    # 韓国語 / 中国人 name a language or people, not a partner country.
    return lambda term, a, b: not text[b:b + 1] in ("語", "人") and \
        not text[b:b + 2] in ("地方",)


# ---------------------------------------------------------------- parse

def parse(question: str, vocab: Vocabulary, words: Callable[[str], list[Word]]) -> Query:
    """Read the conditions, keywords and intent of one question."""
    text = nfkc(question).strip()
    spans: list[tuple[int, int]] = []

    # An agreement's own name, quoted whole, before anything inside it is read.
    titles = [t for t, _, _ in _match_terms(text, vocab.title_index, spans)]

    dates, date_spans = parse_dates(text)
    if not all(_free(spans, *sp) for sp in date_spans):
        dates, date_spans = None, []  # a year inside a quoted title is part of the name
    spans.extend(date_spans)

    # Countries first: their names are longer and more specific than partner stems.
    countries = []
    for term, _, _ in _match_terms(text, COUNTRY_INDEX, spans, _not_language(text)):
        c = COUNTRY_ALIASES[term.casefold()]
        if c not in countries:
            countries.append(c)

    parties: list[str] = []
    prefectures: list[str] = []
    areas: list[str] = []
    pref_terms, known_cities = PLACE_TERMS, vocab.cities
    for term, _, _ in _match_terms(text, vocab.place_index, spans):
        if term in known_cities and term in pref_terms and term not in PREFECTURES:
            # A bare name like 長崎 or 福岡: the prefecture when the data has it as a
            # party, else the city when the data has that, else the prefecture.
            (pref,) = pref_terms[term]
            city = known_cities[term]
            if pref in vocab.parties or city not in vocab.parties:
                _add(prefectures, pref)
                _add(areas, pref)
            else:
                _add(parties, city)
        elif term in known_cities and term not in PREFECTURES:
            _add(parties, known_cities[term])
        else:
            for pref in pref_terms[term]:
                _add(prefectures, pref)
            _add(areas, pref_terms[term][0] if len(pref_terms[term]) == 1 else term)

    partners = [t for t, _, _ in _match_terms(text, vocab.partner_index, spans)]

    # Field words: with 分野 after them, or when other conditions make the question
    # one about the table (北九州市の環境の協定), or a count or list question.
    is_count = bool(COUNT_MARKERS.search(text))
    is_list = bool(LIST_MARKERS.search(text))
    structured = bool(dates or countries or parties or prefectures or partners)
    fields: list[str] = []
    soft: list[str] = []
    for term, a, b in _match_terms(
            text, vocab.field_index, list(spans),
            lambda t, a, b: bool(FIELD_MARK.match(text[b:])) or (
                (structured or is_count or is_list) and _word_end(text, a, b))):
        spans.append((a, b))
        _add(fields, FIELD_SYNONYMS.get(term, term))
        if not FIELD_MARK.match(text[b:]):
            _add(soft, term)  # no 分野 after it: may be a plain word (観光 in 観光誘致)

    # What is left: words for the names condition and the ranked search.
    names: list[str] = []
    keywords: list[str] = []
    masked = "".join("\u3000" if not _free(spans, i, i + 1) else ch for i, ch in enumerate(text))
    for compound in _compounds(words(masked)):
        core = AGREEMENT_SUFFIX.sub("", compound)
        if not core or core in GENERIC or compound in GENERIC:
            continue
        if _is_name(core) and fuzzy_key(core) in vocab.names_blob:
            _add(names, core)
        else:
            _add(keywords, core)

    follow_up = bool(FOLLOW_UP.search(text))
    order = "oldest" if OLDEST.search(text) else ("newest" if NEWEST.search(text) else None)
    has_cond = bool(structured or fields or names or titles)
    if is_count:
        intent = "count"
    elif is_list:
        intent = "list"
    elif order:
        intent = "lookup"
    elif has_cond:
        detail = DETAIL_MARKERS.search(text)
        intent = "lookup" if detail or partners or names or titles else "list"
    else:
        intent = "topic"
    return Query(text=text, intent=intent, parties=tuple(parties),
                 prefectures=tuple(prefectures), countries=tuple(countries),
                 partners=tuple(partners), fields=tuple(fields), dates=dates,
                 soft_fields=tuple(soft),
                 names=tuple(names), titles=tuple(titles), keywords=tuple(keywords),
                 follow_up=follow_up,
                 order=order, areas=tuple(areas))


def _is_kanji(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch in "々〆ヶ"


def _word_end(text: str, a: int, b: int) -> bool:
    """The term is a word of its own, not the head of a compound (教育 in 教育委員会)."""
    before = text[a - 1] if a > 0 else ""
    after = text[b] if b < len(text) else ""
    return not (after and _is_kanji(after)) and not (before and _is_kanji(before))


def _add(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


def _is_name(core: str) -> bool:
    """A proper name: katakana, or an organisation (教育委員会, ブラド美術館)."""
    if _KATAKANA.match(core):
        return True
    m = ORG_SUFFIX.search(core)
    return bool(m) and len(core) > len(m.group(0)) + 1


_NOUNISH = ("名詞", "接尾辞", "接頭辞", "形状詞")
_CONTENT = ("名詞", "動詞", "形容詞", "接尾辞", "形状詞", "副詞")


def _compounds(ws: list[Word]) -> list[str]:
    """Noun runs joined (教育 委員 会 → 教育委員会) and other content words alone."""
    out: list[str] = []
    run: list[str] = []
    for surface, pos, sub, base in ws:
        if surface.strip("\u3000 ") == "":
            pos = "空白"
        if pos in _NOUNISH and sub != "数詞" and not surface.isascii():
            run.append(surface)
            continue
        if run:
            out.append("".join(run))
            run = []
        if sub == "数詞":
            continue
        if surface.isascii():
            if surface.strip().isalpha():
                out.append(surface.lower())
        elif pos in _CONTENT and sub != "非自立可能":
            out.append(base if pos in ("動詞", "形容詞") else surface)
    if run:
        out.append("".join(run))
    return [w for w in out if w.strip()]


def merge(previous: Query, current: Query) -> Query:
    """A follow-up narrows the previous question: its conditions are added to (or, for
    the same kind, replace) the previous ones."""
    def pick(new: tuple, old: tuple) -> tuple:
        return new if new else old

    intent = current.intent if current.intent in ("count",) else \
        (previous.intent if previous.intent in ("count", "list") else "list")
    # The party is one condition however it is named: 有田町 after 佐賀県 replaces it.
    place = current if (current.parties or current.prefectures) else previous
    return replace(
        previous, text=current.text, intent=intent,
        parties=place.parties, prefectures=place.prefectures, areas=place.areas,
        countries=pick(current.countries, previous.countries),
        partners=pick(current.partners, previous.partners),
        fields=pick(current.fields, previous.fields),
        soft_fields=current.soft_fields if current.fields else previous.soft_fields,
        dates=current.dates or previous.dates,
        names=pick(current.names, previous.names),
        titles=pick(current.titles, previous.titles),
        keywords=previous.keywords + tuple(k for k in current.keywords
                                           if k not in previous.keywords),
        follow_up=True,
        order=current.order or previous.order,
    )
