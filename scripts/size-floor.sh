#!/usr/bin/env bash
# How small the first load could be while Rust, Yew, rust_decimal and the engine stay (bench
# tooling, not a test). It builds bench/size-floor/main.rs (a Yew page with no pages of the app)
# the way the release build does (workspace release profile, wasm-bindgen, wasm-opt -Oz), three
# times:
#   yew                  Yew alone;
#   yew+engine           with the engine calls the app makes (the engine's long texts stay out of
#                        the Wasm, as in the app);
#   yew+engine-no-texts  the same with every engine text left out (a copy of the engine whose
#                        `Text::new` keeps no words), as if every label, question and option were
#                        fetched too.
# It prints gzip -9 and brotli sizes measured as scripts/size-report.mjs measures them, then,
# from the built dist/ (if there is one), what index.html and the CSS add and the room left under
# the 150 KB target for every page of the app.
#
#   bash scripts/size-floor.sh

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/lib/errors.sh
source scripts/lib/errors.sh
yc_strict size-floor
root="$PWD"

yc_step setup "the lines above (setup: …) say what is missing and how to get it"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
yc_step "build the floor projects" "the compiler's message above names the file; if the engine's text.rs or Cargo.toml changed, update the patch in this script"

work="$root/target/size-floor"
rm -rf "$work/projects" "$work/no-texts"
mkdir -p "$work/projects"

# A copy of the engine that keeps no text: `Text::new` (every `t(...)` in the engine) drops its
# words, so the compiler drops the literals. The build script finds policy/ two levels up.
mkdir -p "$work/no-texts/crates"
cp -r crates/engine "$work/no-texts/crates/engine"
cp -r policy "$work/no-texts/policy"
rm -rf "$work/no-texts/crates/engine/target"
python3 - "$work/no-texts/crates/engine" "$root/Cargo.toml" <<'PY'
import pathlib, re, sys, tomllib
engine = pathlib.Path(sys.argv[1])
workspace = tomllib.loads(pathlib.Path(sys.argv[2]).read_text())["workspace"]
text = engine / "src/text.rs"
src = text.read_text()
old = '''        #[cfg(feature = "external-texts")]
        return Text(Repr::Inline(zh, en));
    }'''
new = '''        #[cfg(feature = "external-texts")]
        {
            let _ = (zh, en);
            return Text(Repr::Stored(0));
        }
    }'''
if old not in src:
    sys.exit("size-floor: crates/engine/src/text.rs changed; update the patch in scripts/size-floor.sh")
text.write_text(src.replace(old, new))
# The inline variant is now never built; keep the build quiet about it.
lib = engine / "src/lib.rs"
lib.write_text("#![allow(dead_code)]\n" + lib.read_text())
# Outside the workspace the engine's `*.workspace = true` keys need the workspace's values: read
# from the root Cargo.toml, never copied here.
def inline(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v.replace('\\', '\\\\').replace('"', '\\"') + '"'
    if isinstance(v, list):
        return "[" + ", ".join(inline(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {inline(x)}" for k, x in v.items()) + " }"
    return str(v)
toml = engine / "Cargo.toml"
def resolve(m):
    key = m.group(1)
    table = workspace["dependencies"] if key in workspace.get("dependencies", {}) else workspace.get("package", {})
    if key not in table:
        sys.exit(f"size-floor: {key}.workspace = true has no value in the root Cargo.toml")
    return f"{key} = {inline(table[key])}"
t = re.sub(r'^([A-Za-z0-9_-]+)\.workspace = true$', resolve, toml.read_text(), flags=re.M)
toml.write_text(t)
PY
# The release profile of the root Cargo.toml, for the floor projects (the same settings as the
# app's build, never a copy).
release_profile=$(python3 - "$root/Cargo.toml" <<'PY'
import sys, tomllib
profile = tomllib.loads(open(sys.argv[1]).read())["profile"]["release"]
for k, v in profile.items():
    print(f"{k} = " + ('"' + v + '"' if isinstance(v, str) else str(v).lower()))
PY
)

project() { # name, engine dependency line or "", the feature's dependency or ""
  local dir="$work/projects/$1"
  mkdir -p "$dir/src"
  cp bench/size-floor/main.rs "$dir/src/main.rs"
  cp Cargo.lock "$dir/Cargo.lock"
  cat >"$dir/Cargo.toml" <<EOF
[package]
name = "floor"
version = "0.1.0"
edition = "2021"
publish = false

[features]
engine = [$3]

[dependencies]
yew = { version = "0.23", features = ["csr"] }
wasm-bindgen = "=0.2.130"
web-sys = { version = "0.3", features = ["HtmlInputElement"] }
$2

[profile.release]
$release_profile

[workspace]
EOF
}

build() { # name, cargo feature arguments
  local dir="$work/projects/$1" out="$work/out/$1"
  echo "size-floor: building $1" >&2
  CARGO_TARGET_DIR="$work/target" cargo build --quiet --offline --release \
    --target wasm32-unknown-unknown --manifest-path "$dir/Cargo.toml" $2
  rm -rf "$out" && mkdir -p "$out"
  wasm-bindgen --target web --no-typescript --out-dir "$out/bindgen" \
    "$work/target/wasm32-unknown-unknown/release/floor.wasm"
  wasm-opt -Oz "$out/bindgen/floor_bg.wasm" -o "$out/floor_bg.wasm"
  cp "$out/bindgen/floor.js" "$out/floor.js"
  rm -rf "$out/bindgen"
}

project yew "" ""
project yew+engine "yc-engine = { path = \"$root/crates/engine\", default-features = false, features = [\"external-texts\"], optional = true }" "\"dep:yc-engine\""
project yew+engine-no-texts "yc-engine = { path = \"$work/no-texts/crates/engine\", default-features = false, features = [\"external-texts\"], optional = true }" "\"dep:yc-engine\""

build yew ""
build yew+engine "--features engine"
build yew+engine-no-texts "--features engine"

node --input-type=module - "$work/out" "$root/dist" <<'JS'
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FIRST_LOAD_TARGET_KB, firstLoad, measure } from './scripts/first-load.mjs';
const [out, dist] = process.argv.slice(2);
const kb = (b) => (b / 1024).toFixed(1);
const n = (b) => b.toLocaleString('en-US');
const rows = {};
console.log('| build | .wasm gzip | .js gzip | Wasm + JS gzip | Wasm + JS brotli |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const name of ['yew', 'yew+engine', 'yew+engine-no-texts']) {
  const files = measure(path.join(out, name));
  const get = (ext) => files.find((f) => f.ext === ext);
  const wasm = get('.wasm'), js = get('.js');
  rows[name] = { gzip: wasm.gzip + js.gzip, brotli: wasm.brotli + js.brotli };
  console.log(`| ${name} | ${n(wasm.gzip)} | ${n(js.gzip)} | ${n(rows[name].gzip)} (${kb(rows[name].gzip)} KB) | ${n(rows[name].brotli)} |`);
}
const target = FIRST_LOAD_TARGET_KB * 1024;
if (existsSync(path.join(dist, 'index.html'))) {
  const load = firstLoad(measure(dist));
  const rest = load.files.filter((f) => f.ext === '.html' || f.ext === '.css');
  const restGzip = rest.reduce((a, f) => a + f.gzip, 0);
  const app = load.files.filter((f) => f.ext === '.wasm' || f.ext === '.js').reduce((a, f) => a + f.gzip, 0);
  console.log('');
  console.log(`dist/: index.html and CSS ${n(restGzip)} B gzip (${rest.map((f) => `${f.name} ${n(f.gzip)}`).join(', ')}); the app's Wasm + JS ${n(app)} B; first load ${n(load.gzip)} B (${kb(load.gzip)} KB)`);
  for (const name of ['yew+engine', 'yew+engine-no-texts']) {
    const left = target - restGzip - rows[name].gzip;
    console.log(`room under the ${FIRST_LOAD_TARGET_KB} KB target for every page of the app, from ${name}: ${n(left)} B (${kb(left)} KB); the app's pages and browser code now take ${n(app - rows[name].gzip)} B over it`);
  }
} else {
  console.log(`\nno dist/ (run bash scripts/build.sh) to compare with the app's first load; target ${FIRST_LOAD_TARGET_KB} KB`);
}
JS
