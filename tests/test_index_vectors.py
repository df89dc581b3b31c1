"""The loaded vectors are the flat FAISS index's own storage: no second copy, read-only."""

from __future__ import annotations

import numpy as np
import pytest

from teikei_qa.index import load_index


def _address(a: np.ndarray) -> int:
    return a.__array_interface__["data"][0]


def test_vectors_are_the_index_storage(built):
    import faiss

    settings, _ = built
    loaded = load_index(settings.index_dir)
    dense = loaded.faiss_index
    assert loaded.vectors.shape == (43, 512) and loaded.vectors.dtype == np.float32
    assert _address(loaded.vectors) == _address(faiss.rev_swig_ptr(dense.get_xb(), 1))
    assert np.array_equal(loaded.vectors, dense.reconstruct_n(0, dense.ntotal))
    assert np.allclose(np.linalg.norm(loaded.vectors, axis=1), 1.0, atol=1e-5)
    with pytest.raises(ValueError, match="read-only"):
        loaded.vectors[0, 0] = 0.0


def test_similar_and_search_read_them(engine):
    r = engine.retriever
    assert not r.vectors.flags.writeable
    assert engine.similar(engine.records[0].id, 3)[0].record.id != engine.records[0].id
