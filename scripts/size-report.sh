#!/usr/bin/env bash
# Size report of the built app (bench tooling, not a test: it never fails on size).
# For each file in dist/: raw, gzip -9 and brotli (quality 11) sizes, the totals, and the
# first-load total (gzip of index.html and the JS, Wasm and CSS it loads at once) against the
# 150 KB target.
#
#   bash scripts/size-report.sh           # reports on the existing dist/
#   bash scripts/size-report.sh --build   # runs `trunk build --release --offline` first

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ "${1:-}" = "--build" ]; then
  # shellcheck source=scripts/setup.sh
  source scripts/setup.sh
  trunk build --release --offline
fi

if [ ! -f dist/index.html ]; then
  echo "size-report: dist/ is missing; run 'bash scripts/size-report.sh --build' or 'bash scripts/test.sh'" >&2
  exit 1
fi

exec node scripts/size-report.mjs dist
