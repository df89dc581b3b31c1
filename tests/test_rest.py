"""REST routes beside the web UI, against a live server on a free loopback port, and
gradio_client against the chat endpoint."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from teikei_qa.serialize import ANSWER_KEYS, HIT_KEYS, answer_to_json, hit_to_json

COUNT_Q = "長崎県が中国と結んでいる協定は何件？"
FOLLOW_Q = "そのうち2014年のものは？"


@pytest.fixture(scope="module")
def base_url(engine):
    from teikei_qa.web import create_app, running

    with running(create_app(engine)) as url:
        yield url


def get(base: str, path: str, **params) -> tuple[int, str, object]:
    """(status, content type, parsed JSON) of GET path?params (lists repeat the key)."""
    query = urllib.parse.urlencode(params, doseq=True)
    url = base.rstrip("/") + path + (f"?{query}" if query else "")
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            return resp.status, resp.headers["content-type"], json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["content-type"], json.loads(exc.read())


def hits_json(hits) -> list[dict]:
    return [hit_to_json(h.record, h.rank, h.score) for h in hits]


def test_search_returns_the_cli_object(base_url, engine):
    status, ctype, body = get(base_url, "/api/search", q="水道の協力", k=3)
    assert status == 200 and ctype == "application/json"
    assert list(body) == ["query", "hits"]
    assert body == {"query": "水道の協力", "hits": hits_json(engine.search("水道の協力", 3))}
    assert [tuple(h) for h in body["hits"]] == [HIT_KEYS] * 3


def test_search_k_defaults_to_ten_and_may_exceed_the_records(base_url, engine):
    assert len(get(base_url, "/api/search", q="協定")[2]["hits"]) == 10
    assert len(get(base_url, "/api/search", q="協定", k=1000)[2]["hits"]) == len(engine.records)
    assert get(base_url, "/api/search", q="協定", k=0)[2]["hits"] == []


def test_ask_returns_the_cli_object(base_url, engine):
    status, _, body = get(base_url, "/api/ask", q=COUNT_Q)
    assert status == 200
    assert tuple(body) == ANSWER_KEYS
    assert body == answer_to_json(engine.ask(COUNT_Q))
    assert body["count"] == 11
    assert body["answer"].startswith("長崎県（県内の自治体を含む）が中国と結んだ協定は11件です。")


def test_ask_follows_up_on_the_history_given(base_url, engine):
    _, _, body = get(base_url, "/api/ask", q=FOLLOW_Q, history=[COUNT_Q])
    assert body == answer_to_json(engine.ask(FOLLOW_Q, [COUNT_Q]))
    assert body["count"] == 3
    assert body["answer"].startswith("長崎県（県内の自治体を含む）が2014年に中国と結んだ協定は3件です。")


def test_ask_cuts_a_long_question_and_says_so(base_url, engine):
    limit = engine.settings.max_question_chars
    question = COUNT_Q + "詳しく" * limit
    _, _, body = get(base_url, "/api/ask", q=question)
    assert body["question"] == question
    assert body["notice"] == f"質問が長すぎるため、先頭の{limit}文字だけで答えました。"
    assert body["count"] == 11


def test_similar_by_id_and_by_title(base_url, engine):
    rec = engine.records[0]
    _, _, by_id = get(base_url, "/api/similar", ref=rec.id)
    assert by_id == {"query": rec.id, "hits": hits_json(engine.similar(rec.id, 5))}
    _, _, by_title = get(base_url, "/api/similar", ref=rec.title, k=2)
    assert by_title["hits"] == by_id["hits"][:2]
    assert rec.id not in [h["id"] for h in by_id["hits"]]


@pytest.mark.parametrize("path, params, message", [
    ("/api/search", {}, "parameter q is required and must not be empty"),
    ("/api/search", {"q": "  "}, "parameter q is required and must not be empty"),
    ("/api/search", {"q": "水道", "k": "ten"}, "k must be a whole number, not 'ten'"),
    ("/api/search", {"q": "水道", "k": "1.5"}, "k must be a whole number, not '1.5'"),
    ("/api/search", {"q": "水道", "k": "-1"}, "k must be 0 or more"),
    ("/api/ask", {}, "parameter q is required and must not be empty"),
    ("/api/ask", {"q": ""}, "parameter q is required and must not be empty"),
    ("/api/similar", {}, "parameter ref is required and must not be empty"),
    ("/api/similar", {"ref": "環境姉妹都市", "k": "-2"}, "k must be 0 or more"),
])
def test_bad_parameters_get_400_with_a_json_message(base_url, path, params, message):
    status, ctype, body = get(base_url, path, **params)
    assert (status, ctype, body) == (400, "application/json", {"error": message})


def test_unknown_record_gets_404_with_a_json_message(base_url):
    status, ctype, body = get(base_url, "/api/similar", ref="r0000000000")
    assert (status, ctype) == (404, "application/json")
    assert body == {"error": "no agreement with id or title 'r0000000000'; "
                             "`teikei-qa search` shows ids and titles"}


def test_the_ui_is_mounted_beside_the_routes(base_url):
    with urllib.request.urlopen(base_url, timeout=30) as resp:
        assert resp.status == 200
        assert "text/html" in resp.headers["content-type"]


def test_gradio_client_chats_with_history(base_url, engine):
    from gradio_client import Client

    from teikei_qa.web import message_text

    client = Client(base_url, verbose=False)
    history, box = client.predict(COUNT_Q, [], api_name="/chat")
    assert box == ""
    assert [m["role"] for m in history] == ["user", "assistant"]
    assert message_text(history[0]) == COUNT_Q
    reply = message_text(history[1])
    assert reply.startswith('<div class="tq-answer">長崎県（県内の自治体を含む）が中国と結んだ協定は11件です。')
    assert reply.count('<div class="tq-card">') == 11

    history, _ = client.predict(FOLLOW_Q, history, api_name="/chat")
    reply = message_text(history[-1])
    assert "長崎県（県内の自治体を含む）が2014年に中国と結んだ協定は3件です。" in reply
    assert reply.count('<div class="tq-card">') == 3


def test_gradio_client_gets_markup_back_as_text(base_url):
    from gradio_client import Client

    from teikei_qa.web import message_text

    question = '<img src=x onerror="alert(1)"> **太字** [x](javascript:alert(1))'
    history, _ = Client(base_url, verbose=False).predict(question, [], api_name="/chat")
    shown = history[0]["content"] if isinstance(history[0]["content"], str) \
        else history[0]["content"][0]["text"]
    assert "<img" not in shown and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in shown
    assert message_text(history[0]) == question
