#!/usr/bin/env bash
# The release build, as deployed: `trunk build --release --offline` into dist/, the staff
# workbench (staff.html, Trunk.staff.toml) beside it, then the
# single-file editions dist/standalone/yinchuan-policy-calculator.html and the workbench's
# yinchuan-policy-workbench.html (scripts/standalone.mjs), then the lighter program (the app
# without its results page, Trunk.light.toml) and index.html's loader that starts one of the two
# (scripts/two-programs.mjs), the service worker again (scripts/sw.mjs), then
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
yc_step "staff workbench" "the compiler's or Trunk's message above names the file (crates/staff, staff.html); fix it and run this again"
trunk --config Trunk.staff.toml build --release --offline
# Its page and program go beside the public app's (whose texts files and icons it uses); Trunk
# names the page after its source or index.html, by version.
staff_dist=target/staff-dist
staff_html="$staff_dist/staff.html"
[ -f "$staff_html" ] || staff_html="$staff_dist/index.html"
[ -f "$staff_html" ] || yc_die "Trunk wrote no page into $staff_dist" "run 'trunk --config Trunk.staff.toml build --release' and read its output"
cp "$staff_html" dist/staff.html
node scripts/tidy-page.mjs dist/staff.html >/dev/null
find "$staff_dist" -maxdepth 1 -type f ! -name '*.html' -exec cp {} dist/ \;
# The programs' JS glue minified (scripts/minify-glue.mjs); the single file inlines it so.
yc_step "minified JS glue" "scripts/minify-glue.mjs said why above (is node_modules installed? source scripts/setup.sh)"
node scripts/minify-glue.mjs dist yc-calculator
yc_step "single-file edition" "scripts/standalone.mjs said why above; dist/ must hold a complete trunk build"
node scripts/standalone.mjs dist
# The lighter program (the app without its results page) and index.html's loader that starts it,
# or the whole program for a visit that starts on results (scripts/two-programs.mjs). After the
# single-file edition, which carries the whole program alone.
yc_step "lighter program" "the compiler's or Trunk's message above names the file (Trunk.light.toml, light.html, src/bin/yc-light.rs); fix it and run this again"
trunk --config Trunk.light.toml build --release --offline
node scripts/minify-glue.mjs target/light-dist yc-light
node scripts/two-programs.mjs dist target/light-dist
# index.html's inline scripts minified, now that they are all in (scripts/tidy-page.mjs).
node scripts/tidy-page.mjs --scripts dist/index.html >/dev/null
yc_step "service worker" "scripts/sw.mjs said why above"
# The service worker again, now that the workbench's and the lighter program's files are in: the
# workbench's are kept on first use (never precached), both programs are precached, and the
# cache's version covers them all.
node scripts/sw.mjs dist --worker >/dev/null
yc_step "compressed copies" "scripts/compress.mjs said why above (is the disk full?)"
node scripts/compress.mjs dist >/dev/null
echo "build: dist/ is ready (with .gz and .br copies, and the single files dist/standalone/yinchuan-policy-calculator.html and yinchuan-policy-workbench.html)"
