"""The records of an index, their condition maps and the vocabulary's word lists in
one table file (`columns.py`), so that a query process touches the rows it shows,
not all of them: each `Record` is made when first read.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from dataclasses import fields
from typing import overload

import numpy as np

from .columns import Table, TableWriter
from .dates import SignDate
from .records import Origin, Party, Record
from .text import nfkc
from .vocab import VocabularyParts

# The string columns of a record, in Record's order; the nullable ones after.
TEXT = ("id", "source", "municipality", "title", "partner", "field_text", "summary",
        "url_text")
OPTIONAL = ("country", "url", "as_of", "sheet")
VOCABULARY = tuple(f.name for f in fields(VocabularyParts))
# Records made one by one before the rest are made at once (a pass over many rows,
# such as an aggregate over the whole list, then costs a pass per column).
BULK_AFTER = 2000


def write_records(w: TableWriter, records: Sequence[Record]) -> None:
    """Every field of every record, as columns."""
    for name in (*TEXT, *OPTIONAL):
        w.strings(name, [getattr(r, name) for r in records])
    w.array("line", np.array([r.line for r in records], dtype=np.int64))
    d = [r.date for r in records]
    w.array("date.known", np.array([x is not None for x in d], dtype=np.bool_))
    w.array("date.ymd", np.array([(x.year, x.month or 0, x.day or 0) if x else (0, 0, 0)
                                  for x in d], dtype=np.int32).reshape(-1))
    w.starts("parties", (len(r.parties) for r in records))
    parties = [p for r in records for p in r.parties]
    w.strings("parties.written", [p.written for p in parties])
    w.strings("parties.name", [p.name for p in parties])
    w.strings("parties.prefecture", [p.prefecture for p in parties])
    for name in ("partners", "fields"):
        w.starts(name, (len(getattr(r, name)) for r in records))
        w.strings(f"{name}.items", [x for r in records for x in getattr(r, name)])
    w.starts("also", (len(r.also) for r in records))
    also = [o for r in records for o in r.also]
    w.strings("also.source", [o.source for o in also])
    w.array("also.line", np.array([o.line for o in also], dtype=np.int64))
    w.strings("also.sheet", [o.sheet for o in also])
    w.strings("also.as_of", [o.as_of for o in also])


def write_vocabulary(w: TableWriter, parts: VocabularyParts) -> None:
    """What the vocabulary is made from (`vocab.VocabularyParts`)."""
    for name in VOCABULARY:
        w.strings(f"vocab.{name}", getattr(parts, name))


def read_vocabulary(table: Table) -> VocabularyParts:
    """The inverse of `write_vocabulary`."""
    cols = {name: tuple(table.strings(f"vocab.{name}").all()) for name in VOCABULARY}
    text = {name: tuple(v or "" for v in values) for name, values in cols.items()
            if name != "party_prefectures"}
    return VocabularyParts(party_prefectures=cols["party_prefectures"], **text)


class RecordTable(Sequence[Record]):
    """The records of a table file; each made a `Record` the first time it is read."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self._cols = {name: table.strings(name) for name in (*TEXT, *OPTIONAL)}
        self._n = len(self._cols["id"])
        self._made: list[Record | None] = [None] * self._n
        self._line = table.array("line")
        self._known = table.array("date.known")
        self._ymd = table.array("date.ymd")
        self._starts = {k: table.array(f"{k}.starts") for k in ("parties", "partners",
                                                                "fields", "also")}
        self._items = {k: table.strings(k) for k in ("parties.written", "parties.name",
                                                     "parties.prefecture", "partners.items",
                                                     "fields.items", "also.source",
                                                     "also.sheet", "also.as_of")}
        self._also_line = table.array("also.line")
        self._misses = 0

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, i: int) -> Record: ...
    @overload
    def __getitem__(self, i: slice) -> list[Record]: ...
    def __getitem__(self, i: int | slice) -> Record | list[Record]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._n))]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        rec = self._made[i]
        if rec is None:
            self._misses += 1
            if self._misses >= BULK_AFTER:
                self._make_all()  # a pass over many rows (an aggregate): make them all
                rec = self._made[i]
                assert rec is not None
            else:
                rec = self._made[i] = self._make(i)
        return rec

    def __iter__(self) -> Iterator[Record]:
        self._make_all()
        return (self[i] for i in range(self._n))

    def _make_all(self) -> None:
        """Every record not made yet, from whole columns (a pass over each, not a seek
        per field: 100,000 records in well under a second)."""
        if self._misses < 0:
            return
        self._misses = -1
        # A million objects that all live on: the collector's passes over them while
        # they are made were a third of the time.
        enabled = gc.isenabled()
        gc.disable()
        try:
            self._make_rest()
        finally:
            if enabled:
                gc.enable()

    def _make_rest(self) -> None:
        c = {name: col.all() for name, col in self._cols.items()}
        it = {name: col.all() for name, col in self._items.items()}
        parties = [Party(w or "", n or "", p) for w, n, p in zip(
            it["parties.written"], it["parties.name"], it["parties.prefecture"], strict=True)]
        also = [Origin(src or "", line, sheet, as_of) for src, line, sheet, as_of in zip(
            it["also.source"], self._also_line.tolist(), it["also.sheet"], it["also.as_of"],
            strict=True)]
        partners = [v or "" for v in it["partners.items"]]
        fields = [v or "" for v in it["fields.items"]]

        def spans(name: str) -> Iterator[tuple[int, int]]:
            s = self._starts[name].tolist()
            return zip(s[:-1], s[1:], strict=True)

        ymd = self._ymd.tolist()
        dates = [SignDate(y, m or None, d or None) if k else None for k, y, m, d in zip(
            self._known.tolist(), ymd[0::3], ymd[1::3], ymd[2::3], strict=True)]
        rows = zip(range(self._n), *(c[name] for name in TEXT), self._line.tolist(),
                   spans("parties"), c["country"], spans("partners"), spans("fields"),
                   dates, c["url"], c["as_of"], c["sheet"], spans("also"), strict=True)
        made = self._made
        for (i, rid, source, municipality, title, partner, field_text, summary, url_text,
             line, ps, country, pt, fs, date, url, as_of, sheet, al) in rows:
            if made[i] is not None:
                continue
            made[i] = Record(
                id=rid or "", source=source or "", line=line,
                municipality=municipality or "", title=title or "", partner=partner or "",
                field_text=field_text or "", summary=summary or "", url_text=url_text or "",
                parties=tuple(parties[ps[0]:ps[1]]), country=country,
                partners=tuple(partners[pt[0]:pt[1]]), fields=tuple(fields[fs[0]:fs[1]]),
                date=date, url=url, as_of=as_of, sheet=sheet, also=tuple(also[al[0]:al[1]]))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other,
                                                                      strict=True))

    __hash__ = None  # type: ignore[assignment]

    @property
    def made(self) -> int:
        """How many records have been made so far (the rest are only in the file)."""
        return sum(r is not None for r in self._made)

    def column(self, name: str) -> list[str | None]:
        """One string field of every record, without making the records."""
        return self._cols[name].all()

    def _span(self, name: str, i: int) -> range:
        s = self._starts[name]
        return range(s.item(i), s.item(i + 1))

    def _make(self, i: int) -> Record:
        c = {name: col.at(i) for name, col in self._cols.items()}
        it = self._items
        ymd = self._ymd
        return Record(
            id=c["id"] or "", source=c["source"] or "", line=self._line.item(i),
            municipality=c["municipality"] or "", title=c["title"] or "",
            partner=c["partner"] or "", field_text=c["field_text"] or "",
            summary=c["summary"] or "", url_text=c["url_text"] or "",
            parties=tuple(Party(it["parties.written"].at(j) or "",
                                it["parties.name"].at(j) or "", it["parties.prefecture"].at(j))
                          for j in self._span("parties", i)),
            country=c["country"],
            partners=tuple(it["partners.items"].at(j) or "" for j in self._span("partners", i)),
            fields=tuple(it["fields.items"].at(j) or "" for j in self._span("fields", i)),
            date=SignDate(ymd.item(3 * i), ymd.item(3 * i + 1) or None,
                          ymd.item(3 * i + 2) or None) if self._known.item(i) else None,
            url=c["url"], as_of=c["as_of"], sheet=c["sheet"],
            also=tuple(Origin(it["also.source"].at(j) or "", self._also_line.item(j),
                              it["also.sheet"].at(j), it["also.as_of"].at(j))
                       for j in self._span("also", i)),
        )


def column(records: Sequence[Record], name: str) -> list[str | None]:
    """One string field of every record: from the columns of a table, else read off
    each record."""
    if isinstance(records, RecordTable):
        return records.column(name)
    return [getattr(r, name) for r in records]


def text_column(records: Sequence[Record], name: str) -> list[str]:
    """`column` for a field that is always a string (one of TEXT)."""
    if name not in TEXT:
        raise KeyError(f"{name} is not one of {TEXT}")
    return [v or "" for v in column(records, name)]


def passages(records: Sequence[Record]) -> list[str]:
    """`Record.text()` of every record, from the columns of a table without making the
    records."""
    if not isinstance(records, RecordTable):
        return [r.text() for r in records]
    cols = [text_column(records, name) for name in ("title", "municipality", "partner",
                                                    "field_text", "summary")]
    return [nfkc(" ".join(parts)) for parts in zip(*cols, strict=True)]
