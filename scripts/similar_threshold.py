"""Where 似た協定 should stop calling a neighbour similar: for every agreement's top 5
neighbours, the similarity of the pairs that share something the list records (field,
country, partner or party) and of those that share nothing. Prints both distributions
and the threshold that misclassifies the fewest pairs; the web UI labels scores below
it as weak (teikei_qa/web/site.py: WEAK_SIMILARITY): the lowest score at which at most
5% of the neighbours scoring that much or more share nothing.

    .venv/bin/python scripts/similar_threshold.py [--index DIR]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from teikei_qa.engine import Engine  # noqa: E402
from teikei_qa.settings import from_env  # noqa: E402
from teikei_qa.web.site import shared_text  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--index", help="index folder (default: the settings' index/)")
    p.add_argument("--k", type=int, default=5)
    args = p.parse_args()
    settings = from_env()
    if args.index:
        from dataclasses import replace
        settings = replace(settings, index_dir=Path(args.index))
    engine = Engine.ensure(settings, say=lambda *_: None)
    shared, alone = [], []
    for rec in engine.records:
        for h in engine.similar(rec.id, args.k):
            (alone if shared_text(rec, h.record) == "なし" else shared).append(h.score)
    candidates = sorted(set(round(s, 2) for s in shared + alone))

    def nothing_above(t: float) -> float:
        above = [s for s in shared + alone if s >= t]
        return sum(s >= t for s in alone) / len(above) if above else 0.0

    best = min(t for t in candidates if nothing_above(t) <= 0.05)
    for name, xs in (("share something", shared), ("share nothing", alone)):
        xs = sorted(xs)
        print(f"{name:16} n={len(xs):4}  min {xs[0]:.3f}  median {statistics.median(xs):.3f}  "
              f"max {xs[-1]:.3f}" if xs else f"{name:16} n=0")
    print(f"threshold {best:.2f}: {nothing_above(best):.1%} of the pairs at or above it share "
          f"nothing; {sum(s < best for s in shared)} sharing pairs fall below it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
