#!/usr/bin/env bash
# The release build's wasm-opt step, shared by scripts/trunk-post-build.sh (which adds the
# flags that strip custom sections) and bench/size.mjs (which adds -g, to keep the function
# names its size breakdown needs: the code it measures is then byte for byte the shipped code).
#   bash scripts/wasm-opt.sh IN.wasm OUT.wasm [more wasm-opt flags]
# Uses npm's binaryen from node_modules (scripts/setup.sh installs it); nothing is downloaded.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
in="$1" out="$2"
shift 2
wasm_opt="$root/node_modules/.bin/wasm-opt"
[ -x "$wasm_opt" ] || wasm_opt=wasm-opt
# --converge repeats -Oz while it still shrinks.
"$wasm_opt" -Oz --converge \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$@" --output "$out" "$in"
