"""Sweep the topic answer's citation thresholds (engine.py) over the topic questions of
the eval files: citation precision and recall, and how many `none` questions would cite
something, for every combination (README, "Answer thresholds").

Usage: .venv/bin/python scripts/citation_sweep.py [--no-japanese] [EVAL.jsonl ...]
(default: eval/*.jsonl; --no-japanese: only the questions written without Japanese)

The rule is evidence.cited (cov + cosine ≥ max(confidence_min, confidence_rel × the
best hit's) and cov ≥ coverage_floor; else a clear lead: lead_ratio × the next hit's
confidence with cov ≥ lead_coverage). The first table sweeps the first three with the
lead as chosen, the second the lead with the rest as chosen; the third sweeps the
companions of what is cited (evidence.topic_cited: close in meaning and ranked with it),
the first row without any. Precision counts an item with nothing cited as 0, as
`teikei-qa eval`."""

from __future__ import annotations

import itertools
import statistics
import sys
from dataclasses import replace
from pathlib import Path

from teikei_qa.engine import TOPIC_MAX, Engine
from teikei_qa.evaluate import load_eval
from teikei_qa.evidence import THRESHOLDS, Thresholds, cited, topic_cited
from teikei_qa.retrieve import has_japanese
from teikei_qa.settings import from_env
from teikei_qa.text import title_key

ROOT = Path(__file__).resolve().parents[1]
MINS = (0.6, 0.65, 0.7, 0.75, 0.8)
RELS = (0.4, 0.5, 0.6, 0.7, 0.8)
FLOORS = (0.3, 0.4)
LEAD_RATIOS = (1.5, 1.8, 2.0, 2.5, float("inf"))
LEAD_COVERAGES = (0.3, 0.4, 0.5)
COMPANION_COSINES = (0.6, 0.7, 0.8, 0.9, 1.0)
COMPANION_SCORES = (0.3, 0.4, 0.5, 0.6, 0.7)
COMPANION_FLOORS = (0.3, 0.35, 0.4, 0.45)

Row = tuple[str, float, float, float]  # title key, coverage, cosine, hybrid score
Item = tuple[dict, list[Row], bool, bool]  # the question, its ranked hits, a bare head, Japanese


def main() -> None:
    args = sys.argv[1:]
    latin = "--no-japanese" in args
    paths = [Path(p) for p in args if p != "--no-japanese"] or \
        sorted((ROOT / "eval").glob("*.jsonl"))
    engine = Engine.ensure(from_env(), say=lambda m: print(m, file=sys.stderr))
    r = engine.retriever
    items: list[Item] = []
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
                     max(h.dense, 0.0), h.score) for h in r.rank(plan.text, TOPIC_MAX)]
            items.append((item, rows, bool(r.bare_heads(plan.text)), has_japanese(plan.text)))
    nones = sum(item["kind"] == "none" for item, *_ in items)
    print(f"{len(items)} questions answered as topics ({nones} of kind none), from "
          f"{', '.join(p.name for p in paths)}")
    print("\n| confidence_min | confidence_rel | coverage_floor | precision | recall | "
          "none citing |\n| --- | --- | --- | --- | --- | --- |")
    for cmin, crel, floor in itertools.product(MINS, RELS, FLOORS):
        t = replace(THRESHOLDS, confidence_min=cmin, confidence_rel=crel, coverage_floor=floor)
        print(f"| {cmin} | {crel} | {floor} | {_scores(items, t)} |")
    print("\n| lead_ratio | lead_coverage | precision | recall | none citing |\n"
          "| --- | --- | --- | --- | --- |")
    for ratio, cover in itertools.product(LEAD_RATIOS, LEAD_COVERAGES):
        t = replace(THRESHOLDS, lead_ratio=ratio, lead_coverage=cover)
        print(f"| {ratio} | {cover} | {_scores(items, t)} |")
    print("\n| companion_cosine | companion_score | companion_cosine_min | precision | recall | "
          "none citing |\n| --- | --- | --- | --- | --- | --- |")
    print(f"| (none) | | | {_scores(items, replace(THRESHOLDS, companion_depth=0), True)} |")
    for ccos, cscore, cmin in itertools.product(COMPANION_COSINES, COMPANION_SCORES,
                                                COMPANION_FLOORS):
        t = replace(THRESHOLDS, companion_cosine=ccos, companion_score=cscore,
                    companion_cosine_min=cmin)
        print(f"| {ccos} | {cscore} | {cmin} | {_scores(items, t, True)} |")


def _scores(items: list[Item], t: Thresholds, whole: bool = False) -> str:
    """Precision | recall | none questions citing, over `items` with thresholds `t`;
    `whole`: as a topic answer cites (topic_cited), else `cited` alone."""
    prec: list[float] = []
    rec: list[float] = []
    wrong_none = 0
    for item, rows, bare, japanese in items:
        evidence = [(c, d) for _, c, d, _ in rows]
        at = topic_cited(evidence, [s for *_, s in rows], bare, t, japanese=japanese) \
            if whole else cited(evidence, t, japanese)
        got = [rows[i][0] for i in at]
        if item["kind"] == "none":
            wrong_none += bool(got)
            continue
        gold = {title_key(x) for x in item.get("gold", [])}
        ok = gold | {title_key(x) for x in item.get("optional", [])}
        prec.append(sum(x in ok for x in got) / len(got) if got else 0.0)
        rec.append(sum(x in got for x in gold) / len(gold))
    return f"{statistics.fmean(prec):.3f} | {statistics.fmean(rec):.3f} | {wrong_none}"


if __name__ == "__main__":
    main()
