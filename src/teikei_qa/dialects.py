"""Kyushu speech in standard Japanese, for the words a question's reader needs: the list is
Kyushu's, and its people ask as they speak (博多・長崎・熊本・佐賀・鹿児島).

    どん国と一番多く結んどっとけ？  → どの国と一番多く結んでいるのけ？
    どげんとがあっと？            → どんなのがあるの？
    なんぼあると？                → いくつあるの？
    中国のが多かと？              → 中国のが多いと？
    どこでもよかよ                → どこでもいいよ

Only the grammar that changes what is asked: the question words (どん = どの, どげん・どがん・
どぎゃん = どんな, なんぼ = いくつ), the progressive (〜とる・〜どる = 〜ている・〜でいる), the
adjective's ending (多か = 多い, 少なか = 少ない, よか = いい) and ある before a question's
end (あっと, あると). Sentence-final particles (ばい, たい, と？, けん) change nothing asked and
are left as they are. No library carries these forms (the package lists have none); they
are the textbook grammar of the Kyushu dialects (九州方言), a few rules, not a word list.
Pure.
"""

from __future__ import annotations

import re

from .lazy_re import pattern

_END = r"(?=\s*(?:[?？。、!！]|$|ね|ばい|たい|よ|と[?？]|け[?？]|かな|なあ|な[?？]))"
# どん国, どん分野, どんくらい: どの (never どんな, どんどん).
_WHICH = pattern(r"(?<![どうお])どん(?=\s*(?:県|国|市|町|村|分野|自治体|年|相手|協定|都市|大学|"
                 r"地域|くらい|ぐらい|位|方|ほう|とこ|辺))")
# どげんと, どがんな, どぎゃんもの: どんな (a kind asked).
_WHAT_KIND = pattern(r"(?<![なほよ])ど(?:げ|が|ぎゃ)ん(?:な|ん)?(?:(と)(?=\s*(?:が|は|を|[?？]|$))|"
                     r"(?=\s*(?:と|の|もの|協定|[一-龥ァ-ヴ])))")
_HOW_MANY = pattern(r"なんぼ(?:う)?(?!\s*(?:でも|なんでも))")
# 結んどる, 結んどった, 結んどらん; 持っとる, 結ばれとる, 出しとる: the progressive.
# (not 福岡市にとって, みどり: no に before, no り after)
_PROGRESSIVE = pattern(r"(?<=[んっれしいけせちみりきぎびえめね])(?<!受け)(?<!聞き)(?<!書き)"
                       r"(?<!読み)(?<!引き)(?<!抜き)(?<!乗っ)(と|ど)(る|った|っと|らん|らな)(?!ー)")
# (受けとった, 聞きとった: 取る; ふくおかしとるーまにあ: a loanword)
_PROGRESSIVE_AS = {"る": "いる", "った": "いた", "っと": "いるの", "らん": "いない",
                   "らな": "いな"}
_ADJECTIVE = pattern(r"(多|少な|よ|新し|古|早)か(?=\s*(?:と|っ?たい|ばい|ね|よ|けど|[?？。、]|$))")
_EXISTS = pattern(r"あっと" + _END + r"|あると(?=\s*(?:[?？]|$|ね|かな))")


def standard_speech(text: str) -> str:
    """`text` with the Kyushu forms above in standard Japanese."""
    if not re.search(r"[ぁ-ゖ]", text):
        return text
    text = _WHICH.sub("どの", text)
    text = _WHAT_KIND.sub(lambda m: "どんなの" if m[1] else "どんな", text)
    text = _HOW_MANY.sub("いくつ", text)
    text = _PROGRESSIVE.sub(lambda m: ("て" if m[1] == "と" else "で") + _PROGRESSIVE_AS[m[2]],
                            text)
    text = _ADJECTIVE.sub(lambda m: "いい" if m[1] == "よ" else m[1] + "い", text)
    return _EXISTS.sub("あるの", text)
