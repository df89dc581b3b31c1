"""The words of a question no condition used: organisation names found in the titles,
topic words (the executor narrows or ranks by them), and which of those the question
excludes (大学以外, 大学・博物館を除く). Pure: the tokenizer's words are passed in."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .grammar import COORDINATION, compounds
from .kinds import ORG_SUFFIXES
from .lazy_re import pattern
from .tokenize import STOP_WORDS, Word, fuzzy_key
from .vocab import Vocabulary, free

AGREEMENT_SUFFIX = pattern(r"(協定書|協定|覚書|合意書|協議書|提携|連携|締結|交流|案件)+$")
ORG_SUFFIX = pattern(r"(委員会|大学校|大学|博物館|博物院|美術館|記念館|財団|公社|協会|連合会|"
                     r"研究所|センター|局|庁|省|館|院|部|会議所)$")
_KATAKANA = pattern(r"^[ァ-ヴー・]{2,}$")
_ASKED_TAIL = pattern(r"(件数|数|関係|関連|がらみ|絡み|一覧表?|リスト)$")
# An aspect said of a subject (研究面, 技術面, 資金面): the subject (not 方面, 表面).
_ASPECT = pattern(r"(?<=[\u4e00-\u9fff]{2})(?<!方)面$")
_MASK = "、"
# A kind's own word alone (ミュージアム) names no body: it is a topic, as 博物館 is.
_KIND_ALONE = frozenset(s for s, _ in ORG_SUFFIXES)


def leftovers(text: str, spans: list[tuple[int, int]], vocab: Vocabulary,
               words: Callable[[str], Sequence[Word]]) -> tuple[list[str], list[str]]:
    """Words no condition used: organisation names found in titles, and topic words."""
    names: list[str] = []
    topic: list[str] = []
    # (a used word masked by a mark, not a space MeCab drops: 協定はみんな博物館 leaves
    # 協定 and 博物館, not the compound 協定博物館)
    masked = "".join(_MASK if not free(spans, i, i + 1) else ch for i, ch in enumerate(text))
    for compound in compounds(words(masked)):
        # (水道案件一覧, 環境協定リスト: a headline's subject before what it asks)
        core = AGREEMENT_SUFFIX.sub("", _ASKED_TAIL.sub("", compound))
        core = re.sub(r"^(そのうち|うち)|(以外|除外)$", "", core)  # grammar, not a subject
        # 美術館相手, 大学相手先 (a note's 体言止め): the partner said to be one
        core = re.sub(r"(?<=.)(?:相手|相手先|相手方)$", "", core)
        core = _ASPECT.sub("", core)  # 研究面での協力: research, the aspect of it
        if not core or core in STOP_WORDS or compound in STOP_WORDS or _stop_words_only(core):
            continue
        if len(core) <= 2 and all("\u3041" <= ch <= "\u309f" for ch in core) and \
                not _lone_noun(core, words, "一般"):
            continue  # a stray hiragana pair (the tail of a masked word); not ごみ
        if len(core) < 2 and not core.isascii() and (
                not _lone_noun(core, words) or text.count(core) > 1):
            continue  # a stray kanji (県 of a masked name), or said in a word (上下水道と水)
        whole = _with_place_before(text, masked, compound, core)
        if whole and fuzzy_key(whole) in vocab.names_blob:
            _add(names, whole)  # 長崎県美術館: the body so named, not any 美術館
        elif is_name(core) and len(key := fuzzy_key(core)) >= 3 and key in vocab.names_blob:
            _add(names, core)
        else:
            _add(topic, core)
    if any(len(w) > 1 for w in topic):  # one kanji is the subject only when it is alone,
        # or one of words listed together (魚や海の資源: 魚 and 海 too)
        topic = [w for w in topic if len(w) > 1 or w.isascii() or _listed(text, w)]
    return names, topic


_LISTED_AFTER = pattern(r"\s*(?:や|とか|・)\s*[\u4e00-\u9fff]")
_LISTED_BEFORE = pattern(r"[\u4e00-\u9fff]\s*(?:や|とか|・)\s*$")


def _listed(text: str, word: str) -> bool:
    """Whether `word` is said in a list of words (魚や海, 海や魚)."""
    at = text.find(word)
    return at >= 0 and bool(_LISTED_AFTER.match(text[at + len(word):]) or
                            _LISTED_BEFORE.search(text[:at]))


_NAME_RUN = pattern(r"[一-龥々ァ-ヴー]+$")


def _with_place_before(text: str, masked: str, compound: str, core: str) -> str | None:
    """An organisation's name whose first words another condition took (長崎県 of
    長崎県美術館, 長崎 of 長崎歴史文化博物館: the party): the whole name, written as one
    run of kanji or katakana, when it is one (美術館 alone is any museum)."""
    at = masked.find(compound)
    if at <= 0 or masked[at - 1] != _MASK or not text.startswith(core, at):
        return None
    start = at
    while start > 0 and masked[start - 1] == _MASK:
        start -= 1
    run = _NAME_RUN.search(text[start:at])
    whole = run.group(0) + core if run else ""
    return whole if run and is_name(whole) else None


def _stop_words_only(word: str) -> bool:
    """A compound of the grammar's words alone (全部リスト of 全部リストにして, 一覧表示); a
    word in Latin letters is one word (AI is no a + i)."""
    if word.isascii():
        return False
    whole = [True] + [False] * len(word)
    for i in range(len(word)):
        if whole[i]:
            for j in range(i + 1, len(word) + 1):
                whole[j] = whole[j] or word[i:j] in STOP_WORDS
    return whole[-1]


def excluded_words(text: str, words: Sequence[str], excluded_elsewhere: Sequence[str],
                   excluded: Callable[[int, int], bool]) -> list[str]:
    """The words the question excludes: each followed by 以外/を除く (or after except),
    and each joined by と, や, ・, 、, and, or to a word excluded after it (大学と博物館を除く,
    大学・博物館・行政機関以外: 行政機関 is another condition's word, excluded there)."""
    found = sorted((at, at + len(w), w) for w in words if (at := text.find(w)) >= 0)
    out: list[str] = []
    after: list[tuple[int, bool]] = [(at, True) for w in excluded_elsewhere
                                     if w and (at := text.find(w)) >= 0]
    for a, b, w in reversed(found):
        nxt = min(((at, ex) for at, ex in after if at >= b), default=None)
        if excluded(a, b) or nxt is not None and nxt[1] and COORDINATION.match(text[b:nxt[0]]):
            out.append(w)
            after.append((a, True))
        else:
            after.append((a, False))
    return out[::-1]


# One kanji that ends names, counts and dates (県, 件, 年) or asks of numbers (差, 倍, 計):
# no subject alone.
_NO_SUBJECT_KANJI = frozenset([*"件年月日県市町村国都府区者数分的等方中内外間後前他次側名度回様"
                               "館院局庁省差倍計和割率順量額点位", "くに"])


def _lone_noun(core: str, words: Callable[[str], Sequence[Word]], detail: str = "") -> bool:
    """A short word that is a common noun of its own (水, 魚; ごみ, of `detail` 一般, not
    あと or なか), not a piece of a name."""
    ws = words(core)
    return len(ws) == 1 and ws[0].surface == core and ws[0].pos == "名詞" and \
        ws[0].sub == "普通名詞" and core not in _NO_SUBJECT_KANJI and \
        (not detail or ws[0].detail == detail)


def _add(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


def is_name(core: str) -> bool:
    """A proper name: katakana, or an organisation (教育委員会, ブラド美術館)."""
    if _KATAKANA.match(core):
        return core not in _KIND_ALONE
    m = ORG_SUFFIX.search(core)
    return m is not None and len(core) > len(m.group(0)) + 1
