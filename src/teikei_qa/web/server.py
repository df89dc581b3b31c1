"""The FastAPI app (REST routes, then the Gradio page mounted at /) and the ways to
run it: `serve` until Ctrl+C, `running` in a background thread."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

import gradio as gr
from fastapi import FastAPI

from ..engine import Engine
from ..settings import Settings
from .api import add_routes
from .assets import CSS, JS
from .layout import Page, theme
from .site import Site


def create_app(engine: Engine) -> FastAPI:
    """REST routes first, then the UI mounted at `/` (a route added after mounting at
    `/` would never be reached). No share link, no analytics, system fonts only."""
    site = Site(engine)
    app = FastAPI(title="teikei-qa", docs_url=None, redoc_url=None, openapi_url=None)
    add_routes(app, site)
    mounted: FastAPI = gr.mount_gradio_app(
        app, Page(site).blocks(), path="/", theme=theme(), css=CSS, head=JS,
        footer_links=["api", "settings"], ssr_mode=False, mcp_server=False)
    return mounted


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
