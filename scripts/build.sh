#!/usr/bin/env bash
# The release build, as deployed: `trunk build --release --offline` into dist/, then the
# single-file edition dist/standalone/yinchuan-policy-calculator.html (scripts/standalone.mjs), then
# a gzip and a brotli copy beside every text and Wasm file (scripts/compress.mjs). dist/ is what a
# static host serves; development serving (scripts/serve.sh) never writes there.
#
#   bash scripts/build.sh

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=scripts/setup.sh
source scripts/setup.sh

trunk build --release --offline
node scripts/standalone.mjs dist
node scripts/compress.mjs dist >/dev/null
echo "build: dist/ is ready (with .gz and .br copies, and dist/standalone/yinchuan-policy-calculator.html)"
