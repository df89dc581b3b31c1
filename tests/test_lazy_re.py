"""Patterns compiled on first use (lazy_re.py) answer as the compiled ones do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from teikei_qa import lazy_re
from teikei_qa.lazy_re import pattern


def test_a_pattern_compiles_when_first_used_and_matches_as_re_does():
    lazy = pattern(r"(?P<n>\d+)\s*件|\bcases?\b", re.IGNORECASE)
    assert "search" not in vars(lazy)  # nothing compiled yet
    eager = re.compile(r"(?P<n>\d+)\s*件|\bcases?\b", re.IGNORECASE)
    text = "長崎県は3件、Fukuoka 12 CASES"
    assert lazy.search(text).group("n") == eager.search(text).group("n") == "3"
    assert "search" in vars(lazy)  # later calls go straight to the compiled pattern
    assert lazy.findall(text) == eager.findall(text) == ["3", ""]
    assert lazy.sub("#", text) == eager.sub("#", text)
    assert lazy.split(text) == eager.split(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.fullmatch("7件").group("n") == "7" and lazy.match("x") is None
    assert (lazy.pattern, lazy.flags, lazy.groups, dict(lazy.groupindex)) == \
        (eager.pattern, eager.flags, eager.groups, dict(eager.groupindex))


def test_a_pattern_inside_another_by_its_source():
    inner = pattern(r"[\u4e00-\u9fff々]{2}[県市]")
    outer = pattern(rf"(?:{inner.pattern})の協定")
    assert outer.search("長崎県の協定は？").group(0) == "長崎県の協定"


def test_a_bad_pattern_fails_where_it_is_used():
    bad = pattern(r"(unclosed")
    with pytest.raises(re.error, match=r"missing \)"):
        bad.search("x")


def test_no_code_tells_patterns_apart_by_the_match_s_re():
    src = Path(__file__).resolve().parents[1] / "src" / "teikei_qa"
    said = [f"{p.name}:{n}" for p in sorted(src.rglob("*.py"))
            for n, line in enumerate(p.read_text("utf-8").splitlines(), 1)
            if re.search(r"\.re\s+(?:is|==)\s", line)]
    assert said == []


def test_reading_a_pattern_s_source_compiles_nothing():
    lazy = pattern(r"[\u4e00-\u9fff]{2}県")
    assert lazy.pattern == r"[\u4e00-\u9fff]{2}県"
    assert "search" not in vars(lazy)


def _compiles(source: str, flags: int) -> bool:
    try:
        re.compile(source, flags)
    except re.error:
        return False
    return True


def test_every_pattern_built_from_kept_code_equals_what_re_compile_makes(tmp_path):
    import teikei_qa.engine  # noqa: F401  (the modules a search and an ask use)

    made = [key for key in lazy_re.made_here() if _compiles(*key)]  # (not a test's bad one)
    assert len(made) > 300
    lazy_re.save_codes(tmp_path)
    assert lazy_re.codes_file(tmp_path).is_file()
    assert lazy_re.load_codes(tmp_path)
    built = {key: lazy_re.from_kept_code(*key) for key in made}
    assert [key for key, p in built.items() if p is None] == []
    # equal: the same source, flags and compiled code (what moves if _sre's API does)
    assert [key for key, p in built.items() if p != re.compile(*key)] == []
    text = "長崎県が2014年に韓国と結んだ協定は？ What about Busan since 2010?"
    assert all(p.findall(text) == re.compile(*key).findall(text) for key, p in built.items()
               if p is not None)


def test_a_damaged_code_file_is_not_used_and_patterns_still_compile(tmp_path):
    lazy_re.codes_file(tmp_path).write_bytes(b"\x00not marshal")
    assert not lazy_re.load_codes(tmp_path)
    assert pattern(r"(\d+)件").search("全3件")[1] == "3"


def test_words_joined_into_a_pattern_come_in_one_order_in_every_process():
    words = {"アジア", "東南アジア", "中東", "欧州"}
    assert sorted(words, key=lazy_re.longest_first) == ["東南アジア", "アジア", "中東", "欧州"]
