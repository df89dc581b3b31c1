"""The web UI and the REST routes beside it.

    browse.py       the 一覧 model: filter, facet counts, rows per year, CSV (pure)
    state.py        the view as a value and as a URL query (pure)
    markup.py       cards and charts as escaped HTML
    chat.py         a conversation turn: chips, answer, [n] links, tools, cards
    browse_view.py  the 一覧 tab's HTML
    site.py         the engine behind a lock, answers remembered, each tab's HTML
    api.py          REST routes (FastAPI)
    layout.py       the Gradio page and its handlers
    assets.py       CSS and the page script
    server.py       create_app, serve, running

Importing this package imports neither gradio nor FastAPI; `quiet()` sets what must be
set before gradio is first imported (app.py and `teikei-qa serve` call it)."""

from __future__ import annotations

import importlib
import os
from typing import Any

# Nothing leaves the machine: Gradio's analytics and the Hub's telemetry are off.
QUIET_ENV = {"GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_DISABLE_TELEMETRY": "1"}

_LAZY = {"create_app": "server", "running": "server", "serve": "server",
         "EXAMPLES": "site", "Site": "site"}

__all__ = ["QUIET_ENV", "quiet", *_LAZY]


def quiet() -> None:
    """Turn analytics and telemetry off; call before gradio is imported."""
    os.environ.update(QUIET_ENV)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
