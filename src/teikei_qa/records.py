"""Read the agreement list (TSV blocks as published, or CSV/TSV from a spreadsheet)
into frozen records with normalised fields. Workbooks: `workbooks.py`; several lists
at once (folders, the same agreement in two lists): `lists.py`."""

from __future__ import annotations

import csv
import hashlib
import html
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from .dates import SignDate, signing_date
from .errors import DataError, where
from .gazetteer import country_of, country_prefix, prefecture_of, strip_prefecture
from .lazy_re import pattern
from .text import nfkc

COLUMNS = 6
HEADER_FIRST = "自治体名"
ENCODINGS = ("utf-8-sig", "cp932")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
TEXT_SUFFIXES = (".txt", ".tsv", ".csv")


@dataclass(frozen=True)
class Party:
    """A Japanese party as written (熊本県熊本市), its bare name (熊本市) and prefecture."""

    written: str
    name: str
    prefecture: str | None


@dataclass(frozen=True)
class Origin:
    """Where else a record was read: another list that holds the same agreement."""

    source: str
    line: int
    sheet: str | None = None
    as_of: str | None = None

    def where(self) -> str:
        """`file:line`, or `file:sheet!row` for a workbook."""
        return where(self.source, self.line, self.sheet)


@dataclass(frozen=True)
class Record:
    """One agreement: the columns as written, where they came from, and normalised fields."""

    id: str
    source: str
    line: int
    municipality: str
    title: str
    partner: str
    field_text: str
    summary: str
    url_text: str
    parties: tuple[Party, ...] = ()
    country: str | None = None
    partners: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    date: SignDate | None = None
    url: str | None = None
    # The list's own date, from its heading (平成28年9月現在), and the sheet of a workbook.
    as_of: str | None = None
    sheet: str | None = None
    # The same agreement (same id) in other lists; this record's text is the newest list's.
    also: tuple[Origin, ...] = ()

    def where(self) -> str:
        """The citation of this row: `file:line`, or `file:sheet!row` for a workbook."""
        return where(self.source, self.line, self.sheet)

    def text(self) -> str:
        """The record as one passage for the search indexes (NFKC)."""
        return nfkc(" ".join((self.title, self.municipality, self.partner, self.field_text,
                              self.summary)))


@dataclass(frozen=True)
class Skipped:
    source: str
    line: int
    problem: str
    sheet: str | None = None

    def where(self) -> str:
        return where(self.source, self.line, self.sheet)


@dataclass(frozen=True)
class SheetSummary:
    """One sheet of a workbook: its name, as-of date and rows indexed and skipped."""

    name: str
    as_of: str | None
    indexed: int
    skipped: int


@dataclass(frozen=True)
class ListSummary:
    """One list (file) as loaded: rows indexed and skipped, and `merged`, how many of
    its rows another list also holds (counted once in the index)."""

    name: str
    path: str
    as_of: str | None
    indexed: int
    skipped: int
    merged: int = 0
    sheets: tuple[SheetSummary, ...] = ()


@dataclass(frozen=True)
class LoadResult:
    """Records from one or more files, the rows skipped, and how many rows were folded
    into the same agreement of another list; read = indexed + skipped + merged."""

    records: tuple[Record, ...]
    skipped: tuple[Skipped, ...] = field(default_factory=tuple)
    merged: int = 0
    lists: tuple[ListSummary, ...] = ()  # one per file, from `lists.load_lists`

    @property
    def read(self) -> int:
        return len(self.records) + len(self.skipped) + self.merged


# ---------------------------------------------------------------- decoding


def decode(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM), else CP932; otherwise a DataError naming the line."""
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
    raise DataError(source, line, "bytes that are neither UTF-8 nor Shift_JIS (CP932); "
                    "save the file as UTF-8")


# ---------------------------------------------------------------- splitting


def _split_outside_brackets(text: str, separators: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    current = ""
    for ch in text:
        if ch in "(（[「":
            depth += 1
        elif ch in ")）]」" and depth:
            depth -= 1
        if depth == 0 and ch in separators:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    out: list[str] = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if part[0] in "(（" and out:
            out[-1] = f"{out[-1]} {part}"  # a note in brackets belongs to the item before
        else:
            out.append(part)
    return out


def parse_parties(cell: str) -> tuple[Party, ...]:
    """熊本県 熊本県熊本市 → two parties, each with its prefecture where it can be known."""
    parties = []
    for written in _split_outside_brackets(nfkc(cell), " 、,・/"):
        parties.append(Party(written, strip_prefecture(written), prefecture_of(written)))
    return tuple(parties)


def parse_partner(cell: str) -> tuple[str | None, tuple[str, ...]]:
    """`国/都市、都市` → (canonical country, entities); an organisation alone keeps its
    country when its name starts with one (タイ王国工業省工場局 → タイ)."""
    text = nfkc(cell).strip()
    if "/" in text:
        head, _, rest = text.partition("/")
        country = country_of(head) or (head.strip() or None)
        entities = _split_outside_brackets(rest, "、, ")
        return country, tuple(entities)
    whole = country_of(text)
    if whole:
        return whole, ()
    return country_prefix(text), ((text,) if text else ())


_FIELD_TRAILER = pattern(r"(等|など|ほか)$")


def parse_fields(cell: str) -> tuple[str, ...]:
    """`経済 観光・教育 航空定期便` → (経済, 観光, 教育, 航空定期便); notes stay attached."""
    items = _split_outside_brackets(nfkc(cell), ",、・ ")
    out = []
    for item in items:
        item = _FIELD_TRAILER.sub("", item).strip()
        if item and item not in out:
            out.append(item)
    return tuple(out)


_HREF = pattern(r"""href\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_PLAIN_URL = pattern(r"https?://[^\s<>\"']+", re.IGNORECASE)


def parse_url(cell: str) -> str | None:
    """A plain URL or an anchor's href, kept only when it is http or https."""
    text = cell.strip()
    if not text:
        return None
    m = _HREF.search(text)
    candidate = html.unescape(m.group(1)).strip() if m else text
    m2 = _PLAIN_URL.match(candidate)
    if not m2 or m2.group(0) != candidate:
        return None
    return candidate


def record_key(municipality: str, title: str, partner: str) -> str:
    """Stable id from what identifies an agreement, not from its position in the file."""
    basis = "\x1f".join(re.sub(r"\s+", "", nfkc(x)) for x in (municipality, title, partner))
    return "r" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:10]


def make_record(cells: Sequence[str], source: str, line: int, rid: str, *,
                sheet: str | None = None, as_of: str | None = None) -> Record:
    municipality, title, partner, field_text, summary, url_text = (c.strip() for c in cells)
    country, partners = parse_partner(partner)
    return Record(
        id=rid, source=source, line=line, municipality=municipality, title=title,
        partner=partner, field_text=field_text, summary=summary, url_text=url_text,
        parties=parse_parties(municipality), country=country, partners=partners,
        fields=parse_fields(field_text), date=signing_date(summary, title),
        url=parse_url(url_text), as_of=as_of, sheet=sheet,
    )


# ---------------------------------------------------------------- rows


Row = tuple[int, "list[str] | None", str]
_LINE_BREAK = pattern(r"\r\n|\r|\n")


def _rows_tsv(text: str) -> list[Row]:
    """(line number, cells, raw text) per line; None cells for a line with no tab."""
    # Only CR, LF and CRLF end a line: str.splitlines() would also break at \x0c, \x85,
    # \u2028 … inside a cell and shift every later line number.
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return [(n, line.split("\t") if "\t" in line else None, line)
            for n, line in enumerate(lines, start=1)]


def _rows_csv(text: str) -> list[Row]:
    reader = csv.reader(io.StringIO(text, newline=""))
    out: list[Row] = []
    start = 1
    try:
        for cells in reader:
            out.append((start, cells if len(cells) > 1 else None, ",".join(cells)))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise DataError("", start, f"CSV that cannot be read ({exc})") from exc
    return out


def _is_header(cells: list[str] | None) -> bool:
    if not cells:
        return False
    return nfkc(cells[0]).strip() == HEADER_FIRST


def row_key(rec_or_cells: Record | Sequence[str]) -> tuple[str, ...]:
    """What a row says, for reusing its parse: the six columns as stripped."""
    if isinstance(rec_or_cells, Record):
        r = rec_or_cells
        return (r.municipality, r.title, r.partner, r.field_text, r.summary, r.url_text)
    return tuple(c.strip() for c in rec_or_cells)


_AS_OF = pattern(r"((?:明治|大正|昭和|平成|令和)\s*(?:元|\d{1,2})|\d{4})\s*年\s*\d{1,2}\s*月"
                 r"(?:\s*\d{1,2}\s*日)?\s*現在")


def as_of_date(headings: Iterable[str]) -> str | None:
    """The list's date as its heading states it (平成28年9月現在), white space removed."""
    for line in headings:
        m = _AS_OF.search(nfkc(line))
        if m:
            return re.sub(r"\s+", "", m.group(0))
    return None


def parse_text(text: str, source: str, *, lenient: bool = False,
               known: Mapping[tuple[str, ...], Record] | None = None) -> LoadResult:
    """Parse a whole file's text. Strict: the first bad row raises DataError.

    `known` maps a row's columns (`row_key`) to a record parsed before, whose fields
    are reused (with this row's id, source and line) instead of parsed again.
    """
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise DataError(source, None, "the file is empty; give a list with the six columns "
                        "自治体名 協定名 協定締結先 分野 概要 URL")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        problem = "a NUL byte: the file is binary or damaged; re-save it as UTF-8 text"
        if not lenient:
            raise DataError(source, line, problem)
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    if "\t" in text or not first.count(","):
        rows = _rows_tsv(text)
    else:
        try:
            rows = _rows_csv(text)
        except DataError as exc:
            raise DataError(source, exc.line, exc.problem) from None
    # A line without a delimiter is a heading when headings and blanks lead from it
    # to a header row; anywhere else it is a row with one column.
    heading = [False] * len(rows)
    leads_to_header = False
    for i in range(len(rows) - 1, -1, -1):
        n, cells, raw = rows[i]
        # A row of empty cells (spreadsheets write them) is a blank line: nothing to lose.
        blank = not raw.strip()
        if _is_header(cells):
            leads_to_header = True
        elif cells is None and (blank or leads_to_header):
            heading[i] = True
        else:
            leads_to_header = False
    as_of = as_of_date(raw for i, (_, _, raw) in enumerate(rows) if heading[i])
    body = [(n, [c.replace("\x00", "") for c in (cells or [raw])])
            for i, (n, cells, raw) in enumerate(rows)
            if not (heading[i] or _is_header(cells) or not raw.strip())]
    records, skipped = rows_to_records(body, source, as_of=as_of, lenient=lenient, known=known)
    if not records and not skipped:
        raise DataError(source, None, "no agreement rows (only headings); "
                        "add rows under the header 自治体名 協定名 …")
    return LoadResult(tuple(records), tuple(skipped))


def rows_to_records(rows: Iterable[tuple[int, list[str]]], source: str, *,
                    sheet: str | None = None, as_of: str | None = None, lenient: bool = False,
                    known: Mapping[tuple[str, ...], Record] | None = None,
                    seen: dict[str, int] | None = None) -> tuple[list[Record], list[Skipped]]:
    """Records from (row number, cells) pairs of one list (or sheet). Strict: the first
    bad row raises DataError; lenient: it is skipped. `seen` counts ids across the sheets
    of one file, so that the same agreement twice in one list gets `-2`."""
    records: list[Record] = []
    skipped: list[Skipped] = []
    seen = {} if seen is None else seen
    for n, cells in rows:
        while len(cells) > COLUMNS and not cells[-1].strip():
            cells.pop()  # spreadsheets pad rows with empty cells
        problem = None
        if len(cells) != COLUMNS:
            problem = f"{len(cells)} columns where {COLUMNS} are expected (tab-separated: " \
                      "自治体名 協定名 協定締結先 分野 概要 URL)"
        elif not cells[0].strip():
            problem = "自治体名 (the party) is empty"
        elif not cells[1].strip():
            problem = "協定名 (the agreement's name) is empty"
        if problem:
            if not lenient:
                raise DataError(source, n, problem, sheet)
            skipped.append(Skipped(source, n, problem, sheet))
            continue
        rid = record_key(cells[0], cells[1], cells[2])
        seen[rid] = seen.get(rid, 0) + 1
        if seen[rid] > 1:
            rid = f"{rid}-{seen[rid]}"
        before = known.get(row_key(cells)) if known else None
        records.append(
            replace(before, id=rid, source=source, line=n, sheet=sheet, as_of=as_of, also=())
            if before else make_record(cells, source, n, rid, sheet=sheet, as_of=as_of))
    return records, skipped
