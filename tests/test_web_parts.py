"""The web UI's pure parts, without a browser: the view ↔ URL query, chips from the
planner's JSON, `[n]` links, aggregate tables, charts' axes, file names, and that
importing the package leaves gradio alone."""

from __future__ import annotations

import subprocess
import sys

import pytest

from teikei_qa.web.browse import Filter, by_year
from teikei_qa.web.chat import aggregate_html, chips_html, linked_text
from teikei_qa.web.markup import card_html, file_stem, integer_ticks, safe_url
from teikei_qa.web.state import Turn, View, parse, query


def test_examples_cover_each_kind_and_answer_with_citations(engine):
    from teikei_qa.web.site import EXAMPLES

    intents = []
    for _, question in EXAMPLES:
        answer = engine.ask(question)
        intents.append(answer.intent)
        assert answer.citations, question
    assert intents == ["count", "list", "lookup", "topic"]


def test_cards_escape_every_field_and_link_only_http():
    from teikei_qa.records import Party, Record

    rec = Record(id='r"1', source="a<b>.txt", line=3, municipality="<i>市</i>",
                 title="<script>x</script>**t**", partner="[p](javascript:1)",
                 field_text="環境", summary="<img src=x onerror=y>", url_text="",
                 parties=(Party("<i>市</i>", "<i>市</i>", None),), country="米国",
                 fields=("環境",), url="javascript:alert(1)")
    out = card_html(1, rec)
    assert "<script>" not in out and "<img" not in out and "<i>" not in out
    assert "&lt;script&gt;x&lt;/script&gt;**t**" in out
    assert "<a " not in out and 'value="r&quot;1"' in out
    assert [safe_url(u) for u in ("https://a.jp/x", "HTTP://a.jp", "javascript:alert(1)",
                                  "http:///x", "ftp://a.jp", None)] == \
        ["https://a.jp/x", "HTTP://a.jp", None, None, None, None]


@pytest.mark.parametrize("view, qs", [
    (View(), ""),
    (View(turns=(Turn("長崎県の協定は？"),)),
     "?q=%E9%95%B7%E5%B4%8E%E7%9C%8C%E3%81%AE%E5%8D%94%E5%AE%9A%E3%81%AF%EF%BC%9F"),
    (View(turns=(Turn("a"), Turn("b", ("country",)))), "?h=a&q=b&drop=1%3Acountry"),
    (View(tab="browse", filter=Filter(country=("中国", "韓国"), year_from=2010), row="r1"),
     "?tab=browse&country=%E4%B8%AD%E5%9B%BD&country=%E9%9F%93%E5%9B%BD&from=2010&row=r1"),
    (View(tab="similar", ref="r9"), "?tab=similar&ref=r9"),
])
def test_a_view_round_trips_through_its_url_query(view, qs):
    assert query(view) == qs
    assert parse(qs) == view


def test_a_malformed_query_is_read_as_far_as_it_makes_sense():
    view = parse("?tab=nope&q=&h=%20&from=20x&to=2016&drop=x&drop=0:party&q=b")
    assert view == View(turns=(Turn("b", ("party",)),), filter=Filter(year_to=2016))


def test_asking_and_dropping_keep_the_earlier_turns():
    view = View().asked("a").asked("b").dropped(0, "party").dropped(0, "party")
    assert view.turns == (Turn("a", ("party",)), Turn("b"))
    assert view.history(1) == ["a"]


PLANNED = {
    "plan": {"operation": "count", "filters": [
        {"key": "party", "kind": "party", "values": ["長崎県"], "exclude": False,
         "words": ["長崎県"], "label": "自治体: 長崎県"},
        {"key": "country", "kind": "country", "values": ["中国"], "exclude": True,
         "words": ["中国"], "label": "中国以外<b>"}]},
    "understood": "長崎県が結んだ、中国以外との協定の件数",
    "ignored": ["ですか"], "corrections": [{"from": "長崎懸", "to": "長崎県"}],
}


def test_chips_show_each_condition_with_a_remove_button_and_what_was_not_used():
    out = chips_html(2, PLANNED, drop=("field",))
    assert out.count('class="tq-chip-x" value="2:') == 2
    assert 'value="2:party"' in out and 'value="2:country"' in out
    assert "中国以外&lt;b&gt;" in out and "<b>" not in out
    assert 'tq-chip tq-chip-not' in out  # an exclusion looks different
    assert "使わなかった語: ですか" in out
    assert "「長崎懸」を「長崎県」と読みました" in out
    assert 'class="tq-chip-undo" value="2:field"' in out
    assert out.startswith('<div class="tq-chips"')


def test_no_plan_no_chips():
    assert chips_html(0, {"answer": "x"}, drop=()) == ""


def test_aggregate_answers_get_a_table_and_bars():
    data = {"plan": {"operation": "aggregate"}, "group_by": "country",
            "groups": [{"value": "中国", "count": 17}, {"value": None, "count": 2}]}
    out = aggregate_html(data)
    assert "<th>国・地域</th><th>件数</th>" in out
    assert "<tr><td>中国</td><td>17</td></tr><tr><td>（記載なし）</td><td>2</td></tr>" in out
    assert out.count('class="tq-bar"') == 2 and 'style="width:100.0%"' in out
    assert aggregate_html({"plan": {"operation": "count"}, "groups": data["groups"]}) == ""


def test_citation_numbers_become_jumps_only_for_cards_that_exist():
    out = linked_text(1, "<a>[1] と [2]、[3]", cited=2)
    assert out.startswith("&lt;a&gt;<button type=\"button\" class=\"tq-ref\" value=\"tq-t1-c1\"")
    assert 'value="tq-t1-c2"' in out and out.endswith("、[3]")


def test_year_axis_is_continuous_with_whole_number_ticks():
    from teikei_qa.dates import SignDate
    from teikei_qa.records import Record

    def rec(year):
        return Record(id=f"r{year}", source="s", line=1, municipality="m", title="t",
                      partner="p", field_text="", summary="", url_text="", parties=(),
                      date=SignDate(year, None, None) if year else None)

    years, undated = by_year([rec(2011), rec(2013), rec(2013), rec(None)])
    assert years == [(2011, 1), (2012, 0), (2013, 2)] and undated == 1
    assert by_year([rec(2013)], span=(2010, 2014))[0][0] == (2010, 0)
    assert integer_ticks(1) == [0, 1] and integer_ticks(2) == [0, 1, 2]
    assert integer_ticks(7) == [0, 2, 4, 6, 8] and integer_ticks(43) == [0, 20, 40, 60]


def test_file_names_come_from_the_question():
    assert file_stem("長崎県の協定は？") == "長崎県の協定は"
    assert file_stem('a/b\\c:d*"e<f>|') == "a_b_c_d_e_f"
    assert file_stem("？？") == "teikei-qa" and len(file_stem("あ" * 100)) == 60


def test_importing_the_package_imports_no_gradio():
    code = ("import sys, teikei_qa.web as w; assert 'gradio' not in sys.modules; "
            "assert 'fastapi' not in sys.modules; print(sorted(w.QUIET_ENV))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "['GRADIO_ANALYTICS_ENABLED', 'HF_HUB_DISABLE_TELEMETRY']"
