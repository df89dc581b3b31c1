"""Questions typed in romaji (Kankoku igai no Nagasaki-ken no kyoutei wa nanken?): their
Japanese words put in hiragana, so that the kana layer (kana_words.py) and the grammar
read them as they read a question typed in kana (かんこく いがい の … → 韓国以外の…).

A question is read so when most of its Latin words are romaji: words jaconv
(`alphabet2kana`, Hepburn and Kunrei spellings) turns into kana whole, that are not
English (JMdict's glosses, glossary.english_word) and not a name the list knows in
Latin letters (Nagasaki, Busan: the name layer reads those as they are), and when a
particle, such a name or a word that reads as the data's says it is Japanese. An English
question naming places (How many agreements does Kitakyushu have?), or a near miss of a
name alone (Syanghai), is left as written.
Particles are written as said (wa: は, wo and o: を, e: へ); a macron doubles its vowel
(kyōtei: きょうてい); n before y and a vowel after a vowel is ん (bunya: ぶんや, as
Hepburn's bun'ya). Pure: the English and name tests are passed in."""

from __future__ import annotations

from collections.abc import Callable

import jaconv

from .lazy_re import pattern
from .text import HIRAGANA_ONLY

_LATIN_WORD = pattern(r"[A-Za-zĀāĪīŪūĒēŌōÂâÎîÛûÊêÔô]+(?:['’][A-Za-z]+)*")
_PARTICLES = {"wa": "は", "wo": "を", "o": "を", "e": "へ"}
_MACRONS = str.maketrans({"ā": "aa", "ī": "ii", "ū": "uu", "ē": "ee", "ō": "ou",
                          "â": "aa", "î": "ii", "û": "uu", "ê": "ee", "ô": "ou"})
_N_BEFORE_Y = pattern(r"(?<=[aeiou])n(?=y[aeiou])")
# A word of Japanese syllables in Hepburn or Kunrei spelling: a consonant (doubled for a
# small っ) and a vowel, or n (n' before a vowel).
_SYLLABLES = pattern(r"^(?:(?:kk|gg|ss|zz|tt|dd|hh|bb|pp|mm|rr|ff|cch|tch|ssh)?"
                     r"(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|dy|zy|sy|ty|j|k|g|s|z|t|d|n|h|b|p|m|"
                     r"y|r|w|f|v)?[aeiou]|n(?![aeiouy])|n')+$")
# Two hiragana words of up to three letters spaced apart (その うち, の なか).
_KANA_SPACE = pattern(r"(?<![ぁ-ゖ])([ぁ-ゖ]{1,3})[ \u3000]+(?=[ぁ-ゖ]{1,3}(?![ぁ-ゖ]))")
# Two Latin words joined by a hyphen: one word (nan-ken: nanken), unless the first is a
# name and the second its suffix (Nagasaki-ken, for the name layer).
_HYPHENED = pattern(r"([A-Za-z]+)-(?=([A-Za-z]+))")
_SHORT_VOWEL = pattern(r"[ou](?![aeiou])")
# Particles and endings that make a question Japanese however short (Chugoku dake).
_JOINING = frozenset({"no", "wa", "ga", "wo", "ni", "de", "to", "mo", "ka", "ya", "dake",
                      "igai", "nomi", "made", "kara"})
SHORT = 2  # words this short (no, to, ga) are particles: they decide nothing


def kana_of(word: str) -> str | None:
    """`word` in hiragana when it is romaji whole (kyoutei: きょうてい), else None."""
    plain = _N_BEFORE_Y.sub("n'", word.casefold().translate(_MACRONS))
    if not _SYLLABLES.match(plain):  # Aug, Prado, prefecture: not Japanese syllables
        return None
    kana = jaconv.alphabet2kana(plain).replace("'", "")
    return kana if HIRAGANA_ONLY.fullmatch(kana) else None


def _long_vowels(word: str) -> list[str]:
    """`word` with a long o or u its romaji left out put in (kankyo: kankyou, chugoku:
    chuugoku), at up to three places, fewest first."""
    spots = [m.end() for m in _SHORT_VOWEL.finditer(word)][:3]
    out = []
    for mask in sorted(range(1, 2 ** len(spots)), key=lambda m: (bin(m).count("1"), m)):
        longer = word
        for k in reversed(range(len(spots))):
            if mask >> k & 1:
                longer = longer[:spots[k]] + "u" + longer[spots[k]:]
        out.append(longer)
    return out


def read_kana(word: str, reads: Callable[[str], bool]) -> str | None:
    """The hiragana of a romaji word: as spelled, or with a long vowel put in where only
    that spelling `reads` as a word (kyotei: きょうてい); None when it is not romaji."""
    kana = kana_of(word)
    if kana is None or len(word) <= SHORT or reads(kana):  # to: と, never とう
        return kana
    return next((k for w in _long_vowels(word.casefold()) if (k := kana_of(w)) and reads(k)),
                kana)


def from_romaji(text: str, english: Callable[[str], bool], name: Callable[[str], bool],
                reads: Callable[[str], bool] = lambda kana: False) -> str:
    """`text` with its romaji words in hiragana, when its Latin words of more than SHORT
    letters that are not names are mostly romaji and not English (or one such word with a
    particle: Fukuoka-shi no kyoutei); else as written. A name joined to its suffix by a
    hyphen (Nagasaki-ken, Fukuoka-shi) stays whole for the name layer; every other word
    that is romaji is put in hiragana, English-looking or not (nan-ken, made)."""
    said, text = text, _HYPHENED.sub(lambda m: m[0] if name(m[1]) else m[1], text)  # nanken
    words = list(_LATIN_WORD.finditer(text))
    named = {m.start() for m in words if name(m.group(0))}
    for a, b in zip(words, words[1:], strict=False):  # Nagasaki-ken: the suffix with it
        if a.start() in named and text[a.end():b.start()] == "-":
            named.add(b.start())
    long_words = [m.group(0) for m in words if len(m.group(0)) > SHORT and
                  m.start() not in named]
    romaji = [w for w in long_words if kana_of(w) and not (english(w) or
                                                            english(w.casefold()))]
    particle = any(m.group(0).casefold() in _JOINING for m in words)
    if not romaji or len(romaji) * 2 < len(long_words) or \
            len(romaji) < 2 and not particle and len(romaji) < len(long_words):
        return said
    # A particle, a name the list knows in romaji (sono uchi Kankoku) or some word read as
    # the data's or the grammar's: the question is Japanese, and its other romaji words
    # too (itsu, musubareta); else those are a name (or a near miss of one: Syanghai,
    # indonesa), left in Latin for the name layer.
    kana_of_word = {m.start(): _PARTICLES.get(m.group(0).casefold()) or
                    read_kana(m.group(0), reads) for m in words}
    japanese = particle or bool(named) or any(
        len(m.group(0)) > SHORT and (k := kana_of_word[m.start()]) and reads(k)
        for m in words if m.start() not in named)
    if not japanese:
        return said  # (Non-Chinese agreements of Nagasaki Prefecture: as written)
    out, last = [], 0
    for m in words:
        kana = kana_of_word[m.start()]
        if m.start() in named or kana is None:
            continue
        # nan-ken, 2010-nen: the hyphen only joins the word to what is before it
        start = m.start() - 1 if text[m.start() - 1:m.start()] == "-" else m.start()
        out += [text[last:start], kana]
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def joined_kana(text: str) -> str:
    """The space between two short hiragana words taken out (その うち → そのうち): the
    grammar's phrases a romaji or kana question spaces out. Run after the kana layer has
    read the runs one by one; longer words keep their spaces (retrieval cuts them so)."""
    return _KANA_SPACE.sub(r"\1", text)
