"""JSON from the dataclasses, in one place: records (for the index) and the CLI/REST
objects (hits and answers)."""

from __future__ import annotations

from typing import Any

from .dates import SignDate
from .records import Party, Record

HIT_KEYS = ("id", "rank", "score", "title", "municipality", "parties", "partner", "country",
            "fields", "date", "url", "source", "line")


def record_to_dict(rec: Record) -> dict[str, Any]:
    return {
        "id": rec.id, "source": rec.source, "line": rec.line,
        "municipality": rec.municipality, "title": rec.title, "partner": rec.partner,
        "field_text": rec.field_text, "summary": rec.summary, "url_text": rec.url_text,
        "parties": [[p.written, p.name, p.prefecture] for p in rec.parties],
        "country": rec.country, "partners": list(rec.partners), "fields": list(rec.fields),
        "date": [rec.date.year, rec.date.month, rec.date.day] if rec.date else None,
        "url": rec.url, "as_of": rec.as_of, "sheet": rec.sheet,
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
    )


def hit_to_json(rec: Record, rank: int, score: float | None) -> dict[str, Any]:
    """The hit object of `search --json`, `similar --json` and every citation."""
    return {
        "id": rec.id, "rank": rank, "score": None if score is None else round(float(score), 6),
        "title": rec.title, "municipality": rec.municipality,
        "parties": [p.name for p in rec.parties], "partner": rec.partner,
        "country": rec.country, "fields": list(rec.fields),
        "date": rec.date.iso() if rec.date else None, "url": rec.url,
        "source": rec.source, "line": rec.line,
    }


def hits_to_json(query: str, hits) -> dict[str, Any]:
    """The object of `search --json` and `similar --json` (and their REST routes)."""
    return {"query": query, "hits": [hit_to_json(h.record, h.rank, h.score) for h in hits]}


ANSWER_KEYS = ("question", "intent", "conditions", "answer", "count", "citations")


def answer_to_json(answer) -> dict[str, Any]:
    """The object of `ask --json`: question, intent, conditions, answer, count, citations."""
    out = {
        "question": answer.question, "intent": answer.intent,
        "conditions": answer.query.conditions(), "answer": answer.text,
        "count": answer.count,
        "citations": [hit_to_json(h.record, n, h.score)
                      for n, h in enumerate(answer.citations, start=1)],
    }
    if answer.notice:
        out["notice"] = answer.notice
    return out
