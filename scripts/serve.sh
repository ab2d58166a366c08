#!/usr/bin/env bash
# Builds the app in release mode and serves it on the loopback interface, rebuilding on change.
# It builds into target/serve-dist/, never into dist/: Trunk's development server adds a
# live-reload script to the page, which must never reach a deployment (scripts/build.sh makes
# the deployable dist/).
#
#   bash scripts/serve.sh            # http://127.0.0.1:8080/
#   PORT=9000 bash scripts/serve.sh  # http://127.0.0.1:9000/

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/lib/errors.sh
source scripts/lib/errors.sh
yc_strict serve

# Serving needs the Rust target, wasm-bindgen, Trunk, wasm-opt and the npm packages; never the
# browsers, drivers and fonts of the test suite.
yc_step setup "the lines above (setup: …) say what is missing and how to get it"
export YC_SETUP_FOR=serve
# shellcheck source=scripts/setup.sh
source scripts/setup.sh

PORT="${PORT:-8080}"
ADDRESS="127.0.0.1"

printf '\nserve: building, then serving at  http://%s:%s/  (Ctrl-C stops)\n\n' "$ADDRESS" "$PORT"
# No service worker while developing (scripts/post-build.sh): a rebuild must never hide behind a cache.
export YC_DEV_SERVE=1
yc_step "trunk serve" "if the port is taken, choose another: PORT=9000 bash scripts/serve.sh"
trunk serve --release --offline --dist target/serve-dist --address "$ADDRESS" --port "$PORT" --disable-address-lookup
