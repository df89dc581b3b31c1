"""Where a warm search or ask spends its time: cProfile over the benchmark's questions.

    .venv/bin/python benchmarks/hotspots.py --index bench-out/n10000/index \\
        --data bench-out/n10000/data.txt --what ask --questions 100

Prints the top functions by cumulative and by own time (run.py leaves each size's
corpus and index under bench-out/n<N>/).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from questions import make_questions


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--what", choices=("search", "ask"), default="search")
    ap.add_argument("--questions", type=int, default=100)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--encoder-threads", type=int, default=0,
                    help="USEEncoder(threads=N) instead of the product's default")
    args = ap.parse_args(argv)

    from teikei_qa.embed import USEEncoder
    from teikei_qa.engine import Engine
    from teikei_qa.settings import Settings

    encoder = USEEncoder(threads=args.encoder_threads) if args.encoder_threads else None
    engine = Engine.open(Settings(data=(Path(args.data),), index_dir=Path(args.index)),
                         encoder=encoder)
    questions = [q for _, q in make_questions(engine.records, args.questions, args.seed)]
    for q in questions[:10]:  # warm
        engine.search(q, 10) if args.what == "search" else engine.ask(q)
    prof = cProfile.Profile()
    prof.enable()
    for q in questions:
        engine.search(q, 10) if args.what == "search" else engine.ask(q)
    prof.disable()
    stats = pstats.Stats(prof, stream=sys.stdout).strip_dirs()
    print(f"# {args.what} × {len(questions)} questions, {len(engine.records)} records")
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
