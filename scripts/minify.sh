#!/usr/bin/env bash
# Minifies the embed bundle in a built dist/ (Trunk's staging dir) with npm's esbuild, for
# release builds (scripts/trunk-post-build.sh). Offline: esbuild is a project-local binary.
#   bash scripts/minify.sh DIST_DIR
# - embed/rating-timeline.js: the loader, bundled with the wasm-bindgen glue it imports
#   (./pkg/rating-timeline.js) into one ES module, so a reader's browser fetches one script
#   instead of a script that then asks for a second one. The glue's own default wasm URL
#   (new URL('rating-timeline_bg.wasm', import.meta.url)) would be wrong inside the bundle,
#   but it is never used: the loader always passes the wasm's URL (module_or_path),
#   resolved against its own import.meta.url, which esbuild leaves as it is in ESM output.
# - embed/pkg/rating-timeline.js: the glue on its own, minified with its exports kept (the
#   loader no longer imports it; scripts/version-bundle.sh then removes embed/pkg/).
# - embed/rating-timeline.css: minified.
# Trunk's own minify is not used: it breaks the glue's `export default` and deletes the
# page's <!--rating-timeline:fallback--> marker.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dist="$1"
esbuild="$root/node_modules/.bin/esbuild"
if [ ! -x "$esbuild" ]; then
    echo "minify.sh: $esbuild is missing: run bash scripts/setup.sh" >&2
    exit 1
fi
embed="$dist/embed"
common=(--minify --charset=utf8 --log-level=warning)
"$esbuild" "$embed/rating-timeline.js" --bundle --format=esm "${common[@]}" --outfile="$embed/rating-timeline.bundle.js"
"$esbuild" "$embed/pkg/rating-timeline.js" --format=esm "${common[@]}" --outfile="$embed/pkg/rating-timeline.min.js"
"$esbuild" "$embed/rating-timeline.css" "${common[@]}" --outfile="$embed/rating-timeline.min.css"
mv "$embed/rating-timeline.bundle.js" "$embed/rating-timeline.js"
mv "$embed/pkg/rating-timeline.min.js" "$embed/pkg/rating-timeline.js"
mv "$embed/rating-timeline.min.css" "$embed/rating-timeline.css"
# The bundle must still export the loader's API and find the wasm beside itself.
for export in mount unmount mountAll stopObserving wasmMemoryBytes; do
    grep -Eq "export\{[^}]*\bas $export\b|export\{[^}]*[{,]$export[,}]" "$embed/rating-timeline.js" \
        || { echo "minify.sh: the bundled loader lost its export '$export'" >&2; exit 1; }
done
grep -q 'pkg/rating-timeline_bg.wasm' "$embed/rating-timeline.js" \
    || { echo "minify.sh: the bundled loader no longer names ./pkg/rating-timeline_bg.wasm" >&2; exit 1; }
