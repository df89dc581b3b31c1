"""JSON from the dataclasses, in one place: records (for the index) and the CLI/REST
objects (hits and answers)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .dates import SignDate
from .records import ListSummary, Origin, Party, Record, SheetSummary

if TYPE_CHECKING:
    from .answer import Answer
    from .conditions import Filter, Plan
    from .retrieve import Hit

HIT_KEYS = ("id", "rank", "score", "title", "municipality", "parties", "partner", "country",
            "fields", "date", "url", "source", "line", "sheet", "as_of", "also")


def origin_to_dict(o: Origin) -> dict[str, Any]:
    """Where a row was read: source, sheet, line, as_of and the citation `where`."""
    return {"source": o.source, "sheet": o.sheet, "line": o.line, "as_of": o.as_of,
            "where": o.where()}


def record_to_dict(rec: Record) -> dict[str, Any]:
    return {
        "id": rec.id, "source": rec.source, "line": rec.line,
        "municipality": rec.municipality, "title": rec.title, "partner": rec.partner,
        "field_text": rec.field_text, "summary": rec.summary, "url_text": rec.url_text,
        "parties": [[p.written, p.name, p.prefecture] for p in rec.parties],
        "country": rec.country, "partners": list(rec.partners), "fields": list(rec.fields),
        "date": [rec.date.year, rec.date.month, rec.date.day] if rec.date else None,
        "url": rec.url, "as_of": rec.as_of, "sheet": rec.sheet,
        "also": [[o.source, o.line, o.sheet, o.as_of] for o in rec.also],
    }


def record_from_dict(d: dict[str, Any]) -> Record:
    return Record(
        id=d["id"], source=d["source"], line=d["line"], municipality=d["municipality"],
        title=d["title"], partner=d["partner"], field_text=d["field_text"],
        summary=d["summary"], url_text=d["url_text"],
        parties=tuple(Party(*p) for p in d["parties"]), country=d["country"],
        partners=tuple(d["partners"]), fields=tuple(d["fields"]),
        date=SignDate(*d["date"]) if d["date"] else None, url=d["url"],
        as_of=d.get("as_of"), sheet=d.get("sheet"),
        also=tuple(Origin(*o) for o in d.get("also", ())),
    )


def hit_to_json(rec: Record, rank: int, score: float | None) -> dict[str, Any]:
    """The hit object of `search --json`, `similar --json` and every citation."""
    return {
        "id": rec.id, "rank": rank, "score": None if score is None else round(float(score), 6),
        "title": rec.title, "municipality": rec.municipality,
        "parties": [p.name for p in rec.parties], "partner": rec.partner,
        "country": rec.country, "fields": list(rec.fields),
        "date": rec.date.iso() if rec.date else None, "url": rec.url,
        "source": rec.source, "line": rec.line, "sheet": rec.sheet, "as_of": rec.as_of,
        "also": [origin_to_dict(o) for o in rec.also],
    }


def hits_to_json(query: str, hits: Iterable[Hit]) -> dict[str, Any]:
    """The object of `search --json` and `similar --json` (and their REST routes)."""
    return {"query": query, "hits": [hit_to_json(h.record, h.rank, h.score) for h in hits]}


ANSWER_KEYS = ("question", "intent", "conditions", "answer", "count", "citations", "plan",
               "understood", "ignored", "corrections", "related", "as_of", "group_by",
               "groups", "top")


def filter_to_json(f: Filter) -> dict[str, Any]:
    out: dict[str, Any] = {"key": f.key, "kind": f.kind, "values": list(f.values),
                           "exclude": f.exclude, "words": list(f.words), "label": f.label}
    if f.dates is not None:
        out["dates"] = {"start": list(f.dates.start) if f.dates.start else None,
                        "end": list(f.dates.end) if f.dates.end else None}
    return out


def plan_to_json(plan: Plan, applied: Sequence[Filter] = ()) -> dict[str, Any]:
    """The plan as machine-readable JSON: operation, filters (those applied, topic
    narrowing included), topic words, grouping, comparison sides."""
    return {
        "operation": plan.operation,
        "filters": [filter_to_json(f) for f in (applied or plan.filters)],
        "topic": list(plan.topic), "group_by": plan.group_by, "top": plan.top,
        "distinct": plan.distinct, "count_of": plan.count_of, "order": plan.order,
        "limit": plan.limit, "average": plan.average, "asked": plan.asked,
        "compare": [filter_to_json(f) for f in plan.compare],
    }


def _conditions(plan: Plan, filters: Sequence[Filter]) -> dict[str, Any]:
    """The `conditions` object of the first contract: the included values by kind."""
    from .gazetteer import PREFECTURES

    def values(kind: str) -> list[str]:
        return [v for f in filters if f.kind == kind and not f.exclude for v in f.values]

    dates = next((f.dates for f in filters if f.kind == "date" and not f.exclude), None)
    return {
        "parties": [v for v in values("party") if v not in PREFECTURES],
        "prefectures": [v for v in values("party") if v in PREFECTURES],
        "countries": values("country"), "partners": values("partner"),
        "fields": values("field"),
        "dates": None if dates is None else {"start": dates.years()[0], "end": dates.years()[1],
                                             "months": list(dates.months),
                                             "label": dates.label},
        "names": values("name"), "titles": values("title"), "keywords": values("text"),
        "order": plan.order,
    }


def answer_to_json(answer: Answer) -> dict[str, Any]:
    """The object of `ask --json` (keys in ANSWER_KEYS; `notice` when the question was cut)."""
    applied = answer.applied or answer.plan.filters
    out: dict[str, Any] = {
        "question": answer.question, "intent": answer.intent,
        "conditions": _conditions(answer.plan, applied), "answer": answer.text,
        "count": answer.count,
        "citations": [hit_to_json(h.record, n, h.score)
                      for n, h in enumerate(answer.citations, start=1)],
        "plan": plan_to_json(answer.plan, answer.applied),
        "understood": answer.understood, "ignored": list(answer.ignored),
        "corrections": [{"from": c.written, "to": c.canonical}
                        for c in answer.plan.changes if c.how == "near"],
        "related": [hit_to_json(h.record, n, h.score)
                    for n, h in enumerate(answer.related, start=1)],
        "as_of": answer.as_of, "group_by": answer.group_by,
        "groups": [{"value": g.value, "count": g.count} for g in answer.groups],
        "top": list(answer.top),
    }
    if answer.notice:
        out["notice"] = answer.notice
    return out


def list_summary_to_dict(s: ListSummary) -> dict[str, Any]:
    """One list as the manifest and `sources --json` hold it."""
    return {"name": s.name, "path": s.path, "as_of": s.as_of, "indexed": s.indexed,
            "skipped": s.skipped, "merged": s.merged,
            "sheets": [{"name": h.name, "as_of": h.as_of, "indexed": h.indexed,
                        "skipped": h.skipped} for h in s.sheets]}


def list_summary_from_dict(d: dict[str, Any]) -> ListSummary:
    """The inverse of list_summary_to_dict; a source entry written before lists were
    summarised gives its name and path with zero counts."""
    return ListSummary(
        name=str(d.get("name", "")), path=str(d.get("path", "")), as_of=d.get("as_of"),
        indexed=int(d.get("indexed", 0)), skipped=int(d.get("skipped", 0)),
        merged=int(d.get("merged", 0)),
        sheets=tuple(SheetSummary(str(h["name"]), h.get("as_of"), int(h["indexed"]),
                                  int(h["skipped"])) for h in d.get("sheets", ())))


SOURCES_KEYS = ("lists", "agreements", "merged")


def sources_to_json(lists: tuple[ListSummary, ...] | list[ListSummary], agreements: int
                    ) -> dict[str, Any]:
    """The object of `sources --json` and GET /api/sources: each list (file, as-of date,
    rows indexed/skipped/merged, sheets), the agreements indexed and the duplicates
    merged (rows indexed in all lists − agreements)."""
    return {"lists": [list_summary_to_dict(s) for s in lists], "agreements": agreements,
            "merged": sum(s.indexed for s in lists) - agreements}
