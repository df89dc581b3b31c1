"""Several lists at once: files and folders, what each list holds, and the same
agreement in two lists counted once.

The same agreement is the same stable id (`records.record_key`: party, title,
partner). Its record is the newest list's (by the as-of date of its heading; a list
without one is the oldest; between lists of one date, the one given later), kept
where the agreement first appeared; the other lists' rows are cited in `Record.also`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from .dates import find_dates
from .errors import DataError
from .records import (
    TEXT_SUFFIXES,
    WORKBOOK_SUFFIXES,
    ListSummary,
    LoadResult,
    Origin,
    Record,
    decode,
    parse_text,
)
from .text import nfkc
from .workbooks import load_workbook

SUPPORTED = TEXT_SUFFIXES + WORKBOOK_SUFFIXES


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """The files of `--data` in the order given; a folder gives every supported file in
    it (.txt .tsv .csv .xlsx .xlsm .xls .ods) by name, leaving out hidden files, Excel's
    lock files (~$名前.xlsx) and sub-folders. A file named twice is read once."""
    out: list[Path] = []
    seen: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir():
            files = sorted(f for f in p.iterdir() if f.suffix.lower() in SUPPORTED
                           and not f.name.startswith((".", "~$")) and f.is_file())
            if not files:
                raise DataError(str(p), None, "a folder with no list in it (" +
                                " ".join(SUPPORTED) + "); check --data")
        else:
            files = [p]
        for f in files:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def source_names(paths: Sequence[Path]) -> list[str]:
    """The name each file is cited by: its file name, or folder/file name when two
    files of one name are loaded."""
    count = Counter(p.name for p in paths)
    return [p.name if count[p.name] == 1 else f"{p.parent.name}/{p.name}" for p in paths]


def as_of_key(as_of: str | None) -> tuple[int, int, int]:
    """平成28年9月現在 → (2016, 9, 0); no date → (0, 0, 0), older than any."""
    found = find_dates(nfkc(as_of)) if as_of else []
    if not found:
        return (0, 0, 0)
    return found[0].date.key()


def as_of_dates(records: Iterable[Record]) -> tuple[str, ...]:
    """The lists' dates behind `records` (the shown text's, not `also`), newest first:
    one date for an answer from one list, several when lists of different dates answer."""
    return newest_first(r.as_of for r in records)


def newest_first(dates: Iterable[str | None]) -> tuple[str, ...]:
    """The distinct dates given (None left out), newest first."""
    return tuple(sorted({d for d in dates if d}, key=lambda d: (as_of_key(d), d), reverse=True))


def _origin(rec: Record) -> Origin:
    return Origin(rec.source, rec.line, rec.sheet, rec.as_of)


def merge_lists(results: Sequence[LoadResult]) -> LoadResult:
    """One list from several: an id already read from another list is the same
    agreement, counted once (module docstring); `merged` counts the rows folded."""
    records: list[Record] = []
    slot: dict[str, int] = {}
    owner: dict[str, int] = {}  # id → the list its record was first read from
    lists_of: dict[str, set[int]] = {}
    for k, result in enumerate(results):
        for rec in result.records:
            i = slot.get(rec.id)
            if i is None or owner[rec.id] == k:
                if i is None:
                    slot[rec.id] = len(records)
                    owner[rec.id] = k
                    records.append(rec)
                continue
            lists_of.setdefault(rec.id, {owner[rec.id]}).add(k)
            kept = records[i]
            if as_of_key(rec.as_of) >= as_of_key(kept.as_of):
                records[i] = replace(rec, also=(_origin(kept), *kept.also))
            else:
                records[i] = replace(kept, also=(*kept.also, _origin(rec)))
    dup = Counter(k for ks in lists_of.values() for k in ks)
    merged = sum(len(ks) - 1 for ks in lists_of.values())
    summaries = []
    for k, result in enumerate(results):
        for s in result.lists:
            summaries.append(replace(s, merged=dup[k]))
    skipped = tuple(s for result in results for s in result.skipped)
    return LoadResult(tuple(records), skipped, merged, tuple(summaries))


def load_lists(paths: Iterable[str | Path], *, lenient: bool = False,
               known: Mapping[tuple[str, ...], Record] | None = None) -> LoadResult:
    """Read files and folders (see `expand`) into one list (see `merge_lists`)."""
    files = expand(paths)
    results = []
    for path, name in zip(files, source_names(files), strict=True):
        result = load_file(path, lenient=lenient, source=name, known=known)
        if not result.lists:  # a text list: one summary for the file
            as_of = next((r.as_of for r in result.records), None)
            result = replace(result, lists=(ListSummary(
                name, str(path.resolve()), as_of, len(result.records), len(result.skipped)),))
        results.append(result)
    return merge_lists(results)


def load_file(path: str | Path, *, lenient: bool = False, source: str | None = None,
              known: Mapping[tuple[str, ...], Record] | None = None) -> LoadResult:
    """Read and parse one file, a text list or a workbook (by its suffix); `source` is
    the name citations show (default: file name)."""
    path = Path(path)
    name = source or path.name
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        return load_workbook(path, lenient=lenient, source=name, known=known)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataError(name, None, f"cannot read the file ({exc.strerror}); check --data") from exc
    return parse_text(decode(data, name), name, lenient=lenient, known=known)


def load_files(paths: Iterable[str | Path], *, lenient: bool = False,
               known: Mapping[tuple[str, ...], Record] | None = None) -> LoadResult:
    """Read several files and folders into one list (see `load_lists`)."""
    return load_lists(paths, lenient=lenient, known=known)
