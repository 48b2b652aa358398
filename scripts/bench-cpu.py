#!/usr/bin/env python3
"""CPU-time throughput of the `lede` binary per article size and language, robust to other
processes competing for the cores (the shared build machine): builds the same articles as
`article()` in benches/analyse.rs, streams COPIES of each through `lede analyse --jsonl`, and
divides the characters by the child's user+system CPU time. Includes JSON parsing and output.

Usage: scripts/bench-cpu.py [path/to/lede] [copies]
"""
import json
import os
import resource
import subprocess
import sys
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
LEDE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/release/lede")
COPIES = int(sys.argv[2]) if len(sys.argv) > 2 else 200


def article(src, size):
    """Whole paragraphs of `src`, cycled with a shift per pass (as in benches/analyse.rs)."""
    paras = [p for p in src.splitlines() if p.strip()]
    out, n, pass_ = [], 0, 0
    while True:
        for k in range(len(paras)):
            p = paras[(k + pass_) % len(paras)]
            b = len(p.encode()) + 1
            if out and n + b - 1 > size:
                return "\n".join(out) + "\n"
            out.append(p)
            n += b
        pass_ += 1


def cpu_run(lines):
    data = "".join(lines).encode()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.time()
    subprocess.run([LEDE, "analyse", "--jsonl"], input=data, stdout=subprocess.DEVNULL, check=True)
    wall = time.time() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


for lang in ("en", "fr"):
    src = open(os.path.join(ROOT, "benches/texts", lang + ".txt"), encoding="utf-8").read()
    for name, size in (("1KB", 1000), ("5KB", 5000), ("100KB", 100000)):
        text = article(src, size)
        copies = max(4, COPIES * 5000 // size)
        line = json.dumps({"id": 0, "text": text}, ensure_ascii=False) + "\n"
        cpu, wall = cpu_run([line] * copies)
        chars = len(text) * copies
        print(f"{lang}/{name}\t{len(text.encode())} bytes x {copies}\t"
              f"{chars / cpu / 1e6:.2f} M chars/s CPU\t{len(text.encode()) * copies / cpu / 1e6:.2f} MB/s CPU\t"
              f"{chars / wall / 1e6:.2f} M chars/s wall")
