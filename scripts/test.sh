#!/usr/bin/env bash
# The whole test suite, in order, stopping at the first failure (non-zero exit):
#
#   1. setup            scripts/setup.sh for the test suite (skips what is installed)
#   2. fmt              cargo fmt --check; scripts/check-rooms.mjs: no source file over 600 lines
#                       (data tables aside), no function over 120 (the engine and the app);
#                       scripts/check-words.mjs: no sentence written in Rust;
#                       scripts/check-selectors.mjs: the journeys find elements by attributes
#   3. clippy           native (all targets) and wasm32 (lib/bins; the app's tests too; the lighter
#                       program without the results feature), -D warnings
#   4. native tests     cargo nextest (or cargo test) + doc tests, whole workspace; then
#                       scripts/check-one-file.sh: a copy of the tree with a new guideline value,
#                       a corrected rule text and a corrected sentence (one file each) passes the
#                       native tests unchanged
#   5. browser tests    the app crate's wasm-bindgen tests in headless Chromium (tests/web.rs)
#   6. release build    scripts/build.sh: trunk build --release --offline (wasm-opt -Oz) -> dist/,
#                       with .gz and .br copies and the single-file edition
#   7. fresh machine    scripts/check-fresh.sh: sourcing the setup with its tools hidden (a private
#                       mount namespace; as root) for the serve and the test paths, its failure
#                       sentences, and the build's Node scripts in a path with a space and Chinese
#   8. browser floor    scripts/check-floor.mjs: the shipped Wasm and JS need nothing newer than
#                       Chromium 96 / Safari 15 (the message names the file and the feature)
#   9. end-to-end       node --test tests/e2e/ (Playwright against dist/ on 127.0.0.1)
#  10. engines          tests/engines/smoke.mjs: a smoke subset of the journeys (start page, the
#                       examples' statuses, one questionnaire step, share-link round trip) in
#                       WebKit (WebKitGTK's MiniBrowser in Xvfb) and Firefox ESR (geckodriver),
#                       each engine's statuses equal to Chromium's; screenshots in
#                       target/screenshots/engines/ (about 30-45 s)
#
#   bash scripts/test.sh

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/lib/errors.sh
source scripts/lib/errors.sh
yc_strict test

# The suite's browsers, drivers and fonts (Chromium, WebKit, Firefox ESR) are installed too.
yc_step setup "the lines above (setup: …) say what is missing and how to get it"
export YC_SETUP_FOR=test
# shellcheck source=scripts/setup.sh
source scripts/setup.sh

export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-auto}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

suite_started=$SECONDS
timings=()

step() {
  local name="$1"
  shift
  local started=$SECONDS
  printf '\n==> %s: %s\n' "$name" "$*"
  yc_step "$name"
  if ! "$@"; then
    yc_die "$* (after $((SECONDS - suite_started)) s)" \
      "the lines above say what failed; run the same command on its own to try a fix quickly: $*"
  fi
  timings+=("$(printf '%-18s %4d s' "$name" "$((SECONDS - started))")")
}

native_tests() {
  if cargo nextest --version >/dev/null 2>&1; then
    cargo nextest run --workspace --no-tests=warn
  else
    cargo test --workspace
  fi
}

step fmt cargo fmt --all -- --check
step rooms node scripts/check-rooms.mjs crates/engine/src src crates/staff/src
step words node scripts/check-words.mjs
step selectors node scripts/check-selectors.mjs
step clippy-native cargo clippy --workspace --all-targets -- -D warnings
# wasm32: the workspace's libs and bins (not --all-targets: native-only dev-dependencies of the
# engine need not build for wasm32), plus the app crate's own tests (tests/web.rs).
step clippy-wasm cargo clippy --workspace --target wasm32-unknown-unknown -- -D warnings
step clippy-wasm-tests cargo clippy -p yc-calculator --target wasm32-unknown-unknown --tests -- -D warnings
# The lighter program (the app without its results page, scripts/two-programs.mjs).
step clippy-wasm-light cargo clippy -p yc-calculator --target wasm32-unknown-unknown --no-default-features --bin yc-light -- -D warnings
step native-tests native_tests
step doc-tests cargo test --workspace --doc
step one-file bash scripts/check-one-file.sh
step browser-tests cargo test -p yc-calculator --target wasm32-unknown-unknown --tests
step release-build bash scripts/build.sh
step fresh-machine bash scripts/check-fresh.sh dist
step browser-floor node scripts/check-floor.mjs dist
step e2e node --test --test-reporter=spec tests/e2e/
step engines node tests/engines/smoke.mjs dist

printf '\n==> all tests passed in %d s\n' "$((SECONDS - suite_started))"
printf '    %s\n' "${timings[@]}"
