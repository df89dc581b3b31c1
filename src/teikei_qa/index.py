"""Build, save and load the index: records, BM25 over fugashi tokens, L2-normalised
vectors, and a JSON manifest that describes them.

Layout of an index folder:

    manifest.json      format, model, dim, record count, data checksum, files + sha256
    g-<generation>/    table.bin (records, condition maps, vocabulary: `store.py`),
                       vectors.npy (float32, one row per record), bm25/ (bm25s files)
    cache/<model>/     embedding cache keyed by text (for quick incremental rebuilds)

A build writes a new generation folder, then replaces manifest.json atomically
(os.replace). A build that dies at any moment leaves the old manifest pointing at
the old, complete generation.

Opening reads nothing it does not need: table.bin and vectors.npy are mapped, not
parsed, so a query process pays for the rows it shows (100,000 rows: records.json
parsed into records, maps and vocabulary took 5.4 s of a 6.4 s cold start).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .bm25 import SparseBM25
from .caches import EmbeddingCache, TokenCache, fsync_dir, sha256_file, write_bytes
from .columns import Table, TableWriter
from .condition_index import condition_maps
from .errors import IndexMissingError, IndexStaleError
from .lists import expand, load_files
from .progress import meter
from .records import ListSummary, LoadResult, Record, Skipped, row_key
from .serialize import list_summary_from_dict, list_summary_to_dict
from .store import RecordTable, write_records, write_vocabulary
from .vocab import VocabularyParts

if TYPE_CHECKING:  # imported at run time where used: a query process skips bm25s
    from .embed import Encoder

# 3: records, condition maps and vocabulary in table.bin, vectors in vectors.npy (was
#    records.json and vectors.faiss, parsed and copied at every open).
FORMAT_VERSION = 3
# Bumped when parsing or tokenising changes what an index holds for the same data.
# 3: workbooks, folders, one record per agreement across lists, each list summarised;
#    a signing date stated for another agreement is not this one's.
# 4: Latin letters and the number written on to them one token (CO2, PM2.5).
PIPELINE_VERSION = 4
MANIFEST = "manifest.json"


def data_checksum(paths: Sequence[Path]) -> tuple[str, list[dict[str, str]]]:
    """One checksum over the data files (folders: the lists in them) and the pipeline
    version, and each file's."""
    sources = []
    h = hashlib.sha256(f"pipeline={PIPELINE_VERSION}".encode())
    for p in expand(paths):
        p = Path(p)
        try:
            digest = sha256_file(p)
        except OSError as exc:
            from .errors import DataError

            raise DataError(str(p), None, f"cannot read the file ({exc.strerror}); check --data") \
                from exc
        sources.append({"path": str(p.resolve()), "name": p.name, "sha256": digest})
        h.update(digest.encode())
    return h.hexdigest(), sources


@dataclass(frozen=True)
class Manifest:
    format: int
    model: str
    dim: int
    records: int
    data_checksum: str
    sources: tuple[dict[str, str], ...]
    generation: str
    files: dict[str, str]
    dense: str
    created: str
    pipeline: int

    def to_json(self) -> str:
        d = dict(self.__dict__)
        d["sources"] = list(self.sources)
        return json.dumps(d, ensure_ascii=False, indent=2)


@dataclass(frozen=True)
class BuildReport:
    read: int
    indexed: int
    skipped: tuple[Skipped, ...]
    manifest: Manifest  # of the generation just written
    merged: int = 0  # rows folded into the same agreement of another list
    seconds: dict[str, float] = field(default_factory=dict)
    embedded: int = 0
    cached: int = 0

    def summary(self) -> str:
        """`read N rows: indexed N, skipped N, merged N` — read = indexed + skipped +
        merged (merged: the same agreement in another list, counted once)."""
        return (f"read {self.read} rows: indexed {self.indexed}, skipped {len(self.skipped)}"
                f", merged {self.merged}")


@dataclass
class LoadedIndex:
    manifest: Manifest
    records: RecordTable  # each made when first read
    vectors: np.ndarray  # read-only, mapped from vectors.npy
    bm25: SparseBM25 | None  # None for an index of no records
    path: Path


# The dense leg is exact ("flat"): over 100,000 vectors one matrix product (p95 35 ms
# on one thread, benchmarks/results-100k.md); an approximate index (HNSW) would need
# its recall against it measured before it could be trusted.
DENSE_KIND = "flat"
DENSE_FILE = "vectors.npy"
TABLE_FILE = "table.bin"


def table_bytes(records: Sequence[Record]) -> bytes:
    """The table file of `records`: their columns, condition maps and vocabulary."""
    w = TableWriter()
    write_records(w, records)
    for name, rows in condition_maps(records).items():
        w.row_map(name, rows)
    write_vocabulary(w, VocabularyParts.of(records))
    return w.to_bytes()


def _npy_bytes(a: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.save(buf, a, allow_pickle=False)
    return buf.getvalue()
EMBED_CHUNK = 64  # documents per encoder call while a progress meter is shown


def _encode_documents(encoder: Encoder, texts: list[str], say: Callable[[str], None] | None
                      ) -> np.ndarray:
    """`encoder.encode_documents(texts)`, in chunks when a meter shows its progress."""
    bar = meter("embedding", len(texts), say)
    if bar is None:
        return encoder.encode_documents(texts)
    parts: list[np.ndarray] = []
    for i in range(0, len(texts), EMBED_CHUNK):
        chunk = texts[i:i + EMBED_CHUNK]
        parts.append(encoder.encode_documents(chunk))
        bar.update(len(chunk))
    bar.close()
    return np.vstack(parts)


def build_index(data: Sequence[Path], index_dir: Path, encoder: Encoder,
                tokenizer: Callable[[str], list[str]], *,
                lenient: bool = False, progress: Callable[[str], None] | None = None
                ) -> BuildReport:
    """Parse `data`, embed and tokenise the records and write a new index generation."""
    import bm25s

    say = progress or (lambda _msg: None)
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    checksum, sources = data_checksum(data)
    # Rows unchanged since the last build reuse its parse (a rebuild after adding a
    # row parses that row); the parser's own version is part of the manifest.
    known = {row_key(r): r for r in _previous_records(Path(index_dir))}
    loaded: LoadResult = load_files(data, lenient=lenient, known=known)
    records = list(loaded.records)
    summaries = {s.path: list_summary_to_dict(s) for s in loaded.lists}
    sources = [{**src, **summaries.get(src["path"], {})} for src in sources]
    times["parse"] = time.perf_counter() - t0

    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    texts = [r.text() for r in records]

    t0 = time.perf_counter()
    cache = EmbeddingCache(index_dir, encoder.name)
    vectors, n_new = cache.embed(texts, lambda ts: _encode_documents(encoder, ts, progress))
    if not len(vectors):
        vectors = np.zeros((0, encoder.dim), dtype=np.float32)
    times["embed"] = time.perf_counter() - t0
    say(f"embedded {n_new} new texts, {len(texts) - n_new} from the cache")

    t0 = time.perf_counter()
    token_cache = TokenCache(index_dir, PIPELINE_VERSION)
    tokens = token_cache.tokenize(texts, tokenizer, progress)
    bm25 = bm25s.BM25()
    bm25.index(tokens, show_progress=False)
    times["bm25"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    vectors_file = _npy_bytes(np.ascontiguousarray(vectors, dtype=np.float32))
    table_file = table_bytes(records)
    times["table"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    generation = time.strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}-{time.time_ns() % 10**6}"
    tmp = index_dir / f".tmp-{generation}"
    tmp.mkdir()
    write_bytes(tmp / TABLE_FILE, table_file)
    write_bytes(tmp / DENSE_FILE, vectors_file)
    bm25.save(str(tmp / "bm25"), show_progress=False)
    files = {}
    for p in sorted(tmp.rglob("*")):
        if p.is_file():
            with open(p, "rb+") as f:
                os.fsync(f.fileno())
            files[str(p.relative_to(tmp))] = sha256_file(p)
    gen_dir = index_dir / f"g-{generation}"
    os.rename(tmp, gen_dir)
    fsync_dir(index_dir)
    manifest = Manifest(
        format=FORMAT_VERSION, model=encoder.name, dim=int(vectors.shape[1]),
        records=len(records), data_checksum=checksum, sources=tuple(sources),
        generation=gen_dir.name, files=files, dense=DENSE_KIND,
        created=time.strftime("%Y-%m-%dT%H:%M:%S%z"), pipeline=PIPELINE_VERSION,
    )
    tmp_manifest = index_dir / f".{MANIFEST}.{generation}.tmp"
    write_bytes(tmp_manifest, manifest.to_json().encode())
    os.replace(tmp_manifest, index_dir / MANIFEST)  # the commit point
    fsync_dir(index_dir)
    cache.save()
    token_cache.save()
    _remove_old_generations(index_dir, keep=gen_dir.name)
    times["write"] = time.perf_counter() - t0
    return BuildReport(read=loaded.read, indexed=len(records), skipped=loaded.skipped,
                       merged=loaded.merged, seconds=times, embedded=n_new,
                       cached=len(texts) - n_new, manifest=manifest)


def _previous_records(index_dir: Path) -> list[Record]:
    """The records of the index already there, when it is sound and of this pipeline."""
    try:
        manifest = read_manifest(index_dir)
        path = index_dir / manifest.generation / TABLE_FILE
        if manifest.pipeline != PIPELINE_VERSION or \
                manifest.files.get(TABLE_FILE) != sha256_file(path):
            return []
        return list(RecordTable(Table(path)))
    except Exception:  # no index, or one that cannot be trusted: parse everything
        return []


def _remove_old_generations(index_dir: Path, keep: str) -> None:
    for p in index_dir.iterdir():
        if p.name == keep or not (p.name.startswith("g-") or p.name.startswith(".tmp-")
                                  or p.name.startswith(f".{MANIFEST}.")):
            continue
        if p.name.startswith(".tmp-") or p.name.startswith(f".{MANIFEST}."):
            # Another build may be writing it right now; leave recent ones alone.
            if time.time() - p.stat().st_mtime < 3600:
                continue
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)


_MANIFEST_TYPES = {"format": int, "model": str, "dim": int, "records": int,
                   "data_checksum": str, "sources": tuple, "generation": str, "files": dict,
                   "dense": str, "created": str, "pipeline": int}


def _check_types(m: Manifest) -> None:
    for name, kind in _MANIFEST_TYPES.items():
        if not isinstance(getattr(m, name), kind):
            raise TypeError(f"{name} is not {kind.__name__}")
    if not all(isinstance(s, dict) and isinstance(s.get("path"), str)
               and isinstance(s.get("sha256"), str) for s in m.sources):
        raise TypeError("sources are not {path, sha256} objects")
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in m.files.items()):
        raise TypeError("files is not a map of names to sha256")
    if not m.generation.startswith("g-") or "/" in m.generation or ".." in m.generation:
        raise ValueError("generation is not a folder of this index")


def read_manifest(index_dir: Path) -> Manifest:
    path = Path(index_dir) / MANIFEST
    if not path.exists():
        raise IndexMissingError(f"no index in {index_dir}; run `teikei-qa build"
                                f" --index {index_dir}`")
    try:
        d = json.loads(path.read_text("utf-8"))
        d["sources"] = tuple(d["sources"])
        manifest = Manifest(**d)
        _check_types(manifest)
    except (ValueError, TypeError, KeyError) as exc:
        raise IndexStaleError(f"{path} is damaged ({exc.__class__.__name__}); "
                              f"run `teikei-qa build --index {index_dir}` to rebuild it") from exc
    if manifest.format != FORMAT_VERSION:
        raise IndexStaleError(f"index format {manifest.format} in {index_dir} is not "
                              f"{FORMAT_VERSION}; run `teikei-qa build --index {index_dir}`")
    return manifest


def loaded_sources(manifest: Manifest) -> tuple[ListSummary, ...]:
    """The lists an index was built from: file, as-of date, rows indexed, skipped and
    merged, sheets (for `teikei-qa sources`, the web footer and GET /api/sources)."""
    return tuple(list_summary_from_dict(s) for s in manifest.sources)


def stale_reason(manifest: Manifest, data: Sequence[Path] | None, model: str | None) -> str | None:
    """Why an index does not fit the data and model asked for, or None if it does."""
    if model is not None and model != manifest.model:
        return f"index built with model {manifest.model!r}, not {model!r}"
    paths = data if data is not None else [Path(s["path"]) for s in manifest.sources]
    try:
        checksum, _ = data_checksum(paths)
    except Exception:
        return "a data file it was built from cannot be read"
    if checksum != manifest.data_checksum:
        return "index built from other data (the data files changed since the build)"
    return None


def load_index(index_dir: Path, *, data: Sequence[Path] | None = None,
               model: str | None = None, verify: bool = True) -> LoadedIndex:
    """Load and check an index; refuse one built from other data or another model."""

    index_dir = Path(index_dir)
    manifest = read_manifest(index_dir)
    rebuild = f"run `teikei-qa build --index {index_dir}`"
    reason = stale_reason(manifest, data, model)
    if reason:
        raise IndexStaleError(f"{reason}; {rebuild}")
    gen = index_dir / manifest.generation
    if verify:
        for rel, digest in manifest.files.items():
            p = gen / rel
            if not p.is_file() or sha256_file(p) != digest:
                raise IndexStaleError(f"index file {p} is missing or damaged; {rebuild}")
    try:
        records = RecordTable(Table(gen / TABLE_FILE))
        vectors = np.load(gen / DENSE_FILE, mmap_mode="r", allow_pickle=False)
        bm25 = SparseBM25.load(gen / "bm25") if len(records) else None
    except Exception as exc:  # any damage that slipped past the checksums
        raise IndexStaleError(f"index in {index_dir} cannot be read ({exc}); {rebuild}") from exc
    if len(records) != manifest.records or vectors.shape != (manifest.records, manifest.dim) \
            or vectors.dtype != np.float32:
        raise IndexStaleError(f"index in {index_dir} is inconsistent; {rebuild}")
    return LoadedIndex(manifest, records, vectors, bm25, index_dir)
