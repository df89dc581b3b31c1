"""A turn that corrects the one before it (いや、佐賀県の方。 北九州市じゃなくて長崎県で。
no, I meant Saga): said as the follow-up that replaces a value (では佐賀県は？), so the
last turn's other conditions stay. Pure."""

from __future__ import annotations

import re

from .lazy_re import pattern

# The words that open a correction: no, sorry, I mean.
_OPENING = (r"(?:いや|いえ|いいえ|違う|ちがう|違います|ちがいます|あっ?|ごめん(?:なさい)?|"
            r"すみません|すいません|失礼(?:しました)?|訂正(?:します)?|間違え(?:ました|た)?|"
            r"まちがえ(?:ました|た)?|違った|ちがった|やっぱり|やっぱ|やはり|"
            r"no|sorry|oops|i mean(?:t)?\b|actually)")
_OPENED = pattern(rf"^\s*(?:{_OPENING}[、,。.!！\s]*)+", re.IGNORECASE)
# 北九州市じゃなくて長崎県, 2013年ではなく2011年で: the value meant, after the one said.
_INSTEAD = pattern(r"^\s*[^、。？?]{1,20}?(?:じゃなくて|じゃなく|ではなくて|ではなく|でなく)"
                   r"[、,\s]*([^、。？?]{1,20}?)\s*(?:の(?:方|ほう|間違い|まちがい))?\s*"
                   r"(?:で|だよ|です|でした|の)?\s*"
                   r"(?:お願いします|おねがい)?[。.!！?？]*\s*$")
# 佐賀県の方, the one of Saga; after a correction's opening, the value with で or だった,
# or a name alone (いや、福岡市で; 間違えた、中国だった; ちがう、福岡市): the value meant.
_MEANT = pattern(r"^\s*([^、。？?]{1,20}?)\s*(?:の(?:方|ほう)|のこと|のつもり)\s*"
                 r"(?:で|だよ|です|でした|の)?\s*(?:お願いします)?[。.!！?？]*\s*$|"
                 r"^\s*([^、。？?\s]{1,20}?)\s*(?:で|だった|でした|です|だよ|にして)\s*"
                 r"(?:お願いします|おねがい)?[。.!！?？]*\s*$|"
                 r"^\s*([^\u3041-\u309f、。？?\s]{1,15})[。.!！?？]*\s*$|"  # ちがう、福岡市
                 r"^\s*(?:i )?meant\s+(.{1,30}?)[.!?]*\s*$|"
                 # (i mean) 2016, not 2011: the value meant, the one said after it
                 r"^\s*(?:i\s+)?(?:meant?\s+)?([^,.?!]{1,30}?)\s*,?\s*(?:not|rather than|"
                 r"instead of)\s+[^,.?!]{1,30}[.!]*\s*$", re.IGNORECASE)
# 熊本県の間違いでした, すみません、福岡県の間違いです: the value meant, opened or not.
_MISTAKE = pattern(r"^\s*([^、。？?！!\s]{1,20}?)\s*の\s*(?:間違い|まちがい)"
                   r"(?:でした|です|だった|だ)?[。.!！]*\s*$")


# The value said wrongly, then the one meant: 2003年は2013年の間違いでした, 韓国って
# 言ったけど中国の間違いです, アメリカの間違い、台湾です, 1999年の間違いで1993年.
_MISTAKE_FOR = pattern(r"^\s*[^、。？?！!]{1,20}?\s*(?:は|って|と)\s*(?:(?:言|い|書)(?:った|いた|"
                       r"いました|きました)(?:けど|けれど|が)[、,\s]*)?"
                       r"([^、。？?！!\s]{1,20}?)\s*の\s*(?:間違い|まちがい)"
                       r"(?:でした|です|だった|だ)?[。.!！]*\s*$|"
                       r"^\s*[^、。？?！!\s]{1,20}?\s*の\s*(?:間違い|まちがい)"
                       r"(?:で(?!した|す)[、,。\s]*|(?:でした|です)?[、,。\s]+)(?:正しくは|本当は)?\s*([^、。？?！!\s]{1,20}?)\s*"
                       r"(?:です|でした|だ|だった|で)?[。.!！]*\s*$")


def as_follow_up(turn: str) -> str:
    """`turn` as the follow-up it means when it corrects the last one (では長崎県は？),
    else unchanged."""
    opened = _OPENED.match(turn)
    rest = turn[opened.end():] if opened else turn
    m = _MISTAKE_FOR.match(rest) or _INSTEAD.match(rest) or _MISTAKE.match(rest)
    if m is None and opened is not None:
        m = _MEANT.match(rest)
    if m is None:
        return turn
    value = next(g for g in m.groups() if g)
    return f"では{value.strip()}は？"


# それ以外の分野は？ その他の国は？: the other values of a kind the last turn named.
_OTHERS = pattern(r"^\s*(?:それ|その|これ)\s*(?:以外|ほか|他)\s*の\s*"
                  r"(分野|相手国|国|自治体|年)(.*)$")
_KIND_OF = {"分野": "field", "国": "country", "相手国": "country", "自治体": "party", "年": "date"}


def others_asked(turn: str) -> str | None:
    """The kind of condition (field, country, party, date) whose other values `turn`
    asks for (それ以外の分野は？), if it does."""
    m = _OTHERS.match(turn)
    return _KIND_OF[m.group(1)] if m else None


def others_of(turn: str, labels: tuple[str, ...]) -> str:
    """`turn` with the last turn's values of that kind said (環境以外の分野は？)."""
    m = _OTHERS.match(turn)
    if m is None or not labels:
        return turn
    return f"{'・'.join(labels)}以外の{m.group(1)}{m.group(2)}"
