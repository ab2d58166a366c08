#!/usr/bin/env bash
# The README's first commands as a new machine meets them (a step of scripts/test.sh). The suite
# itself runs where every tool is already installed, so it cannot see what a newcomer sees; this
# check makes that machine:
#
#   1. set-up with its tools hidden: in a private mount namespace (`unshare -m`, needs root), the
#      tools setup.sh installs are hidden (Trunk, wasm-bindgen, geckodriver, Chromium and its
#      driver, WebKitGTK, Xvfb, Firefox, fc-list's fonts, node_modules), and setup.sh is *sourced*
#      under the caller's `set -euo pipefail`, as serve.sh and test.sh do, in its dry-run mode: it
#      must list what it would install for the serve path (and no browser, driver or font) and for
#      the test path, return 0, and leave the caller's options, traps and functions as they were;
#   2. its failures speak: with cargo missing, and with an apt-get that fails, setup.sh stops with
#      a sentence that says what to do, never a bare status;
#   3. the build's Node scripts from a path with a space and Chinese characters (a home folder such
#      as /home/张伟/): standalone, compress, sw, csp and check-floor run on a copy of the build
#      there, and their output must exist.
#
#   bash scripts/check-fresh.sh [DIST]   # DIST: a release build (dist/ by default), for part 3
#
# Without root (or without unshare), parts 1 and 2's apt case are skipped with a message.

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/lib/errors.sh
source scripts/lib/errors.sh
yc_strict check-fresh
root="$PWD"

work="$(mktemp -d)"
trap 'rc=$?; rm -rf "$work"; yc_report_exit "$rc"' EXIT
failures=0
pass() { printf 'check-fresh: ok    %s\n' "$1"; }
fail() {
  printf 'check-fresh: FAIL  %s\n' "$1" >&2
  [ -z "${2:-}" ] || printf '%s\n' "$2" | tail -n 15 | sed 's/^/    | /' >&2
  failures=$((failures + 1))
}
# expect LABEL OUTPUT PATTERN...: every pattern (grep -E) is in OUTPUT.
expect() {
  local label="$1" out="$2" pattern
  shift 2
  for pattern in "$@"; do
    grep -qE -- "$pattern" <<<"$out" || { fail "$label: no line matches /$pattern/" "$out"; return 0; }
  done
  pass "$label"
}
# refuse LABEL OUTPUT PATTERN: the pattern is not in OUTPUT.
refuse() {
  if grep -qE -- "$3" <<<"$2"; then fail "$1: a line matches /$3/" "$2"; else pass "$1"; fi
}

# --- 1 and 2: setup.sh on a machine without its tools ------------------------------------------
yc_step "hide the tools"
if [ "$(id -u)" -ne 0 ] || ! command -v unshare >/dev/null 2>&1; then
  printf 'check-fresh: skipped parts 1 and 2 (hiding tools needs root and unshare -m; this is uid %s)\n' "$(id -u)"
else
  # The hiding script, run inside the namespace: an empty, non-executable file over every tool,
  # an empty tmpfs over every folder; then the command given.
  cat >"$work/hide.sh" <<'HIDE'
set -eu
empty="$1"; shift
# Cargo's folder is rebuilt without the tools setup installs (a file that is merely not
# executable would still be found by `command -v`): its other programs are linked back in.
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
if [ -d "$cargo_bin" ]; then
  mkdir -p "$empty.orig"
  mount --bind "$cargo_bin" "$empty.orig"
  mount -t tmpfs none "$cargo_bin"
  for program in "$empty.orig"/*; do
    case "${program##*/}" in
      trunk | wasm-bindgen | wasm-bindgen-test-runner | wasm2es6js | geckodriver | twiggy) ;;
      *) ln -s "$program" "$cargo_bin/${program##*/}" ;;
    esac
  done
fi
# Debian's programs are tested with [ -x ]: an empty, non-executable file in their place.
for tool in /usr/bin/chromium /usr/bin/chromedriver /usr/bin/WebKitWebDriver /usr/bin/firefox-esr \
  /usr/bin/Xvfb /usr/bin/fc-list; do
  [ ! -e "$tool" ] || mount --bind "$empty" "$tool"
done
for dir in /usr/lib/*/webkit2gtk-4.1 "$YC_ROOT/node_modules"; do
  [ ! -d "$dir" ] || mount -t tmpfs none "$dir"
done
exec "$@"
HIDE
  : >"$work/empty"
  chmod 0644 "$work/empty"
  hidden() { YC_ROOT="$root" timeout 120 unshare -m --propagation private bash "$work/hide.sh" "$work/empty" "$@"; }

  # The caller, as serve.sh and test.sh are: strict options, then `source scripts/setup.sh`; it
  # prints its options, traps and functions before and after, which must be equal.
  cat >"$work/caller.sh" <<'CALLER'
set -euo pipefail
cd "$1"
state() { set +o; trap -p; declare -F | { grep -v ' state$' || true; }; }
before="$(state)"
source scripts/setup.sh
after="$(state)"
[ "$before" = "$after" ] || { echo "CALLER CHANGED:"; diff <(echo "$before") <(echo "$after") || true; exit 3; }
command -v trunk >/dev/null 2>&1 && echo "TRUNK VISIBLE" || echo "TRUNK HIDDEN"
echo "SOURCED rc=0"
CALLER

  for path in serve test; do
    yc_step "set-up's dry run for $path, tools hidden"
    out="$(hidden env YC_SETUP_FOR="$path" YC_SETUP_DRY_RUN=1 bash "$work/caller.sh" "$root" 2>&1)" && rc=0 || rc=$?
    if [ "$rc" -ne 0 ] || ! grep -q '^SOURCED rc=0$' <<<"$out"; then
      fail "$path: sourcing setup.sh under set -euo pipefail with the tools hidden exits $rc" "$out"
      continue
    fi
    pass "$path: sourcing setup.sh under set -euo pipefail returns 0 and leaves the caller's options, traps and functions alone"
    expect "$path: the tools are hidden" "$out" '^TRUNK HIDDEN$'
    expect "$path: lists what it would install" "$out" \
      '^setup: would install: wasm-bindgen 0\.2\.130' '^setup: would install: trunk 0\.21\.14' \
      '^setup: would install: node_modules'
    if [ "$path" = serve ]; then
      refuse "serve: installs no browser, driver or font" "$out" 'would install: .*(chromium|firefox|webkit|fonts-noto|geckodriver)'
      refuse "serve: asks for no root" "$out" 'apt-get|sudo'
    else
      expect "test: lists the browsers, drivers and fonts" "$out" \
        '^setup: would install: Debian packages: chromium chromium-driver fonts-noto-cjk webkit2gtk-driver xvfb firefox-esr' \
        '^setup: would install: geckodriver 0\.37\.1' '^setup: would install: twiggy 0\.8\.0'
    fi
  done

  # An apt-get that fails (a machine whose package lists are stale, or no network).
  yc_step "set-up with a failing apt-get"
  mkdir -p "$work/fake-bin"
  printf '#!/bin/sh\necho "E: Unable to locate package $*" >&2\nexit 100\n' >"$work/fake-bin/apt-get"
  chmod +x "$work/fake-bin/apt-get"
  out="$(hidden env PATH="$work/fake-bin:$PATH" YC_SETUP_FOR=test bash "$work/caller.sh" "$root" 2>&1)" && rc=0 || rc=$?
  if [ "$rc" -eq 0 ]; then
    fail "a failing apt-get: setup.sh returned 0" "$out"
  else
    expect "a failing apt-get: setup.sh stops with a sentence (exit $rc)" "$out" \
      '^setup: FAILED at step "apt-get install chromium' 'what to do: .*run .apt-get update.'
  fi
fi

# With cargo missing (no root needed: a PATH without it).
yc_step "set-up without cargo"
out="$(env PATH=/usr/bin:/bin CARGO_HOME="$work/no-cargo" YC_SETUP_FOR=serve bash "$work/caller.sh" "$root" 2>&1)" && rc=0 || rc=$?
if [ -x /usr/bin/cargo ]; then
  printf 'check-fresh: skipped the missing-cargo case (/usr/bin/cargo exists)\n'
elif [ "$rc" -eq 0 ]; then
  fail "no cargo: setup.sh returned 0" "$out"
else
  expect "no cargo: setup.sh stops with a sentence (exit $rc)" "$out" \
    "^setup: FAILED at step \"check the machine\": 'cargo' is not on PATH" 'what to do: install Rust with rustup'
fi

# --- 3: the build's Node scripts in a path with a space and Chinese characters ----------------
yc_step "Node scripts in a path with a space and Chinese characters"
dist="$(cd "${1:-dist}" 2>/dev/null && pwd)" || yc_die "${1:-dist} is missing" "run 'bash scripts/build.sh' first: part 3 copies a release build"
[ -f "$dist/index.html" ] || yc_die "$dist/index.html is missing" "run 'bash scripts/build.sh' first: part 3 copies a release build"
copy="$work/新 用户/yc 计算器"
mkdir -p "$copy"
cp -R "$root/scripts" "$root/package.json" "$copy/"
ln -s "$root/node_modules" "$copy/node_modules"
cp -R "$dist" "$copy/dist"
# Take away what the Node scripts write, and give sw.mjs the page as Trunk hands it over.
rm -rf "$copy/dist/standalone" "$copy/dist/sw.js" "$copy/dist/register-sw.js"
find "$copy/dist" \( -name '*.gz' -o -name '*.br' \) -delete
sed -i 's|<script data-sw>[^<]*</script>|<meta name="yc-sw">|' "$copy/dist/index.html"
grep -qF '<meta name="yc-sw">' "$copy/dist/index.html" || yc_die "$dist/index.html has no service-worker registration to take back" "build with 'bash scripts/build.sh' (a served build has none)"
cd "$copy"
# check-floor.mjs runs wasm-opt from the npm packages, as the test command has it on PATH.
export PATH="$root/node_modules/.bin:$PATH"
run_node() { # LABEL FILE-THAT-MUST-EXIST ARGS...
  local label="$1" product="$2" out rc
  shift 2
  out="$(node "$@" 2>&1)" && rc=0 || rc=$?
  if [ "$rc" -ne 0 ]; then
    fail "$label: exit $rc in '$copy'" "$out"
  elif [ -n "$product" ] && [ ! -s "$product" ]; then
    fail "$label: exit 0 in '$copy' but $product was not written" "$out"
  elif [ -z "$out" ]; then
    fail "$label: exit 0 in '$copy' and printed nothing (did it run at all?)" "$out"
  else
    pass "$label, from a path with a space and Chinese characters"
  fi
}
run_node "sw.mjs writes sw.js" dist/sw.js scripts/sw.mjs dist
run_node "standalone.mjs writes the single-file edition" dist/standalone/yinchuan-policy-calculator.html scripts/standalone.mjs dist
run_node "compress.mjs writes index.html.gz" dist/index.html.gz scripts/compress.mjs dist
[ -s dist/index.html.br ] || fail "compress.mjs: dist/index.html.br was not written"
run_node "check-floor.mjs checks the build" "" scripts/check-floor.mjs dist
out="$(node scripts/csp.mjs dist 2>&1)" || true
expect "csp.mjs prints the policy, from a path with a space and Chinese characters" "$out" "^default-src 'self'"
cd "$root"

if [ "$failures" -gt 0 ]; then
  yc_die "$failures of the checks above failed" "a newcomer's first command would fail the same way: fix scripts/setup.sh or the Node script named, then run 'bash scripts/check-fresh.sh'"
fi
printf 'check-fresh: all checks passed\n'
