#!/usr/bin/env bash
# In-browser throughput: copies the built app (dist/, `make dist`) and our texts into a scratch
# directory, serves them on 127.0.0.1, opens bench.html in headless Chromium and prints the
# results (per article: ms per analyse call and MB/s). Usage: scripts/bench-wasm/run.sh [port]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PORT="${1:-18931}"
DIR="$(mktemp -d)"
cp "$ROOT"/dist/lede-*_bg.wasm "$DIR/lede.wasm"
for f in "$ROOT"/dist/lede-*.js; do cp "$f" "$DIR/glue.js"; done
cp "$ROOT"/benches/texts/en.txt "$ROOT"/benches/texts/fr.txt "$ROOT"/scripts/bench-wasm/bench.html "$DIR/"
sed "s/18931/$PORT/" "$ROOT/scripts/bench-wasm/server.py" > "$DIR/server.py"
cd "$DIR"
python3 server.py & SERVER=$!
sleep 1
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$DIR/profile" "http://127.0.0.1:$PORT/bench.html" > "$DIR/chromium.log" 2>&1 &
BROWSER=$!
trap 'kill $BROWSER $SERVER 2>/dev/null; rm -rf "$DIR"' EXIT
for _ in $(seq 1 150); do [ -f result.txt ] && break; sleep 2; done
chromium --version
cat result.txt
