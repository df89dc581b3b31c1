"""A question rewritten into the list's forms: each spelling read (written → the list's
form, and how it was read) and the text with them in place. Shared by names.py,
kana_words.py and readings.py. Pure."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    """One spelling the question used and the list's form put in its place."""

    written: str
    canonical: str
    how: str  # "reading", "romaji", "english", "near", "choice" (福岡 → 福岡市, not 福岡県),
    # "province" (肥前 → 佐賀県・長崎県)
    other: str = ""  # with "choice": the reading not taken (福岡県)

    def note(self) -> str:
        if self.how == "choice":
            return (f"「{self.written}」は{self.canonical}として答えました"
                    f"（{self.other}なら「{self.other}」とお尋ねください）。")
        if self.how == "province":
            return f"「{self.written}」は旧国名として{self.canonical}と読みました。"
        return f"「{self.written}」は「{self.canonical}」として答えました。"


@dataclass(frozen=True)
class Rewrite:
    text: str
    changes: tuple[Change, ...]

    @property
    def corrections(self) -> tuple[Change, ...]:
        """Near misses only: what the user should see was corrected."""
        return tuple(c for c in self.changes if c.how == "near")


def apply_found(text: str, found: list[tuple[int, int, str, str]], changes: list[Change]) -> str:
    out, last = [], 0
    for a, b, name, how in sorted(found):
        out.append(text[last:a])
        out.append(name)
        if text[a:b] != name:
            changes.append(Change(text[a:b], name, how))
        last = b
    out.append(text[last:])
    return "".join(out)


def with_found(rw: Rewrite, found: list[tuple[int, int, str, str]]) -> Rewrite:
    """`rw` with the spellings found put in the list's form, each change noted."""
    if not found:
        return rw
    changes: list[Change] = []
    return Rewrite(apply_found(rw.text, found, changes), rw.changes + tuple(changes))
