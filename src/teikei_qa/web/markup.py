"""HTML pieces shared by the tabs: citation cards and bar charts.

Everything from the data or the user is HTML-escaped here (`esc`) and only http/https
URLs become links. Buttons carry what a click needs in their `value`; the page script
(assets.JS) turns a click into a new view."""

from __future__ import annotations

import html
import math
import re
import unicodedata
from collections.abc import Sequence
from urllib.parse import urlsplit

from ..records import Record
from .browse import UNKNOWN

# Characters a file name may not hold on Windows, macOS or Linux.
FILE_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def safe_url(url: str | None) -> str | None:
    """The URL when it is http or https with a host; anything else is no link."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def partner_text(rec: Record) -> str:
    partner = rec.partner.strip() or UNKNOWN
    return f"{partner}（{rec.country}）" if rec.country and rec.country not in partner else partner


def card_html(n: int | None, rec: Record, *, anchor: str | None = None,
              score: str | None = None, similar_button: bool = True) -> str:
    """One citation card: 協定名, party, partner and country, field, date, summary, link
    (http/https only), and the source file:line, which opens the row in 一覧."""
    url = safe_url(rec.url)
    rows = [
        ("自治体", rec.municipality),
        ("締結先", partner_text(rec)),
        ("分野", "・".join(rec.fields) or rec.field_text or UNKNOWN),
        ("締結日", rec.date.japanese() if rec.date else UNKNOWN),
        ("概要", rec.summary.strip() or UNKNOWN),
    ]
    dl = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows)
    if url:
        dl += (f'<dt>URL</dt><dd><a href="{esc(url)}" target="_blank" '
               f'rel="noopener noreferrer">{esc(url)}</a></dd>')
    dl += (f'<dt>出典</dt><dd><button type="button" class="tq-src" value="{esc(rec.id)}" '
           f'title="一覧でこの行を開く">{esc(rec.source)}:{rec.line}</button></dd>')
    num = f'<span class="tq-num">[{n}]</span>' if n is not None else ""
    extra = f'<div class="tq-score">{score}</div>' if score else ""
    button = (f'<button type="button" class="tq-similar" value="{esc(rec.id)}">'
              "似た協定を見る</button>") if similar_button else ""
    ident = f' id="{esc(anchor)}"' if anchor else ""
    return (f'<div class="tq-card"{ident}>'
            f'<h4>{num}<span class="tq-title">{esc(rec.title)}</span></h4>{extra}'
            f"<dl>{dl}</dl>{button}</div>")


def bars_html(items: Sequence[tuple[str, int]], *, title: str, ident: str = "",
              unit: str = "件") -> str:
    """A horizontal bar chart: one row per (label, count), widths relative to the
    largest; readable at any width because labels never rotate."""
    top = max((n for _, n in items), default=0) or 1
    rows = "".join(
        f'<div class="tq-bar"><span class="tq-bar-label">{esc(label)}</span>'
        f'<span class="tq-bar-track"><span class="tq-bar-fill" '
        f'style="width:{100 * n / top:.1f}%"></span></span>'
        f'<span class="tq-bar-count">{n}{esc(unit)}</span></div>' for label, n in items)
    ident_attr = f' id="{esc(ident)}"' if ident else ""
    return (f'<figure class="tq-chart tq-hbars"{ident_attr}><figcaption>{esc(title)}'
            f"</figcaption>{rows}</figure>")


def integer_ticks(top: int, most: int = 5) -> list[int]:
    """0 and whole-number steps (1, 2, 5, 10, 20, 50, …) up to at least `top`."""
    if top <= 0:
        return [0, 1]
    step = 1
    while math.ceil(top / step) > most - 1:
        step = next(s * 10 ** k for k in range(12) for s in (1, 2, 5) if s * 10 ** k > step)
    return list(range(0, step * math.ceil(top / step) + 1, step))


def columns_html(items: Sequence[tuple[int, int]], *, title: str, ident: str = "",
                 undated: int = 0) -> str:
    """A column chart over consecutive years (empty years are zero-height columns), with
    whole-number ticks on the count axis and a year label every 1, 5 or 10 years."""
    ticks = integer_ticks(max((n for _, n in items), default=0))
    top = ticks[-1]
    every = 1 if len(items) <= 12 else 5 if len(items) <= 60 else 10
    cols = "".join(
        f'<div class="tq-col" data-year="{y}" title="{y}年: {n}件">'
        f'<span class="tq-col-fill" style="height:{100 * n / top:.1f}%"></span>'
        f'<span class="tq-col-label">{y if y % every == 0 or every == 1 else ""}</span></div>'
        for y, n in items)
    axis = "".join(f'<span style="bottom:{100 * t / top:.1f}%">{t}</span>' for t in ticks)
    note = f'<p class="tq-chart-note">締結日の記載がない協定: {undated}件</p>' if undated else ""
    ident_attr = f' id="{esc(ident)}"' if ident else ""
    return (f'<figure class="tq-chart tq-cols"{ident_attr}><figcaption>{esc(title)}'
            f'</figcaption><div class="tq-cols-body"><div class="tq-axis">{axis}</div>'
            f'<div class="tq-cols-plot" style="--n:{max(len(items), 1)}">{cols}</div></div>'
            f"{note}</figure>")


def file_stem(text: str, fallback: str = "teikei-qa", limit: int = 60) -> str:
    """A file name from a question or filter: unsafe characters out, at most `limit`."""
    text = unicodedata.normalize("NFKC", text)
    stem = FILE_UNSAFE.sub("_", text).strip(" ._")
    return stem[:limit].rstrip(" ._") or fallback
