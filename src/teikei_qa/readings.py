"""Conditions read with knowledge beyond the question's grammar, after parsing: a city
the data does not hold, named in GeoNames (a party in Japan, a partner abroad), and a
field the data does not have, read as its nearest field (thesaurus.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from functools import lru_cache

from .conditions import Filter, Plan
from .names import cjk_names, geonames_cities
from .text import fold


@lru_cache(maxsize=1)
def _geonames_cities() -> tuple[frozenset[str], frozenset[str]]:
    """GeoNames names of cities written in CJK or kana, folded: (in Japan, elsewhere)."""
    japan: set[str] = set()
    abroad: set[str] = set()
    for city in geonames_cities():
        into = japan if city.get("countrycode") == "JP" else abroad
        into.update(fold(alt) for alt in cjk_names(city))
    return frozenset(japan), frozenset(abroad)


def place_kind(word: str, in_data: Callable[[str], bool] = lambda w: False) -> str | None:
    """What city `word` names (GeoNames): "party" for one in Japan (四日市市: a party the
    data may lack), "partner" for one abroad (ホーチミン市, 成都市, 湖南省), None for
    neither — nor for a word whose name part the data's text holds (国立 of 国立ブラド美術館,
    友好 of 友好市): that is a word of the data, not a place it lacks. Loads GeoNames on
    first use: call it only for words shaped like a place."""
    w = fold(word)
    stem = w[:-1] if len(w) > 2 and w[-1:] in "市町村省州" else w
    if in_data(w) or in_data(stem):
        return None
    japan, abroad = _geonames_cities()
    if w in japan or (w[-1:] in "市町村" and stem in japan):
        return "party"
    if w in abroad or stem in abroad:
        return "partner"
    return None


_PLACE_SUFFIX = re.compile(r"^[\u4e00-\u9fffァ-ヺー]{1,8}[市町村省州]$")
_PARTNER_CUE = r"\s*と(?:の|結|締結|提携)(?!.{0,2}(?:関係|関連|に関する))"


def places_as_conditions(plan: Plan, place_kind: Callable[[str], str | None]) -> Plan:
    """Topic words that name a city the data does not hold are a condition that matches
    nothing — a party (四日市市, in Japan) or a partner (ホーチミン市, abroad; GeoNames) —
    so the answer says the data has no such agreement instead of counting the others.
    A word is looked up only when shaped like a place: with 市, 町, 村, 省 or 州, or
    (成都, ソウル) where the question makes it a partner (成都との協定), never a word
    like ラグビー in ラグビーに関する協定."""
    found: dict[str, list[str]] = {"party": [], "partner": []}
    for w in plan.topic:
        if _PLACE_SUFFIX.match(w):
            kind = place_kind(w)
        elif re.search(re.escape(w) + _PARTNER_CUE, plan.text):
            kind = place_kind(w) or place_kind(w + "市")
        else:
            kind = None
        if kind in found:
            found[kind].append(w)
    places = [w for ws in found.values() for w in ws]
    if not places:
        return plan
    filters = list(plan.filters)
    for kind, ws in found.items():
        if not ws:
            continue
        at = next((i for i, f in enumerate(filters) if f.kind == kind and not f.exclude), None)
        if at is None:
            filters.append(Filter(f"{kind}:" + "|".join(ws), kind, tuple(ws), words=tuple(ws),
                                  label="・".join(ws)))
        else:  # 福岡市と四日市市: either one, as the question's other names of that kind
            f = filters[at]
            filters[at] = replace(f, values=f.values + tuple(ws), words=f.words + tuple(ws),
                                  label="・".join((f.label, *ws)))
    return replace(plan, filters=tuple(filters),
                   topic=tuple(w for w in plan.topic if w not in places),
                   operation=plan.operation if plan.operation != "topic" else "lookup")


def soft_fields(plan: Plan, fields: Collection[str], read: Callable[[str], Sequence[str]]
                ) -> Plan:
    """A field the data does not have, read as the data's field nearest to it
    (thesaurus.py: 海産物の分野 → 水産), labelled with both; left as it is (matching
    nothing) when no field is near."""
    out = []
    for f in plan.filters:
        if f.kind == "field" and not any(v in fields for v in f.values):
            near = [n for v in f.values for n in read(v) if n in fields]
            if near:
                f = replace(f, values=(near[0],),
                            label=f"「{'・'.join(f.values)}」に近い{near[0]}")
        out.append(f)
    return replace(plan, filters=tuple(out))
