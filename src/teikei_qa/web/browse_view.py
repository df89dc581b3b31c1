"""The 一覧 tab's HTML, Datasette-like: the selection as removable chips, year bounds,
every facet value with its count under the selection (a click toggles it), charts per
country and per year, and the rows as a table (a card list on a phone)."""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Record
from .browse import FACETS, Filter, by_country, by_year, facet_counts
from .markup import bars_html, columns_html, esc, file_stem, safe_url
from .state import View, query

FACET_SHOWN = 8      # values listed before 「ほか N件」
TABLE_LIMIT = 500    # rows drawn; the CSV holds them all
COLUMNS = ("自治体名", "協定名", "協定締結先", "国・地域", "分野", "締結日", "概要", "URL", "出典")


def facet_html(name: str, label: str, counts: list[tuple[str, int]], chosen: Sequence[str]
               ) -> str:
    def item(value: str, n: int) -> str:
        on = value in chosen
        return (f'<li><button type="button" class="tq-facet-btn{" tq-on" if on else ""}" '
                f'value="{esc(name)}\t{esc(value)}" aria-pressed="{str(on).lower()}">'
                f'<span class="tq-facet-value">{esc(value)}</span>'
                f'<span class="tq-facet-count">{n}</span></button></li>')

    shown = "".join(item(v, n) for v, n in counts[:FACET_SHOWN])
    rest = counts[FACET_SHOWN:]
    more = (f'<details class="tq-more"><summary>ほか{len(rest)}件</summary><ul>'
            f'{"".join(item(v, n) for v, n in rest)}</ul></details>') if rest else ""
    return (f'<div class="tq-facet" data-facet="{esc(name)}"><h4>{esc(label)}'
            f'<small>{len(counts)}種</small></h4><ul>{shown}</ul>{more}</div>')


def selection_html(f: Filter) -> str:
    chips = []
    for name, label in FACETS:
        for v in getattr(f, name):
            chips.append(f'<span class="tq-chip">{esc(label)}: {esc(v)}'
                         f'<button type="button" class="tq-facet-btn tq-chip-x" '
                         f'value="{esc(name)}\t{esc(v)}" title="この条件を外す">×</button></span>')
    if not chips:
        return '<span class="tq-none">条件なし（すべての協定）</span>'
    return "".join(chips) + '<button type="button" class="tq-clear-filter">条件をクリア</button>'


def years_html(f: Filter, span: tuple[int, int] | None) -> str:
    if span is None:
        return ""
    years = range(span[0], span[1] + 1)

    def select(which: str, label: str, current: int | None) -> str:
        options = "".join(f'<option value="{y}"{" selected" if y == current else ""}>{y}</option>'
                          for y in years)
        none = "" if current is not None else " selected"
        return (f'<label>{esc(label)} <select class="tq-year" name="{which}">'
                f'<option value=""{none}>指定なし</option>{options}</select></label>')

    return (f'<div class="tq-years">締結年 {select("from", "から", f.year_from)} '
            f'{select("to", "まで", f.year_to)}</div>')


def table_html(rows: Sequence[Record], highlight: str | None) -> str:
    def cells(r: Record) -> list[str]:
        url = safe_url(r.url)
        link = (f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{esc(url)}</a>'
                if url else esc(r.url or ""))
        values = [esc(r.municipality), f'<span class="tq-title">{esc(r.title)}</span>',
                  esc(r.partner), esc(r.country or ""), esc("・".join(r.fields)),
                  esc(r.date.iso() if r.date else ""), esc(r.summary), link,
                  f"{esc(r.source)}:{r.line}"]
        return [f'<td data-label="{esc(c)}">{v}</td>' for c, v in zip(COLUMNS, values, strict=True)]

    body = "".join(
        f'<tr id="tq-row-{esc(r.id)}"{" class=tq-hl" if r.id == highlight else ""}>'
        f'{"".join(cells(r))}</tr>' for r in rows[:TABLE_LIMIT])
    head = "".join(f"<th>{esc(c)}</th>" for c in COLUMNS)
    note = (f'<p class="tq-note">先頭の{TABLE_LIMIT}件を表示しています'
            '（CSVにはすべて入ります）。</p>' if len(rows) > TABLE_LIMIT else "")
    return (f'<div class="tq-table-wrap"><table class="tq-rows" id="tq-table" '
            f'aria-rowcount="{len(rows) + 1}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table></div>{note}")


def browse_html(records: Sequence[Record], view: View, span: tuple[int, int] | None) -> str:
    """The whole 一覧 tab for `view.filter`; `view.row` is highlighted and kept in view."""
    f = view.filter
    rows = [r for r in records if f.keeps(r)]
    csv_query = query(View(tab="browse", filter=f)).lstrip("?")
    download = (f'<a id="tq-csv" class="tq-dl" href="api/list.csv'
                f'{"?" + esc(csv_query) if csv_query else ""}" download>CSVをダウンロード'
                f"（{len(rows)}件）</a>")
    head = (f'<div class="tq-browse-head"><div class="tq-total">{len(records)}件中 '
            f'{len(rows)}件</div><div class="tq-selection">{selection_html(f)}</div>'
            f"{years_html(f, span)}{download}</div>")
    counts = facet_counts(rows)
    facets = "".join(facet_html(name, label, counts[name], getattr(f, name))
                     for name, label in FACETS)
    if not rows:
        return (f'<div class="tq-browse">{head}<div class="tq-empty-state" role="status">'
                "<p><strong>条件に合う協定はありません。</strong></p>"
                "<p>上の条件の × で条件を外すか、締結年の範囲を広げてください。</p>"
                '<button type="button" class="tq-clear-filter">条件をクリア</button></div></div>')
    years, undated = by_year(rows, (f.year_from, f.year_to) if f.year_from is not None
                             and f.year_to is not None else None)
    charts = (bars_html(by_country(rows), title="国・地域別の協定数", ident="tq-chart-country")
              + columns_html(years, title="締結年別の協定数", ident="tq-chart-year",
                             undated=undated))
    return (f'<div class="tq-browse">{head}<div class="tq-facets" id="tq-facets">{facets}'
            f'</div><div class="tq-charts">{charts}</div>{table_html(rows, view.row)}</div>')


def list_filename(f: Filter) -> str:
    return file_stem("提携リスト_" + "_".join(f.words()) if not f.is_empty() else "提携リスト")
