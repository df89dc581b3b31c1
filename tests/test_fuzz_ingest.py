"""Ingestion fuzzing (issue 6, part 1).

Every case starts from the lines of the real list and damages them the way files from
many local governments, passed through spreadsheets, get damaged: dropped and doubled
tabs, truncated lines, lines re-encoded to CP932 / UTF-8 / Latin-1, NUL and other
control characters, BOMs, 1 MB fields, CRLF, empty and header-only files. Each case
must end either in records where every row read is indexed or skipped (and each
physical row counted once), or in a DataError whose one-line message names the file
and the line; never in another exception. Through the CLI: exit 2, one line on
stderr, no traceback.

Hypothesis runs derandomized (the same cases on every run); the case counts are in
CASES below and add up to more than 1,000 per run.
"""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from teikei_qa import records
from teikei_qa.errors import DataError
from teikei_qa.records import LoadResult
from teikei_qa.text import nfkc

from .conftest import DATA, report_counts

SOURCE = DATA.name
REAL_LINES = DATA.read_text("utf-8").split("\n")
DATA_LINES = [i for i, ln in enumerate(REAL_LINES) if ln.count("\t") == 5
              and not ln.startswith("自治体名")]
HEADER = next(ln for ln in REAL_LINES if ln.startswith("自治体名"))
CASES = {"tsv": 1000, "csv": 150, "tiny": 120, "big": 24, "cli_strict": 22, "cli_lenient": 6}
TALLY: Counter[str] = Counter()

# Problems that concern the whole file: only these may stop a --lenient build, and only
# these may leave the line out of the message.
WHOLE_FILE = ("the file is empty", "no agreement rows", "bytes that are neither",
              "CSV that cannot be read")
NO_LINE = ("the file is empty", "no agreement rows")
ODD_CHARS = ([chr(c) for c in range(0x20) if c not in (0x09, 0x0A)]
             + ["\x7f", "\x85", "\xa0", "\u2028", "\u2029", "\ufeff", "\u200b", "\u202e",
                "\u3000", "\ufffd", "😀"])
BIG = 1 << 20  # characters in a "1 MB field"
# Fillers for 1 MB fields. Not a summary full of dates: that is a known core bug
# (quadratic time, see test_one_mb_summary_of_dates_parses_in_bounded_time).
BIG_FILLERS = ["あ", "x", " ", "\u3000", "長崎県", "http://example.jp/", "<a href=\"",
               "(", "・", "平成", "/", "、", "1"]

FUZZ = settings(derandomize=True, database=None, deadline=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])


def fuzz(kind: str) -> settings:
    """Reproducible settings (derandomized, no database) with the case count of `kind`."""
    return settings(FUZZ, max_examples=CASES[kind])


_report_counts = report_counts("fuzz_ingest", TALLY)


# ---------------------------------------------------------------- damaging lines


def _cut(line: str, draw) -> str:
    return line[: draw(st.integers(0, len(line)))]


def _drop_tab(line: str, draw) -> str:
    tabs = [i for i, ch in enumerate(line) if ch == "\t"]
    if not tabs:
        return line
    i = draw(st.sampled_from(tabs))
    return line[:i] + line[i + 1:]


def _double_tab(line: str, draw) -> str:
    tabs = [i for i, ch in enumerate(line) if ch == "\t"] or [len(line)]
    i = draw(st.sampled_from(tabs))
    return line[:i] + "\t" + line[i:]


def _odd_char(line: str, draw) -> str:
    i = draw(st.integers(0, len(line)))
    return line[:i] + draw(st.sampled_from(ODD_CHARS)) * draw(st.integers(1, 3)) + line[i:]


def _empty_cell(line: str, draw) -> str:
    cells = line.split("\t")
    cells[draw(st.integers(0, len(cells) - 1))] = draw(st.sampled_from(["", " ", "\u3000"]))
    return "\t".join(cells)


def _pad_cells(line: str, draw) -> str:
    return line + "\t" * draw(st.integers(1, 3)) + draw(st.sampled_from(["", "", "x"]))


LINE_DAMAGE = {"cut": _cut, "drop_tab": _drop_tab, "double_tab": _double_tab,
               "odd_char": _odd_char, "empty_cell": _empty_cell, "pad_cells": _pad_cells,
               "cr": lambda line, draw: line + "\r",
               "bom": lambda line, draw: "\ufeff" + line}
FILE_DAMAGE = ["delete_line", "double_line", "swap_lines", "blank_line", "extra_header",
               "extra_title", *LINE_DAMAGE]


@st.composite
def damaged_lines(draw, lines: list[str], max_damage: int = 8) -> tuple[list[str], list[str]]:
    """(lines, what was done) after up to `max_damage` damages drawn at random places."""
    lines = list(lines)
    done = []
    for _ in range(draw(st.integers(0, max_damage))):
        kind = draw(st.sampled_from(FILE_DAMAGE))
        # Mostly damage data rows; sometimes headings, the header and blank lines.
        i = draw(st.one_of(st.sampled_from(DATA_LINES), st.integers(0, len(lines) - 1)))
        i = min(i, len(lines) - 1)
        if kind == "delete_line" and len(lines) > 1:
            del lines[i]
        elif kind == "double_line":
            lines.insert(i, lines[i])
        elif kind == "swap_lines":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == "blank_line":
            lines.insert(i, draw(st.sampled_from(["", " ", "\t", "\t\t\t\t\t"])))
        elif kind == "extra_header":
            lines.insert(i, HEADER)
        elif kind == "extra_title":
            lines.insert(i, REAL_LINES[2])
        elif kind in LINE_DAMAGE:
            lines[i] = LINE_DAMAGE[kind](lines[i], draw)
        done.append(f"{kind}@{i + 1}")
    return lines, done


def _encode_line(line: str, encoding: str) -> bytes:
    if encoding == "latin-1":
        # What a Western-European spreadsheet writes: accents as single high bytes.
        return (line + " Zürich Genève").encode("latin-1", errors="replace")
    try:
        return line.encode(encoding)
    except UnicodeEncodeError:
        return line.encode("utf-8")  # not encodable: the line stays UTF-8 (a mixed file)


@st.composite
def encoded(draw, lines: list[str]) -> tuple[bytes, str]:
    """The file's bytes (one encoding, some lines in another, CRLF or LF, maybe a BOM)."""
    base = draw(st.sampled_from(["utf-8", "utf-8", "cp932"]))
    others = draw(st.dictionaries(st.integers(0, len(lines) - 1),
                                  st.sampled_from(["utf-8", "cp932", "latin-1"]), max_size=2))
    eol = draw(st.sampled_from([b"\n", b"\r\n"]))
    bom = b"\xef\xbb\xbf" if draw(st.booleans()) else b""
    data = bom + eol.join(_encode_line(ln, others.get(i, base)) for i, ln in enumerate(lines))
    return data, f"{base} {sorted(others.items())} eol={eol!r} bom={bool(bom)}"


# ---------------------------------------------------------------- the oracle


def _physical_lines(lines: list[str]) -> int:
    text = "\n".join(lines)
    return max(len(text.splitlines()), text.count("\n") + 1)


def check_error(exc: DataError, max_line: int, *, lenient: bool) -> None:
    """One line naming the file and (unless the whole file is at fault) the line."""
    msg = str(exc)
    assert exc.source == SOURCE
    assert "\n" not in msg and "\r" not in msg, msg
    if exc.line is None:
        assert exc.problem.startswith(NO_LINE), msg
        assert msg.startswith(f"{SOURCE}: "), msg
    else:
        assert msg.startswith(f"{SOURCE}:{exc.line}: "), msg
        assert 1 <= exc.line <= max_line, msg
    if lenient:
        assert exc.problem.startswith(WHOLE_FILE), f"--lenient stopped on a row: {msg}"


def check_result(result: LoadResult, text: str) -> None:
    """read = indexed + skipped, and every row of the file is counted exactly once."""
    assert result.read == len(result.records) + len(result.skipped)
    lines = [r.line for r in result.records] + [s.line for s in result.skipped]
    assert len(lines) == len(set(lines)), "a line counted twice"
    assert len({r.id for r in result.records}) == len(result.records), "duplicate ids"
    for r in result.records:
        assert r.source == SOURCE and r.municipality.strip() and r.title.strip()
    # Only CR, LF and CRLF end a line (not \x0c, \x85, \u2028 … inside a cell).
    rows = re.split(r"\r\n|\r|\n", text.lstrip("\ufeff"))
    # A counted line holds something; a row of empty cells is a blank line.
    assert all(1 <= n <= len(rows) and rows[n - 1].strip() for n in lines)
    if "\t" in text:  # tab-separated: each non-blank line holding a tab is a row or the header
        for n, row in enumerate(rows, start=1):
            if "\t" in row and row.strip() and nfkc(row.split("\t")[0]).strip() != "自治体名":
                assert n in lines, f"line {n} was neither indexed nor skipped: {row[:60]!r}"


def outcome(data: bytes, lenient: bool, max_line: int) -> LoadResult | DataError:
    """Decode and parse as `teikei-qa build` does; only a DataError may escape."""
    try:
        # Through the module, so that a test can take a protection out (monkeypatch).
        text = records.decode(data, SOURCE)
        result = records.parse_text(text, SOURCE, lenient=lenient)
    except DataError as exc:
        check_error(exc, max_line, lenient=lenient)
        return exc
    check_result(result, text)
    return result


def check_both(data: bytes, max_line: int) -> tuple[LoadResult | DataError, ...]:
    """Strict and lenient, and how they relate: lenient skips the row strict stops at."""
    strict = outcome(data, False, max_line)
    lenient = outcome(data, True, max_line)
    if isinstance(strict, LoadResult):
        assert isinstance(lenient, LoadResult) and not lenient.skipped
        assert [r.id for r in lenient.records] == [r.id for r in strict.records]
    elif strict.problem.startswith("a NUL byte"):
        pass  # lenient drops the NULs and goes on to whatever the rest of the file holds
    elif isinstance(lenient, DataError):
        assert str(lenient) == str(strict)
    else:
        first = lenient.skipped[0]
        assert (first.line, first.problem) == (strict.line, strict.problem)
    TALLY["strict records" if isinstance(strict, LoadResult) else "strict DataError"] += 1
    TALLY["lenient records" if isinstance(lenient, LoadResult) else "lenient DataError"] += 1
    if isinstance(lenient, LoadResult):
        TALLY["rows skipped (lenient)"] += len(lenient.skipped)
    return strict, lenient


# ---------------------------------------------------------------- parse-level cases


def _damaged_real_file(data) -> None:
    lines, done = data.draw(damaged_lines(REAL_LINES), label="damage")
    raw, how = data.draw(encoded(lines), label="encoding")
    TALLY["cases: damaged real file (parse)"] += 1
    try:
        check_both(raw, _physical_lines(lines))
    except AssertionError as exc:
        raise AssertionError(f"{done} {how}: {exc}") from exc


test_damaged_real_file = fuzz("tsv")(given(st.data())(_damaged_real_file))


def _naive_decode(data: bytes, source: str) -> str:
    return data.decode("utf-8-sig")  # no CP932 fallback, no DataError naming the line


def _lenient_ignored(parse):
    return lambda text, source, lenient=False: parse(text, source, lenient=False)


@pytest.mark.parametrize("protection, name, patch, caught", [
    ("decode falls back to CP932, else DataError", "decode", _naive_decode,
     UnicodeDecodeError),
    ("--lenient skips bad rows", "parse_text", _lenient_ignored(records.parse_text),
     AssertionError),
], ids=["decode", "lenient"])
def test_fuzzing_fails_when_a_protection_is_removed(protection, name, patch, caught,
                                                    monkeypatch):
    """Issue 6 'done when': take a protection out and the same fuzzing finds it."""
    monkeypatch.setattr(records, name, patch)
    without = settings(FUZZ, max_examples=300, phases=[Phase.generate],
                       report_multiple_bugs=False)
    counts = TALLY.copy()
    with pytest.raises(caught):
        without(given(st.data())(_damaged_real_file))()
    TALLY.clear()
    TALLY.update(counts)
    TALLY[f"protection removed and caught: {protection}"] += 1


def _as_csv(lines: list[str]) -> list[str]:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for ln in lines:
        writer.writerow(ln.split("\t") if "\t" in ln else [ln] if ln else [])
    return out.getvalue().split("\n")


CSV_LINES = _as_csv(REAL_LINES)


@st.composite
def damaged_csv(draw) -> list[str]:
    lines = list(CSV_LINES)
    for _ in range(draw(st.integers(0, 6))):
        i = draw(st.integers(0, len(lines) - 1))
        ln = lines[i]
        p = draw(st.integers(0, len(ln)))
        kind = draw(st.sampled_from(["quote", "comma", "cut", "odd", "drop_comma"]))
        if kind == "quote":
            ln = ln[:p] + '"' + ln[p:]
        elif kind == "comma":
            ln = ln[:p] + "," + ln[p:]
        elif kind == "cut":
            ln = ln[:p]
        elif kind == "odd":
            ln = ln[:p] + draw(st.sampled_from(ODD_CHARS)) + ln[p:]
        elif "," in ln:
            j = ln.index(",", min(p, ln.rindex(",")))
            ln = ln[:j] + ln[j + 1:]
        lines[i] = ln
    return lines


@fuzz("csv")
@given(st.data())
def test_damaged_csv_export(data):
    """The same list saved as CSV from a spreadsheet, then damaged (stray quotes…)."""
    lines = data.draw(damaged_csv(), label="csv lines")
    raw, _ = data.draw(encoded(lines), label="encoding")
    TALLY["cases: damaged CSV export (parse)"] += 1
    check_both(raw, _physical_lines(lines))


TINY_PIECES = ["", " ", "\u3000", "\t", "\ufeff", REAL_LINES[2], REAL_LINES[4], HEADER,
               HEADER.replace("\t", ","), "\x00", "\x1a"]


@fuzz("tiny")
@given(st.lists(st.sampled_from(TINY_PIECES), max_size=6),
       st.sampled_from(["utf-8", "utf-8-sig", "cp932"]), st.sampled_from(["\n", "\r\n"]))
def test_empty_and_header_only_files(pieces, encoding, eol):
    """No data row at all: a DataError in both modes (never a traceback, never records)."""
    raw = _encode_line(eol.join(pieces), encoding)
    TALLY["cases: empty / header-only file (parse)"] += 1
    strict, lenient = check_both(raw, _physical_lines(pieces))
    assert isinstance(strict, DataError)
    if isinstance(lenient, LoadResult):  # a title line alone is a one-column row, skipped
        assert not lenient.records


@fuzz("big")
@given(st.sampled_from(DATA_LINES), st.integers(0, 5), st.sampled_from(BIG_FILLERS),
       st.data())
def test_one_mb_fields(line_index, column, filler, data):
    """A 1 MB cell anywhere in a row, on top of other damage."""
    lines, _ = data.draw(damaged_lines(REAL_LINES, max_damage=3), label="damage")
    cells = REAL_LINES[line_index].split("\t")
    cells[column] = (filler * (BIG // len(filler) + 1))[:BIG]
    lines.insert(line_index, "\t".join(cells))
    raw, _ = data.draw(encoded(lines), label="encoding")
    TALLY["cases: 1 MB field (parse)"] += 1
    t0 = time.perf_counter()
    check_both(raw, _physical_lines(lines))
    TALLY["slowest 1 MB case, ms"] = max(TALLY["slowest 1 MB case, ms"],
                                         round((time.perf_counter() - t0) * 1000))


# ---------------------------------------------------------------- targeted checks


@pytest.mark.parametrize("sep", ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028",
                                 "\u2029"])
def test_line_numbers_count_only_line_breaks(sep):
    """A stray separator character inside a cell must not move the line an error names."""
    lines = list(REAL_LINES)
    lines[DATA_LINES[0]] = lines[DATA_LINES[0]].replace("\t", f"{sep}\t", 1)
    bad = DATA_LINES[5]
    lines[bad] = "北九州市\t協定名だけの行"
    result = records.parse_text("\n".join(lines), SOURCE, lenient=True)
    assert [s.line for s in result.skipped] == [bad + 1]
    assert result.read == len(DATA_LINES)


def test_one_mb_summary_of_dates_parses_in_bounded_time(tmp_path):
    """1 MB of bracketed dates in the 概要 column: parsed in seconds, not minutes."""
    cells = REAL_LINES[DATA_LINES[0]].split("\t")
    cells[4] = ("[2011年]" * BIG)[:BIG]
    path = tmp_path / SOURCE
    path.write_text("\n".join([HEADER, "\t".join(cells)]), "utf-8")
    code = ("import sys; from teikei_qa.lists import load_file; "
            "print(load_file(sys.argv[1]).read)")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                         text=True, timeout=8)  # linear time needs about 1 s here
    assert out.stdout.strip() == "1", out.stderr


# ---------------------------------------------------------------- through the CLI


def teikei_qa() -> list[str]:
    script = Path(sys.executable).with_name("teikei-qa")
    return [str(script)] if script.exists() else [sys.executable, "-m", "teikei_qa.cli"]


def run_build(data: Path, index: Path, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    return subprocess.run([*teikei_qa(), "build", "--data", str(data), "--index", str(index),
                           *extra], capture_output=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def cli_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz_cli")


@st.composite
def bad_file(draw) -> tuple[bytes, list[str]]:
    """A damaged real file that certainly holds a bad row or undecodable bytes."""
    lines, _ = draw(damaged_lines(REAL_LINES, max_damage=4))
    i = draw(st.sampled_from(DATA_LINES))
    lines[i] = draw(st.sampled_from([_drop_tab, _double_tab, _cut]))(lines[i], draw)
    if draw(st.integers(0, 3)) == 0:
        cells = lines[i].split("\t")
        cells[-1] = "x" * BIG
        lines[i] = "\t".join(cells)
    raw, _ = draw(encoded(lines))
    return raw, lines


@fuzz("cli_strict")
@given(bad_file())
def test_cli_build_bad_file_exits_2_with_one_line(cli_dir, case):
    raw, lines = case
    expected = outcome(raw, False, _physical_lines(lines))
    assume(isinstance(expected, DataError))
    path = cli_dir / SOURCE
    path.write_bytes(raw)
    index = cli_dir / "index-strict"
    out = run_build(path, index)
    err = out.stderr.decode("utf-8", errors="replace")
    TALLY["cases: bad file through `teikei-qa build` (exit 2)"] += 1
    assert out.returncode == 2, err
    assert "Traceback" not in err
    assert err == f"teikei-qa: {expected}\n"
    assert not (index / "manifest.json").exists()


@fuzz("cli_lenient")
@given(st.data())
def test_cli_build_lenient_counts_every_row(cli_dir, data):
    """`--lenient`: exit 0, `read N rows: indexed I, skipped S` as the library counts,
    and one `skipped file:line: problem` line per skipped row."""
    lines, _ = data.draw(damaged_lines(REAL_LINES, max_damage=4), label="damage")
    raw = "\n".join(lines).encode("utf-8")
    expected = outcome(raw, True, _physical_lines(lines))
    assume(isinstance(expected, LoadResult) and expected.records)
    path = cli_dir / SOURCE
    path.write_bytes(raw)
    # One index folder for all cases: its embedding cache keeps the cases quick.
    out = run_build(path, cli_dir / "index-lenient", "--lenient")
    err = out.stderr.decode("utf-8")
    TALLY["cases: damaged file through `teikei-qa build --lenient` (exit 0)"] += 1
    assert out.returncode == 0, err
    assert "Traceback" not in err
    summary = (f"read {expected.read} rows: indexed {len(expected.records)}, "
               f"skipped {len(expected.skipped)}, merged 0")
    assert out.stdout.decode("utf-8").splitlines()[0] == summary
    skipped = [ln for ln in err.splitlines() if ln.startswith("skipped ")]
    assert skipped == [f"skipped {s.source}:{s.line}: {s.problem}" for s in expected.skipped]
