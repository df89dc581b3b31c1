"""What the data holds that a question can name: parties, places, partners, fields
and titles, indexed for matching windows of a question (longest first)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from .dates import find_dates
from .gazetteer import (
    CITY_PREFECTURE,
    COUNTRY_ALIASES,
    FIELD_SYNONYMS,
    PREFECTURES,
    REGIONS,
    prefecture_short,
)
from .lazy_re import pattern
from .records import Record
from .text import nfkc, title_key
from .tokenize import fuzzy_key

PARTNER_SUFFIX = pattern(r"(広域市|特別市|直轄市|自治区|市|省|州|県|道|区|郡)$")

# A title quoted whole in a question names that agreement (協力合意書, 環境姉妹都市);
# shorter titles are too likely to be ordinary words.
TITLE_MIN = 5


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

    @classmethod
    def in_order(cls, terms: Iterable[str]) -> TermIndex:
        """`of(terms)` for terms already distinct when folded and in its order (longest
        first): as `of(...).by_key.values()` lists them. No sort: a table file keeps the
        titles so, and 60,000 of them took 0.15 s of a cold start to sort."""
        by_key = {term.casefold(): term for term in terms}
        return cls(by_key, tuple(sorted({len(k) for k in by_key}, reverse=True)))

    @cached_property
    def starts(self) -> dict[str, tuple[int, ...]]:
        """The lengths of the terms that begin with each two folded characters (a
        one-character term under its character), longest first: a window is looked up
        only where some term begins. Made on first use, not at the index's open."""
        lengths: dict[str, set[int]] = {}
        for key in self.by_key:
            lengths.setdefault(key[:2], set()).add(len(key))
        return {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}


def _place_terms() -> dict[str, tuple[str, ...]]:
    terms: dict[str, tuple[str, ...]] = {p: (p,) for p in PREFECTURES}
    terms.update({prefecture_short(p): (p,) for p in PREFECTURES})
    terms.update(REGIONS)
    terms.update({f"{r}地方": ps for r, ps in REGIONS.items() if not r.endswith("地方")})
    return terms


PLACE_TERMS = _place_terms()  # prefecture or region name → its prefectures
CITY_SUFFIX = pattern(r"(広域市|特別市|直轄市|市)$")
COUNTRY_INDEX = TermIndex.of(COUNTRY_ALIASES)


@dataclass(frozen=True)
class Vocabulary:
    """Names the data holds, for recognising conditions in a question."""

    parties: dict[str, str | None]            # bare party name → prefecture
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
    # The newest list's own date (平成28年9月現在 → (2016, 9)), for dates counted back.
    as_of: tuple[int, int] | None = None

    def place_values(self, term: str) -> list[str]:
        """A place word → party names and prefectures (a prefecture means itself and
        every municipality in it)."""
        cities = self.cities
        if term in cities and term in PLACE_TERMS and term not in PREFECTURES:
            # A bare name like 長崎 or 福岡: the prefecture when the data has it as a party,
            # else the city when the data has that, else the prefecture.
            (pref,) = PLACE_TERMS[term]
            city = cities[term]
            return [pref] if pref in self.parties or city not in self.parties else [city]
        if term in cities and term not in PREFECTURES:
            return [cities[term]]
        return list(PLACE_TERMS[term])

    def other_reading(self, term: str, value: str | None = None) -> str | None:
        """For a bare name the data holds both ways (福岡: 福岡市 and 福岡県's
        municipalities; 熊本: 熊本県 and 熊本市), the reading not taken (`value`, else the
        one `place_values` takes)."""
        if term not in self.cities or term not in PLACE_TERMS or term in PREFECTURES:
            return None
        (pref,) = PLACE_TERMS[term]
        city = self.cities[term]
        taken = [value] if value else self.place_values(term)
        other = city if taken == [pref] else pref
        return other if other in self.present and other not in taken else None

    def without_qualifiers(self, text: str, places: list[tuple[str, int, int, str]]
                           ) -> list[tuple[str, int, int, str]]:
        """Places (value, start, end, word) less a prefecture written just before one of
        its municipalities (佐賀県有田町, 佐賀県の有田町): it says where the municipality
        is, no party of its own."""
        def qualifies(pref: str, b: int) -> bool:
            return any(re.fullmatch(r"\s*の?\s*", text[b:a2]) and self.parties.get(v) == pref
                       and v != pref for v, a2, _, _ in places if a2 >= b)
        return [p for p in places if not (p[0] in PREFECTURES and qualifies(p[0], p[2]))]

    def among_prefectures(self, text: str, places: list[tuple[str, int, int, str]]
                          ) -> list[tuple[str, int, int, str]]:
        """A bare name read as a city (福岡 → 福岡市) beside prefectures it is listed with
        (福岡・佐賀・長崎, 福岡と長崎県, 福岡／佐賀, 福岡 佐賀): its prefecture, as they are."""
        prefs = [p for p in places if p[0] in PREFECTURES]
        out = []
        for value, a, b, term in places:
            other = self.other_reading(term)
            if other in PREFECTURES and value not in PREFECTURES and any(
                    re.fullmatch(r"\s*(?:・|、|,|と|や|か|/|／|&|＆|\|)\s*|\s+",
                                 text[min(b, b2):max(a, a2)])
                    for _, a2, b2, _ in prefs):
                value = other
            out.append((value, a, b, term))
        return out

    def partner_stem(self, term: str) -> str:
        """A city named with its suffix (釜山市) matches every way the lists write it
        (釜山広域市, 釜山); provinces and states (福建省) keep their name."""
        stem = CITY_SUFFIX.sub("", term)
        return stem if stem != term and len(stem) >= 2 and stem in self.partner_terms else term

    @cached_property
    def title_keys(self) -> tuple[str, ...]:
        """Every title's key (text.title_key), read once: a quoted title is checked
        against them (plan._unknown_titles)."""
        return tuple(title_key(t) for t in self.title_index.by_key.values())

    @cached_property
    def present(self) -> frozenset[str]:
        """Every party and prefecture the data has agreements of."""
        return frozenset(self.parties) | {p for p in self.parties.values() if p}

    @classmethod
    def from_records(cls, records: Iterable[Record]) -> Vocabulary:
        records = list(records)
        return cls.from_parts(VocabularyParts.of(records),
                              as_of=newest_as_of(r.as_of for r in records))

    @classmethod
    def from_parts(cls, parts: VocabularyParts, as_of: tuple[int, int] | None = None
                   ) -> Vocabulary:
        """The vocabulary from what the records hold (a table file keeps these), and
        the newest list's date (`newest_as_of`)."""
        parties = dict(zip(parts.party_names, parts.party_prefectures, strict=True))
        short: dict[str, str] = {}
        for name in parties:
            stem = re.sub(r"(市|町|村|区)$", "", name)
            if stem != name and len(stem) >= 2:
                short.setdefault(stem, name)
        cities = {c: c for c in CITY_PREFECTURE} | {n: n for n in parties}
        for stem, full in short.items():
            cities.setdefault(stem, full)
        partner_terms = frozenset(parts.partner_terms)
        return cls(parties, partner_terms, frozenset(parts.field_terms),
                   tuple(parts.name_keys), cities=cities,
                   place_index=TermIndex.of(set(PLACE_TERMS) | set(cities)),
                   partner_index=TermIndex.of(partner_terms),
                   field_index=TermIndex.of(set(parts.field_terms) | set(FIELD_SYNONYMS)),
                   names_blob="\n".join(parts.name_keys),
                   title_index=TermIndex.in_order(parts.titles), as_of=as_of)


def newest_as_of(as_of_texts: Iterable[str | None]) -> tuple[int, int] | None:
    """The newest (year, month) among the lists' headings (平成28年9月現在)."""
    found = [d.date for t in set(as_of_texts) if t for d in find_dates(nfkc(t))[:1]]
    dated = [(d.year, d.month) for d in found if d.month]
    return max(dated) if dated else None


@dataclass(frozen=True)
class VocabularyParts:
    """What a vocabulary is made from, one pass over the records: the parties (first
    prefecture seen), the partner and field words (sorted), each record's fuzzy name
    key, and the title keys a question can quote (TITLE_MIN characters or more; one
    per folded form, in the title index's order)."""

    party_names: tuple[str, ...]
    party_prefectures: tuple[str | None, ...]
    partner_terms: tuple[str, ...]
    field_terms: tuple[str, ...]
    name_keys: tuple[str, ...]
    titles: tuple[str, ...]

    @classmethod
    def of(cls, records: Iterable[Record]) -> VocabularyParts:
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
            title = title_key(rec.title)
            if len(title) >= TITLE_MIN:
                titles.append(title)
        return cls(tuple(parties), tuple(parties.values()), tuple(sorted(partner_terms)),
                   tuple(sorted(field_terms)), tuple(names),
                   tuple(TermIndex.of(titles).by_key.values()))


# ---------------------------------------------------------------- names

def _is_katakana(ch: str) -> bool:
    return "ァ" <= ch <= "ヺ" or ch == "ー"


def free(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return all(b <= s or a >= e for s, e in spans)


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


def match_terms(text: str, index: TermIndex, spans: list[tuple[int, int]],
                 ok: Callable[[str, int, int], bool] = lambda t, a, b: True
                 ) -> list[tuple[str, int, int]]:
    """Longest-first, non-overlapping matches of the index's terms in `text`; spans grow.

    A window is looked up only at the lengths of the terms that begin with its first two
    characters, so the cost follows the question's length, not the vocabulary's size.
    """
    folded = text.casefold()
    starts, by_key, n = index.starts, index.by_key, len(folded)
    windows = []  # (-length, start, term): the order of longest first, then leftmost
    for a in range(n):
        for key in (folded[a:a + 2], folded[a]) if a + 1 < n else (folded[a],):
            for length in starts.get(key, ()):
                term = by_key.get(folded[a:a + length]) if a + length <= n else None
                if term is not None:
                    windows.append((-length, a, term))
    found = []
    for minus_length, a, term in sorted(windows):
        b = a - minus_length
        if free(spans, a, b) and _boundary_ok(text, a, b, term) and ok(term, a, b):
            spans.append((a, b))
            found.append((term, a, b))
    return sorted(found, key=lambda x: x[1])


def not_language(text: str) -> Callable[[str, int, int], bool]:
    # 韓国語 / 中国人 name a language or people, not a partner country; 対中 / 日韓 are
    # a country only as a word of their own (not the tail of 本日中).
    return lambda term, a, b: text[b:b + 1] not in ("語", "人") and \
        text[b:b + 2] not in ("地方",) and not (
            len(term) == 2 and term[0] in "対日" and a > 0
            and "\u4e00" <= text[a - 1] <= "\u9fff")


