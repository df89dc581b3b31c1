"""Shared fixtures. Every path the code writes points into tmp_path; the real
tokenizer and the real packaged encoder are used throughout."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Derived copies of packaged models (embed.cache_dir) go to a folder of this session,
# never to the user's ~/.cache; subprocesses inherit it. It is removed when the session
# ends (each holds ~120 MB: the encoder's mapped state; left behind, runs filled a disk).
_CACHE = tempfile.mkdtemp(prefix="teikei-qa-cache-")
os.environ["TEIKEI_QA_CACHE"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)
DATA = ROOT / "data" / "teikei_list_H28-09.txt"
EVAL = ROOT / "eval" / "dev.jsonl"
EVAL2 = ROOT / "eval" / "dev2.jsonl"


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Nothing a test runs may write to the repository's own index/ or hit the network."""
    monkeypatch.setenv("TEIKEI_QA_INDEX", str(tmp_path / "index"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "False")
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    monkeypatch.delenv("TEIKEI_QA_DATA", raising=False)
    monkeypatch.delenv("TEIKEI_QA_MODEL", raising=False)


@pytest.fixture(scope="session")
def tokenizer():
    from teikei_qa.tokenize import Tokenizer

    return Tokenizer()


@pytest.fixture(scope="session")
def encoder():
    from teikei_qa.embed import USEEncoder

    return USEEncoder()


@pytest.fixture(scope="session")
def built(tmp_path_factory, encoder, tokenizer):
    """(settings, build report) for an index of the real data, built once per session."""
    from teikei_qa.engine import build
    from teikei_qa.settings import Settings

    root = tmp_path_factory.mktemp("built")
    data = root / DATA.name
    shutil.copyfile(DATA, data)
    settings = Settings(data=(data,), index_dir=root / "index")
    report = build(settings, encoder=encoder, tokenizer=tokenizer)
    return settings, report


@pytest.fixture(scope="session")
def engine(built, encoder, tokenizer):
    from teikei_qa.engine import Engine

    settings, _ = built
    return Engine.open(settings, encoder=encoder, tokenizer=tokenizer)


@pytest.fixture
def cli_env(built):
    """Environment for a CLI subprocess that uses the session's built index."""
    settings, _ = built
    env = dict(os.environ)
    env["TEIKEI_QA_INDEX"] = str(settings.index_dir)
    env["TEIKEI_QA_DATA"] = str(settings.data[0])
    return env


def report_counts(name: str, tally):
    """A module fixture that writes `tally` (what was tried, how often) as JSON to
    $TEIKEI_QA_ROBUSTNESS_OUT/<name>.json after the module, for the README table."""

    @pytest.fixture(scope="module", autouse=True)
    def _report_counts():
        yield
        folder = os.environ.get("TEIKEI_QA_ROBUSTNESS_OUT")
        if folder:
            out = Path(folder) / f"{name}.json"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(dict(sorted(tally.items())), indent=1))

    return _report_counts
