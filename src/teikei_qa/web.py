"""The web UI and the REST routes beside it: a Gradio chat that answers with cited
agreements, a similar-agreements view, a faceted browser with charts, and
`/api/search`, `/api/ask`, `/api/similar` returning the CLI's JSON objects.

Everything from the data or the user reaches the page as text: it is HTML-escaped
here, the chat renders no Markdown, and only http/https URLs become links.
Nothing leaves the machine: analytics and telemetry are off (set before gradio is
imported), there is no share link, and the theme names system fonts only.
"""

from __future__ import annotations

import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"

import contextlib  # noqa: E402
import csv  # noqa: E402
import hashlib  # noqa: E402
import html  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Iterable, Iterator, Sequence  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from urllib.parse import urlsplit  # noqa: E402

import gradio as gr  # noqa: E402
import pandas as pd  # noqa: E402
from fastapi import FastAPI, Request  # noqa: E402
from fastapi.responses import JSONResponse  # noqa: E402

from .answer import Answer  # noqa: E402
from .engine import Engine  # noqa: E402
from .errors import TeikeiError, UnknownRecordError  # noqa: E402
from .records import Record  # noqa: E402
from .serialize import answer_to_json, hits_to_json  # noqa: E402
from .settings import Settings  # noqa: E402

SIMILAR_K = 5
SEARCH_K = 10
# One example of each kind the answers issue handles; none is copied from the
# evaluation questions, so a demo does not flatter the metrics.
EXAMPLES = (
    ("件数", "福岡市が韓国と結んだ協定は何件？"),
    ("一覧", "熊本県の協定をすべて教えて"),
    ("特定", "鹿島市の協定の相手はどこですか"),
    ("話題", "航空便の就航に関する協定は？"),
)
TABLE_COLUMNS = ("自治体名", "協定名", "協定締結先", "国・地域", "分野", "締結日", "概要", "URL",
                 "出典")
CSV_COLUMNS = ("id", *TABLE_COLUMNS[:-1], "出典ファイル", "行")
# Spreadsheets run a cell that starts with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
UNKNOWN = "（記載なし）"

THEME_FONTS = [gr.themes.Font("Noto Sans CJK JP"), gr.themes.Font("Hiragino Sans"),
               gr.themes.Font("Yu Gothic"), gr.themes.Font("Meiryo"), "sans-serif"]
THEME_MONO = [gr.themes.Font("Noto Sans Mono CJK JP"), "monospace"]

CSS = """
.tq-answer, .tq-question { white-space: pre-wrap; line-height: 1.7; }
.tq-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(290px, 1fr));
  gap: 8px; margin-top: 10px; }
.tq-card { border: 1px solid var(--border-color-primary); border-radius: 8px;
  padding: 8px 10px; background: var(--background-fill-secondary); font-size: 0.88em; }
.tq-card h4 { margin: 0 0 6px; font-size: 1.02em; line-height: 1.45; }
.tq-card .tq-num { color: var(--color-accent); margin-right: 4px; }
.tq-card dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; }
.tq-card dt { color: var(--body-text-color-subdued); }
.tq-card dd { margin: 0; overflow-wrap: anywhere; }
.tq-card dd, .tq-card .tq-title { white-space: pre-wrap; }
.tq-card a { color: var(--link-text-color); text-decoration: underline; }
.tq-score { font-size: 0.9em; color: var(--body-text-color-subdued); margin-bottom: 4px; }
.tq-similar { margin-top: 6px; padding: 2px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--border-color-accent); background: var(--background-fill-primary);
  color: var(--body-text-color); font-size: 0.95em; }
.tq-similar:hover { background: var(--color-accent-soft); }
.tq-facets { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
  gap: 8px; }
.tq-facet h4 { margin: 0 0 4px; }
.tq-facet ul { list-style: none; margin: 0; padding: 0; max-height: 9.5em; overflow-y: auto; }
.tq-facet li { display: flex; justify-content: space-between; gap: 8px; }
.tq-facet-count { color: var(--body-text-color-subdued); font-variant-numeric: tabular-nums; }
.tq-total { font-weight: 600; margin: 4px 0 8px; }
"""

# A click on a card's 似た協定 button (inside the chat's HTML, which Gradio renders
# without event handlers) puts the record id into a hidden textbox and presses a
# hidden button, whose event opens the Similar tab.
JS = """
() => {
  document.addEventListener("click", (event) => {
    const button = event.target.closest("button.tq-similar");
    if (!button) return;
    event.preventDefault();
    const box = document.querySelector("#tq-similar-ref textarea, #tq-similar-ref input");
    const go = document.querySelector("#tq-similar-go");
    if (!box || !go) return;
    box.value = button.value;
    box.dispatchEvent(new Event("input", { bubbles: true }));
    setTimeout(() => go.click(), 0);
  });
}
"""


# ---------------------------------------------------------------- HTML, always escaped

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


def card_html(n: int | None, rec: Record, *, score: float | None = None,
              shared: str | None = None, similar_button: bool = True) -> str:
    """One citation card: 協定名, party, partner and country, field, date, summary,
    link (http/https only), source file and line."""
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
    dl += f"<dt>出典</dt><dd>{esc(rec.source)}:{rec.line}</dd>"
    num = f'<span class="tq-num">[{n}]</span>' if n is not None else ""
    extra = ""
    if score is not None:
        extra = f'<div class="tq-score">類似度 {score:.3f}　共通点: {esc(shared or "")}</div>'
    # Gradio's sanitizer drops data-* attributes, so the id rides in the button's value.
    button = (f'<button type="button" class="tq-similar" value="{esc(rec.id)}">'
              "似た協定を見る</button>") if similar_button else ""
    return ('<div class="tq-card">'
            f'<h4>{num}<span class="tq-title">{esc(rec.title)}</span></h4>{extra}'
            f"<dl>{dl}</dl>{button}</div>")


def answer_html(answer: Answer) -> str:
    """The answer's text, then one card per citation, numbered as in the text."""
    cards = "".join(card_html(n, h.record) for n, h in enumerate(answer.citations, start=1))
    body = f'<div class="tq-answer">{esc(answer.text)}</div>'
    return body + (f'<div class="tq-cards">{cards}</div>' if cards else "")


QUESTION_OPEN, QUESTION_CLOSE = '<div class="tq-question">', "</div>"


def question_html(question: str) -> str:
    return QUESTION_OPEN + esc(question) + QUESTION_CLOSE


def message_text(message: dict) -> str:
    """The plain text of a chat message as the Chatbot passes it (a string, or a list
    of {"type": "text", "text": ...} parts); the question markup is undone."""
    content = message.get("content")
    parts = content if isinstance(content, list) else [content]
    text = "".join(p if isinstance(p, str) else str(p.get("text", ""))
                   for p in parts if isinstance(p, str) or isinstance(p, dict))
    if text.startswith(QUESTION_OPEN) and text.endswith(QUESTION_CLOSE):
        return html.unescape(text[len(QUESTION_OPEN):-len(QUESTION_CLOSE)])
    return text


def shared_text(a: Record, b: Record) -> str:
    """What two agreements have in common: field, country, partner, party."""
    out = []
    fields = [f for f in b.fields if f in a.fields]
    if fields:
        out.append("分野「" + "・".join(fields) + "」")
    if a.country and a.country == b.country:
        out.append(f"国・地域「{a.country}」")
    partners = [p for p in b.partners if p in a.partners]
    if partners:
        out.append("相手「" + "・".join(partners) + "」")
    parties = [p.name for p in b.parties if p.name in {q.name for q in a.parties}]
    if parties:
        out.append("自治体「" + "・".join(parties) + "」")
    return "、".join(out) or "なし（内容が近い）"


# ---------------------------------------------------------------- browse: facets

@dataclass(frozen=True)
class Filter:
    """The Browse tab's selection; an empty tuple selects everything. Records without
    a signing date are kept only while the year range spans every year."""

    parties: tuple[str, ...] = ()
    prefectures: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    years: tuple[int, int] | None = None

    def keeps(self, rec: Record) -> bool:
        if self.parties and not {p.name for p in rec.parties} & set(self.parties):
            return False
        if self.prefectures and not {p.prefecture for p in rec.parties} & set(self.prefectures):
            return False
        if self.countries and (rec.country or UNKNOWN) not in self.countries:
            return False
        if self.fields and not set(rec.fields) & set(self.fields):
            return False
        if self.years is not None:
            lo, hi = self.years
            return rec.date is not None and lo <= rec.date.year <= hi
        return True


FACETS = (("parties", "自治体"), ("prefectures", "都道府県"), ("countries", "国・地域"),
          ("fields", "分野"))


def facet_values(rec: Record) -> dict[str, list[str]]:
    return {
        "parties": sorted({p.name for p in rec.parties}),
        "prefectures": sorted({p.prefecture or UNKNOWN for p in rec.parties}),
        "countries": [rec.country or UNKNOWN],
        "fields": sorted(set(rec.fields)) or [UNKNOWN],
    }


def facet_counts(rows: Iterable[Record]) -> dict[str, Counter]:
    """For each facet, how many of `rows` carry each value (a record counts once per value)."""
    counts: dict[str, Counter] = {name: Counter() for name, _ in FACETS}
    for rec in rows:
        for name, values in facet_values(rec).items():
            counts[name].update(values)
    return counts


def ordered(counter: Counter) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))


def facets_html(rows: Sequence[Record], total: int) -> str:
    counts = facet_counts(rows)
    parts = [f'<div class="tq-total">{total}件中 {len(rows)}件</div><div class="tq-facets">']
    for name, label in FACETS:
        items = "".join(f'<li><span class="tq-facet-value">{esc(v)}</span>'
                        f'<span class="tq-facet-count">{n}</span></li>'
                        for v, n in ordered(counts[name]))
        parts.append(f'<div class="tq-facet" data-facet="{name}"><h4>{esc(label)}</h4>'
                     f"<ul>{items}</ul></div>")
    return "".join(parts) + "</div>"


def table_rows(rows: Iterable[Record]) -> list[list[str]]:
    return [[r.municipality, r.title, r.partner, r.country or "", "・".join(r.fields),
             r.date.iso() if r.date else "", r.summary, r.url or "", f"{r.source}:{r.line}"]
            for r in rows]


def table_frame(rows: Sequence[Record]) -> pd.DataFrame:
    return pd.DataFrame(table_rows(rows), columns=list(TABLE_COLUMNS))


def chart_frames(rows: Sequence[Record]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Agreements per country and per signing year, for the bar charts."""
    by_country = ordered(Counter(r.country or UNKNOWN for r in rows))
    by_year = sorted(Counter(str(r.date.year) if r.date else UNKNOWN for r in rows).items())
    return (pd.DataFrame(by_country, columns=["国・地域", "件数"]),
            pd.DataFrame(by_year, columns=["締結年", "件数"]))


def csv_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def write_csv(rows: Sequence[Record], folder: Path) -> Path:
    """The rows as CSV in UTF-8 with a BOM (so Excel in Japan reads it), one file per
    distinct selection."""
    body = [[r.id, r.municipality, r.title, r.partner, r.country or "", "・".join(r.fields),
             r.date.iso() if r.date else "", r.summary, r.url or "", r.source, r.line]
            for r in rows]
    key = hashlib.sha1("\n".join(r.id for r in rows).encode("utf-8")).hexdigest()[:16]
    path = folder / key / "teikei-list.csv"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".part")
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(CSV_COLUMNS)
            writer.writerows([csv_cell(c) for c in row] for row in body)
        tmp.replace(path)
    return path


# ---------------------------------------------------------------- the app

class WebApp:
    """The engine behind one lock: the tokenizer and the indexes are shared between
    Gradio's worker threads and the REST routes, and a query takes milliseconds."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.lock = threading.Lock()
        self.records = list(engine.records)
        self.downloads = Path(tempfile.mkdtemp(prefix="teikei-qa-csv-"))
        years = [r.date.year for r in self.records if r.date]
        self.year_span = (min(years), max(years)) if years else (0, 0)

    # -------------------------------------------------------- chat

    def chat(self, message: str, history: list | None) -> tuple[list, str]:
        """Answer `message` after the conversation in `history` (Chatbot messages);
        returns the new history and an empty textbox."""
        history = list(history or [])
        question = message or ""
        if not question.strip():
            return history, ""
        earlier = [message_text(m) for m in history if m.get("role") == "user"]
        with self.lock:
            answer = self.engine.ask(question, earlier)
        history += [
            {"role": "user", "content": [{"type": "text", "text": question_html(question)}]},
            {"role": "assistant", "content": [{"type": "text", "text": answer_html(answer)}]},
        ]
        return history, ""

    # -------------------------------------------------------- similar

    def similar_html(self, ref: str | None, k: int = SIMILAR_K) -> str:
        if not ref:
            return '<p class="tq-hint">協定を選ぶと、内容の近い協定が表示されます。</p>'
        try:
            with self.lock:
                rec = self.records[self.engine.resolve(ref)]
                hits = self.engine.similar(rec.id, k)
        except UnknownRecordError as exc:
            return f"<p>{esc(exc)}</p>"
        cards = "".join(card_html(h.rank, h.record, score=h.score,
                                  shared=shared_text(rec, h.record)) for h in hits)
        return (f"<h3>選んだ協定</h3>{card_html(None, rec, similar_button=False)}"
                f'<h3>似ている協定（上位{len(hits)}件）</h3><div class="tq-cards">{cards}</div>')

    def open_similar(self, ref: str):
        rid = ref if any(r.id == ref for r in self.records) else None
        return gr.Tabs(selected="similar"), gr.Dropdown(value=rid), self.similar_html(rid)

    # -------------------------------------------------------- browse

    def selection(self, parties, prefectures, countries, fields, year_from, year_to) -> Filter:
        lo, hi = sorted((int(year_from), int(year_to)))
        years = None if (lo, hi) == self.year_span else (lo, hi)
        return Filter(tuple(parties or ()), tuple(prefectures or ()), tuple(countries or ()),
                      tuple(fields or ()), years)

    def browse(self, parties, prefectures, countries, fields, year_from, year_to):
        """The Browse outputs for a selection: facet counts, table, both charts, CSV."""
        f = self.selection(parties, prefectures, countries, fields, year_from, year_to)
        rows = [r for r in self.records if f.keeps(r)]
        by_country, by_year = chart_frames(rows)
        return (facets_html(rows, len(self.records)), table_frame(rows), by_country, by_year,
                str(write_csv(rows, self.downloads)))

    # -------------------------------------------------------- layout

    def blocks(self) -> gr.Blocks:
        with gr.Blocks(title="提携リスト QA", analytics_enabled=False) as demo:
            gr.Markdown("## 姉妹友好都市以外の提携リスト QA\n"
                        "自治体の国際的な協定（姉妹友好都市以外）について日本語で質問できます。"
                        "答えには出典の協定を番号付きで示します。")
            with gr.Tabs(selected="chat", elem_id="tq-tabs") as tabs:
                with gr.Tab("チャット", id="chat", elem_id="tq-tab-chat"):
                    self._chat_tab()
                with gr.Tab("似た協定", id="similar", elem_id="tq-tab-similar"):
                    pick, similar_out = self._similar_tab()
                with gr.Tab("一覧", id="browse", elem_id="tq-tab-browse"):
                    self._browse_tab()
            # Filled and pressed by the page script (JS above) when a card's button is hit.
            ref_box = gr.Textbox(visible="hidden", elem_id="tq-similar-ref")
            ref_go = gr.Button("open similar", visible="hidden", elem_id="tq-similar-go")
            ref_go.click(self.open_similar, ref_box, [tabs, pick, similar_out],
                         api_visibility="private")
        return demo

    def _chat_tab(self) -> None:
        chatbot = gr.Chatbot(
            label="会話", elem_id="tq-chat", height="70vh", render_markdown=False,
            sanitize_html=True, latex_delimiters=[], feedback_options=None, buttons=[],
            placeholder="下の欄に質問を入れるか、質問の例を選んでください。")
        with gr.Row():
            box = gr.Textbox(
                label="質問", elem_id="tq-question", scale=5, lines=1,
                placeholder="例: 長崎県が中国と結んでいる協定は何件？",
                info=f"{self.engine.settings.max_question_chars}文字を超える質問は先頭だけで"
                     "答えます。「そのうち…」と続けて絞り込めます。")
            send = gr.Button("送信", variant="primary", scale=1, elem_id="tq-send")
        examples = gr.Dataset(
            components=["textbox", "textbox"], headers=["種類", "質問の例"],
            samples=[list(e) for e in EXAMPLES], layout="table",
            label="質問の例（クリックで質問します）", elem_id="tq-examples")
        box.submit(self.chat, [box, chatbot], [chatbot, box], api_name="chat",
                   show_progress="minimal")
        send.click(self.chat, [box, chatbot], [chatbot, box], api_visibility="private",
                   show_progress="minimal")
        examples.click(lambda sample, history: self.chat(sample[1], history),
                       [examples, chatbot], [chatbot, box], api_visibility="private")

    def _similar_tab(self) -> tuple[gr.Dropdown, gr.HTML]:
        titles = [(f"{r.title}（{r.municipality}）", r.id) for r in self.records]
        pick = gr.Dropdown(choices=titles, value=None, filterable=True, elem_id="tq-pick",
                           label="協定を選ぶ（入力で絞り込めます）")
        out = gr.HTML(self.similar_html(None), elem_id="tq-similar-out")
        pick.input(self.similar_html, pick, out, api_name="similar")
        return pick, out

    def _browse_tab(self) -> None:
        counts = facet_counts(self.records)
        choices = {name: [v for v, _ in ordered(counts[name])] for name, _ in FACETS}
        first = self.browse((), (), (), (), *self.year_span)
        with gr.Row():
            pickers = [gr.Dropdown(choices[name], multiselect=True, label=label,
                                   elem_id=f"tq-f-{name}") for name, label in FACETS]
        lo, hi = self.year_span
        with gr.Row():
            f_from = gr.Slider(lo, hi, value=lo, step=1, label="締結年（から）",
                               elem_id="tq-f-from")
            f_to = gr.Slider(lo, hi, value=hi, step=1, label="締結年（まで）", elem_id="tq-f-to")
            reset = gr.Button("条件をクリア", elem_id="tq-reset")
            download = gr.DownloadButton("CSVをダウンロード", value=first[4], elem_id="tq-csv")
        facets = gr.HTML(first[0], elem_id="tq-facets")
        with gr.Row():
            # y_lim from 0: otherwise the axis starts at the smallest count and the
            # bars of that count vanish.
            by_country = gr.BarPlot(first[2], x="国・地域", y="件数", sort="-y", y_lim=[0, None],
                                    x_label_angle=-45, title="国・地域別の協定数",
                                    elem_id="tq-chart-country")
            by_year = gr.BarPlot(first[3], x="締結年", y="件数", sort="x", y_lim=[0, None],
                                 x_label_angle=-45, title="締結年別の協定数",
                                 elem_id="tq-chart-year")
        table = gr.Dataframe(first[1], datatype="str", interactive=False, wrap=True,
                             max_height=560, show_search="search", elem_id="tq-table",
                             column_widths=["8%", "17%", "12%", "6%", "7%", "7%", "28%", "8%",
                                            "7%"])
        filters = [*pickers, f_from, f_to]
        gr.on([c.change for c in filters], self.browse, filters,
              [facets, table, by_country, by_year, download], api_visibility="private",
              trigger_mode="always_last", show_progress="hidden")
        reset.click(lambda: ([], [], [], [], lo, hi), None, filters, api_visibility="private")


# ---------------------------------------------------------------- REST

class BadRequest(Exception):
    """A parameter the REST routes refuse (HTTP 400)."""


def _required(value: str | None, name: str) -> str:
    if value is None or not value.strip():
        raise BadRequest(f"parameter {name} is required and must not be empty")
    return value


def _count(value: str | None, default: int) -> int:
    if value is None or value == "":
        return default
    try:
        k = int(value)
    except ValueError:
        raise BadRequest(f"k must be a whole number, not {value[:40]!r}") from None
    if k < 0:
        raise BadRequest("k must be 0 or more")
    return k


def add_routes(app: FastAPI, web: WebApp) -> None:
    """GET /api/search, /api/ask, /api/similar. Bad parameters: 400 {"error": ...};
    an unknown record for similar: 404 {"error": ...}."""

    @app.exception_handler(BadRequest)
    async def _bad(request: Request, exc: BadRequest) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=400)

    @app.exception_handler(UnknownRecordError)
    async def _unknown(request: Request, exc: UnknownRecordError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=404)

    @app.exception_handler(TeikeiError)
    async def _teikei(request: Request, exc: TeikeiError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=400)

    @app.get("/api/search")
    def api_search(q: str | None = None, k: str | None = None) -> dict:
        query = _required(q, "q")
        n = _count(k, SEARCH_K)
        with web.lock:
            hits = web.engine.search(query, n)
        return hits_to_json(query, hits)

    @app.get("/api/ask")
    def api_ask(request: Request, q: str | None = None) -> dict:
        question = _required(q, "q")
        # Earlier questions of the conversation, oldest first: ?history=…&history=…
        history = request.query_params.getlist("history")
        with web.lock:
            answer = web.engine.ask(question, history)
        return answer_to_json(answer)

    @app.get("/api/similar")
    def api_similar(ref: str | None = None, k: str | None = None) -> dict:
        target = _required(ref, "ref")
        n = _count(k, SIMILAR_K)
        with web.lock:
            hits = web.engine.similar(target, n)
        return hits_to_json(target, hits)


def create_app(engine: Engine) -> FastAPI:
    """The FastAPI app: REST routes first, then the Gradio UI mounted at `/` (a route
    added after mounting at `/` would never be reached)."""
    web = WebApp(engine)
    app = FastAPI(title="teikei-qa", docs_url=None, redoc_url=None, openapi_url=None)
    add_routes(app, web)
    theme = gr.themes.Default(font=THEME_FONTS, font_mono=THEME_MONO)
    return gr.mount_gradio_app(app, web.blocks(), path="/", theme=theme, css=CSS, js=JS,
                               footer_links=["api", "settings"], ssr_mode=False,
                               mcp_server=False, allowed_paths=[str(web.downloads)])


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Build the index when it is missing or stale, print the URL and serve until Ctrl+C."""
    import uvicorn

    engine = Engine.ensure(settings, say=print)
    app = create_app(engine)
    shown = "127.0.0.1" if host in ("", "0.0.0.0", "::") else host
    shown = f"[{shown}]" if ":" in shown else shown
    print(f"teikei-qa: open http://{shown}:{port}/  (REST: /api/ask?q=…; Ctrl+C stops)",
          flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@contextlib.contextmanager
def running(app: FastAPI, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve `app` from a background thread (tests, notebooks) and yield its base URL;
    port 0 takes a free port."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name="teikei-qa-web", daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError(f"the web app did not start on {host}:{port}")
        thread.join(0.05)
    bound = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{bound}/"
    finally:
        server.should_exit = True
        thread.join(10)
