"""The page's stylesheet and script (given to Gradio as `css` and `head`).

The script turns clicks on the server-rendered HTML (which has no handlers of its
own) into views: it edits the URL query (state.py describes it), asks the server for
that view through a hidden textbox and button, pushes the URL (Back/Forward and
reload reproduce it; browser storage keeps the last one), and scrolls to what the
action was about: a new answer's question, card n of `[n]`, a row of 一覧."""

from __future__ import annotations

CSS = """
.tq-header h1 { font-size: 1.25em; margin: 0 0 2px; }
.tq-header p { margin: 0; color: var(--body-text-color-subdued); font-size: 0.92em; }
.tq-conv { display: flex; flex-direction: column; gap: 22px; padding: 4px 0 12px; }
.tq-turn { scroll-margin-top: 6px; display: flex; flex-direction: column; gap: 8px; }
.tq-question { align-self: flex-end; max-width: 85%; background: var(--color-accent-soft);
  border-radius: 14px 14px 2px 14px; padding: 8px 12px; white-space: pre-wrap;
  overflow-wrap: anywhere; line-height: 1.6; }
.tq-reply { border: 1px solid var(--border-color-primary); border-radius: 14px;
  padding: 10px 12px; min-width: 0; }
.tq-answer, .tq-answer-rest { white-space: pre-wrap; line-height: 1.7; overflow-wrap: anywhere; }
.tq-ref { border: none; background: none; padding: 0 1px; color: var(--link-text-color);
  text-decoration: underline; cursor: pointer; font: inherit; }
.tq-chips { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-bottom: 8px;
  font-size: 0.88em; }
.tq-understood { color: var(--body-text-color-subdued); margin-right: 4px; }
.tq-chip { display: inline-flex; align-items: center; gap: 4px; border-radius: 999px;
  padding: 2px 4px 2px 10px; border: 1px solid var(--border-color-accent);
  background: var(--background-fill-primary); }
.tq-chip-not { border-style: dashed; }
.tq-chip-kind { color: var(--body-text-color-subdued); margin-right: 2px; }
.tq-chip-ignored, .tq-chip-fix { border-color: var(--border-color-primary);
  color: var(--body-text-color-subdued); padding-right: 10px; }
.tq-chip-off { text-decoration: none; color: var(--body-text-color-subdued); }
.tq-chip-x, .tq-chip-undo { border: none; background: var(--background-fill-secondary);
  border-radius: 999px; min-width: 1.7em; height: 1.7em; cursor: pointer; padding: 0 6px; }
.tq-tools { display: flex; flex-wrap: wrap; gap: 8px; margin: 10px 0 4px; font-size: 0.88em; }
.tq-tools button, .tq-dl, .tq-browse-head .tq-dl {  font-size: 0.92em; line-height: 1.6;
  border: 1px solid var(--border-color-primary); border-radius: 6px;
  padding: 2px 10px; background: var(--background-fill-primary); cursor: pointer;
  color: var(--body-text-color); text-decoration: none; }
.tq-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(290px, 100%), 1fr));
  gap: 8px; margin-top: 10px; }
.tq-card { border: 1px solid var(--border-color-primary); border-radius: 8px; min-width: 0;
  padding: 8px 10px; background: var(--background-fill-secondary); font-size: 0.88em;
  scroll-margin: 12px; transition: box-shadow 0.3s; }
.tq-card.tq-flash { box-shadow: 0 0 0 3px var(--color-accent);
  background: var(--color-accent-soft); }
tr.tq-flash { outline: 3px solid var(--color-accent); outline-offset: -2px; }
.tq-card h4 { margin: 0 0 6px; font-size: 1.02em; line-height: 1.45; }
.tq-card .tq-num { color: var(--color-accent); margin-right: 4px; }
.tq-card dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 10px;
  margin: 0; }
.tq-card dt { color: var(--body-text-color-subdued); }
.tq-card dd { margin: 0; overflow-wrap: anywhere; white-space: pre-wrap; }
.tq-card .tq-title { white-space: pre-wrap; overflow-wrap: anywhere; }
.tq-card a, .tq-rows a { color: var(--link-text-color); text-decoration: underline;
  overflow-wrap: anywhere; }
.tq-src { border: none; background: none; padding: 0; font: inherit; cursor: pointer;
  color: var(--link-text-color); text-decoration: underline; text-align: left;
  overflow-wrap: anywhere; }
.tq-score { font-size: 0.9em; color: var(--body-text-color-subdued); margin-bottom: 4px; }
.tq-weak { color: var(--body-text-color); font-weight: 600; }
.tq-similar { margin-top: 6px; padding: 2px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--border-color-accent); background: var(--background-fill-primary);
  color: var(--body-text-color); font-size: 0.95em; }
.tq-welcome { margin: 4px 0 10px; line-height: 1.7; }
.tq-examples p { margin: 0 0 6px; color: var(--body-text-color-subdued); font-size: 0.9em; }
.tq-examples { display: flex; flex-direction: column; gap: 6px; align-items: flex-start; }
.tq-example { border: 1px solid var(--border-color-primary); border-radius: 8px;
  background: var(--background-fill-secondary); padding: 6px 10px; cursor: pointer;
  text-align: left; color: var(--body-text-color); font: inherit; }
.tq-example-kind { color: var(--color-accent); margin-right: 8px; font-size: 0.85em; }
/* The question box stays on screen (Gradio's tabs clip `position: sticky`). */
#tq-inputbar { position: fixed; bottom: 0; left: 50%; transform: translateX(-50%); z-index: 20;
  width: min(calc(100vw - 16px), 1240px); background: var(--body-background-fill);
  padding: 6px 8px; border-top: 1px solid var(--border-color-primary);
  box-shadow: 0 -4px 12px rgba(0, 0, 0, 0.06); }
#tq-tab-chat { padding-bottom: 120px; }
.tq-conv-head { display: flex; justify-content: flex-end; }
.tq-clear-chat { border: 1px solid var(--border-color-primary); border-radius: 6px;
  background: var(--background-fill-primary); padding: 2px 10px; cursor: pointer;
  color: var(--body-text-color); font-size: 0.88em; }
#tq-inputbar { gap: 4px; }
#tq-hint:not(:has([role=alert])) { display: none; }
#tq-hint p { margin: 0; color: var(--color-accent); font-weight: 600; }
.tq-aggregate { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 8px 24px;
  align-items: start; }
.tq-groups { border-collapse: collapse; margin: 8px 0; font-size: 0.9em; }
.tq-groups th, .tq-groups td { border: 1px solid var(--border-color-primary); padding: 2px 10px; }
.tq-groups td:last-child { text-align: right; font-variant-numeric: tabular-nums; }
.tq-chart { margin: 8px 0; min-width: 0; }
.tq-chart figcaption { font-weight: 600; margin-bottom: 6px; }
.tq-bar { display: grid; grid-template-columns: minmax(3em, 9em) minmax(0, 1fr) 3.5em;
  gap: 6px; align-items: center; font-size: 0.88em; margin: 2px 0; }
.tq-bar-label { overflow-wrap: anywhere; }
.tq-bar-track { background: var(--background-fill-secondary); height: 14px; border-radius: 3px; }
.tq-bar-fill { display: block; height: 100%; background: var(--color-accent); border-radius: 3px;
  min-width: 2px; }
.tq-bar-count { text-align: right; font-variant-numeric: tabular-nums; }
.tq-cols-body { display: flex; height: 170px; padding-bottom: 1.5em; }
.tq-axis { position: relative; width: 2.4em; flex: none; font-size: 0.72em; }
.tq-axis span { position: absolute; right: 4px; transform: translateY(50%); }
.tq-cols-plot { flex: 1; display: grid; grid-template-columns: repeat(var(--n), minmax(0, 1fr));
  gap: 1px; align-items: end; border-left: 1px solid var(--border-color-primary);
  border-bottom: 1px solid var(--border-color-primary); height: 100%; min-width: 0; }
.tq-col { position: relative; height: 100%; display: flex; align-items: flex-end; }
.tq-col-fill { display: block; width: 100%; background: var(--color-accent); }
.tq-col-label { position: absolute; top: 100%; left: 50%; transform: translateX(-50%);
  font-size: 0.68em; white-space: nowrap; }
.tq-chart-note { font-size: 0.85em; color: var(--body-text-color-subdued); margin: 4px 0 0; }
.tq-browse-head { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center;
  margin-bottom: 10px; }
.tq-total { font-weight: 600; }
.tq-selection { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.tq-none { color: var(--body-text-color-subdued); }
.tq-clear-filter { border: 1px solid var(--border-color-primary); border-radius: 6px;
  background: var(--background-fill-primary); padding: 2px 10px; cursor: pointer; }
.tq-facets { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
  gap: 10px; margin-bottom: 10px; }
.tq-facet h4 { margin: 0 0 4px; display: flex; justify-content: space-between; }
.tq-facet h4 small { font-weight: normal; color: var(--body-text-color-subdued); }
.tq-facet ul { list-style: none; margin: 0; padding: 0; }
.tq-facet-btn:not(.tq-chip-x) { display: flex; justify-content: space-between; gap: 8px;
  width: 100%; border: none; background: none; padding: 2px 4px; cursor: pointer;
  text-align: left; color: var(--body-text-color); font: inherit; border-radius: 4px; }
.tq-facet-btn:hover, .tq-facet-btn.tq-on { background: var(--color-accent-soft); }
.tq-facet-btn.tq-on .tq-facet-value::before { content: "✓ "; }
.tq-facet-count { color: var(--body-text-color-subdued); font-variant-numeric: tabular-nums; }
.tq-more summary { cursor: pointer; color: var(--link-text-color); font-size: 0.9em; }
.tq-charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(420px, 100%), 1fr));
  gap: 16px; }
.tq-empty-state { border: 1px dashed var(--border-color-primary); border-radius: 8px;
  padding: 16px; }
.tq-table-wrap { overflow-x: auto; }
.tq-rows { border-collapse: collapse; width: 100%; font-size: 0.86em; table-layout: fixed; }
.tq-rows th:nth-child(1) { width: 8%; } .tq-rows th:nth-child(2) { width: 17%; }
.tq-rows th:nth-child(3) { width: 11%; } .tq-rows th:nth-child(4) { width: 6%; }
.tq-rows th:nth-child(5) { width: 7%; } .tq-rows th:nth-child(6) { width: 8%; }
.tq-rows th:nth-child(7) { width: 25%; } .tq-rows th:nth-child(8) { width: 8%; }
.tq-rows th:nth-child(9) { width: 10%; }
.tq-rows th, .tq-rows td { border-bottom: 1px solid var(--border-color-primary); padding: 4px 6px;
  vertical-align: top; text-align: left; overflow-wrap: anywhere; }
.tq-rows th { white-space: nowrap; position: sticky; top: 0;
  background: var(--background-fill-secondary); }
.tq-rows tr { scroll-margin: 60px; }
.tq-rows td { white-space: pre-wrap; }
.tq-rows tr.tq-hl td { background: var(--color-accent-soft); }
.tq-years select { padding: 2px 4px; }
.tq-sources { font-size: 0.82em; color: var(--body-text-color-subdued); margin-top: 16px; }
.tq-sources ul { margin: 2px 0 0; padding-left: 1.2em; }
.tq-sources a { color: var(--link-text-color); }
@media (max-width: 640px) {
  .tq-question { max-width: 92%; }
  .tq-reply { padding: 8px; }
  .tq-rows thead { display: none; }
  .tq-rows, .tq-rows tbody { display: block; table-layout: auto; }
  #tq-inputbar { width: 100vw; }
  #tq-inputbar { padding: 4px 6px; }
  #tq-inputrow { flex-wrap: nowrap; gap: 6px; }
  #tq-question .info-text { display: none; }
  #tq-question { padding: 4px 6px; }
  #tq-inputbar button { padding: 6px 10px; font-size: 0.95em; flex: none; }
  .tq-rows tr { display: block; border: 1px solid var(--border-color-primary);
    border-radius: 8px; margin-bottom: 8px; padding: 6px 8px; }
  .tq-rows td { display: grid; grid-template-columns: 5.5em minmax(0, 1fr); gap: 6px;
    border: none; padding: 1px 0; }
  .tq-rows td::before { content: attr(data-label); color: var(--body-text-color-subdued); }
  .tq-bar { grid-template-columns: minmax(3em, 7em) minmax(0, 1fr) 3em; }
  .tq-aggregate { grid-template-columns: minmax(0, 1fr); }
  /* Facet values flow as chips, so the four facets take a screen, not four. */
  .tq-facets { grid-template-columns: 1fr; gap: 6px; }
  .tq-facet ul { display: flex; flex-wrap: wrap; gap: 4px; }
  .tq-facet-btn:not(.tq-chip-x) { width: auto; border: 1px solid var(--border-color-primary);
    border-radius: 999px; padding: 1px 8px; }
}
"""

JS = r"""
<script>
(() => {
  const KEY = "teikei-qa:view";
  const FILTERS = ["party", "pref", "country", "field", "from", "to", "row"];
  const tq = window.tq = {
    mode: "push",
    focus: null,
    field(id) { return document.querySelector(`#${id} textarea, #${id} input`); },
    current() { const s = tq.field("tq-state"); return s ? s.value : location.search; },
    go(qs, mode) {
      // Ask the server for the view of `qs`; tq.sync follows when it has drawn it.
      tq.mode = mode || "push";
      const box = tq.field("tq-req"), go = document.querySelector("#tq-go");
      if (!box || !go) return;
      box.value = qs;
      box.dispatchEvent(new Event("input", { bubbles: true }));
      setTimeout(() => go.click(), 0);
    },
    edit(change, focus) {
      const p = new URLSearchParams(tq.current());
      change(p);
      tq.focus = focus || null;
      const s = p.toString();
      tq.go(s ? "?" + s : "", "push");
    },
    initial() {
      tq.mode = "replace";
      let qs = location.search;
      if (!qs) { try { qs = localStorage.getItem(KEY) || ""; } catch (e) { qs = ""; } }
      tq.focus = "last-turn";
      return qs;
    },
    sync(qs) {
      if (qs !== location.search) {
        const url = location.pathname + qs;
        if (tq.mode === "replace") history.replaceState(null, "", url);
        else history.pushState(null, "", url);
      }
      tq.mode = "push";
      try { qs ? localStorage.setItem(KEY, qs) : localStorage.removeItem(KEY); } catch (e) {}
      tq.scrollSoon();
    },
    target(f) {
      if (f === "last-turn") {
        const tab = new URLSearchParams(location.search).get("tab");
        if (tab && tab !== "chat") return null;
        const turns = document.querySelectorAll("#tq-chat .tq-turn");
        return turns.length ? turns[turns.length - 1] : null;
      }
      return document.querySelector(f);
    },
    scrollSoon() {
      const f = tq.focus;
      tq.focus = null;
      if (!f) return;
      let tries = 0;
      const step = () => {
        const el = tq.target(f);
        if (el && el.offsetParent !== null) {
          el.scrollIntoView({ block: el.tagName === "TR" ? "center" : "start" });
          if (el.tagName === "TR") tq.flash(el);
        } else if (tries++ < 60) setTimeout(step, 50);
      };
      setTimeout(step, 50);
    },
    flash(el) {
      document.querySelectorAll(".tq-flash").forEach((e) => e.classList.remove("tq-flash"));
      el.classList.add("tq-flash");
      setTimeout(() => el.classList.remove("tq-flash"), 4000);
    },
    beforeAsk(q) {
      if (q && q.trim()) tq.focus = `#tq-t${document.querySelectorAll("#tq-chat .tq-turn").length}`;
    },
    copy(text, button) {
      const done = () => { const old = button.textContent; button.textContent = "コピーしました";
        setTimeout(() => { button.textContent = old; }, 2000); };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, () => tq.copyOld(text) && done());
      } else if (tq.copyOld(text)) done();
    },
    copyOld(text) {
      const area = document.createElement("textarea");
      area.value = text; area.style.position = "fixed"; area.style.left = "-9999px";
      document.body.appendChild(area); area.select();
      try { return document.execCommand("copy"); } catch (e) { return false; }
      finally { area.remove(); }
    },
    noMatch() {
      const pick = tq.field("tq-pick"), none = document.querySelector("#tq-pick-none");
      if (!pick || !none) return;
      setTimeout(() => {
        const shown = document.querySelectorAll("#tq-pick [role=option], #tq-pick li.item");
        none.hidden = !(pick.value.trim() && shown.length === 0);
      }, 80);
    },
  };

  const TABS = ["chat", "similar", "browse"];
  document.addEventListener("click", (event) => {
    const t = event.target;
    const tab = t.closest("#tq-tabs [role=tab]");
    if (tab) {
      const id = TABS[[...tab.parentElement.querySelectorAll("[role=tab]")].indexOf(tab)];
      tq.edit((p) => { id === "chat" ? p.delete("tab") : p.set("tab", id); });
      return;
    }
    const b = t.closest("button");
    if (!b || !b.closest("#tq-chat, #tq-similar-out, #tq-browse")) return;
    const v = b.value;
    if (b.matches(".tq-ref")) {
      const card = document.getElementById(v);
      if (card) { card.scrollIntoView({ block: "center" }); tq.flash(card); }
    } else if (b.matches(".tq-similar")) {
      tq.edit((p) => { p.set("tab", "similar"); p.set("ref", v); }, "#tq-tabs");
    } else if (b.matches(".tq-src")) {
      tq.edit((p) => { FILTERS.forEach((k) => p.delete(k)); p.set("tab", "browse");
        p.set("row", v); }, `#tq-row-${CSS.escape(v)}`);
    } else if (b.matches(".tq-chip-x") && b.closest("#tq-chat")) {
      tq.edit((p) => p.append("drop", v), `#tq-t${v.split(":")[0]}`);
    } else if (b.matches(".tq-chip-undo")) {
      tq.edit((p) => { const rest = p.getAll("drop").filter((d) => d !== v);
        p.delete("drop"); rest.forEach((d) => p.append("drop", d)); }, `#tq-t${v.split(":")[0]}`);
    } else if (b.matches(".tq-facet-btn")) {
      const [name, value] = v.split("\t");
      tq.edit((p) => {
        const had = p.getAll(name);
        p.delete(name);
        (had.includes(value) ? had.filter((x) => x !== value) : [...had, value])
          .forEach((x) => p.append(name, x));
        p.delete("row"); p.set("tab", "browse");
      });
    } else if (b.matches(".tq-clear-filter")) {
      tq.edit((p) => FILTERS.forEach((k) => p.delete(k)));
    } else if (b.matches(".tq-copy")) {
      tq.copy(b.parentElement.querySelector(".tq-plain").textContent, b);
    } else if (b.matches(".tq-clear-chat")) {
      try { localStorage.removeItem(KEY); } catch (e) {}
      tq.edit((p) => ["h", "q", "drop"].forEach((k) => p.delete(k)));
    } else if (b.matches(".tq-example")) {
      const box = tq.field("tq-question");
      box.value = v;
      box.dispatchEvent(new Event("input", { bubbles: true }));
      setTimeout(() => document.querySelector("#tq-send").click(), 0);
    } else return;
    event.preventDefault();
  });
  document.addEventListener("change", (event) => {
    const s = event.target.closest("select.tq-year");
    if (!s) return;
    tq.edit((p) => { s.value ? p.set(s.name, s.value) : p.delete(s.name); p.delete("row"); });
  });
  // The picker filters on keydown; a word committed through an IME ends without one.
  document.addEventListener("compositionend", (event) => {
    if (!event.target.closest("#tq-pick")) return;
    event.target.dispatchEvent(
      new KeyboardEvent("keydown", { key: "Unidentified", bubbles: true }));
    tq.noMatch();
  });
  document.addEventListener("keyup", (event) => {
    if (event.target.closest("#tq-pick")) tq.noMatch();
  });
  // Typing after a choice replaces it instead of editing the middle of the old title.
  document.addEventListener("focusin", (event) => {
    const t = event.target;
    if (!t.matches("#tq-pick input")) return;
    const chosen = t.value;  // after Gradio's own focus handling, unless typing began
    t.select();
    setTimeout(() => { if (t.value === chosen) t.select(); }, 0);
  });
  window.addEventListener("popstate", () => {
    tq.focus = "last-turn"; tq.go(location.search, "replace");
  });
})();
</script>
"""
