"""Load (issue 6, part 5): the web server on loopback under 50 concurrent clients × 20
requests each, through the REST routes a script or the page's API uses (/api/ask, with
and without history, /api/search, /api/similar). Bounded in count and time: 0 errors,
every answer identical to the one a single client gets, p50/p95/max latency reported
(in TALLY, written where TEIKEI_QA_ROBUSTNESS_OUT points).
"""

from __future__ import annotations

import http.client
import json
import threading
import time
import urllib.parse
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from .conftest import EVAL, report_counts

CLIENTS = 50
PER_CLIENT = 20
BOUND_S = 300.0  # the whole run; measured about 30 s on two busy cores
TALLY: Counter[str] = Counter()


_report_counts = report_counts("load", TALLY)


def requests_to_make() -> list[str]:
    """Paths with their query: every dev question, a follow-up with its history, searches
    and similar by title."""
    items = [json.loads(line) for line in EVAL.read_text("utf-8").splitlines() if line.strip()]
    paths = []
    for d in items:
        if "question" in d:
            paths.append("/api/ask?" + urllib.parse.urlencode({"q": d["question"]}))
            paths.append("/api/search?" + urllib.parse.urlencode({"q": d["question"], "k": 5}))
        else:
            paths.append("/api/similar?" + urllib.parse.urlencode({"ref": d["of"], "k": 3}))
    first = next(d["question"] for d in items if d.get("kind") == "count")
    paths.append("/api/ask?" + urllib.parse.urlencode(
        {"q": "そのうち2014年のものは？", "history": [first]}, doseq=True))
    return paths


class Client:
    """One keep-alive connection, as a browser tab or a script holds."""

    def __init__(self, base: str) -> None:
        parts = urllib.parse.urlsplit(base)
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)

    def get(self, path: str) -> tuple[int, bytes, float]:
        t0 = time.perf_counter()
        self.conn.request("GET", path)
        resp = self.conn.getresponse()
        body = resp.read()
        return resp.status, body, time.perf_counter() - t0

    def close(self) -> None:
        self.conn.close()


def test_fifty_clients_get_the_single_client_answers(engine):
    from teikei_qa.web import create_app, running

    paths = requests_to_make()
    with running(create_app(engine)) as base:
        single = Client(base)
        expected = {}
        for p in paths:
            status, body, _ = single.get(p)
            assert status == 200, body
            expected[p] = json.loads(body)
        single.close()

        start = threading.Barrier(CLIENTS)
        errors: list[str] = []
        latencies: list[float] = []
        lock = threading.Lock()

        def client(c: int) -> None:
            mine = [paths[(c * 7 + i) % len(paths)] for i in range(PER_CLIENT)]
            conn = Client(base)
            start.wait()
            try:
                for p in mine:
                    try:
                        status, body, took = conn.get(p)
                        ok = status == 200 and json.loads(body) == expected[p]
                        problem = None if ok else f"{status} {p}: {body[:200]!r}"
                    except Exception as exc:  # a dropped connection counts as an error
                        took, problem = 0.0, f"{p}: {exc!r}"
                        conn.close()
                        conn = Client(base)
                    with lock:
                        latencies.append(took)
                        if problem:
                            errors.append(problem)
            finally:
                conn.close()

        t0 = time.perf_counter()
        with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
            list(pool.map(client, range(CLIENTS)))
        wall = time.perf_counter() - t0

    assert len(latencies) == CLIENTS * PER_CLIENT
    assert errors == [], f"{len(errors)} errors, first: {errors[:3]}"
    assert wall < BOUND_S
    ordered = sorted(latencies)
    TALLY["requests (50 clients × 20)"] = len(latencies)
    TALLY["errors"] = len(errors)
    TALLY["answers different from the single client's"] = 0
    TALLY["wall time, ms"] = round(wall * 1000)
    for name, q in (("p50", 0.50), ("p95", 0.95)):
        TALLY[f"latency {name}, ms"] = round(ordered[int(q * (len(ordered) - 1))] * 1000)
    TALLY["latency max, ms"] = round(ordered[-1] * 1000)
    print(f"\nload: {len(latencies)} requests in {wall:.1f} s, "
          f"p95 {TALLY['latency p95, ms']} ms, max {TALLY['latency max, ms']} ms")
