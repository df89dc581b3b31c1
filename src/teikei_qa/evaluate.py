"""The metrics of eval/README-shared.md over an evaluation file."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import DataError
from .gazetteer import COUNTRY_ALIASES, REGION_ALIASES
from .lazy_re import pattern
from .text import nfkc, title_key

if TYPE_CHECKING:
    from .answer import Answer
    from .engine import Engine

# One line of an evaluation file: a JSON object, its values as json.loads gives them
# (checked by load_eval for the keys every item needs).
Item = dict[str, Any]

SEARCH_KINDS = ("topic", "lookup")
NONE_WORDS = pattern(r"ありません|見つかりません|ない")


@dataclass
class Report:
    metrics: dict[str, float | None] = field(default_factory=dict)
    failures: list[dict[str, object]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


KINDS = ("topic", "lookup", "list", "count", "none", "similar", "aggregate", "compare")


def load_eval(path: str | Path) -> list[Item]:
    """The items of a JSON-lines evaluation file; a DataError names the bad line."""
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not UTF-8 text"
        raise DataError(str(path), None, f"cannot read the evaluation file ({reason}); "
                        "give a JSON-lines file such as eval/dev.jsonl") from exc
    items: list[Item] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(str(path), n, f"not a JSON object ({exc.msg})") from exc
        if not isinstance(item, dict):
            raise DataError(str(path), n, "not a JSON object")
        kind = item.get("kind")
        if kind not in KINDS:
            raise DataError(str(path), n, f"`kind` must be one of {', '.join(KINDS)}")
        need = ("of", "gold_any") if kind == "similar" else ("question",)
        for key in need:
            if key not in item:
                raise DataError(str(path), n, f"a {kind} item needs `{key}`")
        items.append(item)
    return items


def _mean(xs: list[float]) -> float | None:
    return round(sum(xs) / len(xs), 4) if xs else None


def evaluate(engine: Engine, items: Iterable[Item], *, answers: bool = True) -> Report:
    """Search R@5 / MRR@10, similar hit@3 and (with `answers`) the answer metrics."""
    rep = Report()
    r5: list[float] = []
    mrr: list[float] = []
    sim: list[float] = []
    exact: list[float] = []
    none_ok: list[float] = []
    prec: list[float] = []
    rec: list[float] = []
    agg: list[float] = []
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
                ok = ok and answer.count == n and \
                    re.search(rf"(?<!\d){n}件", answer.text) is not None
            exact.append(1.0 if ok else 0.0)
            if not ok:
                rep.failures.append({"id": item["id"], "metric": f"{kind} exact",
                                     "count": answer.count, "missing": sorted(gold - cset),
                                     "extra": sorted(cset - gold - optional)})
        elif kind in ("aggregate", "compare"):
            ok, why = _groups_ok(item, answer)
            agg.append(1.0 if ok else 0.0)
            if not ok:
                rep.failures.append({"id": item["id"], "metric": f"{kind} exact", "why": why,
                                     "groups": [(g.value, g.count) for g in answer.groups],
                                     "top": list(answer.top)})
        elif kind == "none":
            ok = not cited and NONE_WORDS.search(answer.text) is not None
            none_ok.append(1.0 if ok else 0.0)
            if not ok:
                rep.failures.append({"id": item["id"], "metric": "none", "cited": cited,
                                     "answer": answer.text[:80]})
    rep.metrics = {
        "search_r@5": _mean(r5), "search_mrr@10": _mean(mrr), "similar_hit@3": _mean(sim),
        "list_count_exact": _mean(exact), "aggregate_compare_exact": _mean(agg),
        "none_correct": _mean(none_ok),
        "citation_precision": _mean(prec), "citation_recall": _mean(rec),
    }
    rep.counts = {"search": len(r5), "similar": len(sim), "list_count": len(exact),
                  "aggregate_compare": len(agg),
                  "none": len(none_ok), "ask_topic_lookup": len(prec)}
    return rep


def _key(value: object) -> str | None:
    """A group's value compared: countries and world regions by their canonical name
    (アメリカ = 米国, ヨーロッパ = 欧州), anything else by its title key."""
    if value is None or value == "null":
        return None
    folded = nfkc(str(value)).strip().casefold()
    return title_key(COUNTRY_ALIASES.get(folded) or REGION_ALIASES.get(folded) or str(value))


def _groups_ok(item: Item, answer: Answer) -> tuple[bool, str]:
    """Groups and counts equal `expect` (none missing, none extra); `top` named."""
    got = {_key(g.value): g.count for g in answer.groups}
    want = {_key(k): v for k, v in item.get("expect", {}).items()}
    if got != want:
        return False, "groups differ"
    if "top" in item:
        tops = item["top"] if isinstance(item["top"], list) else [item["top"]]
        if {_key(t) for t in tops} != {_key(t) for t in answer.top}:
            return False, "top differs"
        if not all(nfkc(str(t)) in nfkc(answer.text) for t in tops):
            return False, "top not named in the text"
    return True, ""


TARGETS = {"search_r@5": 0.97, "search_mrr@10": 0.93, "similar_hit@3": 1.0,
           "list_count_exact": 0.90, "aggregate_compare_exact": 0.90, "none_correct": 1.0,
           "citation_precision": 0.80, "citation_recall": 0.95}
