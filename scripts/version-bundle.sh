#!/usr/bin/env bash
# Versions the embed bundle of a release build (scripts/trunk-post-build.sh): the wasm, the
# stylesheet and the static fallback the loader fetches are renamed with a hash of their
# content (rating-timeline-<hash>.wasm, rating-timeline-<hash>.css, fallback-<hash>.html),
# and the loader, which keeps its fixed name, is rewritten to name them.
#   bash scripts/version-bundle.sh DIST_DIR
# So a newsroom can cache the hashed files for good and the loader briefly, and an upload
# that adds the new files beside the old ones never pairs an old loader (still in a cache)
# with a new wasm: each loader finds the files it was built with. The unhashed wasm and
# glue (embed/pkg/) are removed for that reason; embed/fallback.html stays, to paste, and
# embed/rating-timeline.css for pages that draw the widget themselves (the studio's preview).
set -euo pipefail
embed="$1/embed"
loader="$embed/rating-timeline.js"
version() {
    local file="$1" stem="$2" ext="$3" named="$4"
    local hashed
    hashed="$stem-$(sha256sum "$file" | cut -c1-12).$ext"
    grep -qF "$named" "$loader" \
        || { echo "version-bundle.sh: the loader does not name $named" >&2; exit 1; }
    cp "$file" "$embed/$hashed"
    sed -i "s#$named#./$hashed#g" "$loader"
}
version "$embed/pkg/rating-timeline_bg.wasm" rating-timeline wasm "./pkg/rating-timeline_bg.wasm"
version "$embed/rating-timeline.css" rating-timeline css "./rating-timeline.css"
version "$embed/fallback.html" fallback html "./fallback.html"
rm -r "$embed/pkg"
