#!/usr/bin/env bash
# Size report of the built app (bench tooling, not a test: it never fails on size).
# For each file in dist/: raw, gzip -9 and brotli (quality 11) sizes, the totals, and the
# first-load total (gzip of index.html and the JS, Wasm and CSS it loads at once) against the
# 150 KB target.
#
#   bash scripts/size-report.sh           # reports on the existing dist/
#   bash scripts/size-report.sh --build   # runs `trunk build --release --offline` first

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/lib/errors.sh
source scripts/lib/errors.sh
yc_strict size-report

if [ "${1:-}" = "--build" ]; then
  # shellcheck source=scripts/setup.sh
  yc_step setup "the lines above (setup: …) say what is missing and how to get it"
  source scripts/setup.sh
  yc_step "trunk build" "the compiler's or Trunk's message above names the file"
  trunk build --release --offline
fi

if [ ! -f dist/index.html ]; then
  yc_die "dist/ is missing" "run 'bash scripts/size-report.sh --build' or 'bash scripts/build.sh' first"
fi

yc_step report
node scripts/size-report.mjs dist
