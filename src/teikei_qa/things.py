"""A place's name that is the start of a thing's name, not a party: 東京五輪, 大阪万博,
tokyo olympics, 九州大学, 九州経済連合会. Pure."""

from __future__ import annotations

from .lazy_re import pattern
from .tokenize import STOP_WORDS
from .vocab import Vocabulary

_RUN_ON = pattern(r"[\u4e00-\u9fff\u30a1-\u30fa]|"
                  r" (?:\d{4} )?(?!Metrop|Prefect|City|Town)([A-Za-z][a-z]+)|"
                  r" \d{4} (?!city|town|prefecture)([a-z]+)|"  # Tokyo 2020 camps
                  r" (?:19|20)\d{2}(?=\s*[?？.!,]|\s*$)")  # ahead of Tokyo 2020?
# An organisation's name run on from the place's (九州大学, 九州経済連合会, 北九州市立大学).
_ORG_AFTER = pattern(r"[\u4e00-\u9fffァ-ヴー]{0,6}?(?:大学校|大学|連合会|協会|銀行|電力|機構|"
                     r"財団|研究所|センター|新聞)")


def names_a_thing(text: str, term: str, b: int, vocab: Vocabulary) -> bool:
    """東京五輪, 大阪万博, 東京 Olympics (tokyo olympics): a place without its suffix run
    into the noun after it names a thing, not a party — when no party of the data is in
    that place (長崎 in 長崎歴史文化博物館 stays 長崎県: the data has its agreements)."""
    if _ORG_AFTER.match(text, b):  # 九州大学, 九州経済連合会: an organisation's name
        return True
    run_on = _RUN_ON.match(text[b:b + 20])
    if term[-1:] in "都道府県市町村区" or not run_on or (
            run_on[1] or run_on[2] or "").lower() in STOP_WORDS:
        return False
    return not any(v in vocab.present for v in vocab.place_values(term))
