"""Start the web UI: `python app.py`.

Settings come from the environment (TEIKEI_QA_DATA, TEIKEI_QA_INDEX, TEIKEI_QA_MODEL);
the address from Gradio's own GRADIO_SERVER_NAME and GRADIO_SERVER_PORT (default
127.0.0.1:7860). The index is built first when it is missing or stale.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from teikei_qa.errors import TeikeiError  # noqa: E402
from teikei_qa.settings import from_env  # noqa: E402
from teikei_qa.web import quiet  # noqa: E402


def main() -> int:
    quiet()  # before gradio is imported
    from teikei_qa.web.server import serve

    host = os.environ.get("GRADIO_SERVER_NAME") or "127.0.0.1"
    port = int(os.environ.get("GRADIO_SERVER_PORT") or 7860)
    try:
        serve(from_env(), host=host, port=port)
    except TeikeiError as exc:
        print(f"teikei-qa: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
