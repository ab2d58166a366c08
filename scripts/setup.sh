#!/usr/bin/env bash
# Idempotent setup of everything the build and the tests need, on a Debian machine that has only
# rustup/cargo (stable), node 20 and npm. Each step is skipped when its tool is already present
# at the pinned version, so a warm run takes about a second.
#
#   bash scripts/setup.sh      # install what is missing
#   source scripts/setup.sh    # the same, and keep the PATH below in the calling shell
#                              # (scripts/serve.sh and scripts/test.sh do this)
#
# Pinned versions, and why:
#   - wasm32-unknown-unknown target;
#   - wasm-bindgen-cli 0.2.130, the same version as the `wasm-bindgen = "=0.2.130"` crate pin (the
#     CLI and the crate must match); installed without --locked, as its lock file names a crate
#     version some registry mirrors lack;
#   - trunk 0.21.14 (--locked): later releases need a newer rustc than the stable 1.95 toolchain;
#   - Debian's chromium + chromium-driver: test tools never download a browser of their own;
#   - Debian's webkit2gtk-driver (WebKitWebDriver + MiniBrowser, WebKitGTK) and xvfb, and
#     firefox-esr, for the engine smoke runs (tests/engines/smoke.mjs);
#   - geckodriver 0.37.1 (--locked), Firefox's WebDriver, from crates.io (about 2 min on 2 cores);
#   - npm devDependencies from package-lock.json: binaryen 132 (wasm-opt version_132, which parses
#     rustc 1.95's output; older distribution packages of binaryen do not), playwright-core,
#     @axe-core/playwright.

YC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export YC_ROOT

WASM_BINDGEN_VERSION="0.2.130"
TRUNK_VERSION="0.21.14"
WASM_OPT_VERSION="version_132"
GECKODRIVER_VERSION="0.37.1"
# WebKitGTK's MiniBrowser, in Debian's multiarch library folder of this machine.
MINIBROWSER="$(ls /usr/lib/*/webkit2gtk-4.1/MiniBrowser 2>/dev/null | head -n 1)"
MINIBROWSER="${MINIBROWSER:-/usr/lib/$(uname -m)-linux-gnu/webkit2gtk-4.1/MiniBrowser}"

# Trunk takes wasm-bindgen and wasm-opt from PATH (Trunk.toml pins their versions; it must never
# download them: no internet here).
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$YC_ROOT/node_modules/.bin:$PATH"

_setup_log() { printf 'setup: %s\n' "$*"; }

_setup_sudo() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# apt-get install; the package lists are updated first only when the install fails without
# (a fresh machine, or stale lists), so that a warm run never waits for `apt-get update`.
_setup_apt_install() {
  _setup_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" && return 0
  _setup_log "apt-get install failed: updating the package lists and trying again"
  _setup_sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  _setup_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

# A command-line tool built from crates.io with its own lock file, unless the first line of
# `TOOL --version` already names this version: _setup_cargo_tool TOOL VERSION MINUTES.
_setup_cargo_tool() {
  local tool="$1" version="$2" minutes="$3"
  if command -v "$tool" >/dev/null 2>&1 \
    && [ "$("$tool" --version 2>/dev/null | sed -n 1p)" = "$tool $version" ]; then
    _setup_log "$tool $version: present"
  else
    _setup_log "$tool $version: installing (about $minutes min on 2 cores)"
    cargo install "$tool" --version "$version" --locked --force
  fi
}

_setup_main() {
  local started=$SECONDS

  # --- Rust: wasm target and the components the tests use ---------------------------------------
  if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
    _setup_log "rust target wasm32-unknown-unknown: present"
  else
    _setup_log "rust target wasm32-unknown-unknown: installing"
    rustup target add wasm32-unknown-unknown
  fi
  local component
  for component in rustfmt clippy; do
    if rustup component list --installed | grep -q "^${component}"; then
      _setup_log "rust component ${component}: present"
    else
      _setup_log "rust component ${component}: installing"
      rustup component add "$component"
    fi
  done

  # --- wasm-bindgen CLI (also provides wasm-bindgen-test-runner) ---------------------------------
  # No --locked: the crate's lock names a version missing from the registry snapshot.
  if command -v wasm-bindgen >/dev/null 2>&1 \
    && [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen ${WASM_BINDGEN_VERSION}" ] \
    && command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
    _setup_log "wasm-bindgen ${WASM_BINDGEN_VERSION}: present"
  else
    _setup_log "wasm-bindgen ${WASM_BINDGEN_VERSION}: installing (about 2 min on 2 cores)"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi

  # --- Trunk ------------------------------------------------------------------------------------
  _setup_cargo_tool trunk "$TRUNK_VERSION" 7

  # --- Chromium and chromedriver (Debian packages; never a browser downloaded by a test tool) ---
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    _setup_log "chromium + chromedriver: present"
  else
    _setup_log "chromium + chromedriver: installing via apt-get"
    _setup_sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    _setup_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  fi

  # --- WebKit and Firefox for the engine smoke runs (tests/engines/smoke.mjs) -------------------
  # Only for the test suite (scripts/test.sh sets YC_SETUP_ENGINES=1): building and serving the
  # app never waits for them. WebKitGTK's WebDriver drives its MiniBrowser, which has no headless
  # mode: Xvfb gives it a display. Firefox ESR runs headless through geckodriver.
  if [ "${YC_SETUP_ENGINES:-}" != "1" ]; then
    _setup_log "webkit + firefox (test engines): skipped (YC_SETUP_ENGINES=1 installs them)"
  else
    if [ -x /usr/bin/WebKitWebDriver ] && [ -x "$MINIBROWSER" ] && [ -x /usr/bin/Xvfb ]; then
      _setup_log "webkit2gtk-driver + xvfb: present"
    else
      _setup_log "webkit2gtk-driver + xvfb: installing via apt-get"
      _setup_apt_install webkit2gtk-driver xvfb
    fi
    if [ -x /usr/bin/firefox-esr ]; then
      _setup_log "firefox-esr: present"
    else
      _setup_log "firefox-esr: installing via apt-get"
      _setup_apt_install firefox-esr
    fi
    _setup_cargo_tool geckodriver "$GECKODRIVER_VERSION" 2
  fi

  # --- A CJK font, so that screenshots show Chinese text rather than empty boxes ---------------
  # Noto Sans CJK SC is in styles/app.css's font stack (it is what Android and ChromeOS show).
  if [ -n "$(fc-list :lang=zh family 2>/dev/null)" ]; then
    _setup_log "CJK font: present"
  else
    _setup_log "CJK font: installing fonts-noto-cjk via apt-get"
    _setup_sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    _setup_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk
  fi

  # --- npm devDependencies (wasm-opt, Playwright, axe) ------------------------------------------
  local lock_hash
  lock_hash="$(cat "$YC_ROOT/package.json" "$YC_ROOT/package-lock.json" | sha256sum | cut -d' ' -f1)"
  if [ -f "$YC_ROOT/node_modules/.lock-hash" ] \
    && [ "$(cat "$YC_ROOT/node_modules/.lock-hash")" = "$lock_hash" ]; then
    _setup_log "node_modules: up to date"
  else
    _setup_log "node_modules: npm ci"
    (cd "$YC_ROOT" && npm ci --no-audit --no-fund --loglevel=error)
    printf '%s\n' "$lock_hash" >"$YC_ROOT/node_modules/.lock-hash"
  fi

  # --- Check the pinned versions really are the ones on PATH ------------------------------------
  local wasm_opt_version
  wasm_opt_version="$(wasm-opt --version 2>/dev/null || true)"
  case "$wasm_opt_version" in
    *"($WASM_OPT_VERSION)"*) ;;
    *)
      echo "setup: wasm-opt on PATH is '${wasm_opt_version:-missing}', expected ${WASM_OPT_VERSION}" >&2
      return 1
      ;;
  esac

  _setup_log "ready in $((SECONDS - started)) s: $(rustc --version | cut -d' ' -f1-2), $(wasm-bindgen --version), $(trunk --version), wasm-opt ${WASM_OPT_VERSION}, $(/usr/bin/chromium --version 2>/dev/null | cut -d' ' -f1-2), WebKitGTK $(dpkg-query -W -f='${Version}' libwebkit2gtk-4.1-0 2>/dev/null | cut -d- -f1), $(/usr/bin/firefox-esr --version 2>/dev/null | cut -d' ' -f2-3), $(geckodriver --version 2>/dev/null | sed -n 1p), node $(node --version)"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  _setup_main
else
  # Sourced: run the steps in a subshell with strict mode, so that an interactive shell that
  # sources this file keeps its own options; the PATH export above stays in the caller.
  (
    set -euo pipefail
    _setup_main
  )
  _yc_setup_rc=$?
  [ "$_yc_setup_rc" -eq 0 ] || return "$_yc_setup_rc"
  unset _yc_setup_rc
fi
