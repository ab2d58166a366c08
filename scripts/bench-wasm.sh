#!/usr/bin/env bash
# The engine's speed in the browser (figures, not a test): tests/engine_speed.rs, built with the
# release profile, evaluates 10,000 varied profiles in headless Chromium and prints the median.
#
#   bash scripts/bench-wasm.sh
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/lib/errors.sh
source scripts/lib/errors.sh
yc_strict bench-wasm
yc_step "wasm benchmark" "the lines above say what failed; the browser tests need CHROMEDRIVER (scripts/setup.sh with YC_SETUP_FOR=test installs it)"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" cargo test --release -p yc-calculator \
  --target wasm32-unknown-unknown --test engine_speed -- --include-ignored --nocapture 2>&1 | grep -E '^wasm: |test result'
