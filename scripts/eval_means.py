"""Every eval file through one engine: each file's metrics as JSON under --out, and the mean
of each metric over the files (README, "Measured quality").

Usage: .venv/bin/python scripts/eval_means.py [--out DIR] [--base DIR] [EVAL.jsonl ...]
(default: eval/*.jsonl). With --base (an --out folder of an earlier run, e.g. of another
commit run through PYTHONPATH), the means are over the files both runs hold, and each
file whose metrics differ is named. The CLI's `teikei-qa eval FILE` gives the same metrics
file by file; this only keeps one engine open for all of them."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from teikei_qa.engine import Engine
from teikei_qa.evaluate import evaluate, load_eval
from teikei_qa.settings import from_env

ROOT = Path(__file__).resolve().parents[1]
METRICS = ("search_r@5", "search_mrr@10", "list_count_exact", "aggregate_compare_exact",
           "none_correct", "citation_precision", "citation_recall")


def means(runs: dict[str, dict[str, float | None]]) -> dict[str, float]:
    """The mean of each metric over the files that have it."""
    out = {}
    for name in METRICS:
        values = [v for m in runs.values() if (v := m.get(name)) is not None]
        if values:
            out[name] = sum(values) / len(values)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--out", help="folder for each file's metrics (default: a new temporary one)")
    ap.add_argument("--base")
    args = ap.parse_args(argv)
    paths = [Path(p) for p in args.files] or sorted((ROOT / "eval").glob("*.jsonl"))
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="teikei-eval-"))
    out.mkdir(parents=True, exist_ok=True)
    print(f"metrics of each file: {out}", file=sys.stderr)
    engine = Engine.ensure(from_env(), say=lambda m: print(m, file=sys.stderr))
    now: dict[str, dict[str, float | None]] = {}
    for path in paths:
        report = evaluate(engine, load_eval(path))
        now[path.stem] = dict(report.metrics)
        (out / f"{path.stem}.json").write_text(json.dumps(
            {"metrics": report.metrics, "failures": report.failures}, ensure_ascii=False,
            indent=0), encoding="utf-8")
    base: dict[str, dict[str, float | None]] = {}
    if args.base:
        for p in Path(args.base).glob("*.json"):
            base[p.stem] = json.loads(p.read_text(encoding="utf-8"))["metrics"]
        shared = sorted(set(base) & set(now))
        for stem in shared:
            if base[stem] != now[stem]:
                print(f"differs: {stem}")
        base = {s: base[s] for s in shared}
        now = {s: now[s] for s in shared}
        print(f"base ({len(base)} files): " + json.dumps(
            {k: round(v, 4) for k, v in means(base).items()}))
    print(f"now ({len(now)} files): " + json.dumps(
        {k: round(v, 4) for k, v in means(now).items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
