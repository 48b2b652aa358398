#!/usr/bin/env bash
# Installs what building and testing Lede needs, skipping whatever is already present.
#
#   scripts/tools.sh build     wasm32 target, trunk, wasm-bindgen-cli (= Cargo.lock), wasm-opt, terser
#   scripts/tools.sh test      the same, plus Chromium and chromedriver for the browser tests
#
# Why each step is done this way (measured on these machines, see README "Toolchain"):
# - trunk 0.22 needs rustc >= 1.96.1; 0.21.14 builds on stable 1.95, so it is pinned here.
# - `cargo install wasm-bindgen-cli --locked` fails (its lockfile pins a yanked dependency), so no --locked.
# - Debian's binaryen (wasm-opt 108) produces a blank page; npm's binaryen@132 works.
# - Trunk would download missing tools from GitHub, which is unreachable: Trunk.toml sets offline=true
#   and this script provides the tools instead.
# Source this file's output PATH line: it prints nothing; callers add "$ROOT/.tools/bin" to PATH.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MODE=${1:-build}
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
TERSER_VERSION=5.51.4
TOOLS="$ROOT/.tools"
mkdir -p "$TOOLS/bin"
export PATH="$TOOLS/bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[tools]\033[0m %s\n' "$*" >&2; }

need_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "need root to run: $*"; return 1; fi
}

# 1. The wasm32 target.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk, pinned.
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "installing trunk $TRUNK_VERSION (about 6 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 3. wasm-bindgen-cli, exactly the version of the wasm-bindgen crate in Cargo.lock.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")
if [ -z "$WB_VERSION" ]; then say "cannot find wasm-bindgen in Cargo.lock"; exit 1; fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WB_VERSION\$"; then
  say "installing wasm-bindgen-cli $WB_VERSION (2 to 4 minutes)"
  cargo install wasm-bindgen-cli --version "=$WB_VERSION"
fi

# 4. wasm-opt from npm's binaryen, linked into .tools/bin so it comes first on PATH.
if ! "$TOOLS/bin/wasm-opt" --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION)"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS/npm" "binaryen@$BINARYEN_VERSION"
  ln -sf "$TOOLS/npm/node_modules/binaryen/bin/wasm-opt" "$TOOLS/bin/wasm-opt"
fi

# 5. terser from npm, for the Trunk hook that minifies the JS of release builds (scripts/minify-js.mjs:
#    Trunk's own minifier cannot parse the wasm-bindgen glue).
if ! node -e "process.exit(require('$TOOLS/npm/node_modules/terser/package.json').version === '$TERSER_VERSION' ? 0 : 1)" 2>/dev/null; then
  say "installing terser $TERSER_VERSION (npm)"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS/npm" "terser@$TERSER_VERSION"
fi

# 6. Chromium and chromedriver, for the browser tests only.
if [ "$MODE" = test ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing chromium and chromium-driver from Debian"
    need_root apt-get update -qq
    need_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
say "tools ready: $(trunk --version), $(wasm-bindgen --version), $("$TOOLS/bin/wasm-opt" --version | head -n1), terser $TERSER_VERSION"
