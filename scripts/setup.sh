#!/usr/bin/env bash
# Idempotent setup of what the build (and, for the test suite, the tests) need, on a Debian machine
# that has only rustup/cargo (stable), Node 20 and npm. Each step is skipped when its tool is
# already present at the pinned version, so a warm run takes about a second.
#
#   bash scripts/setup.sh                      # what building and serving need
#   YC_SETUP_FOR=test bash scripts/setup.sh    # that, and the browsers, drivers and fonts of the tests
#   YC_SETUP_DRY_RUN=1 bash scripts/setup.sh   # print what would be installed; install nothing
#   source scripts/setup.sh                    # the same, and keep YC_ROOT and the PATH below in
#                                              # the calling shell (serve.sh, build.sh and test.sh)
#
# What each path installs, and why these versions:
#   serve and build (YC_SETUP_FOR=serve, the default):
#   - the wasm32-unknown-unknown target;
#   - wasm-bindgen-cli 0.2.130, the same version as the `wasm-bindgen = "=0.2.130"` crate pin (the
#     CLI and the crate must match); installed without --locked, as its lock file names a crate
#     version some registry mirrors lack (about 2 min on 2 cores);
#   - trunk 0.21.14 (--locked): later releases need a newer rustc than the stable 1.95 toolchain
#     (about 7 min on 2 cores);
#   - npm devDependencies from package-lock.json: binaryen 132 (wasm-opt version_132, which parses
#     rustc 1.95's output; older distribution packages of binaryen do not), terser (the release
#     build minifies the programs' JS glue), playwright-core and @axe-core/playwright (packages
#     only: no browser is ever downloaded).
#   the test suite (YC_SETUP_FOR=test, set by scripts/test.sh), in addition:
#   - the rustfmt and clippy components;
#   - Debian packages, in one apt-get call: chromium + chromium-driver (test tools never download a
#     browser of their own), fonts-noto-cjk (screenshots show Chinese, not empty boxes),
#     webkit2gtk-driver + xvfb (WebKitGTK's WebDriver and MiniBrowser, in a virtual display) and
#     firefox-esr, for the engine smoke runs (tests/engines/smoke.mjs);
#   - geckodriver 0.37.1 (--locked), Firefox's WebDriver, from crates.io (about 2 min on 2 cores);
#   - twiggy 0.8.0 (--locked, about 3 min), which scripts/size-report.mjs uses to list the Wasm's
#     largest functions by crate (the test command prints the report after the build).
#
# Sourcing is safe: the top level below holds plain assignments only. When sourced, the file runs
# itself as a child process, so none of its functions, options or traps reaches the caller, and a
# failure comes back as a status with the sentence already printed (scripts/lib/errors.sh).

YC_ROOT="$(CDPATH='' cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)"
export YC_ROOT
YC_WASM_BINDGEN_VERSION="0.2.130"
YC_TRUNK_VERSION="0.21.14"
YC_WASM_OPT_VERSION="version_132"
YC_GECKODRIVER_VERSION="0.37.1"
YC_TWIGGY_VERSION="0.8.0"
# Trunk takes wasm-bindgen and wasm-opt from PATH (Trunk.toml pins their versions; it must never
# download them: there may be no internet).
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$YC_ROOT/node_modules/.bin:$PATH"

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  bash "$YC_ROOT/scripts/setup.sh" || return
  return 0
fi

# --- Run as a program from here on -------------------------------------------------------------

# shellcheck source=scripts/lib/errors.sh
source "$YC_ROOT/scripts/lib/errors.sh"
yc_strict setup
cd "$YC_ROOT"

FOR="${YC_SETUP_FOR:-serve}"
DRY_RUN="${YC_SETUP_DRY_RUN:-}"
case "$FOR" in
  serve | test) ;;
  *) yc_die "YC_SETUP_FOR is '$FOR'" "set YC_SETUP_FOR to 'serve' (building and serving) or 'test' (the test suite too)" ;;
esac
WOULD=()

log() { printf 'setup: %s\n' "$*"; }

# Runs an install step, or in a dry run only says it would: act "WHAT" HINT COMMAND...
act() {
  local what="$1" hint="$2"
  shift 2
  if [ -n "$DRY_RUN" ]; then
    log "would install: $what ($*)"
    WOULD+=("$what")
    return 0
  fi
  log "$what: installing"
  yc_step "install $what" "$hint"
  YC_RUNNING="$*"
  "$@"
}

# A command on PATH, or a sentence that says how to get it: need TOOL HINT.
need() {
  command -v "$1" >/dev/null 2>&1 || yc_die "'$1' is not on PATH" "$2"
}

as_root() {
  YC_RUNNING="$*"
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    yc_die "needs root or sudo for: $*" "run that command as root (or install sudo), then run this again"
  fi
}

# The one apt helper: installs the missing Debian packages in one call. The package lists are
# updated first only when the install fails without (a fresh machine, or stale lists), so a warm
# run never waits for `apt-get update`.
apt_install() {
  local hint="apt-get could not install $*: check that the machine reaches Debian's mirrors, run 'apt-get update' (as root), then run this again"
  if [ -n "$DRY_RUN" ]; then
    act "Debian packages: $*" "$hint" apt-get install -y "$@"
    return 0
  fi
  command -v apt-get >/dev/null 2>&1 \
    || yc_die "apt-get is missing: this is not a Debian-like machine" "install these packages (or your system's equivalents) yourself, then run this again: $*"
  log "Debian packages $*: installing via apt-get"
  yc_step "apt-get install $*" "$hint"
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"; then
    log "apt-get install failed: updating the package lists and trying again"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
  fi
}

# A command-line tool built from crates.io, unless the first line of `TOOL --version` already names
# this version: cargo_tool TOOL CRATE VERSION MINUTES [--locked].
cargo_tool() {
  local tool="$1" crate="$2" version="$3" minutes="$4" locked="${5:-}" have=""
  if command -v "$tool" >/dev/null 2>&1; then
    have="$("$tool" --version 2>/dev/null || true)"
    have="${have%%$'\n'*}"
  fi
  if [ "$have" = "$tool $version" ]; then
    log "$tool $version: present"
    return 0
  fi
  act "$tool $version (about $minutes min on 2 cores)" \
    "cargo could not build $crate $version (see above): check that crates.io (or the registry mirror) is reachable and that the disk has room, then run this again" \
    cargo install "$crate" --version "$version" $locked --force
}

minibrowser() {
  local candidate
  for candidate in /usr/lib/*/webkit2gtk-4.1/MiniBrowser; do
    if [ -x "$candidate" ]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}

has_cjk_font() {
  local fonts
  fonts="$(fc-list :lang=zh family 2>/dev/null || true)"
  [ -n "$fonts" ]
}

started=$SECONDS
log "preparing for: $FOR$([ -z "$DRY_RUN" ] || echo ' (dry run: nothing is installed)')"

# --- What must already be here ----------------------------------------------------------------
yc_step "check the machine"
need cargo "install Rust with rustup (https://rustup.rs; the stable toolchain, 1.95 or later), then open a new shell, or run '. \"\$HOME/.cargo/env\"', and run this again"
need rustup "this project installs the wasm32 target with rustup: install Rust with rustup (https://rustup.rs) rather than a distribution's rustc, then run this again"
need node "install Node.js 20 with npm (Debian: the nodejs and npm packages, or nodejs.org), then run this again"
need npm "install npm beside Node.js 20, then run this again"

# --- Debian packages of the test suite (first: they fail fastest) -----------------------------
if [ "$FOR" = test ]; then
  yc_step "find the test browsers"
  packages=()
  { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; } || packages+=(chromium chromium-driver)
  has_cjk_font || packages+=(fonts-noto-cjk)
  { [ -x /usr/bin/WebKitWebDriver ] && minibrowser >/dev/null && [ -x /usr/bin/Xvfb ]; } || packages+=(webkit2gtk-driver xvfb)
  [ -x /usr/bin/firefox-esr ] || packages+=(firefox-esr)
  if [ "${#packages[@]}" -eq 0 ]; then
    log "chromium, chromedriver, CJK font, WebKitGTK + Xvfb, firefox-esr: present"
  else
    apt_install "${packages[@]}"
  fi
fi

# --- Rust: the wasm target (and the components the tests use) ---------------------------------
yc_step "list the installed Rust targets" "run 'rustup show' to see what is wrong with the toolchain, then run this again"
targets="$(rustup target list --installed)"
if grep -qx 'wasm32-unknown-unknown' <<<"$targets"; then
  log "rust target wasm32-unknown-unknown: present"
else
  act "rust target wasm32-unknown-unknown" "rustup could not add the target (see above): check the network, then run this again" \
    rustup target add wasm32-unknown-unknown
fi
if [ "$FOR" = test ]; then
  yc_step "list the installed Rust components" "run 'rustup show' to see what is wrong with the toolchain, then run this again"
  components="$(rustup component list --installed)"
  for component in rustfmt clippy; do
    if grep -q "^${component}" <<<"$components"; then
      log "rust component $component: present"
    else
      act "rust component $component" "rustup could not add $component (see above): check the network, then run this again" \
        rustup component add "$component"
    fi
  done
fi

# --- wasm-bindgen CLI (also wasm-bindgen-test-runner) and Trunk ---------------------------------
# No --locked for wasm-bindgen: the crate's lock names a version missing from some registry mirrors.
if command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  cargo_tool wasm-bindgen wasm-bindgen-cli "$YC_WASM_BINDGEN_VERSION" 2
else
  act "wasm-bindgen $YC_WASM_BINDGEN_VERSION (about 2 min on 2 cores)" \
    "cargo could not build wasm-bindgen-cli (see above): check that crates.io is reachable and that the disk has room, then run this again" \
    cargo install wasm-bindgen-cli --version "$YC_WASM_BINDGEN_VERSION" --force
fi
cargo_tool trunk trunk "$YC_TRUNK_VERSION" 7 --locked
[ "$FOR" != test ] || cargo_tool geckodriver geckodriver "$YC_GECKODRIVER_VERSION" 2 --locked
# twiggy names itself `twiggy-opt 0.8.0`, so cargo_tool's check would never see it present.
if [ "$FOR" = test ]; then
  case "$(twiggy --version 2>/dev/null || true)" in
    *" $YC_TWIGGY_VERSION") log "twiggy $YC_TWIGGY_VERSION: present" ;;
    *) act "twiggy $YC_TWIGGY_VERSION (about 3 min on 2 cores)" \
      "cargo could not build twiggy $YC_TWIGGY_VERSION (see above): check that crates.io (or the registry mirror) is reachable and that the disk has room, then run this again" \
      cargo install twiggy --version "$YC_TWIGGY_VERSION" --locked --force ;;
  esac
fi

# --- npm devDependencies (wasm-opt, Playwright's library, axe) --------------------------------
yc_step "compare node_modules with package-lock.json"
lock_hash="$(cat package.json package-lock.json | sha256sum)"
lock_hash="${lock_hash%% *}"
if [ -f node_modules/.lock-hash ] && [ "$(cat node_modules/.lock-hash)" = "$lock_hash" ]; then
  log "node_modules: up to date"
else
  act "node_modules (npm ci, about 1 min)" \
    "npm could not install the packages of package-lock.json (see above): check that the npm registry is reachable, then run this again" \
    npm ci --no-audit --no-fund --loglevel=error
  [ -n "$DRY_RUN" ] || printf '%s\n' "$lock_hash" >node_modules/.lock-hash
fi

if [ -n "$DRY_RUN" ]; then
  if [ "${#WOULD[@]}" -eq 0 ]; then
    log "dry run for $FOR: everything is present"
  else
    joined="$(printf '%s; ' "${WOULD[@]}")"
    log "dry run for $FOR: would install ${#WOULD[@]}: ${joined%; }"
  fi
  exit 0
fi

# --- Check the pinned versions really are the ones on PATH ------------------------------------
yc_step "check wasm-opt"
wasm_opt_version="$(wasm-opt --version 2>/dev/null || true)"
case "$wasm_opt_version" in
  *"($YC_WASM_OPT_VERSION)"*) ;;
  *) yc_die "wasm-opt on PATH is '${wasm_opt_version:-missing}', expected $YC_WASM_OPT_VERSION" \
    "remove node_modules/.lock-hash and run this again, so that npm ci reinstalls binaryen 132 (node_modules/.bin comes first on PATH)" ;;
esac

yc_step "summary"
summary="$(rustc --version | cut -d' ' -f1-2), $(wasm-bindgen --version), $(trunk --version), wasm-opt $YC_WASM_OPT_VERSION, node $(node --version)"
if [ "$FOR" = test ]; then
  summary+=", $(/usr/bin/chromium --version 2>/dev/null | cut -d' ' -f1-2 || true)"
  summary+=", WebKitGTK $(dpkg-query -W -f='${Version}' libwebkit2gtk-4.1-0 2>/dev/null | cut -d- -f1 || true)"
  summary+=", $(/usr/bin/firefox-esr --version 2>/dev/null | cut -d' ' -f2-3 || true)"
  summary+=", $(geckodriver --version 2>/dev/null | sed -n 1p || true)"
fi
log "ready for $FOR in $((SECONDS - started)) s: $summary"
