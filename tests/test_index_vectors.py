"""The loaded vectors are vectors.npy mapped: no copy in memory, read-only."""

from __future__ import annotations

import numpy as np
import pytest

from teikei_qa.index import DENSE_FILE, load_index, read_manifest


def test_vectors_are_the_mapped_file(built):
    settings, _ = built
    loaded = load_index(settings.index_dir)
    assert loaded.vectors.shape == (43, 512) and loaded.vectors.dtype == np.float32
    assert isinstance(loaded.vectors, np.memmap)
    gen = settings.index_dir / read_manifest(settings.index_dir).generation
    assert str(loaded.vectors.filename) == str((gen / DENSE_FILE).resolve())
    assert np.allclose(np.linalg.norm(loaded.vectors, axis=1), 1.0, atol=1e-5)
    with pytest.raises(ValueError, match="read-only"):
        loaded.vectors[0, 0] = 0.0


def test_similar_and_search_read_them(engine):
    r = engine.retriever
    assert not r.vectors.flags.writeable
    assert engine.similar(engine.records[0].id, 3)[0].record.id != engine.records[0].id
