#!/usr/bin/env bash
# Trunk post_build hook.
# 1. Release builds: shrinks the wasm with wasm-opt -Oz (npm's binaryen, on PATH through
#    scripts/env.sh). Trunk 0.21.14's own wasm-opt step fails with data-target-path.
# 2. Puts the static HTML fallback of the embedded dataset inside the demo page's widget
#    element, and beside the loader as embed/fallback.html for newsrooms to paste inside
#    their own <div data-rating-timeline>.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${TRUNK_PROFILE:-debug}" = "release" ]; then
    wasm="$TRUNK_STAGING_DIR/embed/pkg/rating-timeline_bg.wasm"
    # --converge repeats -Oz while it still shrinks; the custom sections are not needed to run.
    wasm-opt -Oz --converge --strip-debug --strip-producers --strip-target-features \
        --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
        --enable-mutable-globals --enable-reference-types --enable-multivalue \
        --output "$wasm.opt" "$wasm"
    mv "$wasm.opt" "$wasm"
fi
cargo run --quiet --locked --bin fallback -- www/data/timeline.json \
    --inject "$TRUNK_STAGING_DIR/index.html" > "$TRUNK_STAGING_DIR/embed/fallback.html"
