"""Words that mean the same by a dictionary: JMdict's English glosses (焼き物 and 陶磁器
share pottery, porcelain and china; 修理 and 修復 share repair and mending).

The encoder's space (thesaurus.py) finds the data's words near a question word, but not
every pair a reader takes for the same thing: 焼き物 is far from 陶磁器 there. JMdict
(the Electronic Dictionary Research and Development Group's Japanese–English dictionary,
CC BY-SA 4.0, as packaged by `jamdict-data`) gives each sense of a word its English
glosses; two words with a sense each that share glosses mean much the same.

`jamdict-data` ships the dictionary as one SQLite file without an index on the written
forms (a lookup reads every row). `derive` copies the written forms and the glosses
into a small indexed file under the cache folder once per package version (under a
second, ~40 MB); a lookup then takes microseconds. The matching (`normal_gloss`,
`GlossIndex`) is pure.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from .lazy_re import pattern

FORMAT = 2  # bump when the derived file changes shape

Senses = tuple[frozenset[str], ...]  # each sense of a word: its glosses, normalised

_PAREN = pattern(r"\([^)]*\)")
_LEAD = pattern(r"^(?:to|a|an|the) ")
_KANJI = pattern(r"[\u3400-\u4dbf\u4e00-\u9fff々]")


def normal_gloss(text: str) -> str:
    """A gloss as it is compared: lower case, without parentheses (a note), without a
    leading `to` or article: "to propose (an idea, etc.)" → "propose"."""
    g = _PAREN.sub("", text.casefold()).strip()
    return _LEAD.sub("", g).strip(" .,;")


class GlossIndex:
    """The data's words by their glosses: which of them share a sense with a word."""

    def __init__(self, senses_of: Mapping[str, Senses]) -> None:
        self._senses = dict(senses_of)
        self._by_gloss: dict[str, set[str]] = defaultdict(set)
        for word, senses in self._senses.items():
            for sense in senses:
                for gloss in sense:
                    self._by_gloss[gloss].add(word)

    def shared(self, senses: Senses) -> dict[str, int]:
        """Data word → the most glosses one of its senses shares with one of `senses`."""
        out: dict[str, int] = {}
        for sense in senses:
            for word in set().union(*(self._by_gloss.get(g, ()) for g in sense)):
                n = max(len(sense & other) for other in self._senses[word])
                if n > out.get(word, 0):
                    out[word] = n
        return out

    def holding(self, senses: Senses) -> set[str]:
        """The data words one of whose senses holds every gloss of one of `senses`, or
        whose sense is held whole by one (五輪 {olympics, olympic rings} and オリンピック
        {olympics}): the dictionary gives the one word as a meaning of the other."""
        out: set[str] = set()
        for sense in senses:
            for word in set().union(*(self._by_gloss.get(g, ()) for g in sense)):
                if any(sense <= other or other <= sense for other in self._senses[word]):
                    out.add(word)
        return out


def english_senses(word: str) -> Senses:
    """An English word as a sense of its own, with its singular (fisheries → fishery):
    looked up among the data words' glosses."""
    w = word.casefold()
    if w.endswith("ies"):
        forms = [w, w[:-3] + "y"]
    elif w.endswith("s") and not w.endswith("ss"):
        forms = [w, w[:-1]]
    else:
        forms = [w]
    return tuple(frozenset({f}) for f in forms)


class Glossary:
    """A word's senses by their glosses, from the derived file (`derive`)."""

    def __init__(self, path: Path | str) -> None:
        # Read from the web UI's worker threads too: one connection, one lock.
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()

    @classmethod
    def open(cls, cache: Path | None = None) -> Glossary | None:
        """The glossary, derived under `cache` (default: embed.cache_dir(), once per
        machine) on first use; None without jamdict-data (soft matching then uses the
        encoder alone)."""
        if cache is None:
            from .embed import cache_dir

            cache = cache_dir()
        try:
            from importlib.metadata import version

            import jamdict_data

            source = Path(jamdict_data.JAMDICT_DB_PATH)
            target = cache / f"jmdict-glosses-{version('jamdict-data')}-{FORMAT}.sqlite"
        except ImportError:
            return None
        try:
            if not target.exists():
                derive(source, target)
            return cls(target)
        except (OSError, sqlite3.Error):
            return None  # a cache that cannot be written: the encoder alone

    @functools.lru_cache(maxsize=8192)  # noqa: B019 - one Glossary lives per process
    def senses(self, word: str) -> Senses:
        """The senses of `word`: of the entries that write it so in kanji when it has
        kanji (焼き物), else of those that read it so (ごみ, カメラ)."""
        kana = 0 if _KANJI.search(word) else 1
        with self._lock:
            rows = self._db.execute(
                "SELECT g.sid, g.text FROM spell s JOIN gloss g ON g.idseq = s.idseq "
                "WHERE s.word = ? AND s.kana = ?", (word, kana)).fetchall()
        by_sense: dict[int, set[str]] = defaultdict(set)
        for sid, text in rows:
            if gloss := normal_gloss(text):
                by_sense[sid].add(gloss)
        return tuple(frozenset(s) for _, s in sorted(by_sense.items()))

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one Glossary lives per process
    def entries(self, word: str) -> int:
        """How many entries write `word` so (in kanji when it has kanji, else in kana):
        one for やきもの, sixteen for きょう (今日, 京, 強 …)."""
        kana = 0 if _KANJI.search(word) else 1
        with self._lock:
            row = self._db.execute("SELECT COUNT(DISTINCT idseq) FROM spell WHERE word = ? "
                                   "AND kana = ?", (word, kana)).fetchone()
        return int(row[0])

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one Glossary lives per process
    def english(self, word: str) -> bool:
        """Whether `word` (Latin letters) is an English word: a gloss of some entry, as
        written or without -s, -ed, -ing, -er, -est (support, supporting, biggest; busiest,
        busier: busy; not Prado, Haiphong)."""
        w = word.casefold()
        forms = {w, *(w[: -len(end)] for end in ("s", "ed", "ing", "er", "est") if w.endswith(end)
                      and len(w) - len(end) >= 3),
                 *(w[: -len(end)] + "y" for end in ("ier", "iest", "ied", "ies")
                   if w.endswith(end) and len(w) - len(end) >= 2)}
        args = [f for form in forms for f in (form, f"to {form}")]
        with self._lock:
            return self._db.execute(
                "SELECT 1 FROM gloss WHERE text COLLATE NOCASE IN "
                f"({','.join('?' * len(args))}) LIMIT 1", args).fetchone() is not None

    def index(self, words: Iterable[str]) -> GlossIndex:
        return GlossIndex({w: s for w in words if (s := self.senses(w))})


def derive(source: Path, target: Path) -> None:
    """Copy JMdict's written forms and English glosses from `source` (jamdict-data's
    SQLite file) into an indexed file at `target`, atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(f"file:{tmp}", uri=True)
    try:
        db.execute("ATTACH DATABASE ? AS j", (f"file:{source}?mode=ro",))
        db.executescript("""
            CREATE TABLE spell (word TEXT, idseq INTEGER, kana INTEGER);
            INSERT INTO spell SELECT text, idseq, 0 FROM j.Kanji;
            INSERT INTO spell SELECT text, idseq, 1 FROM j.Kana;
            CREATE INDEX spell_word ON spell (word, kana);
            CREATE TABLE gloss (sid INTEGER, idseq INTEGER, text TEXT);
            INSERT INTO gloss SELECT s.ID, s.idseq, g.text FROM j.Sense s
                JOIN j.SenseGloss g ON g.sid = s.ID WHERE g.lang = 'eng' OR g.lang IS NULL;
            CREATE INDEX gloss_idseq ON gloss (idseq);
            CREATE INDEX gloss_text ON gloss (text COLLATE NOCASE);
        """)
        db.commit()
        db.execute("DETACH DATABASE j")
        db.execute("VACUUM")
    finally:
        db.close()
    os.replace(tmp, target)


def kanji_readings(chars: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """KANJIDIC2's Japanese readings of each of `chars` (as jamdict-data packages it, CC
    BY-SA 4.0), in katakana: on readings as given, kun readings without their okurigana
    (おお.きい → オオ) and without the marks of a prefix or suffix (-か); {} without the
    package. Read once per build (mixed_script.py), never by a question."""
    wanted = sorted({c for c in chars if _KANJI.match(c)})
    out: dict[str, set[str]] = defaultdict(set)
    for at in range(0, len(wanted), 500):
        part = wanted[at:at + 500]
        if not _readings_where(f"c.literal IN ({','.join('?' * len(part))})", part, out):
            return {}
    return {c: tuple(sorted(r)) for c, r in out.items()}


def common_kanji_readings() -> dict[str, tuple[str, ...]]:
    """The principal readings (as `kanji_readings` gives them) of the common kanji:
    KANJIDIC2's grades 1–8, the jōyō kanji, what an input method offers first; of each,
    its first on and its first kun reading as KANJIDIC2 orders them (数: スウ and かず,
    not サク). Read once per build (homophones.py), never by a question; {} without the
    package."""
    out: dict[str, set[str]] = defaultdict(set)
    if not _readings_where("c.grade IN ('1', '2', '3', '4', '5', '6', '8')", [], out,
                           first_only=True):
        return {}
    return {c: tuple(sorted(r)) for c, r in out.items()}


def _readings_where(where: str, params: list[str], out: dict[str, set[str]],
                    first_only: bool = False) -> bool:
    """Add to `out` the readings of KANJIDIC2's characters `where` says (`first_only`:
    the first on and the first kun reading of each); False when the package or its
    database cannot be read."""
    try:
        import jamdict_data
    except ImportError:
        return False
    from .text import to_katakana

    db = sqlite3.connect(f"file:{jamdict_data.JAMDICT_DB_PATH}?mode=ro", uri=True)
    try:
        rows = db.execute(
            "SELECT c.literal, r.value, r.r_type FROM character c JOIN rm_group g ON g.cid = c.ID "
            "JOIN reading r ON r.gid = g.ID WHERE r.r_type IN ('ja_on', 'ja_kun') AND "
            f"{where} ORDER BY r.rowid", params).fetchall()
    except sqlite3.Error:
        return False
    finally:
        db.close()
    seen: set[tuple[str, bool]] = set()
    for ch, value, kind in rows:
        if first_only and ((ch, kind == "ja_on") in seen or value.startswith("-")):
            continue
        seen.add((ch, kind == "ja_on"))
        kana = to_katakana(value.split(".")[0].strip("-"))
        if kana:
            out[ch].add(kana)
    return True


@functools.lru_cache(maxsize=1)
def shared() -> Glossary | None:
    """The process's one glossary (under embed.cache_dir()): soft matching and
    `english_word` read the same file through one connection."""
    return Glossary.open()


def english_word(word: str) -> bool:
    """Whether a word in Latin letters is English (JMdict's glosses; False without the
    dictionary): such a word is read by its meaning, never as a name by its sound."""
    glossary = shared()
    return glossary is not None and word.isascii() and glossary.english(word)
