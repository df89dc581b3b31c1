"""`teikei-qa build` shows its progress: a tqdm bar with rate and time left on a
terminal (driven here through a pseudo-terminal), plain lines anywhere else."""

from __future__ import annotations

import fcntl
import io
import os
import pty
import re
import struct
import subprocess
import sys
import termios

from benchmarks import synth
from teikei_qa.progress import Meter, meter

# The pty test builds 1,000 synthetic rows, not 10,000: the real encoder embeds ~200
# rows a second on these 2 shared cores, so 10,000 would take about a minute; the bar
# is the same code whatever the count.
PTY_ROWS = 1000
PLAIN_ROWS = 200


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "teikei_qa.cli", *args]


def test_meter_plain_lines_every_tenth():
    said: list[str] = []
    m = Meter("embedding", 50, said.append, stream=io.StringIO())
    for _ in range(50):
        m.update(1)
    m.close()
    assert len(said) == 10
    assert [re.match(r"embedding: (\d+)/50 texts \((\d+)%\)", s).groups() for s in said[:9]] == \
        [(str(n), str(2 * n)) for n in range(5, 50, 5)]
    assert all(re.search(r", [\d.]+/s, about \d+ (min \d+ )?s left$", s) for s in said[:9])
    assert re.fullmatch(r"embedding: 50 texts in [\d.]+ s, [\d.]+/s", said[-1])


def test_no_meter_without_a_listener_or_work():
    assert meter("embedding", 10, None) is None
    assert meter("embedding", 0, print) is None


def test_build_on_a_terminal_shows_bars_with_rate_and_time_left(tmp_path):
    data = synth.write_list(tmp_path / "synth.txt", PTY_ROWS, seed=0)
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    proc = subprocess.Popen(_cli("build", "--data", str(data), "--index", str(tmp_path / "ix")),
                            stdin=slave, stdout=slave, stderr=slave, close_fds=True)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert proc.wait(timeout=300) == 0
    out = b"".join(chunks).decode("utf-8", "replace")
    assert f"read {PTY_ROWS} rows: indexed {PTY_ROWS}, skipped 0, merged 0" in out
    for stage in ("tokenising", "embedding"):
        bar = rf"{stage}: +\d+%\|[^|]*\| *\d+/{PTY_ROWS} \[\d\d:\d\d<\d\d:\d\d, +[\d.]+text/s\]"
        assert re.search(bar, out), out[-2000:]
        assert re.search(rf"{stage}: 100%\|[^|]*\| {PTY_ROWS}/{PTY_ROWS} ", out)
    assert "\r" in out  # redrawn in place
    assert not re.search(r"embedding: \d+/\d+ texts \(", out)  # no plain lines on a terminal


def test_build_elsewhere_writes_plain_lines(tmp_path):
    data = synth.write_list(tmp_path / "synth.txt", PLAIN_ROWS, seed=1)
    out = subprocess.run(_cli("build", "--data", str(data), "--index", str(tmp_path / "ix")),
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    lines = out.stderr.splitlines()
    for stage in ("tokenising", "embedding"):
        steps = [s for s in lines if re.fullmatch(
            rf"{stage}: \d+/{PLAIN_ROWS} texts \(\d+%\), [\d.]+/s, about \d+ (min \d+ )?s left", s)]
        assert len(steps) == 9, lines
        assert any(re.fullmatch(rf"{stage}: {PLAIN_ROWS} texts in [\d.]+ s, [\d.]+/s", s)
                   for s in lines)
    assert "\r" not in out.stderr and "%|" not in out.stderr
