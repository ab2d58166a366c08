#!/usr/bin/env bash
# Lighthouse on the release build (bench tooling, not a test): mobile form factor with simulated
# slow-4G throttling and 4x CPU slowdown, as Lighthouse 12 does by default. Prints the category
# scores and the loading metrics.
#
#   bash scripts/lighthouse.sh           # uses the existing dist/
#
# Lighthouse is installed on first use into target/lighthouse (not a project dependency).
# 13.x needs Node 22; 12.2.3 runs on Node 20. The static server does not compress, so the byte
# weight is the uncompressed size (a real deployment serves gzip or brotli).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -f dist/index.html ] || { echo "lighthouse: dist/ is missing; run 'bash scripts/size-report.sh --build' first" >&2; exit 1; }
LH_DIR=target/lighthouse
if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$LH_DIR"
  npm i -E lighthouse@12.2.3 --prefix "$LH_DIR" --no-audit --no-fund >/dev/null
fi
PORT="${PORT:-8799}"
node tests/e2e/static-server.mjs dist "$PORT" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 1
CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" "$LH_DIR/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT/" \
  --only-categories=performance,accessibility,best-practices \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
  --output=json --output-path="$LH_DIR/report.json" --quiet
node -e '
const r = require(process.argv[1]);
for (const [k, c] of Object.entries(r.categories)) console.log(`${k.padEnd(16)} ${Math.round(c.score * 100)}`);
for (const a of ["first-contentful-paint", "largest-contentful-paint", "interactive", "total-blocking-time", "cumulative-layout-shift", "total-byte-weight"])
  console.log(`${a.padEnd(26)} ${r.audits[a].displayValue}`);
' "$PWD/$LH_DIR/report.json"
