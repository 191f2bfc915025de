#!/usr/bin/env bash
# Rebuilds the extracted datasets from their articles and manifests:
#   www/data/timeline.json              the embedded default (www/data/sources/)
#   www/demo/data/example-council.json  the demo page's data-src example (www/demo/sources/)
set -euo pipefail
cd "$(dirname "$0")/.."

extract_into() {
    local manifest="$1" output="$2"
    shift 2
    cargo run --quiet --release --bin extract -- --manifest "$manifest" "$@" > "$output.tmp"
    mv "$output.tmp" "$output"
}

extract_into www/data/sources.toml www/data/timeline.json www/data/sources/*.txt
extract_into www/demo/sources.toml www/demo/data/example-council.json www/demo/sources/*.txt
