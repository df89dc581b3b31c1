"""What soft matching's table of the data's words costs to make (thesaurus.py): the
words cut out of every passage, their embedding, and reading the table back.

Usage: .venv/bin/python scripts/thesaurus_cost.py FOLDER
  FOLDER holds data.txt and index/ (as benchmarks/run.py leaves them under --work,
  e.g. /tmp/bench-small/n10000); the index is copied, so FOLDER is left as it was."""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from teikei_qa.engine import Engine
from teikei_qa.settings import Settings


def main() -> None:
    folder = Path(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        index = Path(tmp) / "index"
        shutil.copytree(folder / "index", index, ignore=shutil.ignore_patterns("cache"))
        settings = Settings(data=(folder / "data.txt",), index_dir=index)
        engine = Engine.open(settings)
        th = engine.retriever.thesaurus
        if th is None:
            sys.exit("this index's encoder has no soft matching")
        t0 = time.perf_counter()
        words = list(th._source())
        cut = time.perf_counter() - t0
        t0 = time.perf_counter()
        vectors = th.vectors  # cuts the words again, embeds them, writes the cache
        made = time.perf_counter() - t0
        again = Engine.open(settings).retriever.thesaurus
        assert again is not None
        t0 = time.perf_counter()
        _ = again.vectors
        read = time.perf_counter() - t0
    print(f"records {len(engine.records)}; data words {len(words)}; cutting them "
          f"{cut:.1f} s; cutting + embedding {len(vectors)} words {made:.1f} s "
          f"(so embedding {made - cut:.1f} s); reading the kept table {read * 1000:.0f} ms")


if __name__ == "__main__":
    main()
