"""The web UI in a real browser: Debian's chromium driven by playwright against the
real app on a free loopback port. Also the HTML the page is given (escaped) and the
example questions (each answers with citations).

Screenshots of each tab go to artifacts/ (look at them: Japanese must not be boxes).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

COUNT_Q = "長崎県が中国と結んでいる協定は何件？"
FOLLOW_Q = "そのうち2014年のものは？"
LIST_Q = "佐賀県の協定を挙げて"
ARITA_URL = "http://www.town.arita.lg.jp/site/kokusai/d_03.html"


# ---------------------------------------------------------------- no browser needed

def test_examples_cover_each_kind_and_answer_with_citations(engine):
    from teikei_qa.web import EXAMPLES

    intents = []
    for _, question in EXAMPLES:
        answer = engine.ask(question)
        intents.append(answer.intent)
        assert answer.citations, question
    assert intents == ["count", "list", "lookup", "topic"]


def test_cards_escape_every_field_and_link_only_http():
    from teikei_qa.records import Party, Record
    from teikei_qa.web import card_html, safe_url

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


# ---------------------------------------------------------------- browser

@pytest.fixture(scope="module")
def base_url(engine):
    from teikei_qa.web import create_app, running

    with running(create_app(engine)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium fonts-noto-cjk")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page that records every request it makes; all must go to 127.0.0.1."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000},
                                  accept_downloads=True, locale="ja-JP")
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    pg.requests = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    yield pg
    context.close()
    outside = [u for u in pg.requests if urlsplit(u).hostname != "127.0.0.1"]
    assert not outside, f"requests left 127.0.0.1: {outside}"


def shot(pg, name: str, full_page: bool = True) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    pg.screenshot(path=str(path), full_page=full_page)
    return path


def bars(pg, chart: str):
    return pg.locator(f"#{chart} .mark-rect path")


def open_app(pg, url: str) -> None:
    pg.goto(url, wait_until="domcontentloaded")
    pg.locator("#tq-question textarea").wait_for()


def ask(pg, question: str, *, button: bool = False):
    """Type a question, press Enter (or 送信), and return the new answer's message element."""
    from playwright.sync_api import expect

    answers = pg.locator("#tq-chat .tq-answer")
    before = answers.count()
    box = pg.locator("#tq-question textarea")
    box.fill(question)
    if button:
        pg.locator("#tq-send").click()
    else:
        box.press("Enter")
    expect(answers).to_have_count(before + 1)
    return answers.nth(before).locator("xpath=..")


def card_titles(message) -> list[str]:
    return message.locator(".tq-card .tq-title").all_inner_texts()


@pytest.mark.browser
def test_chat_answers_list_count_and_follow_up_with_cards(page, base_url, engine):
    open_app(page, base_url)
    assert page.locator("#tq-tabs [role=tab]").all_inner_texts() == ["チャット", "似た協定", "一覧"]

    listed = engine.ask(LIST_Q)
    msg = ask(page, LIST_Q)
    assert msg.locator(".tq-answer").inner_text() == listed.text
    assert listed.text.splitlines()[0] == "佐賀県（県内の自治体を含む）が結んだ協定は2件あります。すべて挙げます。"
    assert card_titles(msg) == ["友好団体協定書", "鹿島市・釜山外国語大学校官学官学国際交流協定"]
    arita, kashima = msg.locator(".tq-card").all()
    link = arita.locator("a")
    assert link.count() == 1 and link.get_attribute("href") == ARITA_URL
    assert link.inner_text() == ARITA_URL and link.get_attribute("target") == "_blank"
    assert kashima.locator("a").count() == 0
    shot(page, "screenshot-chat.png", full_page=False)

    count = engine.ask(COUNT_Q, [LIST_Q])
    msg = ask(page, COUNT_Q)
    assert msg.locator(".tq-answer").inner_text() == count.text
    assert count.text.splitlines()[0] == "長崎県（県内の自治体を含む）が中国と結んだ協定は11件です。"
    assert msg.locator(".tq-num").all_inner_texts() == [f"[{n}]" for n in range(1, 12)]
    assert card_titles(msg) == [h.record.title for h in count.citations]
    first = msg.locator(".tq-card").first
    rec = count.citations[0].record
    assert first.locator("dt").all_inner_texts() == ["自治体", "締結先", "分野", "締結日", "概要",
                                                     "出典"]
    assert first.locator("dd").all_inner_texts() == [
        "長崎県", "中国/上海市", "教育", "2014年8月5日", rec.summary, f"{rec.source}:{rec.line}"]

    follow = engine.ask(FOLLOW_Q, [LIST_Q, COUNT_Q])
    msg = ask(page, FOLLOW_Q)
    assert msg.locator(".tq-answer").inner_text() == follow.text
    assert follow.text.splitlines()[0] == "長崎県（県内の自治体を含む）が2014年に中国と結んだ協定は3件です。"
    assert card_titles(msg) == [h.record.title for h in follow.citations]

    shot(page, "chat.png")


@pytest.mark.browser
def test_example_questions_ask_on_one_click(page, base_url, engine):
    from playwright.sync_api import expect

    from teikei_qa.web import EXAMPLES

    open_app(page, base_url)
    kind, question = EXAMPLES[0]
    page.locator("#tq-examples").get_by_text(question, exact=True).click()
    expect(page.locator("#tq-chat .tq-answer")).to_have_text(engine.ask(question).text)
    assert page.locator("#tq-chat .tq-question").inner_text() == question
    assert page.locator("#tq-chat .tq-card").count() == 4


@pytest.mark.browser
def test_markup_in_a_question_is_shown_as_text(page, base_url):
    question = '<img src=x onerror="window.tqHacked=1"> **太字** <b>b</b>'
    open_app(page, base_url)
    ask(page, question, button=True)
    assert page.locator("#tq-chat .tq-question").inner_text() == question
    assert page.locator("#tq-chat img, #tq-chat .tq-question b").count() == 0
    assert page.evaluate("window.tqHacked") is None


@pytest.mark.browser
def test_long_question_is_cut_with_a_notice(page, base_url, engine):
    limit = engine.settings.max_question_chars
    question = COUNT_Q + "詳しく" * limit
    open_app(page, base_url)
    msg = ask(page, question)
    text = msg.locator(".tq-answer").inner_text()
    assert text.splitlines()[:2] == [f"（質問が長すぎるため、先頭の{limit}文字だけで答えました。）",
                                     "長崎県（県内の自治体を含む）が中国と結んだ協定は11件です。"]


@pytest.mark.browser
def test_a_card_opens_similar_agreements(page, base_url, engine):
    from playwright.sync_api import expect

    open_app(page, base_url)
    count = engine.ask(COUNT_Q)
    msg = ask(page, COUNT_Q)
    msg.locator(".tq-card").nth(1).get_by_role("button", name="似た協定を見る").click()

    rec = count.citations[1].record
    hits = engine.similar(rec.id, 5)
    out = page.locator("#tq-similar-out")
    expect(out.locator(".tq-card .tq-title")).to_have_text(
        [rec.title] + [h.record.title for h in hits])
    expect(page.get_by_role("tab", name="似た協定")).to_have_attribute("aria-selected", "true")
    assert page.locator("#tq-pick input").input_value() == f"{rec.title}（{rec.municipality}）"
    scores = out.locator(".tq-score").all_inner_texts()
    assert [s.split("　")[0] for s in scores] == [f"類似度 {h.score:.3f}" for h in hits]
    assert all("共通点: " in s for s in scores)
    assert "分野「教育」" in scores[0]
    shot(page, "similar.png")


@pytest.mark.browser
def test_browse_filters_counts_and_csv(page, base_url, engine):
    from playwright.sync_api import expect

    open_app(page, base_url)
    page.get_by_role("tab", name="一覧").click()
    total = page.locator("#tq-facets .tq-total")
    expect(total).to_have_text(f"{len(engine.records)}件中 {len(engine.records)}件")
    expect(bars(page, "tq-chart-country")).to_have_count(13)
    expect(bars(page, "tq-chart-year")).to_have_count(19)
    shot(page, "browse.png")

    page.locator("#tq-f-countries input").click()
    page.get_by_role("option", name="中国", exact=True).click()
    china = [r for r in engine.records if r.country == "中国"]
    expect(total).to_have_text(f"43件中 {len(china)}件")
    page.locator("#tq-f-from input[type=number]").fill("2010")
    page.locator("#tq-f-from input[type=number]").press("Enter")
    rows = [r for r in china if r.date and r.date.year >= 2010]
    expect(total).to_have_text(f"43件中 {len(rows)}件")
    assert len(rows) == 9

    def facet(name: str) -> list[tuple[str, int]]:
        items = page.locator(f'#tq-facets [data-facet="{name}"] li')
        return [(li.locator(".tq-facet-value").inner_text(),
                 int(li.locator(".tq-facet-count").inner_text())) for li in items.all()]

    assert facet("parties") == [("長崎県", 7), ("北九州市", 1), ("福岡市", 1)]
    assert facet("prefectures") == [("長崎県", 7), ("福岡県", 2)]
    assert facet("countries") == [("中国", 9)]
    expect(page.locator("#tq-table [role=grid]")).to_have_attribute("aria-rowcount",
                                                                    str(len(rows) + 1))
    expect(bars(page, "tq-chart-country")).to_have_count(1)
    expect(bars(page, "tq-chart-year")).to_have_count(5)
    shot(page, "browse-filtered.png")

    with page.expect_download() as dl:
        page.locator("#tq-csv").click()
    data = Path(dl.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert table[0] == ["id", "自治体名", "協定名", "協定締結先", "国・地域", "分野", "締結日", "概要",
                        "URL", "出典ファイル", "行"]
    assert [row[0] for row in table[1:]] == [r.id for r in rows]
    assert {row[4] for row in table[1:]} == {"中国"}


@pytest.mark.browser
def test_markup_in_the_data_is_shown_as_text(page, tmp_path, encoder, tokenizer):
    from playwright.sync_api import expect

    from teikei_qa.engine import Engine, build
    from teikei_qa.settings import Settings
    from teikei_qa.web import create_app, running

    data = tmp_path / "hostile.txt"
    data.write_text(
        "自治体名\t協定名\t協定締結先(国・地域名/都市名)\t分野\t概要(骨子、締結年等)\tURL\n"
        "テスト市\t<b>太字</b>の協定 **強調**\t米国/<i>シアトル市</i>\t環境\t"
        "[リンク](javascript:alert(1)) <img src=x onerror=alert(1)> 2015年4月1日締結\t"
        '<a href="javascript:alert(1)">javascript:alert(1)</a>\n'
        "見本町\t見本町と釜山市の協定\t韓国/釜山市\t教育\t2010年締結 <script>alert(1)</script>\t"
        '<a href="https://example.org/a?b=1&amp;c=2">リンク</a>\n', encoding="utf-8")
    settings = Settings(data=(data,), index_dir=tmp_path / "index")
    build(settings, encoder=encoder, tokenizer=tokenizer)
    engine = Engine.open(settings, encoder=encoder, tokenizer=tokenizer)
    with running(create_app(engine)) as url:
        open_app(page, url)
        msg = ask(page, "テスト市の協定は？")
        card = msg.locator(".tq-card")
        assert card.locator(".tq-title").inner_text() == "<b>太字</b>の協定 **強調**"
        assert card.locator("dd").nth(1).inner_text() == "米国/<i>シアトル市</i>"
        assert card.locator("dd").nth(4).inner_text() == \
            "[リンク](javascript:alert(1)) <img src=x onerror=alert(1)> 2015年4月1日締結"
        assert page.locator("#tq-chat b, #tq-chat i, #tq-chat img, #tq-chat script").count() == 0
        assert card.locator("a").count() == 0
        msg = ask(page, "見本町の協定は？")
        assert msg.locator(".tq-card a").get_attribute("href") == "https://example.org/a?b=1&c=2"

        page.get_by_role("tab", name="一覧").click()
        grid = page.locator("#tq-table")
        grid.get_by_test_id("cell-0-1").get_by_text("<b>太字</b>の協定 **強調**",
                                                    exact=True).wait_for()
        assert grid.locator("td b, td img, td script, td i").count() == 0
        expect(bars(page, "tq-chart-country")).to_have_count(2)
        shot(page, "browse-markup.png")

