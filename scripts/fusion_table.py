"""Compare the ranking legs and fusions on the dev set: R@5 and MRR@10 over topic and
lookup questions, and similar hit@3. Usage: .venv/bin/python scripts/fusion_table.py [EVAL]"""

from __future__ import annotations

import sys
from pathlib import Path

from teikei_qa.engine import Engine
from teikei_qa.evaluate import evaluate, load_eval
from teikei_qa.settings import from_env

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "eval/dev.jsonl"
    items = load_eval(path)
    engine = Engine.ensure(from_env(), say=lambda m: print(m, file=sys.stderr))
    r = engine.retriever
    variants = [("BM25 only", "convex", 1.0), ("dense only", "convex", 0.0),
                ("RRF k=60", "rrf", 0.5)]
    variants += [(f"convex w={w}", "convex", w) for w in (0.3, 0.4, 0.5, 0.6, 0.7)]
    plain = _Plain(engine)
    print("| ranking | R@5 | MRR@10 | similar hit@3 | R@5 without named-first | "
          "MRR@10 without |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, fusion, w in variants:
        r.fusion, r.bm25_weight = fusion, w
        m = evaluate(engine, items, answers=False).metrics
        p = evaluate(plain, items, answers=False).metrics
        print(f"| {name} | {m['search_r@5']:.3f} | {m['search_mrr@10']:.3f} | "
              f"{m['similar_hit@3']:.3f} | {p['search_r@5']:.3f} | {p['search_mrr@10']:.3f} |")


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
