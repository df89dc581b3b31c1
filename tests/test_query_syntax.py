"""query_syntax.py: conditions typed as a query language, read as the grammar's Japanese.
Written for these tests, not copied from an eval file."""

import pytest

from teikei_qa.query_syntax import read_query_syntax


@pytest.mark.parametrize(("text", "read"), [
    ("分野=環境の協定", "環境分野の協定"),
    ("国 = 韓国 AND 締結年 >= 2010 の協定", "韓国との、2010年以降の協定"),
    ("締結年 < 2000 の協定", "2000年より前の協定"),
    ("締結年 <= 2003 の協定", "2003年以前の協定"),
    ("自治体名 <> 長崎県 の協定", "長崎県以外の協定"),
    ("国 NOT IN (中国, 韓国) の協定", "中国・韓国以外の協定"),
    ("分野 LIKE '%文化%' の協定", "文化分野の協定"),
    ("締結年 BETWEEN 2005 AND 2010 の協定", "2005年から2010年までの協定"),
    ("SELECT 協定名 FROM t WHERE 国 IN (タイ, ベトナム)", "タイ・ベトナムとの協定"),
    ("SELECT COUNT(*) FROM t WHERE country = 'Korea'", "Koreaとの協定"),
    ("COUNTIF(分野, \"*水産*\") は？", "水産分野の件数 は？"),
    ("GROUP BY 国 で", "国別に で"),
    ("ORDER BY 締結日 DESC LIMIT 5", "新しい順に5件"),
    ("行ラベル=分野 で", "分野別の件数 で"),
    ("Which year is the oldest and which city signed?",
     "Which year is the oldest and which city signed?"),
    ("Which year between 1999 and 2016 had none?", "Which year between 1999 and 2016 had none?"),
    ("長崎県と中国の協定", "長崎県と中国の協定"),  # nothing typed as a query: as it was
])
def test_query_syntax_read_as_japanese(text, read):
    assert read_query_syntax(text) == read
