"""Old province names (令制国) → the prefectures they are, as a question may name a place
the way its people and its history do: 肥後の自治体 (熊本県), 肥前の協定 (佐賀県と長崎県).

Only the provinces whose land is, today, whole prefectures are read (those of the
ritsuryō system as the Engishiki lists them, 五畿七道): 肥前 is all of 佐賀県 and of 長崎県
but the islands 壱岐 and 対馬, themselves provinces; 出羽 is 山形県 and 秋田県. A province
that is part of a prefecture another shares (筑前, 筑後 and 豊前 of 福岡県; 薩摩 and 大隅 of
鹿児島県) is not read: counting its prefecture's every agreement would state a wrong
total (筑後's municipalities have none in the list, 福岡県's have 22); its name is left
as a word the answer says it did not use. No package ships this table. A province is read
only as a word of its own — followed by の, 国, 地方, a separator or the end, never by
市/町/焼 — and never one that is an everyday word too (日向: ひなた). The answer says how it
read the name. Pure.
"""

from __future__ import annotations

from .lazy_re import pattern
from .rewrite import Rewrite, with_found

OLD_PROVINCES: dict[str, tuple[str, ...]] = {
    "甲斐": ("山梨県",), "信濃": ("長野県",), "下野": ("栃木県",), "近江": ("滋賀県",),
    "越中": ("富山県",), "出羽": ("山形県", "秋田県"), "阿波": ("徳島県",), "讃岐": ("香川県",),
    "伊予": ("愛媛県",), "土佐": ("高知県",), "肥前": ("佐賀県", "長崎県"), "肥後": ("熊本県",),
}
# (after kana only a particle: 土佐と阿波, not やり甲斐)
_PROVINCE = pattern(r"(?<![\u4e00-\u9fff々])(?:(?<![ぁ-ゖ])|(?<=[とやのはがもにでをへ]))("
                    + "|".join(OLD_PROVINCES)
                    + r")(?:国|の国)?(?=の|地方|[、,・/／\s）)」』とや]|$)")


def old_provinces(rw: Rewrite) -> Rewrite:
    """`rw` with each old province named put as its prefectures (肥前 → 佐賀県・長崎県),
    the change noted; one already followed by a prefecture it lies in (肥後の熊本県) is
    only dropped."""
    found: list[tuple[int, int, str, str]] = []
    for m in _PROVINCE.finditer(rw.text):
        prefectures = OLD_PROVINCES[m.group(1)]
        after = rw.text[m.end():].removeprefix("の")
        if after.startswith(prefectures):  # 肥後の熊本県: the prefecture said
            found.append((m.start(), m.end() + (1 if rw.text[m.end():].startswith("の") else 0),
                          "", "province"))
        else:
            found.append((m.start(), m.end(), "・".join(prefectures), "province"))
    return with_found(rw, found)
