"""What a summary tells of an agreement's history, asked as a condition: that it began at
the other side's proposal (…との提案があり, 先方より打診があり, 要請に基づき), and that a
party or partner changed its name (現・国際企画庁, 現在は「海洋と漁業庁」, 名称を…と改める).
The summaries are written from the Japanese side (本市, 本県): a proposal that "came"
(提案があり) or a request acted on (要請に基づき) is the partner's. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .conditions import Filter
from .lazy_re import pattern
from .vocab import free

PROPOSED = "proposed"
RENAMED = "renamed"
LABELS = {PROPOSED: "概要に相手側からの提案・打診が記された",
          RENAMED: "概要に名称の変更が記された"}

# In a summary: a proposal, sounding out or request that came to the Japanese side.
_ROW = {
    PROPOSED: pattern(r"(?:提案|打診|要請|申し出|申し入れ|申入れ)\s*"
                      r"(?:が\s*(?:あ|な)|を受け|に基づ)"),
    RENAMED: pattern(r"現・|現在は\s*[「『]|名称を.{0,40}?(?:改め|変更)|改称|名称変更|旧称|"
                     r"[（(]旧"),
}
_FROM_THEM = (r"(?:相手|先方|向こう|外国|海外|相手国|相手先)(?:側|方|さん)?\s*(?:から|より)\s*"
              r"(?:の)?\s*")
_PROPOSAL = r"(?:提案|持ちかけ|持ち掛け|申し出|申し入れ|打診|働きかけ|要請|依頼|声がけ|誘い)"
# In a question: 相手側からの持ちかけで, 先方から提案されて, proposed by the partner.
_ASKED = {
    PROPOSED: pattern(rf"{_FROM_THEM}{_PROPOSAL}|{_FROM_THEM}(?:提案|要請|依頼|打診)\s*され|"
                      r"\b(?:proposed|initiated|requested|suggested)\s+by\s+the\s+"
                      r"(?:partners?|other\s+side|foreign\s+side)\b|"
                      r"\bat\s+the\s+(?:partner|other\s+side)(?:'s|s')\s+"
                      r"(?:request|proposal|initiative|suggestion)\b", re.IGNORECASE),
    RENAMED: pattern(r"(?:名前|名称|呼び名)\s*(?:が|を)\s*(?:途中で\s*)?"
                     r"(?:変わ|変え|変更|改ま|改め)|"
                     r"改称|名称変更|旧称|\brenamed\b|\bchanged\s+(?:its|their)\s+names?\b|"
                     r"\bnames?\s+(?:has\s+|have\s+|was\s+|were\s+)?changed\b|"
                     r"\bformerly\s+(?:called|known|named)\b", re.IGNORECASE),
}


def asked_history(text: str, spans: list[tuple[int, int]]) -> list[Filter]:
    """The conditions of an agreement's history a question asks (each once)."""
    out = []
    for value, asked in _ASKED.items():
        m = asked.search(text)
        if m is not None and free(spans, *m.span()):
            spans.append(m.span())
            out.append(Filter(f"history:{value}", "history", (value,), words=(m.group(0),),
                              label=LABELS[value]))
    return out


def rows_with(value: str, texts: Sequence[str]) -> set[int]:
    """The rows whose text (title, partner, summary) tells that history."""
    told = _ROW[value]
    return {i for i, t in enumerate(texts) if told.search(t)}
