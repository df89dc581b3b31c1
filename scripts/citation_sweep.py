"""Sweep the topic answer's citation thresholds (engine.py) over the topic questions of
the eval files: citation precision and recall, and how many `none` questions would cite
something, for every combination (README, "Answer thresholds").

Usage: .venv/bin/python scripts/citation_sweep.py [--no-japanese] [EVAL.jsonl ...]
(default: eval/*.jsonl; --no-japanese: only the questions written without Japanese)

A hit is cited when cov + cosine ≥ max(CONFIDENCE_MIN, CONFIDENCE_REL × the best
hit's) and cov ≥ COVERAGE_FLOOR (cov: the share of the question's word weight the
record holds). Precision counts an item with nothing cited as 0, as `teikei-qa eval`."""

from __future__ import annotations

import itertools
import statistics
import sys
from pathlib import Path

from teikei_qa.engine import TOPIC_MAX, Engine
from teikei_qa.evaluate import load_eval
from teikei_qa.retrieve import has_japanese
from teikei_qa.settings import from_env
from teikei_qa.text import title_key

ROOT = Path(__file__).resolve().parents[1]
MINS = (0.6, 0.65, 0.7, 0.75, 0.8)
RELS = (0.4, 0.5, 0.6, 0.7, 0.8)
FLOORS = (0.3, 0.4)

Row = tuple[str, float, float]  # title key, coverage, cosine


def cited(rows: list[Row], cmin: float, crel: float, floor: float) -> list[str]:
    conf = [c + d for _, c, d in rows]
    cut = max(cmin, crel * max(conf))
    return [t for (t, c, _), cf in zip(rows, conf, strict=True) if cf >= cut and c >= floor]


def main() -> None:
    args = sys.argv[1:]
    latin = "--no-japanese" in args
    paths = [Path(p) for p in args if p != "--no-japanese"] or \
        sorted((ROOT / "eval").glob("*.jsonl"))
    engine = Engine.ensure(from_env(), say=lambda m: print(m, file=sys.stderr))
    r = engine.retriever
    items: list[tuple[dict, list[Row]]] = []
    for path in paths:
        for item in load_eval(path):
            if item["kind"] not in ("topic", "lookup", "none") or \
                    latin and has_japanese(item["question"]):
                continue
            plan = engine.plan(item["question"])
            if plan.operation != "topic":
                continue  # answered from the table
            cov = r.coverage(plan.text)
            rows = [(title_key(h.record.title), float(cov[engine._by_id[h.record.id]]),
                     max(h.dense, 0.0)) for h in r.rank(plan.text, TOPIC_MAX)]
            items.append((item, rows))
    nones = sum(item["kind"] == "none" for item, _ in items)
    print(f"{len(items)} questions answered as topics ({nones} of kind none), from "
          f"{', '.join(p.name for p in paths)}")
    print("\n| CONFIDENCE_MIN | CONFIDENCE_REL | COVERAGE_FLOOR | precision | recall | "
          "none citing |\n| --- | --- | --- | --- | --- | --- |")
    for cmin, crel, floor in itertools.product(MINS, RELS, FLOORS):
        prec: list[float] = []
        rec: list[float] = []
        wrong_none = 0
        for item, rows in items:
            got = cited(rows, cmin, crel, floor)
            if item["kind"] == "none":
                wrong_none += bool(got)
                continue
            gold = {title_key(t) for t in item.get("gold", [])}
            ok = gold | {title_key(t) for t in item.get("optional", [])}
            prec.append(sum(t in ok for t in got) / len(got) if got else 0.0)
            rec.append(sum(t in got for t in gold) / len(gold))
        print(f"| {cmin} | {crel} | {floor} | {statistics.fmean(prec):.3f} | "
              f"{statistics.fmean(rec):.3f} | {wrong_none} |")


if __name__ == "__main__":
    main()
