"""Crash safety (issue 6, part 2).

`teikei-qa build` runs as a real process on data with a row added, into a folder that
holds a good index, and is killed with SIGKILL: at random moments over the whole build,
and at every file-system step of its final write (each file written, half-written, each
rename, the commit of manifest.json, the cache and the clean-up after it). Afterwards
the folder must load as the old index, answering every dev question exactly as before,
or as the new one, answering exactly as a clean build of the new data; never anything
half-written. Damaged index files are refused with a message that says to rebuild.

The protections are shown to be needed: with a non-atomic commit the same kill leaves an
index that does not load, and without the checksum check an edited table.bin loads
and gives wrong answers.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from teikei_qa import index as index_mod
from teikei_qa.engine import Engine
from teikei_qa.errors import IndexStaleError
from teikei_qa.index import build_index
from teikei_qa.serialize import answer_to_json, hit_to_json
from teikei_qa.settings import Settings

from .conftest import DATA, EVAL, report_counts

SEED = 20160901
RANDOM_TRIALS = 12
ADDED_ROW = ("北九州市\t水素エネルギーの共同研究に関する覚書\tフィンランド/オウル市\t"
             "環境・エネルギー\t水素エネルギーの利活用について共同で研究する。"
             " [2016年9月1日締結]\t")
TALLY: Counter[str] = Counter()

# Runs the real CLI in a process that reports each file-system step of the build on
# stderr ("@@ n what": after each file written, renamed or removed, and halfway through
# each file written) and sleeps at step CRASH_AT, where the test kills it. With
# CRASH_NON_ATOMIC=1 manifest.json is replaced by an in-place copy instead of an atomic
# os.replace: the protection taken out.
STEPPER = r"""
import os, shutil, sys, time
import faiss, numpy as np
from teikei_qa import caches, cli, index

target = int(os.environ["CRASH_AT"])
non_atomic = os.environ.get("CRASH_NON_ATOMIC") == "1"
count = 0

def step(what):
    global count
    count += 1
    sys.stderr.write(f"@@ {count} {what}\n")
    sys.stderr.flush()
    if count == target:
        time.sleep(600)

def name(args):
    return " ".join(os.path.basename(str(a)) for a in args[:2] if isinstance(a, (str, os.PathLike)))

def after(obj, attr):
    # Only "after": nothing touches the disk between one step and the next call.
    real = getattr(obj, attr)
    def wrapped(*args, **kwargs):
        out = real(*args, **kwargs)
        step(f"after {attr} {name(args)}")
        return out
    setattr(obj, attr, wrapped)

def write_in_halves(path, data):
    with open(path, "wb") as f:
        f.write(data[: len(data) // 2])
        f.flush()
        step(f"half-written {os.path.basename(str(path))}")
        f.write(data[len(data) // 2:])
        f.flush()
        os.fsync(f.fileno())

real_replace = os.replace

def copy_in_place(src, dst):
    if os.path.basename(str(dst)) != "manifest.json":
        return real_replace(src, dst)
    with open(src, "rb") as f:
        data = f.read()
    with open(dst, "wb") as f:
        f.write(data[: len(data) // 2])
        f.flush()
        step("half-copied manifest.json")
        f.write(data[len(data) // 2:])
    os.remove(src)

if non_atomic:
    os.replace = copy_in_place
index.write_bytes = caches.write_bytes = write_in_halves
for obj, attr in [(faiss, "write_index"), (np, "save"), (os, "rename"), (os, "replace"),
                  (shutil, "rmtree")]:
    after(obj, attr)
sys.argv = ["teikei-qa", *sys.argv[1:]]
sys.exit(cli.main())
"""


def teikei_qa() -> list[str]:
    script = Path(sys.executable).with_name("teikei-qa")
    return [str(script)] if script.exists() else [sys.executable, "-m", "teikei_qa.cli"]


def _env(**extra: str) -> dict[str, str]:
    return dict(os.environ, HF_HUB_OFFLINE="1", **extra)


def dev_questions() -> tuple[list[str], list[str]]:
    """The dev set's questions and the titles its `similar` items start from."""
    items = [json.loads(line) for line in EVAL.read_text("utf-8").splitlines() if line.strip()]
    return ([d["question"] for d in items if "question" in d],
            [d["of"] for d in items if "of" in d])


def answers(index_dir: Path, encoder, tokenizer) -> dict:
    """What the index answers: `ask` JSON for every dev question and `similar` for the
    rest, with the checksum of the data it was built from."""
    engine = Engine.open(Settings(index_dir=index_dir), encoder=encoder, tokenizer=tokenizer,
                         data_given=False)
    questions, refs = dev_questions()
    return {
        "data": engine.manifest.data_checksum,
        "ask": [answer_to_json(engine.ask(q)) for q in questions],
        "similar": [[hit_to_json(h.record, h.rank, h.score) for h in engine.similar(r, 5)]
                    for r in refs],
    }


class Trials:
    """The old and new data, a pristine old index and what old and new answer."""

    def __init__(self, root: Path, encoder, tokenizer) -> None:
        self.root, self.encoder, self.tokenizer = root, encoder, tokenizer
        self.old = root / "old" / DATA.name
        self.new = root / "new" / DATA.name
        for p in (self.old, self.new):
            p.parent.mkdir()
        shutil.copyfile(DATA, self.old)
        text = DATA.read_text("utf-8")
        self.new.write_text(text.rstrip("\n") + "\n" + ADDED_ROW + "\n", "utf-8")
        self.pristine = root / "pristine"
        build_index([self.old], self.pristine, encoder, tokenizer)
        self.expected = {"old": answers(self.pristine, encoder, tokenizer)}
        # The new index as a build from the pristine folder makes it (cache included).
        reference = self.reset(root / "reference")
        build_index([self.new], reference, encoder, tokenizer)
        self.expected["new"] = answers(reference, encoder, tokenizer)
        assert self.expected["new"]["data"] != self.expected["old"]["data"]

    def reset(self, folder: Path) -> Path:
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(self.pristine, folder)
        return folder

    def start(self, folder: Path, crash_at: int | None = None, non_atomic: bool = False
              ) -> subprocess.Popen:
        args = ["build", "--data", str(self.new), "--index", str(folder)]
        if crash_at is None:
            return subprocess.Popen([*teikei_qa(), *args], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, env=_env())
        env = _env(CRASH_AT=str(crash_at), CRASH_NON_ATOMIC="1" if non_atomic else "0")
        return subprocess.Popen([sys.executable, "-c", STEPPER, *args], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    def steps(self, folder: Path, non_atomic: bool = False) -> list[str]:
        """Every step of a build that is not killed, in order."""
        proc = self.start(self.reset(folder), crash_at=0, non_atomic=non_atomic)
        err = proc.communicate(timeout=300)[1]
        assert proc.returncode == 0, err
        return [ln.split(" ", 2)[2] for ln in err.splitlines() if ln.startswith("@@ ")]

    def kill_at_step(self, folder: Path, n: int, non_atomic: bool = False) -> None:
        proc = self.start(self.reset(folder), crash_at=n, non_atomic=non_atomic)
        for line in proc.stderr:
            if line.startswith(f"@@ {n} "):
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        assert proc.returncode == -signal.SIGKILL

    def kill_after(self, folder: Path, seconds: float) -> bool:
        """Kill a plain `teikei-qa build` after `seconds`; False if it finished first."""
        proc = self.start(self.reset(folder))
        try:
            proc.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=60)
            return False
        assert proc.returncode == 0
        return True

    def state(self, folder: Path, places: int | None = None) -> str:
        """'old' or 'new' when the folder loads as that index and answers exactly as it
        (scores to `places` decimals, for a build that embedded in other batches)."""
        got = answers(folder, self.encoder, self.tokenizer)
        which = next((k for k, v in self.expected.items() if v["data"] == got["data"]), None)
        assert which is not None, "an index of neither the old nor the new data"
        want = self.expected[which]
        if places is not None:
            got, want = _rounded(got, places), _rounded(want, places)
        assert got == want, f"the {which} index answers differently"
        return which


def _rounded(obj, places: int):
    """`obj` with every float rounded (the encoder's last digits depend on the batch)."""
    if isinstance(obj, float):
        return round(obj, places)
    if isinstance(obj, dict):
        return {k: _rounded(v, places) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_rounded(v, places) for v in obj]
    return obj


@pytest.fixture(scope="module")
def trials(tmp_path_factory, encoder, tokenizer):
    return Trials(tmp_path_factory.mktemp("crash"), encoder, tokenizer)


_report_counts = report_counts("crash_safety", TALLY)


# ---------------------------------------------------------------- SIGKILL


def test_sigkill_at_random_moments(trials, tmp_path):
    """Killed at random moments over the whole build (start, parse, embed, write)."""
    folder = tmp_path / "index"
    t0 = time.perf_counter()
    assert trials.kill_after(folder, 300), "the build did not finish"
    duration = time.perf_counter() - t0
    assert trials.state(folder) == "new"
    rng = random.Random(SEED)
    outcomes = Counter()
    for _ in range(RANDOM_TRIALS):
        finished = trials.kill_after(folder, rng.uniform(0.0, duration * 1.05))
        state = trials.state(folder)
        assert state == "new" or not finished
        outcomes[state] += 1
    TALLY["SIGKILL at a random moment: trials"] += RANDOM_TRIALS
    for state, n in outcomes.items():
        TALLY[f"SIGKILL at a random moment: {state} index loads, same answers"] += n
    TALLY["build duration measured, ms"] = round(duration * 1000)


def test_sigkill_at_every_step_of_the_final_write(trials, tmp_path):
    """Killed at each file-system step: before the commit of manifest.json the old index
    answers as before; from the commit on, the new one answers as a clean build."""
    folder = tmp_path / "index"
    steps = trials.steps(folder)
    commit = next(n for n, s in enumerate(steps, start=1)
                  if s.startswith("after replace") and s.endswith(" manifest.json"))
    assert any(s.startswith("half-written .manifest.json") for s in steps[:commit])
    for n, what in enumerate(steps, start=1):
        trials.kill_at_step(folder, n)
        state = trials.state(folder)
        assert state == ("old" if n < commit else "new"), f"killed at step {n}: {what}"
        TALLY[f"SIGKILL during the final write: {state} index loads, same answers"] += 1
    TALLY["SIGKILL during the final write: trials"] += len(steps)
    # A build after all these kills (leftover temporary folders) still succeeds.
    assert trials.kill_after(folder, 300) and trials.state(folder) == "new"


def test_non_atomic_commit_would_be_caught(trials, tmp_path):
    """The protection is needed: with manifest.json copied in place instead of
    os.replace(), a kill during the copy leaves an index that does not load."""
    folder = tmp_path / "index"
    steps = trials.steps(folder, non_atomic=True)
    trials.kill_at_step(folder, steps.index("half-copied manifest.json") + 1, non_atomic=True)
    with pytest.raises(IndexStaleError, match="teikei-qa build"):
        trials.state(folder)
    TALLY["non-atomic commit (protection removed), SIGKILL mid-copy: index refused"] += 1


# ---------------------------------------------------------------- damaged files


def _gen(folder: Path) -> Path:
    return folder / json.loads((folder / "manifest.json").read_text("utf-8"))["generation"]


def _truncate(rel: str):
    def damage(folder: Path) -> None:
        p = _gen(folder) / rel if rel != "manifest.json" else folder / rel
        p.write_bytes(p.read_bytes()[: p.stat().st_size // 2])
    return damage


def _flip_byte(rel: str):
    def damage(folder: Path) -> None:
        p = _gen(folder) / rel
        data = bytearray(p.read_bytes())
        data[len(data) // 2] ^= 0xFF
        p.write_bytes(bytes(data))
    return damage


def _edit_records(folder: Path) -> None:
    p = _gen(folder) / "table.bin"
    # The same number of bytes, so the table still reads: only the checksum tells.
    p.write_bytes(p.read_bytes().replace("北九州市".encode(), "南九州市".encode()))


def _edit_manifest(**changes):
    def damage(folder: Path) -> None:
        p = folder / "manifest.json"
        m = json.loads(p.read_text("utf-8"))
        m.update(changes)
        p.write_text(json.dumps(m), "utf-8")
    return damage


def _forge_checksum(folder: Path) -> None:
    p = folder / "manifest.json"
    m = json.loads(p.read_text("utf-8"))
    m["files"]["table.bin"] = "0" * 64
    p.write_text(json.dumps(m), "utf-8")


DAMAGE = {
    "table.bin truncated": _truncate("table.bin"),
    "table.bin edited (still readable)": _edit_records,
    "table.bin deleted": lambda f: (_gen(f) / "table.bin").unlink(),
    "vectors.npy truncated": _truncate("vectors.npy"),
    "vectors.npy one byte flipped": _flip_byte("vectors.npy"),
    "bm25 params truncated": _truncate("bm25/params.index.json"),
    "generation folder deleted": lambda f: shutil.rmtree(_gen(f)),
    "manifest.json truncated": _truncate("manifest.json"),
    "manifest.json emptied": lambda f: (f / "manifest.json").write_bytes(b""),
    "manifest.json record count edited": _edit_manifest(records=44),
    "manifest.json data checksum edited": _edit_manifest(data_checksum="0" * 64),
    "manifest.json generation edited": _edit_manifest(generation="g-nonexistent"),
    "manifest.json format edited": _edit_manifest(format=99),
    "manifest.json file checksum edited": _forge_checksum,
    "manifest.json unknown key added": _edit_manifest(extra=1),
    "manifest.json files not a mapping": _edit_manifest(files=[]),
    "manifest.json generation null": _edit_manifest(generation=None),
    "manifest.json generation outside the folder": _edit_manifest(generation="../elsewhere"),
    "manifest.json sources entry empty": _edit_manifest(sources=[{}]),
    "manifest.json record count a string": _edit_manifest(records="43"),
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_damaged_index_is_refused_with_rebuild_message(trials, tmp_path, damage):
    folder = trials.reset(tmp_path / "index")
    damage(folder)
    with pytest.raises(IndexStaleError) as refused:
        answers(folder, trials.encoder, trials.tokenizer)
    assert "run `teikei-qa build" in str(refused.value)
    TALLY["damaged index file: refused with IndexStaleError saying `teikei-qa build`"] += 1


@pytest.mark.parametrize("damage", ["manifest.json truncated", "table.bin edited (still readable)",
                                    "vectors.npy truncated"])
def test_damaged_index_through_the_cli_exits_2(trials, tmp_path, damage):
    folder = trials.reset(tmp_path / "index")
    DAMAGE[damage](folder)
    out = subprocess.run([*teikei_qa(), "ask", "北九州市の協定は何件ありますか", "--index",
                          str(folder)], capture_output=True, text=True, env=_env(), timeout=120)
    assert out.returncode == 2 and out.stdout == ""
    assert len(out.stderr.splitlines()) == 1 and "Traceback" not in out.stderr
    assert out.stderr.startswith("teikei-qa: ") and "run `teikei-qa build" in out.stderr
    TALLY["damaged index file through the CLI: exit 2, one line"] += 1


def test_without_the_checksums_an_edited_index_gives_wrong_answers(trials, tmp_path,
                                                                   monkeypatch):
    """The protection is needed: skip the sha256 check (verify=False) and the edited
    table.bin loads and answers differently from the index that was built."""
    folder = trials.reset(tmp_path / "index")
    _edit_records(folder)
    real_load = index_mod.load_index
    monkeypatch.setattr("teikei_qa.engine.load_index",
                        lambda *a, **k: real_load(*a, **{**k, "verify": False}))
    got = answers(folder, trials.encoder, trials.tokenizer)
    assert got["ask"] != trials.expected["old"]["ask"]
    TALLY["checksum check removed, table.bin edited: loads with wrong answers"] += 1


# ---------------------------------------------------------------- the caches


def _cache_file(folder: Path, name: str) -> Path:
    """keys.json and vectors.npy of the embedding cache; tokens-*.json of the token cache."""
    cache = folder / "cache"
    if name == "tokens":
        return next(cache.glob("tokens-*.json"))
    return next(p for p in cache.iterdir() if p.is_dir()) / name


def _every_token_list(value) -> bytes:
    def damage(path: Path) -> bytes:
        head, _, payload = path.read_bytes().partition(b"\n")  # sha256 line, then JSON
        tokens = {k: value for k in json.loads(payload)}
        return head + b"\n" + json.dumps(tokens).encode()  # the checksum left as it was
    return damage


@pytest.mark.parametrize("name, content", [
    ("keys.json", b"{"), ("keys.json", b""), ("vectors.npy", b"\x93NUMPY"),
    ("tokens", b'{"a'), ("tokens", b"null"),
    ("vectors.npy", b""), ("keys.json", b"null"), ("keys.json", b'["a", "b"]'),
    ("tokens", _every_token_list(None)),
    ("tokens", _every_token_list(["x"])),
], ids=["keys truncated", "keys empty", "vectors truncated", "tokens truncated",
        "tokens null", "vectors empty", "keys null", "keys of the old format",
        "token lists null", "token lists edited"])
def test_damaged_cache_is_ignored(trials, tmp_path, name, content):
    """The caches are an optimisation: damaged, they are rebuilt; never a crash, never
    wrong vectors or tokens in the index that the next build writes."""
    folder = trials.reset(tmp_path / "index")
    path = _cache_file(folder, name)
    path.write_bytes(content(path) if callable(content) else content)
    build_index([trials.new], folder, trials.encoder, trials.tokenizer)
    # Re-embedded in one batch, the vectors may differ from the reference's in the 7th
    # decimal; what is cited, in which order, must not.
    assert trials.state(folder, places=4) == "new"
    TALLY["damaged cache file: ignored, the build answers as a clean one"] += 1


class Crash(Exception):
    pass


def test_kill_between_the_cache_renames_never_gives_wrong_vectors(trials, tmp_path,
                                                                  monkeypatch):
    """A build dies between the two renames of the embedding cache after a row was
    edited (the same number of vectors); a later build of the old text must not take
    the edited text's vector from the mismatched pair. (Failed before ba7ac6a tied
    keys.json to vectors.npy by sha256.)"""
    folder = trials.reset(tmp_path / "index")
    edited = tmp_path / "edited" / DATA.name
    edited.parent.mkdir()
    lines = DATA.read_text("utf-8").split("\n")
    row = next(i for i, ln in enumerate(lines) if ln.startswith("北九州市\t"))
    cells = lines[row].split("\t")
    cells[4] = "改訂: " + cells[4]
    lines[row] = "\t".join(cells)
    edited.write_text("\n".join(lines), "utf-8")
    real_replace = os.replace

    def die_before_keys(src, dst):
        if Path(dst).name == "keys.json":
            raise Crash("killed between the two renames of EmbeddingCache.save")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", die_before_keys)
    with pytest.raises(Crash):
        build_index([edited], folder, trials.encoder, trials.tokenizer)
    monkeypatch.setattr(os, "replace", real_replace)
    build_index([trials.old], folder, trials.encoder, trials.tokenizer)  # the edit undone
    assert trials.state(folder, places=4) == "old"
