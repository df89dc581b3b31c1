"""The records of an index, their condition maps and the vocabulary's word lists as one
columnar file, read through mmap without parsing: a query process touches the rows
it shows, not all of them.

Layout of `table.bin` (little-endian):

    8 bytes    MAGIC
    8 bytes    header length H
    H bytes    header: JSON {array name: [dtype, length, offset]} (names, not data)
    ...        the arrays, each at an offset that is a multiple of 8

A column of strings is `<name>.blob` (UTF-8, uint8) with `<name>.ends` (int64 byte
offsets where each string ends) and, when some values are None, `<name>.null`. A list
per row (a record's parties) is `<name>.starts` (int64, n + 1) over flat columns.
A map from a value to rows (`map.<name>`) is its keys, `.starts` and `.rows` (int32).
"""

from __future__ import annotations

import json
import mmap
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any, overload

import numpy as np

from .dates import SignDate
from .records import Origin, Party, Record
from .text import nfkc
from .vocab import VocabularyParts

MAGIC = b"TKQATBL1"
_DTYPES = {"u1": np.uint8, "b1": np.bool_, "i4": np.int32, "i8": np.int64}
# The string columns of a record, in Record's order; the nullable ones after.
TEXT = ("id", "source", "municipality", "title", "partner", "field_text", "summary",
        "url_text")
OPTIONAL = ("country", "url", "as_of", "sheet")
VOCABULARY = tuple(f.name for f in fields(VocabularyParts))
# Records made one by one before every column is decoded at once (a pass over many
# rows, such as an aggregate over the whole list, then costs a pass per column).
BULK_AFTER = 2000


# ---------------------------------------------------------------- writing

class TableWriter:
    """Arrays by name, written as one table file."""

    def __init__(self) -> None:
        self.arrays: dict[str, np.ndarray] = {}

    def array(self, name: str, values: np.ndarray) -> None:
        a = np.ascontiguousarray(values)
        if a.dtype.str[1:] not in _DTYPES:
            raise TypeError(f"{name}: dtype {a.dtype} cannot be stored")
        self.arrays[name] = a

    def strings(self, name: str, values: Sequence[str | None]) -> None:
        encoded = [b"" if v is None else v.encode("utf-8") for v in values]
        self.array(f"{name}.blob", np.frombuffer(b"".join(encoded), dtype=np.uint8))
        self.array(f"{name}.ends", np.cumsum([len(b) for b in encoded], dtype=np.int64))
        if any(v is None for v in values):
            self.array(f"{name}.null", np.array([v is None for v in values], dtype=np.bool_))

    def starts(self, name: str, lengths: Iterable[int]) -> None:
        self.array(f"{name}.starts", np.concatenate(
            [[0], np.cumsum(np.fromiter(lengths, dtype=np.int64), dtype=np.int64)]))

    def row_map(self, name: str, rows_by_key: Mapping[Any, Iterable[int]]) -> None:
        """Keys (strings, or ints for years) in a fixed order, each with its sorted rows."""
        keys = sorted(rows_by_key, key=lambda k: (str(type(k)), k))
        if all(isinstance(k, int) for k in keys):
            self.array(f"map.{name}.ints", np.array(keys, dtype=np.int64))
        else:
            self.strings(f"map.{name}.keys", [str(k) for k in keys])
        groups = [sorted(rows_by_key[k]) for k in keys]
        self.starts(f"map.{name}", map(len, groups))
        self.array(f"map.{name}.rows", np.array([i for g in groups for i in g], dtype=np.int32))

    def to_bytes(self) -> bytes:
        header: dict[str, list[object]] = {}
        offset = 0
        for name, a in self.arrays.items():
            header[name] = [a.dtype.str[1:], int(a.size), offset]
            offset += -(-a.nbytes // 8) * 8
        head = json.dumps(header).encode("utf-8")
        head += b" " * (-len(head) % 8)
        base = len(MAGIC) + 8 + len(head)
        out = bytearray(MAGIC + len(head).to_bytes(8, "little") + head)
        out.extend(bytes(offset))
        for name, a in self.arrays.items():
            at = base + int(header[name][2])  # type: ignore[call-overload]
            out[at:at + a.nbytes] = a.astype(a.dtype.newbyteorder("<")).tobytes()
        return bytes(out)


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


# ---------------------------------------------------------------- reading

class Strings(Sequence[str | None]):
    """One column of strings over the mapped file; each decoded when asked for."""

    def __init__(self, table: Table, name: str) -> None:
        self._buf = table.buffer
        self._base = table.offset(f"{name}.blob")
        self._ends = table.array(f"{name}.ends")
        self._null = table.array(f"{name}.null") if table.has(f"{name}.null") else None
        self._all: list[str | None] | None = None

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, i: int) -> str | None: ...
    @overload
    def __getitem__(self, i: slice) -> list[str | None]: ...
    def __getitem__(self, i: int | slice) -> str | None | list[str | None]:
        if isinstance(i, slice):
            return self.all()[i]
        if self._all is not None:
            return self._all[i]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self.at(i)

    def at(self, i: int) -> str | None:
        """The value at row `i` (0 ≤ i < len), unchecked: the path of making a record."""
        if self._all is not None:
            return self._all[i]
        if self._null is not None and self._null.item(i):
            return None
        a = self._ends.item(i - 1) if i else 0
        return self._buf[self._base + a:self._base + self._ends.item(i)].decode("utf-8")

    def all(self) -> list[str | None]:
        """Every value, decoded once and kept."""
        if self._all is None:
            end = int(self._ends[-1]) if len(self) else 0
            raw = self._buf[self._base:self._base + end]
            ends = self._ends.tolist()
            out: list[str | None] = [raw[a:b].decode("utf-8")
                                     for a, b in zip([0, *ends][:len(ends)], ends,
                                                     strict=True)]
            if self._null is not None:
                for i in np.flatnonzero(self._null).tolist():
                    out[i] = None
            self._all = out
        return self._all

    def text(self) -> list[str]:
        """`all()` for a column without None."""
        return [v or "" for v in self.all()]


class Table:
    """A table file, mapped; arrays are read-only views over the mapping."""

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as f:
            self.buffer = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        if self.buffer[:len(MAGIC)] != MAGIC:
            raise ValueError(f"{path.name} is not a table file")
        size = int.from_bytes(self.buffer[8:16], "little")
        self._base = 16 + size
        self._header: dict[str, list[Any]] = json.loads(self.buffer[16:16 + size])
        for name, (dtype, length, offset) in self._header.items():
            end = self._base + offset + length * np.dtype(_DTYPES[dtype]).itemsize
            if end > len(self.buffer):
                raise ValueError(f"{path.name}: {name} runs past the end of the file")

    def has(self, name: str) -> bool:
        return name in self._header

    def offset(self, name: str) -> int:
        return self._base + int(self._header[name][2])

    def array(self, name: str) -> np.ndarray:
        dtype, length, _ = self._header[name]
        a = np.frombuffer(self.buffer, dtype=np.dtype(_DTYPES[dtype]).newbyteorder("<"),
                          count=length, offset=self.offset(name))
        return a

    def strings(self, name: str) -> Strings:
        return Strings(self, name)

    def row_map(self, name: str) -> RowMap:
        return RowMap(self, name)

    @property
    def records(self) -> RecordTable:
        return RecordTable(self)


class RowMap(Mapping[Any, frozenset[int]]):
    """A value (a party, a country, a year …) → the rows that hold it; the rows of a
    value become a set when that value is asked for."""

    def __init__(self, table: Table, name: str) -> None:
        prefix = f"map.{name}"
        self._keys: Sequence[Any] = table.array(f"{prefix}.ints").tolist() \
            if table.has(f"{prefix}.ints") else table.strings(f"{prefix}.keys").all()
        self._starts = table.array(f"{prefix}.starts")
        self._rows = table.array(f"{prefix}.rows")
        self._slot: dict[Any, int] | None = None
        self._sets: dict[int, frozenset[int]] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._keys)

    def __getitem__(self, key: Any) -> frozenset[int]:
        if self._slot is None:
            self._slot = {k: n for n, k in enumerate(self._keys)}
        n = self._slot[key]
        if n not in self._sets:
            a, b = int(self._starts[n]), int(self._starts[n + 1])
            self._sets[n] = frozenset(self._rows[a:b].tolist())
        return self._sets[n]


class RowMaps(Mapping[str, RowMap]):
    """The table's maps by name, each read when first asked for."""

    def __init__(self, table: Table, names: Sequence[str]) -> None:
        self._table, self._names = table, tuple(names)
        self._read: dict[str, RowMap] = {}

    def __len__(self) -> int:
        return len(self._names)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __getitem__(self, name: str) -> RowMap:
        if name not in self._names:
            raise KeyError(name)
        if name not in self._read:
            self._read[name] = self._table.row_map(name)
        return self._read[name]


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
            if self._misses == BULK_AFTER:
                self._decode_all()  # a pass over many rows (an aggregate): read them all
            rec = self._made[i] = self._make(i)
        return rec

    def __iter__(self) -> Iterator[Record]:
        if any(r is None for r in self._made):
            self._decode_all()
        return (self[i] for i in range(self._n))

    def _decode_all(self) -> None:
        """Every column decoded in one pass each: making many records then costs a few
        microseconds each instead of a seek per field."""
        for col in (*self._cols.values(), *self._items.values()):
            col.all()

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
