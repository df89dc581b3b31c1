"""REST routes beside the page: GET /api/search, /api/ask, /api/similar, /api/sources
return the CLI's JSON objects; /api/answer.md, /api/answer.csv and /api/list.csv are the page's
downloads. Bad parameters: 400 {"error": ...}; an unknown record: 404; any other
method than GET: 405 with `Allow: GET`."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from ..answer import Answer
from ..errors import TeikeiError, UnknownRecordError
from ..serialize import answer_to_json, hits_to_json, sources_to_json
from .browse import csv_bytes
from .browse_view import list_filename
from .chat import markdown
from .markup import file_stem
from .site import SEARCH_K, SIMILAR_K, Site
from .state import parse

ROUTES = ("search", "ask", "similar", "sources", "answer.md", "answer.csv", "list.csv")


class BadRequest(Exception):
    """A parameter the REST routes refuse (HTTP 400)."""


def _required(value: str | None, name: str) -> str:
    if value is None or not value.strip():
        raise BadRequest(f"parameter {name} is required and must not be empty")
    return value


def _count(value: str | None, default: int) -> int:
    if value is None or value == "":
        return default
    try:
        k = int(value)
    except ValueError:
        raise BadRequest(f"k must be a whole number, not {value[:40]!r}") from None
    if k < 0:
        raise BadRequest("k must be 0 or more")
    return k


def attachment(body: bytes, name: str, media_type: str) -> Response:
    """A download named `name` (UTF-8 per RFC 6266, with an ASCII fallback)."""
    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"
    return Response(body, media_type=media_type,
                    headers={"Content-Disposition": disposition})


def add_routes(app: FastAPI, site: Site) -> None:
    @app.exception_handler(BadRequest)
    async def _bad(request: Request, exc: BadRequest) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=400)

    @app.exception_handler(UnknownRecordError)
    async def _unknown(request: Request, exc: UnknownRecordError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=404)

    @app.exception_handler(TeikeiError)
    async def _teikei(request: Request, exc: TeikeiError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=400)

    @app.get("/api/search")
    def api_search(q: str | None = None, k: str | None = None) -> dict[str, Any]:
        query = _required(q, "q")
        n = _count(k, SEARCH_K)
        with site.lock:
            hits = site.engine.search(query, n)
        return hits_to_json(query, hits)

    def asked(request: Request, q: str | None) -> Answer:
        question = _required(q, "q")
        # Earlier questions, oldest first (?history=…&history=…), and the understood
        # conditions to leave out (?drop=<filter key>, repeatable).
        params = request.query_params
        return site.ask(question, params.getlist("history"), params.getlist("drop"))

    @app.get("/api/ask")
    def api_ask(request: Request, q: str | None = None) -> dict[str, Any]:
        return answer_to_json(asked(request, q))

    @app.get("/api/answer.md")
    def api_answer_md(request: Request, q: str | None = None) -> Response:
        answer = asked(request, q)
        return attachment(markdown(answer).encode("utf-8"), file_stem(answer.question) + ".md",
                          "text/markdown; charset=utf-8")

    @app.get("/api/answer.csv")
    def api_answer_csv(request: Request, q: str | None = None) -> Response:
        answer = asked(request, q)
        rows = [h.record for h in answer.citations]
        return attachment(csv_bytes(rows), file_stem(answer.question) + ".csv",
                          "text/csv; charset=utf-8")

    @app.get("/api/list.csv")
    def api_list_csv(request: Request) -> Response:
        f = parse(request.url.query).filter
        rows = [r for r in site.records if f.keeps(r)]
        return attachment(csv_bytes(rows), list_filename(f) + ".csv", "text/csv; charset=utf-8")

    @app.get("/api/similar")
    def api_similar(ref: str | None = None, k: str | None = None) -> dict[str, Any]:
        target = _required(ref, "ref")
        n = _count(k, SIMILAR_K)
        with site.lock:
            hits = site.engine.similar(target, n)
        return hits_to_json(target, hits)

    @app.get("/api/sources")
    def api_sources() -> dict[str, Any]:
        return sources_to_json(site.sources, len(site.records))

    # Without this, a POST falls through to the UI mounted at / and answers 404.
    @app.api_route("/api/{name}", methods=["POST", "PUT", "PATCH", "DELETE"],
                   include_in_schema=False)
    def api_wrong_method(name: str, request: Request) -> JSONResponse:
        if name not in ROUTES:
            return JSONResponse({"error": f"no route /api/{name[:40]}"}, status_code=404)
        return JSONResponse({"error": f"/api/{name} answers GET only, not {request.method}"},
                            status_code=405, headers={"Allow": "GET, HEAD"})
