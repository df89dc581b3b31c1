"""Progress of a long build stage: a tqdm bar (rate and time left) when stderr is a
terminal, otherwise a plain line at every tenth, so that CI logs stay readable."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn, TextIO

if TYPE_CHECKING:  # imported only when a terminal shows a bar
    from tqdm import tqdm

STEPS = 10  # plain lines: one per tenth of the work


class Meter:
    """Counts the items of one stage and shows it: `update(n)` as they are done,
    `close()` at the end. A terminal gets a tqdm bar on `stream`; anything else gets
    lines through `say` ("embedding: 500/1000 texts (50%), 120.5/s, about 4 s left")."""

    def __init__(self, desc: str, total: int, say: Callable[[str], None],
                 stream: TextIO | None = None, unit: str = "texts") -> None:
        self.desc, self.total, self.say, self.unit = desc, total, say, unit
        self.done = 0
        self._next = 1
        self._t0 = time.perf_counter()
        stream = sys.stderr if stream is None else stream
        self._bar: tqdm[NoReturn] | None = None  # a bar counts; it iterates over nothing
        if _is_terminal(stream):
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=desc, unit=unit[:-1] if unit.endswith("s")
                             else unit, file=stream, dynamic_ncols=True, leave=True)

    def update(self, n: int) -> None:
        self.done += n
        if self._bar is not None:
            self._bar.update(n)
            return
        while self.total and self._next < STEPS and self.done >= self._next * self.total / STEPS:
            self._next += 1
            elapsed = time.perf_counter() - self._t0
            rate = self.done / elapsed if elapsed > 0 else 0.0
            left = (self.total - self.done) / rate if rate > 0 else 0.0
            self.say(f"{self.desc}: {self.done}/{self.total} {self.unit} "
                     f"({100 * self.done // self.total}%), {rate:.1f}/s, "
                     f"about {_duration(left)} left")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            return
        elapsed = time.perf_counter() - self._t0
        rate = f", {self.done / elapsed:.1f}/s" if elapsed > 0 and self.done else ""
        self.say(f"{self.desc}: {self.done} {self.unit} in {elapsed:.1f} s{rate}")


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes} min {seconds} s"


def meter(desc: str, total: int, say: Callable[[str], None] | None) -> Meter | None:
    """A Meter for `total` items, or None when nobody listens (no `say`) or there is
    nothing to do."""
    if say is None or total <= 0:
        return None
    return Meter(desc, total, say)
