"""The confidence of gold and non-gold hits on topic and lookup questions, for choosing
the answer thresholds in engine.py (README, "Answer thresholds").

Usage: .venv/bin/python scripts/thresholds.py [EVAL.jsonl ...]   (default: eval/*.jsonl)

Confidence = coverage (share of the question's IDF word weight the record holds) +
cosine of the dense leg, over the ranked hits a topic answer chooses from."""

from __future__ import annotations

import sys
from pathlib import Path

from teikei_qa.engine import TOPIC_MAX, Engine
from teikei_qa.evaluate import load_eval
from teikei_qa.settings import from_env
from teikei_qa.text import title_key

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or sorted((ROOT / "eval").glob("*.jsonl"))
    engine = Engine.ensure(from_env(), say=lambda m: print(m, file=sys.stderr))
    r = engine.retriever
    print("| file | id | min gold confidence | best non-gold confidence |")
    print("| --- | --- | --- | --- |")
    gold_low: list[float] = []
    other_high: list[float] = []
    for path in paths:
        for item in load_eval(path):
            if item["kind"] not in ("topic", "lookup"):
                continue
            text = engine.read(item["question"]).text
            cov = r.coverage(text)
            hits = r.rank(text, TOPIC_MAX)
            gold = {title_key(t) for t in item.get("gold", [])}
            optional = {title_key(t) for t in item.get("optional", [])}
            conf = {title_key(h.record.title): float(cov[engine._by_id[h.record.id]])
                    + max(h.dense, 0.0) for h in hits}
            g = [c for t, c in conf.items() if t in gold]
            o = [c for t, c in conf.items() if t not in gold | optional]
            gmin, omax = (min(g) if g else None), (max(o) if o else None)
            if gmin is not None:
                gold_low.append(gmin)
            if omax is not None:
                other_high.append(omax)
            print(f"| {path.name} | {item['id']} | {_f(gmin)} | {_f(omax)} |")
    print(f"\nlowest gold: {_f(min(gold_low))}; highest non-gold: {_f(max(other_high))}")


def _f(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


if __name__ == "__main__":
    main()
