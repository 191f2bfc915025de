#!/usr/bin/env bash
# Prints the benchmarks of issue 5: the size report, the load comparison with TimelineJS3
# and the click-to-panel timings. It prints figures and never fails on a missed goal,
# only when something is broken; it is not part of scripts/test.sh or CI.
#   bash scripts/bench.sh [--build] [--runs N] [--no-slow]
#     --build    rebuild dist/ even if it exists (else it is built only when missing)
#     --runs N   loads per side per variant in bench/load.mjs (default 15)
#     --no-slow  skip the load runs with the CPU slowed 4x (and on a slow 4G network)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

build=false
load_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build=true ;;
        --runs) load_args+=(--runs "$2"); shift ;;
        --no-slow) load_args+=(--no-slow) ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done

if $build || [ ! -f dist/index.html ]; then
    echo "[bench] building dist/ (trunk build --release)"
    trunk build --release
fi

echo "[bench] $(nproc) cores, $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src www index.html Cargo.toml Cargo.lock || echo ' + uncommitted changes')"
node bench/size.mjs
node bench/load.mjs "${load_args[@]}"
node bench/interaction.mjs
