"""Conditions read with knowledge beyond the question's grammar, after parsing: a city
the data does not hold, named in GeoNames (a party in Japan, a partner abroad), and a
field the data does not have, read as its nearest field (thesaurus.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from functools import lru_cache

from .abbreviations import Abbreviations
from .conditions import Filter, Plan
from .gazetteer import COUNTRY_ALIASES, PREFECTURES
from .geonames import cjk_names, geonames_cities
from .lazy_re import pattern
from .rewrite import Rewrite, with_found
from .spoken_dates import two_digit_years
from .text import fold
from .vocab import Vocabulary

# A city named in Latin letters is one people ask about when it is this large: many
# small ones share a word with a museum or a person (Prado, Brazil: 35,003).
LATIN_CITY_MIN = 500_000
# The words after a name that make it an organisation's (the Prado Museum, 博物館).
_ORG_EN = (r"museums?|universit(?:y|ies)|college|institute|association|foundation|gallery|"
           r"hall|ministry|agency|company|corporation")
_ORG_WORD = rf"(?:{_ORG_EN}|[\u3040-\u30ff\u4e00-\u9fff])"


@lru_cache(maxsize=1)
def _geonames_cities() -> tuple[frozenset[str], frozenset[str]]:
    """GeoNames names of cities written in CJK or kana, folded: (in Japan, elsewhere)."""
    japan: set[str] = set()
    abroad: set[str] = set()
    for city in geonames_cities():
        into = japan if city.get("countrycode") == "JP" else abroad
        into.update(fold(alt) for alt in cjk_names(city))
        if int(city.get("population") or 0) >= LATIN_CITY_MIN:  # Seoul, Chengdu; not the
            into.add(str(city.get("name", "")).casefold())  # Prado of Brazil (a museum's)
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


def _town(word: str, all_text: Callable[[], str]) -> str | None:
    """"party" for a word shaped like a Japanese municipality that GeoNames lacks and the
    data never writes (伊万里市と韓国の協定: a party with none, not every party's)."""
    w = fold(word)
    ok = _JAPANESE_TOWN.fullmatch(w) and w not in _NOT_A_TOWN and w not in all_text()
    return "party" if ok else None


# A name of a Japanese municipality (two to four kanji and 市, 町 or 村; not 都市), and the
# words of that shape that name a kind of city, not one.
# (nor 県内市町, 市内町村: the municipalities inside one, 市町 a kind's word)
_JAPANESE_TOWN = pattern(r"(?!(?:県|市|域|管|都|府|道|国)内)[\u4e00-\u9fff]{2,4}(?<!都)(?<!市)"
                         r"[市町村]")
_NOT_A_TOWN = frozenset({"政令市", "中核市", "特例市", "指定市", "政令指定市", "市町村"})


def city_abroad(word: str) -> bool:
    """A city abroad written in katakana (バンコク, GeoNames): a name of its own, never
    a near miss of the data's (韓国)."""
    return bool(_KATAKANA_NAME.match(word)) and place_kind(word) == "partner"


_PLACE_SUFFIX = pattern(r"^[\u4e00-\u9fffァ-ヺー]{1,8}[市町村省州]$")
_PARTNER_CUE = (r"\s*(?:と(?:の|結|締結|提携|協定|覚書|"
                r"(?:何か|なにか|どんな|は)\s*(?:協定|提携|覚書|交流))"
                r"(?!.{0,2}(?:関係|関連|に関する))|"
                r"(?:は|って)\s*(?:何件|いくつ)|"  # ソウルは何件: its agreements counted
                # ソウルの市や大学と結んだ: bodies of that place
                r"の\s*(?:市|都市|大学|博物館|美術館|団体|企業|機関|相手|自治体)\s*"
                r"(?:や|と|・|、|か|とか))")
# An institution named by a foreign name and what it is: ルーブル美術館, 北京大学.
_NAMED_ORG = pattern(r"^(.+?)(?:美術館|博物館|博物院|大学校|大学|研究所|図書館)$")
_KATAKANA_NAME = pattern(r"^[ァ-ヺー・]{2,}$")


def places_as_conditions(plan: Plan, all_text: Callable[[], str],
                         partner_text: Callable[[], str],
                         common: Callable[[str], bool] = lambda w: False,
                         place: Callable[[str], bool] = lambda w: False) -> Plan:
    """Topic words that name a city the data does not hold are a condition that matches
    nothing — a party (四日市市, in Japan) or a partner (ホーチミン市, abroad; GeoNames) —
    so the answer says the data has no such agreement instead of counting the others.
    A word is looked up only when shaped like a place: with 市, 町, 村, 省 or 州, or
    (成都, ソウル) where the question makes it a partner (成都との協定), never a word
    like ラグビー in ラグビーに関する協定. There it is read against the partners'
    text (`partner_text`: 北京との協定: the data's text names 北京, where a meeting was
    held, but no partner); a place the data's text (`all_text`, folded) only mentions
    (大邱市, a meeting's venue) is no partner either. So is an institution named by a
    foreign name the data's text lacks (ルーブル美術館との, 北京大学との). A word the
    dictionary has as a common noun (`common`: 港町, a port town) names no place; one in
    katakana it has as a place's name (`place`: ハワイ, グアム, which GeoNames' cities lack)
    and the data never writes is one abroad."""
    def place_kind_(w: str) -> str | None:
        return place_kind(w, all_text().__contains__)

    def partner_kind(w: str) -> str | None:
        return place_kind(w, partner_text().__contains__)

    def mentioned(w: str) -> bool:
        return fold(w) in all_text() and fold(w) not in partner_text()

    found: dict[str, list[str]] = {"party": [], "partner": []}
    named = _latin_cities(plan.text, plan.topic, partner_kind)  # Kuala Lumpur, New York
    found["partner"].extend(named)
    inside = {p.casefold() for name in named for p in name.split()}
    for w in plan.topic:
        if w in inside:
            continue
        cue = _cue_after(plan.text, w) or _between(plan.text, w) or _alone(plan.text, w)
        org = _NAMED_ORG.match(w)
        if common(w):
            kind = None
        elif _PLACE_SUFFIX.match(w):  # 大邱市との: a partner's name, not any text's (a venue)
            kind = partner_kind(w) or ("partner" if mentioned(w) else None) if cue \
                else place_kind_(w) or _town(w, all_text)
        elif org and cue and (partner_kind(org.group(1)) == "partner" or bool(
                _KATAKANA_NAME.match(org.group(1))) and fold(org.group(1)) not in all_text()):
            kind = "partner"  # ルーブル美術館との, 北京大学との: no partner of the data
        elif cue and _headed_place(w, common, partner_kind):
            kind = "partner"  # 首都ハノイとの: a common noun before a city abroad
        elif cue and _of_country(plan, w) and fold(w) not in partner_text() and (
                place(w) or place(re.sub(r"[島市州省道県郡]$", "", w))):
            kind = "partner"  # 韓国の済州島との, 韓国の仁川との: a place there, no partner
            # (not ベトナムの水道会社との: a description of one)
        elif cue or (w.isascii() and re.search(
                r"\bwith\s+(?:the\s+)?(?:city\s+of\s+)?" + re.escape(w) + r"\b(?!\s*" +
                _ORG_WORD + ")", plan.text, re.IGNORECASE)):  # 成都との協定; an agreement
            # with Seoul (not with the Prado Museum: a name's first word)
            kind = partner_kind(w) or partner_kind(w + "市") or (
                "partner" if _KATAKANA_NAME.match(w) and place(w)
                and fold(w) not in all_text() else None)
        else:
            kind = None
        if kind in found:
            found[kind].append(w)
    places = [w for ws in found.values() for w in ws] + sorted(inside)
    if not places:
        return plan
    filters = list(plan.filters)
    for kind, ws in found.items():
        if not ws:
            continue
        at = next((i for i, f in enumerate(filters) if f.kind == kind and not f.exclude), None)
        if at is None:
            filters.append(Filter(f"{kind}:" + "|".join(ws), kind, tuple(ws), words=tuple(ws),
                                  label="・".join(_shown(w) for w in ws)))
        else:  # 福岡市と四日市市: either one, as the question's other names of that kind
            f = filters[at]
            filters[at] = replace(f, values=f.values + tuple(ws), words=f.words + tuple(ws),
                                  label="・".join((f.label, *(_shown(w) for w in ws))))
    return replace(plan, filters=tuple(filters),
                   topic=tuple(w for w in plan.topic if w not in places),
                   operation=plan.operation if plan.operation != "topic" else "lookup")


def _of_country(plan: Plan, w: str) -> bool:
    """Whether `w` is said as a place of a country the question names (韓国の済州島)."""
    return any(re.search(re.escape(word) + r"\s*の\s*" + re.escape(w), plan.text)
               for f in plan.filters if f.kind == "country" and not f.exclude
               for word in f.words)


def _headed_place(w: str, common: Callable[[str], bool],
                 partner_kind: Callable[[str], str | None]) -> bool:
    """A common noun of two kanji or more before a city abroad: 首都ハノイ, 港町プサン."""
    return any(common(w[:i]) and partner_kind(w[i:]) == "partner"
               for i in range(2, len(w) - 1) if _KANJI_RUN.fullmatch(w[:i]))


_KANJI_RUN = pattern(r"[\u4e00-\u9fff]+")


# A place named in Latin letters, capitalised, one to four words (Bangkok, Kuala Lumpur,
# New York, Ho Chi Minh City): a city abroad when GeoNames has it (with or without "City");
# a short English word first (In Bangkok, Is Seoul) is no part of it.
_LATIN_NAME = pattern(r"(?<![A-Za-z])[A-Z][a-z]{1,}(?:[ -][A-Z][a-z]+){0,3}(?![A-Za-z])")


_LEADING_WORDS = frozenset("in is at on of to by an as or if so no do we my it be any are was "
                           "the and for how did does what which with".split())
_INSTITUTION = pattern(rf"\b(?:{_ORG_EN})\b|館|大学|院|庁|局|協会|財団", re.IGNORECASE)


def _latin_cities(text: str, topic: Sequence[str],
                  partner_kind: Callable[[str], str | None]) -> list[str]:
    """The cities abroad a question names in Latin letters that the data's partners
    lack, each as written; every word of the name is a topic word (not a name the list
    holds, which was read into its own form before)."""
    words = {w.casefold() for w in topic}
    out = []
    for m in _LATIN_NAME.finditer(text):
        name = m.group(0)
        if _INSTITUTION.search(text[:m.start()]):
            continue  # the Prado Museum in Madrid: where an institution is, no partner
        parts = [p.casefold() for p in re.split(r"[ -]", name)]
        if len(parts) > 1 and parts[0] in _LEADING_WORDS:
            parts = parts[1:]
        if len(parts) > 1 and parts[-1] == "city":  # Ho Chi Minh City: city no topic word
            parts = parts[:-1]
        key = " ".join(parts)
        if all(p in words for p in parts) and any(
                partner_kind(n) == "partner" for n in (key, f"{key} city")):
            out.append(key)
    return out


def _shown(word: str) -> str:
    """seoul → Seoul: a name in Latin letters as it is written."""
    return word.title() if word.isascii() else word


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


_SHORT_PLACE = pattern(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff々]{2}[県市](?![\u4e00-\u9fff々])")


_CUE = pattern(_PARTNER_CUE)


_AGREEMENT_AFTER = pattern(r"\s*(?:の|との|間の)\s*(?:協定|覚書|協議書|合意書|提携|取り決め|"
                           r"約束)")


def _between(text: str, word: str) -> bool:
    """福岡市とパリの協定, 熊本県と台北の覚書: the word after a name and と, before の協定 —
    the other side of the agreement."""
    i = text.find(word)
    return i > 0 and text[i - 1] == "と" and bool(_AGREEMENT_AFTER.match(text, i + len(word)))


# A name said alone, as a follow-up says the value it puts in place of the last one's:
# では香港は？, じゃあソウルなら？, what about Hong Kong?
_ALONE = pattern(r"\s*(?:では|じゃあ?|それでは|それなら|なら|で|では次に|次に|じゃ|"
                 r"(?:and\s+)?(?:what|how)\s+about)?[、,\s]*(.+?)\s*"
                 r"(?:は|なら|では|だと|の場合は?|って|で)?\s*(?:どう(?:ですか|でしょう)?|"
                 r"どうなる)?\s*[?？。]?\s*", re.IGNORECASE)


def _alone(text: str, word: str) -> bool:
    """Whether `text` is `word` said alone as a follow-up (では香港は？)."""
    m = _ALONE.fullmatch(text)
    return m is not None and m.group(1) == word


def _cue_after(text: str, word: str) -> re.Match[str] | None:
    """The partner cue (との, と結んだ …) right after some occurrence of `word` (one
    compiled pattern: not one per word)."""
    i = text.find(word)
    while i >= 0:
        if m := _CUE.match(text, i + len(word)):
            return m
        # ハワイとかグアムとの: a word joined to one with the cue shares it
        if (joined := _JOINED_TO.match(text, i + len(word))) and (
                m := _CUE.match(text, joined.end())):
            return m
        i = text.find(word, i + 1)
    return None


_JOINED_TO = pattern(r"\s*(?:とか|や|、|・|または)\s*[^\s、。？?とやの]{1,12}?(?=\s*と)")


def asked_item(plan: Plan, knows: Callable[[str], bool],
               parts: Callable[[str], Sequence[str]]) -> Plan:
    """The plan's asked value (人口は何人) kept only when the data holds no such item: some
    part of the word is one the data never uses (期限 of 有効期限, 署名 of 署名者)."""
    if plan.asked and plan.asked in plan.topic and all(knows(t) for t in parts(plan.asked)):
        return replace(plan, asked=None)
    return plan


def near_short_places(rw: Rewrite, parties: Collection[str],
                      reading: Callable[[str], str] = lambda w: w,
                      partners: Collection[str] = ()) -> Rewrite:
    """A prefecture or city of two kanji and its suffix written with one wrong kanji
    (長先県, 福丘市, 杭洲市) → the one prefecture, party or partner of the data it can be,
    the wrong kanji read as the right one (長先県: 長崎県, not 長野県); never a real city
    (福山市 is not 福岡市, 青島市 not 鹿島市: GeoNames). Longer names are NameIndex's
    (one wrong character in four)."""
    found = []
    for m in _SHORT_PLACE.finditer(rw.text):
        word = m.group(0)
        pool = PREFECTURES if word[-1] == "県" else [*parties, *partners]  # 杭洲市: 杭州市
        real = [fold(word), fold(word[:-1])]  # 福山市, 青島市: a real city, no typo
        if word in pool or word[-1] == "市" and any(
                w in cities for w in real for cities in _geonames_cities()):
            continue
        same = [n for n in pool if len(n) == 3 and n[-1] == word[-1]
                and sum(a != b for a, b in zip(n, word, strict=True)) == 1]
        # An input method's wrong kanji: the one read alike (先 and 崎, 丘 and 岡, 洲 and 州;
        # not 邱 and 連: 大邱市 is no typo of 大連市).
        same = [n for n in same if all(reading(a) == reading(b)
                                       for a, b in zip(n, word, strict=True) if a != b)]
        if len(same) == 1:
            found.append((m.start(), m.end(), same[0], "near"))
    return with_found(rw, found)


# A country named in two kanji (中国, 韓国, 米国, 台湾), as a word of its own before a
# particle or 以外.
_SHORT_COUNTRY = pattern(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff]{2}"
                         r"(?=\s*(?:と|の|は|が|を|に|へ|以外|や|、|も|だけ|抜き))")
_TWO_KANJI_COUNTRIES = tuple(a for a in COUNTRY_ALIASES
                             if len(a) == 2 and all("\u4e00" <= c <= "\u9fff" for c in a))


# Where a partner is said: Xと結んだ, Xとの協定, X以外, Xを除く.
_PARTNER_SLOT = pattern(r"\s*(?:と\s*(?:結|締|交わ|提携)|との|以外|を除)")


def near_countries(rw: Rewrite, reading: Callable[[str], str], known: Callable[[str], bool]
                   ) -> Rewrite:
    """A country of two kanji written with one wrong kanji an input method gives for the
    same sound (中獄 → 中国: both チュウゴク) → that country, the correction shown; never
    a word the dictionary knows (中東, 中部) nor one read otherwise."""
    found = []
    for m in _SHORT_COUNTRY.finditer(rw.text):
        word = m.group(0)
        # a word the dictionary knows only where a partner is said (勧告と結んだ協定: a
        # recogniser's or an input method's homophone of 韓国), any of its kanji wrong
        homophone = known(word) and _PARTNER_SLOT.match(rw.text, m.end()) is not None
        if word in COUNTRY_ALIASES or known(word) and not homophone or not (
                said := reading(word)):
            continue
        same = {COUNTRY_ALIASES[c] for c in _TWO_KANJI_COUNTRIES
                if (homophone or sum(a != b for a, b in zip(c, word, strict=True)) == 1)
                and reading(c) == said}
        if len(same) == 1:
            found.append((m.start(), m.end(), same.pop(), "near"))
    return with_found(rw, found)


def slips_read(rw: Rewrite, vocab: Vocabulary, reading: Callable[[str], str],
               known: Callable[[str], bool], abbreviations: Abbreviations) -> Rewrite:
    """`rw` with a short place, a country or a field written with one wrong kanji and a
    shortened organisation name put in the list's form, and a year said in two digits in
    four."""
    rw = near_countries(near_short_places(rw, vocab.parties, reading, vocab.partner_terms),
                        reading, known)
    rw = two_digit_years(rw, vocab.as_of)
    return abbreviations.rewrite(near_fields(rw, vocab.field_terms, known))


_NAMED_FIELD = pattern(r"[\u4e00-\u9fff]{2,4}(?=\s*(?:の)?\s*分野)")


def near_fields(rw: Rewrite, fields: Collection[str], known: Callable[[str], bool]
                ) -> Rewrite:
    """A field named as one (before 分野) with one wrong kanji (文花の分野, 経斉分野) → the one
    field of the data it can be; never a word the dictionary knows (文学の分野 is asked
    as written: the data has no such field)."""
    found = []
    for m in _NAMED_FIELD.finditer(rw.text):
        word = m.group(0)
        if word in fields or known(word):
            continue
        same = [f for f in fields if len(f) == len(word)
                and sum(a != b for a, b in zip(f, word, strict=True)) == 1]
        if len(same) == 1:
            found.append((m.start(), m.end(), same[0], "near"))
    return with_found(rw, found)


_CHINESE_SUFFIX = pattern(r"(?:省|市|自治区|特別市)$")


def pinyin_names(names: Collection[str]) -> dict[str, str]:
    """Latin spellings of partners written in kanji alone, in pinyin (pypinyin): 福建省 →
    fujian, fujian sheng; 江蘇省 → jiangsu. English questions name Chinese provinces so,
    and GeoNames (cities) has none of them. Korean names get a pinyin too (釜山 → fushan),
    never written by anyone: their English names come from GeoNames."""
    from pypinyin import lazy_pinyin

    out: dict[str, str] = {}
    for name in names:
        stem = _CHINESE_SUFFIX.sub("", name)
        if len(stem) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", name):
            spelt = "".join(lazy_pinyin(stem)).lower()
            if spelt.isascii() and spelt.isalpha():
                out.setdefault(spelt, name)
                if name.endswith("省"):
                    out.setdefault(f"{spelt} sheng", name)
    return out
