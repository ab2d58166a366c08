#!/usr/bin/env bash
# Lighthouse on the release build (bench tooling, not a test): mobile form factor with simulated
# slow-4G throttling and 4x CPU slowdown, as Lighthouse 12 does by default. Prints the category
# scores and the loading metrics.
#
#   bash scripts/lighthouse.sh [DIR] [RUNS]   # DIR: a release build, dist/ by default; RUNS: 3
#
# Lighthouse is installed on first use into target/lighthouse (not a project dependency).
# 13.x needs Node 22; 12.2.3 runs on Node 20. The build is served by tests/e2e/static-server.mjs
# the way a real host serves it: the precompressed .br/.gz copies with Content-Encoding, the
# caching and security headers of docs/deploy.md. Each run prints its figures; the median run
# (by performance score, then LCP) is printed last.
#
# LH_THROTTLING=devtools applies the slow 4G and 4x CPU throttling for real while the page loads,
# instead of Lighthouse's default simulation. The simulation estimates each metric from an
# unthrottled load and counts as a dependency everything that finished before the metric's event
# there: when the Wasm arrives before the largest paint of a fast local load, the simulated LCP
# includes the whole Wasm download even if, on a slow network, the page painted long before.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/lib/errors.sh
source scripts/lib/errors.sh
yc_strict lighthouse
DIR="${1:-dist}"
RUNS="${2:-3}"
[ -f "$DIR/index.html" ] || yc_die "$DIR/index.html is missing" "run 'bash scripts/build.sh' first"
[ -x "${CHROME_PATH:-/usr/bin/chromium}" ] || yc_die "no Chromium at ${CHROME_PATH:-/usr/bin/chromium}" "run 'YC_SETUP_FOR=test bash scripts/setup.sh' (it installs Debian's chromium), or set CHROME_PATH"
LH_DIR=target/lighthouse
if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ]; then
  yc_step "install lighthouse" "npm could not install lighthouse 12.2.3 (see above): check that the npm registry is reachable"
  mkdir -p "$LH_DIR"
  npm i -E lighthouse@12.2.3 --prefix "$LH_DIR" --no-audit --no-fund >/dev/null
fi
PORT="${PORT:-8799}"
node tests/e2e/static-server.mjs "$DIR" "$PORT" >/dev/null 2>&1 &
server=$!
trap 'rc=$?; kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; yc_report_exit "$rc"' EXIT
reports=()
sleep 1
# A server still on the port (an earlier run's, not yet gone) would answer for another build.
kill -0 "$server" 2>/dev/null || yc_die "the static server could not listen on port $PORT (in use?)" "wait a moment, or run with another PORT=…"
yc_step "lighthouse runs" "Lighthouse said why above; LH_THROTTLING must be simulate, devtools or provided"
for run in $(seq 1 "$RUNS"); do
  reports+=("$PWD/$LH_DIR/report-$run.json")
  CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" "$LH_DIR/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT/" \
    --only-categories=performance,accessibility,best-practices \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
    --throttling-method="${LH_THROTTLING:-simulate}" \
    --output=json --output-path="$LH_DIR/report-$run.json" --quiet
done
node -e '
const runs = process.argv.slice(1).map((f) => require(f));
const fig = (r) => {
  const c = Object.fromEntries(Object.entries(r.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
  const a = (id) => r.audits[id].numericValue;
  const m = r.audits.metrics.details.items[0];
  return { ...c, observed_fcp_ms: m.observedFirstContentfulPaint, observed_lcp_ms: m.observedLargestContentfulPaint, fcp_ms: Math.round(a("first-contentful-paint")), lcp_ms: Math.round(a("largest-contentful-paint")),
    tti_ms: Math.round(a("interactive")), tbt_ms: Math.round(a("total-blocking-time")),
    cls: Number(a("cumulative-layout-shift").toFixed(3)), bytes: a("total-byte-weight") };
};
const figs = runs.map(fig);
figs.forEach((f, i) => console.log(`run ${i + 1}: ${JSON.stringify(f)}`));
const sorted = [...figs].sort((x, y) => (y.performance - x.performance) || (x.lcp_ms - y.lcp_ms));
const median = sorted[Math.floor(sorted.length / 2)];
console.log("median:");
for (const [k, v] of Object.entries(median)) console.log(`  ${k.padEnd(16)} ${v}`);
' "${reports[@]}"
