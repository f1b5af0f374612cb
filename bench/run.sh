#!/usr/bin/env bash
# `npm run bench`: the group-commit micro-benchmark, then the scale benchmarks against the
# production build, each server and the phones in processes of their own.
set -euo pipefail
cd "$(dirname "$0")/.."
# 2,000 phones plus a bare socket.io server with 2,000 more: far above the usual 1,024 files.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
export BENCH_ULIMIT="$(ulimit -n)"
node -e "import('./scripts/ensure-build.js').then((m) => m.ensureBuild())"
npx vitest bench --run
timeout 900 node bench/scale/run.mjs "$@"
