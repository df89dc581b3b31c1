"""The web UI in a real browser: Debian's chromium driven by playwright against the
real app on a free loopback port, at a desktop (1366×900) and a phone (390×844) size.
Each point is checked by position and content; screenshots go to artifacts/ (look at
them: Japanese must not be boxes).

The pure pieces (view ↔ URL, chips, charts, file names) are checked without a browser
in tests/test_web_parts.py."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
SIZES = {"desktop": DESKTOP, "phone": PHONE}

COUNT_Q = "長崎県が中国と結んでいる協定は何件？"
FOLLOW_Q = "そのうち2014年のものは？"
AS_OF = "平成28年9月現在のリストでは、"  # answers name the list's date
LIST_Q = "佐賀県の協定を挙げて"
ARITA_URL = "http://www.town.arita.lg.jp/site/kokusai/d_03.html"


# ---------------------------------------------------------------- fixtures and helpers

@pytest.fixture(scope="module")
def base_url(engine):
    from teikei_qa.web import create_app, running

    with running(create_app(engine)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import expect, sync_playwright

    # Two shared cores: an answer may take seconds while other suites run.
    expect.set_options(timeout=20_000)
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium fonts-noto-cjk")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def new_page(browser, viewport=DESKTOP):
    """A page that records every request it makes (all must go to 127.0.0.1)."""
    context = browser.new_context(viewport=viewport, accept_downloads=True, locale="ja-JP")
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    pg.requests = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    return pg


def close(pg) -> None:
    pg.context.close()
    outside = [u for u in pg.requests if urlsplit(u).hostname != "127.0.0.1"]
    assert not outside, f"requests left 127.0.0.1: {outside}"


@pytest.fixture(params=list(SIZES), ids=list(SIZES))
def sized(request, browser):
    pg = new_page(browser, SIZES[request.param])
    pg.size_name = request.param
    yield pg
    close(pg)


@pytest.fixture
def page(browser):
    pg = new_page(browser)
    yield pg
    close(pg)


def shot(pg, name: str, full_page: bool = False) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    pg.screenshot(path=str(path), full_page=full_page)
    return path


def open_app(pg, url: str) -> None:
    pg.goto(url, wait_until="domcontentloaded")
    pg.locator("#tq-question textarea").wait_for(state="attached")
    pg.wait_for_function("window.tqLoaded === true")  # the view of the address is drawn


def ask(pg, question: str, *, button: bool = False):
    """Type a question, press Enter (or 送信), and return the new turn's element."""
    from playwright.sync_api import expect

    turns = pg.locator("#tq-chat .tq-turn")
    before = turns.count()
    box = pg.locator("#tq-question textarea")
    box.fill(question)
    if button:
        pg.locator("#tq-send").click()
    else:
        box.press("Enter")
    expect(turns).to_have_count(before + 1)
    settle(pg)
    return turns.nth(before)


def settle(pg) -> None:
    """Wait until the page stops scrolling (the scroll to the new answer follows it)."""
    pg.wait_for_function("""() => new Promise(done => {
        const y = window.scrollY;
        setTimeout(() => done(window.scrollY === y), 150); })""")


def card_titles(turn) -> list[str]:
    return turn.locator(".tq-card .tq-title").all_inner_texts()


def box_of(locator) -> dict:
    return locator.bounding_box()


def in_viewport(pg, locator, whole: bool = False) -> bool:
    b = locator.bounding_box()
    vh = pg.viewport_size["height"]
    if b is None:
        return False
    if whole:
        return b["y"] >= 0 and b["y"] + b["height"] <= vh
    return b["y"] < vh and b["y"] + b["height"] > 0


def query_of(pg) -> dict[str, list[str]]:
    return parse_qs(urlsplit(pg.url).query)


def wait_query(pg, **expected) -> None:
    """Wait until the page's URL query has `expected` (lists of values; None: absent)."""
    def ok() -> bool:
        q = query_of(pg)
        return all(q.get(k) == v if v is not None else k not in q for k, v in expected.items())
    for _ in range(100):
        if ok():
            return
        pg.wait_for_timeout(100)
    assert ok(), (pg.url, expected)


def bars(pg, chart: str):
    return pg.locator(f"#{chart} .tq-bar, #{chart} .tq-col")


# ---------------------------------------------------------------- the answer first

@pytest.mark.browser
def test_first_screen_has_the_input_and_the_examples(sized, base_url):
    open_app(sized, base_url)
    tabs = sized.locator("#tq-tabs [role=tab]").all_inner_texts()
    assert tabs == ["チャット", "似た協定", "一覧"]
    assert in_viewport(sized, sized.locator("#tq-question textarea"), whole=True)
    examples = sized.locator("#tq-examples .tq-example")
    assert examples.count() == 4
    assert all(in_viewport(sized, e, whole=True) for e in examples.all())
    assert sized.evaluate("document.documentElement.scrollWidth") <= sized.viewport_size["width"]
    shot(sized, f"first-screen-{sized.size_name}.png")


@pytest.mark.browser
def test_the_view_shows_the_question_and_the_answer_first(sized, base_url, engine):
    open_app(sized, base_url)
    listed = engine.ask(LIST_Q)
    turn = ask(sized, LIST_Q)
    assert turn.locator(".tq-answer").inner_text() == listed.text
    assert listed.text.splitlines()[0] == AS_OF + ("佐賀県（県内の自治体を含む）"
                                                   "が結んだ協定は2件あります。すべて挙げます。")
    assert card_titles(turn) == ["友好団体協定書", "鹿島市・釜山外国語大学校官学官学国際交流協定"]
    arita, kashima = turn.locator(".tq-card").all()
    link = arita.locator("a")
    assert link.count() == 1 and link.get_attribute("href") == ARITA_URL
    assert link.get_attribute("target") == "_blank" and kashima.locator("a").count() == 0

    count = engine.ask(COUNT_Q, [LIST_Q])
    turn = ask(sized, COUNT_Q)
    question, answer = turn.locator(".tq-question"), turn.locator(".tq-answer")
    sized.wait_for_timeout(400)  # the scroll follows the drawing
    # The question and the first line of the answer are on screen, not the last cards.
    assert in_viewport(sized, question, whole=True)
    first_line = answer.evaluate(
        "e => { const r = document.createRange(); r.setStart(e.firstChild, 0);"
        " r.setEnd(e.firstChild, 5); const b = r.getBoundingClientRect(); return b.bottom; }")
    assert 0 < first_line < sized.viewport_size["height"] - 120  # above the input bar
    assert box_of(question)["y"] < 140
    assert in_viewport(sized, sized.locator("#tq-question textarea"), whole=True)
    assert answer.inner_text() == count.text
    assert count.text.splitlines()[0] == AS_OF + ("長崎県（県内の自治体を含む）"
                                                  "が中国と結んだ協定は11件です。")
    assert turn.locator(".tq-num").all_inner_texts() == [f"[{n}]" for n in range(1, 12)]
    assert card_titles(turn) == [h.record.title for h in count.citations]
    first = turn.locator(".tq-card").first
    rec = count.citations[0].record
    assert first.locator("dt").all_inner_texts() == ["自治体", "締結先", "分野", "締結日", "概要",
                                                     "出典"]
    assert first.locator("dd").all_inner_texts() == [
        "長崎県", "中国/上海市", "教育", "2014年8月5日", rec.summary, f"{rec.source}:{rec.line}"]
    # The URL carries the conversation: earlier questions as h, the last as q.
    wait_query(sized, h=[LIST_Q], q=[COUNT_Q])
    # Cards fit their bubble; nothing sticks out sideways.
    reply = box_of(turn.locator(".tq-reply"))
    for card in turn.locator(".tq-card").all()[:3]:
        b = box_of(card)
        assert reply["x"] <= b["x"] and b["x"] + b["width"] <= reply["x"] + reply["width"] + 0.5
    assert sized.evaluate("document.documentElement.scrollWidth") <= sized.viewport_size["width"]
    shot(sized, f"answer-{sized.size_name}.png")

    follow = engine.ask(FOLLOW_Q, [LIST_Q, COUNT_Q])
    turn = ask(sized, FOLLOW_Q)
    assert turn.locator(".tq-answer").inner_text() == follow.text
    assert follow.text.splitlines()[0] == AS_OF + ("長崎県（県内の自治体を含む）"
                                                   "が2014年に中国と結んだ協定は3件です。")
    assert card_titles(turn) == [h.record.title for h in follow.citations]
    wait_query(sized, h=[LIST_Q, COUNT_Q], q=[FOLLOW_Q])


@pytest.mark.browser
def test_a_citation_number_jumps_to_its_card(sized, base_url, engine):
    open_app(sized, base_url)
    turn = ask(sized, COUNT_Q)
    ref = turn.locator(".tq-answer .tq-ref").nth(8)
    assert ref.inner_text() == "[9]"
    card = turn.locator(".tq-card").nth(8)
    assert not in_viewport(sized, card)
    ref.click()
    sized.wait_for_timeout(300)
    assert in_viewport(sized, card, whole=True)
    assert "tq-flash" in card.get_attribute("class")
    assert card.locator(".tq-num").inner_text() == "[9]"
    shot(sized, f"citation-jump-{sized.size_name}.png")


@pytest.mark.browser
def test_empty_submit_says_what_to_type(sized, base_url):
    open_app(sized, base_url)
    ask(sized, LIST_Q)
    sized.locator("#tq-send").click()
    hint = sized.locator("#tq-hint [role=alert]")
    hint.wait_for()
    assert hint.inner_text().startswith("質問を入力してください。例:")
    assert in_viewport(sized, hint, whole=True)
    assert sized.locator("#tq-chat .tq-turn").count() == 1
    shot(sized, f"empty-submit-{sized.size_name}.png")
    ask(sized, COUNT_Q)
    assert hint.count() == 0


@pytest.mark.browser
def test_example_questions_ask_on_one_click(page, base_url, engine):
    from playwright.sync_api import expect

    from teikei_qa.web import EXAMPLES

    open_app(page, base_url)
    _, question = EXAMPLES[0]
    page.locator("#tq-examples .tq-example", has_text=question).click()
    expect(page.locator("#tq-chat .tq-answer")).to_have_text(engine.ask(question).text)
    assert page.locator("#tq-chat .tq-question").inner_text() == question
    assert page.locator("#tq-chat .tq-card").count() == 4


# ---------------------------------------------------------------- state in the URL

@pytest.mark.browser
def test_the_url_reload_and_back_reproduce_the_view(page, base_url, engine):
    from playwright.sync_api import expect

    open_app(page, base_url)
    ask(page, LIST_Q)
    ask(page, COUNT_Q)
    wait_query(page, h=[LIST_Q], q=[COUNT_Q])
    shared = page.url

    page.reload()
    turns = page.locator("#tq-chat .tq-turn")
    expect(turns).to_have_count(2)
    assert turns.locator(".tq-question").all_inner_texts() == [LIST_Q, COUNT_Q]
    assert turns.nth(1).locator(".tq-answer").inner_text() == engine.ask(COUNT_Q, [LIST_Q]).text

    page.get_by_role("tab", name="一覧").click()
    wait_query(page, tab=["browse"], q=[COUNT_Q])
    page.go_back()
    wait_query(page, tab=None, q=[COUNT_Q])
    expect(page.get_by_role("tab", name="チャット")).to_have_attribute("aria-selected", "true")
    page.go_back()  # before the second question
    wait_query(page, q=[LIST_Q], h=None)
    expect(turns).to_have_count(1)
    page.go_forward()
    wait_query(page, h=[LIST_Q], q=[COUNT_Q])
    expect(turns).to_have_count(2)

    # Someone else opening the link sees the same conversation.
    other = new_page(page.context.browser)
    try:
        open_app(other, shared)
        expect(other.locator("#tq-chat .tq-turn")).to_have_count(2)
        # A bare visit in the same browser gets the conversation back from storage ...
        other.goto(shared.split("?")[0])
        expect(other.locator("#tq-chat .tq-turn")).to_have_count(2)
        wait_query(other, q=[COUNT_Q])
        # ... until 会話を消す.
        other.locator("#tq-clear").click()
        expect(other.locator("#tq-chat .tq-turn")).to_have_count(0)
        wait_query(other, q=None, h=None)
        other.goto(shared.split("?")[0])
        other.locator("#tq-examples").wait_for()
        other.wait_for_timeout(500)
        assert other.locator("#tq-chat .tq-turn").count() == 0
    finally:
        close(other)


@pytest.mark.browser
def test_a_card_opens_similar_agreements_and_back_returns(page, base_url, engine):
    from playwright.sync_api import expect

    open_app(page, base_url)
    count = engine.ask(COUNT_Q)
    turn = ask(page, COUNT_Q)
    turn.locator(".tq-card").nth(1).get_by_role("button", name="似た協定を見る").click()

    rec = count.citations[1].record
    hits = engine.similar(rec.id, 5)
    out = page.locator("#tq-similar-out")
    expect(out.locator(".tq-card .tq-title")).to_have_text(
        [rec.title] + [h.record.title for h in hits])
    expect(page.get_by_role("tab", name="似た協定")).to_have_attribute("aria-selected", "true")
    wait_query(page, tab=["similar"], ref=[rec.id], q=[COUNT_Q])
    assert page.locator("#tq-pick input").input_value() == f"{rec.title}（{rec.municipality}）"
    scores = out.locator(".tq-score").all_inner_texts()
    shown = [s.split("類似度 ")[1].split("　")[0] for s in scores]
    assert shown == [f"{h.score:.3f}" for h in hits]
    assert all("共通点: " in s for s in scores)
    shot(page, "similar.png")
    page.go_back()
    expect(page.get_by_role("tab", name="チャット")).to_have_attribute("aria-selected", "true")
    wait_query(page, tab=None, ref=None, q=[COUNT_Q])


@pytest.mark.browser
def test_a_cards_source_opens_its_row_in_the_list(sized, base_url, engine):
    from playwright.sync_api import expect

    open_app(sized, base_url)
    count = engine.ask(COUNT_Q)
    rec = count.citations[6].record
    turn = ask(sized, COUNT_Q)
    src = turn.locator(".tq-card").nth(6).locator(".tq-src")
    assert src.inner_text() == f"{rec.source}:{rec.line}"
    src.click()
    expect(sized.get_by_role("tab", name="一覧")).to_have_attribute("aria-selected", "true")
    wait_query(sized, tab=["browse"], row=[rec.id])
    row = sized.locator(f"#tq-browse tr#tq-row-{rec.id}")
    expect(row).to_have_class(re.compile(r"\btq-hl\b"))
    sized.wait_for_timeout(400)
    assert in_viewport(sized, row)
    assert row.locator(".tq-title").inner_text() == rec.title
    shot(sized, f"source-row-{sized.size_name}.png")


# ---------------------------------------------------------------- answers to take away

@pytest.mark.browser
def test_copy_and_download_an_answer(browser, base_url, engine):
    pg = new_page(browser)
    pg.context.grant_permissions(["clipboard-read", "clipboard-write"])
    try:
        open_app(pg, base_url)
        answer = engine.ask(LIST_Q)
        turn = ask(pg, LIST_Q)
        turn.locator(".tq-copy").click()
        pg.wait_for_function("document.querySelector('.tq-copy').textContent === 'コピーしました'")
        copied = pg.evaluate("navigator.clipboard.readText()")
        assert copied.startswith(answer.text)
        rec = answer.citations[0].record
        assert f"[1] {rec.title}（{rec.municipality}、" in copied
        assert f"出典: {rec.source}:{rec.line}" in copied

        with pg.expect_download() as dl:
            turn.get_by_role("link", name="Markdown").click()
        assert dl.value.suggested_filename == f"{LIST_Q}.md"
        md = Path(dl.value.path()).read_text("utf-8")
        assert md.startswith(f"# {LIST_Q}\n\n") and "## 出典" in md and f"<{ARITA_URL}>" in md

        with pg.expect_download() as dl:
            turn.get_by_role("link", name="CSV").click()
        assert dl.value.suggested_filename == f"{LIST_Q}.csv"
        data = Path(dl.value.path()).read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        assert [r[0] for r in rows[1:]] == [h.record.id for h in answer.citations]
    finally:
        close(pg)


# ---------------------------------------------------------------- 一覧

def facet(pg, name: str) -> list[tuple[str, int]]:
    items = pg.locator(f'#tq-facets [data-facet="{name}"] .tq-facet-btn')
    return [(b.locator(".tq-facet-value").text_content(),
             int(b.locator(".tq-facet-count").text_content())) for b in items.all()]


@pytest.mark.browser
def test_browse_facets_filter_on_click_with_counts_years_and_csv(page, base_url, engine):
    from playwright.sync_api import expect

    open_app(page, base_url)
    page.get_by_role("tab", name="一覧").click()
    total = page.locator("#tq-browse .tq-total")
    n = len(engine.records)
    expect(total).to_have_text(f"{n}件中 {n}件")
    expect(bars(page, "tq-chart-country")).to_have_count(13)
    # Every value of every facet is there: listed, or behind 「ほか N件」.
    countries = facet(page, "country")
    assert len(countries) == 13 and sum(c for _, c in countries) == n
    more = page.locator('#tq-facets [data-facet="country"] details summary')
    assert more.inner_text() == "ほか5件"
    # The year axis is continuous: consecutive years, empty ones as zero columns.
    years = [int(y) for y in page.locator("#tq-chart-year .tq-col").evaluate_all(
        "cols => cols.map(c => c.dataset.year)")]
    dated = sorted({r.date.year for r in engine.records if r.date})
    assert years == list(range(dated[0], dated[-1] + 1))
    assert [y for y in years if y not in dated]  # empty years are drawn
    ticks = page.locator("#tq-chart-year .tq-axis span").all_inner_texts()
    assert all(t.isdigit() for t in ticks) and ticks[0] == "0"
    shot(page, "browse.png", full_page=True)

    page.locator('#tq-facets [data-facet="country"] .tq-facet-btn',
                 has_text="中国").first.click()
    china = [r for r in engine.records if r.country == "中国"]
    expect(total).to_have_text(f"{n}件中 {len(china)}件")
    wait_query(page, tab=["browse"], country=["中国"])
    page.locator("select.tq-year[name=from]").select_option("2010")
    rows = [r for r in china if r.date and r.date.year >= 2010]
    expect(total).to_have_text(f"{n}件中 {len(rows)}件")
    wait_query(page, country=["中国"], **{"from": ["2010"]})
    assert len(rows) == 9
    assert facet(page, "party") == [("長崎県", 7), ("北九州市", 1), ("福岡市", 1)]
    assert facet(page, "pref") == [("長崎県", 7), ("福岡県", 2)]
    assert facet(page, "country") == [("中国", 9)]
    expect(page.locator("#tq-table tbody tr")).to_have_count(len(rows))
    expect(bars(page, "tq-chart-country")).to_have_count(1)
    shot(page, "browse-filtered.png", full_page=True)

    with page.expect_download() as dl:
        page.locator("#tq-csv").click()
    assert dl.value.suggested_filename == "提携リスト_中国_2010–年.csv"
    data = Path(dl.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert table[0] == ["id", "自治体名", "協定名", "協定締結先", "国・地域", "分野", "締結日",
                        "概要", "URL", "出典ファイル", "行"]
    assert [row[0] for row in table[1:]] == [r.id for r in rows]

    # Back undoes the year, then the country.
    page.go_back()
    expect(total).to_have_text(f"{n}件中 {len(china)}件")
    # A value clicked again is taken out.
    page.locator('#tq-facets [data-facet="country"] .tq-facet-btn', has_text="中国").click()
    expect(total).to_have_text(f"{n}件中 {n}件")


@pytest.mark.browser
def test_browse_says_when_nothing_matches(page, base_url):
    open_app(page, base_url + "?tab=browse&country=%E4%B8%AD%E5%9B%BD&from=1960&to=1961")
    empty = page.locator("#tq-browse .tq-empty-state")
    empty.wait_for()
    assert empty.inner_text().startswith("条件に合う協定はありません。")
    assert page.locator("#tq-browse .tq-chart, #tq-table").count() == 0
    empty.get_by_role("button", name="条件をクリア").click()
    page.locator("#tq-table").wait_for()
    wait_query(page, tab=["browse"], country=None)


@pytest.mark.browser
def test_browse_on_a_phone_is_a_card_list(browser, base_url):
    pg = new_page(browser, PHONE)
    try:
        open_app(pg, base_url + "?tab=browse")
        row = pg.locator("#tq-table tbody tr").first
        row.wait_for()
        assert pg.locator("#tq-table thead").is_hidden()
        assert row.evaluate("r => getComputedStyle(r).display") == "block"
        b = box_of(row)
        assert b["x"] >= 0 and b["x"] + b["width"] <= PHONE["width"]
        assert pg.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        shot(pg, "browse-phone.png")
    finally:
        close(pg)


# ---------------------------------------------------------------- conditions as chips

@pytest.mark.browser
def test_chips_show_the_conditions_and_removing_one_asks_again(sized, base_url, engine):
    from playwright.sync_api import expect

    open_app(sized, base_url)
    turn = ask(sized, COUNT_Q)
    chips = turn.locator(".tq-chips .tq-chip[data-key]")
    assert chips.locator(".tq-chip-label").all_inner_texts() == ["中国", "長崎県"]
    assert turn.locator(".tq-understood").inner_text() == engine.ask(COUNT_Q).understood
    # The chips sit above the answer, inside the bubble.
    assert box_of(chips.first)["y"] < box_of(turn.locator(".tq-answer"))["y"]
    shot(sized, f"chips-{sized.size_name}.png")

    wider = engine.ask(COUNT_Q, (), drop=("country",))
    assert wider.count == 17
    chips.filter(has_text="中国").locator(".tq-chip-x").click()
    answer = sized.locator("#tq-chat .tq-turn").first.locator(".tq-answer")
    expect(answer).to_have_text(wider.text)
    wait_query(sized, q=[COUNT_Q], drop=["0:country"])
    turn = sized.locator("#tq-chat .tq-turn").first
    assert turn.locator(".tq-chip[data-key] .tq-chip-label").all_inner_texts() == ["長崎県"]
    assert turn.locator(".tq-chip-off").inner_text().startswith("外した条件: country")
    assert in_viewport(sized, turn.locator(".tq-question"))
    sized.go_back()
    expect(answer).to_have_text(engine.ask(COUNT_Q).text)


@pytest.mark.browser
def test_corrections_and_unused_words_are_shown(page, base_url):
    open_app(page, base_url)
    turn = ask(page, "上海外国後大学との協定は？")
    assert turn.locator(".tq-chip-fix").inner_text() == ("「上海外国後大学」を「上海外国語大学」"
                                                         "と読みました")
    turn = ask(page, "長崎県の協定で面白いのは中国のもの")
    assert turn.locator(".tq-chip-ignored").inner_text() == "使わなかった語: 面白い"


@pytest.mark.browser
def test_an_aggregate_answer_has_a_table_and_bars(page, base_url, engine):
    open_app(page, base_url)
    data = engine.ask("国別の協定数は？")
    turn = ask(page, "国別の協定数は？")
    table = turn.locator(".tq-aggregate table")
    assert table.locator("th").all_inner_texts() == ["国・地域", "件数"]
    rows = [tuple(r.locator("td").all_inner_texts()) for r in table.locator("tbody tr").all()]
    assert rows == [(g.value or "（記載なし）", str(g.count)) for g in data.groups]
    bars_ = turn.locator(".tq-aggregate .tq-bar")
    assert bars_.count() == len(data.groups)
    widths = [b.locator(".tq-bar-fill").bounding_box()["width"] for b in bars_.all()]
    assert widths == sorted(widths, reverse=True) and widths[0] > 3 * widths[-1]
    # Right after the summary line, on screen with the question.
    assert turn.locator(".tq-answer").inner_text() == data.text.split("\n・")[0]
    assert in_viewport(page, table) and in_viewport(page, bars_.first)
    shot(page, "aggregate.png")


# ---------------------------------------------------------------- 似た協定

@pytest.mark.browser
def test_the_similar_picker_filters_on_ime_input_and_says_no_match(page, base_url, engine):
    from playwright.sync_api import expect

    from teikei_qa.web.site import WEAK_SIMILARITY

    open_app(page, base_url + "?tab=similar")
    box = page.locator("#tq-pick input")
    box.click()
    options = page.locator("#tq-pick [role=option]")
    expect(options).to_have_count(len(engine.records))
    # Japanese through an IME: composition, then the committed word, with no key after.
    cdp = page.context.new_cdp_session(page)
    cdp.send("Input.imeSetComposition", {"text": "すいどう", "selectionStart": 4,
                                         "selectionEnd": 4})
    cdp.send("Input.insertText", {"text": "水道"})
    water = [f"{r.title}（{r.municipality}）" for r in engine.records if "水道" in r.title]
    expect(options).to_have_count(len(water))
    assert sorted(options.all_inner_texts()) == sorted(water)
    options.first.click()
    page.wait_for_function("location.search.includes('ref=')")
    ref = query_of(page)["ref"][0]
    page.locator("#tq-similar-out .tq-score").first.wait_for()
    rec = engine.records[engine.resolve(ref)]
    # Typing again replaces the choice instead of editing its middle.
    box.click()
    page.keyboard.type("zzzz")
    assert box.input_value() == "zzzz"
    expect(page.locator("#tq-pick-none")).to_be_visible()
    expect(options).to_have_count(0)
    # Weak neighbours say so.
    hits = engine.similar(rec.id, 5)
    scores = page.locator("#tq-similar-out .tq-score").all_inner_texts()
    assert ["類似は弱い" in s for s in scores] == [h.score < WEAK_SIMILARITY for h in hits]


@pytest.mark.browser
def test_weak_neighbours_are_labelled_weak(page, base_url, engine):
    from teikei_qa.web.site import WEAK_SIMILARITY

    rec = next(r for r in engine.records
               if any(h.score < WEAK_SIMILARITY for h in engine.similar(r.id, 5)))
    hits = engine.similar(rec.id, 5)
    open_app(page, base_url + f"?tab=similar&ref={rec.id}")
    scores = page.locator("#tq-similar-out .tq-score")
    scores.first.wait_for()
    assert ["類似は弱い" in s for s in scores.all_inner_texts()] == \
        [h.score < WEAK_SIMILARITY for h in hits]
    shot(page, "similar-weak.png")


@pytest.mark.browser
def test_the_footer_names_the_lists_read(page, base_url):
    open_app(page, base_url)
    footer = page.locator("#tq-footer .tq-sources")
    assert footer.locator("li").all_inner_texts() == ["teikei_list_H28-09.txt（平成28年9月現在、"
                                                      "43件）"]
    assert footer.locator("a").get_attribute("href") == "api/sources"
