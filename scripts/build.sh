#!/usr/bin/env bash
# The release build, as deployed: `trunk build --release --offline` into dist/, then the
# single-file edition dist/standalone/yinchuan-policy-calculator.html (scripts/standalone.mjs), then
# a gzip and a brotli copy beside every text and Wasm file (scripts/compress.mjs). dist/ is what a
# static host serves; development serving (scripts/serve.sh) never writes there.
#
#   bash scripts/build.sh

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/lib/errors.sh
source scripts/lib/errors.sh
yc_strict build

yc_step setup "the lines above (setup: …) say what is missing and how to get it"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh

yc_step "trunk build" "the compiler's or Trunk's message above names the file; fix it and run this again"
trunk build --release --offline
yc_step "single-file edition" "scripts/standalone.mjs said why above; dist/ must hold a complete trunk build"
node scripts/standalone.mjs dist
yc_step "compressed copies" "scripts/compress.mjs said why above (is the disk full?)"
node scripts/compress.mjs dist >/dev/null
echo "build: dist/ is ready (with .gz and .br copies, and dist/standalone/yinchuan-policy-calculator.html)"
