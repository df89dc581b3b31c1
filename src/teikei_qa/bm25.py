"""The saved BM25 index as the index stage reads it: bm25s's CSC arrays, with numpy
alone. Built and saved by bm25s (`index.py`); queried by `retrieve.py`.

The file names and array layout are bm25s's (pinned in pyproject.toml); the tests
compare `get_scores` with `bm25s.BM25.get_scores` on the same index, so a change of
layout in a new bm25s fails there first."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np


class SparseBM25:
    """The query side of a saved bm25s index, read with numpy alone.

    bm25s builds and saves the index; answering needs only its CSC arrays (one
    column of precomputed scores per token), so a query process skips importing
    bm25s and scipy. `get_scores` equals `bm25s.BM25.get_scores` (tests check it).
    """

    def __init__(self, data: np.ndarray, indices: np.ndarray, indptr: np.ndarray,
                 vocab: dict[str, int], num_docs: int,
                 nonoccurrence: np.ndarray | None = None) -> None:
        # bm25s's scores matrix in CSC form: one column of scores per token.
        self.data = data
        self.indices = indices
        self.indptr = indptr
        self.vocab_dict = vocab
        self.num_docs = num_docs
        self.nonoccurrence = nonoccurrence

    @classmethod
    def load(cls, folder: str | Path) -> SparseBM25:
        import json

        folder = Path(folder)
        params = json.loads((folder / "params.index.json").read_text("utf-8"))
        vocab = json.loads((folder / "vocab.index.json").read_text("utf-8"))
        nnoc_path = folder / "nonoccurrence_array.index.npy"
        nnoc = np.load(nnoc_path, allow_pickle=False) if nnoc_path.exists() else None
        # Mapped, not read: a query touches the columns of its own tokens.
        return cls(np.load(folder / "data.csc.index.npy", mmap_mode="r", allow_pickle=False),
                   np.load(folder / "indices.csc.index.npy", mmap_mode="r", allow_pickle=False),
                   np.load(folder / "indptr.csc.index.npy", mmap_mode="r", allow_pickle=False),
                   vocab, int(params["num_docs"]), nnoc)

    def _column(self, token_id: int) -> slice:
        return slice(self.indptr[token_id], self.indptr[token_id + 1])

    def docs_with(self, token: str) -> np.ndarray:
        """The records that contain `token` (one in the vocabulary)."""
        docs: np.ndarray = self.indices[self._column(self.vocab_dict[token])]
        return docs

    def get_scores(self, tokens: Sequence[str], weights: Sequence[float] | None = None
                   ) -> np.ndarray:
        """BM25 of every record for `tokens`; `weights` (one per token, 1 when not
        given) scale each token's part, as a query that holds a token that many times."""
        ids = [self.vocab_dict[t] for t in tokens]
        cols = [self._column(i) for i in ids]
        parts = [np.arange(c.start, c.stop) for c in cols]
        idx = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
        data = self.data[idx]
        if weights is not None:
            data = data * np.repeat(np.asarray(weights, dtype=np.float64),
                                    [c.stop - c.start for c in cols])
        out = np.bincount(self.indices[idx], weights=data,
                          minlength=self.num_docs).astype(np.float32)
        if self.nonoccurrence is not None and ids:
            w = np.ones(len(ids)) if weights is None else np.asarray(weights, dtype=np.float64)
            out += float((self.nonoccurrence[ids] * w).sum())
        return out
