"""A question read into the list's forms before its plan is made: names in any script
(names.py), a place's or a field's slip, a shortened organisation name and a year in two
digits (readings.slips_read), words typed in hiragana (kana_words.py). The tables it
reads by are made once per index and kept under the index's cache/ (the only I/O here)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from functools import cached_property
from pathlib import Path

from . import readings
from .abbreviations import Abbreviations
from .attributes import attributes_named, by_title
from .caches import kept_as_json, names_key
from .dialects import standard_speech
from .gazetteer import (
    COUNTRY_ALIASES,
    NAMED_PLACES,
    PREFECTURES,
    REGION_WORDS,
    english_names,
    flags_named,
    latin_country_names,
    prefecture_of,
    script_country_names,
)
from .glossary import common_kanji_readings, english_word, kanji_readings, shared
from .homophones import HOMOPHONES_FORMAT, Homophones
from .kana_numbers import english_years, kana_numbers
from .kana_words import KANA_FORMAT, QUESTION_WORDS, KanaWords
from .kinds import KIND_WORDS, LEVEL_WORDS
from .lazy_re import pattern
from .loanwords import read_loanwords
from .names import NameIndex
from .provinces import old_provinces
from .query_syntax import read_query_syntax
from .records import Record
from .restate import english_phrases
from .rewrite import Rewrite
from .romaji_words import from_romaji, joined_kana
from .speakers import own_named
from .store import passages, text_column
from .text import latin_gloss_dropped, plain_question, title_key
from .thesaurus import Thesaurus, data_words
from .tokenize import STOP_WORDS, Tokenizer
from .vocab import TermIndex, Vocabulary

# A space between two Japanese characters (北 九州市, タ イ, 韓　国).
_SPLIT = pattern(r"(?<=[\u3041-\u30ff\u4e00-\u9fff々])[ \u3000]+(?=[\u3041-\u30ff\u4e00-\u9fff々])")


# A name's suffix typed in kana after its kanji (福岡けんの, 長崎けん, 北九州しが, 御船まちの):
# the suffix in kanji, where the whole is a name of the data or a prefecture.
_KANA_SUFFIX = pattern(r"([\u4e00-\u9fff]{1,4})(けん|し|まち|ちょう|むら|そん)"
                       r"(?=\s*(?:の|が|は|と|で|に|を|も|内|[、,。?？]|$))")
_SUFFIX_KANJI = {"けん": "県", "し": "市", "まち": "町", "ちょう": "町", "むら": "村", "そん": "村"}


def kana_suffixes(text: str, names: Collection[str]) -> str:
    """`text` with a name's suffix typed in kana written in kanji (福岡けん → 福岡県), where
    the name so written is one of `names`. Pure."""
    def put(m: re.Match[str]) -> str:
        whole = m.group(1) + _SUFFIX_KANJI[m.group(2)]
        return whole if whole in names else m.group(0)
    return _KANA_SUFFIX.sub(put, text)


def joined_names(text: str, names: TermIndex) -> str:
    """`text` without the spaces that split a name the data or the gazetteer knows (北
    九州市, 中 国, アメ リカ, 福岡 県): a name is found across the space once joined, and
    not before. Spaces between words (長崎県 中国 協定) stay. Pure."""
    for m in reversed(list(_SPLIT.finditer(text))):
        a, b = m.span()
        joined = text[:a] + text[b:]
        folded = joined.casefold()
        if any(names.by_key.get(folded[i:i + n]) for n in names.lengths
               for i in range(max(0, a - n + 1), min(a, len(folded) - n + 1))):
            text = joined
    return text


class Reader:
    """Reads questions over one index: its records and vocabulary, the tokenizer, the
    thesaurus (the data's words, when built), the cache folder and the table file's
    sha256 (None: the tables are keyed by their inputs); `partner_text` and `all_text`
    give the data's text when a shortened name needs it."""

    def __init__(self, records: Sequence[Record], vocab: Vocabulary, tokenizer: Tokenizer,
                 thesaurus: Thesaurus | None, cache: Path, table_sha: str | None,
                 partner_text: Callable[[], str], all_text: Callable[[], str]) -> None:
        self.records, self.vocab, self.tokenizer = records, vocab, tokenizer
        self.thesaurus, self.cache, self.table_sha = thesaurus, cache, table_sha
        self._partner_text, self._all_text = partner_text, all_text

    @cached_property
    def names(self) -> NameIndex:
        """Every spelling of the names the data holds (readings, romaji, GeoNames).

        Building it reads UniDic and GeoNames (seconds); it is kept under the index's
        cache/ keyed by everything it is made from, so a new process reads it back."""
        english = {**latin_country_names(), **english_names()}  # (Kemboja, Thái Lan)
        # The table file holds all the names are made of from the data, so its sha256
        # stands for them: a new process knows the key without reading the rows.
        key = names_key(NAMED_PLACES, english, self.table_sha) if self.table_sha else \
            names_key(*self._name_inputs(), english)

        def make() -> NameIndex:
            japanese, foreign, titles = self._name_inputs()
            return NameIndex(japanese, self.tokenizer.reading,
                             readings.pinyin_names(foreign) | english, foreign=foreign,
                             titles=titles, hanzi=script_country_names(),
                             chars=kanji_readings("".join(japanese)))

        return kept_as_json(self.cache / f"names-{key}.json", NameIndex.from_state, make,
                            NameIndex.state)

    def _name_inputs(self) -> tuple[list[str], list[str], list[str]]:
        """The names of the data and the gazetteer, the foreign ones, and the titles."""
        v = self.vocab
        japanese = sorted({*v.parties, *v.cities, *NAMED_PLACES, *v.partner_terms})
        titles = [title_key(t) for t in text_column(self.records, "title")]
        return japanese, sorted(v.partner_terms), titles

    @cached_property
    def kana_words(self) -> KanaWords:
        """The readings of the data's words (kana_words.py): made by `build` and kept
        under cache/ (UniDic's reading dictionary is then never loaded by a question)."""
        th, tok = self.thesaurus, self.tokenizer
        key = names_key(KANA_FORMAT, th.key if th else self.table_sha, sorted(QUESTION_WORDS),
                        sorted(STOP_WORDS))  # (what it is made of: a new stop word, a new file)

        def make() -> KanaWords:
            vocabulary = [*self._data_words, *STOP_WORDS]
            return KanaWords.of(vocabulary, tok.reading, lambda w: len(tok.words(w)) == 1,
                                kanji_readings("".join([*vocabulary, *QUESTION_WORDS])))

        return kept_as_json(self.cache / f"kana-{key}.json", KanaWords.from_state, make,
                            KanaWords.state)

    @cached_property
    def homophones(self) -> Homophones:
        """The data's and the grammar's words with each kanji's same-sounding common kanji
        (homophones.py): made by `build` and kept under cache/ (KANJIDIC is never read by
        a question)."""
        th, tok, v = self.thesaurus, self.tokenizer, self.vocab
        grammar = sorted({*QUESTION_WORDS, *STOP_WORDS, *LEVEL_WORDS, *KIND_WORDS})
        key = names_key(HOMOPHONES_FORMAT, th.key if th else self.table_sha, grammar)

        def make() -> Homophones:
            vocabulary = {*self._data_words, *grammar, *v.parties, *v.cities, *v.partner_terms}
            return Homophones.of(vocabulary, tok.reading, kanji_readings("".join(vocabulary)),
                                 common_kanji_readings())

        return kept_as_json(self.cache / f"homophones-{key}.json", Homophones.from_state, make,
                            Homophones.state)

    @cached_property
    def _suffixed_names(self) -> frozenset[str]:
        """The parties and the prefectures, each written with its suffix."""
        return frozenset({*self.vocab.parties, *PREFECTURES})

    @cached_property
    def _data_words(self) -> tuple[str, ...]:
        """The data's words, as the thesaurus lists them (or as tokenised without one): read
        by the kana and homophone tables and the loanwords (one the data writes stays)."""
        th = self.thesaurus
        return tuple(th.listed_words if th else data_words(passages(self.records),
                                                            self.tokenizer))

    @cached_property
    def _data_word_set(self) -> frozenset[str]:
        return frozenset(self._data_words)

    def _loanwords(self, text: str) -> str:
        """Business katakana as the grammar's words (loanwords.py); as written without
        the dictionary."""
        glossary = shared()
        return text if glossary is None else read_loanwords(text, glossary.senses,
                                                            self._data_word_set)

    @cached_property
    def _name_terms(self) -> TermIndex:  # places, parties, partners and countries
        v = self.vocab
        return TermIndex.of(t for t in (*v.parties, *v.cities, *NAMED_PLACES, *v.partner_terms,
                                        *v.place_index.by_key.values(), *COUNTRY_ALIASES)
                            if len(t) >= 2)

    @cached_property
    def _abbreviations(self) -> Abbreviations:  # 外大, 九経連: names in titles and partners
        return Abbreviations(self._partner_text().split("\n"), self._all_text,
                             lambda name: [w.surface for w in self.tokenizer.words(name)])

    @cached_property
    def _by_title(self) -> dict[str, Record]:
        return by_title(self.records)  # (once: a quoted title is looked up in it)

    def read(self, text: str) -> Rewrite:
        """The question with names in the list's form (any script, near misses)."""
        tok = self.tokenizer
        text = own_named(text, lambda name: self.vocab.parties.get(name) or prefecture_of(name))
        # (北九州市…の者です。うちの市の協定: 北九州市の協定)
        text = attributes_named(text, lambda: self._by_title)  # 「…覚書」を結んだ市: 北九州市
        text = read_query_syntax(latin_gloss_dropped(text))  # 分野=水道, GROUP BY 国: Japanese
        text = standard_speech(english_phrases(english_years(text)))  # twenty ten: 2010;
        # predate: before; 結んどる: 結んでいる
        text = from_romaji(text, english_word,  # Kankoku igai no …: かんこく いがい の …
                           lambda w: self.names.latin_name([w])[1] == "romaji",
                           self.kana_words.reads)
        text = self._loanwords(kana_numbers(text))  # にせんじゅうよねん: 2014年; セクター: 分野
        text = joined_names(text, self._name_terms)  # 北 九州市, 中 国: one name
        text = kana_suffixes(text, self._suffixed_names)  # 福岡けんの: 福岡県の
        rw = self.names.rewrite(plain_question(flags_named(text)), lambda w: tok.known(w) or
                                english_word(w) or readings.city_abroad(w)  # support, バンコク
                                or w in REGION_WORDS)  # インドシナ (not インドネシア)
        rw = replace(rw, text=kana_suffixes(rw.text, self._suffixed_names))  # fukuokaけん
        rw = readings.slips_read(old_provinces(rw), self.vocab, tok.reading, tok.known,
                                 self._abbreviations)  # 肥前: 佐賀県・長崎県
        rw = self.homophones.rewrite(rw, tok.common_or_place, tok.cuts)  # 強定の数: 協定
        rw = self.kana_words.rewrite(replace(rw, text=self.kana_words.joined(rw.text)))
        return replace(rw, text=joined_kana(rw.text))  # その うち: そのうち
