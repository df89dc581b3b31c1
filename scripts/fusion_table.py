"""Compare the ranking legs and fusions: R@5 and MRR@10 over topic and lookup questions,
and similar hit@3, pooled over the files given. The legs and fusions are ranked with the
chosen coverage weight (settings.COVERAGE_WEIGHT); the last rows sweep it with the BM25
share. Usage: .venv/bin/python scripts/fusion_table.py [EVAL ...]"""

from __future__ import annotations

import sys
from pathlib import Path

from teikei_qa.engine import Engine
from teikei_qa.evaluate import evaluate, load_eval
from teikei_qa.settings import from_env

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    paths = [Path(a) for a in sys.argv[1:]] or [ROOT / "eval/dev.jsonl"]
    items = [item for path in paths for item in load_eval(path)]
    engine = Engine.ensure(from_env(), say=lambda m: print(m, file=sys.stderr))
    r = engine.retriever
    variants = [("BM25 only", "convex", 1.0), ("dense only", "convex", 0.0),
                ("RRF k=60", "rrf", 0.5)]
    variants += [(f"convex w={w}", "convex", w) for w in (0.3, 0.4, 0.5, 0.6, 0.7)]
    chosen_w = engine.settings.bm25_weight
    chosen = r.coverage_weight
    plain = _Plain(engine)
    print("| ranking | R@5 | MRR@10 | similar hit@3 | R@5 without named-first | "
          "MRR@10 without |")
    print("| --- | --- | --- | --- | --- | --- |")
    rows = [(name, fusion, w, chosen) for name, fusion, w in variants]
    rows += [(f"convex w={w} + coverage {c}", "convex", w, c)
             for w in (0.3, chosen_w, 0.5) for c in (0.0, 0.1, 0.2, 0.3)]
    for name, fusion, w, c in rows:
        r.fusion, r.bm25_weight, r.coverage_weight = fusion, w, c
        m = evaluate(engine, items, answers=False).metrics
        p = evaluate(plain, items, answers=False).metrics
        cells = [m.get("search_r@5"), m.get("search_mrr@10"), m.get("similar_hit@3"),
                 p.get("search_r@5"), p.get("search_mrr@10")]
        print(f"| {name} | " + " | ".join("—" if v is None else f"{v:.3f}" for v in cells)
              + " |")


class _Plain:
    """The engine's search without putting named parties and partners first."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def search(self, query: str, k: int):
        return self.engine.retriever.rank(query, k)

    def similar(self, ref: str, k: int):
        return self.engine.similar(ref, k)


if __name__ == "__main__":
    main()
