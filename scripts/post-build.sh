#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml), run in Trunk's staging directory before it becomes the dist:
#   1. writes the engine's long-text data files of this build, one per language
#      (`texts-zh-<hash>.txt`, `texts-en-<hash>.txt`, see crates/engine/src/text.rs);
#   2. writes the start page into index.html (src/bin/yc-prerender.rs: the app's own components
#      rendered natively by Yew's server renderer; the app's first render, the same markup, takes
#      its place once it has been painted), so it reads before the Wasm has arrived, and without
#      JavaScript; and the names the page shares with the app (src/keys.rs: the storage keys and
#      the texts files of this build, whose file of the visitor's language the boot script
#      preloads, so the texts download alongside the Wasm);
#   3. takes the developers' comments out of the page's inline stylesheet, scripts and markup
#      (scripts/tidy-page.mjs: every byte of index.html is in the first load);
#   4. writes the service worker of this build (`sw.js`, precaching exactly these files) and its
#      registration script (scripts/sw.mjs). Development serving (scripts/serve.sh sets
#      YC_DEV_SERVE=1) gets no service worker, so a rebuild is never hidden behind a cache.
# Trunk sets TRUNK_STAGING_DIR.

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/lib/errors.sh
source scripts/lib/errors.sh
yc_strict post-build

[ -n "${TRUNK_STAGING_DIR:-}" ] || yc_die "TRUNK_STAGING_DIR is not set" "this is Trunk's post-build hook (Trunk.toml): run scripts/build.sh or scripts/serve.sh, not this file"
yc_step "texts files" "yc-eval --texts-into failed above: the engine's texts or the parameters file have an error it names"
hash=$(cargo run --offline --quiet -p yc-engine --bin yc-eval -- --texts-into "$TRUNK_STAGING_DIR")
[[ "$hash" =~ ^[0-9a-f]{16}$ ]] || yc_die "yc-eval --texts-into printed '$hash', not a hash" "run 'cargo run -p yc-engine --bin yc-eval -- --texts-into /tmp' to see its output"
html="$TRUNK_STAGING_DIR/index.html"

yc_step "prerender the start page" "yc-prerender failed above; 'cargo run -p yc-calculator --bin yc-prerender -- --help' shows its use"
cargo run --offline --quiet -p yc-calculator --bin yc-prerender -- --today "$(TZ=Asia/Shanghai date +%F)" "$html"
yc_step "tidy the page" "scripts/tidy-page.mjs said why above"
node scripts/tidy-page.mjs "$html" >/dev/null

if [ "${YC_DEV_SERVE:-}" = "1" ]; then
  sed -i 's|<meta name="yc-sw">||' "$html"
else
  yc_step "service worker" "scripts/sw.mjs said why above"
  node scripts/sw.mjs "$TRUNK_STAGING_DIR"
fi
