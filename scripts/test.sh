#!/usr/bin/env bash
# Install what the tests need (Debian's chromium and CJK fonts, the Python packages),
# check lint and types, and run the tests. Usage: scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q chromium fonts-noto-cjk >/dev/null
fi
bash scripts/setup.sh web,st,test
# Lint (ruff check, not ruff format) and types (mypy --strict on the package): settings
# in pyproject.toml; a finding stops the run before the tests.
.venv/bin/ruff check src tests benchmarks scripts app.py
.venv/bin/mypy src/teikei_qa
export GRADIO_ANALYTICS_ENABLED=False HF_HUB_DISABLE_TELEMETRY=1 HF_HUB_OFFLINE=1 \
  TRANSFORMERS_OFFLINE=1 PYTHONHASHSEED=0
exec .venv/bin/python -m pytest "$@"
