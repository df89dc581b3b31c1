"""Topic words on top of conditions (長崎県が結んだ博物館との協定): which of them are
one condition (words joined by や, と, か: either), and which only name an alternative to
a condition or an example of it, narrowing nothing. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .asked import TALLY_ASKED
from .conditions import NEAR, Filter, Plan
from .grammar import ACRONYM, ALTERNATIVES, RELATED_MARK
from .lazy_re import pattern
from .text import HIRAGANA_ONLY, has_japanese

# Words for any partner at all: topic words joined to one (都市や大学・博物館) narrow nothing.
_ANY_PARTNER = ("都市", "自治体", "団体", "機関", "組織", "市", "町", "州", "省")
_OR = r"\s*(?:や|・|または|とか|or)\s*"
# …大学・博物館も含めて, を含めて: included besides (not 留学を含むもの: those holding it).
_INCLUDED = pattern(r"^[^。？?]{0,4}?(?:も含(?:め|む|んで|まれ)|を?含め)|"
                    r"^\s*(?:are\s+|too\s+|as well\s+)?(?:included|too|as well)\b",
                    re.IGNORECASE)  # (universities and museums included)
_INCLUDING = pattern(r"\b(?:including|incl\.|as well as)\s*$", re.IGNORECASE)
_OR_LIST = r"\s*(?:や|・|、|,|または|とか|or)\s*"  # 大学や美術館、市など: a list of kinds
_EXAMPLES_AFTER = pattern(r"\s*(?:など|なんか|なんぞ|等|とか)(?:と|の|を|で|に|、)")
# Examples of a condition's word: 協会や連合会みたいな民間団体, 大学のような機関.
_SUCH_AS = r"\s*(?:みたいな|みたいの|のような|などの|等の|といった|とかの|like)\s*"


def topic_groups(text: str, words: Sequence[str],
                 joined: Sequence[Sequence[str]] = ()) -> list[tuple[str, ...]]:
    """Topic words in the order written, those joined by や, と, か, とか, 、 or "or"
    grouped, and those an earlier turn joined so (`joined`: Plan.joined)."""
    groups: list[list[str]] = []
    last_end = None
    for word in words:
        at = text.find(word)
        if groups and (last_end is not None and at >= last_end and
                       ALTERNATIVES.match(text[last_end:at]) or
                       any(word in j and all(w in j for w in groups[-1]) for j in joined)):
            groups[-1].append(word)
        else:
            groups.append([word])
        last_end = at + len(word) if at >= 0 else None
    return [tuple(g) for g in groups]


def alternative(text: str, group: Sequence[str], filters: Sequence[Filter]) -> bool:
    """Topic words joined by や, ・ or "or" to a condition's own word or to a word for any
    partner are alternatives to it (学校や教育関係: the 教育 field or a school), and words
    given as examples of it (協会や連合会みたいな民間団体) are instances: not a narrowing."""
    start = text.find(group[0])
    end = text.find(group[-1]) + len(group[-1])
    if start < 0 or end < len(group[-1]):
        return False
    def joined(w: str, sep: str, tail: str = "") -> bool:
        return bool(re.search(re.escape(w) + sep + "$", text[:start]) or
                    re.match(sep + re.escape(w) + tail, text[end:]))

    # 市 of 市など, not of 市場: a word for any partner stands alone; (…大学・博物館も
    # 含めて): words the question says are included besides, not instead
    # 釜山の大学や美術館なんかと: examples of the place's partners, the place the condition
    place_examples = len(group) > 1 and bool(_EXAMPLES_AFTER.match(text[end:])) and any(
        text[:start].rstrip().endswith(w + "の") for f in filters
        if f.kind == "partner" and not f.exclude for w in f.words if w)
    return place_examples or any(joined(w, _OR) or re.match(_SUCH_AS + re.escape(w), text[end:])
                                 for f in filters for w in f.words if w) or \
        any(joined(w, _OR_LIST, r"(?![一-龥])") for w in _ANY_PARTNER) or \
        bool(_INCLUDED.match(text[end:]) or _INCLUDING.search(text[:start]))


def table_of_words(plan: Plan, ignored: Sequence[str]) -> bool:
    """Whether a table of groups is asked of agreements a description picks, its words
    held by no row as written (焼き物の団体と仲良くしているところはどこ), rather than of
    every row the conditions leave: not when the table itself is asked for (県別に, 集計)
    or its largest group (一番多いのはどこ), where other words say what it is for
    (調べものの参考に)."""
    return plan.operation == "aggregate" and not plan.top and bool(ignored) and \
        set(ignored) == set(plan.topic) and not TALLY_ASKED.search(plan.text)


# A word in the clause that describes the agreements, up to the noun it modifies (災害の
# ときに助け合う協定を結んでいるところ): what a table of places is asked of.
_DESCRIBES_AGREEMENT = pattern(r"[^、。,，？?！!\s]{0,16}?(?:協定|取り決め|取決め|覚書|提携)")


def describing_words(text: str, words: Sequence[str]) -> list[str]:
    """Those of `words` (Japanese) said in the clause before the agreements a table is
    asked of, with no break between (災害のときに助け合う協定を結んでいるところは), or marked
    as what they are about (`about_words`)."""
    return [w for w in words if w in about_words(text, [w]) or has_japanese(w) and
            not _RELATION.fullmatch(w) and (at := text.find(w)) >= 0 and
            _DESCRIBES_AGREEMENT.match(text[at + len(w):])]


# A word said as what the agreements are: ロケットの協定, 宇宙開発の覚書.
_OF_AGREEMENT = pattern(r"\s*の\s*(?:協定|取り決め|取決め|覚書|提携|協議書|合意書)")


def subject_words(text: str, words: Sequence[str]) -> list[str]:
    """Those of `words` said as the agreements' subject, marked as such (`about_words`:
    恐竜に関する) or right before の協定 (ロケットの協定を国別に数えて) — written with a
    kanji or katakana (not たくさん), never a word of quantity or relation."""
    return [w for w in words if w in about_words(text, [w]) or not HIRAGANA_ONLY.fullmatch(w)
            and has_japanese(w) and not _RELATION.search(w) and (at := text.find(w)) >= 0 and
            _OF_AGREEMENT.match(text, at + len(w))]


# Words of quantity or relation, never a subject (2か国以上の国と協定を結んでいる自治体).
_RELATION = pattern(r"以上|以下|未満|以外|以降|以前|以後|前後|程度|くらい|ぐらい|"
                    r"多く|多数|少な|複数|沢山")


def about_words(text: str, words: Sequence[str]) -> list[str]:
    """Those of `words`, Japanese as written, the question marks as what its agreements
    are about: 恐竜に関する協定, 恐竜関係の, 恐竜がらみの. Not words said around the
    question (理由も教えて, 正確に), nor one that only modifies a condition's word
    (役所の協定, 台湾南部の都市, 有田焼の町: a word in a name, a typo, a part), nor an
    English word but an acronym (AI関連), as the dense leg reads English."""
    out = []
    for word in words:
        at = text.find(word)
        if at >= 0 and (has_japanese(word) or ACRONYM.match(word)) and \
                RELATED_MARK.match(text[at + len(word):]):
            out.append(word)
    return out


def narrowed_to(plan: Plan, ignored: Sequence[str], titles: Sequence[str]) -> Plan:
    """`plan` of just the agreements titled `titles` (those `ignored` words clearly
    match), named in the answer by the words: 「焼き物」「仲良く」に近い協定."""
    near = Filter(NEAR, "title", tuple(titles), words=tuple(ignored),
                  label="「" + "」「".join(ignored) + "」に近い")
    return replace(plan, filters=(*plan.filters, near), topic=())
