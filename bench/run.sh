#!/usr/bin/env bash
# `npm run bench`: the group-commit micro-benchmark, then the scale benchmarks against the
# production build, each server and the phones in processes of their own.
set -euo pipefail
cd "$(dirname "$0")/.."
# 2,000 phones plus a bare socket.io server with 2,000 more: far above the usual 1,024 files.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
export BENCH_ULIMIT="$(ulimit -n)"
node -e "import('./scripts/ensure-build.js').then((m) => m.ensureBuild())"
if [ "${1:-}" = province ]; then exec timeout 900 node bench/scale/province.mjs; fi
npx vitest bench --run
timeout 900 node bench/scale/run.mjs "$@"
# The province server (issue 19): 20 meetings × 300 phones, one process vs two with PostgreSQL
# and Redis (started by the script; skipped with a note when they are not installed).
# `npm run bench province` runs only this one.
if [ $# -eq 0 ]; then timeout 900 node bench/scale/province.mjs; fi
