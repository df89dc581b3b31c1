"""Hostile content in the browser (issue 6, part 3).

Records and questions hold `<script>`, `<img onerror>`, `<svg onload>`, `<iframe>`,
`javascript:` and `data:` URLs, Markdown and HTML link injection, attribute break-outs,
`<base>` and `<meta refresh>`. In a real browser (Debian's chromium through playwright)
every surface of the page (the chat's question and answer cards, the similar tab, the
browse tab's facets, table and charts) shows them as text: no dialog opens, no
payload's script runs (each also sets a global and fetches a /pwned/ path), no element
from the data appears, and only http/https URLs become links. With the escaping taken
out (monkeypatch), the same check fails.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from urllib.parse import urlsplit

import pytest

from teikei_qa.engine import Engine, build
from teikei_qa.settings import Settings

from .conftest import report_counts
from .test_web_browser import ask, browser, open_app  # noqa: F401  (browser: a fixture)

TALLY: Counter[str] = Counter()


def js(tag: str) -> str:
    """A script that, if it ever runs, leaves three traces: a dialog, a global, a request."""
    return f"alert('{tag}');window.__pwned=(window.__pwned||[]).concat('{tag}');" \
           f"fetch('/pwned/{tag}')"


PAYLOADS = {
    "script": f"<script>{js('script')}</script>",
    "img": f'<img src="/pwned/img" onerror="{js("img")}">',
    "svg": f'<svg onload="{js("svg")}"></svg>',
    "iframe": f"<iframe srcdoc=\"<script>parent.{js('iframe')}</script>\"></iframe>",
    "details": f'<details open ontoggle="{js("details")}">x</details>',
    "attribute": f'"><img src=x onerror="{js("attr")}">\'',
    "markdown": f"[リンク](javascript:{js('md')}) ![画像](/pwned/mdimg)",
    "html link": f'<a href="javascript:{js("a")}">ここ</a>',
    "data link": "<a href=\"data:text/html,<script>alert('data')</script>\">データ</a>",
    "base": '<base href="http://evil.example/">',
    "meta": "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('meta')\">",
    "style": "<style>*{display:none!important}</style>",
    "entity": "&lt;script&gt;alert('entity')&lt;/script&gt;",
    "template": "{{constructor.constructor('alert(1)')()}} ${alert('tpl')}",
}
URLS = {
    "javascript": "javascript:alert('url')",
    "javascript mixed case": " JaVaScRiPt:alert('url2')",
    "data": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "anchor to javascript": f'<a href="javascript:{js("anchor")}">x</a>',
    "anchor to data": "<a href=\"data:text/html,<script>alert('d')</script>\">x</a>",
    "quote break-out": "https://example.org/\"onmouseover=\"alert('q')",
}
GOOD_URL = "https://example.org/ok?a=1&b=2"
HEADER = "自治体名\t協定名\t協定締結先(国・地域名/都市名)\t分野\t概要(骨子、締結年等)\tURL"


def hostile_rows() -> list[str]:
    """One row per payload (in the title, partner, field and summary) with one hostile
    URL each, a row with a payload as the party, and one row with a good link."""
    urls = list(URLS.values())
    rows = []
    for i, p in enumerate(PAYLOADS.values()):
        rows.append("\t".join([
            "北九州市", f"協定{i:02d} {p}", f"米国/シアトル市 {p}", f"環境・{p}",
            f"{p} 2015年4月1日締結", urls[i % len(urls)]]))
    rows.append("\t".join([f"福岡市 {PAYLOADS['img']}", "自治体名の協定", f"{PAYLOADS['svg']}/都市",
                           "文化", "2010年締結", URLS["data"]]))
    rows.append("\t".join(["福岡市", "良いリンクの協定", "韓国/釜山市", "教育", "2012年締結",
                           f'<a href="{GOOD_URL.replace("&", "&amp;")}">リンク</a>']))
    return rows


QUESTIONS = [PAYLOADS["img"] + " 協定をすべて挙げて", PAYLOADS["markdown"],
             PAYLOADS["attribute"] + PAYLOADS["svg"], PAYLOADS["script"] + "北九州市の協定は？"]


_report_counts = report_counts("hostile_content", TALLY)


@pytest.fixture(scope="module")
def hostile_engine(tmp_path_factory, encoder, tokenizer):
    root = tmp_path_factory.mktemp("hostile")
    data = root / "hostile.txt"
    data.write_text("\n".join([HEADER, *hostile_rows()]) + "\n", "utf-8")
    settings = Settings(data=(data,), index_dir=root / "index")
    build(settings, encoder=encoder, tokenizer=tokenizer)
    return Engine.open(settings, encoder=encoder, tokenizer=tokenizer)


class Watch:
    """A page that records dialogs (dismissing them) and requests."""

    def __init__(self, browser) -> None:  # noqa: F811
        self.context = browser.new_context(viewport={"width": 1280, "height": 1000},
                                           locale="ja-JP", accept_downloads=True)
        self.page = self.context.new_page()
        self.page.set_default_timeout(20_000)
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def assert_nothing_ran(self, where: str) -> None:
        self.page.wait_for_timeout(300)  # let any onerror / onload fire
        pwned = self.page.evaluate("window.__pwned || null")
        bad = [u for u in self.requests
               if "/pwned" in u or urlsplit(u).hostname not in ("127.0.0.1", None)
               and not u.startswith(("data:", "blob:"))]
        assert (self.dialogs, pwned, bad) == ([], None, []), where
        TALLY[f"surface checked: {where}"] += 1

    def close(self) -> None:
        self.context.close()


# Elements that no text from the data may turn into, inside the app's own markup.
FORBIDDEN = ("script", "img", "svg", "iframe", "details", "base", "meta", "style", "b", "i")


def assert_shown_as_text(container, where: str) -> None:
    sel = ", ".join(f"{c} {tag}" for c in (".tq-answer", ".tq-question", ".tq-card",
                                          ".tq-facets", ".tq-chips", ".tq-answer-rest",
                                          ".tq-selection", ".tq-hint") for tag in FORBIDDEN)
    assert container.locator(sel).count() == 0, f"markup from the data rendered in {where}"
    hrefs = [a.get_attribute("href") for a in container.locator(
        ".tq-card a, .tq-answer a, .tq-question a, .tq-facets a, .tq-chips a").all()]
    assert all(h and h.startswith(("http://", "https://")) for h in hrefs), (where, hrefs)


@pytest.fixture(scope="module")
def app_url(hostile_engine):
    from teikei_qa.web import create_app, running

    with running(create_app(hostile_engine)) as url:
        yield url


@pytest.fixture
def watch(browser):  # noqa: F811
    w = Watch(browser)
    yield w
    w.close()


@pytest.mark.browser
def test_hostile_records_and_questions_in_the_chat(watch, app_url, hostile_engine):
    page = watch.page
    open_app(page, app_url)
    for question in QUESTIONS:
        msg = ask(page, question)
        assert msg.page.locator(".tq-question").last.inner_text() == question
        assert_shown_as_text(page.locator("#tq-chat"), "chat")
        watch.assert_nothing_ran("chat: hostile question and the cards it cites")
        TALLY["hostile questions asked in the chat"] += 1
    # The list of everything cites every record: each title is shown exactly as written.
    listed = hostile_engine.ask("協定をすべて挙げて")
    msg = ask(page, "協定をすべて挙げて")
    titles = msg.locator(".tq-card .tq-title").all_inner_texts()
    assert titles == [h.record.title for h in listed.citations]
    assert len(titles) == len(hostile_engine.records)
    assert msg.locator(".tq-card dd").filter(has_text="<svg onload=").count() > 0
    links = [a.get_attribute("href") for a in msg.locator(".tq-card a").all()]
    assert links == [GOOD_URL]
    assert_shown_as_text(page.locator("#tq-chat"), "chat")
    watch.assert_nothing_ran("chat: every hostile record as a card")
    TALLY["hostile records shown as cards in the chat"] += len(titles)


@pytest.mark.browser
def test_hostile_records_in_the_similar_and_browse_tabs(watch, app_url, hostile_engine):
    page = watch.page
    open_app(page, app_url)
    msg = ask(page, "協定をすべて挙げて")
    msg.locator(".tq-card").first.get_by_role("button", name="似た協定を見る").click()
    out = page.locator("#tq-similar-out")
    out.locator(".tq-card").nth(1).wait_for()
    assert out.locator(".tq-title").first.inner_text() == hostile_engine.records[0].title
    assert_shown_as_text(out, "similar tab")
    page.locator("#tq-pick input").click()  # the dropdown lists every title
    page.get_by_role("option").first.wait_for()
    assert page.get_by_role("option").count() == len(hostile_engine.records)
    watch.assert_nothing_ran("similar tab: cards and the dropdown of titles")

    page.get_by_role("tab", name="一覧").click()
    facets = page.locator("#tq-facets")
    facets.locator(".tq-facet-value").first.wait_for()
    assert_shown_as_text(facets, "browse facets")
    grid = page.locator("#tq-table")
    grid.get_by_text(hostile_engine.records[0].title, exact=True).first.wait_for()
    assert grid.locator(", ".join(f"td {t}" for t in FORBIDDEN)).count() == 0
    page.locator("#tq-chart-country .tq-bar").first.wait_for()
    charts = page.locator("#tq-browse .tq-charts")
    assert charts.locator(", ".join(FORBIDDEN)).count() == 0
    # A facet value from the data, clicked, filters and stays text.
    facets.locator(".tq-facet-btn").first.click()
    page.locator("#tq-browse .tq-selection .tq-chip").first.wait_for()
    assert page.locator("#tq-browse .tq-selection").locator(", ".join(FORBIDDEN)).count() == 0
    watch.assert_nothing_ran("browse tab: facets, table and charts")


@pytest.mark.browser
def test_hostile_url_query_is_shown_as_text(watch, app_url):
    """A link someone sends: every part of the query holds markup; the view shows it as
    text and runs nothing."""
    from urllib.parse import urlencode

    page = watch.page
    query = urlencode([("h", PAYLOADS["img"]), ("q", PAYLOADS["svg"] + " 北九州市の協定は？"),
                       ("drop", "1:" + PAYLOADS["script"]), ("ref", PAYLOADS["attribute"]),
                       ("row", PAYLOADS["iframe"]), ("country", PAYLOADS["details"]),
                       ("from", PAYLOADS["meta"]), ("tab", PAYLOADS["base"])])
    open_app(page, app_url + "?" + query)
    page.locator("#tq-chat .tq-turn").nth(1).wait_for()
    assert page.locator("#tq-chat .tq-question").all_inner_texts() == [
        PAYLOADS["img"], PAYLOADS["svg"] + " 北九州市の協定は？"]
    assert_shown_as_text(page.locator("#tq-chat"), "chat from a hostile link")
    for tab in ("似た協定", "一覧"):
        page.get_by_role("tab", name=tab).click()
        page.wait_for_timeout(300)
    assert_shown_as_text(page.locator("#tq-similar-out"), "similar from a hostile link")
    assert_shown_as_text(page.locator("#tq-browse"), "browse from a hostile link")
    assert page.locator("#tq-browse .tq-empty-state").count() == 1  # no such country
    watch.assert_nothing_ran("every tab opened from a hostile link")
    TALLY["hostile URL queries opened"] += 1


def test_csv_download_defuses_formulas(hostile_engine, tmp_path):
    """Cells that a spreadsheet would run as a formula start with a quote in the CSV."""
    from dataclasses import replace

    from teikei_qa.web.browse import csv_bytes

    rec = replace(hostile_engine.records[0], title="=HYPERLINK(\"http://evil.example\",\"x\")",
                  summary="+cmd|' /C calc'!A0", municipality="@SUM(1+1)", partner="-2+3")
    body = csv_bytes([rec]).decode("utf-8-sig")
    row = list(csv.reader(io.StringIO(body, newline="")))[1]
    assert row[1:4] == ["'@SUM(1+1)", "'=HYPERLINK(\"http://evil.example\",\"x\")", "'-2+3"]
    assert row[7] == "'+cmd|' /C calc'!A0"


@pytest.mark.browser
def test_without_the_escaping_the_check_fails(browser, hostile_engine, monkeypatch):  # noqa: F811
    """Issue 6 'done when': take html.escape out of the cards and the same check fails."""
    from teikei_qa import web
    from teikei_qa.web import chat, markup

    monkeypatch.setattr(markup, "esc", str)
    monkeypatch.setattr(chat, "esc", str)
    w = Watch(browser)
    try:
        with web.running(web.create_app(hostile_engine)) as url:
            open_app(w.page, url)
            ask(w.page, "協定をすべて挙げて")
            with pytest.raises(AssertionError, match="markup from the data rendered"):
                assert_shown_as_text(w.page.locator("#tq-chat"), "chat")
            # Unescaped, an <img> fetches its src and its onerror runs.
            with pytest.raises(AssertionError):
                w.assert_nothing_ran("chat without the escaping")
    finally:
        w.close()
    TALLY["escaping removed: markup rendered and a /pwned/ request made (caught)"] += 1
