"""Regular expressions compiled on first use, as Django's `_lazy_re_compile` does.

The grammar holds some three hundred patterns, most with classes of the CJK block
([\u4e00-\u9fff]), which Python's `re` compiles slowly (about 2 ms each: it walks every
code point of the range). Compiled at import they cost about 0.18 s of every process's
start; a search uses fewer than half of them. A pattern made here compiles when first
used and then answers as fast as the compiled one: its methods are the compiled
pattern's own bound methods, set on it at that moment. One thing differs: a match's
`.re` is the compiled pattern, not the proxy, so code says which pattern matched by
keeping it beside the match, never by comparing `m.re` with it (tests/test_lazy_re.py
looks).
"""

from __future__ import annotations

import importlib
import marshal
import os
import re
import sys
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

# What a compiled pattern answers; set on the proxy when it compiles, so that later
# calls do not go through __getattr__.
_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn",
               "split", "scanner", "flags", "groups", "groupindex")


_MADE: list[_LazyPattern] = []


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        _MADE.append(self)

    @property
    def pattern(self) -> str:
        """The source, without compiling (a pattern is often made of another's)."""
        return self._source[0]

    @property
    def compiled(self) -> re.Pattern[str]:
        return _made(*self._source)

    def __getattr__(self, name: str) -> object:
        compiled = self.compiled
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_re.pattern({self._source[0]!r}, {self._source[1]!r})"


def longest_first(word: str) -> tuple[int, str]:
    """The order of words joined into alternatives: the longest first (so 東南アジア is
    tried before アジア), then by text, so that a pattern made from a set has the same
    source in every process (its compiled code is kept by source, below)."""
    return -len(word), word


def pattern(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """re.compile(source, flags), done when the pattern is first used."""
    return cast("re.Pattern[str]", _LazyPattern(source, int(flags)))


# ------------------------------------------------------------ compiled code kept on disk
#
# Compiling is most of the cost, not matching: some 280 patterns take 0.2–0.5 s of a
# process's start. What `re.compile` produces is a list of opcodes that the C engine
# (`_sre.compile`) turns into a pattern in microseconds. `save_codes` keeps those
# arguments for every pattern made here, in a file named by the Python build and the
# engine's MAGIC number, and `load_codes` hands them back to the next process, which
# builds its patterns from them instead of compiling. A pattern built that way is equal
# (`==`: same source, flags and code) to the one `re.compile` makes —
# tests/test_lazy_re.py asserts it for every pattern — and one whose arguments the engine
# refuses is compiled as before. `_sre` is CPython's private module: the file name carries
# its MAGIC and the interpreter's version, so a file from another Python is never read.

_sre: Any = importlib.import_module("_sre")
_CODES: dict[tuple[str, int], tuple[Any, ...]] = {}
_NO_CODE: set[tuple[str, int]] = set()  # patterns whose code could not be taken (an error)
_READ: set[Path] = set()  # the files read into _CODES by this process
_CAPTURE = threading.Lock()


def codes_file(folder: Path) -> Path:
    """Where `save_codes` keeps this interpreter's compiled patterns under `folder`."""
    impl = sys.implementation
    return folder / f"re-{impl.cache_tag}-{_sre.MAGIC}-{sys.hexversion:x}.marshal"


def made_here() -> tuple[tuple[str, int], ...]:
    """(source, flags) of every pattern made so far by `pattern`."""
    return tuple(p._source for p in _MADE)


def from_kept_code(source: str, flags: int) -> re.Pattern[str] | None:
    """The pattern built from the code `load_codes` read for it; None when there is none
    or the engine refuses it."""
    args = _CODES.get((source, flags))
    if args is not None:
        try:
            return cast("re.Pattern[str]", _sre.compile(*args))
        except (TypeError, ValueError, RuntimeError):
            _CODES.pop((source, flags), None)
    return None


def _made(source: str, flags: int) -> re.Pattern[str]:
    return from_kept_code(source, flags) or re.compile(source, flags)


def _compile_args(source: str, flags: int) -> tuple[Any, ...] | None:
    """The arguments `re.compile(source, flags)` hands to `_sre.compile`."""
    seen: list[tuple[Any, ...]] = []
    real = _sre.compile

    def keep(*args: Any) -> Any:
        seen.append(args)
        return real(*args)

    with _CAPTURE:
        re.purge()
        _sre.compile = keep
        try:
            re.compile(source, flags)
        except re.error:
            return None  # raised again where the pattern is used
        finally:
            _sre.compile = real
    mine = [a for a in seen if a and a[0] == source]
    if len(mine) != 1:
        return None
    # plain ints, dicts and tuples, which marshal writes (the opcodes are int subclasses)
    return tuple([int(c) for c in a] if isinstance(a, list) else
                 dict(a) if isinstance(a, Mapping) else a for a in mine[0])


def load_codes(folder: Path) -> bool:
    """Read the compiled patterns kept under `folder`; False when there are none or
    some pattern made here is missing from them (then `save_codes` is worth calling)."""
    path = codes_file(folder)
    if path not in _READ:  # (a process that opens several indexes reads each file once)
        try:
            kept = marshal.loads(path.read_bytes())
            _CODES.update({(s, f): tuple(a) for (s, f), a in kept})
        except (OSError, ValueError, EOFError, TypeError):
            return False
        _READ.add(path)
    return all(key in _CODES or key in _NO_CODE for key in made_here())


def save_codes(folder: Path) -> None:
    """Keep the compiled code of every pattern made so far under `folder`, for
    `load_codes` in later processes. A folder that cannot be written is left alone."""
    for key in made_here():
        if key not in _CODES and key not in _NO_CODE:
            args = _compile_args(*key)
            if args is None:
                _NO_CODE.add(key)
            else:
                _CODES[key] = args
    path = codes_file(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_bytes(marshal.dumps([(k, list(v)) for k, v in _CODES.items()]))
        os.replace(tmp, path)
    except OSError:
        pass
