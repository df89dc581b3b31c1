"""Warm query latency of teikei-qa and of the plain libraries, in one process.

Run by run.py as a fresh process per corpus size:

    python benchmarks/latency.py --index DIR --data FILE --questions 300 --out lat.json

It opens the engine once, then for every question times, one after the other,
`engine.search(q, 10)`, `engine.ask(q)` and the three anchors on the same data:
bm25s `retrieve(k=10)` over the same token lists, FAISS `IndexFlatIP.search(k=10)`
over the same vectors (with FAISS's default OpenMP threads and with one thread), and
`encode_queries([q])` of the same encoder. Interleaving
spreads the noise of a shared machine over all five alike. Warm-up questions come
from another seed, so no measured question was seen before.

The engine's encoder is wrapped so that the time each search or ask spends inside
`encode_queries` is recorded beside it (`search_encoder`, `ask_encoder`): the
project's own time is the call's time less that.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from questions import make_questions

K = 10
WARMUP = 30


def _ms(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000.0


def _rss_mb() -> float:
    """This process's peak RSS: VmHWM, which starts afresh at exec (ru_maxrss keeps the
    peak of the process this one was forked from: run.py, holding a built index)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0  # KiB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


class TimedEncoder:
    """The engine's encoder, adding up the milliseconds spent in it since `reset`."""

    def __init__(self, encoder) -> None:
        self.inner, self.name, self.dim = encoder, encoder.name, encoder.dim
        self.spent = 0.0

    def reset(self) -> None:
        self.spent = 0.0

    def encode_queries(self, texts):
        t0 = time.perf_counter()
        try:
            return self.inner.encode_queries(texts)
        finally:
            self.spent += (time.perf_counter() - t0) * 1000.0

    def encode_documents(self, texts):
        return self.inner.encode_documents(texts)


def _timed(fn, timed: TimedEncoder) -> tuple[float, float]:
    """(milliseconds of fn(), of which in the encoder)."""
    timed.reset()
    return _ms(fn), timed.spent


def _bm25_anchor(index: Path, records, tokenizer):
    """bm25s.BM25 as the build saved it (built from the tokenizer's lists over the
    records' texts); if the index no longer holds a bm25s folder, index them again."""
    import bm25s

    from teikei_qa.index import read_manifest

    folder = index / read_manifest(index).generation / "bm25"
    try:
        return bm25s.BM25.load(str(folder), show_progress=False)
    except Exception:  # any layout change: the anchor is rebuilt, never skipped
        bm25 = bm25s.BM25()
        bm25.index(tokenizer.many([r.text() for r in records]), show_progress=False)
        return bm25


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--questions", type=int, default=300)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True)
    ap.add_argument("--encoder-threads", type=int, default=0,
                    help="USEEncoder(threads=N) instead of the product's default")
    args = ap.parse_args(argv)

    import faiss
    import numpy as np

    from teikei_qa.embed import USEEncoder, load_encoder
    from teikei_qa.engine import Engine
    from teikei_qa.settings import Settings
    from teikei_qa.tokenize import Tokenizer

    settings = Settings(data=(Path(args.data),), index_dir=Path(args.index))
    t0 = time.perf_counter()
    encoder = load_encoder(settings.model) if not args.encoder_threads else \
        USEEncoder(threads=args.encoder_threads)
    tokenizer = Tokenizer()
    timed = TimedEncoder(encoder)
    engine = Engine.open(settings, encoder=timed, tokenizer=tokenizer)
    open_s = time.perf_counter() - t0
    records = engine.records

    measured = make_questions(records, args.questions, args.seed)
    warm = make_questions(records, WARMUP, args.seed + 1)

    # teikei-qa alone first, so its peak RSS is not the anchors' copies.
    for _, q in warm:
        engine.search(q, K)
        engine.ask(q)
    rss_engine = _rss_mb()

    # Anchors: bm25s over the same token lists and FAISS over the same vectors.
    t0 = time.perf_counter()
    anchor_bm25 = _bm25_anchor(Path(args.index), records, tokenizer)
    vectors = np.ascontiguousarray(engine.retriever.vectors, dtype=np.float32)
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)
    anchor_build_s = time.perf_counter() - t0
    k = min(K, len(records))
    omp_default = faiss.omp_get_max_threads()

    def anchors(q: str) -> dict[str, float]:
        holder: dict = {}
        faiss.omp_set_num_threads(1)
        out = {"encoder": _ms(lambda: holder.update(v=encoder.encode_queries([q]))),
               "tokenize": _ms(lambda: holder.update(t=tokenizer(q))),
               "bm25s": _ms(lambda: anchor_bm25.retrieve([holder["t"]], k=k,
                                                         show_progress=False)),
               "faiss_1t": _ms(lambda: flat.search(holder["v"], k))}
        return out

    for _, q in warm:
        anchors(q)

    rows: dict[str, list[float]] = {"search": [], "ask": [], "search_encoder": [],
                                    "ask_encoder": []}
    for _, q in measured:
        for name, call in (("search", lambda q=q: engine.search(q, K)),
                           ("ask", lambda q=q: engine.ask(q))):
            total, in_encoder = _timed(call, timed)
            rows[name].append(total)
            rows[f"{name}_encoder"].append(in_encoder)
        for name, ms in anchors(q).items():
            rows.setdefault(name, []).append(ms)
    # FAISS on its default OpenMP threads is measured in a pass of its own: after each
    # call its worker threads spin for a while, and interleaved they slowed whatever
    # ran next on these 2 cores (teikei-qa's search p50 9.5 ms interleaved, 5.1 ms not).
    faiss.omp_set_num_threads(omp_default)
    vecs = [encoder.encode_queries([q]) for _, q in measured]
    rows["faiss"] = [_ms(lambda v=v: flat.search(v, k)) for v in vecs]

    kinds: dict[str, int] = {}
    for kind, _ in measured:
        kinds[kind] = kinds.get(kind, 0) + 1
    slowest = sorted(zip(rows["ask"], (q for _, q in measured), strict=True), reverse=True)[:5]
    Path(args.out).write_text(json.dumps({
        "records": len(records), "open_s": open_s, "anchor_build_s": anchor_build_s,
        "rss_engine_mb": rss_engine, "kinds": kinds, "ms": rows,
        "slowest_ask": [[round(t, 2), q] for t, q in slowest],
    }, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
