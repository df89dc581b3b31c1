"""One file of named arrays, read through mmap without parsing: numbers as numpy
arrays, strings as UTF-8 blobs with offsets, maps from a value to rows. `store.py`
keeps an index's records in it.

Layout of a table file (little-endian):

    8 bytes    MAGIC
    8 bytes    header length H
    H bytes    header: JSON {array name: [dtype, length, offset]} (names, not data)
    ...        the arrays, each at an offset that is a multiple of 8

A column of strings is `<name>.blob` (UTF-8, uint8) with `<name>.ends` and
`<name>.chars` (int64: where each string ends, in bytes for reading one, in characters
for slicing the whole column decoded at once) and, when some values are None,
`<name>.null`. A list per row is `<name>.starts` (int64, n + 1) over flat columns.
A map from a value to rows (`map.<name>`) is its keys, `.starts` and `.rows` (int32).
"""

from __future__ import annotations

import json
import mmap
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, overload

import numpy as np

MAGIC = b"TKQATBL1"
_DTYPES = {"u1": np.uint8, "b1": np.bool_, "i4": np.int32, "i8": np.int64}


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
        self.array(f"{name}.chars", np.cumsum([len(v or "") for v in values], dtype=np.int64))
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


# ---------------------------------------------------------------- reading

class Strings(Sequence[str | None]):
    """One column of strings over the mapped file; each decoded when asked for."""

    def __init__(self, table: Table, name: str) -> None:
        self._buf = table.buffer
        self._base = table.offset(f"{name}.blob")
        self._ends = table.array(f"{name}.ends")
        self._chars = table.array(f"{name}.chars")
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
            # One decode of the whole blob, then slices at the character offsets.
            text = self._buf[self._base:self._base + end].decode("utf-8")
            ends = self._chars.tolist()
            out: list[str | None] = [text[a:b] for a, b in zip([0, *ends][:len(ends)], ends,
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


