#!/usr/bin/env bash
# Rebuilds www/data/timeline.json from the articles in www/data/sources/ and the manifest.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --quiet --release --bin extract -- --manifest www/data/sources.toml www/data/sources/*.txt > www/data/timeline.json.tmp && mv www/data/timeline.json.tmp www/data/timeline.json
