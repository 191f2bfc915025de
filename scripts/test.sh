#!/usr/bin/env bash
# Installs whatever is missing, then runs every check and test layer; fails if any fails.
#   1. formatting and clippy (native and wasm32)
#   2. native cargo tests: model and extractor
#   3. component tests in headless Chromium (wasm-pack test)
#   4. end-to-end tests: release build of dist/, served on 127.0.0.1, driven in Chromium
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

passed=0
failed=0
failures=()
run_layer() {
    local name="$1"
    shift
    echo
    echo "=== $name"
    local started=$SECONDS
    if "$@"; then
        passed=$((passed + 1))
        echo "=== $name: ok ($((SECONDS - started)) s)"
    else
        failed=$((failed + 1))
        failures+=("$name")
        echo "=== $name: FAILED ($((SECONDS - started)) s)"
    fi
}

run_layer "format" cargo fmt --all -- --check
run_layer "clippy (native)" cargo clippy --all-targets --locked -- -D warnings
run_layer "clippy (wasm32)" cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
run_layer "native tests" cargo test --locked
run_layer "component tests (headless Chromium)" \
    wasm-pack test --headless --chrome --chromedriver /usr/bin/chromedriver --mode no-install
run_layer "release build (trunk)" trunk build --release
run_layer "end-to-end tests (Chromium)" node --test --test-concurrency=1 tests/e2e/

echo
if [ "$failed" -gt 0 ]; then
    printf 'failed layers: %s\n' "${failures[*]}"
fi
echo "layers: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
