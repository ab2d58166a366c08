#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml), run in Trunk's staging directory before it becomes the dist:
#   1. writes the engine's long-text data files of this build, one per language
#      (`texts-zh-<hash>.txt`, `texts-en-<hash>.txt`, see crates/engine/src/text.rs), and puts
#      their hash in index.html, whose boot script preloads the file of the visitor's language,
#      so the texts download alongside the Wasm;
#   2. writes the start page into index.html (src/bin/yc-prerender.rs: the app's own components
#      rendered natively by Yew's server renderer; the app's first render, the same markup, takes
#      its place once it has been painted), so it reads before the Wasm has arrived, and without
#      JavaScript;
#   3. writes the service worker of this build (`sw.js`, precaching exactly these files) and its
#      registration script (scripts/sw.mjs). Development serving (scripts/serve.sh sets
#      YC_DEV_SERVE=1) gets no service worker, so a rebuild is never hidden behind a cache.
# Trunk sets TRUNK_STAGING_DIR.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

: "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
hash=$(cargo run --offline --quiet -p yc-engine --bin yc-eval -- --texts-into "$TRUNK_STAGING_DIR")
[[ "$hash" =~ ^[0-9a-f]{16}$ ]] || { echo "post-build: yc-eval --texts-into printed '$hash', not a hash" >&2; exit 1; }
html="$TRUNK_STAGING_DIR/index.html"
marker='<meta name="yc-texts">'
grep -qF "$marker" "$html" || { echo "post-build: index.html has no $marker" >&2; exit 1; }
sed -i "s|$marker|<meta name=\"yc-texts\" content=\"$hash\">|" "$html"

cargo run --offline --quiet -p yc-calculator --bin yc-prerender -- --today "$(TZ=Asia/Shanghai date +%F)" "$html"

if [ "${YC_DEV_SERVE:-}" = "1" ]; then
  sed -i 's|<meta name="yc-sw">||' "$html"
else
  node scripts/sw.mjs "$TRUNK_STAGING_DIR"
fi
