#!/usr/bin/env bash
# Install everything nakijker needs on Debian (idempotent), then check the
# bundled sample article. Pass --no-sample to install only.
set -euo pipefail
cd "$(dirname "$0")"

DEBIAN_PACKAGES=(frog frogdata ucto uctodata hunspell hunspell-nl dict-freedict-eng-nld dict-freedict-nld-eng chromium chromium-driver)
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c "import nakijker, lingua, wordfreq, yaml, pytest, hypothesis, selenium, defusedxml, trafilatura, fastapi, uvicorn, httpx, pyarrow, matplotlib, ray" 2>/dev/null \
   || [ pyproject.toml -nt "$("$PYTHON" -c 'import nakijker,os;print(os.path.dirname(nakijker.__file__))' 2>/dev/null || echo /nonexistent)" ]; then
  echo "setup: installing the nakijker Python package" >&2
  "$PYTHON" -m pip install -q --disable-pip-version-check -e ".[test]" 2>&1 | grep -v "Running pip as the 'root' user" >&2 || true
  "$PYTHON" -c "import nakijker" 
fi

if [ "${1:-}" != "--no-sample" ]; then
  "$PYTHON" -m nakijker.cli check examples/storm.txt || [ $? -eq 1 ]
fi
