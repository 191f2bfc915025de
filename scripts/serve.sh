#!/usr/bin/env bash
# Installs whatever is missing, then serves the demo page with the widget on the embedded data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
echo "[serve] the demo page will be at http://127.0.0.1:8080/ (Ctrl-C to stop)"
exec trunk serve "$@"
