"""Read the list from workbooks (.xlsx, .xlsm, .xls, .ods) with python-calamine.

Every sheet is read; in each, the header row is found by its column names (the six of
the text format and their usual variants, in any order, other columns ignored); the
page-title and date rows above and between pages are skipped; a cell merged down
several rows (a 自治体名 for a block of agreements) is filled down; line breaks in
cells are kept; dates and numbers as Excel stores them become text the parser reads
(2014年5月12日, 3). A record's place is `file:sheet!row`, the row as Excel numbers it.

The pure core (`cell_text`, `header_columns`, `fill_merged`, `sheet_rows`) works on
plain values; `read_workbook` is the only function that opens a file, through a child
process (`sheet_reader.py`) with limits on memory and time.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import DataError
from .lazy_re import pattern
from .records import (
    COLUMNS,
    ListSummary,
    LoadResult,
    Record,
    SheetSummary,
    Skipped,
    as_of_date,
    rows_to_records,
)
from .text import nfkc

# The six columns in the order of the text format, each with the names lists use for it.
# Names are compared after NFKC, with notes in brackets and white space removed
# (協定締結先(国・地域名/都市名) → 協定締結先).
COLUMN_NAMES: tuple[tuple[str, ...], ...] = (
    ("自治体名", "自治体", "団体名", "地方公共団体名", "地方自治体名", "地方公共団体",
     "市区町村名", "都道府県名", "都道府県・市区町村名", "都道府県市区町村名"),
    ("協定名", "協定名称", "協定等名", "協定等の名称", "協定の名称", "提携名", "提携協定名",
     "名称", "協定・覚書名"),
    ("協定締結先", "締結先", "提携先", "相手先", "協定相手", "協定相手先", "提携相手",
     "相手国・地域", "相手国・地域名/都市名", "相手国・都市", "締結相手"),
    ("分野", "提携分野", "交流分野", "協定分野"),
    ("概要", "内容", "協定概要", "協定内容", "概要・締結年"),
    ("url", "ホームページ", "参考url", "関連url", "リンク", "hp", "ウェブサイト"),
)
REQUIRED = 3  # 自治体名, 協定名 and 協定締結先 must be named; 分野, 概要, URL may be absent
_NOTE = pattern(r"[(（\[［【<＜][^)）\]］】>＞]*[)）\]］】>＞]")

Span = tuple[tuple[int, int], tuple[int, int]]  # ((first row, first col), (last row, last col))


@dataclass(frozen=True)
class Sheet:
    """One sheet as read: its name, whether it is shown, and (row number, cells) pairs."""

    name: str
    visible: bool
    rows: tuple[tuple[int, tuple[str, ...]], ...]


# ---------------------------------------------------------------- pure core


def cell_text(value: object) -> str:
    """A cell as text: 2014-05-12 (an Excel date) → 2014年5月12日, 3.0 → 3, CRLF → LF."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        day = f"{value.year}年{value.month}月{value.day}日"
        return day if value.time() == dt.time() else f"{day} {value:%H:%M}"
    if isinstance(value, dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, dt.time):
        return f"{value:%H:%M}" if not value.second else f"{value:%H:%M:%S}"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def column_key(cell: str) -> str:
    """A header cell as compared with COLUMN_NAMES."""
    return re.sub(r"\s+", "", _NOTE.sub("", nfkc(cell))).lower()


_COLUMN_OF = {column_key(name): i for i, names in enumerate(COLUMN_NAMES) for name in names}


def header_columns(cells: Sequence[str]) -> list[int | None] | None:
    """Where each of the six columns is in a header row (None: absent), or None when
    the row is not a header (fewer than three column names)."""
    where: list[int | None] = [None] * COLUMNS
    for j, cell in enumerate(cells):
        k = _COLUMN_OF.get(column_key(cell)) if len(cell) < 60 else None
        if k is not None and where[k] is None:
            where[k] = j
    return where if sum(p is not None for p in where) >= 3 else None


def fill_merged(rows: list[list[str]], spans: Sequence[Span], origin: tuple[int, int] = (0, 0)
                ) -> None:
    """Fill each cell merged down below its first cell with that cell's text (in place;
    `origin` is where `rows` starts on the sheet). Cells merged across stay empty."""
    r0, c0 = origin
    for (top, col), (bottom, _) in spans:
        i, j = top - r0, col - c0
        if i < 0 or j < 0 or i >= len(rows) or j >= len(rows[i]):
            continue
        for k in range(i + 1, min(bottom - r0, len(rows) - 1) + 1):
            if j < len(rows[k]) and not rows[k][j].strip():
                rows[k][j] = rows[i][j]


def _is_blank(cells: Sequence[str]) -> bool:
    return not any(c.strip() for c in cells)


def _heading_like(cells: Sequence[str]) -> bool:
    """One filled cell, or two that state the list's date (a date cell beside 現在)."""
    filled = [c for c in cells if c.strip()]
    return len(filled) <= 1 or (len(filled) == 2 and as_of_date([" ".join(filled)]) is not None)


@dataclass(frozen=True)
class SheetRows:
    """What a sheet holds: its as-of date, the agreement rows (row number, the six
    columns) and, for a sheet that cannot be read as a list, (row, problem)."""

    as_of: str | None
    body: tuple[tuple[int, list[str]], ...]
    problem: tuple[int, str] | None = None


NO_HEADER = ("no header row (自治体名 協定名 協定締結先 分野 概要 URL) in this sheet; "
             "add one above the agreements")


def sheet_rows(sheet: Sheet) -> SheetRows:
    """Rows above the first header are the sheet's headings; below it, a heading-like
    row (one filled cell, or a date beside 現在) that leads through others to a header
    is a page title, and so is a repeat of an earlier heading. A shown sheet with content but no
    header row, or a header without a required column, is a problem; an empty or hidden
    header-less sheet is no rows."""
    rows = sheet.rows
    headers = [header_columns(cells) for _, cells in rows]
    if not any(headers):
        first = next((n for n, cells in rows if not _is_blank(cells)), None)
        problem = (first, NO_HEADER) if first is not None and sheet.visible else None
        return SheetRows(None, (), problem)
    for (n, _), columns in zip(rows, headers, strict=True):
        if columns and None in columns[:REQUIRED]:
            names = "、".join(COLUMN_NAMES[k][0] for k in range(REQUIRED) if columns[k] is None)
            return SheetRows(None, (), (n, f"the header row has no {names} column; name the "
                                           "columns 自治体名 協定名 協定締結先 分野 概要 URL"))
    heading = [False] * len(rows)
    leads = False
    for i in range(len(rows) - 1, -1, -1):
        if headers[i]:
            leads = True
        elif _is_blank(rows[i][1]) or (leads and _heading_like(rows[i][1])):
            heading[i] = True
        else:
            leads = False
    top = next(i for i, h in enumerate(headers) if h)
    texts = [_joined(cells) for _, cells in rows]
    titles = set(texts[:top]) - {""}
    body: list[tuple[int, list[str]]] = []
    where: list[int | None] = []
    for i, (n, cells) in enumerate(rows):
        header = headers[i]
        if header:
            where = header
        elif i > top and not heading[i] and texts[i] not in titles:
            six = [cells[p] if p is not None and p < len(cells) else "" for p in where]
            if not _is_blank(six):
                body.append((n, six))
    as_of = as_of_date(t for i, t in enumerate(texts) if i < top or heading[i])
    return SheetRows(as_of, tuple(body))


def _joined(cells: Sequence[str]) -> str:
    return " ".join(c.strip() for c in cells if c.strip())


# ---------------------------------------------------------------- the file


def load_workbook(path: str | Path, *, lenient: bool = False, source: str | None = None,
                  known: Mapping[tuple[str, ...], Record] | None = None) -> LoadResult:
    """Every sheet of a workbook as records. Strict: the first bad row (or a shown sheet
    without a header row) raises DataError naming file, sheet and row; lenient: it is
    skipped. A workbook that cannot be opened (corrupt, password-protected) always
    raises."""
    path = Path(path)
    name = source or path.name
    parsed = [(sheet, sheet_rows(sheet)) for sheet in read_workbook(path, name)]
    book_as_of = next((rows.as_of for _, rows in parsed if rows.as_of), None)
    records: list[Record] = []
    skipped: list[Skipped] = []
    sheets_out: list[SheetSummary] = []
    seen: dict[str, int] = {}
    for sheet, rows in parsed:
        problem, as_of = rows.problem, rows.as_of or book_as_of
        if problem:
            if not lenient:
                raise DataError(name, problem[0], problem[1], sheet.name)
            skipped.append(Skipped(name, problem[0], problem[1], sheet.name))
            sheets_out.append(SheetSummary(sheet.name, as_of, 0, 1))
            continue
        recs, skips = rows_to_records(rows.body, name, sheet=sheet.name, as_of=as_of,
                                      lenient=lenient, known=known, seen=seen)
        records.extend(recs)
        skipped.extend(skips)
        sheets_out.append(SheetSummary(sheet.name, as_of, len(recs), len(skips)))
    if not records and not skipped:
        raise DataError(name, None, "no agreement rows in any sheet; add rows under a header "
                        "row 自治体名 協定名 協定締結先 分野 概要 URL")
    summary = ListSummary(name, str(path.resolve()), book_as_of, len(records), len(skipped),
                          sheets=tuple(sheets_out))
    return LoadResult(tuple(records), tuple(skipped), lists=(summary,))


PASSWORD = ("a password-protected workbook; save a copy without a password "
            "(Excel: ファイル > 情報 > ブックの保護; LibreOffice: 名前を付けて保存) and give that")
CORRUPT = ("a corrupt workbook, or not a workbook ({}); open it in Excel or LibreOffice and "
           "save it again")
# Limits of the child process that opens a workbook (see sheet_reader.py): a list of a
# few thousand agreements needs a few tens of MB and well under a second.
READER_MEMORY = 1 << 30
READER_SECONDS = 120
_RUN_READER = "import runpy, sys; del sys.path[0]; runpy.run_path(sys.argv[1], run_name='__main__')"


def _value(cell: object) -> object:
    """A cell from the reader's JSON: tagged dates, times and durations back to Python."""
    if isinstance(cell, dict):
        (kind, v), = cell.items()
        if kind == "seconds":
            return dt.timedelta(seconds=v)
        parse: dict[str, Callable[[str], object]] = {
            "date": dt.date.fromisoformat, "datetime": dt.datetime.fromisoformat,
            "time": dt.time.fromisoformat}
        return parse[kind](v)
    return cell


def read_workbook(path: Path, name: str) -> list[Sheet]:
    """The sheets of a workbook as text cells, merged cells filled down. A file that
    cannot be read is a DataError that says whether it is password-protected or corrupt."""
    from . import sheet_reader

    if not path.is_file():
        raise DataError(name, None, "cannot read the file (no such file); check --data")
    cmd = [sys.executable, "-c", _RUN_READER, sheet_reader.__file__, str(path),
           str(READER_MEMORY)]
    try:
        out = subprocess.run(cmd, capture_output=True, timeout=READER_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        raise DataError(name, None, CORRUPT.format(
            f"reading it took more than {READER_SECONDS} s")) from None
    try:
        book = json.loads(out.stdout)
    except ValueError:
        err = out.stderr.decode("utf-8", "replace")
        why = (f"reading it needed more than {READER_MEMORY >> 30} GB of memory"
               if "memory" in err.lower() else f"the reader stopped with status {out.returncode}")
        raise DataError(name, None, CORRUPT.format(why)) from None
    if book.get("error") == "password":
        raise DataError(name, None, PASSWORD)
    if book.get("error") == "missing":
        raise DataError(name, None, "reading workbooks needs python-calamine, which is not "
                        "installed; run `pip install python-calamine` (or scripts/setup.sh)")
    if book.get("error"):
        raise DataError(name, None, CORRUPT.format(book.get("detail")))
    sheets = []
    for sheet in book["sheets"]:
        origin = tuple(sheet["start"])
        rows = [[cell_text(_value(v)) for v in row] for row in sheet["rows"]]
        fill_merged(rows, sheet["merged"], origin)
        sheets.append(Sheet(sheet["name"], sheet["visible"], tuple(
            (origin[0] + i + 1, tuple(r)) for i, r in enumerate(rows))))
    return sheets
