"""What the page shows, as a value and as its URL query, so that a link, a reload or
Back/Forward reproduce the view:

    ?tab=chat&h=<earlier question>&h=…&q=<last question>&drop=<turn>:<filter key>
    &party=…&pref=…&country=…&field=…&from=<year>&to=<year>&row=<record id>&ref=<record id>

Pure: no gradio, no engine."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from urllib.parse import parse_qs, urlencode

from .browse import FACETS, Filter

TABS = ("chat", "similar", "browse")


@dataclass(frozen=True)
class Turn:
    """One question of the conversation and the understood conditions taken out of it
    (filter keys, removed by the user's chip clicks)."""

    question: str
    drop: tuple[str, ...] = ()


@dataclass(frozen=True)
class View:
    tab: str = "chat"
    turns: tuple[Turn, ...] = ()
    filter: Filter = field(default_factory=Filter)
    row: str | None = None   # the 一覧 row to highlight (a card's 出典)
    ref: str | None = None   # the agreement chosen in 似た協定

    def asked(self, question: str) -> View:
        return replace(self, tab="chat", turns=(*self.turns, Turn(question)))

    def dropped(self, turn: int, key: str) -> View:
        turns = list(self.turns)
        if 0 <= turn < len(turns) and key not in turns[turn].drop:
            turns[turn] = replace(turns[turn], drop=(*turns[turn].drop, key))
        return replace(self, turns=tuple(turns))

    def history(self, turn: int) -> list[str]:
        """The questions before `turn`, oldest first (the engine's follow-up context)."""
        return [t.question for t in self.turns[:turn]]


def _year(values: list[str]) -> int | None:
    text = values[-1].strip() if values else ""
    return int(text) if text.isdigit() and len(text) <= 4 else None


def parse(query: str) -> View:
    """The view a URL query describes; unknown or malformed parts are ignored."""
    p = parse_qs(query.lstrip("?"), keep_blank_values=False)
    tab = (p.get("tab") or ["chat"])[-1]
    questions = [q for q in p.get("h", []) + p.get("q", [])[-1:] if q.strip()]
    drops: dict[int, list[str]] = {}
    for item in p.get("drop", []):
        index, _, key = item.partition(":")
        if index.isdigit() and key:
            drops.setdefault(int(index), []).append(key)
    turns = tuple(Turn(q, tuple(dict.fromkeys(drops.get(i, ())))) for i, q in enumerate(questions))
    chosen = {name: tuple(dict.fromkeys(p.get(name, []))) for name, _ in FACETS}
    filt = Filter(**chosen, year_from=_year(p.get("from", [])), year_to=_year(p.get("to", [])))
    return View(tab=tab if tab in TABS else "chat", turns=turns, filter=filt,
                row=_last(p.get("row")), ref=_last(p.get("ref")))


def _last(values: list[str] | None) -> str | None:
    """The last of a query parameter's values (a link may repeat it), or None."""
    return values[-1] if values else None


def query(view: View) -> str:
    """The URL query of `view` ("?…", or "" for the empty first page); parse(query(v)) == v."""
    items: list[tuple[str, str]] = []
    if view.tab != "chat":
        items.append(("tab", view.tab))
    for i, turn in enumerate(view.turns):
        items.append(("q" if i == len(view.turns) - 1 else "h", turn.question))
    for i, turn in enumerate(view.turns):
        items += [("drop", f"{i}:{key}") for key in turn.drop]
    f = view.filter
    for name, _ in FACETS:
        items += [(name, v) for v in getattr(f, name)]
    if f.year_from is not None:
        items.append(("from", str(f.year_from)))
    if f.year_to is not None:
        items.append(("to", str(f.year_to)))
    if view.row:
        items.append(("row", view.row))
    if view.ref:
        items.append(("ref", view.ref))
    return "?" + urlencode(items) if items else ""
