"""The metrics of ../shared/eval/README.md over an evaluation file."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DataError

SEARCH_KINDS = ("topic", "lookup")
NONE_WORDS = re.compile(r"ありません|見つかりません|ない")


def title_key(title: str) -> str:
    """Titles compare after NFKC with all white space removed."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", title))


@dataclass
class Report:
    metrics: dict[str, float | None] = field(default_factory=dict)
    failures: list[dict] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def load_eval(path: str | Path) -> list[dict]:
    items = []
    for n, line in enumerate(Path(path).read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except ValueError as exc:
            raise DataError(str(path), n, f"not a JSON object ({exc})") from exc
    return items


def _mean(xs: list[float]) -> float | None:
    return round(sum(xs) / len(xs), 4) if xs else None


def evaluate(engine, items: Iterable[dict], *, answers: bool = True) -> Report:
    """Search R@5 / MRR@10, similar hit@3 and (with `answers`) the answer metrics."""
    rep = Report()
    r5, mrr, sim, exact, none_ok, prec, rec = [], [], [], [], [], [], []
    for item in items:
        kind = item["kind"]
        gold = {title_key(t) for t in item.get("gold", [])}
        optional = {title_key(t) for t in item.get("optional", [])}
        if kind in SEARCH_KINDS:
            hits = engine.search(item["question"], 10)
            titles = [title_key(h.record.title) for h in hits]
            got = len(gold & set(titles[:5])) / len(gold) if gold else 1.0
            first = next((i for i, t in enumerate(titles, start=1) if t in gold), None)
            r5.append(got)
            mrr.append(1.0 / first if first else 0.0)
            if got < 1.0:
                rep.failures.append({"id": item["id"], "metric": "search R@5", "got": got,
                                     "top5": titles[:5]})
        if kind == "similar":
            hits = engine.similar(item["of"], 3)
            titles = [title_key(h.record.title) for h in hits]
            ok = any(title_key(t) in titles for t in item["gold_any"])
            sim.append(1.0 if ok else 0.0)
            if not ok:
                rep.failures.append({"id": item["id"], "metric": "similar hit@3", "top3": titles})
        if not answers or kind == "similar":
            continue
        answer = engine.ask(item["question"])
        cited = [title_key(h.record.title) for h in answer.citations]
        cset = set(cited)
        if kind in SEARCH_KINDS:
            p = len(cset & (gold | optional)) / len(cset) if cset else 0.0
            r = len(cset & gold) / len(gold) if gold else 1.0
            prec.append(p)
            rec.append(r)
            if p < 1.0 or r < 1.0:
                rep.failures.append({"id": item["id"], "metric": "ask citations",
                                     "precision": round(p, 3), "recall": round(r, 3),
                                     "cited": cited})
        elif kind in ("list", "count"):
            ok = gold <= cset <= gold | optional
            if kind == "count":
                n = item["count"]
                ok = ok and answer.count == n and re.search(rf"(?<!\d){n}件", answer.text) is not None
            exact.append(1.0 if ok else 0.0)
            if not ok:
                rep.failures.append({"id": item["id"], "metric": f"{kind} exact",
                                     "count": answer.count, "missing": sorted(gold - cset),
                                     "extra": sorted(cset - gold - optional)})
        elif kind == "none":
            ok = not cited and NONE_WORDS.search(answer.text) is not None
            none_ok.append(1.0 if ok else 0.0)
            if not ok:
                rep.failures.append({"id": item["id"], "metric": "none", "cited": cited,
                                     "answer": answer.text[:80]})
    rep.metrics = {
        "search_r@5": _mean(r5), "search_mrr@10": _mean(mrr), "similar_hit@3": _mean(sim),
        "list_count_exact": _mean(exact), "none_correct": _mean(none_ok),
        "citation_precision": _mean(prec), "citation_recall": _mean(rec),
    }
    rep.counts = {"search": len(r5), "similar": len(sim), "list_count": len(exact),
                  "none": len(none_ok), "ask_topic_lookup": len(prec)}
    return rep


TARGETS = {"search_r@5": 0.97, "search_mrr@10": 0.93, "similar_hit@3": 1.0,
           "list_count_exact": 0.90, "none_correct": 1.0, "citation_precision": 0.80,
           "citation_recall": 0.95}
