# Sourced by the project's scripts: puts the installed tools on PATH.
# shellcheck shell=bash
PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$PROJECT_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROME_BIN=/usr/bin/chromium
# Headless Chromium in the wasm-bindgen tests can take a while to start on a busy 2-core machine.
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-180}"
