#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml): writes the engine's long-text data file of this build
# (`texts-<hash>.txt`, see crates/engine/src/text.rs) into Trunk's staging directory and puts a
# preload link to it in index.html, so the texts download alongside the Wasm.
# Trunk sets TRUNK_STAGING_DIR.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

: "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
name=$(cargo run --offline --quiet -p yc-engine --bin yc-eval -- --texts-into "$TRUNK_STAGING_DIR")
html="$TRUNK_STAGING_DIR/index.html"
marker='<meta name="yc-texts">'
grep -qF "$marker" "$html" || { echo "texts-hook: index.html has no $marker" >&2; exit 1; }
sed -i "s|$marker|<link rel=\"preload\" href=\"$name\" as=\"fetch\" crossorigin>|" "$html"
