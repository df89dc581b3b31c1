"""vocab.match_terms beside the loop it replaced (every window at every length the index
holds), on the same questions and term indexes: the matches must be the same; the time
of a call is printed for both (README, "Performance").

    .venv/bin/python benchmarks/match_terms.py --index bench-out/n10000/index \\
        --data bench-out/n10000/data.txt

Questions: every question of eval/*.jsonl and one title in fifty of the index's records.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def every_window(text: str, index, spans: list[tuple[int, int]],
                 ok: Callable[[str, int, int], bool] = lambda t, a, b: True
                 ) -> list[tuple[str, int, int]]:
    """The loop before: each length the index holds, longest first, at every position."""
    from teikei_qa.vocab import _boundary_ok, free

    found = []
    folded = text.casefold()
    for length in index.lengths:
        for a in range(len(folded) - length + 1):
            term = index.by_key.get(folded[a:a + length])
            if term is None:
                continue
            b = a + length
            if free(spans, a, b) and _boundary_ok(text, a, b, term) and ok(term, a, b):
                spans.append((a, b))
                found.append((term, a, b))
    return sorted(found, key=lambda x: x[1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", required=True)
    ap.add_argument("--data", required=True)
    args = ap.parse_args(argv)

    from teikei_qa import plan, vocab
    from teikei_qa.engine import Engine
    from teikei_qa.kinds import KIND_INDEX
    from teikei_qa.settings import Settings

    engine = Engine.open(Settings(data=(Path(args.data),), index_dir=Path(args.index)))
    questions = [q for p in sorted((ROOT / "eval").glob("*.jsonl"))
                 for line in p.read_text(encoding="utf-8").splitlines() if line.strip()
                 if (q := json.loads(line).get("question"))]
    questions += [engine.records[i].title for i in range(0, len(engine.records), 50)]
    v = engine.table.vocab
    indexes = [vocab.COUNTRY_INDEX, plan.REGION_INDEX, v.title_index, v.partner_index,
               v.place_index, v.field_index, KIND_INDEX]
    for index in indexes:
        vocab.match_terms("", index, [])  # (each index's start table, made on first use)
    old = new = 0.0
    differ = 0
    for index in indexes:
        for q in questions:
            t0 = time.perf_counter()
            a = every_window(q, index, [])
            t1 = time.perf_counter()
            b = vocab.match_terms(q, index, [])
            t2 = time.perf_counter()
            old, new = old + t1 - t0, new + t2 - t1
            differ += a != b
    calls = len(questions) * len(indexes)
    print(f"{len(questions)} questions × {len(indexes)} term indexes, {len(engine.records)} "
          f"records: {differ} differ; ms a call: every window {1000 * old / calls:.3f}, "
          f"match_terms {1000 * new / calls:.3f}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
