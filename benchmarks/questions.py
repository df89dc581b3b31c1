"""Benchmark questions of the evaluation file's kinds, written from a corpus's own
vocabulary (its parties, partner countries and cities, fields, years and the noun
phrases of its summaries), so that every size gets questions that have answers.

Not product code and not the evaluation set: templates only, filled at random.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from functools import lru_cache

from teikei_qa.gazetteer import COUNTRIES
from teikei_qa.records import Record

# Share of each kind, roughly as in eval/dev.jsonl (topic, lookup, list, count, none).
KINDS = (("topic", 0.35), ("lookup", 0.2), ("list", 0.2), ("count", 0.15), ("none", 0.1))

TEMPLATES: dict[str, tuple[str, ...]] = {
    "topic": ("{topic}に関する協定はありますか？", "{topic}について協力している協定は？",
              "{topic}の取り組みを教えて"),
    "lookup": ("{party}と{city}の協定は？", "{party}と{city}の覚書はいつ結ばれた？",
               "{party}が{city}と結んだ協定の目的は？"),
    "list": ("{field}分野の協定は？", "{year}年に締結された協定は？", "{era}に結ばれた協定を教えて",
             "{party}の{field}分野の協定", "{country}の都市や機関との協定は？",
             "{party}が{city}と結んだ協定をすべて教えて"),
    "count": ("{party}が{country}と結んだ協定は何件？", "{party}の協定は何件ありますか",
              "{country}との協定は全部で何件ありますか",
              "{party}が{field}分野で結んだ協定の数は？"),
    "none": ("{absent}との協定はありますか", "{absent}の都市と結んだ協定は？"),
}

_CITY = re.compile(r"(市|省|州|都|道)$")
# Dates and the signing words next to them are not topics (年締結, 日提携).
_DATES = re.compile(r"\[[^\]]*\]|[0-9０-９]+\s*[年月日]|(昭和|平成)(元|[0-9]+)年")
_FRAMING = re.compile(r"^[年月日]|締結|提携|調印")


def era(year: int) -> str:
    """2014 → 平成26年, 1985 → 昭和60年."""
    if year >= 1989:
        return "平成元年" if year == 1989 else f"平成{year - 1988}年"
    return f"昭和{year - 1925}年"


@lru_cache(maxsize=1)
def _tagger():
    import fugashi

    return fugashi.Tagger()


def noun_phrases(text: str) -> list[str]:
    """Runs of nouns in `text` (教育委員会, 廃棄物処理), by fugashi directly so that the
    benchmark does not lean on the package's tokenizer internals."""
    out, run = [], []
    for word in _tagger()(text):
        pos = word.feature.pos1 or ""
        if pos in ("名詞", "接頭辞", "接尾辞") and (word.feature.pos2 or "") != "数詞":
            run.append(word.surface)
            continue
        if len(run) > 1:
            out.append("".join(run))
        run = []
    if len(run) > 1:
        out.append("".join(run))
    return out


def make_questions(records: Sequence[Record], n: int, seed: int) -> list[tuple[str, str]]:
    """`n` distinct (kind, question) pairs made from `records`, the same for the same
    records and seed."""
    rng = random.Random(seed)
    present = {r.country for r in records if r.country}
    absent = [c for c in COUNTRIES if c not in present] or ["南極"]
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    kinds, weights = zip(*KINDS, strict=True)
    tries = 0
    while len(out) < n and tries < n * 50:
        tries += 1
        kind = rng.choices(kinds, weights)[0]
        rec = rng.choice(records)
        slots = _slots(rec, rng)
        slots["absent"] = rng.choice(absent)
        usable = [t for t in TEMPLATES[kind] if all(slots.get(k) for k in _names(t))]
        if not usable:
            continue
        q = rng.choice(usable).format(**slots)
        if q not in seen:
            seen.add(q)
            out.append((kind, q))
    return out


def _names(template: str) -> list[str]:
    return re.findall(r"\{(\w+)\}", template)


def _slots(rec: Record, rng: random.Random) -> dict[str, str]:
    cities = [p for p in rec.partners if _CITY.search(p)]
    topics = [p for p in noun_phrases(_DATES.sub(" ", rec.summary)) if len(p) >= 3 and
              not _FRAMING.search(p)] if rec.summary else []
    year = rec.date.year if rec.date else None
    return {
        "party": rng.choice(rec.parties).name if rec.parties else "",
        "country": rec.country or "",
        "city": rng.choice(cities) if cities else "",
        "field": rng.choice(rec.fields) if rec.fields else "",
        "year": str(year) if year else "",
        "era": era(year) if year else "",
        "topic": rng.choice(topics) if topics else "",
    }
