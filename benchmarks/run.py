"""teikei-qa beside bm25s and FAISS: build speed, warm latency, cold start, incremental
rebuild, memory and index size, for the real list and synthetic lists.

    .venv/bin/python benchmarks/run.py                     # sizes 43 and 10000
    .venv/bin/python benchmarks/run.py --sizes 43,10000,100000
    .venv/bin/python benchmarks/run.py --smoke             # the 43 real rows, quickly

A size equal to the real list's row count (43) is the real list; any other size is a
synthetic list from `benchmarks/synth.py` (seed --seed). Writes a Markdown table
(benchmarks/results.md; with --smoke, into --work) and ends with one line per size:

    BENCH n=<N> search_p95_ratio=<x> ask_p95_ratio=<x> search_own_ratio=<x>
          ask_own_ratio=<x> cold_start_s=<s> cold_start_ratio=<x>
          incremental_ratio=<x> build_docs_per_s=<x> rss_mb=<x>

Latency ratios are teikei-qa p95 over the sum of the anchors' p95 (bm25s retrieve,
FAISS IndexFlatIP search, the query encoder), all measured in one process
(benchmarks/latency.py); numbers on a shared machine are noisy, ratios less so.
The own ratios leave the encoder out of both sides: p95 of (each call's time less the
time it spent in the encoder) over bm25s p95 + FAISS p95 (targets: search ≤ 1.2,
ask ≤ 2.0).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REAL_DATA = ROOT / "data" / "teikei_list_H28-09.txt"
DEFAULT_SIZES = "43,10000"
PROBE_TEXTS = 500
STAGES = ("parse", "embed", "bm25", "table", "write")


@dataclass
class SizeResult:
    n: int
    source: str
    build_s: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)
    incremental_s: float = 0.0
    incremental_stages: dict[str, float] = field(default_factory=dict)
    probe_docs_per_s: float = 0.0
    latency: dict = field(default_factory=dict)
    cold_start_s: float = 0.0
    import_numpy_s: float = 0.0
    rss_mb: float = 0.0
    index_mb: float = 0.0
    cache_mb: float = 0.0
    estimated: bool = False  # --estimate-embed: embed time from the probe, vectors random

    def p(self, name: str, q: float) -> float:
        import numpy as np

        return float(np.percentile(self.latency["ms"][name], q))

    @property
    def faiss_p95(self) -> float:
        """FAISS at its better thread setting for one query (default OpenMP or one)."""
        ms = self.latency["ms"]
        return min(self.p(name, 95) for name in ("faiss", "faiss_1t") if name in ms)

    @property
    def anchors_p95(self) -> float:
        return self.p("bm25s", 95) + self.faiss_p95 + self.p("encoder", 95)

    @property
    def anchors_p50(self) -> float:
        ms = self.latency["ms"]
        faiss = min(self.p(name, 50) for name in ("faiss", "faiss_1t") if name in ms)
        return self.p("bm25s", 50) + faiss + self.p("encoder", 50)

    def own(self, name: str, q: float) -> float:
        """Percentile of `name`'s calls less the time each spent in the encoder."""
        import numpy as np

        ms = self.latency["ms"]
        return float(np.percentile(np.subtract(ms[name], ms[f"{name}_encoder"]), q))

    def encoder_in(self, name: str, q: float) -> float:
        import numpy as np

        return float(np.percentile(self.latency["ms"][f"{name}_encoder"], q))

    @property
    def libraries_p95(self) -> float:
        """bm25s p95 + FAISS p95: the anchors without the encoder."""
        return self.p("bm25s", 95) + self.faiss_p95

    def summary(self) -> dict[str, float]:
        return {
            "search_p95_ratio": self.p("search", 95) / self.anchors_p95,
            "ask_p95_ratio": self.p("ask", 95) / self.anchors_p95,
            "search_own_ratio": self.own("search", 95) / self.libraries_p95,
            "ask_own_ratio": self.own("ask", 95) / self.libraries_p95,
            "cold_start_s": self.cold_start_s,
            "cold_start_ratio": self.cold_start_s / self.import_numpy_s,
            "incremental_ratio": self.incremental_s / self.build_s,
            "build_docs_per_s": self.n / self.build_s,
            "rss_mb": self.rss_mb,
        }

    def bench_line(self) -> str:
        s = self.summary()
        return (f"BENCH n={self.n} search_p95_ratio={s['search_p95_ratio']:.2f} "
                f"ask_p95_ratio={s['ask_p95_ratio']:.2f} "
                f"search_own_ratio={s['search_own_ratio']:.2f} "
                f"ask_own_ratio={s['ask_own_ratio']:.2f} cold_start_s={s['cold_start_s']:.2f} "
                f"cold_start_ratio={s['cold_start_ratio']:.1f} "
                f"incremental_ratio={s['incremental_ratio']:.3f} "
                f"build_docs_per_s={s['build_docs_per_s']:.1f} rss_mb={s['rss_mb']:.0f}")


def say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- processes

# The CLI run with its own peak memory (VmHWM) printed on stderr at exit. The child's
# ru_maxrss from wait4 cannot be used: on Linux it keeps the high-water mark of the
# process it was forked from (this one, holding the index it just built) across exec.
PEAK_CLI = """import atexit, sys
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            sys.stderr.write("@@peak " + line.split()[1] + "\\n")
atexit.register(peak)
sys.argv = ["teikei-qa", *sys.argv[1:]]
from teikei_qa.cli import main
sys.exit(main())
"""


def run_child(cmd: list[str], env: dict[str, str]) -> tuple[float, int, float]:
    """(wall seconds, exit code, peak RSS in MiB: the child's own report of it when it
    gives one, else wait4's) of one new process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {err.strip()[-500:]}")
    peaks = [float(line.split()[1]) / 1024.0 for line in err.splitlines()
             if line.startswith("@@peak ")]
    return wall, proc.returncode, peaks[-1] if peaks else usage.ru_maxrss / 1024.0


def median_wall(cmd: list[str], env: dict[str, str], repeat: int) -> tuple[float, float]:
    """Median wall time of `repeat` runs after one unmeasured run, and the peak RSS."""
    run_child(cmd, env)
    walls, rss = [], 0.0
    for _ in range(repeat):
        wall, _, peak = run_child(cmd, env)
        walls.append(wall)
        rss = max(rss, peak)
    return statistics.median(walls), rss


def child_env(data: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["TEIKEI_QA_DATA"] = str(data)
    env.pop("TEIKEI_QA_INDEX", None)
    env.setdefault("HF_HUB_OFFLINE", "1")
    return env


def du_mb(path: Path, skip: str | None = None) -> float:
    total = 0
    for p in path.rglob("*"):
        if p.is_file() and not (skip and skip in p.relative_to(path).parts):
            total += p.stat().st_size
    return total / 2**20


# ---------------------------------------------------------------- one size

def prepare_data(n: int, real_rows: int, work: Path, seed: int) -> tuple[Path, str]:
    import synth

    path = work / "data.txt"
    if n == real_rows:
        shutil.copyfile(REAL_DATA, path)
        return path, "real"
    synth.write_list(path, n, seed)
    return path, f"synthetic (seed {seed})"


class ProbedEncoder:
    """For --estimate-embed: documents get deterministic random unit vectors (seeded by
    their text) instead of hours of USE on 2 cores; queries go to the real encoder, so
    query latency is real. The build's embed time is then taken from the probe."""

    def __init__(self, real) -> None:
        self.real, self.name, self.dim = real, real.name, real.dim

    def encode_queries(self, texts):
        return self.real.encode_queries(texts)

    def encode_documents(self, texts):
        import hashlib

        import numpy as np

        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            seed = int.from_bytes(hashlib.sha1(text.encode("utf-8")).digest()[:8], "little")
            v = np.random.default_rng(seed).standard_normal(self.dim)
            out[i] = v / np.linalg.norm(v)
        return out


def probe_encoder(encoder, data: Path) -> float:
    """Documents per second of the encoder on up to PROBE_TEXTS texts of the corpus."""
    from teikei_qa.lists import load_file

    texts = [r.text() for r in load_file(data).records[:PROBE_TEXTS]]
    encoder.encode_documents(texts[:8])
    t0 = time.perf_counter()
    encoder.encode_documents(texts)
    return len(texts) / (time.perf_counter() - t0)


def add_one_row(data: Path, n: int, seed: int) -> None:
    """Append the row a list of n+1 rows would have last (a new agreement)."""
    import synth

    row = synth.generate_rows(n + 1, seed)[-1]
    text = data.read_text("utf-8")
    lead = "" if text.endswith("\n") else "\n"  # the real list ends without one
    with open(data, "a", encoding="utf-8", newline="\n") as f:
        f.write(lead + "\t".join(row) + "\n")


def bench_size(n: int, args, encoder, tokenizer, real_rows: int) -> SizeResult:
    from teikei_qa.index import build_index

    work = Path(args.work) / f"n{n}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    data, source = prepare_data(n, real_rows, work, args.seed)
    res = SizeResult(n=n, source=source)

    res.probe_docs_per_s = probe_encoder(encoder, data)
    est_min = n / res.probe_docs_per_s / 60
    say(f"[n={n}] encoder {res.probe_docs_per_s:.0f} docs/s on {min(n, PROBE_TEXTS)} texts: "
        f"embedding alone will take about {est_min:.1f} min")
    res.estimated = n >= args.estimate_embed
    if res.estimated:
        say(f"[n={n}] --estimate-embed: documents get random vectors; embed time and "
            "build rate are estimated from the probe")
        encoder = ProbedEncoder(encoder)
    elif est_min > 15:
        say(f"[n={n}] WARNING: a full build over 15 minutes; the number is still measured")

    index = work / "index"
    t0 = time.perf_counter()
    report = build_index([data], index, encoder, tokenizer)
    res.build_s = time.perf_counter() - t0
    res.stages = dict(report.seconds)
    if res.estimated:
        res.build_s += n / res.probe_docs_per_s - res.stages["embed"]
        res.stages["embed"] = n / res.probe_docs_per_s
    res.index_mb = du_mb(index, skip="cache")
    res.cache_mb = du_mb(index / "cache") if (index / "cache").exists() else 0.0
    say(f"[n={n}] full build {res.build_s:.1f}s " +
        " ".join(f"{k}={v:.2f}s" for k, v in res.stages.items()))

    lat_json = work / "latency.json"
    subprocess.run([sys.executable, str(HERE / "latency.py"), "--index", str(index),
                    "--data", str(data), "--questions", str(args.questions),
                    "--seed", str(args.seed), "--out", str(lat_json),
                    "--encoder-threads", str(args.encoder_threads)],
                   env=child_env(data), check=True)
    res.latency = json.loads(lat_json.read_text("utf-8"))
    say(f"[n={n}] search p95 {res.p('search', 95):.1f} ms, ask p95 {res.p('ask', 95):.1f} ms, "
        f"anchors p95 {res.anchors_p95:.1f} ms")

    cli = str(Path(sys.executable).parent / "teikei-qa")
    env = child_env(data)
    search = ["search", "漁業", "--index", str(index)]
    # The package's bytecode written, as an installed package has it (pip compiles it;
    # an editable install under PYTHONDONTWRITEBYTECODE=1 never would, and would compile
    # every module at every start: ~0.09 s).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "teikei_qa")],
                   env=env, check=True, stdout=subprocess.DEVNULL)
    res.cold_start_s, _ = median_wall([cli, *search], env, args.repeat)
    _, res.rss_mb = median_wall([sys.executable, "-c", PEAK_CLI, *search], env, 1)
    res.import_numpy_s, _ = median_wall([sys.executable, "-c", "import numpy"], env,
                                        args.repeat)
    say(f"[n={n}] cold start {res.cold_start_s:.2f}s (import numpy "
        f"{res.import_numpy_s:.3f}s), peak RSS {res.rss_mb:.0f} MiB")

    add_one_row(data, n, args.seed)
    t0 = time.perf_counter()
    report = build_index([data], index, encoder, tokenizer)
    res.incremental_s = time.perf_counter() - t0
    res.incremental_stages = dict(report.seconds)
    say(f"[n={n}] incremental rebuild {res.incremental_s:.2f}s (embedded {report.embedded}, "
        f"cached {report.cached}) " +
        " ".join(f"{k}={v:.2f}s" for k, v in res.incremental_stages.items()))
    return res


# ---------------------------------------------------------------- report

def _rate(n: int, seconds: float | None) -> str:
    return f"{n / seconds:,.0f}" if seconds else "–"


def markdown(results: list[SizeResult], command: str) -> str:
    import numpy as np

    lines = [
        "# Benchmark results",
        "",
        f"Command: `{command}`  ",
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, numpy {np.__version__}; "
        f"{time.strftime('%Y-%m-%d %H:%M %Z')}",
        "",
        "## Build (rows per second by stage; a full build has a fresh index folder and a "
        "cold embedding cache)",
        "",
        "| n | data | parse | embed | bm25 (tokenise + index) | table + vectors | write "
        "| full build s | docs/s | incremental s (+1 row) | incremental ratio "
        "| encoder probe docs/s | index MB | cache MB |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        st = r.stages
        lines.append(
            f"| {r.n} | {r.source} | {_rate(r.n, st.get('parse'))} "
            f"| {_rate(r.n, st.get('embed'))}{' est.' if r.estimated else ''} "
            f"| {_rate(r.n, st.get('bm25'))} | {_rate(r.n, st.get('table'))} "
            f"| {_rate(r.n, st.get('write'))} | {r.build_s:.2f}{' est.' if r.estimated else ''} "
            f"| {r.n / r.build_s:,.1f} "
            f"| {r.incremental_s:.2f} | {r.incremental_s / r.build_s:.3f} "
            f"| {r.probe_docs_per_s:.0f} | {r.index_mb:.1f} | {r.cache_mb:.1f} |")
    if any(r.estimated for r in results):
        lines += ["", "est.: run with `--estimate-embed`; documents got random unit vectors "
                  "and the embed time is n / the encoder's docs/s on 500 of the corpus's "
                  "texts (every other stage, query and process number is measured)."]
    lines += [
        "",
        "Incremental rebuild by stage (seconds): " + "; ".join(
            f"n={r.n}: " + ", ".join(f"{k} {v:.2f}" for k, v in r.incremental_stages.items())
            for r in results),
        "",
        "## Warm latency (ms, one process, questions of the dev-file kinds)",
        "",
        "| n | questions | search p50 | search p95 | ask p50 | ask p95 | bm25s p95 "
        "| FAISS p95 (default threads / 1 thread) | encoder p50 | encoder p95 | anchors p95 "
        "| tokenizer p95 | search ratio | ask ratio | search p50 ratio | ask p50 ratio |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        s = r.summary()
        lines.append(
            f"| {r.n} | {len(r.latency['ms']['search'])} | {r.p('search', 50):.2f} "
            f"| {r.p('search', 95):.2f} | {r.p('ask', 50):.2f} | {r.p('ask', 95):.2f} "
            f"| {r.p('bm25s', 95):.3f} | {r.p('faiss', 95):.3f} / {r.p('faiss_1t', 95):.3f} "
            f"| {r.p('encoder', 50):.2f} | {r.p('encoder', 95):.2f} "
            f"| {r.anchors_p95:.2f} | {r.p('tokenize', 95):.2f} "
            f"| {s['search_p95_ratio']:.2f} | {s['ask_p95_ratio']:.2f} "
            f"| {r.p('search', 50) / r.anchors_p50:.2f} | {r.p('ask', 50) / r.anchors_p50:.2f} |")
    lines += [
        "",
        "## The project's own time (ms, p95; the encoder taken out of both sides)",
        "",
        "own = each call's time less the time it spent in `encode_queries`; libraries = "
        "bm25s p95 + FAISS p95 (better thread setting). Targets: search ≤ 1.2, ask ≤ 2.0.",
        "",
        "| n | encoder in search | encoder in ask | search own | ask own | bm25s + FAISS "
        "| search own ratio | ask own ratio |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        s = r.summary()
        lines.append(
            f"| {r.n} | {r.encoder_in('search', 95):.2f} | {r.encoder_in('ask', 95):.2f} "
            f"| {r.own('search', 95):.2f} | {r.own('ask', 95):.2f} | {r.libraries_p95:.3f} "
            f"| {s['search_own_ratio']:.2f} | {s['ask_own_ratio']:.2f} |")
    lines += [
        "",
        "## Process (new process per run, median of the runs)",
        "",
        "| n | `teikei-qa search 漁業` s | `python -c \"import numpy\"` s | cold start ratio "
        "| peak RSS of the search process MiB | peak RSS of the warm engine MiB "
        "| engine open s |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r.n} | {r.cold_start_s:.2f} | {r.import_numpy_s:.3f} "
            f"| {r.cold_start_s / r.import_numpy_s:.1f} | {r.rss_mb:.0f} "
            f"| {r.latency['rss_engine_mb']:.0f} | {r.latency['open_s']:.2f} |")
    lines += ["", "Slowest asks (ms):", ""]
    for r in results:
        for t, q in r.latency["slowest_ask"][:3]:
            lines.append(f"- n={r.n}: {t} ms — {q}")
    lines += ["", "```", *(r.bench_line() for r in results), "```", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=DEFAULT_SIZES,
                    help=f"comma-separated corpus sizes (default {DEFAULT_SIZES}; 43 is the "
                    "real list; 100000 takes about half an hour on 2 cores)")
    ap.add_argument("--smoke", action="store_true",
                    help="the real 43 rows only, few questions, table into --work")
    ap.add_argument("--questions", type=int, default=300, help="measured questions per size")
    ap.add_argument("--repeat", type=int, default=5, help="cold-start runs per size")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--work", default=str(ROOT / "bench-out"),
                    help="folder for corpora and indexes (default bench-out/)")
    ap.add_argument("--out", help="Markdown table (default benchmarks/results.md)")
    ap.add_argument("--encoder-threads", type=int, default=0, metavar="N",
                    help="measure with USEEncoder(threads=N) instead of the product's "
                    "default (a candidate fast path; the table says so)")
    ap.add_argument("--estimate-embed", type=int, default=10**9, metavar="N",
                    help="at sizes >= N, embed documents with random vectors and take the "
                    "embed time from the 500-text probe (marked 'est.' in the table)")
    args = ap.parse_args(argv)

    from teikei_qa.embed import load_encoder
    from teikei_qa.lists import load_file
    from teikei_qa.tokenize import Tokenizer

    real_rows = len(load_file(REAL_DATA).records)
    if args.smoke:
        sizes = [real_rows]
        args.questions = min(args.questions, 40)
        args.repeat = min(args.repeat, 2)
    else:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    out = Path(args.out) if args.out else (
        Path(args.work) / "results-smoke.md" if args.smoke else HERE / "results.md")
    Path(args.work).mkdir(parents=True, exist_ok=True)

    if args.encoder_threads:
        from teikei_qa.embed import USEEncoder

        encoder = USEEncoder(threads=args.encoder_threads)
    else:
        encoder = load_encoder()
    tokenizer = Tokenizer()
    results = [bench_size(n, args, encoder, tokenizer, real_rows) for n in sizes]

    command = "benchmarks/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    out.write_text(markdown(results, command.strip()), encoding="utf-8")
    say(f"table written to {out}")
    for r in results:
        print(r.bench_line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
