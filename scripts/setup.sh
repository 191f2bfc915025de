#!/usr/bin/env bash
# Installs every tool the project needs, each only when it is missing or at the wrong version.
# Safe to run again and again: a second run on a ready machine changes nothing.
# Everything comes from the package registries (crates.io, Debian, npm); nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION="0.21.14"
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '[setup] %s\n' "$*"; }

# The wasm-bindgen CLI must equal the library version that Cargo.lock pins.
locked_wasm_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_wasm_target() {
    if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
        say "adding the wasm32-unknown-unknown target"
        rustup target add wasm32-unknown-unknown
    fi
}

ensure_chromium() {
    if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
        say "installing Debian's chromium and chromium-driver"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -q
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium chromium-driver
    fi
}

ensure_wasm_pack() {
    if ! command -v wasm-pack >/dev/null 2>&1; then
        say "installing wasm-pack"
        cargo install --locked wasm-pack
    fi
}

ensure_wasm_bindgen_cli() {
    local want have
    want="$(locked_wasm_bindgen_version)"
    have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
    if [ "$have" != "$want" ] || ! command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
        say "installing wasm-bindgen-cli $want (found '${have:-none}')"
        # Not --locked: one of its locked dependencies is missing from the registry mirror.
        cargo install wasm-bindgen-cli --version "$want" --force
    fi
}

ensure_trunk() {
    local have
    have="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
    if [ "$have" != "$TRUNK_VERSION" ]; then
        say "installing trunk $TRUNK_VERSION (found '${have:-none}'); this compiles for about 13 minutes"
        cargo install --locked trunk --version "$TRUNK_VERSION" --force
    fi
}

# binaryen (wasm-opt), playwright-core and axe-core, kept project-local in node_modules.
ensure_node_modules() {
    if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.setup-stamp; then
        say "installing npm packages (project-local)"
        npm ci --no-audit --no-fund --loglevel=error
        cp package-lock.json node_modules/.setup-stamp
    fi
}

ensure_wasm_target
ensure_chromium
ensure_node_modules
ensure_wasm_pack
ensure_wasm_bindgen_cli
ensure_trunk
say "all tools present"
