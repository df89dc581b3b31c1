"""Workbook fuzzing (issue 13): damaged copies of the shipped list kept as .xlsx, .ods
and .xls. Bytes cut, flipped and overwritten; a part inside the zip (a sheet, the
shared strings, the workbook, content.xml) cut or garbled while the zip stays sound;
and sheets written with rows dropped, doubled and swapped, cells emptied or turned
into numbers, dates, formulas and long text, headers renamed, cells merged at random.

Each copy must end either in records (every row read is indexed or skipped, ids
unique, each record's place `file:sheet!row`) or in a DataError whose one-line
message names the file (and, for a row, the sheet and row); never in another
exception. Through the CLI: exit 2, one line on stderr, no traceback.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teikei_qa.errors import DataError
from teikei_qa.lists import load_file
from teikei_qa.records import LoadResult

from .conftest import report_counts
from .workbook_files import HEADER, WRITERS, merge_down, text_rows

CASES = {"bytes": 120, "member": 90, "layout": 90, "cli": 8}
TALLY: Counter[str] = Counter()
FUZZ = settings(derandomize=True, database=None, deadline=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

_report_counts = report_counts("fuzz_workbooks", TALLY)


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> dict[str, bytes]:
    """The shipped list as one sheet with 自治体名 merged down, in each format."""
    root = tmp_path_factory.mktemp("good")
    rows, merges = merge_down(text_rows())
    return {suffix: write(root / f"list{suffix}", {"一覧": rows}, {"一覧": merges}).read_bytes()
            for suffix, write in WRITERS.items()}


def outcome(path: Path, lenient: bool) -> LoadResult | DataError:
    try:
        return load_file(path, lenient=lenient)
    except DataError as exc:
        return exc


def check(path: Path, lenient: bool) -> LoadResult | DataError:
    """The oracle: a sound result or a one-line DataError naming file, sheet and row."""
    result = outcome(path, lenient)
    name = path.name
    if isinstance(result, DataError):
        msg = str(result)
        assert "\n" not in msg and "\r" not in msg, msg
        assert result.source == name and msg.startswith(name + ":"), msg
        if result.sheet is not None:
            assert msg.startswith(f"{name}:{result.sheet}"), msg
            assert result.line is not None and result.line >= 1, msg
        TALLY[f"{path.suffix}: one-line DataError"] += 1
        return result
    assert result.read == len(result.records) + len(result.skipped) + result.merged
    places = [(r.sheet, r.line) for r in result.records] + \
        [(s.sheet, s.line) for s in result.skipped]
    assert len(places) == len(set(places)), "a row counted twice"
    assert len({r.id for r in result.records}) == len(result.records), "duplicate ids"
    for r in result.records:
        assert r.municipality.strip() and r.title.strip()
        assert r.where() == f"{name}:{r.sheet}!{r.line}"
    TALLY[f"{path.suffix}: records ({'lenient' if lenient else 'strict'})"] += 1
    return result


# ---------------------------------------------------------------- damaged bytes


@st.composite
def damaged_bytes(draw, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["cut", "flip", "zero", "garbage", "swap"]))
        i = draw(st.integers(0, max(len(data) - 1, 0)))
        n = draw(st.integers(1, 64))
        if kind == "cut":
            del data[i:]
        elif kind == "flip" and data:
            data[i] ^= 1 << draw(st.integers(0, 7))
        elif kind == "zero":
            data[i:i + n] = bytes(len(data[i:i + n]))
        elif kind == "garbage":
            data[i:i] = draw(st.binary(min_size=1, max_size=n))
        elif kind == "swap" and len(data) > 2 * n:
            j = draw(st.integers(0, len(data) - n))
            data[i:i + n], data[j:j + n] = data[j:j + n], data[i:i + n]
        if not data:
            break
    return bytes(data)


def write_damaged(folder: Path, good: dict[str, bytes], suffix: str, data) -> Path:
    path = folder / f"damaged{suffix}"
    path.write_bytes(data.draw(damaged_bytes(good[suffix]), label="damaged"))
    return path


@settings(FUZZ, max_examples=CASES["bytes"])
@given(suffix=st.sampled_from(list(WRITERS)), data=st.data())
def test_damaged_bytes(tmp_path, good, suffix, data):
    path = write_damaged(tmp_path, good, suffix, data)
    check(path, data.draw(st.booleans(), label="lenient"))
    TALLY["cases: bytes damaged"] += 1


# ---------------------------------------------------------------- a part of the zip


@st.composite
def damaged_member(draw, data: bytes) -> bytes:
    """The zip rewritten with one part cut, garbled or emptied (the zip itself sound)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    target = draw(st.sampled_from([n for n in names if n.endswith(".xml")]))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in names:
            body = src.read(name)
            if name == target:
                kind = draw(st.sampled_from(["cut", "garble", "empty", "drop", "text"]))
                if kind == "drop":
                    continue
                if kind == "cut":
                    body = body[: draw(st.integers(0, len(body)))]
                elif kind == "garble":
                    i = draw(st.integers(0, max(len(body) - 1, 0)))
                    body = body[:i] + draw(st.sampled_from(
                        [b"<", b">", b"&", b"\"", b"\x00", b"\xff\xfe", b"]]>",
                         b"<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", b"</x>"])) + body[i + 1:]
                elif kind == "empty":
                    body = b""
                else:
                    body = "自治体名\t協定名".encode()
            z.writestr(name, body)
    return out.getvalue()


@settings(FUZZ, max_examples=CASES["member"])
@given(suffix=st.sampled_from([".xlsx", ".ods"]), data=st.data())
def test_damaged_part_inside_the_zip(tmp_path, good, suffix, data):
    path = tmp_path / f"part{suffix}"
    path.write_bytes(data.draw(damaged_member(good[suffix]), label="damaged"))
    check(path, data.draw(st.booleans(), label="lenient"))
    TALLY["cases: a part inside the zip damaged"] += 1


# ---------------------------------------------------------------- sheets laid out badly


ODD_VALUES = st.one_of(
    st.sampled_from(["", " ", "\u3000", None, "自治体名", "=1+1", "#REF!", "x" * 40_000,
                     "平成28年9月現在", "長崎県\n上海市", "\x00", "😀", "\u202e"]),
    st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=True),
    st.dates(dt.date(1900, 3, 1), dt.date(2100, 1, 1)), st.booleans())


@st.composite
def bad_layout(draw) -> tuple[list[list], list[tuple[int, int, int, int]]]:
    rows = [list(r) for r in text_rows()]
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["drop", "double", "swap", "cell", "rename", "merge",
                                     "wide", "blank"]))
        i = draw(st.integers(0, len(rows) - 1))
        if kind == "drop" and len(rows) > 1:
            del rows[i]
        elif kind == "double":
            rows.insert(i, list(rows[i]))
        elif kind == "swap":
            j = draw(st.integers(0, len(rows) - 1))
            rows[i], rows[j] = rows[j], rows[i]
        elif kind == "cell":
            row = rows[i] or [""]
            row[draw(st.integers(0, len(row) - 1))] = draw(ODD_VALUES)
            rows[i] = row
        elif kind == "rename":
            j = next(k for k, r in enumerate(rows) if r == HEADER)
            rows[j] = list(rows[j])
            rows[j][draw(st.integers(0, 5))] = draw(st.sampled_from(["", "No.", "協定名", "備考"]))
        elif kind == "wide":
            rows[i] = rows[i] + [draw(ODD_VALUES) for _ in range(draw(st.integers(1, 4)))]
        elif kind == "blank":
            rows.insert(i, [])
    merges = []
    for _ in range(draw(st.integers(0, 3))):
        r0 = draw(st.integers(1, len(rows)))
        c0 = draw(st.integers(0, 5))
        merges.append((r0, c0, r0 + draw(st.integers(0, 6)), c0 + draw(st.integers(0, 2))))
    # Merges may not overlap (a spreadsheet refuses them): keep the first of each clash.
    kept: list[tuple[int, int, int, int]] = []
    for m in merges:
        if all(m[2] < k[0] or k[2] < m[0] or m[3] < k[1] or k[3] < m[1] for k in kept):
            kept.append(m)
    return rows, kept


def _storable(value):
    """What each writer can store: the 1 MB-ish text and NaN/inf stay in .xlsx only."""
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return str(value)
    if isinstance(value, str):
        return value.replace("\x00", "")[:30_000]
    return value


@settings(FUZZ, max_examples=CASES["layout"])
@given(suffix=st.sampled_from(list(WRITERS)), case=bad_layout(), lenient=st.booleans())
def test_bad_layout(tmp_path, suffix, case, lenient):
    rows, merges = case
    rows = [[_storable(v) for v in r] for r in rows]
    if suffix == ".xls":  # xls holds 256 columns and 32,767 characters a cell
        rows = [[v[:32_000] if isinstance(v, str) else v for v in r] for r in rows]
    path = WRITERS[suffix](tmp_path / f"layout{suffix}", {"一覧": rows}, {"一覧": merges})
    check(path, lenient)
    TALLY["cases: sheet laid out badly"] += 1


# ---------------------------------------------------------------- through the CLI


@settings(FUZZ, max_examples=CASES["cli"])
@given(suffix=st.sampled_from(list(WRITERS)), data=st.data())
def test_cli_build_damaged_workbook_exits_2_with_one_line(tmp_path, good, suffix, data):
    path = write_damaged(tmp_path, good, suffix, data)
    expected = outcome(path, False)
    if not isinstance(expected, DataError):
        return
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    out = subprocess.run([sys.executable, "-m", "teikei_qa.cli", "build", "--data", str(path),
                          "--index", str(tmp_path / "index")], capture_output=True, env=env,
                         timeout=300)
    err = out.stderr.decode("utf-8", errors="replace")
    assert (out.returncode, "Traceback" in err) == (2, False), err
    assert err == f"teikei-qa: {expected}\n"
    TALLY["cases: damaged workbook through `teikei-qa build` (exit 2)"] += 1


def test_case_counts_add_up_to_more_than_200():
    assert CASES["bytes"] + CASES["member"] + CASES["layout"] >= 200
