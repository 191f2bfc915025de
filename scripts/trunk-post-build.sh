#!/usr/bin/env bash
# Trunk post_build hook.
# 1. Release builds: shrinks the wasm with wasm-opt -Oz (scripts/wasm-opt.sh, npm's
#    binaryen); Trunk 0.21.14's own wasm-opt step fails with data-target-path. Then
#    minifies the embed bundle with npm's esbuild (scripts/minify.sh): the loader and the
#    wasm-bindgen glue bundled into one module, and the stylesheet. Trunk's own minify is
#    not used (it breaks the glue's `export default` and deletes the fallback marker).
# 2. Puts the static HTML fallback of the embedded dataset inside the demo page's widget
#    element, and beside the loader as embed/fallback.html for newsrooms to paste inside
#    their own <div data-rating-timeline>.
# 3. Puts the iframe page (www/embed/frame.*) beside the loader, the fallback inside it.
# 4. The studio's own bundle (studio/), shrunk and bundled in release builds.
# 5. Release builds: content-hashed names for the wasm, stylesheet and fallback the loader
#    fetches (scripts/version-bundle.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${TRUNK_PROFILE:-debug}" = "release" ]; then
    wasm="$TRUNK_STAGING_DIR/embed/pkg/rating-timeline_bg.wasm"
    # The custom sections are not needed to run.
    bash scripts/wasm-opt.sh "$wasm" "$wasm.opt" --strip-debug --strip-producers --strip-target-features
    mv "$wasm.opt" "$wasm"
    bash scripts/minify.sh "$TRUNK_STAGING_DIR"
fi
cargo run --quiet --locked --bin fallback -- www/data/timeline.json \
    --inject "$TRUNK_STAGING_DIR/index.html" > "$TRUNK_STAGING_DIR/embed/fallback.html"

# ---- 3. the iframe page, embed/frame.html (issue 18) ----
cp www/embed/frame.html www/embed/frame.js www/embed/frame.css "$TRUNK_STAGING_DIR/embed/"
cargo run --quiet --locked --bin fallback -- www/data/timeline.json \
    --inject "$TRUNK_STAGING_DIR/embed/frame.html" > /dev/null

# ---- 4. the studio, studio/ (issue 16) ----
# The studio's own wasm (the extractor and the editor, src/bin/studio.rs), built by Trunk
#    from index.html's second rust link; the reader's widget never loads it. Release builds
#    shrink it as the widget's, and bundle its loader (www/studio/studio.js) with its
#    wasm-bindgen glue into one module; the loader always passes the wasm's URL.
if [ "${TRUNK_PROFILE:-debug}" = "release" ]; then
    studio="$TRUNK_STAGING_DIR/studio"
    bash scripts/wasm-opt.sh "$studio/pkg/studio_bg.wasm" "$studio/pkg/studio_bg.wasm.opt" \
        --strip-debug --strip-producers --strip-target-features
    mv "$studio/pkg/studio_bg.wasm.opt" "$studio/pkg/studio_bg.wasm"
    esbuild="node_modules/.bin/esbuild"
    "$esbuild" "$studio/studio.js" --bundle --format=esm --minify --charset=utf8 --log-level=warning \
        --outfile="$studio/studio.bundle.js"
    mv "$studio/studio.bundle.js" "$studio/studio.js"
    "$esbuild" "$studio/studio.css" --minify --charset=utf8 --log-level=warning --outfile="$studio/studio.min.css"
    mv "$studio/studio.min.css" "$studio/studio.css"
fi

# ---- 5. versioned bundle (issue 18) ----
if [ "${TRUNK_PROFILE:-debug}" = "release" ]; then
    bash scripts/version-bundle.sh "$TRUNK_STAGING_DIR"
fi
