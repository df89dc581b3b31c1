"""Workbooks written in the tests from the shipped list: .xlsx with openpyxl, .ods with
odfpy, .xls with xlwt. A sheet is a list of rows (lists of cell values: str, int, float,
date, datetime, None); a merge is (first row, first column, last row, last column),
rows from 1 and columns from 0, as Excel counts rows and Python counts lists."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from teikei_qa.lists import load_file

from .conftest import DATA

Merge = tuple[int, int, int, int]
LINES = DATA.read_text("utf-8").split("\n")
HEADER = next(line for line in LINES if line.startswith("自治体名")).split("\t")
TITLE = next(line for line in LINES if line.strip())
AS_OF = next(line for line in LINES if "現在" in line)
TEXT = load_file(DATA).records


def cells(line: str) -> list:
    """A line of the text list as a row: its tab-separated cells, or one heading cell."""
    if "\t" in line:
        return line.split("\t")
    return [line] if line.strip() else []


def text_rows() -> list[list]:
    """The whole text list as one sheet, row n = line n."""
    return [cells(line) for line in LINES]


def merge_down(rows: list[list], col: int = 0, first_row: int = 1
               ) -> tuple[list[list], list[Merge]]:
    """Rows with each run of equal data cells in `col` merged into its first cell (the
    cells below emptied, as a spreadsheet holds them) and the merges."""
    rows = [list(r) for r in rows]
    merges: list[Merge] = []
    i = 0
    while i < len(rows):
        j = i
        while (j + 1 < len(rows) and len(rows[i]) > 1 and len(rows[j + 1]) > 1
               and rows[j + 1][col] == rows[i][col] and rows[i][col] != HEADER[col]):
            j += 1
        if j > i:
            merges.append((first_row + i, col, first_row + j, col))
            for k in range(i + 1, j + 1):
                rows[k][col] = None
        i = j + 1
    return rows, merges


def by_prefecture(merged: bool = False) -> tuple[dict[str, list[list]], dict[str, list[Merge]]]:
    """One sheet per prefecture, each with its page title, date and header and a No.
    column before the six; `merged`: 自治体名 merged down. (sheets, merges)."""
    sheets: dict[str, list[list]] = {}
    for rec in TEXT:
        pref = rec.parties[0].prefecture
        rows = sheets.setdefault(pref, [[TITLE], [], [AS_OF], [], ["No.", *HEADER]])
        rows.append([len(rows) - 4, *cells(LINES[rec.line - 1])])
    merges: dict[str, list[Merge]] = {}
    if merged:
        for name, rows in sheets.items():
            sheets[name], merges[name] = merge_down(rows, col=1)
    return sheets, merges


def write_xlsx(path: Path, sheets: dict[str, list[list]],
               merges: dict[str, list[Merge]] | None = None) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None and value != "":
                    ws.cell(r, c, value)
        for r0, c0, r1, c1 in (merges or {}).get(name, []):
            ws.merge_cells(start_row=r0, start_column=c0 + 1, end_row=r1, end_column=c1 + 1)
    wb.save(path)
    return path


def _covered(merges: list[Merge]) -> dict[tuple[int, int], Merge | None]:
    """(row, col) → its merge for a first cell, None for a cell covered by one."""
    out: dict[tuple[int, int], Merge | None] = {}
    for m in merges:
        r0, c0, r1, c1 = m
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                out[(r, c)] = None
        out[(r0, c0)] = m
    return out


def write_ods(path: Path, sheets: dict[str, list[list]],
              merges: dict[str, list[Merge]] | None = None) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        table = Table(name=name)
        covered = _covered((merges or {}).get(name, []))
        width = max((len(r) for r in rows), default=0)
        for r, row in enumerate(rows, start=1):
            tr = TableRow()
            for c in range(width):
                value = row[c] if c < len(row) else None
                m = covered.get((r, c), False)
                if m is None:
                    tr.addElement(CoveredTableCell())
                    continue
                kw = {}
                if m:
                    kw = {"numberrowsspanned": m[2] - m[0] + 1,
                          "numbercolumnsspanned": m[3] - m[1] + 1}
                if isinstance(value, (dt.date, dt.datetime)):
                    cell = TableCell(valuetype="date", datevalue=value.isoformat(), **kw)
                elif isinstance(value, (int, float)) and not isinstance(value, bool):
                    cell = TableCell(valuetype="float", value=value, **kw)
                elif value:
                    cell = TableCell(valuetype="string", **kw)
                else:
                    cell = TableCell(**kw)
                if value not in (None, ""):
                    for part in str(value).split("\n"):
                        cell.addElement(P(text=part))
                tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def write_xls(path: Path, sheets: dict[str, list[list]],
              merges: dict[str, list[Merge]] | None = None) -> Path:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="yyyy/mm/dd")
    for name, rows in sheets.items():
        ws = wb.add_sheet(name)
        covered = _covered((merges or {}).get(name, []))
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                m = covered.get((r, c), False)
                if m is None or value in (None, ""):
                    continue
                style = date_style if isinstance(value, (dt.date, dt.datetime)) else \
                    xlwt.Style.default_style
                if m:
                    ws.write_merge(m[0] - 1, m[2] - 1, m[1], m[3], value, style)
                else:
                    ws.write(r - 1, c, value, style)
    wb.save(str(path))
    return path


WRITERS = {".xlsx": write_xlsx, ".ods": write_ods, ".xls": write_xls}
