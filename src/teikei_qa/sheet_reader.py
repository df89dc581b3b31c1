"""Open one workbook with python-calamine and print its sheets as JSON: the only code
that reads a workbook's bytes, run by `workbooks.read_workbook` as a child process with
limits on memory and time.

Why a child: calamine is native code, and a damaged workbook can make it ask for
gigabytes (a loop in an .xls sector chain, a record that claims four billion strings)
and abort the whole process, which no `except` can catch. In a child, that is an exit
status the parent reports as a corrupt workbook.

Run as a script (`python sheet_reader.py FILE MEMORY_BYTES`; the parent runs it with
runpy so that this folder, whose tokenize.py would shadow the standard library's, is not
on sys.path), it imports nothing of the package and starts in a few tens of ms.

Output: one JSON object, {"sheets": [{"name", "visible", "start", "merged", "rows"}]}
or {"error": "password" | "corrupt" | "missing", "detail": ...}. Cells: strings, numbers and
booleans as JSON has them; dates, times and durations as {"date" | "datetime" | "time":
ISO text} and {"seconds": N}.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import zipfile
from xml.etree import ElementTree

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"

# A cell as calamine gives it, and as this script writes it.
Cell = int | float | str | bool | dt.time | dt.date | dt.datetime | dt.timedelta
JsonCell = int | float | str | bool | dict[str, str] | dict[str, float]


def ods_spans(content: bytes) -> dict[str, list[list[list[int]]]]:
    """The merged cells of each sheet of an .ods (content.xml), which calamine does not
    report: cells with table:number-rows-spanned / number-columns-spanned, as
    [[first row, first col], [last row, last col]] from 0."""
    spans: dict[str, list[list[list[int]]]] = {}
    current: list[list[list[int]]] = []
    row = col = 0
    for event, el in ElementTree.iterparse(io.BytesIO(content), events=("start", "end")):
        tag = el.tag
        if event == "start":
            if tag == _TABLE + "table":
                current = spans.setdefault(el.get(_TABLE + "name", ""), [])
                row = 0
            elif tag == _TABLE + "table-row":
                col = 0
            elif tag in (_TABLE + "table-cell", _TABLE + "covered-table-cell"):
                down = int(el.get(_TABLE + "number-rows-spanned", "1"))
                across = int(el.get(_TABLE + "number-columns-spanned", "1"))
                if tag == _TABLE + "table-cell" and (down > 1 or across > 1):
                    current.append([[row, col], [row + down - 1, col + across - 1]])
                col += int(el.get(_TABLE + "number-columns-repeated", "1"))
        elif tag == _TABLE + "table-row":
            row += int(el.get(_TABLE + "number-rows-repeated", "1"))
            el.clear()
    return spans


def encrypted_ods(path: str) -> bool:
    try:
        with zipfile.ZipFile(path) as z:
            return b"encryption-data" in z.read("META-INF/manifest.xml")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError):
        return False


def _cell(value: Cell) -> JsonCell:
    if isinstance(value, dt.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"time": value.isoformat()}
    if isinstance(value, dt.timedelta):
        return {"seconds": value.total_seconds()}
    return value  # str, int, float (NaN and infinities too: Python's json reads them back)


def read(path: str) -> dict[str, object]:
    """The sheets of the workbook at `path` (see the module docstring)."""
    try:
        import python_calamine as calamine
    except ImportError as exc:
        return {"error": "missing", "detail": str(exc)}
    is_ods = path.lower().endswith(".ods")
    if is_ods and encrypted_ods(path):
        return {"error": "password"}
    try:
        # By path: calamine tells the format by the suffix, and only then an encrypted
        # .xlsx (an OLE file) is a PasswordError rather than an unknown format.
        book = calamine.CalamineWorkbook.from_path(path)
        spans = ods_spans(zipfile.ZipFile(path).read("content.xml")) if is_ods else {}
        sheets = []
        for meta in book.sheets_metadata:
            if meta.typ != calamine.SheetTypeEnum.WorkSheet:
                continue
            sheet = book.get_sheet_by_name(meta.name)
            values = sheet.to_python() if sheet.start is not None else []
            merged = spans.get(meta.name, []) if is_ods else sheet.merged_cell_ranges or []
            sheets.append({
                "name": str(meta.name),
                "visible": meta.visible == calamine.SheetVisibleEnum.Visible,
                "start": list(sheet.start or (0, 0)),
                "merged": [[list(a), list(b)] for a, b in merged],
                "rows": [[_cell(v) for v in row] for row in values]})
    except calamine.PasswordError:
        return {"error": "password"}
    except (calamine.CalamineError, zipfile.BadZipFile, ElementTree.ParseError, KeyError,
            ValueError, OSError, EOFError, UnicodeError) as exc:
        return {"error": "corrupt", "detail": " ".join(str(exc).split())[:160]
                or exc.__class__.__name__}
    return {"sheets": sheets}


def main(argv: list[str]) -> int:
    path, memory = argv[-2], int(argv[-1])
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ImportError, ValueError, OSError):
        pass  # no limit where the platform has none: the parent's timeout still holds
    out = json.dumps(read(path), ensure_ascii=False)
    sys.stdout.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
