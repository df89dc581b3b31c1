"""Who is asking, when the question says so first (北九州市上下水道局の者です。, 長崎県国際課
でございます。), and the writer's own words for that organisation after it: うちの市, 当市,
弊市, 本県, わが県, 私どもの町, 県内の市町村. Those are read as its name (北九州市, 長崎県;
本県 from a city's staff: the city's prefecture), and the sentence that introduced the
writer is then dropped: it asks nothing. Pure: the prefecture of a party is passed in."""

from __future__ import annotations

import re
from collections.abc import Callable

from .gazetteer import PREFECTURES
from .lazy_re import pattern

# The writer's organisation said first: a prefecture or municipality at the head of a
# sentence of self-introduction (…の者です, …課でございます, …の担当です, …職員ですが、).
_INTRO = pattern(r"^\s*(?:こちらは|私は|わたくしは|わたしは|僕は)?\s*"
                 r"([\u4e00-\u9fff]{1,10}?[都道府県市町村])(?:役所|役場|庁)?"
                 # (no particle of a question: 北九州市の協定は何件ですか。 introduces no one)
                 r"[^。？?！!\nはがを何]{0,24}?"
                 r"(?:(?:の者|職員|担当者?|課員|(?<!関)係員?)\s*(?:です|でございます)?|でございます|"
                 r"と申します|です)(?:が)?\s*[。！!、,]\s*")
# The writer's own organisation named by its level or its office (うちの市, 私どもの町,
# 弊市, 本県, わが県, 当市; うちの局: the organisation too).
_OWN = pattern(r"(?:うち|ウチ|私ども|わたくしども|私たち|わたしたち|我々|われわれ|自分たち)の\s*"
               r"(市役所|町役場|村役場|県庁|自治体|役所|役場|市|町|村|県|局|課|部|ところ)|"
               r"(?<![\u4e00-\u9fff])(?:当|本|弊|我が|わが|我等が)\s*(市|町|村|県|庁)"
               r"(?!(?!内)[\u4e00-\u9fff])|"
               # うちが結んだ, うちと福岡市: the organisation as the subject
               r"(?<![ぁ-んァ-ン\u4e00-\u9fff])(?:うち|ウチ)(?=\s*(?:が|は|と|も)(?!\s*[、,]))")
# 県内の市町村, 県内市町村別 with no prefecture named before it: the writer's prefecture's.
_PREFECTURE_INSIDE = pattern(r"(?<![\u4e00-\u9fff])県内")
_PREFECTURE_WORDS = ("県", "県庁")
_KANJI_HEAD = pattern(r"[\u4e00-\u9fff]{1,12}")
_PREFECTURE_FIRST = pattern(r"^(?:北海道|東京都|京都府|大阪府|[\u4e00-\u9fff]{2,3}県)"
                            r"(?=[\u4e00-\u9fff]+[市町村]$)")


def _named_whole(intro: str, shortest: str) -> str:
    """The organisation's name as introduced: the longest run of kanji at the head ending
    in a level's word (太宰府市, not 太宰府 cut at 府; 京都市, not 京都), a prefecture written
    before a municipality dropped (福岡県北九州市 → 北九州市)."""
    start = intro.index(shortest)
    run = _KANJI_HEAD.match(intro, start)
    head = run.group(0) if run else shortest
    longest = max((head[:i] for i in range(len(shortest), len(head) + 1)
                   if head[i - 1] in "都府県市町村" or head[:i] == "北海道"),  # (not 上下水道)
                  key=len, default=shortest)
    inner = _PREFECTURE_FIRST.match(longest)
    return longest[inner.end():] if inner and inner.end() < len(longest) else longest


def own_named(text: str, prefecture_of: Callable[[str], str | None]) -> str:
    """`text` with the writer's words for their own organisation read as its name and the
    self-introduction dropped, where the first sentence introduces the writer; else as is."""
    intro = _INTRO.match(text)
    if intro is None:
        return text
    speaker = _named_whole(intro.group(0), intro.group(1))
    prefecture = speaker if speaker in PREFECTURES or speaker.endswith(("県", "都", "府")) \
        else prefecture_of(speaker)
    rest = text[intro.end():]

    def named(m: re.Match[str]) -> str:
        level = m.group(1) or m.group(2) or ""
        if level in _PREFECTURE_WORDS or level == "庁" and speaker == prefecture:
            return prefecture or m.group(0)  # (当庁 of a city's staff: the city)
        return speaker

    said = _OWN.sub(named, rest)
    if prefecture:
        said = _PREFECTURE_INSIDE.sub(f"{prefecture}内", said)
    return said if said != rest else text
