"""The Gradio page: three tabs whose content is server-rendered HTML (chat.py,
browse_view.py, Site.similar_html), one question box, and the hidden pair (a textbox
and a button) through which the page script asks for the view of a URL query."""

from __future__ import annotations

from typing import Any

import gradio as gr
from gradio.events import api  # gr.api, which gradio's __all__ leaves out

from ..answer import Answer
from ..errors import UnknownRecordError
from .chat import plain_text
from .site import EXAMPLES, Site
from .state import View, parse, query

THEME_FONTS: list[gr.themes.Font | str] = [
    gr.themes.Font("Noto Sans CJK JP"), gr.themes.Font("Hiragino Sans"),
    gr.themes.Font("Yu Gothic"), gr.themes.Font("Meiryo"), "sans-serif"]
THEME_MONO: list[gr.themes.Font | str] = [gr.themes.Font("Noto Sans Mono CJK JP"), "monospace"]
HEADER = ('<div class="tq-header"><h1>姉妹友好都市以外の提携リスト QA</h1>'
          "<p>自治体の国際的な協定について日本語で質問できます。答えには出典の協定を番号付きで"
          "示します。</p></div>")
EMPTY_HINT = ('<p role="alert">質問を入力してください。例:「{0}」「{1}」のように、'
              "自治体・国・分野・年などを入れて聞けます。</p>")


def theme() -> gr.themes.Base:
    return gr.themes.Default(font=THEME_FONTS, font_mono=THEME_MONO)


class Page:
    """The Blocks and their handlers over a Site."""

    def __init__(self, site: Site) -> None:
        self.site = site

    # -------------------------------------------------------- handlers

    def render(self, qs: str | None) -> tuple[Any, ...]:
        """Every output for the view `qs` describes: tab, state, chat, similar, pick, 一覧."""
        return self._render(parse(qs or ""))

    def _render(self, view: View) -> tuple[Any, ...]:
        ref = None
        if view.ref:
            try:
                ref = self.site.record(view.ref).id
            except UnknownRecordError:  # the tab says so; the picker stays empty
                ref = None
        return (gr.Tabs(selected=view.tab), query(view), self.site.chat_html(view),
                self.site.similar_html(view.ref), gr.Dropdown(value=ref),
                self.site.browse_html(view))

    def first(self, qs: str | None) -> tuple[Any, ...]:
        """The view of the address the page was opened at (or of the browser's storage);
        the bare address is what the page was served with, so nothing is sent (a
        question asked meanwhile is not overwritten)."""
        if not qs:
            return (gr.skip(),) * 6
        return self.render(qs)

    def submit(self, question: str | None, qs: str | None) -> tuple[Any, ...]:
        """Ask `question` after the conversation of view `qs`; an empty one gets a hint."""
        if not (question or "").strip():
            hint = EMPTY_HINT.format(EXAMPLES[0][1], EXAMPLES[3][1])
            return (*(gr.skip(),) * 6, question or "", hint)
        return (*self._render(parse(qs or "").asked(question or "")), "", "")

    def pick(self, ref: str | None, qs: str | None) -> tuple[str, str]:
        view = parse(qs or "")
        new = View(tab="similar", turns=view.turns, filter=view.filter, ref=ref or None)
        return query(new), self.site.similar_html(ref)

    def chat_api(self, message: str, history: list[dict[str, Any]]
                 ) -> tuple[list[dict[str, Any]], str]:
        """For gradio_client: `message` after `history` (messages with role and content,
        as a Chatbot holds them); returns the new history and an empty box."""
        history = list(history or [])
        if not (message or "").strip():
            return history, ""
        earlier = [str(m.get("content", "")) for m in history if m.get("role") == "user"]
        answer: Answer = self.site.ask(message, earlier)
        return history + [{"role": "user", "content": message},
                          {"role": "assistant", "content": plain_text(answer)}], ""

    # -------------------------------------------------------- layout

    def blocks(self) -> gr.Blocks:
        first = View()
        demo = gr.Blocks(title="提携リスト QA", analytics_enabled=False)
        with demo:
            gr.HTML(HEADER)
            with gr.Tabs(selected="chat", elem_id="tq-tabs") as tabs:
                with gr.Tab("チャット", id="chat", elem_id="tq-tab-chat"):
                    chat = gr.HTML(self.site.chat_html(first), elem_id="tq-chat")
                    with gr.Column(elem_id="tq-inputbar"):
                        hint = gr.HTML("", elem_id="tq-hint")
                        with gr.Row(elem_id="tq-inputrow"):
                            box = gr.Textbox(
                                show_label=False, elem_id="tq-question", scale=5, lines=1,
                                max_lines=4, autofocus=False,
                                placeholder="例: 長崎県が中国と結んでいる協定は何件？",
                                info=f"{self.site.engine.settings.max_question_chars}文字を"
                                     "超える質問は先頭だけで答えます。「そのうち…」と続けて"
                                     "絞り込めます。")
                            send = gr.Button("送信", variant="primary", scale=0, min_width=70,
                                             elem_id="tq-send")
                with gr.Tab("似た協定", id="similar", elem_id="tq-tab-similar"):
                    titles = [(f"{r.title}（{r.municipality}）", r.id) for r in self.site.records]
                    pick = gr.Dropdown(choices=titles, value=None, filterable=True,
                                       elem_id="tq-pick", label="協定を選ぶ（入力で絞り込めます）")
                    gr.HTML('<p id="tq-pick-none" class="tq-hint" role="status" hidden>'
                            "一致する協定はありません。別の語で探してください。</p>")
                    similar = gr.HTML(self.site.similar_html(None), elem_id="tq-similar-out")
                with gr.Tab("一覧", id="browse", elem_id="tq-tab-browse"):
                    browse = gr.HTML(self.site.browse_html(View(tab="browse")),
                                     elem_id="tq-browse")
            gr.HTML(self.site.sources_html(), elem_id="tq-footer")
            req = gr.Textbox(visible="hidden", elem_id="tq-req")
            state = gr.Textbox(visible="hidden", elem_id="tq-state")
            go = gr.Button("view", visible="hidden", elem_id="tq-go")

            outputs = [tabs, state, chat, similar, pick, browse]
            go.click(self.render, req, outputs, api_visibility="private",
                     show_progress="hidden")
            demo.load(self.first, req, outputs, js="() => [window.tq ? tq.initial() : '']",
                      api_visibility="private", show_progress="hidden").then(
                None, js="() => { window.tqLoaded = true; }")
            for asked in (box.submit, send.click):
                asked(fn=self.submit, inputs=[box, state], outputs=[*outputs, box, hint],
                      js="(q, s) => { window.tq && tq.beforeAsk(q); return [q, s]; }",
                      api_visibility="private", show_progress="minimal")
            pick.input(self.pick, [pick, state], [state, similar], api_visibility="private")
            state.change(None, state, None, js="(s) => { window.tq && tq.sync(s); }")
            api(self.chat_api, api_name="chat")
        return demo
