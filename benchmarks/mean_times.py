"""Mean time per question of each stage over the benchmark's questions (best of three
passes), for comparing two commits on one index without the p95 tail's noise.

    TEIKEI_QA_INDEX=/tmp/bench/n10000/index TEIKEI_QA_DATA=/tmp/bench/n10000/data.txt \\
        .venv/bin/python benchmarks/mean_times.py

Another commit's code: the same command with PYTHONPATH=<its worktree>/src.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from questions import make_questions  # noqa: E402

from teikei_qa.engine import Engine  # noqa: E402
from teikei_qa.settings import from_env  # noqa: E402


def main() -> None:
    engine = Engine.open(from_env())
    qs = [q for _, q in make_questions(engine.records, 150, 0)]
    for q in qs:  # warm: every word read once, every cache made
        engine.ask(q)
    stages = {"names": lambda q: engine.names.rewrite(q), "read": engine.read,
              "plan": engine.plan, "search": lambda q: engine.search(q, 10), "ask": engine.ask}
    for name, run in stages.items():
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            for q in qs:
                run(q)
            best = min(best, (time.perf_counter() - t) / len(qs) * 1000)
        print(f"{name} {best:.3f} ms")


if __name__ == "__main__":
    main()
