#!/usr/bin/env bash
# Builds the native CLI with profile-guided optimisation: `target/pgo/lede`.
#
# Why: the analysis is a long chain of small, branchy word tests, and the compiler cannot tell
# which branches are hot (most tokens are not cue verbs, titles or month names). Measured on the
# bench texts, a build that has seen a run of real articles is 10-13 % faster than the plain LTO
# release build with byte-identical output (BENCHMARKS.md, "Profile-guided build").
#
# Steps: an instrumented build, a training run over our own fixture articles (tests/fixtures:
# French and English dispatches written for the tests, and the seed article; never the benchmark
# texts, so the benchmarks do not measure the training set), then the optimised build. Each build
# has its own target directory, because RUSTFLAGS changes force a full rebuild.
#
# Needs rustup's llvm-tools component (for llvm-profdata, which must match rustc's LLVM); it is
# installed when missing. Usage: scripts/pgo.sh [passes over the training articles, default 20]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PASSES=${1:-20}
OUT=${CARGO_TARGET_DIR:-$ROOT/target}/pgo
say() { printf '\033[1m[pgo]\033[0m %s\n' "$*" >&2; }

HOST=$(rustc -vV | sed -n 's/^host: //p')
PROFDATA="$(rustc --print sysroot)/lib/rustlib/$HOST/bin/llvm-profdata"
if [ ! -x "$PROFDATA" ]; then
  say "adding rustup's llvm-tools component (llvm-profdata)"
  rustup component add llvm-tools
fi

rm -rf "$OUT/raw" "$OUT/train.jsonl"
mkdir -p "$OUT/raw"
say "instrumented build"
RUSTFLAGS="-Cprofile-generate=$OUT/raw" cargo build --release --locked --bin lede \
  --target-dir "$OUT/gen"

python3 - "$PASSES" "$OUT/train.jsonl" tests/fixtures/*.txt <<'PY'
import json, sys
passes, out, files = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
with open(out, "w", encoding="utf-8") as f:
    for p in range(passes):
        for i, name in enumerate(files):
            text = open(name, encoding="utf-8").read()
            f.write(json.dumps({"id": f"{p}-{i}", "text": text}, ensure_ascii=False) + "\n")
PY
say "training run: $(wc -l < "$OUT/train.jsonl") articles"
"$OUT/gen/release/lede" analyse --jsonl < "$OUT/train.jsonl" > /dev/null
"$PROFDATA" merge -o "$OUT/lede.profdata" "$OUT/raw"

say "optimised build"
RUSTFLAGS="-Cprofile-use=$OUT/lede.profdata" cargo build --release --locked --bin lede \
  --target-dir "$OUT/use"
cp "$OUT/use/release/lede" "$OUT/lede"
say "built $OUT/lede"
