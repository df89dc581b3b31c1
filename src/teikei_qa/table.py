"""Exact condition matching over the records, through inverted maps built once, so
a question does not scan every record for party, country, field or year."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .gazetteer import nfkc
from .query import Query, Vocabulary, title_form
from .records import Record
from .tokenize import fuzzy_key


@dataclass(frozen=True)
class Condition:
    """One condition of a query, in words, and the records it matches."""

    kind: str
    label: str
    ids: frozenset[int]


class Table:
    """The records with maps from party, prefecture, country, field and year to rows."""

    def __init__(self, records: Sequence[Record]) -> None:
        self.records = list(records)
        self.vocab = Vocabulary.from_records(self.records)
        self.by_party: dict[str, set[int]] = defaultdict(set)
        self.by_prefecture: dict[str, set[int]] = defaultdict(set)
        self.by_country: dict[str, set[int]] = defaultdict(set)
        self.by_year: dict[int, set[int]] = defaultdict(set)
        self.by_partner_text: dict[str, set[int]] = defaultdict(set)
        self.by_field_text: dict[str, set[int]] = defaultdict(set)
        for i, rec in enumerate(self.records):
            for p in rec.parties:
                self.by_party[p.name].add(i)
                if p.prefecture:
                    self.by_prefecture[p.prefecture].add(i)
            if rec.country:
                self.by_country[rec.country].add(i)
            if rec.date:
                self.by_year[rec.date.year].add(i)
            for ent in rec.partners or (rec.partner,):
                self.by_partner_text[nfkc(ent)].add(i)
            for f in rec.fields:
                self.by_field_text[nfkc(f)].add(i)
        self.names = list(self.vocab.name_keys)
        self.by_title: dict[str, set[int]] = defaultdict(set)
        for i, rec in enumerate(self.records):
            self.by_title[title_form(rec.title)].add(i)
        self.years = sorted(self.by_year)

    def _containing(self, index: dict[str, set[int]], term: str) -> set[int]:
        out: set[int] = set()
        for text, ids in index.items():  # distinct texts: far fewer than records
            if term in text:
                out |= ids
        return out

    def conditions(self, q: Query) -> list[Condition]:
        """Each condition of `q` with the rows it matches; values of one kind are ORed."""
        conds: list[Condition] = []
        if q.parties or q.prefectures:
            ids: set[int] = set()
            for name in q.parties:
                ids |= self.by_party.get(name, set())
            for pref in q.prefectures:
                ids |= self.by_prefecture.get(pref, set())
            label = "・".join(list(q.parties) + list(q.areas or q.prefectures))
            conds.append(Condition("party", label, frozenset(ids)))
        if q.countries:
            ids = set().union(*(self.by_country.get(c, set()) for c in q.countries))
            conds.append(Condition("country", "・".join(q.countries), frozenset(ids)))
        if q.partners:
            ids = set().union(*(self._containing(self.by_partner_text, p) for p in q.partners))
            conds.append(Condition("partner", "・".join(q.partners), frozenset(ids)))
        if q.fields:
            ids = set().union(*(self._containing(self.by_field_text, f) for f in q.fields))
            conds.append(Condition("field", "・".join(q.fields), frozenset(ids)))
        if q.dates:
            ids = set()
            for y in self.years:
                if q.dates.contains(y):
                    ids |= self.by_year[y]
            if q.dates.month is not None:
                ids = {i for i in ids if self.records[i].date.month == q.dates.month}
            conds.append(Condition("date", q.dates.label, frozenset(ids)))
        for title in q.titles:
            conds.append(Condition("title", title, frozenset(self.by_title.get(title, ()))))
        for name in q.names:
            key = fuzzy_key(name)
            ids = {i for i, t in enumerate(self.names) if key in t} \
                if key in self.vocab.names_blob else set()
            conds.append(Condition("name", name, frozenset(ids)))
        return conds

    def match(self, q: Query) -> tuple[list[int], list[Condition]]:
        """Rows meeting every condition (in file order), and the conditions."""
        conds = self.conditions(q)
        if not conds:
            return list(range(len(self.records))), conds
        ids = set(conds[0].ids)
        for c in conds[1:]:
            ids &= c.ids
        return sorted(ids), conds
