"""Agreements like one the question names (〜に似た協定, これと同じような協定, similar to
…): the one named, found by the conditions, then its nearest neighbours as `similar`
ranks them (Retriever.similar) — the answer the `similar` command gives, asked in words.
Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .answer import Answer, as_of_prefix, citation_line
from .conditions import Plan
from .lazy_re import pattern
from .retrieve import Hit

# The likeness asked: 似た, 似ている, 類似の, 同じような, 同様の, similar to, like this one.
SIMILAR_ASKED = pattern(r"似た|似て(?:いる|る|ます)|似通った|類似|同じような|同じよう(?:な|に)|"
                        r"同様の|\bsimilar\b|\blike (?:this|that|it)\b", re.IGNORECASE)
SIMILAR_K = 3  # as `similar --k 3`


def compose_similar(plan: Plan, question: str, named: Hit, hits: Sequence[Hit],
                    as_of: str | None) -> Answer:
    """「X」に似た協定は次のN件です — the nearest agreements to the one named, cited."""
    title = named.record.title
    own = citation_line(0, named).removeprefix("[0] ")
    lines = [f"{as_of_prefix(as_of)}「{title}」に似た協定は次の{len(hits)}件です（内容の近い順）。",
             f"（もとの協定: {own}）", *(citation_line(i, h) for i, h in enumerate(hits, 1))]
    return Answer(question, "similar", plan, "\n".join(lines), None, tuple(hits),
                  understood=f"「{title}」に似た協定", as_of=as_of)
