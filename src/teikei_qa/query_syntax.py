"""Conditions typed as a query language, read as the grammar's Japanese: a filter's
column and value (分野=水道, 締結年 >= 2010, 自治体名 <> 福岡市, 国 IN (タイ, ベトナム),
分野 LIKE '%教育%', 締結年 BETWEEN 2001 AND 2004), SQL's clauses (SELECT … FROM … WHERE,
COUNT(*), GROUP BY 国, ORDER BY 締結日 DESC LIMIT 3) and a spreadsheet's functions
(COUNTIF(分野, "*経済*"), COUNTA, MAX). The columns are the list's own (its heading:
自治体名, 協定名, 協定締結先(国・地域名/都市名), 分野, 概要(骨子、締結年等)) and the names a
table of it would give them (country, signing_year). Pure text to text."""

from __future__ import annotations

import re

from .lazy_re import pattern

# A column's names → what it is. (締結先 is the partner, 国 its country.)
_COLUMNS = {
    "field": r"分野欄?|分野名|fields?|sectors?|categor(?:y|ies)",
    "country": r"(?:相手|締結先の|提携先の?|相手先の)?国(?:名|・地域)?|countr(?:y|ies)|"
               r"partner_?country",
    "partner": r"(?:協定)?締結先|相手先|提携先|相手|partners?|partner_?city",
    "prefecture": r"都道府県|prefectures?",
    "party": r"自治体名?|締結自治体|municipalit(?:y|ies)|part(?:y|ies)",
    "year": r"(?:締結|調印)?年|(?:signing|signed|sign)_?years?|years?|"
            r"YEAR\s*\(\s*(?:締結日|signed_on|signing_date|date)\s*\)",
    "date": r"(?:締結|調印)日|日付|signed_on|signing_date|dates?",
    "title": r"協定名|名称|titles?|names?",
}
_COLUMN = "|".join(f"(?P<{k}>{v})" for k, v in _COLUMNS.items())
# a value: quoted, or bare (South Korea: capitalised words together)
_VALUE = (r"[\"'「『]?\s*[%*]?\s*([A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)+|"
          r"[^\s\"'」』%*,、()（）;；]+?)\s*[%*]?\s*[\"'」』]?")
_OP = r"(==|=|＝|<>|!=|≠|<=|≦|>=|≧|<|＜|>|＞|\b(?:NOT\s+LIKE|LIKE)\b)"
# column OP value (分野=水道, 締結年 >= 2010, 自治体名 <> 福岡市, 分野 LIKE '%教育%')
_COMPARED = pattern(rf"(?i:(?<![A-Za-z0-9_])(?:{_COLUMN})\s*{_OP}\s*{_VALUE}"
                    r"(?=$|\s|[,、。;；)）?？]|の|に|で|を|は|が|と|AND\b|OR\b))")
# column BETWEEN a AND b
# (BETWEEN, AND, IN as SQL writes them: not the English between 1999 and 2016)
_BETWEEN = pattern(rf"(?i:{_COLUMN})\s+BETWEEN\s+{_VALUE}\s+AND\s+{_VALUE}(?=$|\s|[,、。;；)）]|"
                   r"に|の|で)")
# column [NOT] IN (a, b, c)
_IN = pattern(rf"(?i:{_COLUMN})\s+(NOT\s+)?IN\s*[(（]([^)）]+)[)）]")
# COUNTIF(column, "value"): how many with it.
_COUNTIF = pattern(rf"(?i:=?\s*COUNTIFS?\s*[(（]\s*(?:{_COLUMN})\s*[,、]\s*{_VALUE}\s*[)）])")
_GROUP_BY = pattern(rf"(?i:\bGROUP\s+BY\s+(?:{_COLUMN}))")
_ORDER_BY = pattern(rf"(?i:\bORDER\s+BY\s+(?:{_COLUMN}|\d+)\s*(ASC|DESC)?"
                    r"(?:\s+LIMIT\s+(\d+))?)")
_LIMIT = pattern(r"(?i:\bLIMIT\s+(\d+))")
_SELECT = pattern(r"(?i:\bSELECT\b.*?\bFROM\s+\w+\s*(?:\bWHERE\b)?)")
_WHERE = pattern(r"(?i:\bWHERE\b)")
_COUNT = pattern(r"(?i:\bCOUNT\s*[(（]\s*\*?\s*[)）]|=?\s*\bCOUNTA?\b(?:\s*[(（][^)）]*[)）])?)")
_MAX = pattern(r"(?i:\bMAX\b\s*(?:に|と)?\s*(?:なる|の)?)")
# A pivot's labels (行ラベル=国, 国×件数): a table of that column.
_PIVOT_LABEL = pattern(rf"(?:行|列)?ラベル\s*[=＝:：]\s*(?:{_COLUMN})")
_PIVOT_TIMES = pattern(rf"(?:{_COLUMN})\s*[×xX✕]\s*(?:件数|協定数|個数|数)")
# The value phrase before a particle (水道分野の で → 水道分野で; 中国との で → 中国との協定で).
_BEFORE_PARTICLE = pattern(r"(との|の)\s+(?=[でにをはが](?![\u3041-\u3093]{2})|の)")
_AT_END = pattern(r"(との|の)\s*[。;；]?\s*$")
_AND = pattern(r"\s+AND\s+|\s*&&\s*")  # (as SQL writes them: not English and, or)
_OR = pattern(r"\s+OR\s+|\s*\|\|\s*")
_END = pattern(r"\s*;\s*")
_NEGATED = ("<>", "!=", "≠", "not like")
_GROUP_WORD = {"field": "分野", "country": "国", "partner": "相手先", "prefecture": "県",
               "party": "自治体", "year": "年", "date": "年"}
_SAID = pattern(_OP)


def _kind(m: re.Match[str]) -> str:
    return next(k for k in _COLUMNS if m.group(k))


def _value(kind: str, value: str, negated: bool = False) -> str:
    """The grammar's words for `kind` = `value` (or ≠)."""
    out = {"field": f"{value}分野", "country": value, "partner": value, "prefecture": value,
           "party": value, "year": f"{value}年", "date": value,
           "title": f"名称に「{value}」を含む"}[kind]
    if negated:
        return f"{out}以外の"
    return out + ("の" if kind in ("field", "party", "prefecture", "year", "date") else
                  "との" if kind in ("country", "partner") else "")


def _compared(m: re.Match[str]) -> str:
    kind = _kind(m)
    op = re.sub(r"\s+", " ", m.group(len(_COLUMNS) + 1)).lower()
    value = m.group(len(_COLUMNS) + 2)
    if kind in ("year", "date") and op in ("<", "＜", "<=", "≦", ">", "＞", ">=", "≧"):
        year = re.match(r"\d{4}", value)
        if year:
            bound = {"<": "より前", "＜": "より前", "<=": "以前", "≦": "以前", ">": "より後",
                     "＞": "より後", ">=": "以降", "≧": "以降"}[op]
            return f" {year.group(0)}年{bound}の "
    return f" {_value(kind, value, op in _NEGATED)} "


def _between(m: re.Match[str]) -> str:
    a, b = m.group(len(_COLUMNS) + 1), m.group(len(_COLUMNS) + 2)
    return f" {a}年から{b}年までの " if _kind(m) in ("year", "date") else m.group(0)


def _in(m: re.Match[str]) -> str:
    kind = _kind(m)
    values = [v.strip(" \"'「」『』") for v in re.split(r"[,、]", m.group(len(_COLUMNS) + 2))]
    said = "・".join(f"{v}年" if kind == "year" else v for v in values if v)
    if m.group(len(_COLUMNS) + 1):
        return f" {said}以外の "
    return f" {said}" + ("分野の " if kind == "field" else "との " if kind in (
        "country", "partner") else "の ")


def _order_by(m: re.Match[str]) -> str:
    kind = next((k for k in _COLUMNS if m.group(k)), None)
    if kind not in ("date", "year"):
        return " "
    which = "古い" if (m.group(len(_COLUMNS) + 1) or "asc").lower() == "asc" else "新しい"
    limit = m.group(len(_COLUMNS) + 2)
    return f" {which}順に{limit}件 " if limit else f" {which}順に "


def read_query_syntax(text: str) -> str:
    """`text` with a query language's conditions and clauses as the grammar's words."""
    if not _SAID.search(text) and not re.search(r"(?i)\b(?:SELECT|GROUP|ORDER|COUNT|COUNTA|"
                                                r"COUNTIF|BETWEEN|WHERE|MAX)\b|\bIN\s*[(（]|ラベル|×",
                                                text):
        return text
    text = _COUNTIF.sub(lambda m: f" {_value(_kind(m), m.group(len(_COLUMNS) + 1))}件数 ",
                        text)
    text = _SELECT.sub(" ", text)
    text = _BETWEEN.sub(_between, text)
    text = _IN.sub(_in, text)
    text = _COMPARED.sub(_compared, text)
    text = _GROUP_BY.sub(lambda m: f" {_GROUP_WORD.get(_kind(m), '')}別に ", text)
    for pivot in (_PIVOT_LABEL, _PIVOT_TIMES):
        text = pivot.sub(lambda m: f"{_GROUP_WORD.get(_kind(m), '')}別の件数", text)
    text = _ORDER_BY.sub(_order_by, text)
    text = _LIMIT.sub(r" \1件 ", text)
    text = _COUNT.sub(" 件数 ", _MAX.sub("一番多い", text))
    text = _WHERE.sub(" ", text)
    text = _OR.sub("か", _AND.sub("、", text))
    text = _BEFORE_PARTICLE.sub(lambda m: "との協定" if m.group(1) == "との" else "", text)
    text = _AT_END.sub(r"\1協定", text)  # …WHERE 国 IN (タイ, インドネシア): their agreements
    return re.sub(r"[ \t]{2,}", " ", _END.sub("。", text)).strip()
