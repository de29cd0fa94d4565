#!/usr/bin/env bash
# Run the whole test suite (installing what is missing first), then lint.
set -euo pipefail
cd "$(dirname "$0")"
bash setup.sh --no-sample
PYTHON=${PYTHON:-python3}
"$PYTHON" -m ruff check src tests bench
"$PYTHON" -m ruff format --check src tests bench
"$PYTHON" -m pytest -q "$@"
