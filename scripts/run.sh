#!/usr/bin/env bash
# Set up, build the index if it is missing or stale, and start the web UI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh web,st
export GRADIO_ANALYTICS_ENABLED=False HF_HUB_DISABLE_TELEMETRY=1 HF_HUB_OFFLINE=1
exec .venv/bin/teikei-qa serve "$@"
