#!/usr/bin/env bash
# Streaming CLI throughput: N articles (our own texts, benches/texts/, 3-11 KB each, English and
# French alternating) through `lede analyse --jsonl`, timed end to end (process start, JSON
# parsing, analysis, export, output). Usage: scripts/bench-cli.sh [N] [path/to/lede]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000}"
LEDE="${2:-${CARGO_TARGET_DIR:-target}/release/lede}"
IN="$(mktemp)"
trap 'rm -f "$IN"' EXIT
python3 - "$N" > "$IN" <<'PY'
import json, sys
texts = [open(f"benches/texts/{l}.txt", encoding="utf-8").read().splitlines() for l in ("en", "fr")]
for i in range(int(sys.argv[1])):
    paras = [p for p in texts[i % 2] if p.strip()]
    k = i % len(paras)
    body = "\n".join((paras[k:] + paras[:k]) * (1 + i % 7))
    print(json.dumps({"id": i, "text": body}, ensure_ascii=False))
PY
BYTES=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$IN")
START=$(date +%s.%N)
"$LEDE" analyse --jsonl < "$IN" > /dev/null
END=$(date +%s.%N)
python3 -c "
n, b, t = $N, $BYTES, $END - $START
print(f'{n} articles, {b/1e6:.2f} MB of text in {t:.2f} s: {b/1e6/t:.1f} MB/s, {n/t:.0f} articles/s')"
