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

import re
from typing import cast

# What a compiled pattern answers; set on the proxy when it compiles, so that later
# calls do not go through __getattr__.
_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn",
               "split", "scanner", "pattern", "flags", "groups", "groupindex")


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    @property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(*self._source)

    def __getattr__(self, name: str) -> object:
        compiled = self.compiled  # re's own cache makes a second compile free
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_re.pattern({self._source[0]!r}, {self._source[1]!r})"


def pattern(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """re.compile(source, flags), done when the pattern is first used."""
    return cast("re.Pattern[str]", _LazyPattern(source, int(flags)))
