"""An agreement named by its title in quotes, and what the question asks of it as a
condition: who signed it («「タイ王国スポーツ公社と北九州市の…覚書」を結んでる市»: 北九州市)
or its partner's country («「長崎県美術館と釜山市立美術館の…協定書」と同じ相手国»: 韓国). The
quoted title with those words is read as the value itself, so the rest of the question
asks about that party or country. Pure: the records are passed in."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from .lazy_re import pattern
from .records import Record
from .text import title_key

# (not the value itself asked: 「…」の相手国はどこ？ is a lookup of that agreement)
_NOT_ASKED = r"(?!\s*(?:は|って|が)\s*(?:どこ|どれ|何|なに|誰|だれ|いずれ|[?？]))"
# 「title」を結んだ自治体 / 市 / ところ, 「title」の自治体: the party that signed it.
_PARTY_OF = pattern(r"「([^「」]{4,120})」\s*(?:を\s*(?:結んだ|結んでる|結んでいる|締結した|"
                    r"締結している|交わした|交わしている)|の)\s*"
                    r"(自治体|市町村|市|町|村|県|ところ|当事者|団体)(?![\u4e00-\u9fff])"
                    + _NOT_ASKED)
# 「title」と同じ相手国, 「title」の相手国: its partner's country.
_COUNTRY_OF = pattern(r"「([^「」]{4,120})」\s*(?:と\s*同じ|の)\s*(?:相手の?国|相手国|国)"
                      r"(?![\u4e00-\u9fff])" + _NOT_ASKED)


def by_title(records: Sequence[Record]) -> dict[str, Record]:
    """The records by their title's key, as attributes_named looks a quoted title up."""
    return {title_key(r.title): r for r in records}


def attributes_named(text: str, titled: Callable[[], Mapping[str, Record]]) -> str:
    """`text` with each quoted title's party or partner country asked read as that value,
    when the title (`titled()`: the records by title, see by_title(); asked for only when
    the text quotes something, so a question with no quote makes no record) is one
    agreement of the list with one party (else as written)."""
    if "「" not in text:
        return text
    by_title = titled()

    def party(m: re.Match[str]) -> str:
        record = by_title.get(title_key(m.group(1)))
        if record is None or len(record.parties) != 1:
            return m.group(0)
        return record.parties[0].name

    def country(m: re.Match[str]) -> str:
        record = by_title.get(title_key(m.group(1)))
        if record is None or not record.country:
            return m.group(0)
        return record.country

    return _COUNTRY_OF.sub(country, _PARTY_OF.sub(party, text))
